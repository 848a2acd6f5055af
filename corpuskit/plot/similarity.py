"""Similarity of groups, clustered: ``ck.plot.similarity_heatmap`` and ``ck.plot.dendrogram``.

Both read a group x group similarity: the long table of
:func:`corpuskit.docsim.vectors.group_similarity` (``group_a``, ``group_b``,
``similarity``, and ``n_a`` for the group sizes) or a square similarity matrix
such as ``ck.similarity(..., as_matrix=True)`` (labels on the index and the
columns). Groups are clustered by average linkage (UPGMA; Sokal & Michener
1958) on the distance :math:`d = 1 - s`, with the leaves put in the order that
places the most similar neighbours side by side (Bar-Joseph et al. 2001,
scipy's ``optimal_ordering``), so the heatmap's rows and the dendrogram's
leaves come in the same order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy.spatial.distance import squareform

from corpuskit._compat import renamed_arguments
from corpuskit.plot.heatmap import heatmap
from corpuskit.plot.theme import FONT_SIZES, PALETTE, get_ax, require_columns, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: columns of a ``ck.group_similarity`` result that the plots read
GROUP_SIMILARITY_COLUMNS = ("group_a", "group_b", "similarity")
#: absolute difference between ``s[i, j]`` and ``s[j, i]`` tolerated as rounding
SYMMETRY_TOLERANCE = 1e-9


def _square(result: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series | None]:
    """The similarity as a square float DataFrame (same labels on both axes) and the group sizes."""
    if not isinstance(result, pd.DataFrame):
        raise ValueError(
            "data= must be a ck.group_similarity result or a square similarity DataFrame, "
            f"got {type(result).__name__}"
        )
    sizes = None
    if "group_a" in result.columns or "group_b" in result.columns:
        require_columns(
            result, GROUP_SIMILARITY_COLUMNS, argument="data", what="a ck.group_similarity result"
        )
        repeated = result.duplicated(["group_a", "group_b"], keep=False)
        if repeated.any():
            example = result.loc[repeated, ["group_a", "group_b"]].iloc[0].tolist()
            raise ValueError(f"data= has several rows for (group_a, group_b) = {example}")
        order = pd.unique(pd.concat([result["group_a"], result["group_b"]], ignore_index=True))
        square = result.pivot(index="group_a", columns="group_b", values="similarity")
        square = square.reindex(index=order, columns=order)
        if "n_a" in result.columns:
            sizes = result.drop_duplicates("group_a").set_index("group_a")["n_a"].reindex(order)
    else:
        if set(result.index) != set(result.columns) or len(result.index) != len(result.columns):
            raise ValueError(
                "data= must be a ck.group_similarity result (columns group_a, group_b, "
                "similarity) or a square similarity matrix with the same labels on its index "
                f"and columns; got {len(result.index)} rows and {len(result.columns)} columns"
            )
        if result.index.duplicated().any():
            raise ValueError(
                f"data= repeats the label {result.index[result.index.duplicated()][0]!r}"
            )
        square = result.reindex(columns=result.index)
    non_numeric = [str(c) for c in square.columns if not pd.api.types.is_numeric_dtype(square[c])]
    if non_numeric:
        raise ValueError(f"data= similarity columns {non_numeric[:5]} are not numeric")
    square = square.astype(float)
    square.index = square.index.astype(object)
    square.columns = square.index
    return square, sizes


def _distances(square: pd.DataFrame) -> np.ndarray:
    """The condensed distances ``1 - similarity`` between the groups (checked for clustering)."""
    values = square.to_numpy()
    if len(values) < 2:
        raise ValueError(f"data= holds {len(values)} group; clustering needs at least 2")
    off_diagonal = ~np.eye(len(values), dtype=bool)
    if not np.isfinite(values[off_diagonal]).all():
        row, col = np.argwhere(off_diagonal & ~np.isfinite(values))[0]
        raise ValueError(
            f"data= has no similarity for ({square.index[row]!r}, {square.columns[col]!r}); "
            "clustering needs every pair (pass cluster=False to draw it as it is)"
        )
    gap = np.abs(values - values.T)[off_diagonal].max()
    if gap > SYMMETRY_TOLERANCE:
        raise ValueError(
            f"data= is not symmetric (s[i, j] and s[j, i] differ by up to {gap:.3g}); "
            "clustering needs one similarity per pair of groups"
        )
    distance = np.clip(1.0 - (values + values.T) / 2.0, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    return squareform(distance, checks=False)


def _linkage(distances: np.ndarray) -> np.ndarray:
    """Average-linkage merges of condensed distances, leaves optimally ordered."""
    from scipy.cluster.hierarchy import linkage

    return linkage(distances, method="average", optimal_ordering=True)


def cluster_order(result: pd.DataFrame) -> list:
    """The groups in the order of the leaves of their average-linkage tree.

    Args:
        result: a ``ck.group_similarity`` result or a square similarity matrix.

    Returns:
        The group labels, in the leaf order shared by :func:`similarity_heatmap`
        (top to bottom) and :func:`dendrogram`.

    Raises:
        ValueError: not a similarity table, a missing pair, fewer than 2 groups,
            or an asymmetric matrix.

    Example:
        >>> import pandas as pd
        >>> s = pd.DataFrame([[1, .2, .9], [.2, 1, .3], [.9, .3, 1]], index=list("abc"),
        ...                  columns=list("abc"))
        >>> cluster_order(s)
        ['b', 'c', 'a']
    """
    from scipy.cluster.hierarchy import leaves_list

    square, _sizes = _square(result)
    return [square.index[i] for i in leaves_list(_linkage(_distances(square)))]


@renamed_arguments(result="data")
def similarity_heatmap(
    data: pd.DataFrame,
    *,
    cluster: bool = True,
    annotate: bool = True,
    diagonal: bool = False,
    metric_label: str = "cosine",
    fmt: str = ".2f",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Annotated group x group similarity heatmap, rows and columns ordered by clustering.

    Drawn with :func:`corpuskit.plot.heatmap` (cividis colour map, annotations
    readable on every cell). With ``cluster=True`` rows and columns follow the
    leaves of the average-linkage tree on ``1 - similarity`` (see
    :mod:`corpuskit.plot.similarity`; the order of :func:`dendrogram`), so
    blocks of alike groups sit together; otherwise they keep the order of
    ``result``. The diagonal (a group with itself) is left blank unless
    ``diagonal=True``, so the colour scale spans the similarities between
    groups. Row labels carry the group's number of documents when ``result``
    has ``n_a`` (``ck.group_similarity``): a small group's centroid is noisy
    and less similar to every other.

    Args:
        data: a ``ck.group_similarity`` result (``group_a``, ``group_b``,
            ``similarity``, optionally ``n_a``) or a square similarity DataFrame
            (e.g. ``ck.similarity(m, as_matrix=True)``).
        cluster: order rows and columns by hierarchical clustering.
        annotate: write each cell's similarity in it.
        diagonal: draw the diagonal cells too.
        metric_label: the similarity measure, for the colour bar label.
        fmt: format spec of the annotations.
        title: the axes title; default says what is shown and how it is ordered.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes (as :func:`corpuskit.plot.heatmap` returns it): the image is
        ``ax.images[0]``, the annotations are Text artists with ``gid="cell"``
        in row-major order; rows top to bottom and columns left to right come
        in the same order (:func:`cluster_order` with ``cluster=True``).

    Raises:
        ValueError: not a similarity table (missing columns named), repeated
            pairs; with ``cluster=True`` also a missing pair, fewer than 2
            groups or an asymmetric matrix.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import similarity_heatmap
        >>> s = pd.DataFrame([[1, .2, .9], [.2, 1, .3], [.9, .3, 1]], index=list("abc"),
        ...                  columns=list("abc"))
        >>> ax = similarity_heatmap(s)
        >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts][:2]
        (['b', 'c', 'a'], ['0.30', '0.20'])
        >>> plt.close(ax.figure)
    """
    square, sizes = _square(data)
    if cluster:
        from scipy.cluster.hierarchy import leaves_list

        order = [square.index[i] for i in leaves_list(_linkage(_distances(square)))]
        square = square.loc[order, order]
    if not diagonal:
        values = square.to_numpy(copy=True)
        np.fill_diagonal(values, np.nan)
        square = pd.DataFrame(values, index=square.index, columns=square.columns)
    rows = [str(group) for group in square.index]
    if sizes is not None:
        rows = [f"{name} (n={int(sizes[group])})" for name, group in zip(rows, square.index)]
    table = pd.DataFrame(
        square.to_numpy(), index=rows, columns=[str(group) for group in square.columns]
    )
    if title is None:
        title = f"{metric_label.capitalize()} similarity" + (
            " (average-linkage order)" if cluster else ""
        )
    n_groups = len(table)
    _fig, ax = get_ax(ax, (max(4.5, 0.55 * n_groups + 3.2), max(3.5, 0.45 * n_groups + 1.8)))
    return heatmap(
        table,
        annotate=annotate,
        fmt=fmt,
        label=f"{metric_label} similarity",
        title=title,
        ax=ax,
    )


@renamed_arguments(result="data")
def dendrogram(
    data: pd.DataFrame,
    *,
    metric_label: str = "cosine",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Dendrogram of the groups: average linkage on ``1 - similarity``.

    The tree of :func:`similarity_heatmap` (same leaf order, top to bottom),
    drawn horizontally with scipy's ``dendrogram`` so the group names read
    left to right: the root is on the right, and the distance at which two
    branches join is read on the x axis. The cophenetic correlation (Sokal &
    Rohlf 1962), the Pearson correlation between the distances ``1 - s`` and
    the tree's merge heights, is given in the default title: near 1 the tree
    shows the similarities faithfully, lower values mean it distorts them.

    Args:
        data: a ``ck.group_similarity`` result or a square similarity
            DataFrame, as in :func:`similarity_heatmap`.
        metric_label: the similarity measure, for the axis label.
        title: the axes title; default names the linkage and the cophenetic
            correlation.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. The y tick labels are the groups (leaves) top to bottom; the
        links are ``LineCollection`` artists with ``gid="link"``.

    Raises:
        ValueError: as :func:`cluster_order`.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import dendrogram
        >>> s = pd.DataFrame([[1, .2, .9], [.2, 1, .3], [.9, .3, 1]], index=list("abc"),
        ...                  columns=list("abc"))
        >>> ax = dendrogram(s)
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['b', 'c', 'a']
        >>> plt.close(ax.figure)
    """
    from scipy.cluster import hierarchy

    square, _sizes = _square(data)
    distances = _distances(square)
    merges = _linkage(distances)
    cophenetic, _ = hierarchy.cophenet(merges, distances)
    n_leaves = len(square)
    _fig, ax = get_ax(ax, (6.5, max(2.5, 0.32 * n_leaves + 1.5)))
    before = len(ax.collections)
    hierarchy.dendrogram(
        merges,
        labels=[str(group) for group in square.index],
        orientation="right",
        ax=ax,
        link_color_func=lambda _link: PALETTE[0],
        leaf_font_size=FONT_SIZES["label"],
    )
    for links in ax.collections[before:]:
        links.set_gid("link")
        links.set_linewidth(1.4)
    ax.invert_yaxis()  # scipy puts the first leaf at the bottom: put it on top
    if title is None:
        title = (
            f"Average-linkage clustering of the groups\n(cophenetic correlation {cophenetic:.2f})"
        )
    style_axes(ax, title=title, xlabel=f"distance (1 \u2212 {metric_label} similarity)", grid="x")
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


#: what :func:`similarity` can draw
SIMILARITY_KINDS = ("heatmap", "dendrogram")


@renamed_arguments(result="data")
def similarity(
    data: pd.DataFrame,
    *,
    kind: str = "heatmap",
    metric_label: str = "cosine",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """The similarity of groups: :func:`similarity_heatmap` or :func:`dendrogram`.

    Args:
        data: a ``ck.group_similarity`` result or a square similarity DataFrame.
        kind: ``"heatmap"`` (clustered, annotated) or ``"dendrogram"``.
        metric_label: the similarity measure, for the labels.
        title: the axes title; default as the drawing function's.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`similarity_heatmap` or :func:`dendrogram` returns it.

    Raises:
        ValueError: an unknown ``kind``, or as the drawing function.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> s = pd.DataFrame([[1, .2, .9], [.2, 1, .3], [.9, .3, 1]], index=list("abc"),
        ...                  columns=list("abc"))
        >>> ax = similarity(s, kind="dendrogram")
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['b', 'c', 'a']
        >>> plt.close(ax.figure)
    """
    if kind not in SIMILARITY_KINDS:
        raise ValueError(f"kind= must be one of {SIMILARITY_KINDS}, got {kind!r}")
    draw = similarity_heatmap if kind == "heatmap" else dendrogram
    return draw(data, metric_label=metric_label, title=title, ax=ax)
