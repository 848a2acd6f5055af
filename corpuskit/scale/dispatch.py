"""The old way in, kept for one release: a pandas verb given a Dask DataFrame.

``ck.dtm(ddf)``, ``ck.lookup(ddf, ...)``, ... (every verb of
:data:`~corpuskit.scale.table.ANALYSES` with ``dispatch=True``) still run on
Dask, with a ``FutureWarning`` naming the new way in, ``ck.dask.<verb>``. The
pandas functions themselves know nothing of Dask: the facade
(``corpuskit/__init__.py``) wraps them with :func:`facade` when it exports
them. This module does not import Dask nor the analyses; the ``ck.dask``
namespace is imported on the first Dask call.

Example:
    >>> import pandas as pd
    >>> from corpuskit.docterm import dtm
    >>> facade("dtm", dtm)(pd.Series(["Aleppo shelled."])).features.tolist()
    ['aleppo', 'shelled']
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

from corpuskit._compat import warn_renamed
from corpuskit.scale import is_dask, verbs
from corpuskit.scale.table import ANALYSES

__all__ = ["DISPATCHED", "facade"]

#: The verbs whose pandas function, given a Dask DataFrame, still runs on Dask.
DISPATCHED: dict[str, tuple[str, ...]] = {a.verb: a.drop for a in ANALYSES if a.dispatch}


def facade(name: str, value: Any) -> Any:
    """``value`` as the facade exports ``ck.<name>``: wrapped when it is a dispatched verb.

    Args:
        name: the public name.
        value: the object the facade found for it.

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
            return getattr(verbs, name)(*args, **kwargs)
        return value(*args, **kwargs)

    return dask_aware
