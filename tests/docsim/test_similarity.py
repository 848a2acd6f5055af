"""Document and group similarity: metrics against reference implementations, top-k, nearest."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics.pairwise import cosine_similarity, euclidean_distances

import corpuskit as ck
from corpuskit.docsim import vectors
from corpuskit.docsim.vectors import group_similarity, nearest, similarity


@pytest.fixture(scope="module")
def articles(fixtures):
    return pd.read_csv(fixtures / "similarity" / "articles.csv", parse_dates=["date"])


@pytest.fixture(scope="module")
def fakes_dtm(fakes):
    return ck.dtm(fakes, stopwords=True)


def reference(metric: str, dense: np.ndarray) -> np.ndarray:
    if metric == "cosine":
        return cosine_similarity(dense)
    if metric == "euclidean":
        return 1.0 / (1.0 + euclidean_distances(dense))
    if metric == "correlation":
        return np.corrcoef(dense)
    present = (dense > 0).astype(float)
    inter = present @ present.T
    sizes = present.sum(axis=1)
    return inter / (sizes[:, None] + sizes[None, :] - inter)


@pytest.mark.parametrize("metric", vectors.METRICS)
def test_metrics_match_reference_implementations(fakes_dtm, metric):
    sub = fakes_dtm[:150]
    dense = sub.tfidf().matrix.toarray()
    got = similarity(sub, metric=metric, as_matrix=True).to_numpy()
    np.testing.assert_allclose(got, reference(metric, dense), atol=1e-6)


def test_long_table_holds_each_pair_once_like_the_matrix(fakes_dtm):
    sub = fakes_dtm[:60]
    long = similarity(sub, docvars=["outlet"])
    assert list(long.columns) == ["doc_id_a", "doc_id_b", "similarity", "outlet_a", "outlet_b"]
    assert len(long) == 60 * 59 // 2
    square = similarity(sub, as_matrix=True)
    np.testing.assert_allclose(
        long["similarity"], [square.loc[a, b] for a, b in zip(long["doc_id_a"], long["doc_id_b"])]
    )
    position = {d: i for i, d in enumerate(sub.doc_ids)}
    assert all(position[a] < position[b] for a, b in zip(long["doc_id_a"], long["doc_id_b"]))
    outlets = dict(zip(sub.docvars["doc_id"], sub.docvars["outlet"]))
    assert long["outlet_b"].tolist() == [outlets[b] for b in long["doc_id_b"]]


def test_top_k_and_threshold_agree_with_the_full_matrix(fakes_dtm):
    square = similarity(fakes_dtm, as_matrix=True).to_numpy(copy=True)
    np.fill_diagonal(square, -np.inf)
    top = similarity(fakes_dtm, top_k=3)
    assert len(top) == fakes_dtm.n_docs * 3
    assert (top.groupby("doc_id_a", sort=False)["rank"].apply(list) == [[1, 2, 3]] * 804).all()
    best = np.sort(square, axis=1)[:, ::-1][:, :3].ravel()
    np.testing.assert_allclose(top["similarity"], best)
    assert (top["doc_id_a"] != top["doc_id_b"]).all()
    above = similarity(fakes_dtm, min_similarity=0.9)
    upper = np.triu(square, k=1)
    assert len(above) == int((upper >= 0.9).sum())
    assert (above["similarity"] >= 0.9).all()


def test_other_corpus_is_symmetric_and_self_similarity_is_one(articles):
    first, second = articles.iloc[:3], articles.iloc[3:]
    forward = similarity(first, other=second, as_matrix=True)
    backward = similarity(second, other=first, as_matrix=True)
    np.testing.assert_allclose(forward.to_numpy(), backward.to_numpy().T)
    assert forward.index.tolist() == ["quote", "wire", "unrelated"]
    itself = similarity(articles, other=articles, as_matrix=True).to_numpy()
    np.testing.assert_allclose(np.diag(itself), 1.0)


def test_known_relations_on_the_fixture(articles):
    square = similarity(articles, as_matrix=True)
    assert square.loc["wire"].drop("wire").idxmax() == "copy"
    assert square.loc["reprint"].drop("reprint").idxmax() == "wire"
    assert square.loc["copy"].drop("copy").idxmax() == "wire"
    assert square.loc["unrelated"].drop("unrelated").max() < 0.1
    jaccard = similarity(articles, metric="jaccard", as_matrix=True)
    assert (
        jaccard.loc["wire", "copy"]
        > jaccard.loc["wire", "quote"]
        > jaccard.loc["wire", "unrelated"]
    )


def test_nearest_by_doc_id_and_by_text(articles):
    by_id = nearest(articles, "wire", n=2)
    assert by_id["doc_id"].tolist() == ["copy", "reprint"]
    assert list(by_id.columns[:4]) == ["rank", "doc_id", "similarity", "outlet"]
    text = "Konashenkov said the humanitarian corridors out of Aleppo stay open"
    hits = nearest(articles, text, n=5)
    assert hits["doc_id"].iloc[-1] == "unrelated"
    assert hits["similarity"].is_monotonic_decreasing
    with pytest.raises(ValueError, match="shares no word"):
        nearest(articles, "zzz qqq", n=1)


def test_nearest_text_query_uses_the_corpus_idf(articles):
    m = ck.dtm(articles, stopwords=True)
    text = articles.loc[articles["doc_id"] == "copy", "text"].iloc[0]
    hits = nearest(m, text, n=5).set_index("doc_id")["similarity"]
    row = similarity(m, as_matrix=True).loc["copy"]
    np.testing.assert_allclose(hits["wire"], row["wire"])
    np.testing.assert_allclose(hits["copy"], 1.0)


def test_group_similarity_shape_and_reproducibility(fakes_dtm):
    sub = fakes_dtm.subset(fakes_dtm.docvars["outlet"].isin(["sana", "reuters", "ahram"]))
    first = group_similarity(sub, by="outlet", n_boot=60, seed=3)
    again = group_similarity(sub, by="outlet", n_boot=60, seed=3)
    pd.testing.assert_frame_equal(first, again)
    assert list(first.columns) == [
        "group_a",
        "group_b",
        "similarity",
        "low",
        "high",
        "bias",
        "n_a",
        "n_b",
    ]
    square = first.pivot(index="group_a", columns="group_b", values="similarity")
    np.testing.assert_allclose(square.to_numpy(), square.to_numpy().T)
    np.testing.assert_allclose(np.diag(square), 1.0)
    off = first[first["group_a"] != first["group_b"]]
    assert (off["low"] <= off["high"]).all()
    assert (
        off["low"].notna().all()
        and first.loc[first["group_a"] == first["group_b"], "low"].isna().all()
    )
    sizes = sub.docvars["outlet"].value_counts()
    assert (off["n_a"] == off["group_a"].map(sizes)).all()
    # centroid similarity, directly
    x = sub.tfidf().matrix
    outlet = sub.docvars["outlet"].to_numpy()
    centroid = {g: np.asarray(x[outlet == g].mean(axis=0)).ravel() for g in ("sana", "reuters")}
    direct = cosine_similarity([centroid["sana"]], [centroid["reuters"]])[0, 0]
    got = first.query("group_a == 'sana' and group_b == 'reuters'")["similarity"].item()
    assert got == pytest.approx(direct)


def test_group_similarity_basic_interval_reflects_the_percentile_one(fakes_dtm):
    sub = fakes_dtm.subset(fakes_dtm.docvars["outlet"].isin(["sana", "ahram"]))
    percentile = group_similarity(sub, by="outlet", n_boot=80).iloc[1]
    basic = group_similarity(sub, by="outlet", n_boot=80, method="basic").iloc[1]
    estimate = percentile["similarity"]
    assert basic["low"] == pytest.approx(2 * estimate - percentile["high"])
    assert basic["high"] == pytest.approx(2 * estimate - percentile["low"])
    # resampled centroids are noisier, so their similarity is biased downwards
    assert percentile["bias"] < 0


def test_errors_name_the_argument(articles, monkeypatch):
    with pytest.raises(ValueError, match="metric="):
        similarity(articles, metric="manhattan")
    with pytest.raises(ValueError, match="top_k="):
        similarity(articles, top_k=0)
    with pytest.raises(ValueError, match="as_matrix=True"):
        similarity(articles, as_matrix=True, top_k=2)
    with pytest.raises(ValueError, match="weighting="):
        similarity(ck.dtm(articles).tfidf(), weighting="prop")
    with pytest.raises(ValueError, match="by="):
        group_similarity(articles, by="nope")
    monkeypatch.setattr(vectors, "MAX_PAIRS", 5)
    with pytest.raises(ValueError, match="top_k="):
        similarity(articles)
    assert len(similarity(articles, top_k=1)) == 5


def test_two_processes_give_the_same_neighbours_as_one():
    rng = np.random.default_rng(4)
    vocabulary = [f"w{i}" for i in range(300)]
    texts = [" ".join(rng.choice(vocabulary, size=40)) for _ in range(1100)]
    matrix = ck.dtm(texts)
    one = ck.similarity(matrix, top_k=5, n_jobs=1, progress=False)
    two = ck.similarity(matrix, top_k=5, n_jobs=2, progress=False)
    pd.testing.assert_frame_equal(one, two)
    assert len(one) == 1100 * 5
    close = ck.similarity(matrix, min_similarity=0.2, n_jobs=2, progress=False)
    pd.testing.assert_frame_equal(close, ck.similarity(matrix, min_similarity=0.2, n_jobs=1))
