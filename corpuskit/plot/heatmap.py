"""Annotated heatmap of a groups x categories table: ``ck.plot.heatmap``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.theme import FONT_SIZES, get_ax, require_columns, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.colors import Colormap

#: colour maps used when ``cmap=None``: perceptually uniform and colour-blind-safe
#: (cividis for one-signed values) or a diverging blue-red map centred on 0.
SEQUENTIAL_CMAP = "cividis"
DIVERGING_CMAP = "RdBu_r"


def _wide(
    table: pd.DataFrame, index: str | None, columns: str | None, values: str | None
) -> pd.DataFrame:
    """The table as a rows x columns DataFrame of numbers."""
    tidy = (index, columns, values)
    if all(argument is not None for argument in tidy):
        require_columns(table, tidy, argument="data", what="a tidy heatmap table")
        repeated = table.duplicated([index, columns], keep=False)
        if repeated.any():
            example = table.loc[repeated, [index, columns]].iloc[0].tolist()
            raise ValueError(
                f"data= has several rows for ({index!r}, {columns!r}) = {example}; "
                "aggregate it first"
            )
        wide = table.pivot(index=index, columns=columns, values=values)
        wide = wide.reindex(index=pd.unique(table[index]), columns=pd.unique(table[columns]))
    elif columns is None and values is None:
        if index is not None:
            require_columns(table, [index], argument="data", what="a wide heatmap table")
            table = table.set_index(index)
        wide = table
    else:
        raise ValueError(
            "give index=, columns= and values= for a tidy table, or at most index= "
            f"for a wide one; got index={index!r}, columns={columns!r}, values={values!r}"
        )
    non_numeric = [str(c) for c in wide.columns if not pd.api.types.is_numeric_dtype(wide[c].dtype)]
    if non_numeric:
        raise ValueError(
            f"data= columns {non_numeric} are not numeric; pass index= the label column "
            "(wide table) or index=, columns=, values= (tidy table)"
        )
    return wide.astype(float)


@renamed_arguments(table="data")
def heatmap(
    data: pd.DataFrame,
    *,
    index: str | None = None,
    columns: str | None = None,
    values: str | None = None,
    annotate: bool = True,
    fmt: str = ".2f",
    cmap: str | Colormap | None = None,
    center: float | None = None,
    label: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Annotated heatmap: one row per group, one column per category (frame, target, ...).

    Accepts a tidy table (one row per cell: give ``index``, ``columns`` and
    ``values``) or a wide one (rows x numeric columns; ``index`` names the
    column holding the row labels, else the DataFrame index is used). Rows and
    columns keep their order of appearance. Missing cells are left blank
    (light grey, no annotation). Annotations switch between black and white
    text by the cell colour's luminance so they stay readable.

    Args:
        data: the values.
        index: the column of row labels.
        columns: the column of column labels (tidy table).
        values: the column of cell values (tidy table).
        annotate: write each cell's value in it.
        fmt: format spec of the annotations, e.g. ``".2f"``, ``".0%"``, ``"d"``.
        cmap: a matplotlib colour map (or its name); ``None`` picks ``cividis`` for
            values of one sign and a diverging ``RdBu_r`` centred on 0 when the
            values have both signs.
        center: centre the colour scale on this value with the diverging map
            (``None``: 0 when the values have both signs, else no centre).
        label: the colour bar label; default the ``values`` column name.
        title: the axes title; default names rows and columns.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes; its image is ``ax.images[0]``, the annotations are Text artists
        with ``gid="cell"`` in row-major order, and the colour bar is
        ``ax.images[0].colorbar``.

    Raises:
        ValueError: a missing or non-numeric column (named), an inconsistent
            choice of ``index`` / ``columns`` / ``values``, or repeated cells.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import heatmap
        >>> tidy = pd.DataFrame({"outlet": ["SANA", "SANA", "BBC", "BBC"],
        ...                      "frame": ["siege", "aid", "siege", "aid"],
        ...                      "share": [0.1, 0.3, 0.4, 0.2]})
        >>> ax = heatmap(tidy, index="outlet", columns="frame", values="share")
        >>> [t.get_text() for t in ax.texts]
        ['0.10', '0.30', '0.40', '0.20']
        >>> plt.close(ax.figure)
    """
    wide = _wide(data, index, columns, values)
    if wide.empty:
        raise ValueError("data= has no cells to draw")
    cells = wide.to_numpy()
    finite = cells[np.isfinite(cells)]
    both_signs = finite.size > 0 and finite.min() < 0 < finite.max()
    if center is None and both_signs:
        center = 0.0
    from matplotlib import colormaps, colors

    if center is not None:
        spread = np.nanmax(np.abs(finite - center)) if finite.size else 1.0
        norm = colors.Normalize(center - spread, center + spread)
        cmap = cmap or DIVERGING_CMAP
    else:
        norm = colors.Normalize(*(np.nanmin(finite), np.nanmax(finite)) if finite.size else (0, 1))
        cmap = cmap or SEQUENTIAL_CMAP
    n_rows, n_cols = cells.shape
    fig, ax = get_ax(ax, (max(4.5, 0.8 * n_cols + 3.0), max(3.0, 0.45 * n_rows + 1.8)))
    colormap = colormaps.get_cmap(cmap).with_extremes(bad="0.93")
    image = ax.imshow(np.ma.masked_invalid(cells), cmap=colormap, norm=norm, aspect="auto")
    colorbar = fig.colorbar(image, ax=ax, fraction=0.05, pad=0.03)
    colorbar.set_label(label or values or "", fontsize=FONT_SIZES["label"])
    colorbar.ax.tick_params(labelsize=FONT_SIZES["ticks"])
    colorbar.outline.set_visible(False)
    if annotate:
        for (row, col), value in np.ndenumerate(cells):
            if not np.isfinite(value):
                continue
            red, green, blue, _ = colormap(norm(value))
            luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
            text = format(round(value) if fmt.endswith("d") else value, fmt)
            if text.startswith("-") and not any(c in "123456789" for c in text):
                text = text[1:]  # "-0.00": a tiny negative rounded to zero
            ax.text(
                col,
                row,
                text,
                ha="center",
                va="center",
                fontsize=FONT_SIZES["annotation"],
                color="black" if luminance > 0.5 else "white",
                gid="cell",
            )
    longest = max((len(str(c)) for c in wide.columns), default=0)
    ax.set_xticks(range(n_cols), [str(c) for c in wide.columns])
    ax.set_yticks(range(n_rows), [str(r) for r in wide.index])
    if title is None:
        named = [name for name in (index or wide.index.name, columns or wide.columns.name) if name]
        title = f"{label or values or 'values'}" + (f" by {' and '.join(named)}" if named else "")
    style_axes(ax, title=title, grid=None)
    ax.tick_params(length=0)
    if longest * n_cols > 60:
        ax.tick_params(axis="x", labelrotation=40)
        for tick in ax.get_xticklabels():
            tick.set_ha("right")
            tick.set_rotation_mode("anchor")
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax
