"""A learned ranker of speakers for the direct quotes the rules leave without one:
:func:`model_speakers`.

The rules resolve a speaker from a quote's own attribution, or carry one over from the quote
before; a quote with neither (a fragment woven into "X said it was 'Y'", a quote in a
paragraph after its speaker was introduced without a verb of saying) has none
(issue #21). The candidates of such a quote are the speakers the rules resolved for the
article's other quotes and the people and organisations named in its body (as
:class:`~corpuskit.voices.speakers.Discourse` records them, surnames resolved to full names)
within :data:`REACH_BACK` characters before the quote and the sentence after it, besides the
speakers of the nearest quotes before and after. A logistic regression scores each
(quote, candidate) from where and how the candidate occurs around the quote
(:data:`FEATURES`); the best candidate becomes the speaker, with ``speaker_source`` ``"model"``,
when its probability reaches the bundled threshold. A quote whose attribution the rules read
and left unnamed ("she said" of someone the article does not name, a list of speakers before
"said") keeps no speaker, as the quotes codebook reads it.

The bundled coefficients (``corpuskit/voices/data/speaker_model.json``) are rebuilt by
``tests/devsets/quotes/speaker_model.py fit``; ``docs/quotes.md`` gives the method and the
leave-one-set-out figures.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from corpuskit._weights import logistic_probability, read_logistic
from corpuskit.voices.quotes.marks import _paragraphs
from corpuskit.voices.quotes.verbs import reporting_verbs
from corpuskit.voices.speakers import Discourse
from corpuskit.voices.speakers.assign import speaker_type, spelled_name
from corpuskit.voices.speakers.discourse import Resolved
from corpuskit.voices.speakers.entity import Entity
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.types import ArticleTypes

__all__ = [
    "AHEAD_REACH",
    "FEATURES",
    "REACH_BACK",
    "QuoteContext",
    "candidate_features",
    "model_speakers",
    "speaker_probability",
]

#: how far before a quote (characters) a candidate is looked for
REACH_BACK = 1500
#: how far after a quote (characters) its sentence and the next are read, at most (a text
#: without sentence ends would otherwise be read to its end for every quote)
AHEAD_REACH = 600
#: the features of a (quote, candidate) pair, in the order of the bundled coefficients
FEATURES = (
    "before", "dist_before", "after", "dist_after", "same_sentence", "same_paragraph",
    "prev_paragraph", "nearest_before", "rank_before", "prev_speaker", "prev_near", "next_speaker",
    "next_near", "quotes_by", "mentions", "person", "org", "description", "topic_near",
    "verb_near", "lead", "fragment", "opens_paragraph", "alone", "pronoun", "gender_agrees",
    "gender_clash", "n_candidates", "place", "sentence_subject", "verb_between",
    "nearest_person",
)  # fmt: skip
_PRONOUN = re.compile(r"\b(?:he|she|He|She|his|her|His|Her)\b")
_FEMALE = frozenset({"she", "her"})


@functools.cache
def _model() -> dict[str, Any]:
    """The bundled coefficients: ``mean``, ``scale``, ``coef``, ``intercept``, ``threshold``."""
    return read_logistic("corpuskit.voices", "speaker_model.json", FEATURES)


def speaker_probability(features: Sequence[float]) -> float:
    """The model's probability that a candidate with these features is the quote's speaker.

    Example:
        >>> 0.0 < speaker_probability([0.0] * len(FEATURES)) < 1.0
        True
    """
    return logistic_probability(_model(), features)


class QuoteContext:
    """What the candidates of one article's quotes are read from: the body's sentences and
    paragraphs, the named mentions (``occurs``: position, name) and the quotes with a speaker
    (``spoken``: start, end, speaker).

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> body = 'Mayor Ann Roe opened the bridge.\\n\\nIt was, she said, "a great day."'
        >>> discourse = Discourse(text=body)
        >>> _ = discourse.register(parse_mention("Mayor Ann Roe", 0), 0, topic=True)
        >>> context = QuoteContext(body, [(0, 32), (34, 66)], discourse, ArticleTypes(body), [])
        >>> context.occurs
        [(0, 'Ann Roe')]
    """

    def __init__(
        self,
        body: str,
        sentences: list[tuple[int, int]],
        discourse: Discourse,
        article: ArticleTypes,
        spoken: list[tuple[int, int, str]],
    ) -> None:
        self.body, self.sentences = body, sentences
        self.paragraphs = _paragraphs(body)
        self.entities: dict[str, Entity] = {}
        occurs = []
        # each name spelled once: spelling an acronym out reads the whole body
        spelled = functools.cache(lambda name: spelled_name(name, article))
        for position, entity in discourse.mentions:
            if entity.name and entity.kind in ("person", "org") and position < len(body):
                name = spelled(entity.name)
                self.entities.setdefault(name, entity)
                occurs.append((position, name))
        self.topics = sorted((p, spelled(e.name)) for p, e in discourse.candidates if e.name)
        self.occurs = sorted(occurs + [(start, name) for start, _, name in spoken])
        self.spoken = spoken  # (start, end, speaker) of the quotes with one, in order
        self.counts = Counter(name for _, name in occurs)  # mentions per name
        self.by = Counter(name for _, _, name in spoken)  # quotes per speaker
        lead = self.paragraphs[0][1] if self.paragraphs else 0
        self.lead = {name for position, name in occurs if position < max(lead, 300)}
        self._says: dict[int, bool] = {}  # sentence index -> whether it has a reporting verb

    def _index(self, spans: list[tuple[int, int]], position: int) -> int:
        return max(0, bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1)

    def _verb_near(self, name: str, begin: int, end: int) -> bool:
        """Whether ``name`` occurs in a sentence of ``body[begin:end]`` with a reporting verb
        (each sentence read once)."""
        if not self.sentences:
            return False
        for position, other in self.occurs[
            bisect.bisect_left(self.occurs, (begin, "")) : bisect.bisect_left(
                self.occurs, (end, "")
            )
        ]:
            if other == name:
                index = self._index(self.sentences, position)
                if index not in self._says:
                    self._says[index] = bool(reporting_verbs(self.body, *self.sentences[index]))
                if self._says[index]:
                    return True
        return False


def candidate_features(
    text: QuoteContext, parts: list[tuple[int, int]]
) -> tuple[list[str], list[list[float]]]:
    """The candidate speakers of the quote with ``parts`` and their features, in the order of
    :data:`FEATURES` (:func:`model_speakers` scores them).

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> body = 'Mayor Ann Roe opened the bridge.\\n\\nIt was, she said, "a great day."'
        >>> discourse = Discourse(text=body)
        >>> _ = discourse.register(parse_mention("Mayor Ann Roe", 0), 0, topic=True)
        >>> context = QuoteContext(body, [(0, 32), (34, 66)], discourse, ArticleTypes(body), [])
        >>> names, rows = candidate_features(context, [(53, 65)])
        >>> names, dict(zip(FEATURES, rows[0]))["before"]
        (['Ann Roe'], 1.0)
    """
    body, start, end = text.body, parts[0][0], parts[-1][1]
    s_first = text._index(text.sentences, start)
    s_last = text._index(text.sentences, max(start, end - 1))
    sentence = (text.sentences[s_first][0], text.sentences[s_last][1]) if text.sentences else (0, 0)
    ahead = text.sentences[min(s_last + 1, len(text.sentences) - 1)][1] if text.sentences else end
    ahead = min(ahead, end + AHEAD_REACH)  # a text without sentence ends: not to its end
    begin = max(0, start - REACH_BACK)
    sentence = (max(sentence[0], begin), min(sentence[1], ahead))
    number = text._index(text.paragraphs, start)
    paragraph = text.paragraphs[number]
    previous = text.paragraphs[number - 1] if number > 0 else (paragraph[0], paragraph[0])
    window = text.occurs[
        bisect.bisect_left(text.occurs, (begin, "")) : bisect.bisect_left(text.occurs, (ahead, ""))
    ]
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    openers: set[str] = set()  # named within the first words of the quote's or previous sentence
    heads = [text.sentences[i][0] for i in (s_first - 1, s_first) if 0 <= i < len(text.sentences)]
    for position, name in window:
        if any(a <= position < b for a, b in parts):
            continue
        if any(0 <= position - h <= 25 for h in heads):
            openers.add(name)
        if position < start:
            before[name] = position
        elif position >= end and name not in after:
            after[name] = position
    spoken_at = bisect.bisect_left(text.spoken, (start, -1, ""))
    prev = text.spoken[spoken_at - 1] if spoken_at > 0 else None
    nxt = next((q for q in itertools.islice(text.spoken, spoken_at, None) if q[0] >= end), None)
    names = list(dict.fromkeys([*before, *after, *(q[2] for q in (prev, nxt) if q)]))
    ranked = sorted(before, key=lambda n: -before[n])
    people = [n for n in ranked if n in text.entities and text.entities[n].kind == "person"]
    low = max(previous[0], begin)  # a text without paragraphs is read no further back
    first, last = (bisect.bisect_left(text.topics, (at, "")) for at in (low, ahead))
    topics = {name for _, name in text.topics[first:last]}
    lead_words = body[sentence[0] : start] + body[end : sentence[1]]
    pronoun = _PRONOUN.findall(lead_words)
    words = len(body[start:end].split())
    # a few marks at most between the quote and its paragraph's ends (no long slices)
    opens = start - paragraph[0] <= 8 and not body[paragraph[0] : start].strip(" \"“‘'«")
    alone = opens and paragraph[1] - end <= 8 and not body[end : paragraph[1]].strip(" \"”’'».,")
    rows = []
    for name in names:
        entity = text.entities.get(name)
        gender = entity.gender if entity is not None else None
        near = (before.get(name, -1), after.get(name, -1))
        said = "f" if pronoun and pronoun[0].lower() in _FEMALE else "m" if pronoun else None
        found = {
            "before": name in before,
            "dist_before": math.log1p(start - before[name]) if name in before else 8.0,
            "after": name in after,
            "dist_after": math.log1p(after[name] - end) if name in after else 8.0,
            "same_sentence": any(sentence[0] <= p < sentence[1] for p in near),
            "same_paragraph": any(paragraph[0] <= p < paragraph[1] for p in near),
            "prev_paragraph": previous[0] <= before.get(name, -1) < previous[1],
            "nearest_before": bool(ranked) and ranked[0] == name,
            "rank_before": min(ranked.index(name), 5) if name in before else 5,
            "prev_speaker": prev is not None and prev[2] == name,
            "prev_near": prev is not None and prev[2] == name and prev[1] >= previous[0],
            "next_speaker": nxt is not None and nxt[2] == name,
            "next_near": nxt is not None and nxt[2] == name and nxt[0] < ahead,
            "quotes_by": math.log1p(text.by[name]),
            "mentions": math.log1p(text.counts[name]),
            "person": entity is not None and entity.kind == "person",
            "org": entity is not None and entity.kind == "org",
            "description": entity is None,
            "topic_near": name in topics,
            "verb_near": text._verb_near(name, low, ahead),
            "lead": name in text.lead,
            "fragment": words < 8,
            "opens_paragraph": opens,
            "alone": alone,
            "pronoun": bool(pronoun),
            "gender_agrees": said is not None and gender == said,
            "gender_clash": said is not None and gender is not None and gender != said,
            "n_candidates": math.log1p(len(names)),
            "place": is_place(name),
            "sentence_subject": name in openers,
            "verb_between": sentence[0] <= before.get(name, -1)
            and bool(reporting_verbs(body, before[name], start)),
            "nearest_person": bool(people) and people[0] == name,
        }
        rows.append([float(found[f]) for f in FEATURES])
    return names, rows


def _refused(text: QuoteContext, end: int) -> bool:
    """Whether a reporting verb follows a quote in its sentence: an attribution the rules read
    and gave no one ('"Go," Pelosi, Schumer and Durbin said.': a list is no one of them alone)."""
    if not text.sentences:
        return False
    stop = min(text.sentences[text._index(text.sentences, end)][1], end + AHEAD_REACH)
    return end < stop and bool(reporting_verbs(text.body, end, stop))


def _pick(names: list[str], rows: list[list[float]]) -> int | None:
    """The index of the best candidate when its probability reaches the threshold, else None."""
    if not names:
        return None
    scores = [speaker_probability(r) for r in rows]
    best = max(range(len(names)), key=scores.__getitem__)
    return best if scores[best] >= float(_model()["threshold"]) else None


def model_speakers(
    rows: list[tuple],
    columns: Sequence[str],
    body: str,
    sentences: list[tuple[int, int]],
    discourse: Discourse,
    article: ArticleTypes,
    field: str = "text",
) -> list[tuple]:
    """One article's quote rows (tuples in the order of ``columns``) with a speaker from the
    bundled model for each direct quote of the body (``field``) that the rules leave without
    one, when the best candidate's probability reaches the threshold: its ``speaker_source``
    is ``"model"``, its type, title and organisation those of the candidate's other quotes
    (or of its mentions); ``sentences`` are the body's.

    Example:
        >>> from corpuskit.voices.quotes.table import quotes
        >>> import pandas as pd
        >>> body = ('Farmer Tom Baker lost his barn this spring.\\n\\n"The water came in the '
        ...         'night," Baker said.\\n\\nThe water rose overnight and Baker "could not '
        ...         'believe it."')
        >>> table = quotes(pd.DataFrame({"doc_id": ["a"], "text": [body]}))
        >>> table[["speaker", "speaker_source"]].values.tolist()
        [['Tom Baker', 'name'], ['Tom Baker', 'model']]
    """
    at = {column: i for i, column in enumerate(columns)}
    field_at, kind_at, speaker_at = at["field"], at["kind"], at["speaker"]
    direct = [n for n, r in enumerate(rows) if r[field_at] == field and r[kind_at] == "direct"]
    if not any(rows[n][speaker_at] is None for n in direct):
        return rows
    quotes: dict[int, list[int]] = {}
    for n in direct:
        quotes.setdefault(rows[n][at["quote_id"]], []).append(n)
    spoken = sorted(
        (rows[ns[0]][at["start"]], rows[ns[-1]][at["end"]], rows[ns[0]][speaker_at])
        for ns in quotes.values()
        if rows[ns[0]][speaker_at] is not None
    )
    text = QuoteContext(body, sentences, discourse, article, spoken)
    given = {rows[ns[0]][at["speaker"]]: rows[ns[0]] for ns in quotes.values()}
    changed = list(rows)
    for members in quotes.values():
        first = rows[members[0]]
        if first[speaker_at] is not None or first[at["speaker_mention"]] is not None:
            continue  # a speaker, or an attribution naming no one the article names ("she said")
        parts = [(rows[n][at["start"]], rows[n][at["end"]]) for n in members]
        if _refused(text, parts[-1][1]):
            continue
        names, features = candidate_features(text, parts)
        best = _pick(names, features)
        if best is None:
            continue
        found = _fields(names[best], given.get(names[best]), text, discourse, article, at)
        for n in members:
            row = list(changed[n])
            for column, value in found.items():
                row[at[column]] = value
            changed[n] = tuple(row)
    return changed


def _fields(
    name: str,
    other: tuple | None,
    text: QuoteContext,
    discourse: Discourse,
    article: ArticleTypes,
    at: dict[str, int],
) -> dict[str, str | None]:
    """The speaker columns of a quote given to ``name``: those of its other quote ``other``
    when it has one, else typed from the entity the body names."""
    found: dict[str, str | None] = {"speaker": name, "speaker_source": "model"}
    if other is not None:
        for column in ("speaker_type", "speaker_type_source", "speaker_title", "speaks_for"):
            found[column] = other[at[column]]
        return found
    entity = text.entities[name]
    resolved = Resolved(entity, discourse.type_of(entity))
    found.update(speaker_type=speaker_type(article, resolved, None, text.body),
                 speaker_type_source="rules", speaker_title=entity.title,
                 speaks_for=entity.speaks_for)  # fmt: skip
    return found
