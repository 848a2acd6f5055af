"""Keyword in context (KWIC): every hit of a pattern with the words around it.

``ck.kwic(articles, "liberat*")`` finds the pattern (see
:mod:`corpuskit.compare.patterns`) in every document and returns a
:class:`Kwic`, a concordance: one line per hit with its left context, the
keyword and its right context, rendered from the original text so case and
punctuation are kept, plus the document's metadata.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.patterns import (
    Pattern,
    PatternSpec,
    TokenStream,
    compile_patterns,
    corpus_stream,
    find_hits,
)
from corpuskit.display import HtmlView, details, format_count, html_fields, html_table
from corpuskit.text.tokenize import TokenRule, resolve_rule
from corpuskit.text.tokens import Tokens

__all__ = ["Kwic", "kwic"]

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


def _metadata(docvars: pd.DataFrame) -> pd.DataFrame:
    """The document metadata to copy onto concordance lines (clashing names prefixed)."""
    metadata = docvars.drop(columns="doc_id")
    return metadata.rename(columns={c: f"doc_{c}" for c in metadata.columns if c in KWIC_COLUMNS})


def _concordance(
    stream: TokenStream,
    hits: pd.DataFrame,
    *,
    texts: Sequence[str] | None,
    docvars: pd.DataFrame,
    metadata: bool,
    patterns: Sequence[Pattern],
    window: int,
) -> Kwic:
    hits = hits.assign(doc=stream.doc[hits["first"].to_numpy()])
    hits = hits.sort_values(["doc", "first", "pattern"], kind="stable")
    first = hits["first"].to_numpy()
    length = hits["length"].to_numpy()
    doc = hits["doc"].to_numpy()
    row = stream.rows[doc]
    after = first + length
    lo = np.maximum(stream.doc_first[doc], first - window)
    hi = np.minimum(stream.doc_first[doc + 1], after + window)
    surfaces = stream.types[stream.codes]
    words = np.array([t.casefold() for t in stream.types], dtype=object)[stream.codes]
    left, right, keyword, left_words, right_words = [], [], [], [], []
    for r, f, a, lo_i, hi_i in zip(row, first, after, lo, hi):
        if texts is None:
            keyword.append(" ".join(surfaces[f:a]))
            left.append(" ".join(surfaces[lo_i:f]))
            right.append(" ".join(surfaces[a:hi_i]))
        else:
            text = texts[r]
            start, end = stream.start[f], stream.end[a - 1]
            keyword.append(text[start:end])
            left.append(_squeeze(text[stream.start[lo_i] : start]) if lo_i < f else "")
            right.append(_squeeze(text[end : stream.end[hi_i - 1]]) if hi_i > a else "")
        left_words.append(tuple(words[lo_i:f]))
        right_words.append(tuple(words[a:hi_i]))
    token_start = first - stream.doc_first[doc]
    frame = pd.DataFrame(
        {
            "doc_id": docvars["doc_id"].astype(str).to_numpy()[row],
            "start": stream.start[first],
            "end": stream.end[after - 1],
            "token_start": token_start,
            "token_end": token_start + length,
            "left": left,
            "keyword": keyword,
            "right": right,
            "pattern": [patterns[i].label for i in hits["pattern"]],
        }
    )
    if metadata:
        frame = pd.concat([frame, _metadata(docvars).iloc[row].reset_index(drop=True)], axis=1)
    return Kwic(
        frame,
        left_words=left_words,
        right_words=right_words,
        window=window,
        patterns=[p.label for p in patterns],
    )


def kwic(
    articles: pd.DataFrame | Tokens,
    pattern: PatternSpec,
    *,
    window: int = 5,
    pattern_type: str = "glob",
    case_sensitive: bool = False,
    rule: TokenRule | None = None,
    text_column: str = "text",
    docvars: bool = True,
    sort: str | Sequence[str] | None = None,
) -> Kwic:
    """Find a pattern in every document and show each hit in its context.

    Documents are first screened with a cheap regular-expression search on
    their text (for word, phrase and glob patterns), so only documents that can
    contain a hit are tokenised; searching a whole corpus for a rare word is fast.

    Args:
        articles: an articles DataFrame (see :mod:`corpuskit.schema`); ``doc_id``
            is used when present (else ``"doc1"``, ``"doc2"``, ...). Or a
            :class:`~corpuskit.text.tokens.Tokens` (from ``ck.tokens``): it
            holds no text, so patterns match its token strings (lower-cased,
            compounded: ``"security_council"``), ``keyword``, ``left`` and
            ``right`` are token strings joined by spaces, positions count its
            tokens (after any stopword removal) and ``start``/``end`` are still
            offsets into the original text; ``rule`` and ``text_column`` are
            then not used.
        pattern: a word, a phrase (``"humanitarian corridor"``), a glob
            (``"liberat*"``, ``"*-led"``), a regular expression (with
            ``pattern_type="regex"``), a compiled ``re.Pattern``, or a list of
            them; see :mod:`corpuskit.compare.patterns`.
        window: number of tokens of context on each side (default 5); contexts
            stop at the document's edges.
        pattern_type: ``"glob"`` (default), ``"fixed"`` or ``"regex"``.
        case_sensitive: match case exactly (default ``False``).
        rule: the :class:`~corpuskit.text.tokenize.TokenRule` that cuts the text
            into tokens (default: the default rule).
        text_column: the column holding the text (default ``"text"``).
        docvars: copy the document metadata (every column except ``doc_id`` and
            the text columns ``text_column``, ``text``, ``title``, ``lede``) onto
            each line; a metadata column named like a concordance column gets
            the prefix ``doc_``.
        sort: sort the lines with :meth:`Kwic.sort` (``"left"``, ``"right"``,
            ``"keyword"``, a column or a list); ``None`` (default) keeps text
            order (document, then position, then pattern).

    Returns:
        A :class:`Kwic`; ``.to_frame()`` gives ``doc_id, start, end,
        token_start, token_end, left, keyword, right, pattern`` and the
        metadata columns (see :meth:`Kwic.to_frame`). Overlapping hits are all
        kept, one line each.

    Raises:
        ValueError: a bad pattern or ``window < 0``.
        KeyError: ``text_column`` is not a column of ``articles``.
        TypeError: ``articles`` is neither a DataFrame nor Tokens.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame(
        ...     {
        ...         "doc_id": ["a", "b"],
        ...         "outlet": ["TASS", "SANA"],
        ...         "text": ["Moscow stands for the liberation of Mosul.", "Aleppo was liberated."],
        ...     }
        ... )
        >>> k = kwic(articles, "liberat*", window=3)
        >>> for line in k.to_frame()[["doc_id", "left", "keyword", "right", "outlet"]].values:
        ...     print(list(line))
        ['a', 'stands for the', 'liberation', 'of Mosul', 'TASS']
        ['b', 'Aleppo was', 'liberated', '', 'SANA']
    """
    if not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"window= must be an integer >= 0, got {window!r}")
    rule = resolve_rule(rule)
    patterns = compile_patterns(
        pattern,
        pattern_type=pattern_type,
        case_sensitive=case_sensitive,
        rule=None if isinstance(articles, Tokens) else rule,
    )
    stream, texts, table = corpus_stream(
        articles, rule=rule, text_column=text_column, patterns=patterns
    )
    result = _concordance(
        stream,
        find_hits(stream, patterns, doc_ids=table["doc_id"].to_numpy()),
        texts=texts,
        docvars=table,
        metadata=docvars,
        patterns=patterns,
        window=int(window),
    )
    return result if sort is None else result.sort(by=sort)
