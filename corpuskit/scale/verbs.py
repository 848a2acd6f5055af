"""``ck.dask``: one verb per analysis on a Dask DataFrame, built from one table.

``ck.dask.dtm(ddf, ...)``, ``ck.dask.lookup(ddf, dictionary, ...)``, ... take
the arguments of their pandas twins (``ck.dtm``, ``ck.lookup``, ...) and give
the pandas result of ``ddf.compute()`` (``ck.dask.read_articles`` gives a lazy
Dask DataFrame). Each verb is made by :func:`verb` from its row of
:data:`corpuskit.scale.table.ANALYSES`: its signature is the pandas
function's (``inspect.signature``), less the options that do not apply on
Dask, plus the Dask implementation's own options (``progress=``, ``path=``,
...); its docstring is the pandas function's with a note on how it runs on
Dask. Nothing is copied by hand, so a new option of a pandas function is an
option of its verb.

Importing this module imports the analyses it mirrors, not Dask.

Example:
    >>> import inspect
    >>> list(inspect.signature(dtm).parameters)[-6:]
    ['progress', 'vocabulary', 'n_features', 'max_nnz', 'path', 'overwrite']
    >>> "n_jobs" in inspect.signature(dtm).parameters
    False
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

from corpuskit._compat import deprecated_alias
from corpuskit.scale.table import Analysis, analysis

__all__ = [
    "agency",
    "dtm",
    "frames",
    "group_counts",
    "kwic",
    "load_report",
    "lookup",
    "mentions",
    "naming",
    "quotes",
    "read_articles",
    "verb",
]

_UNSUPPORTED = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


def _function(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _dotted(path: str) -> str:
    return path.replace(":", ".")


def _signature(
    base: Callable[..., Any], run: Callable[..., Any], row: Analysis
) -> inspect.Signature:
    """``base``'s parameters less ``row.drop``, then ``run``'s own options (keyword-only)."""
    kept = [
        p
        for p in inspect.signature(base).parameters.values()
        if p.name not in row.drop and p.kind not in _UNSUPPORTED
    ]
    names = {p.name for p in kept}
    own = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for p in list(inspect.signature(run).parameters.values())[1:]
        if p.name not in names and p.kind not in _UNSUPPORTED
    ]
    return inspect.Signature(
        [*kept, *own], return_annotation=inspect.signature(run).return_annotation
    )


def _docstring(base: Callable[..., Any], row: Analysis, own: list[str]) -> str:
    """The pandas twin's documentation (without its pandas example), with a note on Dask."""
    text = inspect.cleandoc(base.__doc__ or "")
    summary, _, body = text.partition("\n")
    body = body.split("\nExample:")[0].split("\nExamples:")[0].strip()
    twin = f":func:`{_dotted(row.pandas)}`" if row.pandas else "this analysis"
    extra = f" Options of Dask only: {', '.join(f'``{name}=``' for name in own)}." if own else ""
    dropped = f" Not on Dask: {', '.join(f'``{name}=``' for name in row.drop)}." if row.drop else ""
    note = (
        f"On a Dask DataFrame: {row.note}. This is {twin} run on Dask by "
        f":func:`{_dotted(row.run)}`, which documents the Dask options and has an "
        f"example.{extra}{dropped}"
    )
    return "\n\n".join(part for part in (summary, note, body) if part) + "\n"


def verb(name: str) -> Callable[..., Any]:
    """The ``ck.dask`` verb ``name``, made from its row of the table of analyses.

    Args:
        name: a verb of :data:`~corpuskit.scale.table.ANALYSES` (``"dtm"``, ...).

    Returns:
        A function with the pandas twin's signature (less the options that do
        not apply on Dask, plus the Dask options) that checks its arguments
        against it, applies the pandas defaults and calls the implementation.

    Example:
        >>> inspect.signature(verb("mentions"))
        <Signature (articles: 'pd.DataFrame', *, targets: 'Targets | Mapping[str, Any] | str | \
Path | None' = None, unit: 'str' = 'sentence', text_column: 'str' = 'text', progress: 'bool | \
None' = None) -> 'pd.DataFrame'>
    """
    row = analysis(name)
    run = _function(row.run)
    base = run if row.pandas is None else _function(row.pandas)
    signature = _signature(base, run, row)
    own = [p for p in signature.parameters if p not in inspect.signature(base).parameters]

    def call(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return run(*bound.args, **bound.kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = __name__
    call.__doc__ = _docstring(base, row, own)
    call.__signature__ = signature  # type: ignore[attr-defined]
    call.__dask_analysis__ = row  # type: ignore[attr-defined]
    return call


def _renamed(old: str, new: Callable[..., Any]) -> Callable[..., Any]:
    """``ck.<old>`` (``ck.dtm_dask``, ...): ``new``, warning that names ``ck.dask.<verb>``."""
    named = verb(new.__name__)
    named.__name__ = f"ck.dask.{new.__name__}"
    alias = deprecated_alias(named, old)
    alias.__module__ = __name__
    return alias


read_articles = verb("read_articles")
"""``ck.read_articles`` lazily, on Dask (:func:`~corpuskit.scale.read.read_articles_dask`)."""
load_report = verb("load_report")
"""``ck.load_report`` of a Dask DataFrame (:func:`~corpuskit.scale.read.load_report_dask`)."""
dtm = verb("dtm")
"""``ck.dtm`` on a Dask DataFrame (:func:`~corpuskit.scale.counting.dtm_dask`)."""
group_counts = verb("group_counts")
"""Counts per group on Dask (:func:`~corpuskit.scale.groups.group_counts_dask`)."""
lookup = verb("lookup")
"""``ck.lookup`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.lookup_dask`)."""
frames = verb("frames")
"""``ck.frames`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.frames_dask`)."""
agency = verb("agency")
"""``ck.agency`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.agency_dask`)."""
quotes = verb("quotes")
"""``ck.quotes`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.quotes_dask`)."""
mentions = verb("mentions")
"""``ck.mentions`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.mentions_dask`)."""
kwic = verb("kwic")
"""``ck.kwic`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.kwic_dask`)."""
naming = verb("naming")
"""``ck.naming`` on a Dask DataFrame (:func:`~corpuskit.scale.analyses.naming_dask`)."""

read_articles_dask = _renamed("read_articles_dask", read_articles)
"""Deprecated name of ``ck.dask.read_articles`` (a ``FutureWarning``), for one release."""
dtm_dask = _renamed("dtm_dask", dtm)
"""Deprecated name of ``ck.dask.dtm`` (a ``FutureWarning``), for one release."""
group_counts_dask = _renamed("group_counts_dask", group_counts)
"""Deprecated name of ``ck.dask.group_counts`` (a ``FutureWarning``), for one release."""
