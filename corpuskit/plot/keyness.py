"""Diverging bar chart of the key terms of a target against a reference: ``ck.plot.keyness``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.theme import DIVERGING, FONT_SIZES, NEUTRAL, get_ax, require_columns, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: measure -> its axis label
MEASURE_LABELS: dict[str, str] = {
    "log_ratio": "Log Ratio (log2 of the ratio of relative frequencies)",
    "g2": "signed log-likelihood G\u00b2",
    "chi2": "signed \u03c7\u00b2",
    "pct_diff": "%DIFF",
    "fw_delta": "Fightin' Words log-odds ratio \u03b4",
    "fw_z": "Fightin' Words z-score",
}
#: measures whose interval a ck.keyness result holds in ``<measure>_low`` / ``<measure>_high``
MEASURES_WITH_CI: tuple[str, ...] = ("log_ratio",)


def _side_labels(result: pd.DataFrame, labels: Sequence[str] | None) -> tuple[str, str]:
    """The names of the two sides: ``labels``, the result's own, or a ``keyness_each`` group."""
    if labels is not None:
        if isinstance(labels, str) or len(labels) != 2:
            raise ValueError(
                f"labels= must be a pair (target name, reference name), got {labels!r}"
            )
        return str(labels[0]), str(labels[1])
    target = str(getattr(result, "target_label", "target"))
    reference = str(getattr(result, "reference_label", "reference"))
    if (target, reference) == ("target", "reference") and "group" in result.columns:
        groups = result["group"].unique()
        if len(groups) == 1:  # one level of a ck.keyness_each result: it against the rest
            return str(groups[0]), "the rest"
    return target, reference


def check_single_contrast(result: pd.DataFrame, *, argument: str) -> None:
    """Raise unless ``result`` holds one contrast (one ``stratum`` / ``group`` value at most).

    Args:
        result: a :func:`corpuskit.keyness` or :func:`corpuskit.keyness_each` result.
        argument: the argument's name, for the message.

    Raises:
        ValueError: a ``stratum`` or ``group`` column with several values.
    """
    for column in ("stratum", "group"):
        if column in result.columns and result[column].nunique(dropna=False) > 1:
            raise ValueError(
                f"{argument}= holds {result[column].nunique(dropna=False)} contrasts in column "
                f"{column!r}; plot one at a time, e.g. {argument}[{argument}[{column!r}] == value]"
            )


def _signed_measure(result: pd.DataFrame, measure: str) -> pd.Series:
    """The measure, positive for target terms and negative for reference terms."""
    values = pd.to_numeric(result[measure], errors="coerce").astype(float)
    if measure == "chi2":
        sign = result["direction"].map({"target": 1.0, "reference": -1.0}).fillna(0.0)
        return values * sign
    return values


@renamed_arguments(result="data")
def keyness(
    data: pd.DataFrame,
    *,
    n: int = 15,
    measure: str = "log_ratio",
    rank_by: str | None = "g2",
    ci: bool = True,
    labels: Sequence[str] | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Diverging horizontal bars of the top ``n`` key terms on each side of a contrast.

    Terms more frequent in the target (``direction == "target"``) extend to the
    right in the target colour, terms more frequent in the reference extend to
    the left in the reference colour (:data:`~corpuskit.plot.theme.DIVERGING`);
    the strongest terms of each side are outermost (target at the top, reference
    at the bottom). For ``measure="log_ratio"`` the confidence interval of
    :func:`corpuskit.keyness` (``log_ratio_low`` / ``log_ratio_high``) is drawn as
    a whisker on each bar. The ``chi2`` column is unsigned and is signed here by
    ``direction``. Terms whose measure is not finite (``pct_diff`` is infinite
    for a term absent from the reference) cannot be drawn as bars: they are
    left out and counted in the title.

    Args:
        data: a :func:`corpuskit.keyness` result (one contrast: filter a
            ``stratum`` or ``group`` column to one value first), or a DataFrame
            with the columns ``feature``, ``direction`` and ``measure``.
        n: number of terms per side.
        measure: the column to draw: ``"log_ratio"`` (default), ``"g2"``,
            ``"chi2"``, ``"pct_diff"``, ``"fw_delta"`` or ``"fw_z"``.
        rank_by: the column that picks the top ``n`` terms of each side
            (largest absolute value), default ``"g2"``: terms chosen by the
            strength of the evidence and drawn by their effect size, as Hardie
            (2014) recommends for log ratio, so that rare terms with huge but
            uncertain ratios do not crowd the chart. ``None``, or a column the
            result lacks, ranks by ``measure`` itself.
        ci: draw the interval whiskers when the measure has one.
        labels: names of the two sides ``(target, reference)``, e.g.
            ``("Aleppo", "Mosul")``; default the result's ``target_label`` /
            ``reference_label`` (see :class:`~corpuskit.compare.keyness.KeynessResult`),
            for one group of a :func:`corpuskit.keyness_each` result that group
            and ``"the rest"``, else ``"target"`` / ``"reference"``.
        title: the axes title; default names the two sides (the measure is the x label).
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. The bars are two ``BarContainer`` s in ``ax.containers``
        (labelled ``"more in <target>"`` and ``"more in <reference>"``); the
        whiskers one ``LineCollection`` with ``gid="ci"``.

    Raises:
        ValueError: an unknown measure, ``n < 1``, a missing column (named), or
            a result holding several contrasts.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> from corpuskit.plot import keyness
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3, 2], [4, 0, 5, 3], [0, 5, 5, 1], [1, 6, 4, 0]],
        ...     ["aleppo", "mosul", "said", "siege"],
        ...     pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
        ... )
        >>> k = ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=1)
        >>> ax = keyness(k, n=2, labels=("Aleppo", "Mosul"))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['mosul', 'said', 'siege', 'aleppo']
        >>> plt.close(ax.figure)
    """
    if measure not in MEASURE_LABELS:
        raise ValueError(f"measure= must be one of {tuple(MEASURE_LABELS)}, got {measure!r}")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n= must be an integer >= 1, got {n!r}")
    draw_ci = ci and measure in MEASURES_WITH_CI
    needed = ["feature", "direction", measure]
    if draw_ci:
        needed += [f"{measure}_low", f"{measure}_high"]
    require_columns(data, needed, argument="data", what="a ck.keyness result")
    check_single_contrast(data, argument="data")
    target_label, reference_label = _side_labels(data, labels)

    frame = data.assign(_value=_signed_measure(data, measure))
    finite = np.isfinite(frame["_value"].to_numpy())
    n_dropped = int((~finite & frame["direction"].isin(["target", "reference"]).to_numpy()).sum())
    frame = frame[finite]
    if rank_by is not None and rank_by in frame.columns:
        frame = frame.assign(_rank=pd.to_numeric(frame[rank_by], errors="coerce").abs())
    else:
        frame = frame.assign(_rank=frame["_value"].abs())
    target = frame[frame["direction"] == "target"].nlargest(n, "_rank", keep="first")
    reference = frame[frame["direction"] == "reference"].nlargest(n, "_rank", keep="first")
    target = target.sort_values("_value", ascending=False, kind="stable")
    reference = reference.sort_values("_value", kind="stable")
    # top of the chart: strongest target term; bottom: strongest reference term
    rows = pd.concat([reference, target.iloc[::-1]], ignore_index=True)
    gap = 1 if len(target) and len(reference) else 0
    positions = np.concatenate(
        [np.arange(len(reference)), np.arange(len(target)) + len(reference) + gap]
    ).astype(float)

    _fig, ax = get_ax(ax, (7.0, max(3.0, 0.26 * (len(rows) + gap) + 1.4)))
    is_target = (rows["direction"] == "target").to_numpy()
    for side, mask, label in (
        ("target", is_target, target_label),
        ("reference", ~is_target, reference_label),
    ):
        ax.barh(
            positions[mask],
            rows["_value"].to_numpy()[mask],
            height=0.7,
            color=DIVERGING[side],
            label=f"more in {label}",
            zorder=2,
        )
    if draw_ci and len(rows):
        ax.hlines(
            positions,
            rows[f"{measure}_low"].to_numpy(dtype=float),
            rows[f"{measure}_high"].to_numpy(dtype=float),
            color="0.15",
            linewidth=1.0,
            zorder=3,
            gid="ci",
        )
    ax.axvline(0, color=NEUTRAL, linewidth=0.8, zorder=2)
    ax.set_yticks(positions, rows["feature"].astype(str).tolist())
    ax.set_ylim(-0.7, (positions.max() if len(positions) else 0) + 0.7)
    if title is None:
        title = f"Key terms: {target_label} vs {reference_label}"
        if n_dropped:
            title += f" ({n_dropped} with infinite {measure} not shown)"
    xlabel = MEASURE_LABELS[measure]
    if draw_ci:
        xlabel += ", with CI"
    style_axes(ax, title=title, xlabel=xlabel, grid="x")
    ax.tick_params(axis="y", length=0, labelsize=FONT_SIZES["ticks"])
    ax.spines["left"].set_visible(False)
    ax.legend(loc="best", frameon=False, fontsize=FONT_SIZES["ticks"], handlelength=1.0)
    return ax
