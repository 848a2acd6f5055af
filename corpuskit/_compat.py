"""Old names kept working for one release, with a warning that names the new one.

The argument policy (docs/architecture.md) renamed some arguments and
functions. Callers using an old name get a :class:`FutureWarning` (shown to
users by default, unlike ``DeprecationWarning``) saying what to write instead.

Example:
    >>> import warnings
    >>> @renamed_arguments(group="by")
    ... def share(data, *, by=None):
    ...     return by
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     share([], group="outlet")
    'outlet'
    >>> "by=" in str(caught[0].message)
    True
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: The release in which deprecated names stop working.
REMOVED_IN = "0.3"


def warn_renamed(old: str, new: str, *, where: str) -> None:
    """Warn that ``old`` is now ``new`` (in ``where``), once per call site."""
    warnings.warn(
        f"{where}: {old} is deprecated and will be removed in corpuskit {REMOVED_IN}; "
        f"use {new} instead",
        FutureWarning,
        stacklevel=3,
    )


def renamed_arguments(**renames: str) -> Callable[[F], F]:
    """Accept old keyword names (``old="new"``) with a warning, passing them on as the new ones.

    Raises ``TypeError`` when both the old and the new name are given.
    """

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(
                            f"{function.__name__}() got both {old}= (deprecated) and {new}=; "
                            f"use {new}= only"
                        )
                    warn_renamed(f"{old}=", f"{new}=", where=f"{function.__name__}()")
                    kwargs[new] = kwargs.pop(old)
            return function(*args, **kwargs)

        wrapper.__deprecated_arguments__ = dict(renames)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def deprecated_alias(function: F, old_name: str) -> F:
    """``function`` under its old public name, warning on each call."""

    @functools.wraps(function)
    def alias(*args: Any, **kwargs: Any) -> Any:
        warn_renamed(f"{old_name}()", f"{function.__name__}()", where="corpuskit")
        return function(*args, **kwargs)

    alias.__name__ = old_name
    alias.__deprecated_alias_of__ = function.__name__  # type: ignore[attr-defined]
    return alias  # type: ignore[return-value]


def keyword_only(*names: str) -> Callable[[F], F]:
    """Options that became keyword-only: still accepted by position, with a warning.

    ``names`` are the options, in their old positional order, that follow the
    positional parameters of the decorated function (whose signature now has
    them after ``*``).

    Example:
        >>> import warnings
        >>> @keyword_only("clusters")
        ... def drop(articles, *, clusters=None):
        ...     return clusters
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     drop([], "c")
        'c'
        >>> "clusters=" in str(caught[0].message)
        True
    """

    def decorate(function: F) -> F:
        positional = [
            p.name
            for p in inspect.signature(function).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if len(args) > len(positional):
                extra = args[len(positional) :]
                if len(extra) > len(names):
                    raise TypeError(
                        f"{function.__name__}() takes at most {len(positional) + len(names)} "
                        f"positional arguments ({len(args)} given); pass the options by keyword"
                    )
                for name, value in zip(names, extra):
                    if name in kwargs:
                        raise TypeError(f"{function.__name__}() got multiple values for {name}=")
                    warn_renamed(
                        f"passing {name} positionally",
                        f"{name}=",
                        where=f"{function.__name__}()",
                    )
                    kwargs[name] = value
                args = args[: len(positional)]
            return function(*args, **kwargs)

        wrapper.__positional_options__ = names  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
