"""The result of :func:`~corpuskit.docsim.reuse.reuse` and who reprints whom.

:class:`ReuseResult` holds the pairs, passages and documents that
:func:`~corpuskit.docsim.reuse.reuse` finds; :func:`reuse_summary` turns its
pairs into a table of reuse between groups (outlets) by date order.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.display import MISSING, format_count, format_share, html_table

__all__ = ["DIRECTIONS", "ReuseResult", "reuse_summary"]

#: Values of the ``direction`` column of :attr:`ReuseResult.pairs`.
DIRECTIONS: tuple[str, ...] = ("a->b", "b->a", "same day", "unknown")

# pairs (and summary rows) in the notebook view; characters of a passage shown there
_DISPLAY_PAIRS = 10
_DISPLAY_CHARS = 120


@dataclass(frozen=True)
class ReuseResult:
    """Pairs of articles that share text, and the passages they share.

    Attributes:
        pairs: one row per pair, see :func:`reuse`.
        passages: one row per shared passage, see :func:`reuse`.
        documents: one row per article: ``doc_id``, ``n_shingles`` (distinct
            shingles counted, boilerplate excluded) and the article's other
            non-text columns (``outlet``, ``date``, ...), for
            :func:`reuse_summary` and for joining metadata onto the pairs.
        n: words per shingle.
        threshold: the containment a pair had to reach.
        min_shared: the shared shingles a pair had to reach.
        max_docfreq: shingles in more documents than this were ignored.
        max_candidate_docfreq: shingles in more documents than this proposed no
            pair (``None``: every shingle did).

    Example:
        >>> import pandas as pd
        >>> from corpuskit.docsim.reuse import reuse
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "Rebels shelled the western districts of Aleppo on Monday night.",
        ...     "Reports say rebels shelled the western districts of Aleppo on Monday."]})
        >>> result = reuse(arts, n=3, min_shared=2)
        >>> len(result), result.passages["text_a"].tolist()
        (1, ['Rebels shelled the western districts of Aleppo on Monday'])
    """

    pairs: pd.DataFrame
    passages: pd.DataFrame
    documents: pd.DataFrame
    n: int
    threshold: float
    min_shared: int
    max_docfreq: float
    max_candidate_docfreq: float | None = None

    def __len__(self) -> int:
        return len(self.pairs)

    def __repr__(self) -> str:
        return (
            f"ReuseResult({format_count(len(self.pairs))} pairs, "
            f"{format_count(len(self.passages))} passages among "
            f"{format_count(len(self.documents))} documents; n={self.n}, "
            f"threshold={self.threshold}, min_shared={self.min_shared})"
        )

    def _repr_html_(self) -> str:
        """The key numbers, the pairs that share most, and who reprints whom."""
        return (
            f'<div class="corpuskit-reuse"><p><b>Text reuse</b>: {html.escape(self._headline())}'
            f"</p>{self._top_pairs_html()}{self._summary_html()}</div>"
        )

    def _headline(self) -> str:
        directions = self.pairs["direction"].value_counts()
        order = ", ".join(
            f"{name} {format_count(directions[name])}" for name in DIRECTIONS if name in directions
        )
        return (
            f"{format_count(len(self.pairs))} pairs of articles share "
            f"{format_count(len(self.passages))} passages, among "
            f"{format_count(len(self.documents))} articles (shingles of {self.n} words; a pair "
            f"shares at least {format_count(self.min_shared)} of them and "
            f"{format_share(self.threshold)} of one article; shingles in more than "
            f"{format_count(self.max_docfreq)} articles ignored{self._bound_note()})."
            + (f" Order by date: {order}." if order else "")
        )

    def _bound_note(self) -> str:
        """The bounded pair search, when it was tighter than ``max_docfreq``."""
        bound = self.max_candidate_docfreq
        if bound is None or bound >= self.max_docfreq:
            return ""
        return (
            f", those in more than {format_count(bound)} proposed no pair "
            "and pairs sharing only them are left out"
        )

    def _top_pairs_html(self, n: int = _DISPLAY_PAIRS) -> str:
        if not len(self.pairs):
            return ""
        reach = self.pairs[["containment_a", "containment_b"]].max(axis=1)
        top = self.pairs.loc[reach.sort_values(ascending=False, kind="stable").index[:n]]
        longest = self.passages.sort_values("n_words", ascending=False, kind="stable")
        longest = longest.drop_duplicates(["doc_id_a", "doc_id_b"]).set_index(
            ["doc_id_a", "doc_id_b"]
        )["text_a"]
        keys = pd.MultiIndex.from_frame(top[["doc_id_a", "doc_id_b"]])
        columns = [
            "doc_id_a", "outlet_a", "date_a", "doc_id_b", "outlet_b", "date_b", "direction",
            "containment_a", "containment_b", "shared_shingles", "n_passages",
        ]  # fmt: skip
        table = top[columns].assign(longest_passage=longest.reindex(keys).to_numpy())
        shares = {c: format_share for c in ("containment_a", "containment_b")}
        shown = (
            f"The {format_count(len(top))} of {format_count(len(self.pairs))} pairs that share most"
            if len(top) < len(self.pairs)
            else "All pairs"
        )
        note = f"{shown}, largest containment first; result.pairs and result.passages hold all."
        return (
            html_table(
                table,
                formats={**shares, "longest_passage": _shorten},
                styles={"longest_passage": "text-align:left;min-width:20em"},
            )
            + f"<p>{html.escape(note)}</p>"
        )

    def _summary_html(self) -> str:
        if "outlet" not in self.documents.columns:
            return ""
        summary = reuse_summary(self).head(_DISPLAY_PAIRS)
        if not len(summary):
            return ""
        return "<p>Who reprints whom (result.summary(), first rows):</p>" + html_table(
            summary, formats={"median_containment": format_share}
        )

    def to_frame(self) -> pd.DataFrame:
        """The pairs table (a copy).

        Example:
            >>> import pandas as pd
        >>> from corpuskit.docsim.reuse import reuse
            >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x y z w", "x y z w"]})
            >>> reuse(arts, n=2, min_shared=1).to_frame()["jaccard"].tolist()
            [1.0]
        """
        return self.pairs.copy()

    def summary(self, *, by: str = "outlet") -> pd.DataFrame:
        """:func:`reuse_summary` of this result.

        Example:
            >>> import pandas as pd
        >>> from corpuskit.docsim.reuse import reuse
            >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["AP", "TASS"],
            ...     "date": pd.to_datetime(["2016-12-01", "2016-12-02"]), "text": ["x y z"] * 2})
            >>> reuse(arts, n=2, min_shared=1).summary()[["source", "reuser"]].values.tolist()
            [['AP', 'TASS']]
        """
        return reuse_summary(self, by=by)

    def plot(self, **kwargs: Any) -> Any:
        """Draw who reprints whom: :func:`corpuskit.plot.reuse`.

        Args:
            **kwargs: options of :func:`corpuskit.plot.reuse` (``by``, ``kind``, ...).

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.reuse_plots import reuse as plot_reuse

        return plot_reuse(self, **kwargs)


def _shorten(text: object) -> str:
    """A passage for the notebook view: at most ``_DISPLAY_CHARS`` characters, on one line."""
    if not isinstance(text, str):
        return MISSING
    line = " ".join(text.split())
    return line if len(line) <= _DISPLAY_CHARS else line[: _DISPLAY_CHARS - 1] + "…"


@renamed_arguments(result="data")
def reuse_summary(data: ReuseResult, *, by: str = "outlet") -> pd.DataFrame:
    """Who reprints whom: reuse between groups of articles (outlets), by date order.

    Only pairs with a known order count (``direction`` ``"a->b"`` or
    ``"b->a"``): the earlier article is the *source*, the later the *reuser*.
    Same-day and undated pairs are left out (see ``data.pairs``), and the
    earlier article need not be the original: both may copy a third.

    Args:
        data: a :class:`ReuseResult` (formerly ``result=``).
        by: a column of ``data.documents`` (an article column, e.g.
            ``"outlet"`` or ``"outlet_name"``).

    Returns:
        One row per (source group, reusing group), most pairs first (ties by
        names): ``source``, ``reuser`` (the ``by`` values; missing values stay
        missing), ``n_pairs``, ``n_docs`` (distinct reusing articles),
        ``n_source_docs`` (distinct source articles) and
        ``median_containment`` (median share of the reusing article's shingles
        found in the source).

    Raises:
        ValueError: ``by`` is not a column of ``data.documents``.

    Example:
        >>> import pandas as pd
        >>> from corpuskit.docsim.reuse import reuse
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["AP", "TASS"],
        ...     "date": pd.to_datetime(["2016-12-02", "2016-12-01"]), "text": ["x y z w"] * 2})
        >>> summary = reuse_summary(reuse(arts, n=2, min_shared=1))
        >>> summary[["source", "reuser", "n_pairs"]].values.tolist()
        [['TASS', 'AP', 1]]
    """
    if not isinstance(data, ReuseResult):
        raise ValueError(f"data= must be a ReuseResult, got {type(data).__name__}")
    if not isinstance(by, str) or by not in data.documents.columns or by == "doc_id":
        raise ValueError(
            f"by= must name a column of data.documents, got {by!r}; it has "
            f"{[c for c in data.documents.columns if c != 'doc_id']}"
        )
    pairs = data.pairs
    forward = (pairs["direction"] == "a->b").to_numpy()
    directed = forward | (pairs["direction"] == "b->a").to_numpy()
    source = np.where(forward, pairs["doc_id_a"], pairs["doc_id_b"])[directed]
    reuser = np.where(forward, pairs["doc_id_b"], pairs["doc_id_a"])[directed]
    share = np.where(forward, pairs["containment_b"], pairs["containment_a"])[directed]
    groups = data.documents.set_index(data.documents["doc_id"].astype(str))[by]
    table = pd.DataFrame(
        {
            "source": groups.reindex(source).to_numpy(),
            "reuser": groups.reindex(reuser).to_numpy(),
            "source_doc": source,
            "reuser_doc": reuser,
            "containment": share.astype(float),
        }
    )
    summary = (
        table.groupby(["source", "reuser"], dropna=False, sort=True)
        .agg(
            n_pairs=("containment", "size"),
            n_docs=("reuser_doc", "nunique"),
            n_source_docs=("source_doc", "nunique"),
            median_containment=("containment", "median"),
        )
        .reset_index()
    )
    summary = summary.sort_values("n_pairs", ascending=False, kind="stable")
    return summary.reset_index(drop=True).astype(
        {"n_pairs": np.int64, "n_docs": np.int64, "n_source_docs": np.int64}
    )
