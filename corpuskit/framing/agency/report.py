"""Is a candidate clause a report of real casualties? A logistic model of the words around it.

The rules (:mod:`corpuskit.framing.agency_rules`) exclude the non-reports they have a
cue for (questions, negations, idioms, illness, threats, ...), each with a reason. What
they keep still holds figures of speech, video games, animals, history and general
statements that no single cue marks, and what they exclude holds some real reports a cue
misread ("Sotloff is the second journalist to be killed by the militant group").
:class:`CasualtyReportClassifier` scores a candidate clause from its words (the trigger,
the five words on each side and the words within :data:`CONTEXT_CHARS` characters of it)
and from what the rules made of it (their reason, or none, and the construction), by an
L2-regularised logistic regression fitted to the rules' candidate clauses in the
hand-labelled casualty development sets (``tests/devsets/casualty*``), each labelled a
report when it overlaps a trigger two coders and an adjudicator labelled a casualty clause.

The bundled model (``corpuskit/framing/data/casualty_report_model.tsv.gz``; rebuilt by
``tests/devsets/casualty/report_model.py fit``) was fitted on the first set's tuning
half and the first forty hold-outs. ``ck.agency`` scores every candidate: a clause
the rules keep is excluded when its score is below :data:`REPORT_THRESHOLD` (reason
``unlikely_report``), and one they exclude is kept when its score reaches it (except the
reasons of :data:`FIXED_REASONS`). The threshold maximises the smaller of precision and
recall when each hold-out set is left out in turn (``docs/agency.md`` gives the figures).

Example:
    >>> texts = ["Jets killed 20 civilians in the market.", "The bill was killed in the Senate.",
    ...          "Shelling killed five children.", "He killed it on the dance floor."] * 3
    >>> starts = [5, 13, 9, 3] * 3
    >>> model = CasualtyReportClassifier(min_count=1).fit(
    ...     pd.DataFrame({"text": texts, "start": starts, "end": [s + 6 for s in starts]}),
    ...     [1, 0, 1, 0] * 3)
    >>> model.predict(pd.DataFrame({"text": ["Jets killed 20 civilians."],
    ...                             "start": [5], "end": [11]})).tolist()
    [1]
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from corpuskit._weights import read_cells, write_lines

__all__ = [
    "CONTEXT_CHARS",
    "FIXED_REASONS",
    "REPORT_THRESHOLD",
    "CasualtyReportClassifier",
    "clause_features",
    "default_report_classifier",
    "report_probability",
]

#: characters on each side of the trigger whose words are features (about a sentence)
CONTEXT_CHARS = 250
#: words on each side of the trigger that are features of their own
WINDOW = 5
#: candidates the model scores below this are excluded, at or above it kept
REPORT_THRESHOLD = 0.5
#: reasons of exclusion the model never overrules, which say what a clause is, not how
#: likely it is a report: a trigger inside another clause ("stabbed to death"), page
#: furniture, an attack verb ("bombed the town"), a victim that is no person, a negation
FIXED_REASONS = frozenset(
    {"same_clause", "furniture", "attack_no_casualty", "not_people", "negation"}
)
#: the features of the rules' verdict are crossed with these (trigger and next words)
_CROSSED = ("v=", "L1:", "R1:")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_MODEL_FILE = "casualty_report_model.tsv.gz"


def clause_features(
    text: str,
    start: int,
    end: int,
    reason: str | None = None,
    construction: str | None = None,
) -> list[str]:
    """The binary features of the trigger ``text[start:end]``: ``v=`` the trigger, ``L:``/``R:``
    the words within :data:`WINDOW` before/after it, ``L1:``/``R1:`` the nearest ones, and
    ``S:`` every word within :data:`CONTEXT_CHARS` characters. Given the rules' verdict
    (a ``construction``, and the ``reason`` they exclude the clause for, ``None`` when they
    keep it), also ``reason=`` and ``cons=``, and for an excluded clause the trigger and
    nearest words again as ``RX:`` features (the same words weigh differently there).

    Example:
        >>> clause_features("Jets killed 20.", 5, 11)
        ['v=killed', 'L:jets', 'R:20', 'L1:jets', 'R1:20', 'S:20', 'S:jets', 'S:killed']
        >>> clause_features("Jets killed 20.", 5, 11, "generic", "active")[-4:]
        ['cons=active', 'RX:v=killed', 'RX:L1:jets', 'RX:R1:20']
    """
    low = text.lower()
    left = _WORD.findall(low, max(0, start - 80), start)[-WINDOW:]
    right = _WORD.findall(low, end, end + 80)[:WINDOW]
    features = ["v=" + low[start:end]]
    features += [f"L:{w}" for w in dict.fromkeys(left)] + [f"R:{w}" for w in dict.fromkeys(right)]
    features += [f"L1:{left[-1]}"] if left else []
    features += [f"R1:{right[0]}"] if right else []
    context = _WORD.findall(low, max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS)
    features += [f"S:{w}" for w in sorted(set(context))]
    if construction is None:
        return features
    verdict = [f"reason={reason or 'kept'}", f"cons={construction}"]
    if reason:
        verdict += ["RX:" + f for f in features if f.startswith(_CROSSED)]
    return features + verdict


Row = tuple[str, int, int, str | None, str | None]


def _rows(X: pd.DataFrame | Iterable[Sequence]) -> list[Row]:
    """``(text, start, end, reason, construction)`` of each clause, from a frame with the
    columns ``text``, ``start`` and ``end`` (``reason`` and ``construction`` optional) or
    from triples or 5-tuples."""
    if isinstance(X, pd.DataFrame):
        missing = [c for c in ("text", "start", "end") if c not in X.columns]
        if missing:
            raise ValueError(f"X has no column(s) {missing}: pass text, start and end")
        n = len(X)
        reasons = X["reason"] if "reason" in X.columns else [None] * n
        constructions = X["construction"] if "construction" in X.columns else [None] * n
        return [
            (str(t), int(s), int(e), _text_or_none(r), _text_or_none(c))
            for t, s, e, r, c in zip(X["text"], X["start"], X["end"], reasons, constructions)
        ]
    rows = []
    for text, start, end, *verdict in X:
        reason, construction = [*verdict, None, None][:2]
        rows.append(
            (str(text), int(start), int(end), _text_or_none(reason), _text_or_none(construction))
        )
    return rows


def _text_or_none(value: object) -> str | None:
    """A missing value (``None``, NaN, ``pd.NA``, ``""``) as ``None``, anything else as text."""
    if isinstance(value, str):
        return value or None
    return None if value is None or pd.isna(value) else str(value)


class CasualtyReportClassifier(ClassifierMixin, BaseEstimator):
    """A scikit-learn classifier of candidate clauses: 1 a casualty report, 0 not.

    ``X`` is a DataFrame with ``text``, ``start`` and ``end`` (the trigger's offsets in
    the text), and optionally the rules' ``reason`` and ``construction`` (as
    ``ck.agency(..., include_excluded=True)`` returns them), or a sequence of such
    triples or 5-tuples; the features are :func:`clause_features`, kept when seen in at
    least ``min_count`` training clauses.

    Args:
        C: inverse L2 regularisation strength of the logistic regression.
        min_count: the fewest training clauses a feature must occur in.

    Attributes:
        weights_: feature -> coefficient (only features with a nonzero one).
        intercept_: the intercept.
        classes_: ``[0, 1]``.

    Example:
        >>> texts = ["Jets killed 20 civilians.", "The bill was killed in the Senate."] * 4
        >>> X = pd.DataFrame({"text": texts, "start": [5, 13] * 4, "end": [11, 19] * 4})
        >>> model = CasualtyReportClassifier(min_count=1).fit(X, [1, 0] * 4)
        >>> model.predict(X.iloc[:2]).tolist()
        [1, 0]
    """

    def __init__(self, C: float = 1.0, min_count: int = 2) -> None:
        self.C = C
        self.min_count = min_count

    def fit(
        self, X: pd.DataFrame | Iterable[Sequence], y: Sequence[int]
    ) -> CasualtyReportClassifier:
        """Fit the regression (``liblinear`` solver: deterministic)."""
        rows = [clause_features(*r) for r in _rows(X)]
        labels = np.asarray(y, dtype=int)
        if len(rows) != len(labels):
            raise ValueError(f"X has {len(rows)} clauses but y has {len(labels)} labels")
        if set(np.unique(labels)) != {0, 1}:
            raise ValueError("y must hold both labels 0 (no report) and 1 (casualty report)")
        # the features are given: binary presence, kept when in at least min_count clauses
        vectorizer = CountVectorizer(analyzer=list, binary=True, min_df=self.min_count)
        matrix = vectorizer.fit_transform(rows)
        regression = LogisticRegression(C=self.C, solver="liblinear", max_iter=1000, random_state=0)
        regression.fit(matrix, labels)
        coef = regression.coef_[0]
        names = vectorizer.get_feature_names_out()
        self.weights_ = {str(f): float(w) for f, w in zip(names, coef) if w != 0.0}
        self.intercept_ = float(regression.intercept_[0])
        self.classes_ = np.array([0, 1])
        return self

    def decision_function(self, X: pd.DataFrame | Iterable[Sequence]) -> np.ndarray:
        """The log-odds that each clause is a casualty report."""
        check_is_fitted(self, "weights_")
        return np.array([self._log_odds(*r) for r in _rows(X)])

    def _log_odds(
        self,
        text: str,
        start: int,
        end: int,
        reason: str | None = None,
        construction: str | None = None,
    ) -> float:
        get = self.weights_.get
        features = set(clause_features(text, start, end, reason, construction))
        return self.intercept_ + sum(get(f, 0.0) for f in features)

    def predict_proba(self, X: pd.DataFrame | Iterable[Sequence]) -> np.ndarray:
        """Probabilities of ``[no report, report]`` for each clause."""
        report = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1.0 - report, report])

    def predict(self, X: pd.DataFrame | Iterable[Sequence]) -> np.ndarray:
        """1 where the report probability is at least 0.5."""
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def save(self, path: str | Path) -> None:
        """Write the fitted weights as gzipped ``feature<TAB>weight`` lines (intercept first)."""
        check_is_fitted(self, "weights_")
        lines = [f"(intercept)\t{self.intercept_!r}"]
        lines += [f"{f}\t{w!r}" for f, w in sorted(self.weights_.items())]
        write_lines(path, lines)

    @classmethod
    def load(cls, path: str | Path | BinaryIO) -> CasualtyReportClassifier:
        """A classifier with the weights :meth:`save` wrote (a path or a binary file)."""
        pairs = read_cells(path)
        if not pairs or pairs[0][0] != "(intercept)" or any(len(p) != 2 for p in pairs):
            raise ValueError(f"{path}: not a casualty report model (feature<TAB>weight lines)")
        model = cls()
        model.intercept_ = float(pairs[0][1])
        model.weights_ = {feature: float(weight) for feature, weight in pairs[1:]}
        model.classes_ = np.array([0, 1])
        return model


@functools.cache
def default_report_classifier() -> CasualtyReportClassifier:
    """The bundled model (see the module docstring), read once.

    Example:
        >>> len(default_report_classifier().weights_) > 1000
        True
    """
    with (files("corpuskit.framing") / "data" / _MODEL_FILE).open("rb") as raw:
        return CasualtyReportClassifier.load(raw)


def report_probability(
    text: str,
    start: int,
    end: int,
    model: CasualtyReportClassifier | None = None,
    *,
    reason: str | None = None,
    construction: str | None = None,
) -> float:
    """The probability that the trigger ``text[start:end]`` reports casualties, by ``model``
    (a fitted :class:`CasualtyReportClassifier`; ``None``: the bundled one), given the
    rules' ``construction`` and ``reason`` (``None``: the rules keep the clause).

    Example:
        >>> text = "Air strikes killed 20 civilians in Aleppo."
        >>> report_probability(text, 12, 18, construction="active") > 0.5
        True
    """
    scorer = default_report_classifier() if model is None else model
    return 1.0 / (1.0 + math.exp(-scorer._log_odds(text, start, end, reason, construction)))
