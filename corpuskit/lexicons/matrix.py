"""Dictionary lookup on a :class:`~corpuskit.docterm.DocTermMatrix`: category scores
from its feature columns (see :func:`corpuskit.lexicons.lookup.lookup`)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import numpy as np
import scipy.sparse as sp

from corpuskit.docterm import DocTermMatrix
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.text.tokenize import TokenRule, resolve_rule

# ---------------------------------------------------------------------- DocTermMatrix


def _feature_pattern(words: list[str], rule: TokenRule) -> str | None:
    """The features an entry matches, as a regex (words joined by a space or ``_``).

    ``None`` for a plain word that is one token: it is looked up directly.
    """
    if len(words) == 1 and "*" not in words[0]:
        tokens = rule.tokenize(words[0])
        if len(tokens) == 1:
            return None
    parts = []
    for word in words:
        if "*" in word:
            parts.append("".join("[^ _]*" if c == "*" else re.escape(c) for c in word))
        else:
            parts.extend(re.escape(token) for token in rule.tokenize(word))
    return "[ _]".join(parts)


def _lookup_dtm(dtm: DocTermMatrix, dictionary: Dictionary, *, rule: TokenRule | None) -> Any:
    """Category scores from the feature columns of ``dtm`` (see :func:`lookup`)."""
    entries = [e for values in dictionary.categories_map.values() for e in values]
    if dtm.weighting == "count" and any(e.weight != int(e.weight) for e in entries):
        raise ValueError(
            "a count DocTermMatrix needs whole-number entry weights; weight the matrix first "
            "(dtm.weight('prop')) to use fractional weights"
        )
    token_rule = dataclasses.replace(resolve_rule(rule), lowercase=not dictionary.case_sensitive)
    keys = [str(f) if dictionary.case_sensitive else str(f).lower() for f in dtm.features]
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    patterns = {e.pattern: _feature_pattern(e.words, token_rule) for e in entries}
    complex_patterns = sorted({p for p in patterns.values() if p is not None})
    # one pass over the features with all globs and phrases at once, then each
    # pattern only on the few features that matched any of them
    candidates: list[int] = []
    if complex_patterns:
        any_pattern = re.compile("|".join(f"(?:{p})" for p in complex_patterns))
        candidates = [i for i, key in enumerate(keys) if any_pattern.fullmatch(key)]
    rows, columns, weights = [], [], []
    for column, values in enumerate(dictionary.categories_map.values()):
        matched: dict[int, float] = {}
        for entry in values:
            pattern = patterns[entry.pattern]
            if pattern is None:
                hits = positions.get(token_rule.tokenize(entry.pattern)[0], [])
            else:
                regex = re.compile(pattern)
                hits = [i for i in candidates if regex.fullmatch(keys[i])]
            for hit in hits:
                matched.setdefault(hit, entry.weight)
        rows.extend(matched)
        columns.extend([column] * len(matched))
        weights.extend(matched.values())
    weight_matrix = sp.csr_matrix(
        (weights, (rows, columns)), shape=(len(keys), len(dictionary.categories_map))
    )
    scores = dtm.matrix.astype(np.float64) @ weight_matrix
    if dtm.weighting == "count":
        scores = scores.rint().astype(np.int64)
    return DocTermMatrix(
        sp.csr_matrix(scores), dictionary.categories, dtm.docvars, weighting=dtm.weighting
    )
