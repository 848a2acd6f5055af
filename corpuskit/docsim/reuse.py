"""Text reuse: passages that articles share, and who reprints whom.

Each text is cut into tokens (the default token rule: lower-cased, so case and
punctuation do not matter) and into **shingles**, the runs of ``n``
consecutive tokens, each hashed to 64 bits (a collision between two different
shingles has probability about :math:`2^{-64}` per pair). For documents *a*
and *b* with shingle sets :math:`S_a`, :math:`S_b` (Broder 1997, "On the
resemblance and containment of documents"):

- ``containment_a`` :math:`= |S_a \\cap S_b| / |S_a|`, the share of *a* found in *b*;
- ``containment_b`` :math:`= |S_a \\cap S_b| / |S_b|`, the share of *b* found in *a*;
- ``jaccard`` :math:`= |S_a \\cap S_b| / |S_a \\cup S_b|`.

A lightly edited copy keeps most of its shingles (changing one word breaks only
the ``n`` shingles that cover it), so all three stay high; a story that quotes
one paragraph of a wire story has a small containment of the wire story but a
larger one of itself. Candidate pairs come from an inverted index of shingle
hashes, computed as one sparse product (documents x shingles times its
transpose), so the whole corpus is handled at once without comparing every
pair. Shingles found in more than ``max_docfreq`` documents (boilerplate such as
"the Syrian Observatory for Human Rights said") are ignored, in the shared
counts and in the denominators alike. Shingles found in more than
``max_candidate_docfreq`` documents (default 50) still count, but do not
*propose* pairs: only pairs that share at least one rarer shingle are scored
(exactly, with every shingle they share). A shingle in *d* documents proposes
*d (d - 1) / 2* pairs, so without this bound the candidates, and the time,
grow with the square of the corpus wherever a passage is printed in many
articles (page furniture, photo captions, newsletter boxes); with it they grow
with the corpus. The pairs left out share nothing but such widely printed
text; ``max_candidate_docfreq=None`` finds them too (the text-reuse tool
passim likewise indexes only the n-grams found in at most 100 documents by
default).

Shared **passages** are then aligned: the positions of the shared shingles in
both texts are matched, and runs of consecutive matching shingles on the same
offset (shingle *i* of *a* with *j* of *b*, *i+1* with *j+1*, ...) are merged into
one passage, the maximal run of identical tokens (at least ``n``) with its
character offsets in both texts. An edit breaks a passage in two. Text
repeated inside an article (a paragraph printed twice, a recurring
sign-off) matches on several offsets; the longest runs are kept first and
runs overlapping them dropped, so every word is aligned at most once.

**Cost.** Cutting the texts into tokens takes most of the time and grows
with the text. The rest grows with what the articles share: a proposed
candidate pair costs about 0.1 microseconds in the sparse product, and
aligning a reported pair's passages about 0.2 ms. In a sample of a corpus
both counts grow faster than the sample, since a story's copies are all in
the whole corpus but few are in a sample (article_bias_prediction after the
furniture step: 18 candidates and 0.007 pairs per article in its first 2,000
articles, 160 and 0.044 in all 37,317).

The steps live in :mod:`corpuskit.docsim.shingles` (tokens, shingles,
candidate pairs), :mod:`corpuskit.docsim.passages` (alignment) and
:mod:`corpuskit.docsim.direction` (which article came first).
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral, Real
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._progress import progress as _progress
from corpuskit.constants import TEXT_COLUMNS
from corpuskit.docsim.direction import _date_spans, _directions
from corpuskit.docsim.passages import _passage_frame, _passages
from corpuskit.docsim.reuse_result import DIRECTIONS, ReuseResult, reuse_summary
from corpuskit.docsim.shingles import _candidates, _columns, _shingles, _tokenize
from corpuskit.docsim.vectors import pair_frame
from corpuskit.docterm import docfreq_bound
from corpuskit.schema import string_dtype

__all__ = [
    "DEFAULT_MAX_CANDIDATE_DOCFREQ",
    "DEFAULT_MAX_DOCFREQ",
    "DEFAULT_MAX_SHARE",
    "DIRECTIONS",
    "METHODS",
    "ReuseResult",
    "reuse",
    "reuse_summary",
]

#: Methods of :func:`reuse`.
METHODS: tuple[str, ...] = ("shingles",)

#: Default ``max_candidate_docfreq``: shingles in more documents propose no pairs.
DEFAULT_MAX_CANDIDATE_DOCFREQ = 50
#: Default ``max_docfreq``: the larger of this many documents ...
DEFAULT_MAX_DOCFREQ = 10
#: ... and this share of the documents.
DEFAULT_MAX_SHARE = 0.01


# ---------------------------------------------------------------------- public API


def _check_articles(articles: Any, text_column: str) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles= must be a DataFrame, got {type(articles).__name__}")
    missing = [c for c in ("doc_id", text_column) if c not in articles.columns]
    if missing:
        raise ValueError(f"articles= lacks column(s) {missing}; it has {list(articles.columns)}")
    ids = articles["doc_id"]
    if ids.isna().any() or ids.duplicated().any():
        repeated = ids[ids.duplicated()].tolist()[:5]
        raise ValueError(f"articles= 'doc_id' must be unique and complete; repeated: {repeated}")


def reuse(
    articles: pd.DataFrame,
    *,
    n: int = 5,
    min_shared: int = 5,
    threshold: float = 0.2,
    max_docfreq: float | None = None,
    max_candidate_docfreq: float | None = DEFAULT_MAX_CANDIDATE_DOCFREQ,
    method: str = "shingles",
    rule: Any = None,
    text_column: str = "text",
    docvars: bool | str | Sequence[str] = False,
    progress: bool | None = None,
    n_jobs: int = -1,
) -> ReuseResult:
    """Find the pairs of articles that share passages, and align the passages.

    Method and formulas: see :mod:`corpuskit.docsim.reuse`. A pair is reported
    when it shares at least ``min_shared`` distinct shingles and at least one
    of the two documents has ``threshold`` of its shingles in the other
    (``max(containment_a, containment_b) >= threshold``). Texts shorter than
    ``n`` tokens have no shingle and are never reported.

    The ``direction`` of a pair comes from the dates: ``"a->b"`` when *a* was
    published before *b* (so *b* may reuse *a*), ``"b->a"`` the other way,
    ``"same day"`` when both have the same day (and, for two ``"datetime"``
    dates, the same time), and ``"unknown"`` when a date is missing or too
    coarse (``date_precision`` ``"month"`` or ``"year"`` periods that overlap).
    The earlier text need not be the source: both may copy a third.

    Args:
        articles: an articles DataFrame (``doc_id`` and the text; ``outlet``,
            ``date`` and ``date_precision`` are used when present).
        n: words per shingle (5 is usual for news; smaller finds shorter
            quotations and more chance matches).
        min_shared: least number of distinct shared shingles for a pair.
        threshold: least containment (of either document) for a pair, in [0, 1].
        max_docfreq: ignore shingles found in more documents than this (an
            ``int``), or than this proportion of documents (a ``float`` in (0, 1]).
            ``None`` (default): the larger of 10 documents and 1% of them. Page
            furniture scraped with the text ("Follow us on Instagram", lists of
            related news) repeats across an outlet's articles; lower this when
            one outlet's pairs are dominated by it.
        max_candidate_docfreq: shingles found in more documents than this (an
            ``int``, or a proportion as for ``max_docfreq``) do not propose
            candidate pairs but still count when a pair is scored, so every
            pair reported has exactly the counts it would have without the
            bound; only pairs sharing nothing rarer are left out. Default 50
            documents: the cost then grows with the corpus. ``None``: every
            shingle up to ``max_docfreq`` proposes pairs (the exact, quadratic
            search).
        method: ``"shingles"``, the only method.
        rule: the :class:`~corpuskit.text.tokenize.TokenRule`; default rule if None.
        text_column: the column holding the text.
        docvars: other article columns to add to the pairs as ``<column>_a``
            and ``<column>_b`` (``True``: every non-text column).
        progress: show a progress bar (``None``: when interactive).
        n_jobs: processes that tokenise the texts (``-1``, the default: every
            core); the result is the same with any value.

    Returns:
        A :class:`ReuseResult`. Its ``pairs``: one row per pair, *a* before *b*
        in row order, in that order: ``doc_id_a``, ``doc_id_b``, ``outlet_a``,
        ``outlet_b`` (NA without an ``outlet`` column), ``date_a``, ``date_b``
        (NaT without ``date``), ``direction`` (see above), ``shared_shingles``
        (int), ``containment_a``, ``containment_b``, ``jaccard`` (floats in
        [0, 1]), ``n_passages`` (int), then the requested docvars. Its
        ``passages``: one row per passage, ordered by pair then ``start_a``:
        ``doc_id_a``, ``doc_id_b``, ``start_a``, ``end_a``, ``start_b``,
        ``end_b`` (character offsets, so ``text[start:end]`` is the passage as
        written in each article), ``n_words`` (tokens in the passage) and
        ``text_a`` (the passage as written in *a*).

    Raises:
        ValueError: a bad option, a missing column, or doc ids that are not unique.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({
        ...     "doc_id": ["wire", "copy"], "outlet": ["TASS", "Sputnik"],
        ...     "date": pd.to_datetime(["2016-10-20", "2016-10-21"]),
        ...     "text": ["Russian jets paused strikes on Aleppo to let civilians out of the city.",
        ...              "Russian jets paused strikes on Aleppo to let civilians out, TASS said."]})
        >>> result = reuse(arts, n=4, min_shared=3)
        >>> result.pairs[["doc_id_a", "doc_id_b", "direction", "shared_shingles"]].values.tolist()
        [['wire', 'copy', 'a->b', 7]]
    """
    _check_articles(articles, text_column)
    if isinstance(n, bool) or not isinstance(n, Integral) or n < 1:
        raise ValueError(f"n= must be a positive integer, got {n!r}")
    if isinstance(min_shared, bool) or not isinstance(min_shared, Integral) or min_shared < 1:
        raise ValueError(f"min_shared= must be a positive integer, got {min_shared!r}")
    if isinstance(threshold, bool) or not isinstance(threshold, Real) or not 0 <= threshold <= 1:
        raise ValueError(f"threshold= must be a number in [0, 1], got {threshold!r}")
    if method not in METHODS:
        raise ValueError(f"method= must be one of {METHODS}, got {method!r}")
    n_docs = len(articles)
    ceiling = (
        max(DEFAULT_MAX_DOCFREQ, DEFAULT_MAX_SHARE * n_docs)
        if max_docfreq is None
        else docfreq_bound(max_docfreq, "max_docfreq", n_docs)
    )
    propose = (
        None
        if max_candidate_docfreq is None
        else docfreq_bound(max_candidate_docfreq, "max_candidate_docfreq", n_docs)
    )
    frame = articles.reset_index(drop=True)
    texts = frame[text_column].fillna("").astype(str).tolist()
    tokens = _tokenize(texts, rule, progress, n_jobs)
    doc, first, hashes = _shingles(tokens, int(n))
    columns, n_columns = _columns(hashes)
    del hashes
    a, b, shared, containment_a, containment_b, n_shingles, kept = _candidates(
        doc,
        columns,
        n_columns,
        n_docs,
        ceiling=ceiling,
        min_shared=min_shared,
        threshold=threshold,
        propose_ceiling=propose,
    )
    by_doc = np.searchsorted(doc[kept], np.arange(n_docs + 1))
    kept_first, kept_codes = first[kept], columns[kept]
    rows = []
    n_passages = np.zeros(len(a), dtype=np.int64)
    aligned = _progress(zip(a, b), total=len(a), desc="passages", show=progress)
    for pair, (x, y) in enumerate(aligned):
        runs = _passages(
            kept_first[by_doc[x] : by_doc[x + 1]],
            kept_codes[by_doc[x] : by_doc[x + 1]],
            kept_first[by_doc[y] : by_doc[y + 1]],
            kept_codes[by_doc[y] : by_doc[y + 1]],
            n,
        )
        n_passages[pair] = len(runs)
        rows.extend((x, y, *run) for run in runs.tolist())

    documents = frame.drop(columns=[c for c in (*TEXT_COLUMNS, text_column) if c in frame.columns])
    documents.insert(1, "n_shingles", n_shingles.astype(np.int64))
    pairs = pair_frame(documents, documents, a, b, [])
    outlet = frame["outlet"] if "outlet" in frame.columns else pd.Series(pd.NA, index=frame.index)
    for side, positions in (("a", a), ("b", b)):
        pairs[f"outlet_{side}"] = pd.array(
            outlet.iloc[positions].astype(object).to_numpy(), dtype=string_dtype()
        )
    dates, ends, precision = _date_spans(frame)
    pairs["date_a"] = dates.iloc[a].to_numpy()
    pairs["date_b"] = dates.iloc[b].to_numpy()
    pairs["direction"] = pd.array(_directions(dates, ends, precision, a, b), dtype=string_dtype())
    pairs["shared_shingles"] = shared
    pairs["containment_a"] = containment_a.astype(float)
    pairs["containment_b"] = containment_b.astype(float)
    pairs["jaccard"] = (shared / (n_shingles[a] + n_shingles[b] - shared)).astype(float)
    pairs["n_passages"] = n_passages
    extra = pair_frame(documents, documents, a, b, _pair_columns(documents, docvars))
    pairs = pd.concat([pairs, extra.drop(columns=["doc_id_a", "doc_id_b"])], axis=1)
    return ReuseResult(
        pairs=pairs,
        passages=_passage_frame(frame, texts, tokens, rows),
        documents=documents,
        n=int(n),
        threshold=float(threshold),
        min_shared=int(min_shared),
        max_docfreq=float(ceiling),
        max_candidate_docfreq=None if propose is None else float(propose),
    )


def _pair_columns(documents: pd.DataFrame, docvars: bool | str | Sequence[str]) -> list[str]:
    reserved = {"doc_id", "n_shingles", "outlet", "date"}
    if docvars is False or docvars is None:
        return []
    if docvars is True:
        return [c for c in documents.columns if c not in reserved]
    wanted = [docvars] if isinstance(docvars, str) else list(docvars)
    missing = [c for c in wanted if c not in documents.columns]
    if missing:
        raise ValueError(f"docvars= names columns not in the articles (or text columns): {missing}")
    return [c for c in wanted if c not in reserved]
