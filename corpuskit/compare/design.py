"""Whether the sides of a comparison are large enough to carry it.

Every comparison of groups of documents (keyness, frame prevalence and the
double standard, naming, agency, quotes, stance, group similarity) estimates
each side from its documents. With fewer than :data:`MIN_DOCS` documents on a
side, a word from one article reaches significance, a share moves by tens of
points when one article is left out, and a document bootstrap cannot show
variation that the side does not contain. So every comparison calls
:func:`check_sides`, which warns with a :class:`~corpuskit.errors.SmallSampleWarning`
naming the analysis and the sides' sizes; the report writes the warning in
words beside the numbers (:func:`notice`). The numbers are still computed:
the warning says how far to trust them.

Example:
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     thin = check_sides({"aleppo": 222, "mosul": 5}, analysis="keyness")
    >>> thin
    {'mosul': 5}
    >>> notice(caught[0].message)
    'Only 5 documents in mosul: too few for a comparison (fewer than 20); shown for completeness.'
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Hashable, Mapping

from corpuskit.errors import SmallSampleWarning

__all__ = ["MIN_DOCS", "check_sides", "notice"]

#: The fewest documents a side of a comparison should have.
MIN_DOCS = 20
_MAX_LISTED = 12
_MAX_NOTICED = 5


def _listing(sizes: Mapping[Hashable, int]) -> str:
    items = [f"{side} ({n})" for side, n in list(sizes.items())[:_MAX_LISTED]]
    more = len(sizes) - len(items)
    return "; ".join(items) + (f"; ... ({more} more)" if more > 0 else "")


def check_sides(
    sizes: Mapping[Hashable, int],
    *,
    analysis: str,
    minimum: int = MIN_DOCS,
    unit: str = "documents",
    stacklevel: int | None = None,
) -> dict[Hashable, int]:
    """Warn when a side of a comparison has fewer than ``minimum`` documents.

    Args:
        sizes: ``{side: number of documents}`` for every side compared (a
            target and a reference, or every group of ``by``).
        analysis: the comparison's name, written first in the message.
        minimum: the fewest documents a side should have (default :data:`MIN_DOCS`).
        unit: what ``sizes`` counts, in words (``"documents with quotes"``).
        stacklevel: passed to :func:`warnings.warn`; by default the warning
            points at the first caller outside corpuskit (the user's line),
            however many library functions and wrappers lie between.

    Returns:
        The thin sides, ``{side: number of documents}`` (empty when none is).

    Warns:
        SmallSampleWarning: naming the analysis, the thin sides and every
            side's size; its attributes hold them (``analysis``, ``sizes``,
            ``thin``, ``minimum``, ``unit``).

    Raises:
        ValueError: ``minimum`` is not a positive integer.

    Example:
        >>> check_sides({"pro": 87, "opposition": 89}, analysis="naming")
        {}
    """
    if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 1:
        raise ValueError(f"minimum= must be a positive integer, got {minimum!r}")
    thin = {side: int(n) for side, n in sizes.items() if n < minimum}
    if thin:
        message = (
            f"{analysis}: fewer than {minimum} {unit} in {_listing(thin)}, too few for a "
            f"comparison (all sides: {_listing(sizes)}); read the numbers as a description of "
            f"these {unit}, not of the coverage they come from"
        )
        warnings.warn(
            SmallSampleWarning(message, analysis=analysis, sizes=sizes, minimum=minimum, unit=unit),
            stacklevel=_outside_corpuskit() if stacklevel is None else stacklevel + 1,
        )
    return thin


def _outside_corpuskit() -> int:
    """The ``stacklevel`` of ``warnings.warn`` in :func:`check_sides` that names the user's line."""
    frame = sys._getframe(2)  # check_sides' caller
    level = 2
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("corpuskit."):
        frame = frame.f_back
        level += 1
    return level


def notice(warning: SmallSampleWarning) -> str:
    """A :class:`~corpuskit.errors.SmallSampleWarning` as a sentence for a report.

    Args:
        warning: the warning :func:`check_sides` issued.

    Returns:
        ``"Only 5 documents in mosul: too few for a comparison (fewer than
        20); shown for completeness."``, the first five thin sides named with
        their sizes (then how many more).

    Example:
        >>> warning = SmallSampleWarning("", analysis="naming", sizes={"a": 3, "b": 9, "c": 40},
        ...                              minimum=20, unit="documents with quotes")
        >>> notice(warning)  # doctest: +NORMALIZE_WHITESPACE
        'Only 3 documents with quotes in a and 9 in b: too few for a comparison
        (fewer than 20); shown for completeness.'
    """
    parts = [
        f"{n} {warning.unit} in {side}" if i == 0 else f"{n} in {side}"
        for i, (side, n) in enumerate(warning.thin.items())
    ]
    if len(parts) > _MAX_NOTICED:
        parts = [*parts[:_MAX_NOTICED], f"{len(parts) - _MAX_NOTICED} more sides"]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (
        f"Only {listed}: too few for a comparison (fewer than {warning.minimum}); "
        "shown for completeness."
    )
