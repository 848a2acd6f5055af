"""Token counts summed per group of documents on Dask, without a documents x features matrix.

:func:`group_counts_dask` counts and groups each partition on its worker
(:meth:`DocTermMatrix.group`); :func:`sum_groups` adds grouped matrices up in a
tree (also for :meth:`~corpuskit.scale.parts.DocTermParts.group`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm import DocTermMatrix
from corpuskit.scale.cluster import compute
from corpuskit.scale.partitions import _check_frame, _settings, _tree_reduce
from corpuskit.text.count import count_matrix

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.tokenize import TokenRule

__all__ = ["group_counts_dask", "sum_groups"]


def _group_part(
    part: pd.DataFrame, text_column: str, settings: dict, by: list[str], dropna: bool
) -> DocTermMatrix:
    """Per partition: the counts summed per group (``DocTermMatrix.group``)."""
    matrix, features = count_matrix(part[text_column], n_jobs=1, **settings)
    docvars = part[["doc_id", *by]].reset_index(drop=True)
    docvars["n_tokens"] = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int64)
    return DocTermMatrix(matrix, features, docvars).group(by, dropna=dropna)


def _widen(dtm: DocTermMatrix, features: np.ndarray) -> sp.csr_matrix:
    """``dtm``'s matrix with columns ``features`` (a sorted superset of its own)."""
    columns = pd.Index(features).get_indexer(dtm.features)
    mapping = sp.csr_matrix(
        (np.ones(len(columns), dtype=np.int64), (np.arange(len(columns)), columns)),
        shape=(dtm.n_features, len(features)),
    )
    return (dtm.matrix @ mapping).tocsr()


def _add_groups(*parts: DocTermMatrix, by: list[str], dropna: bool) -> DocTermMatrix:
    first = parts[0].features
    if all(np.array_equal(p.features, first) for p in parts[1:]):
        features = first
        matrix = sp.vstack([p.matrix for p in parts], format="csr")
    else:
        # object arrays throughout: a fixed-width str array is as wide as the longest feature
        features = np.sort(pd.unique(np.concatenate([p.features for p in parts])))
        matrix = sp.vstack([_widen(p, features) for p in parts], format="csr")
    docvars = pd.concat([p.docvars for p in parts], ignore_index=True)
    docvars["doc_id"] = [f"part{i}" for i in range(len(docvars))]
    return DocTermMatrix(matrix, features, docvars).group(by, dropna=dropna)


def group_counts_dask(
    ddf: Any,
    *,
    by: str | Sequence[str],
    dropna: bool = False,
    text_column: str = "text",
    rule: TokenRule | None = None,
    lowercase: bool | None = None,
    stopwords: bool | str | Iterable[str] | None = None,
    min_length: int | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    phrases: Phrases | None = None,
    progress: bool | None = None,
) -> DocTermMatrix:
    """Token counts summed per group of documents, without a documents x features matrix.

    Each partition is counted and grouped on its worker
    (:meth:`DocTermMatrix.group`); the partitions' groups are added up in a tree
    (features united, equal groups summed). The result equals
    ``ck.dtm(ddf.compute(), ...).group(by, dropna=dropna)``: one row per group
    (sorted, missing last), docvars ``doc_id`` (the group label), the ``by``
    columns, ``n_docs`` and ``n_tokens``. Memory per worker is one partition's
    counts plus groups x features; the client holds groups x features. Keyness
    and comparisons take the result unchanged (``ck.keyness(g, target=...)``).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id`` and the ``by`` columns.
        by: a column or several to group by.
        dropna: leave out documents with a missing group value (default: they
            form a group ``"<NA>"``).
        text_column: the column holding the text.
        rule: as in :func:`corpuskit.dtm`.
        lowercase: as in :func:`corpuskit.dtm`.
        stopwords: as in :func:`corpuskit.dtm`.
        min_length: as in :func:`corpuskit.dtm`.
        ngram_range: as in :func:`corpuskit.dtm`.
        phrases: as in :func:`corpuskit.dtm`.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        A grouped count :class:`DocTermMatrix`.

    Raises:
        ValueError: a missing column or an invalid option.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "side": ["x", "y", "x"],
        ...                       "text": ["Aleppo shelled.", "Mosul shelled.", "Aleppo"]})
        >>> g = group_counts_dask(dd.from_pandas(frame, npartitions=2), by="side", progress=False)
        >>> g.doc_ids.tolist(), g.matrix.toarray().tolist(), g.docvars["n_docs"].tolist()
        (['x', 'y'], [[2, 0, 1], [0, 1, 1]], [2, 1])
    """
    import dask

    columns = [by] if isinstance(by, str) else list(by)
    _check_frame(ddf, text_column, columns)
    settings = _settings(rule, lowercase, stopwords, min_length, ngram_range, phrases)
    grouped = [
        dask.delayed(_group_part)(part, text_column, settings, columns, dropna)
        for part in ddf[["doc_id", *columns, text_column]].to_delayed()
    ]
    return sum_groups(grouped, by=columns, dropna=dropna, progress=progress)


def sum_groups(
    grouped: Sequence[Any], *, by: list[str], dropna: bool, progress: bool | None
) -> DocTermMatrix:
    """Add up grouped count matrices (``dask.delayed``), equal groups summed, in a tree.

    Args:
        grouped: delayed :class:`DocTermMatrix` objects, each grouped by ``by``
            (their features may differ: they are united).
        by: the group columns.
        dropna: as in :meth:`DocTermMatrix.group`.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        One grouped count :class:`DocTermMatrix`.

    Example:
        >>> import dask, pandas as pd
        >>> part = lambda ids, rows: DocTermMatrix(rows, ["a", "b"], pd.DataFrame(
        ...     {"doc_id": ids, "side": ["x"] * len(ids)})).group("side")
        >>> grouped = [dask.delayed(part)(["d1"], [[1, 0]]), dask.delayed(part)(["d2"], [[2, 3]])]
        >>> sum_groups(grouped, by=["side"], dropna=False, progress=False).matrix.toarray().tolist()
        [[3, 3]]
    """

    def combine(*parts: DocTermMatrix) -> DocTermMatrix:
        return _add_groups(*parts, by=by, dropna=dropna)

    return compute(_tree_reduce(list(grouped), combine), show=progress)[0]
