"""Keyword in context (KWIC): every hit of a pattern with the words around it.

``ck.kwic(articles, "liberat*")`` finds the pattern (see
:mod:`corpuskit.compare.patterns`) in every document and returns a
:class:`Kwic`, a concordance: one line per hit with its left context, the
keyword and its right context, rendered from the original text so case and
punctuation are kept, plus the document's metadata.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.batches import stream_batches
from corpuskit.compare.kwic_result import (
    DISPLAY_COLUMNS,
    DISPLAY_LINES,
    KWIC_COLUMNS,
    Kwic,
    _squeeze,
)
from corpuskit.compare.patterns import (
    Pattern,
    PatternSpec,
    TokenStream,
    compile_patterns,
    find_hits,
    token_stream,
)
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule, resolve_rule
from corpuskit.text.tokens import Tokens

__all__ = ["DISPLAY_COLUMNS", "DISPLAY_LINES", "KWIC_COLUMNS", "Kwic", "kwic"]


def _metadata(docvars: pd.DataFrame) -> pd.DataFrame:
    """The document metadata to copy onto concordance lines (clashing names prefixed)."""
    metadata = docvars.drop(columns="doc_id")
    return metadata.rename(columns={c: f"doc_{c}" for c in metadata.columns if c in KWIC_COLUMNS})


def _lines(
    stream: TokenStream,
    patterns: Sequence[Pattern],
    *,
    texts: Sequence[str] | None,
    doc_ids: np.ndarray,
    window: int,
    hits: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """The concordance lines of one stream as columns (``row``: the input row; no metadata)."""
    if hits is None:
        hits = find_hits(stream, patterns, doc_ids=doc_ids)
    hits = hits.assign(doc=stream.doc[hits["first"].to_numpy()])
    hits = hits.sort_values(["doc", "first", "pattern"], kind="stable")
    first = hits["first"].to_numpy()
    length = hits["length"].to_numpy()
    doc = hits["doc"].to_numpy()
    row = stream.rows[doc]
    after = first + length
    lo = np.maximum(stream.doc_first[doc], first - window)
    hi = np.minimum(stream.doc_first[doc + 1], after + window)
    folded = np.array([t.casefold() for t in stream.types], dtype=object)
    codes, types = stream.codes, stream.types
    left, right, keyword, left_words, right_words = [], [], [], [], []
    for r, f, a, lo_i, hi_i in zip(row, first, after, lo, hi):
        if texts is None:
            keyword.append(" ".join(types[codes[f:a]]))
            left.append(" ".join(types[codes[lo_i:f]]))
            right.append(" ".join(types[codes[a:hi_i]]))
        else:
            text = texts[r]
            start, end = stream.start[f], stream.end[a - 1]
            keyword.append(text[start:end])
            left.append(_squeeze(text[stream.start[lo_i] : start]) if lo_i < f else "")
            right.append(_squeeze(text[end : stream.end[hi_i - 1]]) if hi_i > a else "")
        left_words.append(tuple(folded[codes[lo_i:f]]))
        right_words.append(tuple(folded[codes[a:hi_i]]))
    token_start = first - stream.doc_first[doc]
    return {
        "row": row,
        "start": stream.start[first],
        "end": stream.end[after - 1],
        "token_start": token_start,
        "token_end": token_start + length,
        "left": left,
        "keyword": keyword,
        "right": right,
        "pattern": [patterns[i].label for i in hits["pattern"]],
        "left_words": left_words,
        "right_words": right_words,
    }


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
    """The concordance of given ``hits`` (``first``, ``length``, ``pattern``) in one stream."""
    doc_ids = docvars["doc_id"].astype(str).to_numpy()
    part = _lines(stream, patterns, texts=texts, doc_ids=doc_ids, window=window, hits=hits)
    return _assemble([part], docvars=docvars, metadata=metadata, patterns=patterns, window=window)


def _assemble(
    parts: list[dict[str, Any]],
    *,
    docvars: pd.DataFrame,
    metadata: bool,
    patterns: Sequence[Pattern],
    window: int,
) -> Kwic:
    """One :class:`Kwic` from the lines of consecutive streams, with the documents' metadata."""
    doc_ids = docvars["doc_id"].astype(str).to_numpy()
    column = {
        name: list(itertools.chain.from_iterable(p[name] for p in parts))
        if isinstance(parts[0][name], list)
        else np.concatenate([p[name] for p in parts])
        for name in parts[0]
    }
    row = column.pop("row")
    left_words, right_words = column.pop("left_words"), column.pop("right_words")
    frame = pd.DataFrame({"doc_id": doc_ids[row], **column})
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
    n_jobs: int = -1,
) -> Kwic:
    """Find a pattern in every document and show each hit in its context.

    Documents are first screened with a cheap regular-expression search on
    their text (for word, phrase and glob patterns), so only documents that can
    contain a hit are tokenised; searching a whole corpus for a rare word is fast.
    Those documents are tokenised a batch at a time (see
    :mod:`corpuskit.compare.batches`), so memory grows with the hits, not the corpus.

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
        n_jobs: processes that tokenise the documents (``-1``, the default:
            every core); the lines are the same with any value.

    Returns:
        A :class:`Kwic`; ``.to_frame()`` gives ``doc_id, start, end,
        token_start, token_end, left, keyword, right, pattern`` and the
        metadata columns (see :meth:`Kwic.to_frame`). Overlapping hits are all
        kept, one line each.

    Raises:
        ValueError: a bad pattern, ``window < 0`` or a bad ``n_jobs``.
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
    streams, texts, table = stream_batches(
        articles, rule=rule, text_column=text_column, patterns=patterns, n_jobs=n_jobs
    )
    doc_ids = table["doc_id"].astype(str).to_numpy()
    parts = [
        _lines(stream, patterns, texts=texts, doc_ids=doc_ids, window=int(window))
        for stream in streams
    ]
    if not parts:
        empty = np.array([], dtype=np.int64)
        no_tokens = token_stream([], rule=DEFAULT_RULE, docs=empty)
        parts = [_lines(no_tokens, patterns, texts=texts, doc_ids=doc_ids, window=int(window))]
    result = _assemble(
        parts, docvars=table, metadata=docvars, patterns=patterns, window=int(window)
    )
    return result if sort is None else result.sort(by=sort)
