"""Short fragments woven into a sentence whose subject uses the words: :func:`woven_speaker`.

The quotes codebook counts words in quotation marks as a quote "when the sentence makes someone
the user of the words: they complete a verb of saying, writing, calling or describing", and as a
scare quote "when no one in the sentence uses the words". A fragment of fewer than five words
with no attribution of its own is set aside as a scare quote unless :func:`woven_speaker` finds
its user: the named subject of its clause and a verb of saying or describing between them. A
review of 1,990 unseen articles (session 32) found the first form of the rule right as a quote
for 0.70 of the fragments it kept and right in speaker for 0.45; the guards below are the ones
that review measured (a name that is no person, a possessor or a name modifying a role noun, a
naming "called", words used as words, a possessive before the fragment, a subordinate clause,
a passive).
"""

from __future__ import annotations

import re

from corpuskit.voices.quotes.direct import _sentence_of, woven_subject
from corpuskit.voices.quotes.exclusions import _is_title_case
from corpuskit.voices.quotes.records import Attribution, Quote
from corpuskit.voices.quotes.verbs import reporting_verbs
from corpuskit.voices.speakers import Mention, lexicon
from corpuskit.voices.speakers.spans import span_words

__all__ = ["woven_speaker"]

#: a fragment of at most this many words needs a user in its sentence to be a quote
MAX_FRAGMENT_WORDS = 4
#: a form of "be" and at most one adverb before the verb: the subject is not the words' user
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)(?:n['’]t)?\s+(?:\w+ly\s+|not\s+|just\s+|often\s+|"
    r"also\s+|widely\s+|long\s+)?$"
)
#: a share or count after the subject: "Eighty-four percent of Republicans"
_COUNTED = re.compile(r"\s+(?:percent|per cent|%)")
#: what ends the subject's clause before a fragment: a semicolon, colon or dash, or a new clause
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\b(?:but|while|whereas|although|because|who|whom|whose|which|that|when|where|"
    r"after|since|if)\b|,\s*as\b"
)
#: a subordinate clause opening the sentence: its subject is not the main clause's
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:When|As|After|Since|If|While|Although|Because|Though|Once|Until|Before)\b"
)
#: naming verbs: "what economists call a 'negative externality'" names, it does not quote
_NAMING = frozenset({"call", "calls", "called", "calling", "dub", "dubbed", "term", "termed"})
#: words used as words right before the fragment: "terms like", "the word"
_AS_WORDS = re.compile(
    r"\b(?:terms?|words?|phrases?|labels?|slogans?)\s+(?:like|such\s+as)?\s*$|\bthe\s+(?:word|"
    r"words|term|phrase|label|slogan)\s*$|\bwith\s*$",
    re.IGNORECASE,
)
#: a possessor right before the fragment: 'Romney's "gifts"' (the codebook: scare)
_POSSESSED = re.compile(r"(?:['’]s|s['’])\s+(?:[a-z-]+\s+)?$")


def woven_speaker(text: str, sentences: list[tuple[int, int]], quote: Quote) -> Attribution | None:
    """The speaker of a short fragment woven into a sentence whose named subject uses the words
    through a verb of saying or describing before them ('Gowdy went on to call it "highly
    unusual"', 'LePage said he was seeking "a backbone"'): the codebook's user of the words, so
    a quote, not a scare quote. None when no such subject and verb precede the fragment in its
    clause, or a guard above applies.

    Example:
        >>> text = 'Senator Jane Roe described the plan as "reckless," aides said.'
        >>> woven_speaker(text, [(0, len(text))], Quote([(40, 49)], "direct", None, 0)).verb
        'described'
    """
    start, end = quote.parts[0]
    if len(span_words(text, start, end)) > MAX_FRAGMENT_WORDS or _is_title_case(text[start:end]):
        return None  # a longer quote keeps its own rules; a name: 'the "North London Boys"'
    found = woven_subject(text, sentences, quote)
    mention = None if found is None else found.mention
    if mention is None or not _person_or_body(text, sentences, mention):
        return None
    lead = text[max(0, start - 40) : start].rstrip("\"“‘' ")
    if _AS_WORDS.search(lead) or _POSSESSED.search(
        text[max(0, start - 40) : start].rstrip("\"“‘'")
    ):
        return None  # words used as words; a possessor only: 'Romney's "gifts"'
    verbs = reporting_verbs(text, mention.end, start)
    if not verbs or _CLAUSE_BREAK.search(text, mention.end, start):
        return None
    verb_start, verb_end, form, _ = verbs[0]
    following = span_words(text, mention.end, verb_start)[:1]
    if following and following[0][2] in lexicon().role_words:
        return None  # "Obama supporters said", "Kelly allies called": not the name's words
    naming = form.lower() in _NAMING and not span_words(text, verb_end, start)[1:]
    if (
        naming
        or _PASSIVE.search(text, mention.end, verb_start)
        or _COUNTED.match(text, mention.end)
    ):
        return None  # "what they call a 'fix'", "he was promised 'dirt'", "84 percent of"
    return Attribution(mention, form, verb_start, verb_end)


def _person_or_body(text: str, sentences: list[tuple[int, int]], mention: Mention) -> bool:
    """Whether a subject names a person or body: a pronoun (he, she, they), or a name that is
    no possessor ("Trump's"), not inside an opening subordinate clause, and, when it is one
    word opening its sentence, written capitalised elsewhere after a lower-case word ("Back",
    "Obviously" and "Meat" open sentences; "Trump" is also written mid-sentence)."""
    written, at = mention.text, mention.start
    if mention.kind == "pronoun":
        return mention.pronoun in ("he", "she", "they")
    if mention.kind not in ("name", "proper") or written.endswith(("'s", "’s", "s'", "s’")):
        return False
    begin = _sentence_of(sentences, at)[0]
    if _SUBORDINATE_OPENING.match(text, begin, at):
        return False
    if " " in written or text[begin:at].strip():
        return True
    return re.search(rf"[a-z,;]\s+{re.escape(written)}\b", text) is not None
