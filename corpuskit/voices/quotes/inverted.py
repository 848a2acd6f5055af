"""The speaker after the verb of an inverted attribution when a description comes before the
name: '"...," said the panel's chairman, Democrat Richard Neal', '"...," said 350.org
executive director Mary Boeve', '"...," said co-sponsor Rep. Alexandria Ocasio-Cortez'.
The name speaks; the description's words become its roles."""

from __future__ import annotations

import re

from corpuskit.voices.speakers import Mention, lexicon, parse_mention
from corpuskit.voices.speakers.lexicon import _POSSESSIVE, Lexicon
from corpuskit.voices.speakers.phrase_words import _DETERMINERS
from corpuskit.voices.speakers.spans import span_words

__all__ = ["named_after_description"]

#: the most words a description before the name may have ("the panel's chairman")
MAX_DESCRIPTION_WORDS = 8
#: a clause or sentence end between verb and name (not the dots of "U.S." or "350.org")
_BREAK = re.compile(r"[;:!?\"“”«»]|(?<![A-Z])\.(?=\s)")
#: words of role phrases that name no role ("secretary of state"): "an image of" is no description
_FUNCTION = frozenset({"of", "for", "to", "in", "at", "on", "the", "a", "an", "and", "de", "al"})
#: words that open a clause or join another person: no description runs on past them
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "and", "or", "but", "with"})
#: a word right before the name that makes the name the description's object, not its
#: bearer: "an aide to Hillary Clinton", "a lawyer for X", "the mother of X", "close to X"
_RELATION = frozenset(
    {"to", "for", "of", "behind", "with", "at", "from", "by", "on", "in", "about", "close",
     "near", "under", "against", "toward", "towards", "representing", "defending", "advising",
     "supporting", "opposing", "accompanying", "including", "like", "than"}
)  # fmt: skip


def named_after_description(
    text: str, found: Mention | None, verb_end: int, end: int
) -> Mention | None:
    """The person named right after a description that follows a reporting verb, or
    ``found`` (the phrase parsed after the verb) when there is none.

    A description is at most :data:`MAX_DESCRIPTION_WORDS` lower-case or possessive words
    ("the panel's chairman", "executive director", "co-sponsor") with a role word of the
    speaker lexicon, or followed by a titled name ("Rep. ..."), set off from the name by a
    comma or by nothing; no verb, clause mark, relative pronoun or conjunction between,
    and no preposition or relating participle right before the name ("an aide to X", "a
    woman standing behind Gov. X", "the lawyer representing X": X is not the speaker).
    Only a phrase the parser read as a description, or could not read, is replaced.

    Example:
        >>> text = '"Yes," said the panel’s chairman, Democrat Richard Neal.'
        >>> found = named_after_description(text, None, 11, len(text))
        >>> found.name, found.roles
        ('Richard Neal', ['panel', 'chairman', 'democrat'])
    """
    if found is not None and found.kind not in ("role", "indefinite"):
        return found
    lex = lexicon()
    tokens = span_words(text, verb_end, end)
    for count, (start, _, word) in enumerate(tokens[: MAX_DESCRIPTION_WORDS + 1]):
        if count == 0 or not word[:1].isupper():
            continue
        lead = text[verb_end:start]
        if _BREAK.search(lead) or lead.count(",") > 1:
            return found
        described = [w for _, _, w in tokens[:count]]
        before = described[-1].lower()
        if "," not in lead and before in _RELATION:
            return found  # "said an aide to Hillary Clinton": the aide speaks, not Clinton
        if any(w.lower() in lex.verb_forms or w.lower() in _CLAUSE_WORDS for w in described):
            return found
        lower = all(w.islower() or _POSSESSIVE.search(w) or "." in w for w in described)
        if not lower and not _apposed(lead, before, lex):
            continue  # inside a capitalised run: no description before a name
        name = parse_mention(text[start:end], start)
        if name is None or name.kind != "name":
            continue
        roles = [_POSSESSIVE.sub("", w.lower()) for w in described]
        roles = [w for w in roles if w not in _DETERMINERS]
        titled = any(r in lex.titles for r in name.roles)
        if not titled and not any(r in lex.role_words and r not in _FUNCTION for r in roles):
            return found
        name.roles = [*roles, *name.roles]
        return name
    return found


def _apposed(lead: str, before: str, lex: Lexicon) -> bool:
    """Whether a description with capitalised words ends in a role noun and a comma right
    before the name ("said a Commerce Ministry spokesman, Gao Feng")."""
    return lead.rstrip().endswith(",") and before.strip(",") in lex.role_words
