"""The concordance a :func:`corpuskit.kwic` search returns: :class:`Kwic`.

One line per hit with its left context, the keyword and its right context,
sortable by the words around the keyword, shown as a table in a notebook.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.display import HtmlView, details, format_count, html_fields, html_table

__all__ = ["DISPLAY_COLUMNS", "DISPLAY_LINES", "KWIC_COLUMNS", "Kwic"]

#: the concordance columns, before the document metadata
KWIC_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "start",
    "end",
    "token_start",
    "token_end",
    "left",
    "keyword",
    "right",
    "pattern",
)
#: sort keys of :meth:`Kwic.sort` that look at the words of a line
_WORD_KEYS = ("left", "right", "keyword")
#: lines the notebook view of a concordance shows (:meth:`Kwic.show` for more)
DISPLAY_LINES = 25
#: metadata columns shown beside the concordance in the notebook view, when present
DISPLAY_COLUMNS: tuple[str, ...] = ("doc_id", "outlet", "date")
_REPR_LINES = 10
_REPR_WIDTH = 40


class Kwic:
    """A concordance: the hits of a pattern with their contexts and document metadata.

    Build one with :func:`kwic`. A ``Kwic`` is a thin wrapper around a DataFrame
    (:meth:`to_frame`, unchanged by any display) that adds concordance sorting
    (:meth:`sort`) and a view for reading: in Jupyter, ``k`` shows its first
    25 lines as left context | keyword | right context, aligned on the
    keyword, with ``doc_id``, ``outlet`` and ``date`` after them and every
    other column folded per line; ``k.show(100)`` shows more, ``k.show(None)``
    all (see :meth:`to_html`). For anything else (filtering, ``groupby``,
    counting hits per outlet) use the DataFrame:
    ``k.to_frame().groupby("outlet").size()``.

    Args:
        frame: the concordance lines (columns as in :meth:`to_frame`).
        left_words: for each line, its left-context words (case-folded), in text order.
        right_words: for each line, its right-context words (case-folded), in text order.
        window: the number of context tokens on each side.
        patterns: the patterns searched, as given.

    Attributes:
        window: the number of context tokens on each side.
        patterns: the patterns searched, as given.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a"], "text": ["Troops liberated the city."]})
        >>> from corpuskit.compare.kwic import kwic
        >>> k = kwic(articles, "liberat*", window=2)
        >>> len(k), k.to_frame().loc[0, ["left", "keyword", "right"]].tolist()
        (1, ['Troops', 'liberated', 'the city'])
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        *,
        left_words: Sequence[tuple[str, ...]],
        right_words: Sequence[tuple[str, ...]],
        window: int,
        patterns: Sequence[str],
    ):
        if not (len(frame) == len(left_words) == len(right_words)):
            raise ValueError("frame, left_words and right_words must have one entry per line")
        self._frame = frame.reset_index(drop=True)
        self._left_words = list(left_words)
        self._right_words = list(right_words)
        self.window = window
        self.patterns = list(patterns)

    def to_frame(self) -> pd.DataFrame:
        """The concordance as a DataFrame (a copy).

        Returns:
            One row per hit: ``doc_id``; ``start`` and ``end``, the character
            offsets of the keyword in the document text (``text[start:end]`` is
            the keyword); ``token_start`` and ``token_end``, its token positions
            (0-based, end exclusive); ``left`` and ``right``, up to ``window``
            tokens of context as written in the text, runs of whitespace shown as
            one space; ``keyword``, the matched text exactly; ``pattern``, the
            pattern that matched; then the document metadata (when
            ``docvars=True``).
        """
        return self._frame.copy()

    def __len__(self) -> int:
        return len(self._frame)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        """Iterate over the lines as named tuples (``line.keyword``, ``line.doc_id``, ...)."""
        return self._frame.itertuples(index=False, name="KwicLine")

    def _take(self, order: np.ndarray) -> Kwic:
        return Kwic(
            self._frame.iloc[order],
            left_words=[self._left_words[i] for i in order],
            right_words=[self._right_words[i] for i in order],
            window=self.window,
            patterns=self.patterns,
        )

    def head(self, n: int = 5) -> Kwic:
        """The first ``n`` lines, as a :class:`Kwic`."""
        return self._take(np.arange(min(max(n, 0), len(self))))

    def _rank(self, by: str, key_position: int) -> np.ndarray:
        if by in _WORD_KEYS:
            if by == "keyword":
                keys = [(k.casefold(),) for k in self._frame["keyword"]]
            elif by == "right":
                keys = [words[key_position - 1 :] for words in self._right_words]
            else:
                keys = [words[::-1][key_position - 1 :] for words in self._left_words]
            distinct = sorted(set(keys))
            where = {key: i for i, key in enumerate(distinct)}
            return np.array([where[key] for key in keys], dtype=np.int64)
        if by not in self._frame.columns:
            raise ValueError(
                f"by= must be 'left', 'right', 'keyword' or a column of the concordance, "
                f"got {by!r}; columns: {list(self._frame.columns)}"
            )
        ranks = self._frame[by].rank(method="dense", na_option="bottom")
        return ranks.to_numpy(dtype=np.int64)

    def sort(
        self, by: str | Sequence[str] = "right", *, key_position: int = 1, ascending: bool = True
    ) -> Kwic:
        """Sort the lines, as concordancers (AntConc, CQPweb) do.

        Args:
            by: ``"right"`` sorts on the right context from its
                ``key_position``-th word on (1R, then 2R, ...); ``"left"`` on the
                left context from its ``key_position``-th word counted back from
                the keyword (1L, then 2L, ...); ``"keyword"`` on the keyword;
                any other column name on that column (missing values last).
                Words compare case-insensitively; a line with fewer context
                words sorts before one with more. A list sorts by several keys,
                the first one first.
            key_position: which context word starts the ``left``/``right`` key (>= 1).
            ascending: sort ascending (default) or descending; ties keep their order.

        Returns:
            A new, sorted :class:`Kwic`.

        Raises:
            ValueError: an unknown column or ``key_position < 1``.

        Example:
            >>> import pandas as pd
            >>> articles = pd.DataFrame(
            ...     {"doc_id": ["a"], "text": ["Forces liberated Mosul; rebels liberated Aleppo"]}
            ... )
            >>> from corpuskit.compare.kwic import kwic
            >>> k = kwic(articles, "liberated", window=1).sort(by="right")
            >>> k.to_frame()["right"].tolist()
            ['Aleppo', 'Mosul']
        """
        if not isinstance(key_position, (int, np.integer)) or key_position < 1:
            raise ValueError(f"key_position= must be an integer >= 1, got {key_position!r}")
        keys = [by] if isinstance(by, str) else list(by)
        if not keys:
            raise ValueError("by= is an empty list")
        ranks = [self._rank(key, int(key_position)) for key in keys]
        if not ascending:
            ranks = [-r for r in ranks]
        order = np.lexsort(ranks[::-1]) if len(self) else np.arange(0)
        return self._take(order)

    def _shown_columns(self, columns: Sequence[str] | None) -> list[str]:
        if columns is None:
            return [c for c in DISPLAY_COLUMNS if c in self._frame.columns]
        wanted = [columns] if isinstance(columns, str) else list(columns)
        unknown = [c for c in wanted if c not in self._frame.columns]
        if unknown:
            raise ValueError(
                f"columns= names {unknown}, not columns of the concordance; "
                f"columns: {list(self._frame.columns)}"
            )
        return [c for c in wanted if c not in ("left", "keyword", "right")]

    def _lines_shown(self, n: int | None) -> int:
        """The number of lines to show for ``n`` (``None``: all)."""
        if n is None:
            return len(self)
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
            raise ValueError(f"n= must be an integer >= 0 or None, got {n!r}")
        return min(int(n), len(self))

    def _title(self) -> str:
        lines = "line" if len(self) == 1 else "lines"
        return (
            f"Kwic: {format_count(len(self))} {lines} for "
            f"{', '.join(map(repr, self.patterns))}, window={self.window}"
        )

    def _text(self, n: int) -> str:
        lines = [self._title()]
        for row in self._frame.head(n).itertuples(index=False):
            left = row.left if len(row.left) <= _REPR_WIDTH else "…" + row.left[-_REPR_WIDTH + 1 :]
            right = (
                row.right if len(row.right) <= _REPR_WIDTH else row.right[: _REPR_WIDTH - 1] + "…"
            )
            lines.append(f"{row.doc_id}: {left:>{_REPR_WIDTH}} [{_squeeze(row.keyword)}] {right}")
        if len(self) > n:
            lines.append(f"... {format_count(len(self) - n)} more line(s)")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self._text(min(_REPR_LINES, len(self)))

    def to_html(
        self, n: int | None = DISPLAY_LINES, *, columns: Sequence[str] | None = None
    ) -> str:
        """The concordance as an HTML table, the reading first.

        Each line is left context (right-aligned) | **keyword** (centred) |
        right context (left-aligned), so the keywords line up in one column;
        then the identifying columns, and the rest of the line's columns
        (offsets, pattern, every other metadata column) folded into a
        ``<details>`` cell. A note says how many lines are shown.

        Args:
            n: the number of lines (default 25); ``None`` for all.
            columns: the columns shown after the concordance (default those of
                ``doc_id``, ``outlet``, ``date`` that exist, plus ``pattern``
                when several patterns were searched); every other column is folded.

        Returns:
            The HTML (a ``<div class="corpuskit-kwic">``).

        Raises:
            ValueError: a bad ``n`` or a name in ``columns`` that is not a column.

        Example:
            >>> import pandas as pd
            >>> articles = pd.DataFrame({"doc_id": ["a"], "text": ["Troops liberated the city."]})
            >>> from corpuskit.compare.kwic import kwic
            >>> page = kwic(articles, "liberat*", window=2).to_html()
            >>> "<b>liberated</b>" in page
            True
        """
        count = self._lines_shown(n)
        shown = self._shown_columns(columns)
        if columns is None and len(self.patterns) > 1:
            shown.append("pattern")
        concordance = ["left", "keyword", "right"]
        folded = [c for c in self._frame.columns if c not in (*concordance, *shown)]
        table = self._frame.head(count)[[*concordance, *shown]].copy()
        table["keyword"] = [f"<b>{html.escape(k)}</b>" for k in table["keyword"]]
        if folded:
            table["more"] = [
                details(f"{len(folded)} more", html_fields(dict(zip(folded, values))))
                for values in self._frame.head(count)[folded].itertuples(index=False)
            ]
        page = html_table(
            table,
            styles={
                "left": "text-align:right;white-space:nowrap",
                "keyword": "text-align:center;white-space:nowrap",
                "right": "text-align:left;white-space:nowrap",
                **{c: "white-space:nowrap" for c in shown},
            },
            formats={"left": str, "right": str, "keyword": str, "more": str},
            html_columns=("keyword", "more"),
            labels={"more": ""},
        )
        return f'<div class="corpuskit-kwic"><p>{html.escape(self._note(count))}</p>{page}</div>'

    def _note(self, count: int) -> str:
        note = self._title()
        if count < len(self):
            note += (
                f"; showing {format_count(count)} of {format_count(len(self))}: "
                f"k.show({max(4 * count, 100)}) shows more, k.show(None) all, "
                "k.to_frame() is the table"
            )
        return note

    def show(
        self, n: int | None = DISPLAY_LINES, *, columns: Sequence[str] | None = None
    ) -> HtmlView:
        """A view of ``n`` lines: the HTML of :meth:`to_html` in Jupyter, text in a terminal.

        Jupyter shows a concordance ``k`` with its first 25 lines;
        ``k.show(100)`` shows 100, ``k.show(None)`` every line,
        ``k.sort("right").show(50)`` the first 50 in concordance order.

        Args:
            n: the number of lines (default 25); ``None`` for all.
            columns: the columns shown after the concordance (see :meth:`to_html`).

        Returns:
            A :class:`~corpuskit.display.HtmlView`.

        Raises:
            ValueError: a bad ``n`` or a name in ``columns`` that is not a column.

        Example:
            >>> import pandas as pd
            >>> articles = pd.DataFrame({"doc_id": ["a"], "text": ["Troops liberated Mosul."]})
            >>> from corpuskit.compare.kwic import kwic
            >>> kwic(articles, "liberat*", window=1).show()
            Kwic: 1 line for 'liberat*', window=1
            a:                                   Troops [liberated] Mosul
        """
        count = self._lines_shown(n)
        return HtmlView(self.to_html(count, columns=columns), self._text(count))

    def _repr_html_(self) -> str:
        return self.to_html(DISPLAY_LINES)


def _squeeze(text: str) -> str:
    return " ".join(text.split())
