"""The old way in, kept for one release: a pandas verb given a Dask DataFrame.

``ck.dtm(ddf)``, ``ck.lookup(ddf, ...)``, ... (every verb of
:data:`~corpuskit.scale.table.ANALYSES` with ``dispatch=True``) still run on
Dask, with a ``FutureWarning`` naming the new way in, ``ck.dask.<verb>``. The
pandas functions themselves know nothing of Dask: the facade
(``corpuskit/__init__.py``) wraps them with :func:`facade` when it exports
them. This module does not import Dask nor the analyses: the facade passes
``dask_verbs``, which imports the ``ck.dask`` namespace (and through it every
analysis) on the first Dask call only.

Example:
    >>> import pandas as pd
    >>> from corpuskit.docterm import dtm
    >>> wrapped = facade("dtm", dtm, dask_verbs=lambda: None)
    >>> wrapped(pd.Series(["Aleppo shelled."])).features.tolist()
    ['aleppo', 'shelled']
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from corpuskit._compat import warn_renamed
from corpuskit.scale import is_dask
from corpuskit.scale.table import ANALYSES

__all__ = ["DISPATCHED", "facade"]

#: The verbs whose pandas function, given a Dask DataFrame, still runs on Dask.
DISPATCHED: dict[str, tuple[str, ...]] = {a.verb: a.drop for a in ANALYSES if a.dispatch}


def facade(name: str, value: Any, *, dask_verbs: Callable[[], Any]) -> Any:
    """``value`` as the facade exports ``ck.<name>``: wrapped when it is a dispatched verb.

    Args:
        name: the public name.
        value: the object the facade found for it.
        dask_verbs: returns the ``ck.dask`` namespace (:mod:`corpuskit.scale.verbs`),
            called on a Dask collection only, so that exporting a verb imports
            no analysis.

    Returns:
        ``value`` itself, or for a verb of :data:`DISPATCHED` a function with
        its signature and documentation (``functools.wraps``) that calls it on
        pandas data and ``ck.dask.<name>`` on a Dask collection, warning.
    """
    if name not in DISPATCHED or not callable(value):
        return value
    first = next(iter(inspect.signature(value).parameters))
    dropped = DISPATCHED[name]

    @functools.wraps(value)
    def dask_aware(*args: Any, **kwargs: Any) -> Any:
        if is_dask(args[0] if args else kwargs.get(first)):
            warn_renamed(f"ck.{name}() on a Dask DataFrame", f"ck.dask.{name}()", where="corpuskit")
            for option in dropped:
                kwargs.pop(option, None)
            return getattr(dask_verbs(), name)(*args, **kwargs)
        return value(*args, **kwargs)

    return dask_aware
