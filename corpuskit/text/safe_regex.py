"""Regular expressions written by the user, run with a time budget per text.

A user's pattern (KWIC and collocation nodes with ``pattern_type="regex"`` or
compiled, ``DocTermMatrix.select(pattern=)``, report event keywords) can
backtrack catastrophically: ``(a|a)+$`` takes exponential time on
``"aaaa...ab"``. :class:`UserRegex` compiles it with the `regex
<https://pypi.org/project/regex/>`_ module (the syntax of :mod:`re`) and gives
every text :data:`TIME_BUDGET` seconds; a text that takes longer raises a
:class:`RegexTimeoutError` naming the argument, the pattern and the text (its
document, token or feature). The library's own fixed patterns (the token rule,
the counting engine) keep running on :mod:`re` at full speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import regex

from corpuskit.errors import CorpuskitError

__all__ = ["TIME_BUDGET", "RegexTimeoutError", "UserRegex"]

#: Seconds one user pattern may take on one text (a document, token or feature).
TIME_BUDGET = 1.0
_FLAG_NAMES = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII", "LOCALE")
_PREVIEW = 60


class RegexTimeoutError(CorpuskitError, ValueError):
    """A user's regular expression took longer than :data:`TIME_BUDGET` on one text."""


def _regex_flags(flags: int) -> int:
    """:mod:`re` flags as the `regex` module's (``ASCII`` has another value there)."""
    return sum(getattr(regex, name) for name in _FLAG_NAMES if flags & getattr(re, name))


def _preview(text: str) -> str:
    return repr(text if len(text) <= _PREVIEW else text[:_PREVIEW] + "...")


class UserRegex:
    """A user's regular expression, run with :data:`TIME_BUDGET` seconds per text.

    Args:
        pattern: the expression (:mod:`re` syntax), or a compiled :class:`re.Pattern`
            (its flags are kept).
        argument: the argument that gave it, for messages (``"pattern="``).
        flags: :mod:`re` flags (``re.IGNORECASE``, ...).
        label: the pattern as the user wrote it, for messages (default ``pattern``),
            when ``pattern`` wraps it (``rf"\\b(?:{keyword})\\b"``).

    Raises:
        ValueError: the pattern does not compile; the message names the argument.

    Example:
        >>> words = UserRegex("liberat.*", argument="pattern=", flags=re.IGNORECASE)
        >>> words.fullmatches(["Liberated", "freed"]).tolist()
        [True, False]
    """

    def __init__(
        self,
        pattern: str | re.Pattern[str],
        *,
        argument: str,
        flags: int = 0,
        label: str | None = None,
    ) -> None:
        if isinstance(pattern, re.Pattern):
            pattern, flags = pattern.pattern, pattern.flags | flags
        self.argument = argument
        self.label = pattern if label is None else label
        try:
            self._compiled = regex.compile(pattern, _regex_flags(flags))
        except (regex.error, re.error) as error:
            raise ValueError(
                f"{argument} {self.label!r} is not a valid regular expression ({error})"
            ) from error

    def fullmatch(self, text: str, *, place: str = "a text") -> regex.Match | None:
        """The match of the whole of ``text`` (``re.fullmatch``), within the time budget.

        Args:
            text: the text.
            place: where ``text`` comes from, for messages (``"document 'd7'"``).

        Raises:
            RegexTimeoutError: ``text`` took longer than :data:`TIME_BUDGET`.
        """
        return self._run(self._compiled.fullmatch, text, place)

    def search(self, text: str, *, place: str = "a text") -> regex.Match | None:
        """The first match in ``text`` (``re.search``); see :meth:`fullmatch`."""
        return self._run(self._compiled.search, text, place)

    def fullmatches(
        self, texts: Sequence[str], *, name: Callable[[int], str] | None = None
    ) -> np.ndarray:
        """Whether each text matches the whole pattern (:meth:`fullmatch`).

        Args:
            texts: the texts.
            name: gives the place of text ``i`` for messages (``"document 'd7'"``).

        Returns:
            A boolean array, one entry per text.

        Raises:
            RegexTimeoutError: a text took longer than :data:`TIME_BUDGET`.
        """
        return self._each(self._compiled.fullmatch, texts, name)

    def searches(
        self, texts: Sequence[str], *, name: Callable[[int], str] | None = None
    ) -> np.ndarray:
        """Whether the pattern occurs in each text (:meth:`search`); see :meth:`fullmatches`."""
        return self._each(self._compiled.search, texts, name)

    def _each(
        self, method: Callable, texts: Sequence[str], name: Callable[[int], str] | None
    ) -> np.ndarray:
        found = np.zeros(len(texts), dtype=bool)
        for i, text in enumerate(texts):
            try:
                found[i] = method(text, timeout=TIME_BUDGET) is not None
            except TimeoutError:
                raise self._timeout(text, name(i) if name is not None else f"text {i}") from None
        return found

    def _run(self, method: Callable, text: str, place: str) -> regex.Match | None:
        try:
            return method(text, timeout=TIME_BUDGET)
        except TimeoutError:
            raise self._timeout(text, place) from None

    def _timeout(self, text: str, place: str) -> RegexTimeoutError:
        return RegexTimeoutError(
            f"{self.argument} {self.label!r} took more than {TIME_BUDGET:g} s on {place} "
            f"({_preview(text)}): it backtracks catastrophically; rewrite it without "
            "nested or overlapping repeats such as (a+)+ or (a|a)+ "
            "(corpuskit.text.safe_regex.TIME_BUDGET sets the budget)"
        )
