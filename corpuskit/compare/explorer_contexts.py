"""The context lines of the term explorer: where each shown term occurs, per side.

:func:`corpuskit.explore_terms` shows, for each term, up to ``max_contexts``
concordance lines of each side (each document's first occurrence first). Only
the documents that can hold those lines are tokenised: the document-term
matrix says which documents contain each term.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.compare.groups import count_matrix
from corpuskit.compare.kwic import _concordance
from corpuskit.compare.patterns import Pattern, TokenStream, token_stream
from corpuskit.text.tokenize import TokenRule
from corpuskit.text.tokens import document_table

#: document metadata shown with each context line, when the articles have the column
CONTEXT_METADATA = ("outlet", "date", "title")


def _feature_hits(stream: TokenStream, features: list[str]) -> pd.DataFrame:
    """Where each feature occurs in the stream, matched on the token strings of the rule.

    A feature that is not a token string itself (an n-gram ``"free syrian"``
    or a compound ``"security_council"``) is matched as that run of tokens.
    """
    where = {token: code for code, token in enumerate(stream.token_types)}
    pattern_of = np.full(len(stream.token_types), -1, dtype=np.int64)
    frames = []
    for index, feature in enumerate(features):
        if feature in where:
            pattern_of[where[feature]] = index
            continue
        parts = [where.get(part, -1) for part in re.split(r"[ _]+", feature) if part]
        k = len(parts)
        if len(parts) < 2 or min(parts) < 0 or len(stream) < k:
            continue
        n = len(stream) - k + 1
        ok = np.ones(n, dtype=bool)
        for j, code in enumerate(parts):
            ok &= stream.token_codes[j : n + j] == code
            ok &= stream.doc[j : n + j] == stream.doc[:n]
        first = np.flatnonzero(ok)
        frames.append(pd.DataFrame({"first": first, "length": k, "pattern": index}))
    single = pattern_of[stream.token_codes]
    first = np.flatnonzero(single >= 0)
    frames.append(pd.DataFrame({"first": first, "length": 1, "pattern": single[first]}))
    return pd.concat(frames, ignore_index=True).astype(np.int64)


def _order_lines(frame: pd.DataFrame, *, doc: str, position: str, pattern: str) -> np.ndarray:
    """Row order per (pattern, side): each document's first hit first, then in text order."""
    nth = frame.groupby([pattern, doc], sort=False).cumcount()
    keys = pd.DataFrame(
        {
            "pattern": frame[pattern].to_numpy(),
            "side": (frame["side"] != "target").to_numpy(),
            "nth": nth.to_numpy(),
            "position": frame[position].to_numpy(),
        }
    )
    return keys.sort_values(["pattern", "side", "nth", "position"], kind="stable").index.to_numpy()


def _documents_to_read(
    matrix: Any, features: list[str], side: pd.Series, *, max_contexts: int
) -> np.ndarray:
    """Article rows holding a feature's lines: per feature and side, its first documents.

    The matrix says which documents contain each feature; a feature's first
    ``max_contexts`` lines (each document's first occurrence first) lie in its
    first ``max_contexts`` documents of each side, in the articles' order.
    """
    columns = pd.Index(matrix.features).get_indexer(features)
    counts = sp.csc_array(count_matrix(matrix)[:, columns])
    counts.sort_indices()
    position = pd.Index(side.index).get_indexer(matrix.docvars["doc_id"].astype(str))
    entries = pd.DataFrame(
        {
            "feature": np.repeat(np.arange(len(columns)), np.diff(counts.indptr)),
            "row": position[counts.indices],
        }
    )
    entries = entries[entries["row"] >= 0]
    entries["side"] = side.to_numpy()[entries["row"].to_numpy()]
    entries = entries.sort_values(["feature", "side", "row"], kind="stable")
    first = entries.groupby(["feature", "side"], sort=False).head(max_contexts)
    return np.unique(first["row"].to_numpy())


def _contexts(
    articles: pd.DataFrame,
    matrix: Any,
    features: list[str],
    sides: pd.Series,
    *,
    rule: TokenRule,
    window: int,
    max_contexts: int,
    text_column: str,
) -> pd.DataFrame:
    """Up to ``max_contexts`` lines per feature and side (see :func:`explore_terms`).

    Only the documents that can hold them are tokenised (:func:`_documents_to_read`).
    """
    texts, table = document_table(articles, text_column=text_column)
    doc_ids = table["doc_id"].astype(str)
    if not doc_ids.is_unique:
        repeated = doc_ids[doc_ids.duplicated()].unique()[:3].tolist()
        raise ValueError(f"articles= has repeated doc_id values, e.g. {repeated}")
    side = pd.Series(doc_ids.map(sides).to_numpy(), index=doc_ids.to_numpy())
    if side.isna().all():
        raise ValueError(
            "articles= has no document of the target or the reference: their doc_id values "
            f"must be those of the matrix's docvars (e.g. {list(sides.index[:3])})"
        )
    rows = _documents_to_read(matrix, features, side, max_contexts=max_contexts)
    stream = token_stream([texts[i] for i in rows], rule=rule, docs=rows)
    hits = _feature_hits(stream, features).sort_values("first", kind="stable", ignore_index=True)
    hits["doc"] = stream.doc[hits["first"].to_numpy()]
    hits["side"] = side.to_numpy()[stream.rows[hits["doc"].to_numpy()]]
    hits = hits.iloc[_order_lines(hits, doc="doc", position="first", pattern="pattern")]
    hits = hits.groupby(["pattern", "side"], sort=False).head(max_contexts)
    lines = _concordance(
        stream,
        hits[["first", "length", "pattern"]],
        texts=texts,
        docvars=table,
        metadata=False,
        patterns=[Pattern(label=feature, parts=(), prefilter=None) for feature in features],
        window=window,
    ).to_frame()
    lines = lines.rename(columns={"pattern": "feature"})
    lines["side"] = lines["doc_id"].map(sides)
    lines["position"] = np.arange(len(lines))
    lines = lines.iloc[_order_lines(lines, doc="doc_id", position="position", pattern="feature")]
    columns = ["feature", "side", "doc_id", "left", "keyword", "right"]
    metadata = [c for c in CONTEXT_METADATA if c in articles.columns]
    for column in metadata:
        values = pd.Series(articles[column].to_numpy(), index=doc_ids.to_numpy())
        lines[column] = lines["doc_id"].map(values).to_numpy()
    return lines[columns + metadata].reset_index(drop=True)
