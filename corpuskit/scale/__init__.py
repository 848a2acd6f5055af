"""Run corpuskit on Dask: the same analyses on a laptop cluster or a real one.

Importing this package does not import Dask: :func:`is_dask` only looks at the
type of an object, so the pandas entry points (``ck.dtm``, ``ck.lookup``, ...)
can ask it cheaply and hand Dask DataFrames to :mod:`corpuskit.scale.analyses`.

* :mod:`corpuskit.scale.read`: :func:`~corpuskit.scale.read.read_articles_dask`;
* :mod:`corpuskit.scale.counting`: :func:`~corpuskit.scale.counting.dtm_dask` and
  :func:`~corpuskit.scale.counting.group_counts_dask`;
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
