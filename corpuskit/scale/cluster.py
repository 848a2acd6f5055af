"""Connect to a Dask cluster, and compute with corpuskit's progress convention.

:func:`client` starts a :class:`distributed.LocalCluster` on this machine or
connects to a running scheduler. :func:`compute` computes Dask collections with
a progress bar that follows corpuskit's ``show=`` convention
(:func:`corpuskit._progress.progress_enabled`): ``distributed.progress`` when a
distributed client is active, ``dask.diagnostics.ProgressBar`` otherwise.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from corpuskit._progress import (
    DELAY,
    bar_scope,
    in_jupyter,
    progress_enabled,
    update_interval,
    widgets_available,
)

__all__ = ["client", "compute", "persist"]


def client(
    address: str | None = None,
    *,
    n_workers: int | None = None,
    threads_per_worker: int = 1,
    **cluster_options: Any,
) -> Any:
    """A ``distributed.Client``: to a running scheduler, or to a new local cluster.

    Every later Dask computation in the session (``ck.dask.dtm(ddf)``, ...) runs on
    it. Close it with ``client.close()`` (and, for a local cluster,
    ``client.cluster.close()``), or use it as a context manager.

    Args:
        address: the scheduler's address (``"tcp://10.0.0.5:8786"``); ``None``
            starts a :class:`distributed.LocalCluster` of worker processes.
        n_workers: local worker processes; ``None``: one per core. Only without
            ``address``.
        threads_per_worker: threads per local worker. corpuskit's counting and
            matching hold the GIL most of the time, so 1 (the default) with more
            processes is faster than threads.
        **cluster_options: passed to :class:`distributed.LocalCluster`
            (``memory_limit="4GB"``, ``dashboard_address=":8787"``, ...).

    Returns:
        A ``distributed.Client``.

    Raises:
        ImportError: when ``distributed`` is not installed (``pip install 'corpuskit[dask]'``).
        ValueError: for ``n_workers``/``cluster_options`` with an ``address``, or
            ``n_workers``/``threads_per_worker`` below 1.

    Example:
        Two local workers, or a cluster's scheduler::

            import corpuskit as ck
            with ck.client(n_workers=2) as c:
                m = ck.dask.dtm(ck.dask.read_articles("corpus/*.parquet"))
            c.cluster.close()
            ck.client("tcp://scheduler.example:8786")
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ImportError(
            "corpuskit on a cluster needs Dask: pip install 'corpuskit[dask]'"
        ) from error
    if address is not None:
        if n_workers is not None or cluster_options:
            raise ValueError(
                "n_workers= and cluster options describe a local cluster; with address= the "
                "scheduler's cluster is used as it is"
            )
        return Client(address)
    for name, value in (("n_workers", n_workers), ("threads_per_worker", threads_per_worker)):
        if value is not None and (not isinstance(value, int) or value < 1):
            raise ValueError(f"{name}= must be an integer >= 1, got {value!r}")
    cluster_options.setdefault("processes", True)
    cluster = LocalCluster(
        n_workers=n_workers or os.cpu_count() or 1,
        threads_per_worker=threads_per_worker,
        **cluster_options,
    )
    return Client(cluster)


def active_client() -> Any:
    """The active ``distributed.Client``, or ``None`` (also when distributed is missing)."""
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:
        return None


def compute(*collections: Any, show: bool | None = None) -> tuple[Any, ...]:
    """Compute Dask collections (or delayed objects), with a progress bar when wanted.

    Args:
        *collections: Dask collections or ``dask.delayed`` objects.
        show: ``True``/``False`` forces the bar; ``None`` shows it only in an
            interactive session, once the job has run 2 seconds (see
            :mod:`corpuskit._progress`). On a distributed client the bar is
            ``distributed.progress`` (a widget in Jupyter with ``ipywidgets``,
            else text); otherwise ``dask.diagnostics.ProgressBar``.

    Returns:
        The computed results, one per collection, as ``dask.compute`` gives them.

    Example:
        >>> import dask
        >>> compute(dask.delayed(sum)([1, 2]), show=False)
        (3,)
    """
    return _run("compute", collections, show)


def persist(*collections: Any, show: bool | None = None) -> tuple[Any, ...]:
    """Compute Dask collections and keep the results where they are (on the workers).

    Like :func:`compute` (same progress bar), but returns collections whose
    results stay in the workers' memory (or the local process without a
    distributed client), for later computations to reuse.

    Args:
        *collections: Dask collections or ``dask.delayed`` objects.
        show: as in :func:`compute`.

    Returns:
        The persisted collections, one per argument.

    Example:
        >>> import dask
        >>> (kept,) = persist(dask.delayed(sum)([1, 2]), show=False)
        >>> kept.compute()
        3
    """
    return _run("persist", collections, show)


def _run(verb: str, collections: tuple[Any, ...], show: bool | None) -> tuple[Any, ...]:
    """``dask.compute`` or ``dask.persist`` (``verb``), with a progress bar when wanted.

    With ``show=None`` the bar appears only once the job has run
    :data:`corpuskit._progress.DELAY` seconds; a quick job prints nothing.
    Corpuskit's own bars inside the job are not drawn (one bar per call).
    """
    import dask

    local = getattr(dask, verb)
    if not progress_enabled(show):
        return local(*collections)
    delay = 0.0 if show else DELAY
    with bar_scope(sys._getframe()):
        running = active_client()
        if running is not None:
            return _run_distributed(running, verb, collections, delay)
        from dask.diagnostics import ProgressBar

        with ProgressBar(minimum=delay, dt=update_interval()):
            return local(*collections)


def _run_distributed(
    running: Any, verb: str, collections: tuple[Any, ...], delay: float
) -> tuple[Any, ...]:
    """Submit to the client; draw ``distributed.progress`` if the job outlasts ``delay``."""
    from distributed import progress, wait

    futures = getattr(running, verb)(list(collections))
    if not _done_within(futures, delay):
        # the widget in Jupyter with ipywidgets (one output), else text
        widget = in_jupyter() and widgets_available()
        progress(futures, notebook=widget, interval=f"{update_interval()}s")
    if verb == "compute":
        return tuple(running.gather(futures))
    wait(futures)
    return tuple(futures)


def _done_within(futures: list[Any], seconds: float) -> bool:
    """Whether every future finishes within ``seconds`` (``False`` at once for 0)."""
    from distributed import wait

    if seconds <= 0:
        return False
    try:
        wait(futures, timeout=seconds)
    except TimeoutError:
        return False
    return True
