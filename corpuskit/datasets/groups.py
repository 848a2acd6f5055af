"""Outlet groups: a mapping of outlets to groups, as user data.

Which "side" an outlet is on is a research judgement, not a property of the
data. corpuskit ships one example mapping (FA-KES outlet codes to
``pro-government-aligned``, ``opposition-aligned`` and ``other``) so that the
examples and tests can group outlets; replace it with your own mapping, stated
and justified in your write-up. :func:`assign_groups` applies any mapping and
never drops an outlet silently.

Example:
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"outlet": ["sana", "reuters", "bbc"]})
    >>> mapping = {"sana": "pro-government-aligned", "reuters": "other"}
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     grouped = assign_groups(articles, mapping, default="unmapped")
    >>> grouped["outlet_group"].tolist()
    ['pro-government-aligned', 'other', 'unmapped']
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from importlib import resources
from typing import Any

import pandas as pd

from corpuskit._compat import renamed_arguments

__all__ = ["GROUP_COLUMNS", "UnmappedOutletWarning", "assign_groups", "outlet_groups"]

#: Columns of an outlet-group table.
GROUP_COLUMNS = ("outlet", "group", "note")
_BUNDLED = {"fakes": "outlet_groups_fakes.csv"}


class UnmappedOutletWarning(UserWarning):
    """Some outlets have no group in the mapping and were given the default."""


def outlet_groups(name: str = "fakes") -> pd.DataFrame:
    """A bundled outlet-to-group mapping.

    ``"fakes"`` maps the 15 FA-KES outlet codes to three groups:
    ``pro-government-aligned`` (sana, sputnik, tass, manar, alalam),
    ``opposition-aligned`` (etilaf, alaraby, dailysabah, trt, arabiya) and
    ``other``, international or regional (reuters, ahram, jordantimes, nna,
    asharqalawsat). It is a research judgement made for the examples, based on
    each outlet's ownership and its state's side in the Syrian war; the
    ``note`` column gives the reason for each outlet. Replace it with your own.

    Args:
        name: the bundled mapping; only ``"fakes"``.

    Returns:
        A DataFrame with the columns ``outlet`` (the code in the articles'
        ``outlet`` column), ``group`` and ``note`` (the reason).

    Raises:
        ValueError: for an unknown ``name``.

    Example:
        >>> groups = outlet_groups("fakes")
        >>> groups.groupby("group")["outlet"].count().to_dict()
        {'opposition-aligned': 5, 'other': 5, 'pro-government-aligned': 5}
    """
    if name not in _BUNDLED:
        raise ValueError(f"name= must be one of {sorted(_BUNDLED)}, got {name!r}")
    path = resources.files("corpuskit.datasets").joinpath("data", _BUNDLED[name])
    with resources.as_file(path) as file:
        table = pd.read_csv(file, dtype=str, keep_default_na=False)
    return table[list(GROUP_COLUMNS)]


def _as_mapping(mapping: Any) -> dict[Any, Any]:
    """A dict outlet -> group from a dict, a Series or an outlet-group table."""
    if isinstance(mapping, pd.DataFrame):
        missing = [c for c in ("outlet", "group") if c not in mapping.columns]
        if missing:
            raise ValueError(
                f"mapping= as a DataFrame needs the columns 'outlet' and 'group'; missing {missing}"
            )
        repeated = mapping["outlet"][mapping["outlet"].duplicated()].unique().tolist()
        if repeated:
            raise ValueError(f"mapping= lists these outlets more than once: {repeated}")
        return dict(zip(mapping["outlet"], mapping["group"]))
    if isinstance(mapping, pd.Series):
        return mapping.to_dict()
    if isinstance(mapping, Mapping):
        return dict(mapping)
    raise ValueError(
        "mapping= must be a dict, a pandas Series or a DataFrame with 'outlet' and 'group' "
        f"columns, got {type(mapping).__name__}"
    )


@renamed_arguments(column="on", to="name")
def assign_groups(
    articles: pd.DataFrame,
    mapping: Mapping[Any, Any] | pd.Series | pd.DataFrame,
    *,
    on: str = "outlet",
    name: str = "outlet_group",
    default: Any = None,
) -> pd.DataFrame:
    """Add a group column from a mapping of outlets (or any column's values) to groups.

    Every row is kept. Rows whose value in ``on`` is not in the mapping (or
    is missing) get ``default``, and a :class:`UnmappedOutletWarning` names
    those values and how many rows each has.

    Args:
        articles: an articles DataFrame (or any DataFrame with the column ``on``).
        mapping: a dict ``{outlet: group}``, a Series indexed by outlet, or a
            table with ``outlet`` and ``group`` columns such as
            :func:`outlet_groups` returns.
        on: the column holding the outlet codes (formerly ``column=``).
        name: the name of the new column (formerly ``to=``).
        default: the group of unmapped rows (``None`` leaves them missing).

    Returns:
        A copy of ``articles`` with the column ``name`` (the groups; ``default``
        for unmapped rows).

    Raises:
        ValueError: if ``on`` is missing, ``name`` already exists, or the
            mapping is malformed.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"outlet": ["sana", "reuters"]})
        >>> assign_groups(articles, outlet_groups("fakes"))["outlet_group"].tolist()
        ['pro-government-aligned', 'other']
    """
    if on not in articles.columns:
        raise ValueError(f"on= {on!r} is not a column of articles; it has {list(articles.columns)}")
    if name in articles.columns:
        raise ValueError(f"name= {name!r} is already a column of articles; choose another name")
    lookup = _as_mapping(mapping)
    values = articles[on]
    mapped = values.map(lookup)
    unmapped = mapped.isna()
    result = articles.copy()
    if unmapped.any():
        counts = values[unmapped].astype(object).fillna("<missing>").value_counts()
        listed = ", ".join(f"{value!s} ({n})" for value, n in counts.items())
        warnings.warn(
            f"{int(unmapped.sum())} rows have a {on!r} with no group in the mapping and were "
            f"given {default!r}: {listed}",
            UnmappedOutletWarning,
            stacklevel=2,
        )
        mapped = mapped.astype(object).where(~unmapped, default)
    result[name] = mapped
    return result
