"""Progress bars that show in Jupyter and terminals, and stay quiet elsewhere."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress_enabled(show: bool | None = None) -> bool:
    """Whether to draw a progress bar.

    Args:
        show: ``True`` or ``False`` forces the choice; ``None`` (default) shows a
            bar only in an interactive session (a TTY or a Jupyter kernel) and
            never when ``CORPUSKIT_PROGRESS=0``.

    Returns:
        ``True`` when a bar should be drawn.
    """
    if show is not None:
        return bool(show)
    if os.environ.get("CORPUSKIT_PROGRESS", "") == "0":
        return False
    if "ipykernel" in sys.modules:
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def progress(
    iterable: Iterable[T], *, total: int | None = None, desc: str = "", show: bool | None = None
) -> Iterator[T]:
    """Wrap ``iterable`` in a ``tqdm.auto`` bar when :func:`progress_enabled`.

    Example:
        >>> list(progress(range(3), desc="demo", show=False))
        [0, 1, 2]
    """
    if not progress_enabled(show):
        yield from iterable
        return
    from tqdm.auto import tqdm

    yield from tqdm(iterable, total=total, desc=desc, leave=False)
