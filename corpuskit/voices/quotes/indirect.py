"""Indirect (reported) speech: ``X said (that) ...``, ``..., X said``, ``according to X``,
``in his words`` and ``CONTENT, X said, CONTENT``, in sentences without a direct quote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from corpuskit.io.wire import parse_dateline
from corpuskit.voices.quotes.attribution import (
    ACCORDING,
    _after_relative,
    _mention_after,
    _mention_at,
    _subject_before,
)
from corpuskit.voices.quotes.records import Attribution, Quote
from corpuskit.voices.quotes.verbs import pair_firsts, reporting_verbs
from corpuskit.voices.speakers import Mention, lexicon
from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.spans import span_count, span_words, text_words

_MAX_TAIL_WORDS = 8
_NO_CLAUSE = frozenset(
    {"on", "in", "at", "during", "to", "after", "before", "while", "when", "as", "from", "with",
     "earlier", "later", "last", "yesterday", "today", "so", "by", "for", "of", "and", "but",
     "or", "nothing", "late", "again", "repeatedly", "through"}
)  # fmt: skip
_THAT_AFTER = frozenset(
    {"on", "in", "at", "during", "after", "before", "to", "from", "with", "late", "later",
     "earlier", "yesterday", "today", "last", "this", "again", "repeatedly", "also", "publicly",
     "privately", "separately", "recently"}
)  # fmt: skip
#: verbs that attribute quoted words but do not introduce indirect speech ("called it ...")
_DIRECT_ONLY = frozenset(
    {
        "call",
        "cite",
        "describe",
        "offer",
        "continue",
        "accuse",
        "dismiss",
        "slam",
        "blast",
        "criticise",
        "relay",  # "relayed the message to": no reported clause
    }
)
_INFINITIVE_VERBS = frozenset({"vow", "promise", "threaten"})
_AUDIENCES = frozenset(
    {"reporters", "journalists", "correspondents", "lawmakers", "parliament", "reuters",
     "television", "tv", "radio", "me", "us", "him", "her", "them"}
)  # fmt: skip
_PARENTHESIS = re.compile(r"(?<=\w),\s+([^,]{1,60}?),\s+(?=\w)")
_IN_WORDS = re.compile(r",\s*in (his|her|their) words,", re.IGNORECASE)
_ACCORDING_START = re.compile(rf"^({ACCORDING})\s+", re.IGNORECASE)
_ACCORDING_ANY = re.compile(ACCORDING, re.IGNORECASE)
_ACCORDING_END = re.compile(rf",\s*({ACCORDING})\s+", re.IGNORECASE)
_ACCORDING_BARE = re.compile(rf"(?<=[\w.])\s+({ACCORDING})\s+", re.IGNORECASE)
#: what one acts "according to" without a comma, never a source
_NORMS = frozenset(
    {"law", "laws", "constitution", "convention", "conventions", "rules", "rule", "plan", "plans",
     "agreement", "treaty", "guidelines", "procedure", "procedures", "schedule", "tradition",
     "custom", "principles", "resolution"}
)  # fmt: skip


def _indirect(
    text: str, sentences: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[Quote]:
    """Indirect speech in the sentences that hold no quotation mark (``text`` and
    ``sentences`` as for :func:`~corpuskit.voices.quotes.direct._direct`)."""
    found = []
    possible = _Possible(text)
    for number, (s_start, s_end) in enumerate(sentences):
        if any(a < s_end and s_start < b for a, b in covered):
            continue
        if not possible(s_start, s_end):
            continue
        quote = _indirect_sentence(text, s_start, s_end)
        if quote is not None:
            quote.sentence = quote.last_sentence = number
            found.append(quote)
    return found


@functools.cache
def _verb_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The one-word verb forms, the first words of the two-word forms and their second words."""
    forms = lexicon().verb_forms
    pairs = [form.split(" ") for form in forms if " " in form]
    singles = tuple(form for form in forms if " " not in form)
    return singles, tuple(pair_firsts()), frozenset(p[1] for p in pairs if len(p) == 2)


@functools.cache
def _verb_endings() -> tuple[tuple[frozenset[str], tuple[int, ...]], ...]:
    """The one-word forms and the first words of the two-word forms, each as a set with the
    lengths of its words (a word ends in one when its end of one of those lengths is in it)."""
    singles, firsts, _ = _verb_words()
    return tuple(
        (frozenset(forms), tuple(sorted({len(f) for f in forms}))) for forms in (singles, firsts)
    )


@functools.lru_cache(maxsize=WORD_CACHE)
def _verb_end(raw: str) -> int:
    """What a word as matched ends in: 1, a one-word verb form ("said", "essay"); 2, the first
    word of a two-word form ("pointed"); 0, neither."""
    bare = raw.rstrip(".-'’").lower()
    for kind, (forms, lengths) in enumerate(_verb_endings(), start=1):
        if any(bare[-length:] in forms for length in lengths):
            return kind
    return 0


class _Possible:
    """Which sentences of a field may hold indirect speech, from one pass over its words.

    A sentence can only if it holds "in his words", "according to" (in any case) or a word
    that is, or ends in, a one-word verb form, or ends in the first word of a two-word form
    ("pointed") before its second word ("out"). Whatever stretch of the sentence the rules
    read, a verb form they find is a run of letters, so it lies in one word of the field: the
    whole word, or its end when the stretch starts inside it (after a dateline); a stretch
    ending inside a word (its beginning only) is not ruled out. Other sentences give no
    indirect speech, so :func:`_indirect_sentence` is not run on them; its result is the same.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        found = text_words(text)
        self.starts, self.raw_ends = found.starts, found.raw_ends
        _, _, seconds = _verb_words()
        # one cached look-up per distinct word and a set look-up per word (C calls); only
        # the few words that end in a verb form or a pair's first word are read in Python
        raw, tokens = found.raw, found.words
        verbal = set(filter(_verb_end, set(raw)))
        #: the indices of the words that are or end in a verb form, in order
        self.flagged = [
            index
            for index in itertools.compress(range(len(raw)), map(verbal.__contains__, raw))
            if _verb_end(raw[index]) == 1
            or (index + 1 < len(raw) and tokens[index + 1][2].lower() in seconds)
        ]

    def __call__(self, start: int, end: int) -> bool:
        starts, raw_ends, flagged = self.starts, self.raw_ends, self.flagged
        first = bisect.bisect_right(raw_ends, start)  # the first word ending after ``start``
        stop = bisect.bisect_left(starts, end)  # the words starting before ``end``
        at = bisect.bisect_left(flagged, first)
        if at < len(flagged) and flagged[at] < stop:
            return True
        if stop > 0 and raw_ends[stop - 1] > end:
            return True  # the sentence ends inside a word
        text = self.text
        return bool(_IN_WORDS.search(text, start, end) or _ACCORDING_ANY.search(text, start, end))


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a content clause: without surrounding punctuation or a wire dateline."""
    dateline = parse_dateline(text[start:end])
    if dateline is not None:
        start += dateline.end
    while start < end and text[start] in " ,:;\t\n":
        start += 1
    while end > start and text[end - 1] in " .,;:!?\t\n":
        end -= 1
    return (start, end) if end > start else None


def _indirect_quote(
    text: str, span: tuple[int, int] | None, attribution: Attribution | None, min_words: int
) -> Quote | None:
    if span is None or attribution is None or span_count(text, *span) < min_words:
        return None
    return Quote([span], "indirect", attribution)


def _indirect_sentence(text: str, s_start: int, s_end: int) -> Quote | None:
    dateline = parse_dateline(text[s_start:s_end])
    if dateline is not None:
        s_start += dateline.end
    sentence = text[s_start:s_end]
    in_words = _IN_WORDS.search(sentence)
    if in_words:
        pronoun = in_words.group(1)
        at = s_start + in_words.start(1)
        mention = Mention("pronoun", pronoun, at, at + len(pronoun), pronoun=pronoun.lower())
        marker_start = s_start + in_words.start() + sentence[in_words.start() :].index("in")
        verb = text[marker_start : s_start + in_words.end() - 1]
        attribution = Attribution(mention, verb.lower(), marker_start, marker_start + len(verb))
        return _indirect_quote(text, _content(text, s_start, s_end), attribution, 3)
    parenthetical = _parenthetical(text, s_start, s_end)
    if parenthetical is not None:
        return parenthetical
    according = _ACCORDING_START.match(sentence)
    if according:
        comma = sentence.find(",", according.end())
        if comma < 0:
            return None
        mention = _mention_at(text, s_start + according.end(), s_start + comma)
        form, verb_end = according.group(1).lower(), s_start + according.end(1)
        attribution = Attribution(mention, form, s_start, verb_end) if mention else None
        return _indirect_quote(text, _content(text, s_start + comma, s_end), attribution, 3)
    according = _ACCORDING_END.search(sentence) or _closing_according(
        text, sentence, s_start, s_end
    )
    if according:
        mention = _mention_at(text, s_start + according.end(), s_end)
        verb = (s_start + according.start(1), s_start + according.end(1))
        form = according.group(1).lower()
        attribution = Attribution(mention, form, *verb) if mention else None
        span = _content(text, s_start, s_start + according.start())
        return _indirect_quote(text, span, attribution, 3)
    verbs = [
        v
        for v in reporting_verbs(text, s_start, s_end)
        if not _after_relative(text, s_start, v[0]) and v[3] not in _DIRECT_ONLY
    ]
    if not verbs:
        return None
    found = _reversed(text, s_start, s_end, verbs[-1]) or _inverted(text, s_start, s_end, verbs[-1])
    for verb in verbs:
        found = found or _forward(text, s_start, s_end, verb)
    return found


def _closing_according(text: str, sentence: str, s_start: int, s_end: int) -> re.Match | None:
    """*according to* with no comma before it (text stripped of its commas, as FA-KES is)
    when a speaker after it ends the sentence ("... were killed according to a source in
    the Russian Defense Ministry."); not "acted according to the law" or "to plan"."""
    according = _ACCORDING_BARE.search(sentence)
    if according is None:
        return None
    at = s_start + according.end()
    mention = _mention_at(text, at, s_end)
    if mention is None or mention.kind == "pronoun" or text[at : mention.start].strip():
        return None  # "according to the constitution [of Iraq]": no speaker opens the phrase
    if {w.lower().strip(".,") for w in mention.text.split()} & _NORMS:
        return None  # "treated according to the Geneva Conventions": a norm, not a source
    return according if not text[mention.end : s_end].strip(" .\"”'’") else None


def _parenthetical(text: str, s_start: int, s_end: int) -> Quote | None:
    """``CONTENT, SPEAKER VERB, CONTENT.``: the whole sentence, as for "in his words"."""
    for match in _PARENTHESIS.finditer(text, s_start, s_end):
        verbs = reporting_verbs(text, match.start(1), match.end(1))
        if not verbs or verbs[-1][1] != match.end(1) or verbs[-1][3] in _DIRECT_ONLY:
            continue
        verb_start, verb_end, form, _ = verbs[-1]
        mention = _mention_at(text, match.start(1), verb_start)
        if mention is not None and not text[mention.end : verb_start].strip():
            attribution = Attribution(mention, form, verb_start, verb_end)
            return _indirect_quote(text, _content(text, s_start, s_end), attribution, 4)
    return None


def _reversed(text: str, s_start: int, s_end: int, verb: tuple[int, int, str, str]) -> Quote | None:
    """``CONTENT, SPEAKER VERB [tail].``"""
    verb_start, verb_end, form, lemma = verb
    tail = text[verb_end:s_end]
    following = span_words(text, verb_end, s_end)
    clause = following and following[0][2].lower() not in _NO_CLAUSE and lemma != "tell"
    if len(following) > _MAX_TAIL_WORDS or (clause and not tail.lstrip().startswith(",")):
        return None
    mention = _subject_before(text, s_start, verb_start)
    if mention is None:
        return None
    content_end = text.rfind(",", s_start, mention.start)
    if content_end < 0:
        return None
    attribution = Attribution(mention, form, verb_start, verb_end)
    return _indirect_quote(text, _content(text, s_start, content_end), attribution, 4)


def _inverted(text: str, s_start: int, s_end: int, verb: tuple[int, int, str, str]) -> Quote | None:
    """``CONTENT, VERB SPEAKER.``: "Boko Haram makes a mockery of security, said Kwambura
    Asabe, head teacher at the school." (the speaker and an apposition end the sentence)."""
    verb_start, verb_end, form, lemma = verb
    if lemma == "tell" or not text[s_start:verb_start].rstrip().endswith(","):
        return None
    if text[verb_end:s_end].lstrip().startswith(",") or text[s_start:s_end].isupper():
        return None  # "..., say, Hawaii": for example; "..., SAYS CONDITION GETTING WORSE"
    mention = _mention_after(text, verb_end, s_end)
    if mention is None or mention.kind == "pronoun":
        return None
    rest = text[mention.end : s_end].strip(" .")
    long_rest = span_count(text, mention.end, s_end) > _MAX_TAIL_WORDS
    if rest and (not rest.startswith(",") or long_rest):
        return None  # "..., said Smith, who ... and then went on to": not an apposition
    content_end = text.rfind(",", s_start, verb_start)
    attribution = Attribution(mention, form, verb_start, verb_end)
    return _indirect_quote(text, _content(text, s_start, content_end), attribution, 4)


#: verbs of crying and begging: reporting only direct speech, or a clause after "that"
_CRY_VERBS = frozenset({"cry", "wail", "sob", "beg", "mumble"})


def _infinitive(following: list[tuple[int, int, str]]) -> int | None:
    """The index of "to" opening the complement of "vowed (on Wednesday) to ..."."""
    for index, (_, _, word) in enumerate(following[:4]):
        if word.lower() == "to":
            return index
        if index == 0 and word.lower() not in _THAT_AFTER:
            return None
    return None


def _is_audience(word: str) -> bool:
    """Whether the object of "told" is an audience ("reporters", "AFP"), not a clause subject."""
    return word.lower() in _AUDIENCES or (word.isupper() and len(word) > 1)


def _forward(text: str, s_start: int, s_end: int, verb: tuple[int, int, str, str]) -> Quote | None:
    """``SPEAKER VERB (that) CONTENT``: the words after the verb are read first, the subject
    (the costlier reading) only when they open a content clause."""
    verb_start, verb_end, form, lemma = verb
    following = span_words(text, verb_end, s_end)
    if not following:
        return None
    first = following[0][2].lower()
    if lemma in _CRY_VERBS and first != "that":
        return None  # "cried out after learning", "begs the question": no content clause
    that = next((i for i, w in enumerate(following[:8]) if w[2].lower() == "that"), None)
    if first == "that":
        content_start = following[0][1]
    elif (lemma == "tell" or first in _THAT_AFTER) and that is not None:
        content_start = following[that][1]
    elif lemma in _INFINITIVE_VERBS and _infinitive(following) is not None:
        content_start = following[_infinitive(following)][0]
    elif lemma == "tell" and len(following) > 3 and _is_audience(following[0][2]):
        content_start = following[0][1]
    elif lemma == "tell" or first in _NO_CLAUSE:
        return None
    else:
        content_start = verb_end
    mention = _subject_before(text, s_start, verb_start)
    if mention is None:
        return None
    attribution = Attribution(mention, form, verb_start, verb_end)
    return _indirect_quote(text, _content(text, content_start, s_end), attribution, 3)
