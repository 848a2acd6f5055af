"""Token streams a batch of documents at a time, so a corpus never exists as per-token objects.

Tokenising a text with a :class:`~corpuskit.text.tokenize.TokenRule` makes
Python objects for every token (offsets and strings, about 300 bytes each);
for the 36 million tokens of a large news corpus that is over 10 GB. KWIC and
collocations only need the tokens around the hits and, for collocations,
counts: :func:`stream_batches` hands them the corpus as :class:`TokenStream`
objects of about :data:`BATCH_CHARS` characters of text each, in document
order, and they keep integer arrays between batches. With ``n_jobs`` above 1
(default: every core) forked workers tokenise the batches while the caller
consumes them, at most :data:`AHEAD` batches per worker ahead; the streams come
in the same order with the same contents as in one process.

Example:
    >>> import pandas as pd
    >>> from corpuskit.text.tokenize import DEFAULT_RULE
    >>> articles = pd.DataFrame({"text": ["Aleppo fell.", "Mosul too.", "Raqqa."]})
    >>> batches, texts, docvars = stream_batches(articles, rule=DEFAULT_RULE, text_column="text",
    ...                                          batch_chars=25)
    >>> [s.rows.tolist() for s in batches]
    [[0, 1], [2]]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd

from corpuskit._parallel import imap_inherited, workers
from corpuskit.compare.patterns import Pattern, TokenStream, token_stream, tokens_stream
from corpuskit.text.tokenize import TokenRule
from corpuskit.text.tokens import Tokens, document_table

__all__ = ["AHEAD", "BATCH_CHARS", "stream_batches"]

#: characters of text tokenised at once (about 60 MB of token objects at a time)
BATCH_CHARS = 1_000_000
#: batches each worker may tokenise ahead of the consumer (bounds the memory held)
AHEAD = 2


def _bounds(lengths: np.ndarray, batch_chars: int) -> list[tuple[int, int]]:
    """Contiguous ``[a, b)`` ranges of documents with at most ``batch_chars`` characters
    each (a longer document is a range of its own)."""
    out: list[tuple[int, int]] = []
    a, size = 0, 0
    for i, n in enumerate(lengths.tolist()):
        if size and size + n > batch_chars:
            out.append((a, i))
            a, size = i, 0
        size += n
    if a < len(lengths):
        out.append((a, len(lengths)))
    return out


def stream_batches(
    articles: pd.DataFrame | Tokens,
    *,
    rule: TokenRule,
    text_column: str,
    patterns: Sequence[Pattern] | None = None,
    batch_chars: int | None = None,
    n_jobs: int = -1,
) -> tuple[Iterator[TokenStream], list[str] | None, pd.DataFrame]:
    """The corpus as token streams of consecutive documents (see the module docstring).

    Args:
        articles: an articles DataFrame, or a :class:`~corpuskit.text.tokens.Tokens`
            (already tokenised: one stream of all of it).
        rule: the token rule (for a DataFrame).
        text_column: the column holding the text (for a DataFrame).
        patterns: when given, only the documents of a DataFrame that pass some
            pattern's prefilter (:meth:`Pattern.may_match`) are tokenised.
        batch_chars: characters of text per stream (default :data:`BATCH_CHARS`).
        n_jobs: processes that tokenise (``-1``: every core; see
            :func:`corpuskit._parallel.workers`); the streams are the same.

    Returns:
        ``(streams, texts, docvars)`` as :func:`~corpuskit.compare.patterns.corpus_stream`
        returns ``(stream, texts, docvars)``; each stream's ``rows`` are row
        numbers of the input, increasing across streams. No stream for a
        corpus without (kept) documents.

    Raises:
        TypeError: ``articles`` is neither a DataFrame nor Tokens.
        ValueError: ``n_jobs`` is 0 or not an integer.
    """
    if isinstance(articles, Tokens):
        return iter([tokens_stream(articles)]), None, articles.docvars.reset_index(drop=True)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"articles must be an articles DataFrame or a Tokens object, "
            f"got {type(articles).__name__}"
        )
    texts, docvars = document_table(articles, text_column=text_column)
    if patterns is None:
        keep = np.arange(len(texts), dtype=np.int64)
    else:
        keep = np.array(
            [i for i, text in enumerate(texts) if any(p.may_match(text) for p in patterns)],
            dtype=np.int64,
        )
    lengths = np.fromiter((len(texts[i]) for i in keep), dtype=np.int64, count=len(keep))
    bounds = _bounds(lengths, BATCH_CHARS if batch_chars is None else batch_chars)
    n_workers = max(1, min(workers(n_jobs, len(keep)), len(bounds)))

    def batch(texts: Sequence[str], bounds: tuple[int, int]) -> TokenStream:
        rows = keep[bounds[0] : bounds[1]]
        return token_stream([texts[i] for i in rows], rule=rule, docs=rows)

    return imap_inherited(batch, texts, bounds, n_workers, ahead=AHEAD), texts, docvars
