"""The threaded top-k product gives the block path's nearest-neighbour table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import corpuskit as ck
import corpuskit.docsim.vectors as vectors
from corpuskit.docsim.topk import cosine_top_k, usable


def block_path(monkeypatch, *args, **kwargs) -> pd.DataFrame:
    with monkeypatch.context() as patch:
        patch.setattr(vectors, "usable", lambda x, y: False)
        return ck.similarity(*args, **kwargs)


@pytest.fixture
def matrix() -> ck.DocTermMatrix:
    rng = np.random.default_rng(7)
    counts = sp.random(120, 60, density=0.08, random_state=rng, format="csr")
    counts.data = np.ceil(counts.data * 4)
    counts[5] = 0  # an empty document: its neighbours are all at cosine 0
    counts[6] = counts[7]  # two identical documents
    counts.eliminate_zeros()
    return ck.DocTermMatrix(counts, [f"w{i}" for i in range(60)])


@pytest.mark.parametrize(
    "options",
    [{"top_k": 1}, {"top_k": 7}, {"top_k": 7, "min_similarity": 0.1}, {"top_k": 200}],
)
def test_same_table_as_the_block_path(monkeypatch, matrix, options):
    fast = ck.similarity(matrix, progress=False, **options)
    slow = block_path(monkeypatch, matrix, progress=False, **options)
    keys = ["doc_id_a", "doc_id_b", "rank"]
    assert len(fast) == len(slow) > 0
    # the same cosines at every rank; the same neighbours wherever a cosine is neither tied
    # within the row nor at the cut (ties at the k-th place may go to either document)
    merged = fast.merge(slow, on=["doc_id_a", "rank"], suffixes=("", "_block"))
    np.testing.assert_allclose(merged["similarity"], merged["similarity_block"], atol=1e-12)
    rounded = merged["similarity"].round(9)
    cut = rounded.groupby(merged["doc_id_a"]).transform("min")
    unique = rounded.groupby([merged["doc_id_a"], rounded]).transform("size") == 1
    untied = unique & (rounded > cut)
    assert untied.sum() > 20 or options["top_k"] == 1  # with one neighbour, all are at the cut
    assert (merged.loc[untied, "doc_id_b"] == merged.loc[untied, "doc_id_b_block"]).all()
    assert not fast[keys].duplicated().any()


def test_other_corpus_and_threads(monkeypatch, matrix):
    other = matrix.select(list(matrix.features[:40]))
    fast = ck.similarity(matrix, other=other, top_k=3, n_jobs=2, progress=False)
    slow = block_path(monkeypatch, matrix, other=other, top_k=3, n_jobs=1, progress=False)
    np.testing.assert_allclose(fast["similarity"], slow["similarity"], atol=1e-12)
    assert fast["rank"].tolist() == slow["rank"].tolist()


def test_empty_row_is_completed_with_zero_cosines(matrix):
    x = sp.csr_matrix(matrix.matrix, dtype=float)
    rows, columns, values, ranks = cosine_top_k(x, x, same=True, top_k=4)
    empty = rows == 5
    assert empty.sum() == 4 and (values[empty] == 0).all() and 5 not in columns[empty]
    assert ranks[empty].tolist() == [1, 2, 3, 4]


def test_ties_at_the_cut_go_to_the_earlier_document():
    x = sp.csr_matrix([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    rows, columns, _, _ = cosine_top_k(x, x, same=True, top_k=1)
    assert columns[rows == 1].tolist() == [0]


def test_negative_values_take_the_block_path():
    assert usable(sp.csr_matrix([[1.0, 2.0]]), sp.csr_matrix([[0.0, 3.0]]))
    assert not usable(sp.csr_matrix([[1.0, -2.0]]), sp.csr_matrix([[0.0, 3.0]]))
