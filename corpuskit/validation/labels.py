"""Hand labels back from the sheet: checked, tidy, and their intercoder reliability.

:func:`read_labels` reads a sheet written by
:func:`corpuskit.validation.sample.write_sheet` (CSV or Excel, one label column
per coder or one worksheet per coder) and checks every row;
:func:`reliability` gives Krippendorff's alpha per variable; :func:`gold_labels`
gives one label per item for the accuracy and the corrected estimates.

Example:
    >>> import pandas as pd
    >>> sheet = pd.DataFrame({"item_id": ["a", "b"], "variable": ["stance"] * 2,
    ...     "prediction": ["favor", "against"], "stratum": ["favor", "against"],
    ...     "stratum_size": [1, 1], "label_ann": ["favor", "favor"]})
    >>> read_labels(sheet)[["item_id", "coder", "label"]].values.tolist()
    [['a', 'ann', 'favor'], ['b', 'ann', 'favor']]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.errors import LoadError
from corpuskit.io.export import FORMULA_PREFIXES
from corpuskit.io.report import LoadReport, attach_report, check_error_mode
from corpuskit.validation.agreement import krippendorff_alpha

__all__ = ["LABEL_COLUMNS", "gold_labels", "read_labels", "reliability"]

#: The leading columns of :func:`read_labels`' result.
LABEL_COLUMNS = ("item_id", "coder", "variable", "label")
_NEEDED = ("item_id", "variable", "prediction", "stratum", "stratum_size")


def _read_sheet(source: str | Path) -> list[tuple[str | None, pd.DataFrame]]:
    """``(coder or None, table)`` per worksheet, every cell as text."""
    path = Path(source)
    if path.suffix.lower() != ".xlsx":
        return [(None, pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8"))]
    try:
        import openpyxl  # noqa: F401
    except ImportError as error:
        raise ImportError("reading Excel needs openpyxl: pip install 'corpuskit[excel]'") from error
    books = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
    if list(books) == ["labels"]:
        return [(None, books["labels"])]
    return [
        (name, table.rename(columns={"label": f"label_{name}"})) for name, table in books.items()
    ]


def _plain(value: object) -> str:
    """A cell as text, as written before formula neutralisation (``'=x`` -> ``=x``), stripped."""
    value = "" if pd.isna(value) else str(value).strip()
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def _row_problem(item: str, seen: set[str], known: set[str] | None) -> str | None:
    if not item:
        return "no item id"
    if item in seen:
        return f"item {item!r} appears twice"
    if known is not None and item not in known:
        return f"item {item!r} is not in the sample"
    return None


def _tidy_sheet(
    table: pd.DataFrame,
    where: str,
    label_set: dict[str, str],
    known: set[str] | None,
    report: LoadReport,
) -> pd.DataFrame:
    """Check the rows of one sheet; tidy labels (item_id, coder, label) of the good ones."""
    table = table.astype(object).map(_plain)
    coders = [c for c in table.columns if str(c).startswith("label_")]
    if "item_id" not in table.columns or not coders:
        raise LoadError(where, "no 'item_id' column or no 'label_<coder>' column",
                        hint="write the sheet with ck.write_sheet()")  # fmt: skip
    allowed = label_set
    rows = []
    seen: set[str] = set()
    for i, record in enumerate(table.to_dict("records")):
        row, item = i + 2, record["item_id"]
        problem = _row_problem(item, seen, known)
        seen.add(item)
        for coder in coders:
            value = record[coder]
            reason = problem or (
                f"missing label for item {item!r}"
                if not value
                else f"label {value!r} is not one of {sorted(allowed.values())}"
                if allowed and value.lower() not in allowed
                else None
            )
            if reason:
                column = "item_id" if problem else coder
                report.skip_error(LoadError(where, reason, row=row, column=column))
                continue
            label = allowed.get(value.lower(), value)
            rows.append((item, coder[len("label_") :], label, row))
            report.add(1)
    return pd.DataFrame(rows, columns=["item_id", "coder", "label", "row"])


def read_labels(
    source: str | Path | pd.DataFrame,
    *,
    sample: pd.DataFrame | None = None,
    label_set: Sequence[str] | None = None,
    extra_labels: Sequence[str] = (),
    errors: str = "raise",
) -> pd.DataFrame:
    """Read a filled-in labelling sheet, check every row, and return tidy labels.

    Every label cell is checked: the row must have an item id, not repeated,
    that belongs to ``sample`` (when given); the label must be there and
    (compared without case and surrounding spaces) in ``label_set``, which by
    default holds the predicted labels of the sample. A label the classifier
    never predicts (say ``not_a_clause``) must be added to ``label_set`` or
    ``extra_labels``. Rows
    are numbered as a spreadsheet shows them (the header is row 1).

    With ``errors="raise"`` the first problem raises; with ``"skip"`` the bad
    cells are left out, each recorded in the load report
    (``ck.load_report(labels)``, ``loaded + skipped == total`` label cells) and
    a :class:`corpuskit.io.report.LoadWarning` names the first. Items of
    ``sample`` missing from the sheet are an error either way.

    Args:
        source: the sheet (``.csv`` or ``.xlsx`` path) or the same table as a DataFrame.
        sample: the :func:`corpuskit.validation.sample.validation_sample` the
            sheet was written from; its design columns are used (the sheet's
            otherwise).
        label_set: the allowed labels; default the sample's predictions.
        extra_labels: labels allowed besides ``label_set`` (e.g. ``["not_a_clause"]``).
        errors: ``"raise"`` or ``"skip"``.

    Returns:
        One row per item and coder: ``item_id``, ``coder``, ``variable``,
        ``label``, then the sample's other columns except ``context``
        (``prediction``, the ``by`` columns, ``stratum``, ``stratum_size``,
        ``inclusion_prob``, ``weight``, ...).

    Raises:
        LoadError: naming the file, row and column of a missing, unknown or
            repeated id, a missing label or a label outside the set; or an
            item of ``sample`` that is not in the sheet.
        ImportError: for an ``.xlsx`` sheet without openpyxl.

    Example:
        >>> sheet = pd.DataFrame({"item_id": ["a"], "variable": ["v"], "prediction": ["x"],
        ...     "stratum": ["x"], "stratum_size": [4], "label_1": ["y"]})
        >>> read_labels(sheet)
        Traceback (most recent call last):
        ...
        corpuskit.errors.LoadError: <sheet>, row 2, column 'label_1': label 'y' is not one of ['x']
    """
    check_error_mode(errors)
    where = "<sheet>" if isinstance(source, pd.DataFrame) else str(source)
    sheets = [(None, source)] if isinstance(source, pd.DataFrame) else _read_sheet(source)
    design = sample if sample is not None else sheets[0][1]
    missing = [c for c in _NEEDED if c not in design.columns]
    if missing:
        raise LoadError(where, f"no design column(s) {missing}", hint="pass sample=")
    design = design.astype({"item_id": str}).drop_duplicates("item_id")
    allowed = label_set if label_set is not None else design["prediction"].dropna().unique()
    canonical = {str(v).strip().lower(): str(v).strip() for v in [*allowed, *extra_labels]}
    known = set(design["item_id"]) if sample is not None else None
    report = LoadReport()
    parts = []
    for coder, table in sheets:
        sheet_where = where if coder is None else f"{where} [{coder}]"
        part = _tidy_sheet(table, sheet_where, canonical, known, report)
        if errors == "raise" and report.skips:
            first = report.skips[0]
            raise LoadError(
                first["source"], first["reason"], row=first["row"], column=first["column"]
            )
        parts.append(part)
        absent = sorted(set(design["item_id"]) - set(table["item_id"].map(_plain)))
        if absent:
            raise LoadError(sheet_where, f"item {absent[0]!r} of the sample is not in the sheet")
    report.warn_if_skipped()
    labels = pd.concat(parts, ignore_index=True).drop(columns="row")
    extra = [c for c in design.columns if c not in (*LABEL_COLUMNS, "context")]
    extra = [c for c in extra if not str(c).startswith("label_")]
    tidy = labels.merge(design[["item_id", "variable", *extra]], on="item_id", how="left")
    tidy = tidy[[*LABEL_COLUMNS, *extra]]
    for column in ("stratum_size", "n_sampled"):
        if column in tidy.columns:
            tidy[column] = pd.to_numeric(tidy[column]).astype("int64")
    for column in ("inclusion_prob", "weight"):
        if column in tidy.columns:
            tidy[column] = pd.to_numeric(tidy[column])
    return attach_report(tidy, report)


def gold_labels(labels: pd.DataFrame, *, coder: str | None = None) -> pd.DataFrame:
    """One label per item: one coder's, or the coders' majority.

    Args:
        labels: the result of :func:`read_labels`.
        coder: the coder whose labels count (e.g. an adjudicator); ``None``: the
            only coder, or the majority of several.

    Returns:
        One row per item: the columns of ``labels`` without ``coder``, with
        ``label`` the gold label.

    Raises:
        ValueError: for an unknown coder, or a tie among coders (naming the item).

    Example:
        >>> labels = pd.DataFrame({"item_id": ["a", "a", "a"], "coder": ["x", "y", "z"],
        ...     "variable": ["v"] * 3, "label": ["p", "q", "p"]})
        >>> gold_labels(labels)[["item_id", "label"]].values.tolist()
        [['a', 'p']]
    """
    if coder is None and labels["coder"].nunique() <= 1:
        return labels.drop(columns="coder").reset_index(drop=True)
    if coder is not None:
        if coder not in set(labels["coder"]):
            raise ValueError(f"coder= {coder!r} is not one of {sorted(set(labels['coder']))}")
        return labels[labels["coder"] == coder].drop(columns="coder").reset_index(drop=True)
    counts = labels.groupby(["item_id", "label"], sort=False).size().rename("votes").reset_index()
    top = counts.groupby("item_id", sort=False)["votes"].transform("max")
    winners = counts[counts["votes"] == top]
    tied = winners["item_id"].duplicated(keep=False)
    if tied.any():
        item = winners.loc[tied, "item_id"].iloc[0]
        raise ValueError(
            f"the coders tie on item {item!r}; pass coder= (an adjudicator's labels) to decide"
        )
    first = labels.drop(columns=["coder", "label"]).drop_duplicates("item_id")
    return first.merge(winners[["item_id", "label"]], on="item_id")[
        [c for c in labels.columns if c != "coder"]
    ]


@renamed_arguments(labels="data")
def reliability(data: pd.DataFrame, *, level: str = "nominal") -> pd.DataFrame:
    """Intercoder reliability per variable: Krippendorff's alpha.

    Alpha is :func:`corpuskit.validation.agreement.krippendorff_alpha` over the
    items x coders table of each variable (Krippendorff 2011); items coded by
    one coder only are not pairable and do not count.

    Args:
        data: the result of :func:`read_labels`.
        level: ``"nominal"`` (default), ``"ordinal"`` or ``"interval"``.

    Returns:
        One row per variable: ``variable``, ``alpha`` (NaN with fewer than two
        coders or no disagreement to expect), ``n_items`` (items with two or
        more labels), ``n_coders``.

    Example:
        >>> labels = pd.DataFrame({"item_id": ["a", "a", "b", "b", "c", "c"],
        ...     "coder": ["x", "y"] * 3, "variable": ["v"] * 6,
        ...     "label": ["p", "p", "q", "q", "p", "q"]})
        >>> reliability(labels).round(3).values.tolist()
        [['v', 0.444, 3, 2]]
    """
    rows = []
    for variable, part in data.groupby("variable", sort=True):
        table = part.pivot(index="item_id", columns="coder", values="label")
        pairable = int((table.notna().sum(axis=1) >= 2).sum())
        alpha = krippendorff_alpha(table, level=level) if table.shape[1] >= 2 else float("nan")
        rows.append((variable, alpha, pairable, table.shape[1]))
    return pd.DataFrame(rows, columns=["variable", "alpha", "n_items", "n_coders"])
