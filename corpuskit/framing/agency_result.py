"""The result of :func:`corpuskit.agency_summary`: a table that reads and draws itself."""

from __future__ import annotations

from typing import Any, ClassVar

import pandas as pd

from corpuskit.display import format_count, format_interval, format_share, html_table

__all__ = ["AgencySummary"]

#: readable names of the measures, in the order the view lists them
MEASURE_NAMES: dict[str, str] = {
    "active": "active (jets killed 20)",
    "passive_agent": "passive with agent (20 were killed by jets)",
    "passive_agentless": "passive, no agent (20 were killed)",
    "intransitive": "intransitive (20 died)",
    "nominal": "nominal (the deaths of 20)",
    "agentless": "no agent named",
    "actor_agent": "agent is an actor, not a weapon",
}


class AgencySummary(pd.DataFrame):
    """An :func:`corpuskit.agency_summary` table: a DataFrame with a reading view and a plot.

    Every DataFrame operation works and keeps the type. In Jupyter it shows
    one row per group and measure with the share and its interval as
    percentages (``12.3% [10.1%, 14.5%]``), the difference from the reference
    group and, with hand labels, the corrected share beside the naive one.
    :meth:`plot` draws :func:`corpuskit.plot.agency`.

    Example:
        >>> s = AgencySummary({"outlet": ["x"], "measure": ["agentless"], "n_docs": [3],
        ...     "n": [10], "count": [4], "share": [0.4], "low": [0.2], "high": [0.6]})
        >>> "40.0% [20.0%, 60.0%]" in s[s["n"] > 0].head()._repr_html_()
        True
    """

    _metadata: ClassVar[list[str]] = []

    @property
    def _constructor(self) -> type[AgencySummary]:
        return AgencySummary

    def plot(self, **kwargs: Any) -> Any:  # type: ignore[override]
        """Draw the constructions and the derived measures: :func:`corpuskit.plot.agency`."""
        from corpuskit.plot import agency  # presentation builds on this result, not the reverse

        return agency(pd.DataFrame(self), **kwargs)

    def _repr_html_(self) -> str:
        """The summary as a reading table (first 60 rows)."""
        frame = pd.DataFrame(self)
        if not {"measure", "share", "low", "high"} <= set(frame.columns):
            return frame._repr_html_()
        groups = list(frame.columns[: list(frame.columns).index("measure")])
        view = frame[groups].copy()
        view["measure"] = frame["measure"].map(lambda m: MEASURE_NAMES.get(m, m))
        # a selection of columns (or corrected_agency_summary) may lack the counts
        if "n_docs" in frame.columns:
            view["documents"] = frame["n_docs"].map(format_count)
        if "n" in frame.columns:
            view["clauses"] = frame["n"].map(format_count)
        view["share [95% CI]"] = [
            f"{format_share(s)} {format_interval(lo, hi)}"
            for s, lo, hi in zip(frame["share"], frame["low"], frame["high"])
        ]
        if {"diff", "diff_low", "diff_high"} <= set(frame.columns):
            view["difference from reference"] = [
                "–" if pd.isna(d) else f"{d:+.1%} {format_interval(lo, hi)}"
                for d, lo, hi in zip(frame["diff"], frame["diff_low"], frame["diff_high"])
            ]
        if {"share_corrected", "low_corrected", "high_corrected"} <= set(frame.columns):
            view["corrected share"] = [
                f"{format_share(s)} {format_interval(lo, hi)}"
                for s, lo, hi in zip(
                    frame["share_corrected"], frame["low_corrected"], frame["high_corrected"]
                )
            ]
        note = f"<p>showing 60 of {len(view):,} rows</p>" if len(view) > 60 else ""
        return html_table(view.head(60)) + note
