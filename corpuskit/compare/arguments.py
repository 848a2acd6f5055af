"""Options that became keyword-only keep working positionally for one release, with a warning.

The argument policy (docs/architecture.md) makes every option after the first
argument keyword-only. A call that still passes one positionally gets a
:class:`FutureWarning` (through :func:`corpuskit._compat.warn_renamed`)
naming the keyword to write instead.

Example:
    >>> import warnings
    >>> @positional_options("statistic")
    ... def summary(dtm, *, statistic="mean"):
    ...     return statistic
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     summary(None, "median")
    'median'
    >>> "statistic=" in str(caught[0].message)
    True
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from corpuskit._compat import warn_renamed

F = TypeVar("F", bound=Callable[..., Any])


def positional_options(*names: str) -> Callable[[F], F]:
    """Accept ``names`` (keyword-only options) positionally after the first argument, warning."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(first: Any, *args: Any, **kwargs: Any) -> Any:
            if len(args) > len(names):
                raise TypeError(
                    f"{function.__name__}() takes 1 positional argument "
                    f"({len(args) + 1} given); pass the options by keyword"
                )
            for name, value in zip(names, args):
                if name in kwargs:
                    raise TypeError(f"{function.__name__}() got multiple values for {name}=")
                warn_renamed(
                    f"passing {name} positionally",
                    f"{name}=",
                    where=f"{function.__name__}()",
                )
                kwargs[name] = value
            return function(first, **kwargs)

        wrapper.__positional_options__ = names  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
