"""Topic models: reproducibility, result tables, coherence by hand, validation on BBC News."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_mutual_info_score

import corpuskit as ck
from corpuskit.docsim.topics import TopicModel, select_n_topics, topics
from corpuskit.docterm import DocTermMatrix


@pytest.fixture(scope="module")
def bbc():
    articles = ck.load_dataset("bbc_news")
    return ck.dtm(articles, stopwords=True).trim(min_docfreq=5, max_docfreq=0.5)


@pytest.fixture(scope="module")
def bbc_model(bbc):
    return topics(bbc, n_topics=5, seed=0)


def test_nmf_topics_recover_the_bbc_categories(bbc, bbc_model):
    dominant = bbc_model.dominant_topic
    assert dominant.index.tolist() == bbc.docvars["doc_id"].tolist()
    ami = adjusted_mutual_info_score(bbc.docvars["category"], dominant.to_numpy())
    # measured 0.801 (docs/similarity.md); the floor leaves room for solver changes
    assert ami > 0.75
    sport = bbc_model.doc_topics.query("category == 'sport'")[bbc_model.topic_columns].mean()
    assert sport.max() > 0.6


def test_same_seed_same_topics(bbc, bbc_model):
    again = topics(bbc, n_topics=5, seed=0)
    np.testing.assert_array_equal(again.shares, bbc_model.shares)
    pd.testing.assert_frame_equal(again.top_terms, bbc_model.top_terms)
    small = bbc[:300].trim(min_docfreq=10)
    first = topics(small, n_topics=3, method="lda", seed=4, max_iter=5)
    second = topics(small, n_topics=3, method="lda", seed=4, max_iter=5)
    np.testing.assert_array_equal(first.shares, second.shares)


def test_result_tables(bbc, bbc_model):
    terms = bbc_model.top_terms
    assert list(terms.columns) == ["topic", "rank", "term", "weight"]
    assert len(terms) == 5 * 10
    assert (terms.groupby("topic")["weight"].apply(lambda w: w.is_monotonic_decreasing)).all()
    doc_topics = bbc_model.doc_topics
    assert list(doc_topics.columns) == [*bbc.docvars.columns, *bbc_model.topic_columns]
    np.testing.assert_allclose(doc_topics[bbc_model.topic_columns].sum(axis=1), 1.0)
    reps = bbc_model.representative_docs(n=3)
    assert list(reps.columns[:4]) == ["topic", "rank", "doc_id", "share"]
    assert "category" in reps.columns and len(reps) == 15
    assert (reps.groupby("topic")["share"].apply(lambda s: s.is_monotonic_decreasing)).all()
    long = bbc_model.to_frame()
    assert len(long) == bbc.n_docs * 5
    assert long.loc[long["doc_id"] == bbc.doc_ids[0], "share"].tolist() == pytest.approx(
        bbc_model.shares[0].tolist()
    )
    assert bbc_model.labels.str.count(", ").eq(2).all()


def test_prevalence_by_group_with_intervals(bbc_model):
    first = bbc_model.prevalence(by="category", n_boot=100, seed=1)
    assert list(first.columns) == ["group", "topic", "label", "prevalence", "low", "high", "n_docs"]
    assert len(first) == 5 * 5
    assert ((first["low"] <= first["prevalence"]) & (first["prevalence"] <= first["high"])).all()
    totals = first.groupby("group")["prevalence"].sum()
    np.testing.assert_allclose(totals, 1.0)
    assert first.groupby("group")["n_docs"].first().to_dict()["sport"] == 511
    pd.testing.assert_frame_equal(first, bbc_model.prevalence(by="category", n_boot=100, seed=1))
    overall = bbc_model.prevalence(n_boot=20)
    assert overall["group"].eq("all").all() and overall["n_docs"].eq(2225).all()


def test_coherence_by_hand():
    # documents: {a, b}, {a, b}, {a, c}, {d}; one topic with terms a > b, one with c > d
    counts = np.array([[1, 1, 0, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 1]])
    m = DocTermMatrix(counts, ["a", "b", "c", "d"])
    weights = np.array([[2.0, 1.0, 0.0, 0.0], [0.0, 0.0, 2.0, 1.0]])
    model = TopicModel(
        model=None, method="nmf", shares=np.full((4, 2), 0.5), weights=weights, dtm=m, top_n=2
    )
    umass = model.coherence("umass")["coherence"].tolist()
    # log((D(a,b) + 1) / D(a)) = log(3 / 3); log((D(c,d) + 1) / D(c)) = log(1 / 1)
    assert umass == pytest.approx([0.0, 0.0])
    npmi = model.coherence("npmi")["coherence"].tolist()
    # P(a,b) = 1/2, P(a) = 3/4, P(b) = 1/2; c and d never co-occur: -1
    assert npmi == pytest.approx([math.log(0.5 / (0.75 * 0.5)) / -math.log(0.5), -1.0])


def test_select_n_topics(bbc):
    small = bbc[:400].trim(min_docfreq=10)
    scores = select_n_topics(small, candidates=(2, 5), top_n=8)
    assert list(scores.columns) == ["n_topics", "metric", "value", "sd"]
    assert scores["n_topics"].tolist() == [2, 5]
    assert scores["metric"].eq("npmi").all() and scores["value"].between(-1, 1).all()
    umass = select_n_topics(small, candidates=(3,), coherence="umass")
    assert (umass["value"] <= 0).all()
    perplexity = select_n_topics(
        small, candidates=(2, 3), method="lda", metric="perplexity", max_iter=5
    )
    assert perplexity["metric"].eq("perplexity").all() and (perplexity["value"] > 1).all()


def test_errors(bbc):
    with pytest.raises(ValueError, match="method="):
        topics(bbc, method="lsa")
    with pytest.raises(ValueError, match="models counts"):
        topics(bbc.tfidf(), method="lda")
    with pytest.raises(ValueError, match="n_topics="):
        topics(bbc[:3], n_topics=5)
    with pytest.raises(ValueError, match="perplexity"):
        select_n_topics(bbc, metric="perplexity")
