"""The one table of analyses that run on Dask: each ``ck.dask`` verb and its pandas twin.

Every row names a verb of the ``ck.dask`` namespace (:mod:`corpuskit.scale.verbs`),
the pandas function it mirrors (its signature and documentation are derived
from it) and the implementation in :mod:`corpuskit.scale` that runs it on a
Dask DataFrame. Functions are named as ``"module:function"`` strings, so this
table imports nothing: the facade (:mod:`corpuskit.scale.dispatch`) reads it
without loading any analysis.

Example:
    >>> [a.verb for a in ANALYSES if a.pandas is None]
    ['group_counts']
    >>> analysis("dtm").drop
    ('n_jobs',)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANALYSES", "Analysis", "analysis"]


@dataclass(frozen=True)
class Analysis:
    """One analysis on Dask.

    Attributes:
        verb: its name in ``ck.dask`` (and in ``ck`` for the pandas twin).
        pandas: the pandas function (``"module:function"``) whose signature
            and documentation the verb takes, or ``None`` for an analysis
            that exists on Dask only (the verb then takes ``run``'s).
        run: the Dask implementation (``"module:function"``): called with
            the pandas function's arguments (defaults applied) and its own
            options.
        note: how it runs on Dask, one sentence for the verb's docstring.
        drop: options of the pandas function that do not apply on Dask.
        dispatch: whether ``ck.<verb>(ddf)`` (a Dask DataFrame given to the
            pandas function) still reaches this verb, with a ``FutureWarning``.
    """

    verb: str
    pandas: str | None
    run: str
    note: str
    drop: tuple[str, ...] = ()
    dispatch: bool = True


_ANALYSES = "corpuskit.scale.analyses"

#: Every analysis that runs on Dask, in the order of ``ck.dask``'s documentation.
ANALYSES: tuple[Analysis, ...] = (
    Analysis(
        "read_articles",
        "corpuskit.io.read:read_articles",
        "corpuskit.scale.read:read_articles_dask",
        "the files are read in partitions of about ``blocksize`` bytes, each by "
        "``ck.read_articles`` on a worker; the result is a lazy Dask DataFrame",
        dispatch=False,
    ),
    Analysis(
        "load_report",
        "corpuskit.io.report:load_report",
        "corpuskit.scale.read:load_report_dask",
        "the partitions are computed and their load reports merged in order",
    ),
    Analysis(
        "dtm",
        "corpuskit.docterm:dtm",
        "corpuskit.scale.counting:dtm_dask",
        "each partition is counted once on a worker; a two-pass vocabulary (or hashing) "
        "gives the matrix of ``ddf.compute()``, stacked or written in parts (``path=``)",
        drop=("n_jobs",),
    ),
    Analysis(
        "group_counts",
        None,
        "corpuskit.scale.counting:group_counts_dask",
        "each partition is counted and summed per group on a worker, so the documents x "
        "features matrix is never built",
        dispatch=False,
    ),
    Analysis(
        "lookup",
        "corpuskit.lexicons.lookup:lookup",
        f"{_ANALYSES}:lookup_dask",
        "it runs on every partition and the results are concatenated in order (computed)",
    ),
    Analysis(
        "frames",
        "corpuskit.framing.scores:frames",
        f"{_ANALYSES}:frames_dask",
        "it runs on every partition and the results are concatenated in order (computed)",
    ),
    Analysis(
        "agency",
        "corpuskit.framing.agency:agency",
        f"{_ANALYSES}:agency_dask",
        "it runs on every partition and the results are concatenated in order (computed)",
    ),
    Analysis(
        "quotes",
        "corpuskit.voices.quotes:quotes",
        f"{_ANALYSES}:quotes_dask",
        "it runs on every partition and the results are concatenated in order (computed)",
    ),
    Analysis(
        "mentions",
        "corpuskit.voices.targets:mentions",
        f"{_ANALYSES}:mentions_dask",
        "it runs on every partition and the results are concatenated in order (computed)",
    ),
    Analysis(
        "kwic",
        "corpuskit.compare.kwic:kwic",
        f"{_ANALYSES}:kwic_dask",
        "it runs on every partition; the concordances are joined in text order, then sorted",
    ),
    Analysis(
        "naming",
        "corpuskit.framing.naming:naming",
        f"{_ANALYSES}:naming_dask",
        "the label counts of every document are computed on the workers, then the "
        "statistics run on that table (the same ``seed`` gives the pandas result)",
        drop=("n_jobs",),
    ),
)


def analysis(verb: str) -> Analysis:
    """The row of ``verb``.

    Raises:
        KeyError: ``verb`` is not an analysis on Dask.
    """
    for row in ANALYSES:
        if row.verb == verb:
            return row
    raise KeyError(f"no analysis {verb!r} on Dask; there are {[a.verb for a in ANALYSES]}")
