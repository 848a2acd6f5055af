"""Run corpuskit on Dask: the same analyses on a laptop cluster or a real one.

The outer layer: it imports the pandas analyses, none of them imports it.
Users call it as ``ck.dask.<verb>`` (:mod:`corpuskit.scale.verbs`), one verb
per analysis, each built from its row of the one table
(:mod:`corpuskit.scale.table`): the pandas twin's signature and documentation,
the Dask implementation below. Importing this package imports neither Dask
nor the analyses; :func:`is_dask` only looks at the type of an object.

* :mod:`corpuskit.scale.table`: the table of analyses on Dask;
* :mod:`corpuskit.scale.verbs`: the ``ck.dask`` namespace built from it;
* :mod:`corpuskit.scale.dispatch`: ``ck.dtm(ddf)`` and the other old ways
  in, kept for one release with a ``FutureWarning``;
* :mod:`corpuskit.scale.read`: :func:`~corpuskit.scale.read.read_articles_dask`
  and :func:`~corpuskit.scale.read.load_report_dask`;
* :mod:`corpuskit.scale.counting`: :func:`~corpuskit.scale.counting.dtm_dask`
  (two-pass vocabulary or hashing);
* :mod:`corpuskit.scale.groups`: :func:`~corpuskit.scale.groups.group_counts_dask`
  and :func:`~corpuskit.scale.groups.sum_groups`;
* :mod:`corpuskit.scale.partitions`: what counting on partitions shares;
* :mod:`corpuskit.scale.parts`: :class:`~corpuskit.scale.parts.DocTermParts`,
  a matrix written in parts;
* :mod:`corpuskit.scale.analyses`: the Dask versions of the row-wise analyses;
* :mod:`corpuskit.scale.cluster`: :func:`~corpuskit.scale.cluster.client` and
  progress reporting.

``docs/scaling.md`` tells how to run them on a cluster.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_dask"]


def is_dask(obj: Any) -> bool:
    """Whether ``obj`` is a Dask collection (a Dask DataFrame, Series, Bag, ...).

    Looks at the object's type only, so it never imports Dask.

    Args:
        obj: anything.

    Returns:
        ``True`` for an object of a class defined in a ``dask`` module.

    Example:
        >>> import pandas as pd
        >>> is_dask(pd.DataFrame())
        False
    """
    module = type(obj).__module__ or ""
    return module.split(".")[0] == "dask" and hasattr(obj, "__dask_graph__")
