"""Two-group term scatter (a static, scattertext-style plot): ``ck.plot.term_scatter``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.compare import stats
from corpuskit.compare.keyness import keyness
from corpuskit.docterm import DocTermMatrix
from corpuskit.plot.keyness import check_single_contrast
from corpuskit.plot.labels import label_points
from corpuskit.plot.theme import (
    DIVERGING,
    NEUTRAL,
    get_ax,
    legend_outside,
    require_columns,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: columns of a ck.keyness result the scatter reads
KEYNESS_COLUMNS = ("feature", "freq_target", "freq_reference", "log_ratio", "g2", "p_adjusted")
#: columns of a ck.frequencies result the scatter reads
FREQUENCY_COLUMNS = ("group", "feature", "count", "n_tokens")
#: what the labelled terms can be ranked by
RANK_BY = ("g2", "log_ratio")


def _name(value: Any, default: str) -> str:
    if (
        value is None
        or isinstance(value, (list, tuple, set, np.ndarray, pd.Series))
        or callable(value)
    ):
        return default
    return str(value)


def _from_frequencies(
    table: pd.DataFrame, target: Any, reference: Any, min_count: int
) -> pd.DataFrame:
    """A keyness-like table from a ck.frequencies result and two sets of group values."""
    if target is None:
        raise ValueError(
            "target= is required with a frequencies table: a value of its 'group' column"
        )
    groups = table["group"]
    present = set(groups.dropna().tolist())

    def values(spec: Any, argument: str) -> list[Any]:
        wanted = list(spec) if isinstance(spec, (list, tuple, set)) else [spec]
        missing = [v for v in wanted if v not in present]
        if missing:
            raise ValueError(
                f"{argument}= value(s) {missing!r} not found in the 'group' column; "
                f"groups: {sorted(map(str, present))}"
            )
        return wanted

    in_target = groups.isin(values(target, "target"))
    in_reference = ~in_target if reference is None else groups.isin(values(reference, "reference"))
    if (in_target & in_reference).any():
        raise ValueError("target= and reference= share groups")
    if not in_reference.any():
        raise ValueError("reference= selects no group")

    def side(mask: pd.Series) -> tuple[pd.Series, float]:
        part = table[mask]
        counts = part.groupby("feature", sort=True)["count"].sum()
        n_tokens = float(part.groupby("group")["n_tokens"].first().sum())
        return counts, n_tokens

    a, n_a = side(in_target)
    b, n_b = side(in_reference)
    features = a.index.union(b.index)
    a = a.reindex(features, fill_value=0).to_numpy(dtype=float)
    b = b.reindex(features, fill_value=0).to_numpy(dtype=float)
    keep = a + b >= max(min_count, 1)
    a, b, features = a[keep], b[keep], features[keep]
    g2 = stats.g2(a, b, n_a, n_b)
    return pd.DataFrame(
        {
            "feature": features.to_numpy(dtype=object),
            "freq_target": stats.per_10k(a, n_a),
            "freq_reference": stats.per_10k(b, n_b),
            "log_ratio": stats.log_ratio(a, b, n_a, n_b),
            "g2": g2,
            "p_adjusted": stats.adjust_pvalues(stats.chi2_pvalue(g2), "bh"),
        }
    )


def _term_table(
    data: Any, target: Any, reference: Any, by: str | None, min_count: int
) -> pd.DataFrame:
    if isinstance(data, DocTermMatrix):
        if target is None:
            raise ValueError("target= is required with a DocTermMatrix (see ck.keyness)")
        return keyness(
            data,
            target=target,
            reference=reference,
            by=by,
            min_count=min_count,
            min_docs=1,  # every term is drawn, as from frequencies
            sort=False,
        )
    if (
        isinstance(data, pd.DataFrame)
        and "group" in data.columns
        and "freq_target" not in data.columns
    ):
        require_columns(data, FREQUENCY_COLUMNS, argument="data", what="a ck.frequencies result")
        return _from_frequencies(data, target, reference, min_count)
    require_columns(
        data,
        KEYNESS_COLUMNS,
        argument="data",
        what="a ck.keyness result (or pass a DocTermMatrix or a ck.frequencies result)",
    )
    check_single_contrast(data, argument="data")
    return data


def _labelled(table: pd.DataFrame, rank_by: str, n_labels: int) -> pd.DataFrame:
    """The most distinctive terms, alternating target and reference, strongest first."""
    score = table[rank_by].to_numpy(dtype=float)
    up = (
        table[score > 0]
        .assign(_s=score[score > 0])
        .sort_values("_s", ascending=False, kind="stable")
    )
    down = table[score < 0].assign(_s=score[score < 0]).sort_values("_s", kind="stable")
    n_up = min(len(up), max(n_labels - min(len(down), n_labels // 2), 0))
    n_down = min(len(down), n_labels - n_up)
    up, down = up.head(n_up), down.head(n_down)
    order = []
    for i in range(max(len(up), len(down))):
        order.extend(frame.iloc[[i]] for frame in (up, down) if i < len(frame))
    return pd.concat(order) if order else table.iloc[:0]


@renamed_arguments(dtm_or_freqs="data")
def term_scatter(
    data: Any,
    *,
    target: Any = None,
    reference: Any = None,
    by: str | None = None,
    n_labels: int = 20,
    rank_by: str = "g2",
    min_count: int = 5,
    alpha: float = 0.05,
    labels: Sequence[str] | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Scatter of every term's frequency in the target against the reference, on log axes.

    Each point is a term: x its frequency per 10,000 tokens in the reference, y
    in the target, both on log scales, with the diagonal ``y = x`` (equal
    relative frequency) dashed. Terms above the diagonal are relatively more
    frequent in the target. Terms whose Benjamini-Hochberg adjusted G2 p-value
    is below ``alpha`` are coloured by side (:data:`~corpuskit.plot.theme.DIVERGING`),
    the rest grey. The ``n_labels`` most distinctive terms (half per side when
    both have enough) are labelled without overlap
    (:func:`~corpuskit.plot.labels.label_points`). A term absent from one group
    has frequency 0, which a log axis cannot show: it is drawn at half the
    smallest non-zero frequency of either group, near the axis minimum.

    Args:
        data: a DocTermMatrix of counts (compared with
            :func:`corpuskit.keyness`), a :func:`corpuskit.keyness` result, or a
            :func:`corpuskit.frequencies` result (columns ``group, feature,
            count, n_tokens``, ``by=`` the grouping column when it was made).
        target: the target group. With a DocTermMatrix, as in
            :func:`corpuskit.keyness` (a value of ``by``, a mask, a filter string or
            a callable); with a frequencies table, a value (or list of values) of
            its ``group`` column; ignored for a keyness result.
        reference: the reference group, given like ``target``; ``None`` is
            every other document (group).
        by: the docvars column ``target`` / ``reference`` name values of
            (DocTermMatrix only).
        n_labels: number of terms to label.
        rank_by: ``"g2"`` (default: frequent and distinctive terms) or
            ``"log_ratio"`` (largest ratios, often rare terms).
        min_count: keep terms occurring at least this often in both groups
            together (DocTermMatrix and frequencies table).
        alpha: adjusted p-value below which a term is coloured as distinctive.
        labels: names of the two groups ``(target, reference)``; default
            ``target`` / ``reference`` when they are single values, else
            ``"target"`` / ``"reference"``.
        title: the axes title; default names the groups.
        ax: the Axes to draw on; ``None`` creates a square figure.

    Returns:
        The Axes. Its collections are the scatter of non-distinctive terms
        (``gid="other"``), then of the target's and the reference's distinctive
        terms (``gid="target"``, ``gid="reference"``); the term labels are
        Text artists with ``gid="term_label"``.

    Raises:
        ValueError: a missing column (named), an unknown group or ``rank_by``.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.docterm import DocTermMatrix
        >>> from corpuskit.plot import term_scatter
        >>> m = DocTermMatrix(
        ...     [[9, 1, 3, 2], [8, 0, 5, 3], [0, 7, 5, 1], [1, 9, 4, 2]],
        ...     ["aleppo", "mosul", "said", "siege"],
        ...     pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
        ... )
        >>> ax = term_scatter(m, target="aleppo", by="event", n_labels=2, min_count=1)
        >>> sorted(t.get_text() for t in ax.texts if t.get_gid() == "term_label")
        ['aleppo', 'mosul']
        >>> plt.close(ax.figure)
    """
    if rank_by not in RANK_BY:
        raise ValueError(f"rank_by= must be one of {RANK_BY}, got {rank_by!r}")
    if isinstance(n_labels, bool) or not isinstance(n_labels, (int, np.integer)) or n_labels < 0:
        raise ValueError(f"n_labels= must be an integer >= 0, got {n_labels!r}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha= must be in (0, 1), got {alpha!r}")
    if labels is None:
        target_label, reference_label = _name(target, "target"), _name(reference, "reference")
        if reference is None and target_label != "target":
            reference_label = f"not {target_label}"
    elif isinstance(labels, str) or len(labels) != 2:
        raise ValueError(f"labels= must be a pair (target name, reference name), got {labels!r}")
    else:
        target_label, reference_label = map(str, labels)

    table = _term_table(data, target, reference, by, min_count).reset_index(drop=True)
    x = table["freq_reference"].to_numpy(dtype=float)
    y = table["freq_target"].to_numpy(dtype=float)
    positive = np.concatenate([x[x > 0], y[y > 0]])
    floor = positive.min() / 2 if positive.size else 1.0
    x, y = np.where(x > 0, x, floor), np.where(y > 0, y, floor)
    significant = table["p_adjusted"].to_numpy(dtype=float) < alpha
    lr = table["log_ratio"].to_numpy(dtype=float)
    groups = {
        "other": ~significant,
        "target": significant & (lr > 0),
        "reference": significant & (lr < 0),
    }

    _fig, ax = get_ax(ax, (8.5, 6.0))
    legend_names = {
        "other": f"not distinctive (q \u2265 {alpha:g})",
        "target": f"more in {target_label} (q < {alpha:g})",
        "reference": f"more in {reference_label} (q < {alpha:g})",
    }
    for gid, mask in groups.items():
        ax.scatter(
            x[mask],
            y[mask],
            s=9 if gid == "other" else 14,
            color="0.72" if gid == "other" else DIVERGING[gid],
            alpha=0.6 if gid == "other" else 0.85,
            linewidths=0,
            label=legend_names[gid],
            gid=gid,
            zorder=2 if gid == "other" else 3,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    low = floor / 1.5
    high = max(x.max(), y.max()) * 1.5 if len(x) else 10.0
    ax.plot([low, high], [low, high], linestyle="--", color=NEUTRAL, linewidth=0.8, zorder=1)
    ax.set_xlim(low, high)
    ax.set_ylim(low, high)
    ax.set_aspect("equal", adjustable="box")
    from matplotlib.ticker import FuncFormatter

    plain = FuncFormatter(lambda value, _: f"{value:g}")
    ax.xaxis.set_major_formatter(plain)
    ax.yaxis.set_major_formatter(plain)
    style_axes(
        ax,
        title=title or f"Term frequencies: {target_label} vs {reference_label}",
        xlabel=f"{reference_label}: per 10,000 tokens (log scale)",
        ylabel=f"{target_label}: per 10,000 tokens (log scale)",
        grid=None,
    )
    legend_outside(ax, markerscale=1.5)
    chosen = _labelled(table.assign(_x=x, _y=y), rank_by, n_labels)
    texts = label_points(
        ax, chosen["_x"], chosen["_y"], chosen["feature"].astype(str).tolist(), avoid=(x, y)
    )
    for text in texts:
        text.set_gid("term_label")
    return ax
