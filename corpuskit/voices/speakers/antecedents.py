"""The fuller description a short one refers back to: news introduces an unnamed speaker
with the modifiers that say who it is ("the Russian army", "military sources", "two senior
officials") and then repeats only the head noun ("the army said", "the sources said", "the
officials said"). The codebook's speaker is the fullest description the reporter gives.

A review of 2,000 unseen articles (session 34) read every change the first form of the rule
made (42 better, 20 worse of 77); the guards below are the ones it measured: the head as a
word of its own, not the first half of a compound or a possessive ("administration
officials", "the campaign's"), nor an all-capitals headline; no filler adjective ("same",
"fellow") among the modifiers; lower-case modifiers only where a determiner, a number or a
possessive opens them, or a preposition, a clause's end, a name or the line's start
("The 14 parents", "Maarat army sources", not "informing parents").
"""

from __future__ import annotations

import re

from corpuskit.voices.speakers.lexicon import lexicon, person_noun

__all__ = ["earlier_description"]

#: words that end a noun's modifiers on the left: determiners, which the description keeps
#: out, and the words that cannot modify a noun (prepositions, conjunctions, pronouns,
#: auxiliaries), and filler adjectives that say nothing of who it is
_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
_OPENERS = _DETERMINERS | {"this", "these", "those"}
_NOT_MODIFIERS = frozenset(
    {"of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "over",
     "under", "against", "between", "near", "after", "before", "while", "when", "and", "or",
     "but", "nor", "that", "which", "who", "whom", "whose", "as", "than", "if", "is", "are",
     "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
     "would", "could", "should", "may", "might", "can", "not", "no", "also", "its", "their",
     "his", "her", "our", "my", "your", "this", "these", "those", "some", "many", "several",
     "all", "other", "such", "it", "they", "he", "she", "we", "there", "here", "then", "so",
     "same", "particular", "fellow", "certain", "various", "both", "each", "every", "any",
     "most", "more", "few", "only", "own", "very"}
)  # fmt: skip
#: at most this many modifiers before the head noun
_MAX_MODIFIERS = 4
#: a count: "14", "two", "thirty-one", "dozens"
_NUMBER = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|thousands?|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))$",
    re.IGNORECASE,
)
#: how far back a paragraph's quotation marks are counted (a text without line breaks)
_PARAGRAPH_REACH = 3000
#: the words right before a head noun on its line: at most _MAX_MODIFIERS, each followed by
#: spaces or tabs
_WORDS_BEFORE = re.compile(rf"(?:[\w.’'-]+[ \t]+){{1,{_MAX_MODIFIERS}}}$")


def _modifiers(words: list[str]) -> list[str]:
    """The words right before the head noun (``words``, the head left out) that modify it, at
    most :data:`_MAX_MODIFIERS`, nearest last: back to a
    determiner, a word that modifies no noun (a verb of saying, a preposition), the end of a
    clause, or capitalised words before a lower-case modifier that no determiner opens
    ("Khan Touman military sources": a place the phrase follows; "Twenty-two Republican
    senators", "the Danish foreign ministry" keep theirs); lower-case modifiers that nothing
    opens are left out ("informing parents" gives "parents").

    Example:
        >>> _modifiers("said the Russian army".split()[:-1])
        ['Russian']
    """
    lex = lexicon()
    kept: list[str] = []
    index = len(words) - 1
    while index >= 0 and len(kept) < _MAX_MODIFIERS:
        word = words[index]
        lower = word.lower()
        if lower in _DETERMINERS or lower in _NOT_MODIFIERS or lower in lex.verb_forms:
            break
        if re.search(r"[.,]", word) and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break  # the end of a sentence or clause ("military.The"), not an initialism
        if word[:1] in "’'":
            break
        possessive = word.endswith(("'s", "’s"))
        if word[:1].isupper() and not possessive and any(w[:1].islower() for w in kept):
            names = index
            while names > 0 and words[names - 1][:1].isupper():
                if words[names - 1].lower() in _DETERMINERS:
                    break
                names -= 1
            if names == 0 or words[names - 1].lower() not in _DETERMINERS:
                break
        kept.append(word)
        index -= 1
    kept.reverse()
    opened = index < 0 or _opens(words[index])
    if opened and index >= 0 and words[index].lower() not in _OPENERS and kept:
        # a gerund after a preposition or a clause's end: "from informing parents"
        opened = not (kept[0][:1].islower() and kept[0].endswith("ing"))
    if not opened:
        while kept and kept[0][:1].islower() and not _NUMBER.match(kept[0]):
            if kept[0].endswith(("'s", "’s")):
                break
            kept.pop(0)  # "informing parents", "joined three fellow Democrats"
    return kept


def _opens(word: str) -> bool:
    """Whether ``word``, right before a run of modifiers, opens a noun phrase: a determiner,
    a preposition or conjunction, the end of a clause or a name; not a verb or an adjective
    the run could not take ("informing parents", "hit campaign")."""
    lower = word.lower()
    return (
        lower in _OPENERS
        or lower in _NOT_MODIFIERS
        or word[-1:] in ",.;:"
        or word[:1].isupper()
        or lower in lexicon().verb_forms
    )


def _compound(text: str, end: int) -> bool:
    """Whether the head noun ending at ``end`` goes on as a possessive ("the campaign's") or
    as the modifier of a noun for people ("administration officials", "campaign aides")."""
    if text[end : end + 1] in "’'":
        return True
    following = re.match(r"[ \t]+([a-z][\w-]*)", text[end : end + 40])
    if following is None:
        return False
    word = following.group(1)
    lex = lexicon()
    single = word[:-1] if word.endswith("s") else word
    return any(w in lex.titles or w in lex.person_roles or person_noun(w) for w in (word, single))


def earlier_description(text: str, words: list[str], before: int) -> str | None:
    """The last description before ``before``, outside quotation marks, of the same head
    noun with more modifiers, all of the short one's among them, as written without its
    determiner; ``None`` when the text gives none.

    Args:
        text: the article's text.
        words: the short description's words after its determiner, the head noun last
            (``["foreign", "ministry"]`` for "the foreign ministry").
        before: the offset of the short description.

    Example:
        >>> text = "The French foreign ministry said it was shocked. The ministry added: 'No.'"
        >>> earlier_description(text, ["ministry"], 50)
        'French foreign ministry'
        >>> earlier_description(text, ["army"], 50) is None
        True
    """
    head = words[-1]
    wanted = {w.lower() for w in words[:-1]}
    pattern = re.compile(rf"(?<![\w.’'-]){re.escape(head)}\b", re.IGNORECASE)
    for match in reversed(list(pattern.finditer(text, 0, before))):  # the nearest first
        written = match.group()
        if len(written) > 1 and written.isupper():
            continue  # a headline in capitals
        if _inside_quotes(text, match.start()) or _compound(text, match.end()):
            continue  # a speaker's words ("a great teacher"); "administration officials"
        lower = max(0, match.start() - 120)
        line = text.rfind("\n", lower, match.start()) + 1 or lower
        window = text[line : match.start()]
        run = _WORDS_BEFORE.search(window)
        if run is None:
            continue
        preceding = window[: run.start()].split()[-1:]
        modifiers = _modifiers([*preceding, *run.group().split()])
        if len(modifiers) > len(wanted) and wanted <= {w.lower() for w in modifiers}:
            return " ".join([*modifiers, written])
    return None


def _inside_quotes(text: str, index: int) -> bool:
    """Whether ``index`` falls between quotation marks of its paragraph (at most
    :data:`_PARAGRAPH_REACH` characters back): more curly opening marks than closing ones
    before it, or an odd number of straight double marks."""
    lower = max(0, index - _PARAGRAPH_REACH)
    start = text.rfind("\n", lower, index) + 1 or lower
    before = text[start:index]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
