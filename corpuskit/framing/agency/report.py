"""Is a candidate clause a report of real casualties? A logistic model of the words around it.

The rules (:mod:`corpuskit.framing.agency_rules`) exclude the non-reports they have a
cue for (questions, negations, idioms, illness, threats, ...). What is left still holds
figures of speech, video games, animals, history and general statements that no single
cue marks: on fresh US news about one clause in five or six the rules keep is no report.
:class:`CasualtyReportClassifier` scores a clause from its words: the trigger, the five
words on each side and the words within :data:`CONTEXT_CHARS` characters of it (binary
features), by an L2-regularised logistic regression fitted to the hand-labelled candidate
triggers of the casualty development sets (``tests/devsets/casualty*``, each row a trigger
labelled casualty or not by two coders and an adjudicator).

The bundled model (``corpuskit/framing/data/casualty_report_model.tsv.gz``; rebuilt by
``tests/devsets/casualty/report_model.py fit``) was fitted on the first set's tuning
half and the first twenty-four hold-outs; ``ck.agency`` excludes a clause the rules keep
when its score is below :data:`REPORT_THRESHOLD` (reason ``unlikely_report``). The
threshold is the one that maximises the smaller of precision and recall when each
hold-out set is left out in turn, with each set's clauses from the rules as they were
when it was first scored (``docs/agency.md`` gives the figures): pooled over 24
hold-outs, precision 0.831 without the model and 0.877 with it, recall 0.887 and 0.869.

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
#: clauses the rules keep but the bundled model scores below this are excluded
REPORT_THRESHOLD = 0.1
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_MODEL_FILE = "casualty_report_model.tsv.gz"


def clause_features(text: str, start: int, end: int) -> list[str]:
    """The binary features of the trigger ``text[start:end]``: ``v=`` the trigger, ``L:``/``R:``
    the words within :data:`WINDOW` before/after it, ``L1:``/``R1:`` the nearest ones, and
    ``S:`` every word within :data:`CONTEXT_CHARS` characters.

    Example:
        >>> clause_features("Jets killed 20.", 5, 11)
        ['v=killed', 'L:jets', 'R:20', 'L1:jets', 'R1:20', 'S:20', 'S:jets', 'S:killed']
    """
    low = text.lower()
    left = _WORD.findall(low, max(0, start - 80), start)[-WINDOW:]
    right = _WORD.findall(low, end, end + 80)[:WINDOW]
    features = ["v=" + low[start:end]]
    features += [f"L:{w}" for w in dict.fromkeys(left)] + [f"R:{w}" for w in dict.fromkeys(right)]
    features += [f"L1:{left[-1]}"] if left else []
    features += [f"R1:{right[0]}"] if right else []
    context = _WORD.findall(low, max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS)
    return features + [f"S:{w}" for w in sorted(set(context))]


def _triples(X: pd.DataFrame | Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``(text, start, end)`` of each clause, from a frame with those columns or triples."""
    if isinstance(X, pd.DataFrame):
        missing = [c for c in ("text", "start", "end") if c not in X.columns]
        if missing:
            raise ValueError(f"X has no column(s) {missing}: pass text, start and end")
        return list(zip(X["text"], X["start"].astype(int), X["end"].astype(int)))
    return [(str(text), int(start), int(end)) for text, start, end in X]


class CasualtyReportClassifier(ClassifierMixin, BaseEstimator):
    """A scikit-learn classifier of candidate clauses: 1 a casualty report, 0 not.

    ``X`` is a DataFrame with ``text``, ``start`` and ``end`` (the trigger's offsets in
    the text) or a sequence of such triples; the features are
    :func:`clause_features`, kept when seen in at least ``min_count`` training clauses.

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
        self, X: pd.DataFrame | Iterable[tuple[str, int, int]], y: Sequence[int]
    ) -> CasualtyReportClassifier:
        """Fit the regression (``liblinear`` solver: deterministic)."""
        rows = [clause_features(*t) for t in _triples(X)]
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

    def decision_function(self, X: pd.DataFrame | Iterable[tuple[str, int, int]]) -> np.ndarray:
        """The log-odds that each clause is a casualty report."""
        check_is_fitted(self, "weights_")
        return np.array([self._log_odds(*t) for t in _triples(X)])

    def _log_odds(self, text: str, start: int, end: int) -> float:
        get = self.weights_.get
        return self.intercept_ + sum(get(f, 0.0) for f in set(clause_features(text, start, end)))

    def predict_proba(self, X: pd.DataFrame | Iterable[tuple[str, int, int]]) -> np.ndarray:
        """Probabilities of ``[no report, report]`` for each clause."""
        report = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1.0 - report, report])

    def predict(self, X: pd.DataFrame | Iterable[tuple[str, int, int]]) -> np.ndarray:
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
    text: str, start: int, end: int, model: CasualtyReportClassifier | None = None
) -> float:
    """The probability that the trigger ``text[start:end]`` reports casualties, by ``model``
    (a fitted :class:`CasualtyReportClassifier`; ``None``: the bundled one).

    Example:
        >>> report_probability("Air strikes killed 20 civilians in Aleppo.", 12, 18) > 0.5
        True
    """
    scorer = default_report_classifier() if model is None else model
    return 1.0 / (1.0 + math.exp(-scorer._log_odds(text, start, end)))
