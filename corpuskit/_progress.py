"""Progress bars that inform: only for long jobs of many steps, one at a time.

Every long loop of corpuskit goes through :func:`progress`. By default
(``show=None``) a bar is drawn only

- in an interactive session (a terminal or a Jupyter kernel), never with
  ``CORPUSKIT_PROGRESS=0`` (set it when executing notebooks or in CI);
- for a job of at least :data:`MIN_STEPS` steps (a bootstrap done in one
  chunk draws nothing);
- once the job has run :data:`DELAY` seconds (tqdm's ``delay``): quick jobs
  leave no output behind;
- when no other bar is running further up the call stack, and in the main
  thread: nested loops (the analyses of a report, the partitions of a Dask
  job) draw one bar, the outer one.

``show=True`` draws a bar at once, in any session (still one bar at a time,
and not for fewer than :data:`MIN_STEPS` steps); ``show=False`` never draws.
In Jupyter the bar is tqdm's widget when ``ipywidgets`` is installed (the
``jupyter`` extra), else tqdm's text bar, without tqdm's "IProgress not found"
warning. Bars are removed when their job ends (``leave=False``).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

from tqdm.std import tqdm as text_bar

T = TypeVar("T")

#: a job of fewer steps draws no bar
MIN_STEPS = 5
#: seconds a job runs before its bar appears (with ``show=None``)
DELAY = 2.0

_running = threading.local()


def _stack_ids() -> set[int]:
    frame: FrameType | None = sys._getframe(1)
    ids = set()
    while frame is not None:
        ids.add(id(frame))
        frame = frame.f_back
    return ids


def bar_running() -> bool:
    """Whether a bar was started further up this thread's call stack.

    A loop abandoned by an exception (or an interrupted cell) does not count:
    only the frames still on the stack do.

    Example:
        >>> bar_running()
        False
    """
    live = _stack_ids()
    owners = [frame for frame in getattr(_running, "owners", []) if id(frame) in live]
    _running.owners = owners
    return bool(owners)


@contextmanager
def bar_scope(owner: FrameType) -> Iterator[None]:
    """Mark a bar as running while ``owner`` (the frame that runs the job) is on the stack.

    Example:
        >>> import sys
        >>> with bar_scope(sys._getframe()):
        ...     bar_running()
        True
    """
    _running.owners = [*getattr(_running, "owners", []), owner]
    try:
        yield
    finally:
        _running.owners = [frame for frame in _running.owners if frame is not owner]


def progress_enabled(show: bool | None = None) -> bool:
    """Whether a bar may be drawn now.

    Args:
        show: ``False`` never; ``True`` in any session; ``None`` (default) only
            in an interactive session (a TTY or a Jupyter kernel), in the main
            thread (not in the tasks of a Dask or thread pool), and never when
            ``CORPUSKIT_PROGRESS=0``. In every case not while another bar runs
            further up the call stack (see :func:`bar_running`).

    Returns:
        ``True`` when a bar may be drawn.

    Example:
        >>> progress_enabled(False)
        False
    """
    if show is False or bar_running():
        return False
    if show:
        return True
    if os.environ.get("CORPUSKIT_PROGRESS", "") == "0":
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if "ipykernel" in sys.modules:
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def in_jupyter() -> bool:
    """Whether this is a Jupyter kernel (where tqdm's widget bar can show).

    Example:
        >>> isinstance(in_jupyter(), bool)
        True
    """
    return "ipykernel.zmqshell" in sys.modules


def widgets_available() -> bool:
    """Whether tqdm's widget bar can be drawn: ``ipywidgets`` imports (the ``jupyter`` extra).

    Example:
        >>> isinstance(widgets_available(), bool)
        True
    """
    try:
        import ipywidgets  # noqa: F401
        from tqdm.notebook import IProgress
    except ImportError:
        return False
    return IProgress is not None


def update_interval() -> float:
    """Seconds between redraws of a text bar: 1 in Jupyter (each redraw is an output), else 0.1.

    Example:
        >>> update_interval() in (0.1, 1.0)
        True
    """
    return 1.0 if in_jupyter() else 0.1


def bar_class() -> type:
    """tqdm's widget bar in Jupyter with ``ipywidgets``, else its text bar; never a warning.

    ``tqdm.auto`` warns ("IProgress not found") in Jupyter without
    ``ipywidgets``; this falls back to the text bar silently instead.

    Example:
        >>> import tqdm
        >>> issubclass(bar_class(), tqdm.std.tqdm)
        True
    """
    if in_jupyter() and widgets_available():
        from tqdm.notebook import tqdm as widget_bar

        return widget_bar
    return text_bar


def _steps(iterable: Iterable[Any], total: int | None) -> int | None:
    if total is not None:
        return total
    try:
        return len(iterable)  # type: ignore[arg-type]
    except TypeError:
        return None


def progress(
    iterable: Iterable[T], *, total: int | None = None, desc: str = "", show: bool | None = None
) -> Iterator[T]:
    """Iterate over ``iterable``, with a progress bar when the job is worth one.

    See the module docstring for when a bar is drawn.

    Args:
        iterable: the steps of the job.
        total: the number of steps (default ``len(iterable)`` when it has one).
        desc: the bar's label.
        show: ``True`` draws at once, ``False`` never, ``None`` when interactive
            and after :data:`DELAY` seconds.

    Example:
        >>> list(progress(range(3), desc="demo", show=False))
        [0, 1, 2]
    """
    steps = _steps(iterable, total)
    if (steps is not None and steps < MIN_STEPS) or not progress_enabled(show):
        yield from iterable
        return
    delay = 0.0 if show else DELAY
    # the frame that iterates (the generator runs in it) owns the bar while it loops
    owner = sys._getframe(1)
    with bar_scope(owner):
        yield from bar_class()(
            iterable,
            total=steps,
            desc=desc,
            leave=False,
            delay=delay,
            mininterval=update_interval(),
        )
