"""Validation samples: draw items for hand coding, stratified, and write the labelling sheet.

:func:`validation_sample` draws items (clauses, quotes, hits, documents) from a
tidy result, stratified by group and by predicted label, and records the
design (stratum sizes, inclusion probabilities, weights) in the sample, since
the corrected estimates of :mod:`corpuskit.validation.ppi` need it.
:func:`write_sheet` writes the sample for coders as CSV or Excel.

Example:
    >>> import pandas as pd
    >>> hits = pd.DataFrame({"doc_id": list("abcdef"), "start": [0] * 6, "end": [5] * 6,
    ...     "category": ["rebels"] * 4 + ["terrorists"] * 2, "entry": ["x"] * 6,
    ...     "match": ["rebels"] * 4 + ["terrorists"] * 2})
    >>> s = validation_sample(hits, n=4, min_per_stratum=2, context_column="match")
    >>> s.groupby("prediction")["inclusion_prob"].first().to_dict()
    {'rebels': 0.5, 'terrorists': 1.0}
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.io.export import neutralise_formulas, to_csv
from corpuskit.validation.agreement import coder_names
from corpuskit.validation.items import Shape, item_table, predictions

__all__ = ["DESIGN_COLUMNS", "allocate", "validation_sample", "write_sheet"]

#: Columns of a validation sample that describe the sampling design.
DESIGN_COLUMNS = ("stratum", "stratum_size", "n_sampled", "inclusion_prob", "weight")
#: Names the sheet uses itself; a ``by`` column so named is written ``doc_<name>``.
_RESERVED = frozenset(
    ("item_id", "coder", "variable", "label", "prediction", "context", *DESIGN_COLUMNS)
)
_EXCEL_CELL = 32_000
_LAYOUTS = ("columns", "sheets")


def allocate(sizes: Sequence[int] | np.ndarray, n: int, minimum: int) -> np.ndarray:
    """Draws per stratum: ``min(minimum, N_h)`` each, the rest proportionally.

    Every stratum first gets ``min(minimum, N_h)`` draws; the remaining draws
    go one at a time to the stratum furthest below its proportional share
    ``n * N_h / N`` (largest remainder), never beyond ``N_h``.

    Args:
        sizes: stratum sizes ``N_h``.
        n: total draws.
        minimum: draws each stratum gets first.

    Returns:
        Draws per stratum (all of every stratum when ``n >= N``).

    Raises:
        ValueError: when ``n`` is below the minimum draws.

    Example:
        >>> allocate([90, 8, 2], 20, 5).tolist()
        [13, 5, 2]
    """
    sizes = np.asarray(sizes, dtype=int)
    quota = np.minimum(sizes, minimum)
    if n < quota.sum():
        raise ValueError(
            f"n= {n} is below the {int(quota.sum())} items needed for min_per_stratum= {minimum} "
            f"in each of {len(sizes)} strata; raise n= or lower min_per_stratum="
        )
    if n >= sizes.sum():
        return sizes.copy()
    target = sizes / sizes.sum() * n
    for _ in range(n - int(quota.sum())):
        shortfall = np.where(quota < sizes, target - quota, -np.inf)
        quota[int(np.argmax(shortfall))] += 1
    return quota


def _sheet_name(column: str) -> str:
    """A group column's name on the sheet: ``doc_<name>`` when the sheet uses the name."""
    taken = column in _RESERVED or str(column).startswith("label_")
    return f"doc_{column}" if taken else column


def _columns(value: str | Sequence[str] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def _window(text: str, start: int, end: int, chars: int) -> str:
    """``chars`` characters either side of ``text[start:end]``, which is marked ``[[..]]``."""
    left, right = max(0, start - chars), min(len(text), end + chars)
    return (
        ("…" if left else "")
        + f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}"
        + ("…" if right < len(text) else "")
    ).replace("\n", " ")


def _contexts(
    items: pd.DataFrame, shape: Shape, articles: pd.DataFrame | None, chars: int, text_column: str
) -> list[str]:
    """The text each coder reads: the context column, or a window of the article text."""
    if articles is None:
        if shape.context is None:
            raise ValueError(
                f"a {shape.name} result holds no context; pass articles= (with doc_id and "
                f"{text_column!r}) or context_column="
            )
        return items[shape.context].fillna("").astype(str).tolist()
    if "doc_id" not in articles.columns or text_column not in articles.columns:
        raise ValueError(f"articles= needs 'doc_id' and {text_column!r} columns")
    texts = dict(zip(articles["doc_id"].astype(str), articles[text_column].fillna("").astype(str)))
    unknown = sorted(set(items["doc_id"].astype(str)) - set(texts))
    if unknown:
        raise ValueError(f"articles= has no document {unknown[0]!r} of the result")
    if "start" not in items.columns:
        return [texts[d][:_EXCEL_CELL] for d in items["doc_id"].astype(str)]
    return [
        _window(texts[str(d)], int(a), int(b), chars)
        for d, a, b in zip(items["doc_id"], items["start"], items["end"])
    ]


@renamed_arguments(result="data")
def validation_sample(
    data: pd.DataFrame,
    *,
    n: int,
    by: str | Sequence[str] | None = None,
    strata: str | Sequence[str] | None = None,
    min_per_stratum: int = 10,
    seed: int | None = 0,
    id_columns: str | Sequence[str] | None = None,
    prediction_column: str | None = None,
    context_column: str | None = None,
    articles: pd.DataFrame | None = None,
    context_chars: int = 200,
    text_column: str = "text",
) -> pd.DataFrame:
    """Draw a stratified sample of items for hand coding, with the design recorded.

    The strata are the combinations of the ``by`` columns and the predicted
    label (``strata=`` overrides). Allocation (:func:`allocate`): every stratum
    gets ``min(min_per_stratum, N_h)`` items, the rest of ``n`` goes in
    proportion to the stratum sizes ``N_h``; items are drawn without
    replacement within each stratum (stratified simple random sampling). An
    item of stratum ``h`` is drawn with probability ``pi_h = n_h / N_h`` and
    stands for ``w_h = N_h / n_h`` items: rare predicted labels and small
    groups are over-sampled, so precision and recall are measurable for each,
    and the weights undo it in :func:`corpuskit.validation.accuracy` and
    :func:`corpuskit.validation.shares.corrected_shares`. The rows are shuffled.

    Known results (see :data:`corpuskit.validation.items.SHAPES`) need no
    column names: ``ck.agency`` clauses (prediction ``construction``),
    ``ck.quotes`` (one item per ``quote_id``, prediction ``speaker_type``),
    ``ck.stance`` mentions (``label``), frame hits (``FrameScores.hits``,
    ``frame``), ``ck.lookup(..., return_matches=True)`` hits such as naming
    hits (``category``) and document tables (``doc_id``; pass
    ``prediction_column=``, e.g. ``"conflict_present"``).

    Args:
        data: a tidy result with one row per item.
        n: sample size.
        by: group column(s) to stratify by and copy to the sheet (e.g. ``"event"``).
        strata: the stratum columns; default ``by`` and the prediction column.
        min_per_stratum: items every stratum gets first (all of a smaller one).
        seed: random seed; the same seed draws the same sample.
        id_columns: columns identifying an item; default from the result's shape.
        prediction_column: the automated label; default from the result's shape.
        context_column: the text the coder reads; default from the result's shape.
        articles: the articles (``doc_id``, ``text_column``), for a context window
            around each item's ``start``/``end`` (hits) or the document's text.
        context_chars: characters of context either side of an item.
        text_column: the articles' text column.

    Returns:
        One row per sampled item, shuffled: ``item_id``, ``doc_id`` (when
        present), the ``by`` columns (one the sheet uses itself, such as
        ``label``, is renamed ``doc_label``), ``variable`` (the prediction column's
        name), ``prediction``, ``context``, the shape's helper columns (e.g.
        ``verb``, ``agent``), then the design: ``stratum`` (stratum values
        joined by ``|``), ``stratum_size`` (``N_h``), ``n_sampled`` (``n_h``),
        ``inclusion_prob`` (``n_h / N_h``), ``weight`` (``N_h / n_h``).

    Raises:
        ValueError: for a bad ``n`` or ``min_per_stratum``, a missing column,
            an ``n`` below the minimum draws, or no context.

    Example:
        >>> clauses = pd.DataFrame({"doc_id": list("abcd"), "start": [0] * 4, "end": [6] * 4,
        ...     "construction": ["active", "active", "active", "nominal"],
        ...     "agent_type": ["actor"] * 4, "sentence_text": ["Jets killed 2."] * 4})
        >>> s = validation_sample(clauses, n=3, min_per_stratum=1, seed=1)
        >>> columns = ["prediction", "stratum_size", "n_sampled", "weight"]
        >>> s[columns].sort_values("weight").values.tolist()
        [['nominal', 1, 1, 1.0], ['active', 3, 2, 1.5], ['active', 3, 2, 1.5]]
    """
    for name, value, low in (("n", n, 1), ("min_per_stratum", min_per_stratum, 1)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
            raise ValueError(f"{name}= must be an integer >= {low}, got {value!r}")
    items, shape = item_table(
        data,
        id_columns=_columns(id_columns) or None,
        prediction_column=prediction_column,
        context_column=context_column,
    )
    by_columns = _columns(by)
    strata_columns = _columns(strata) if strata is not None else [*by_columns, shape.prediction]
    missing = [c for c in dict.fromkeys([*by_columns, *strata_columns]) if c not in items.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing} (by= / strata=)")
    keyed = items.assign(**{shape.prediction: predictions(items[shape.prediction])})
    groups = (
        keyed.groupby(strata_columns, sort=True, dropna=False).indices
        if strata_columns
        else {"all": np.arange(len(items))}
    )
    positions = list(groups.values())
    sizes = np.array([len(p) for p in positions])
    quota = allocate(sizes, int(n), int(min_per_stratum))
    rng = np.random.default_rng(seed)
    chosen = [rng.choice(p, size=q, replace=False) for p, q in zip(positions, quota)]
    order = rng.permutation(np.concatenate(chosen))
    stratum_of = np.empty(len(items), dtype=int)
    for h, p in enumerate(positions):
        stratum_of[p] = h
    labels = ["|".join(str(v) for v in (k if isinstance(k, tuple) else (k,))) for k in groups]
    picked = items.iloc[order].reset_index(drop=True)
    h = stratum_of[order]
    sample = pd.DataFrame({"item_id": picked["item_id"].to_numpy()})
    for column in ["doc_id", *by_columns]:
        if column in picked.columns:
            sample[_sheet_name(column)] = picked[column].to_numpy()
    sample["variable"] = shape.prediction
    sample["prediction"] = predictions(picked[shape.prediction]).to_numpy()
    sample["context"] = _contexts(picked, shape, articles, context_chars, text_column)
    for column in shape.show:
        if column not in sample.columns:
            sample[column] = picked[column].to_numpy()
    sample["stratum"] = np.asarray(labels, dtype=object)[h]
    sample["stratum_size"] = sizes[h]
    sample["n_sampled"] = quota[h]
    sample["inclusion_prob"] = quota[h] / sizes[h]
    sample["weight"] = sizes[h] / quota[h]
    return sample


@renamed_arguments(sample="data")
def write_sheet(
    data: pd.DataFrame,
    path: str | Path,
    *,
    coders: Sequence[str] = ("coder1",),
    layout: str = "columns",
    safe: bool = True,
) -> Path:
    """Write a validation sample as a labelling sheet: CSV, or Excel (``.xlsx``).

    Each coder fills in the ``label_<coder>`` column (``layout="columns"``,
    CSV or Excel), or the ``label`` column of their own worksheet, named after
    them (``layout="sheets"``, Excel only, so coders do not see each other's
    labels). Every column of the sample is written, the design included, so
    the sheet alone is enough for :func:`corpuskit.validation.labels.read_labels`.
    CSV is written by :func:`corpuskit.io.export.to_csv`; Excel needs openpyxl
    (``pip install 'corpuskit[excel]'``).

    Args:
        data: the result of :func:`validation_sample`.
        path: the file to write; ``.xlsx`` writes Excel, anything else CSV.
        coders: coder names (letters, digits, ``_``).
        layout: ``"columns"`` (one label column per coder) or ``"sheets"``.
        safe: neutralise text cells a spreadsheet would run as formulas.

    Returns:
        The path written.

    Raises:
        ValueError: for bad coder names, an unknown layout, ``"sheets"`` for a
            CSV, or a sample without ``item_id``.
        ImportError: for Excel without openpyxl.

    Example:
        >>> import tempfile, os
        >>> s = pd.DataFrame({"item_id": ["a|0"], "prediction": ["x"], "context": ["=1+1"]})
        >>> p = write_sheet(s, os.path.join(tempfile.mkdtemp(), "s.csv"), coders=["ann", "bo"])
        >>> p.read_text().splitlines()
        ['item_id,prediction,context,label_ann,label_bo', "a|0,x,'=1+1,,"]
    """
    names = coder_names(coders)
    if layout not in _LAYOUTS:
        raise ValueError(f"layout= must be one of {_LAYOUTS}, got {layout!r}")
    if "item_id" not in data.columns:
        raise ValueError("data= has no 'item_id' column; use validation_sample()")
    out = Path(path)
    excel = out.suffix.lower() == ".xlsx"
    if layout == "sheets" and not excel:
        raise ValueError("layout='sheets' needs an .xlsx path; CSV holds one sheet")
    table = data.copy()
    if layout == "columns":
        for coder in names:
            table[f"label_{coder}"] = ""
    if not excel:
        to_csv(table, out, safe=safe, encoding="utf-8", quoting=csv.QUOTE_MINIMAL)
        return out
    sheets = (
        {"labels": table} if layout == "columns" else {c: table.assign(label="") for c in names}
    )
    _write_excel(sheets, out, safe=safe)
    return out


def _write_excel(sheets: dict[str, pd.DataFrame], path: Path, *, safe: bool) -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "writing Excel needs openpyxl: pip install 'corpuskit[excel]'; or write a .csv"
        ) from error
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, table in sheets.items():
            cells = neutralise_formulas(table) if safe else table
            cells.to_excel(writer, sheet_name=name, index=False)
