"""KWIC and collocations a batch of documents at a time give what one pass over the corpus gives.

The reference here is the straightforward computation (every token of the
corpus in one stream, per-group bincounts), as ``collocations`` did before it
read the corpus in batches; real news from article_bias_prediction.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit import _parallel
from corpuskit.compare import batches, collocation_counts
from corpuskit.compare.collocation_counts import span_masks
from corpuskit.compare.collocations import association
from corpuskit.compare.groups import group_positions
from corpuskit.compare.patterns import compile_patterns, corpus_stream, find_hits
from corpuskit.text.tokenize import DEFAULT_RULE


@pytest.fixture(scope="module")
def news(data_dir) -> pd.DataFrame:
    articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir)
    return articles.iloc[:400].reset_index(drop=True)


def _reference(articles: pd.DataFrame, node: str, *, by: str | None) -> pd.DataFrame:
    """Collocates of ``node`` from one stream of the whole corpus (min_count=2, window=5)."""
    patterns = compile_patterns(node, rule=DEFAULT_RULE)
    stream, _, docvars = corpus_stream(articles, rule=DEFAULT_RULE, text_column="text")
    groups = group_positions(docvars, by)
    doc_group = np.empty(len(docvars), dtype=np.int64)
    for g, (_, positions) in enumerate(groups):
        doc_group[positions] = g
    token_group = doc_group[stream.doc]
    hits = find_hits(stream, patterns)
    first, length = hits["first"].to_numpy(), hits["length"].to_numpy()
    in_span, _ = span_masks(stream, first, length, window=5, span="both")
    codes, types = stream.token_codes, stream.token_types
    rows = []
    for g, (label, _) in enumerate(groups):
        node_freq = int((token_group[first] == g).sum())
        if not node_freq:
            continue
        in_group = token_group == g
        observed = np.bincount(codes[in_span & in_group], minlength=len(types))
        keep = np.flatnonzero(observed >= 2)
        freq = np.bincount(codes[in_group], minlength=len(types))[keep]
        n_tokens, span_size = int(in_group.sum()), int((in_span & in_group).sum())
        scores = association(observed[keep], span_size, freq, n_tokens, node_freq)
        for i, k in enumerate(keep):
            rows.append(
                (
                    label,
                    types[k],
                    observed[k],
                    freq[i],
                    n_tokens,
                    span_size,
                    scores["log_dice"][i],
                    scores["log_likelihood"][i],
                )
            )
    return pd.DataFrame(
        rows,
        columns=[
            "group",
            "collocate",
            "observed",
            "collocate_freq",
            "n_tokens",
            "span_size",
            "log_dice",
            "log_likelihood",
        ],
    )


@pytest.mark.parametrize("by", [None, "outlet"])
def test_batched_collocations_equal_one_pass_over_the_corpus(news, by, monkeypatch):
    monkeypatch.setattr(batches, "BATCH_CHARS", 20_000)  # about 4 articles a batch
    monkeypatch.setattr(collocation_counts, "_MERGE_AT", 5_000)  # merge counts often
    got = ck.collocations(news, "president", by=by, min_count=2)
    if by is None:
        got.insert(0, "group", "all")
    want = _reference(news, "president", by=by)
    assert len(got) > 50
    key = ["group", "collocate"]
    got = got.sort_values(key).reset_index(drop=True)[want.columns]
    want = want.sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False, check_exact=True)


def test_kwic_lines_do_not_depend_on_the_batch_size(news, monkeypatch):
    whole = ck.kwic(news, ["president", "white house"], window=4)
    monkeypatch.setattr(batches, "BATCH_CHARS", 1)  # one article a batch
    batched = ck.kwic(news, ["president", "white house"], window=4)
    assert len(whole) > 100
    pd.testing.assert_frame_equal(batched.to_frame(), whole.to_frame(), check_exact=True)
    by_left = whole.sort("left").to_frame()
    pd.testing.assert_frame_equal(batched.sort("left").to_frame(), by_left)


def test_batches_cover_every_document_once_in_order(news):
    streams, texts, _ = batches.stream_batches(
        news, rule=DEFAULT_RULE, text_column="text", batch_chars=50_000
    )
    rows = np.concatenate([s.rows for s in streams])
    assert rows.tolist() == list(range(len(texts)))


def test_a_document_longer_than_a_batch_is_a_batch_of_its_own():
    bounds = batches._bounds(np.array([5, 50, 5, 5]), 10)
    assert bounds == [(0, 1), (1, 2), (2, 4)]


@pytest.fixture
def two_workers(monkeypatch):
    """Force the forked path on this small corpus (it would run in-process), with
    many small batches so workers refill their queue."""
    monkeypatch.setattr(batches, "workers", lambda n_jobs, n_docs: 2)
    monkeypatch.setattr(batches, "BATCH_CHARS", 30_000)


def test_forked_batches_are_the_batches_of_one_process(news, two_workers):
    one, _, _ = batches.stream_batches(news, rule=DEFAULT_RULE, text_column="text", n_jobs=1)
    one = list(one)
    forked, _, _ = batches.stream_batches(news, rule=DEFAULT_RULE, text_column="text", n_jobs=2)
    forked = list(forked)
    assert len(one) > 2 * 2 * batches.AHEAD  # the queue is refilled
    assert len(forked) == len(one)
    for a, b in zip(one, forked):
        for field in ("rows", "doc", "start", "end", "codes", "types", "token_codes"):
            np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not _parallel._INHERITED  # the parent keeps no reference to the texts


def test_kwic_and_collocations_on_two_processes_equal_one(news, two_workers):
    lines = ck.kwic(news, ["president", "white house"], window=4, n_jobs=2).to_frame()
    assert len(lines) > 100
    pd.testing.assert_frame_equal(
        lines, ck.kwic(news, ["president", "white house"], window=4, n_jobs=1).to_frame()
    )
    table = ck.collocations(news, "president", by="outlet", n_jobs=2)
    assert len(table) > 20
    pd.testing.assert_frame_equal(table, ck.collocations(news, "president", by="outlet", n_jobs=1))


@pytest.mark.parametrize("n_jobs", [0, 1.5, "2"])
def test_a_bad_n_jobs_is_named(news, n_jobs):
    with pytest.raises(ValueError, match="n_jobs="):
        ck.kwic(news, "president", n_jobs=n_jobs)
