"""Hand coding of stance: sampling, a CSV for coders, importing labels, Krippendorff's alpha.

1. :func:`annotation_sample` draws mentions (or scored mentions) stratified by
   target and outlet, with the context each coder reads.
2. :func:`export_annotation` writes them to a CSV with one empty
   ``label_<coder>`` column per coder.
3. Coders fill in ``favor``, ``against`` or ``neutral`` (or leave a cell empty).
4. :func:`import_annotations` reads the file back and checks every label.
5. :func:`krippendorff_alpha` measures agreement; the coded windows train and
   validate a classifier (:mod:`corpuskit.voices.supervised`).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.errors import LoadError
from corpuskit.io.export import to_csv
from corpuskit.validation.agreement import LEVELS, coder_names, krippendorff_alpha
from corpuskit.voices.stance import LABELS

__all__ = [
    "ANNOTATION_COLUMNS",
    "LEVELS",
    "annotation_sample",
    "export_annotation",
    "import_annotations",
    "krippendorff_alpha",
]

#: Leading columns of the annotation CSV, before the ``label_<coder>`` columns.
ANNOTATION_COLUMNS = (
    "annotation_id",
    "doc_id",
    "target",
    "alias",
    "match",
    "start",
    "end",
    "context",
    "window",
)
_MARK = ("[[", "]]")


def _allocate(sizes: np.ndarray, n: int) -> np.ndarray:
    """Proportional allocation of ``n`` draws over strata (largest remainder), at
    least one per stratum while ``n`` allows, never more than a stratum holds."""
    if n >= sizes.sum():
        return sizes.copy()
    quota = np.zeros(len(sizes), dtype=int)
    if n >= len(sizes):
        quota[:] = 1
    target = sizes / sizes.sum() * n
    for _ in range(n - int(quota.sum())):
        shortfall = np.where(quota < sizes, target - quota, -np.inf)
        quota[int(np.argmax(shortfall))] += 1
    return quota


def _context(text: str, start: int, end: int, chars: int) -> str:
    left = max(0, start - chars)
    right = min(len(text), end + chars)
    return (
        ("…" if left > 0 else "")
        + text[left:start]
        + _MARK[0]
        + text[start:end]
        + _MARK[1]
        + text[end:right]
        + ("…" if right < len(text) else "")
    ).replace("\n", " ")


@renamed_arguments(mentions_or_scores="data")
def annotation_sample(
    data: pd.DataFrame,
    *,
    n: int = 200,
    stratify: Sequence[str] | str | None = ("target", "outlet"),
    seed: int | None = 0,
    context_chars: int = 200,
    articles: pd.DataFrame | None = None,
    text_column: str = "text",
) -> pd.DataFrame:
    """A stratified random sample of mentions for hand coding, with their context.

    The sample is allocated over the strata (combinations of the ``stratify``
    columns) in proportion to their size, by largest remainder, with at least
    one mention per stratum when ``n`` is at least the number of strata (so rare
    targets are not missed); mentions are drawn without replacement within each
    stratum. The order is shuffled, so coders do not see one stratum at a time.

    The ``context`` shows ``context_chars`` characters either side of the
    mention, which is marked ``[[like this]]``; it needs the article texts
    (``articles=``). Without them, the ``window`` column (from
    :func:`corpuskit.voices.windows.windows` or :func:`corpuskit.voices.stance.stance`) is the
    context.

    Args:
        data: mentions (:func:`corpuskit.voices.targets.mentions`) or scores
            (:func:`corpuskit.voices.stance.stance`); formerly ``mentions_or_scores``.
        n: sample size (all mentions when there are fewer).
        stratify: columns defining the strata, or ``None`` for a simple random sample.
        seed: random seed.
        context_chars: characters of context either side of the mention.
        articles: the articles (``doc_id`` and ``text_column``), for the context.
        text_column: the articles' text column.

    Returns:
        The sampled rows with ``annotation_id`` (1..n) first and ``context``
        added (and every column of the input kept).

    Raises:
        ValueError: for a bad ``n`` or ``context_chars``, a missing stratify
            column, or neither ``articles`` nor a ``window`` column.

    Example:
        >>> m = pd.DataFrame({"doc_id": list("abcd"), "target": ["x", "x", "x", "y"],
        ...                   "start": [0] * 4, "end": [1] * 4, "window": list("ABCD")})
        >>> annotation_sample(m, n=2, stratify="target")["target"].sort_values().tolist()
        ['x', 'y']
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n= must be a positive integer, got {n!r}")
    if isinstance(context_chars, bool) or not isinstance(context_chars, int) or context_chars < 0:
        raise ValueError(f"context_chars= must be an integer >= 0, got {context_chars!r}")
    table = data.reset_index(drop=True)
    columns = (
        [] if stratify is None else [stratify] if isinstance(stratify, str) else list(stratify)
    )
    missing = [c for c in ["doc_id", "start", "end", *columns] if c not in table.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing} (stratify= {stratify!r})")
    if articles is None and "window" not in table.columns:
        raise ValueError("pass articles= for the context, or a table with a 'window' column")
    rng = np.random.default_rng(seed)
    if columns:
        strata = table.groupby(columns, sort=True, dropna=False).indices
        groups = list(strata.values())
    else:
        groups = [np.arange(len(table))]
    quota = _allocate(np.array([len(g) for g in groups]), int(n))
    chosen = np.concatenate(
        [rng.choice(np.asarray(g), size=q, replace=False) for g, q in zip(groups, quota)]
    )
    sample = table.iloc[rng.permutation(chosen)].reset_index(drop=True)
    if articles is not None:
        if text_column not in articles.columns or "doc_id" not in articles.columns:
            raise ValueError(f"articles= needs 'doc_id' and {text_column!r} columns")
        texts = dict(zip(articles["doc_id"].astype(str), articles[text_column].fillna("")))
        context = [
            _context(str(texts.get(str(d), "")), int(a), int(b), context_chars)
            for d, a, b in zip(sample["doc_id"], sample["start"], sample["end"])
        ]
    else:
        context = sample["window"].astype(str).tolist()
    sample.insert(0, "annotation_id", np.arange(1, len(sample) + 1))
    sample["context"] = context
    return sample


@renamed_arguments(sample="data")
def export_annotation(
    data: pd.DataFrame,
    path: str | Path,
    *,
    coders: Sequence[str] = ("coder1", "coder2"),
    safe: bool = True,
) -> Path:
    """Write an annotation sample to a CSV for coders.

    Columns: those of :data:`ANNOTATION_COLUMNS` present in ``data``, then
    one empty ``label_<coder>`` column per coder. Coders enter ``favor``,
    ``against`` or ``neutral``; an empty cell means "not coded".

    Args:
        data: the result of :func:`annotation_sample` (formerly ``sample``).
        path: the CSV to write (UTF-8).
        coders: coder names (letters, digits, ``_``), one label column each.
        safe: give text cells that a spreadsheet would run as a formula (``=``,
            ``+``, ``-``, ``@``, tab, carriage return first) a leading ``'``
            (:func:`corpuskit.io.export.to_csv`); ``False`` writes them as they are.

    Returns:
        The path written.

    Raises:
        ValueError: for no coders, repeated or invalid coder names, or a sample
            without ``annotation_id`` / ``context``.

    Example:
        >>> import tempfile, os
        >>> s = pd.DataFrame({"annotation_id": [1], "doc_id": ["a"], "context": ["[[X]] won"]})
        >>> p = export_annotation(s, os.path.join(tempfile.mkdtemp(), "a.csv"), coders=["ann"])
        >>> p.read_text().splitlines()
        ['annotation_id,doc_id,context,label_ann', '1,a,[[X]] won,']
    """
    names = coder_names(coders)
    missing = [c for c in ("annotation_id", "context") if c not in data.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing}; use annotation_sample()")
    table = data[[c for c in ANNOTATION_COLUMNS if c in data.columns]].copy()
    for coder in names:
        table[f"label_{coder}"] = ""
    out = Path(path)
    to_csv(table, out, safe=safe, encoding="utf-8", quoting=csv.QUOTE_MINIMAL)
    return out


@renamed_arguments(path="source")
def import_annotations(source: str | Path, *, labels: Sequence[str] = LABELS) -> pd.DataFrame:
    """Read a coded annotation CSV and check every label.

    Labels are compared after stripping spaces and lower-casing; empty cells
    are missing (``<NA>``).

    Args:
        source: the CSV written by :func:`export_annotation` and filled in
            (formerly ``path``).
        labels: the allowed labels.

    Returns:
        The table, with ``label_<coder>`` columns normalised (lower case, missing
        as ``<NA>``).

    Raises:
        LoadError: naming the file, the row (1-based line of the CSV, the header
            being line 1) and the column, for a label not in ``labels``, a
            missing ``annotation_id`` column, no ``label_`` column or repeated ids.

    Example:
        >>> import tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), "a.csv")
        >>> rows = "annotation_id,label_a,label_b\\n1,Favor,\\n2,against,neutral\\n"
        >>> _ = open(p, "w").write(rows)
        >>> import_annotations(p)[["label_a", "label_b"]].values.tolist()
        [['favor', <NA>], ['against', 'neutral']]
    """
    source = Path(source)
    table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    if "annotation_id" not in table.columns:
        raise LoadError(source, "no 'annotation_id' column", hint="use export_annotation()")
    coder_columns = [c for c in table.columns if c.startswith("label_")]
    if not coder_columns:
        raise LoadError(source, "no 'label_<coder>' column")
    repeated = table["annotation_id"].duplicated()
    if repeated.any():
        row = int(np.flatnonzero(repeated)[0]) + 2
        raise LoadError(source, "repeated annotation_id", row=row, column="annotation_id")
    allowed = {str(label).lower() for label in labels}
    for column in coder_columns:
        values = table[column].str.strip().str.lower()
        bad = values.ne("") & ~values.isin(allowed)
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise LoadError(
                source,
                f"label {table[column].iloc[i]!r} is not one of {sorted(allowed)}",
                row=i + 2,
                column=column,
            )
        table[column] = values.astype(object).where(values.ne(""), pd.NA)
    ids = table["annotation_id"]
    if ids.str.fullmatch(r"\d+").all():
        table["annotation_id"] = ids.astype("int64")
    return table
