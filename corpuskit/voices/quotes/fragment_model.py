"""A learned filter over short stretches between quotation marks: :func:`fragment_decision`.

The rules set a fragment of fewer than five words aside as a scare quote unless
:func:`~corpuskit.voices.quotes.woven.woven_speaker` finds its user, and keep it otherwise;
written from read errors, they missed a third of the short quotes of the quotes development
sets (issue #21). A logistic regression over features of the stretch and its sentence (its
words and capitals, a reporting verb before or after it and its distance, a pronoun or name
before it, a naming cue such as "so-called" or "the term", a possessive, the stretch repeated
in the article, its place in sentence and article) and over what the rules found before the
speakers are resolved (an attribution, a woven subject, the stretch alone in its paragraph
or opening its sentence, the rules' reason) reads each direct stretch of one part and one
to :data:`MAX_WORDS` words of an article's body with no attribution of its own, and makes it a
quote when the probability reaches the bundled threshold; it never sets aside a stretch the
rules keep (leaving each set out in turn, only adding found more quotes, and lost none of the
attributed ones the rules get right).

The bundled coefficients (``corpuskit/voices/data/fragment_model.json``) are rebuilt by
``tests/devsets/quotes/fragment_model.py fit``; ``docs/quotes.md`` gives the method and the
leave-one-set-out figures.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from corpuskit._weights import logistic_probability, read_logistic
from corpuskit.text.sentences import split_sentences
from corpuskit.voices.quotes.exclusions import _FURNITURE
from corpuskit.voices.quotes.records import Quote
from corpuskit.voices.quotes.verbs import reporting_verbs
from corpuskit.voices.speakers.spans import span_words

__all__ = [
    "FEATURES",
    "MAX_WORDS",
    "decided_reason",
    "fragment_decision",
    "fragment_features",
    "fragment_probability",
    "fragment_reason",
    "is_candidate",
]

#: the stretches the model decides have one to this many words
MAX_WORDS = 4
#: the features, in the order of the bundled coefficients
FEATURES = (
    "nw", "nchar", "cap_first", "title", "all_lower", "end_punct", "end_q", "first_person",
    "digits", "verb_before", "verb_dist", "verb_after", "naming", "possessive", "as_before",
    "art_before", "prep_before", "that_before", "pron_before", "name_before", "colon_before",
    "comma_before", "lead_words", "sent_pos", "doc_pos", "repeated", "marks_in_sent",
    "tail_words", "woven", "alone", "opens", "pre_scare", "pre_name", "pre_title",
)  # fmt: skip
_NAMING = re.compile(
    r"(?:so-called|dubbed|nicknamed|known as|called|calls?|calling|term(?:ed)?|words?|phrases?|"
    r"labell?ed|label|slogan|refer(?:red)? to as)\W*(?:(?:a|an|the|it|them|him|her|this|that)"
    r"\W+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])\s+(?:[a-z-]+\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|us|me|you|your|I'm|we're)\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_SMALL = frozenset(["of", "the", "a", "an", "and", "in", "on", "for", "to"])
_ARTICLE = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their)\W*$", re.IGNORECASE)
#: how far back on its line a stretch looks for page furniture and a passive verb
_LINE_REACH = 300
#: a passive verb right before the stretch: its subject is no user of the words
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\W*$", re.IGNORECASE
)
_PREPOSITION = re.compile(r"\b(?:of|in|on|for|to|with|about|from|by|into)\W*$", re.IGNORECASE)


@functools.cache
def _model() -> dict[str, Any]:
    """The bundled coefficients: ``mean``, ``scale``, ``coef`` (one per feature),
    ``intercept``, ``threshold``."""
    return read_logistic("corpuskit.voices", "fragment_model.json", FEATURES)


def fragment_features(
    text: str, sentences: list[tuple[int, int]], quote: Quote, reason: str | None
) -> list[float]:
    """The features of a one-part stretch, in the order of :data:`FEATURES`: ``sentences``
    those of :func:`~corpuskit.text.sentences.split_sentences`, ``reason`` the rules' before
    the speakers are resolved.

    Example:
        >>> text = 'Senator Jane Roe called the plan "reckless" on Monday.'
        >>> quote = Quote([(34, 42)], "direct", None)
        >>> dict(zip(FEATURES, fragment_features(text, [(0, len(text))], quote, "scare")))["nw"]
        1.0
    """
    start, end = quote.parts[0]
    index = bisect.bisect_right(sentences, start, key=lambda span: span[0]) - 1
    if index >= 0 and start < sentences[index][1]:
        begin, stop = sentences[index]
    else:
        begin, stop = max(0, start - 200), min(len(text), end + 200)
    said = text[start:end]
    lead = text[begin:start].rstrip("\"“‘'« ")
    verbs = reporting_verbs(text, begin, start)
    distance = len(span_words(text, verbs[-1][1], start)) if verbs else 40
    lowered = said.strip().lower()
    said_words = [w for _, _, w in span_words(text, start, end)]
    found = {
        "nw": len(said_words),
        "nchar": len(said),
        "cap_first": said.strip()[:1].isupper(),
        "title": all(w[:1].isupper() or w.lower() in _SMALL for w in said_words),
        "all_lower": said == said.lower(),
        "end_punct": said.rstrip()[-1:] in ".,!?",
        "end_q": said.rstrip()[-1:] in "!?",
        "first_person": _FIRST_PERSON.search(said) is not None,
        "digits": re.search(r"\d", said) is not None,
        "verb_before": bool(verbs),
        "verb_dist": min(distance, 40),
        "verb_after": bool(reporting_verbs(text, end, min(stop, end + 60))),
        "naming": _NAMING.search(lead) is not None,
        "possessive": _POSSESSIVE.search(text[max(0, start - 40) : start].rstrip("\"“‘'"))
        is not None,
        "as_before": re.search(r"\bas\W*$", lead) is not None,
        "art_before": _ARTICLE.search(lead) is not None,
        "prep_before": _PREPOSITION.search(lead) is not None,
        "that_before": re.search(r"\bthat\W*$", lead) is not None,
        "pron_before": _PRONOUN.search(lead) is not None,
        "name_before": _NAME.search(text[begin + 1 : start]) is not None,
        "colon_before": lead.rstrip().endswith(":"),
        "comma_before": lead.rstrip().endswith(","),
        "lead_words": min(len(span_words(text, begin, start)), 40),
        "sent_pos": (start - begin) / max(1, stop - begin),
        "doc_pos": start / max(1, len(text)),
        "repeated": min(_lowered(text).count(lowered) - 1, 3) if len(lowered) > 3 else 0,
        "marks_in_sent": text.count("“", begin, stop) + text.count('"', begin, stop) // 2,
        "tail_words": min(len(span_words(text, end, stop)), 40),
        "woven": quote.woven,
        "alone": quote.alone,
        "opens": quote.opens_sentence,
        "pre_scare": reason == "scare",
        "pre_name": reason == "name",
        "pre_title": reason == "title",
    }
    return [float(found[f]) for f in FEATURES]


def fragment_probability(features: list[float]) -> float:
    """The model's probability that a stretch with these features is a quote.

    Example:
        >>> 0.0 < fragment_probability([0.0] * len(FEATURES)) < 1.0
        True
    """
    return logistic_probability(_model(), features)


def is_candidate(text: str, quote: Quote, reason: str | None) -> bool:
    """Whether the model decides a stretch: direct, of one part and one to :data:`MAX_WORDS`
    words, not page furniture, with no attribution of its own (or only the subject
    :func:`~corpuskit.voices.quotes.woven.woven_speaker` found): the stretches of the rule it
    replaces; an attributed one ('"No," said Adam Schiff.') is left to the rules.

    Example:
        >>> text = 'He said "no way" twice.'
        >>> is_candidate(text, Quote([(9, 15)], "direct", None), "scare")
        True
    """
    start, end = quote.parts[0]
    reach = max(0, start - _LINE_REACH)
    line = text[text.rfind("\n", reach, start) + 1 or reach : start]
    return (
        quote.kind == "direct"
        and len(quote.parts) == 1
        and reason != "furniture"
        and (quote.attribution is None or quote.woven)
        and 1 <= len(span_words(text, start, end)) <= MAX_WORDS
        and _FURNITURE.search(line) is None  # "READ MORE: ... 'bullying'"
        and _PASSIVE_BEFORE.search(line) is None  # "was promised 'dirt'": no one uses it
    )


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


def fragment_decision(
    text: str,
    quote: Quote,
    reason: str | None,
    sentences: list[tuple[int, int]] | None = None,
) -> bool | None:
    """Whether a short one-part direct stretch of an article's body is a quote, by the bundled
    model; ``reason`` is the rules' before the speakers are resolved, ``sentences`` the text's
    :func:`~corpuskit.text.sentences.split_sentences` (split here when not given). None for the
    stretches the model does not decide (longer, of several parts, indirect, page furniture).

    Example:
        >>> text = 'Senator Jane Roe said the plan was "reckless and wrong" on Monday.'
        >>> fragment_decision(text, Quote([(35, 53)], "direct", None), "scare")
        True
    """
    if not is_candidate(text, quote, reason):
        return None
    if sentences is None:
        sentences = split_sentences(text)
    features = fragment_features(text, sentences, quote, reason)
    return fragment_probability(features) >= float(_model()["threshold"])


def fragment_reason(
    text: str,
    quote: Quote,
    reason: str | None,
    decided: set[int],
    sentences: list[tuple[int, int]] | None = None,
) -> str | None:
    """A stretch's reason once the model has read it: None when the rules keep it, or when
    they set it aside and the model calls it a quote (:func:`fragment_decision`; its ``id``
    then added to ``decided``, the stretches only the model keeps, for :func:`decided_reason`
    after the speakers are resolved and for the subject rules such a stretch is spared).

    Example:
        >>> text = 'Senator Jane Roe said the plan was "reckless and wrong" on Monday.'
        >>> fragment_reason(text, Quote([(35, 53)], "direct", None), "scare", set()) is None
        True
    """
    if reason is None:
        return None
    if fragment_decision(text, quote, reason, sentences):
        decided.add(id(quote))
    return decided_reason(reason, decided, quote)


def decided_reason(reason: str | None, decided: set[int], quote: Quote) -> str | None:
    """A stretch's reason after the model's decision: None (a quote) when ``decided`` holds
    it (the model called it one), else the rules' reason: the model only adds quotes the rules set
    aside, it never removes one they keep (removing lost attributed quotes the rules get
    right, such as '"Go," Pelosi, Schumer and Durbin said.').

    Example:
        >>> quote = Quote([(0, 5)], "direct", None)
        >>> decided_reason("scare", {id(quote)}, quote), decided_reason("scare", set(), quote)
        (None, 'scare')
    """
    return None if id(quote) in decided else reason
