"""Document-term matrices from a Dask DataFrame of articles: :func:`dtm_dask`.

:func:`dtm_dask` works in two passes (``vocabulary="two-pass"``) but tokenizes
each text once: pass 1 counts each partition over its own features, keeps
those counts and reduces the feature totals to the global vocabulary; pass 2
maps each partition's counts to the global columns
(:func:`corpuskit.text.count.remap_columns`), so the rows stack (or are written
as :class:`~corpuskit.scale.parts.DocTermParts`). ``vocabulary="hashing"`` counts once,
putting each feature in one of ``n_features`` buckets. Grouped counts are
:mod:`corpuskit.scale.groups`.
"""

from __future__ import annotations

import shutil
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm import DocTermMatrix, docfreq_bound
from corpuskit.docterm.checks import _canonical
from corpuskit.scale.cluster import compute, persist
from corpuskit.scale.groups import group_counts_dask, sum_groups
from corpuskit.scale.partitions import _check_frame, _docvars, _settings, _tree_reduce
from corpuskit.scale.parts import MANIFEST, DocTermParts, part_record, write_manifest
from corpuskit.text.count import count_matrix, remap_columns
from corpuskit.text.lemmas import lemma_rows, lemmatize_matrix

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.tokenize import TokenRule

# group_counts_dask and sum_groups live in corpuskit.scale.groups; kept here for old imports
__all__ = ["MAX_NNZ", "dtm_dask", "group_counts_dask", "sum_groups"]

#: Most non-zero cells :func:`dtm_dask` stacks in memory (about 12 bytes each).
MAX_NNZ = 200_000_000
_VOCABULARIES = ("two-pass", "hashing")


# ---------------------------------------------------------------------- pass 1


def _part_counts(
    part: pd.DataFrame, text_column: str, settings: dict, lemmatize: bool
) -> tuple[sp.csr_matrix, np.ndarray, pd.DataFrame]:
    """One partition's counts, features (sorted) and docvars, lemmatised as ``ck.dtm`` does."""
    matrix, features = count_matrix(part[text_column], n_jobs=1, **settings)
    docvars = _docvars(part, text_column)
    if lemmatize:
        matrix, features = lemmatize_matrix(matrix, features, rows=lemma_rows(docvars))
        matrix = _canonical(matrix)
    return matrix, features, docvars


def _count_local(
    part: pd.DataFrame, text_column: str, settings: dict, lemmatize: bool, scratch: str | None
) -> tuple[DocTermMatrix | str, pd.DataFrame, int, int]:
    """Per partition: its counts over its own features, and the features' totals.

    Returns the counts (a :class:`DocTermMatrix`, or the folder ``scratch`` it
    was written to), a table of each feature's count and document frequency,
    the number of documents and of non-zero cells.
    """
    matrix, features, docvars = _part_counts(part, text_column, settings, lemmatize)
    docvars["n_tokens"] = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int64)
    totals = pd.DataFrame(
        {
            "count": np.asarray(matrix.sum(axis=0)).ravel(),
            "docfreq": np.bincount(matrix.indices, minlength=len(features)),
        },
        index=pd.Index(features, dtype=object),
    )
    counted = DocTermMatrix(matrix, features, docvars)
    if scratch is not None:
        counted.save(scratch, compress=False)
    return (counted if scratch is None else scratch), totals, matrix.shape[0], matrix.nnz


def _counts(local: tuple) -> DocTermMatrix | str:
    return local[0]


def _totals(local: tuple) -> tuple[pd.DataFrame, int, int]:
    return local[1], local[2], local[3]


def _add_totals(*parts: tuple) -> tuple:
    tables = [p[0] for p in parts]
    table = pd.concat(tables).groupby(level=0, sort=False).sum() if len(tables) > 1 else tables[0]
    return table, sum(p[1] for p in parts), sum(p[2] for p in parts)


# ---------------------------------------------------------------------- pass 2


def _to_vocabulary(
    counted: DocTermMatrix | str, vocabulary: np.ndarray, kept: np.ndarray, path: str | None
) -> tuple[sp.csr_matrix, pd.DataFrame] | dict[str, Any]:
    """Per partition: its counts moved to the global vocabulary's columns.

    With ``path`` the part is saved there and its manifest entry
    (:func:`~corpuskit.scale.parts.part_record`) returned.

    Both feature lists are sorted, so the column map keeps every row sorted;
    nothing is tokenized again.
    """
    if not isinstance(counted, DocTermMatrix):
        scratch = Path(counted)
        counted = DocTermMatrix.load(scratch)
        shutil.rmtree(scratch)
    position = np.full(len(vocabulary), -1, dtype=np.int64)
    position[kept] = np.arange(len(kept))
    columns = position[np.searchsorted(vocabulary, counted.features)]
    matrix = remap_columns(counted.matrix, columns, len(kept))
    matrix.has_sorted_indices = True
    if path is None:
        return matrix, counted.docvars
    DocTermMatrix(matrix, vocabulary[kept], counted.docvars).save(path, compress=False)
    return part_record(path)


def _hashed_part(
    part: pd.DataFrame, text_column: str, settings: dict, lemmatize: bool, n_features: int
) -> tuple[sp.csr_matrix, pd.DataFrame, dict[int, set[str]]]:
    """Per partition: counts in ``n_features`` hash buckets and the features in each bucket."""
    matrix, features, docvars = _part_counts(part, text_column, settings, lemmatize)
    buckets = np.fromiter(
        (zlib.crc32(f.encode("utf-8")) % n_features for f in features), np.int64, len(features)
    )
    to_bucket = sp.csr_matrix(
        (np.ones(len(features), dtype=np.int64), (np.arange(len(features)), buckets)),
        shape=(len(features), n_features),
    )
    docvars["n_tokens"] = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int64)
    names: dict[int, set[str]] = {}
    for bucket, feature in zip(buckets.tolist(), features.tolist()):
        names.setdefault(bucket, set()).add(feature)
    return (matrix @ to_bucket).tocsr(), docvars, names


def dtm_dask(
    ddf: Any,
    *,
    text_column: str = "text",
    rule: TokenRule | None = None,
    lowercase: bool | None = None,
    stopwords: bool | str | Iterable[str] | None = None,
    min_length: int | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    phrases: Phrases | None = None,
    min_count: float | None = None,
    min_docfreq: float | None = None,
    lemmatize: bool = False,
    vocabulary: str = "two-pass",
    n_features: int = 2**20,
    max_nnz: int = MAX_NNZ,
    path: str | Path | None = None,
    overwrite: bool = False,
    progress: bool | None = None,
) -> DocTermMatrix | DocTermParts:
    """Count the tokens of a Dask DataFrame of articles into a :class:`DocTermMatrix`.

    With ``vocabulary="two-pass"`` (default) the result equals
    ``ck.dtm(ddf.compute(), ...)`` with the same options: same features (sorted),
    counts, docvars (with ``n_tokens``) and row order (partitions in order).

    * pass 1 counts every partition once, over its own features, and keeps
      the counts (persisted in the workers' memory, or with ``path=`` written
      to ``.counts-*`` folders there); each feature's count and document
      frequency are added up in a tree, giving the global vocabulary and the
      exact number of non-zero cells; ``min_count``/``min_docfreq`` are
      applied to these totals, as ``ck.dtm`` applies them;
    * pass 2 moves each partition's counts to the global vocabulary's
      columns. Both vocabularies are sorted, so this is a column map: no text
      is read or tokenized again.

    Memory rule: the stacked matrix needs about 12 bytes per non-zero cell
    (int64 count, int32 column) plus 8 per row. When pass 1 finds more than
    ``max_nnz`` cells (after trimming) the result is not stacked: pass
    ``path=`` to write one ``DocTermMatrix.save`` folder per partition
    (``part-00000``, ...; uncompressed, all with the same features), then,
    once all are written, ``manifest.json`` listing them, and get a
    :class:`~corpuskit.scale.parts.DocTermParts` that groups or stacks them
    (:meth:`~corpuskit.scale.parts.DocTermParts.open` reopens the folder only
    when the manifest is there and matches the parts);
    or trim rare features; or use :func:`group_counts_dask` when only group
    totals are needed. Without ``path=``, pass 1's counts stay in the
    workers' memory until pass 2 (Dask spills them to disk under pressure).

    ``vocabulary="hashing"`` counts once: each feature goes to the bucket
    ``crc32(feature) % n_features``, and a bucket's feature name is its
    feature, or its features joined by ``"|"`` (sorted) when several collide.
    Rows equal the two-pass rows summed over colliding columns; the vocabulary
    is never gathered before counting. It cannot write ``path=`` parts (bucket
    names are known only at the end) and has no ``min_count``/``min_docfreq``
    (trim the result).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id`` (unique across
            partitions, as :func:`~corpuskit.scale.read.read_articles_dask` gives).
        text_column: the column holding the text.
        rule: the token rule (default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`).
        lowercase: as in :func:`corpuskit.dtm`.
        stopwords: as in :func:`corpuskit.dtm`.
        min_length: as in :func:`corpuskit.dtm`.
        ngram_range: as in :func:`corpuskit.dtm`.
        phrases: as in :func:`corpuskit.dtm`.
        min_count: drop features with a total count below this.
        min_docfreq: drop features in fewer documents than this (``int``) or
            this proportion of documents (``float`` in (0, 1]).
        lemmatize: as in :func:`corpuskit.dtm`: each partition's word forms
            are merged into lemmas on its worker (by its documents' ``language``).
        vocabulary: ``"two-pass"`` or ``"hashing"``.
        n_features: hash buckets for ``vocabulary="hashing"``.
        max_nnz: most non-zero cells to stack in memory (default :data:`MAX_NNZ`).
        path: a folder (shared by the workers) to write the parts to instead.
        overwrite: with ``path=``, replace the parts (and manifest) an earlier
            run wrote there, finished or not.
        progress: show progress bars (``None``: only when interactive).

    Returns:
        A count :class:`DocTermMatrix`, or with ``path=`` a
        :class:`~corpuskit.scale.parts.DocTermParts` naming the part folders.

    Raises:
        ValueError: a missing column, an invalid option (named), or a matrix
            larger than ``max_nnz`` cells without ``path=``.
        FileExistsError: ``path=`` is a file, or a folder that is not empty
            (without ``overwrite=True``) or holds files dtm_dask did not write.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> frame = pd.DataFrame({"doc_id": ["a", "b", "c"],
        ...                       "text": ["Aleppo shelled.", "Mosul shelled.", "Aleppo"]})
        >>> m = dtm_dask(dd.from_pandas(frame, npartitions=2), progress=False)
        >>> m.features.tolist(), m.matrix.toarray().tolist()
        (['aleppo', 'mosul', 'shelled'], [[1, 0, 1], [0, 1, 1], [1, 0, 0]])
    """
    import dask
    from dask.utils import format_bytes

    _check_frame(ddf, text_column)
    if vocabulary not in _VOCABULARIES:
        raise ValueError(f"vocabulary= must be one of {_VOCABULARIES}, got {vocabulary!r}")
    if isinstance(max_nnz, bool) or not isinstance(max_nnz, int) or max_nnz < 0:
        raise ValueError(f"max_nnz= must be an integer >= 0, got {max_nnz!r}")
    settings = _settings(rule, lowercase, stopwords, min_length, ngram_range, phrases)
    parts = ddf.to_delayed()
    if vocabulary == "hashing":
        if path is not None or min_count is not None or min_docfreq is not None:
            raise ValueError(
                "vocabulary='hashing' takes no path=, min_count= or min_docfreq=; use "
                "vocabulary='two-pass', or trim the result"
            )
        if isinstance(n_features, bool) or not isinstance(n_features, int) or n_features < 1:
            raise ValueError(f"n_features= must be an integer >= 1, got {n_features!r}")
        hashed = [
            dask.delayed(_hashed_part)(part, text_column, settings, lemmatize, n_features)
            for part in parts
        ]
        return _stack_hashed(compute(*hashed, show=progress), max_nnz)
    folder = None if path is None else Path(path)
    if folder is not None:
        _check_out_folder(folder, overwrite)
    counted = [
        dask.delayed(_count_local, pure=False)(
            part,
            text_column,
            settings,
            bool(lemmatize),
            None if folder is None else str(folder / f".counts-{i:05d}"),
        )
        for i, part in enumerate(parts)
    ]
    # one computation keeps each partition's counts and the reduced totals;
    # the partitions' totals tables are dropped as soon as they are added up
    *local, reduced = persist(
        *[dask.delayed(_counts)(c) for c in counted],
        _tree_reduce([dask.delayed(_totals)(c) for c in counted], _add_totals),
        show=progress,
    )
    del counted
    totals, n_docs, nnz = compute(reduced, show=False)[0]
    del reduced
    totals = totals.sort_index()
    features = totals.index.to_numpy(dtype=object)
    keep = np.ones(len(features), dtype=bool)
    if min_count is not None:
        keep &= totals["count"].to_numpy() >= float(min_count)
    if min_docfreq is not None:
        keep &= totals["docfreq"].to_numpy() >= docfreq_bound(min_docfreq, "min_docfreq", n_docs)
    kept = np.flatnonzero(keep)
    if kept.size < len(features):
        nnz = int(totals["docfreq"].to_numpy()[kept].sum())
    if folder is None and nnz > max_nnz:
        compute(*[dask.delayed(_drop_scratch)(counted) for counted in local], show=False)
        raise ValueError(
            f"the matrix has {nnz:,} non-zero cells, more than max_nnz={max_nnz:,} "
            f"(about {format_bytes(12 * nnz)}); pass path= to write it in parts, trim it "
            "(min_count=, min_docfreq=) or use ck.dask.group_counts()"
        )
    shared_vocabulary, shared_kept = dask.delayed(features), dask.delayed(kept)
    moved = [
        dask.delayed(_to_vocabulary)(
            counted,
            shared_vocabulary,
            shared_kept,
            None if folder is None else str(folder / f"part-{i:05d}"),
        )
        for i, counted in enumerate(local)
    ]
    results = compute(*moved, show=progress)
    del local
    if folder is not None:
        write_manifest(folder, results)  # last: the parts' commit point
        return DocTermParts([folder / record["name"] for record in results])
    matrix = sp.vstack([m for m, _ in results], format="csr") if results else None
    docvars = pd.concat([d for _, d in results], ignore_index=True)
    return DocTermMatrix(matrix, features[kept], docvars)


def _drop_scratch(counted: DocTermMatrix | str) -> None:
    if not isinstance(counted, DocTermMatrix):
        shutil.rmtree(counted, ignore_errors=True)


def _check_out_folder(folder: Path, overwrite: bool) -> None:
    """``dtm_dask(path=...)`` writes into an empty (or new) folder, or replaces its parts.

    The manifest goes first, so a run killed while replacing leaves no folder
    that :meth:`DocTermParts.open` would take as complete.
    """
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(
            f"path={str(folder)!r} is a file; ck.dask.dtm writes a folder of parts"
        )
    if folder.is_dir():
        entries = list(folder.iterdir())
        if entries and not overwrite:
            raise FileExistsError(
                f"path={str(folder)!r} is not empty; pass overwrite=True to replace its parts"
            )
        for entry in sorted(entries, key=lambda e: not e.name.startswith(MANIFEST)):
            if entry.is_file() and entry.name in (MANIFEST, f"{MANIFEST}.partial"):
                entry.unlink()
            elif entry.is_dir() and (
                entry.name.startswith("part-") or entry.name.startswith(".counts-")
            ):
                shutil.rmtree(entry)
            else:
                raise FileExistsError(
                    f"path={str(folder)!r} holds {entry.name!r}, which ck.dask.dtm did not write; "
                    "choose an empty folder"
                )
    folder.mkdir(parents=True, exist_ok=True)


def _stack_hashed(results: Sequence[tuple], max_nnz: int) -> DocTermMatrix:
    from dask.utils import format_bytes

    nnz = sum(m.nnz for m, _, _ in results)
    if nnz > max_nnz:
        raise ValueError(
            f"the hashed matrix has {nnz:,} non-zero cells, more than max_nnz={max_nnz:,} "
            f"(about {format_bytes(12 * nnz)}); use vocabulary='two-pass' with path= to "
            "write it in parts, or ck.dask.group_counts()"
        )
    names: dict[int, set[str]] = {}
    for _, _, part_names in results:
        for bucket, words in part_names.items():
            names.setdefault(bucket, set()).update(words)
    used = np.array(sorted(names), dtype=np.int64)
    labels = np.array(["|".join(sorted(names[b])) for b in used.tolist()], dtype=object)
    order = np.argsort(labels, kind="stable")
    matrix = sp.vstack([m for m, _, _ in results], format="csr")[:, used[order]]
    docvars = pd.concat([d for _, d, _ in results], ignore_index=True)
    return DocTermMatrix(matrix, labels[order], docvars)
