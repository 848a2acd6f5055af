"""A learned fallback for speakers the type rules leave ``unknown``: :class:`SpeakerTypeClassifier`.

The rules (:func:`~corpuskit.voices.speakers.assign.speaker_type`) type a speaker from
title and role cues, the bundled list of people and bodies and the body a speaker speaks
for. A named speaker with none of these ("Kerri Talbot, the director of federal advocacy
at the group Immigration Hub", "Chauncy Fields told us") stays ``unknown``, where the
coders of the quotes codebook give a type: on the quotes development sets the rules leave
about 18% of the quotes found ``unknown`` where the gold has 6.5%.
:class:`SpeakerTypeClassifier` types such a speaker from words (:func:`type_features`):
the speaker's name, title and organisation, how it was found, the reporting verb, the words
around the attribution and around the first :data:`MENTIONS` mentions of the speaker's last
word in the article. It is a multinomial logistic regression (L2) fitted to the quotes
whose speaker the library resolved right in the hand-labelled sets
(``tests/devsets/quotes*``: two coders and an adjudicator each), the gold type as label,
with the quotes the rules leave ``unknown`` weighted three times.

The bundled model (``corpuskit/voices/data/speaker_type_model.tsv.gz``; rebuilt by
``tests/devsets/quotes/type_model.py fit``) was fitted on the first set's tuning half and
the first to twenty-fourth hold-outs (never the first set's test half). ``ck.quotes``
replaces a rule's ``unknown`` by the model's type when its probability is at least
:data:`TYPE_THRESHOLD` (``speaker_type_source == "model"``), deciding once per speaker and
article from the mean of the scores of all the speaker's quotes
(:func:`type_unknown_speakers`), so a speaker has one type in an article. The threshold and
``C`` were chosen by leaving each set out in turn on the first 24 sets (``type_model.py
loso``). Over the 5,870 quotes found in all 25 sets, each left out in turn: types right
4,148 with the rules alone and 4,229 with the model at 0.6 (4,240 at 0.5, 4,221 at 0.4),
the share typed ``unknown`` 0.181 and 0.135. Session 29 lowered the threshold from 0.6 to
0.5 on hold-outs 27 to 41, which the model was not fitted on: types right 2,394 -> 2,396 of
3,359 found, the share of predicted parts typed ``unknown`` 0.170 -> 0.156 (0.4: 2,380 and
0.12).
``docs/quotes.md`` gives the figures on fresh news.

Example:
    >>> rows = pd.DataFrame({"text": ["Dr. Ann Lee, a professor, said it."] * 4 +
    ...                               ["Bo Ray, a resident, said it."] * 4,
    ...                      "speaker": ["Ann Lee"] * 4 + ["Bo Ray"] * 4})
    >>> types = ["expert"] * 4 + ["witness_resident"] * 4
    >>> model = SpeakerTypeClassifier(min_count=1).fit(rows, types)
    >>> model.predict(rows.iloc[[0, 4]]).tolist()
    ['expert', 'witness_resident']
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from collections.abc import Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from corpuskit._weights import read_cells, write_lines
from corpuskit.voices.speakers.spans import whole_words

__all__ = [
    "TYPE_THRESHOLD",
    "SpeakerTypeClassifier",
    "checked_threshold",
    "default_type_classifier",
    "speaker_probability",
    "type_features",
    "type_unknown_speakers",
]

#: a rule's ``unknown`` is replaced by the model's type when its probability is at least this
TYPE_THRESHOLD = 0.5
#: the solver's tolerance and iteration cap: fitted to convergence, so that a refit on training
#: rows that moved by a few changes few types (sklearn's default 1e-4 stopped ``lbfgs`` after
#: about 55 iterations, far from the optimum: dropping 13 of 9,047 training rows changed the
#: type of 59-89 of the 4,047 quotes the rules leave unknown in 2,300 unseen articles;
#: converged, after about 360 iterations, 27-34; the review of session 38)
_TOL, _MAX_ITER = 1e-8, 20_000
#: mentions of the speaker's last word whose surrounding words are features
MENTIONS = 5
#: characters on each side of a mention whose words are features
MENTION_CHARS = 120
#: characters on each side of the attribution whose words are features
ATTRIBUTION_CHARS = 60
#: the columns :func:`type_features` reads (``text`` is the article's field)
FEATURE_COLUMNS = ("text", "speaker", "speaker_title", "speaks_for", "speaker_source",
                   "verb_lemma", "attribution_start", "attribution_end")  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_MODEL_FILE = "speaker_type_model.tsv.gz"
#: religious leaders, whom the quotes codebook types ``unknown`` ("religious leaders (the
#: Pope)"): the model does not type them (not imams or ayatollahs, who may hold state office)
_RELIGIOUS = re.compile(
    r"\b(?:pope|pontiff|cardinal|archbishop|bishop|rabbi|pastor|reverend|rev\.|priest|"
    r"patriarch|monsignor)\b",
    re.IGNORECASE,
)


def _words(value: object) -> list[str]:
    return _WORD.findall(value.lower()) if isinstance(value, str) else []


def _given(value: object) -> bool:
    """Whether a cell holds a value (not None, NaN or NA)."""
    return (
        value is not None
        and value is not pd.NA
        and not (isinstance(value, float) and math.isnan(value))
    )


def _cell(value: object) -> object:
    return value if _given(value) else None


def type_features(row: Mapping[str, Any]) -> list[str]:
    """The binary features of one quote's speaker: ``N:``, ``T:``, ``F:`` the words of
    ``speaker``, ``speaker_title`` and ``speaks_for``; ``n=`` the speaker's word count (up
    to 4); ``cap``/``nocap`` whether every word is capitalised; ``src=`` the
    ``speaker_source``; ``v=`` the ``verb_lemma``; ``A:`` the words within
    :data:`ATTRIBUTION_CHARS` of the attribution (in ``text``, the quote's field); ``C:``/``D:``
    the words within :data:`MENTION_CHARS` before/after each of the first :data:`MENTIONS`
    mentions of the speaker's last word in ``body`` (the article's body; ``text`` if none).

    Example:
        >>> type_features({"text": "Bo Ray, a resident, said it.", "speaker": "Bo Ray"})[:6]
        ['C:bo', 'D:a', 'D:it', 'D:resident', 'D:said', 'N:bo']
    """
    text = row.get("text") if isinstance(row.get("text"), str) else ""
    body = row.get("body") if isinstance(row.get("body"), str) else text
    speaker = row.get("speaker") if isinstance(row.get("speaker"), str) else ""
    found = ["T:" + w for w in _words(row.get("speaker_title"))]
    found += ["F:" + w for w in _words(row.get("speaks_for"))]
    found += ["N:" + w for w in _words(speaker)]
    tokens = speaker.split()
    found.append(f"n={min(len(tokens), 4)}")
    found.append("cap" if tokens and all(t[:1].isupper() for t in tokens) else "nocap")
    found.append(f"src={_cell(row.get('speaker_source'))}")
    found.append(f"v={_cell(row.get('verb_lemma'))}")
    if tokens:
        found += _mention_features(body, tokens[-1])
    start, end = row.get("attribution_start"), row.get("attribution_end")
    if _given(start) and _given(end):
        window = text[max(0, int(start) - ATTRIBUTION_CHARS) : int(end) + ATTRIBUTION_CHARS]
        found += ["A:" + w for w in _words(window)]
    return sorted(set(found))


@functools.lru_cache(maxsize=64)
def _mention_features(body: str, word: str) -> tuple[str, ...]:
    """The ``C:``/``D:`` features of :func:`type_features`: the words before and after each of
    the first :data:`MENTIONS` mentions of ``word`` in ``body`` (kept for the last few
    speakers, whose quotes share them)."""
    found: list[str] = []
    for number, (start, end) in enumerate(whole_words(body, word)):
        if number == MENTIONS:
            break
        before = body[max(0, start - MENTION_CHARS) : start]
        found += ["C:" + w for w in _words(before)]
        found += ["D:" + w for w in _words(body[end : end + MENTION_CHARS])]
    return tuple(found)


def _rows(X: pd.DataFrame) -> list[list[str]]:
    if not isinstance(X, pd.DataFrame):
        raise TypeError(f"X must be a DataFrame of quotes, got {type(X).__name__}")
    missing = [c for c in ("text", "speaker") if c not in X.columns]
    if missing:
        raise ValueError(f"X has no column(s) {missing}: pass the quotes with their text")
    columns = [c for c in FEATURE_COLUMNS if c in X.columns]
    return [type_features(dict(zip(columns, values))) for values in zip(*(X[c] for c in columns))]


class SpeakerTypeClassifier(ClassifierMixin, BaseEstimator):
    """A scikit-learn classifier of a quote's speaker type from :func:`type_features`.

    ``X`` is a DataFrame of quotes (the columns of :data:`FEATURE_COLUMNS`; ``text`` the
    article field the offsets refer to, ``speaker`` required, the others optional);
    features seen in fewer than ``min_count`` training quotes are dropped.

    Args:
        C: inverse L2 regularisation strength of the logistic regression.
        min_count: the fewest training quotes a feature must occur in.

    Attributes:
        classes_: the types, sorted.
        weights_: feature -> coefficients (one per class; only features with a nonzero one).
        intercept_: one intercept per class.

    Example:
        >>> texts = ["Al Fox, a professor, said it.", "Bo Ray, a resident, said it."] * 3
        >>> X = pd.DataFrame({"text": texts, "speaker": ["Al Fox", "Bo Ray"] * 3})
        >>> model = SpeakerTypeClassifier(min_count=1).fit(X, ["expert", "witness_resident"] * 3)
        >>> model.predict(X[:2]).tolist()
        ['expert', 'witness_resident']
    """

    def __init__(self, C: float = 1.0, min_count: int = 2) -> None:
        self.C = C
        self.min_count = min_count

    def fit(
        self, X: pd.DataFrame, y: Sequence[str], sample_weight: Sequence[float] | None = None
    ) -> SpeakerTypeClassifier:
        """Fit the multinomial regression (``lbfgs`` to convergence, deterministic)."""
        rows, given = _rows(X), list(y)
        if len(rows) != len(given):
            raise ValueError(f"X has {len(rows)} quotes but y has {len(given)} labels")
        if any(not _given(label) for label in given):
            raise ValueError("y has missing labels (None, NaN or NA)")
        labels = np.asarray(given)
        if len(set(labels)) < 2:
            raise ValueError("y must hold at least two speaker types")
        vectorizer = CountVectorizer(analyzer=list, binary=True, min_df=self.min_count)
        try:
            matrix = vectorizer.fit_transform(rows)
        except ValueError as error:  # no feature in min_count quotes
            raise ValueError(f"min_count={self.min_count}: no feature is in that many of the "
                             f"{len(rows)} quotes ({error})") from error  # fmt: skip
        regression = LogisticRegression(C=self.C, tol=_TOL, max_iter=_MAX_ITER)
        regression.fit(matrix, labels, sample_weight=sample_weight)
        names = vectorizer.get_feature_names_out()
        coef, intercept = regression.coef_, regression.intercept_
        if len(regression.classes_) == 2:  # one row of log-odds: the first class scores 0
            coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.array([0.0, *intercept])
        self.classes_ = regression.classes_
        self.weights_ = {
            str(f): coef[:, i].copy() for i, f in enumerate(names) if np.any(coef[:, i] != 0.0)
        }
        self.intercept_ = intercept.copy()
        return self

    def _scores(self, features: list[str]) -> np.ndarray:
        total = self.intercept_.copy()
        for feature in features:
            weights = self.weights_.get(feature)
            if weights is not None:
                total += weights
        return total

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probabilities of each type (columns in the order of ``classes_``)."""
        check_is_fitted(self, "weights_")
        scores = np.array([self._scores(f) for f in _rows(X)]).reshape(-1, len(self.classes_))
        return _softmax(scores)

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """The most probable type of each quote's speaker."""
        return self.classes_[self.predict_proba(X).argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        """Write gzipped ``feature<TAB>weight<TAB>...`` lines: the classes, the intercepts,
        then one line per feature (weights to four significant digits)."""
        check_is_fitted(self, "weights_")
        lines = ["(classes)\t" + "\t".join(self.classes_)]
        lines.append("(intercept)\t" + "\t".join(f"{w:.4g}" for w in self.intercept_))
        lines += [
            f + "\t" + "\t".join(f"{w:.4g}" for w in self.weights_[f])
            for f in sorted(self.weights_)
        ]
        write_lines(path, lines)

    @classmethod
    def load(cls, path: str | Path | BinaryIO) -> SpeakerTypeClassifier:
        """A classifier with the weights :meth:`save` wrote (a path or a binary file); the file
        keeps the weights only, so ``C`` and ``min_count`` read as their defaults."""
        cells = read_cells(path)
        if len(cells) < 2 or cells[0][0] != "(classes)" or cells[1][0] != "(intercept)":
            raise ValueError(f"{path}: not a speaker type model ((classes), (intercept) lines)")
        width = len(cells[0])
        if any(len(c) != width for c in cells):
            raise ValueError(f"{path}: every line must have {width} tab-separated cells")
        model = cls()
        model.classes_ = np.array(cells[0][1:])
        model.intercept_ = np.array([float(w) for w in cells[1][1:]])
        model.weights_ = {c[0]: np.array([float(w) for w in c[1:]]) for c in cells[2:]}
        return model


@functools.cache
def default_type_classifier() -> SpeakerTypeClassifier:
    """The bundled model (see the module docstring), read once.

    Example:
        >>> "politician" in default_type_classifier().classes_
        True
    """
    with (files("corpuskit.voices") / "data" / _MODEL_FILE).open("rb") as raw:
        return SpeakerTypeClassifier.load(raw)


def checked_threshold(threshold: Any) -> float | None:
    """``threshold`` as a float, checked to be in [0, 1] (``None`` passes).

    Example:
        >>> checked_threshold(1)
        1.0
    """
    if threshold is None:
        return None
    if isinstance(threshold, bool) or not isinstance(threshold, numbers.Real):
        raise ValueError(f"type_threshold= must be a number in [0, 1] or None, got {threshold!r}")
    if not 0 <= threshold <= 1:
        raise ValueError(f"type_threshold= must be in [0, 1] or None, got {threshold}")
    return float(threshold)


def _softmax(scores: np.ndarray) -> np.ndarray:
    odds = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return odds / odds.sum(axis=-1, keepdims=True)


def speaker_probability(
    model: SpeakerTypeClassifier, rows: Sequence[Mapping[str, Any]]
) -> np.ndarray:
    """The probabilities of each type (in the order of ``model.classes_``) for one speaker of
    one article, from all its quotes (``rows``, mappings as :func:`type_features` reads):
    the softmax of the mean of their scores.

    Example:
        >>> row = {"text": "Jo Li, a professor at Yale University, said it would fail.",
        ...        "speaker": "Jo Li", "speaker_title": "a professor at Yale University"}
        >>> model = default_type_classifier()
        >>> str(model.classes_[speaker_probability(model, [row, row]).argmax()])
        'expert'
    """
    scores = np.mean([model._scores(type_features(row)) for row in rows], axis=0)
    return _softmax(scores)


def _religious(row: tuple, at: Mapping[str, int]) -> bool:
    """Whether a row's speaker is a religious leader by name or title ("Pope Francis", "the
    Rev. Tommie Pierson", "Cardinal Raymond Burke")."""
    words = " ".join(
        str(row[at[c]]) for c in ("speaker", "speaker_title") if c in at and row[at[c]]
    )
    return _RELIGIOUS.search(words) is not None


def type_unknown_speakers(
    rows: list[tuple], columns: Sequence[str], fields: Mapping[str, str], body: str,
    threshold: float = TYPE_THRESHOLD,
) -> list[tuple]:  # fmt: skip
    """One article's quote rows (tuples in the order of ``columns``, with ``speaker``,
    ``speaker_type``, ``speaker_type_source``, ``field`` and the columns of
    :data:`FEATURE_COLUMNS`) with each speaker the rules leave ``unknown`` typed by the
    bundled model, once per speaker: the mean of the scores of all its rows decides, so
    every quote of a speaker has one type. A religious leader (a pope, cardinal, reverend,
    pastor ... by name or title) stays ``unknown``, as the quotes codebook types them.
    ``fields`` maps a field's name to its text (the attribution's words); the mentions are
    read in ``body``.

    Example:
        >>> columns = ["speaker", "speaker_type", "speaker_type_source", "field",
        ...            "speaker_source", "verb_lemma", "attribution_start", "attribution_end"]
        >>> body = "Jo Li, a professor at Yale University, said the plan would fail."
        >>> rows = [("Jo Li", "unknown", "rules", "text", "name", "say", 0, 42)]
        >>> type_unknown_speakers(rows, columns, {"text": body}, body)[0][:3]
        ('Jo Li', 'expert', 'model')
    """
    at = {column: i for i, column in enumerate(columns)}
    kind, source = at["speaker_type"], at["speaker_type_source"]
    groups: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        if row[source] == "rules" and row[kind] == "unknown" and not _religious(row, at):
            groups.setdefault(row[at["speaker"]], []).append(number)
    if not groups:
        return rows
    model, typed = default_type_classifier(), list(rows)
    wanted = [c for c in FEATURE_COLUMNS if c != "text" and c in at]
    for members in groups.values():
        cells = [{c: rows[n][at[c]] for c in wanted} for n in members]
        for cell, n in zip(cells, members, strict=True):
            cell.update(text=fields[rows[n][at["field"]]], body=body)
        probability = speaker_probability(model, cells)
        best = int(probability.argmax())
        if probability[best] >= threshold and model.classes_[best] != "unknown":
            for n in members:
                row = list(typed[n])
                row[kind], row[source] = str(model.classes_[best]), "model"
                typed[n] = tuple(row)
    return typed
