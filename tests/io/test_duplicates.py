"""find_duplicates / drop_duplicates: exact and near-duplicate clusters."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.io import minhash
from corpuskit.io.duplicates import drop_duplicates, dropped_duplicates, find_duplicates

SENTENCE = (
    "russian and syrian jets struck rebel held districts of eastern aleppo on monday "
    "as residents fled toward the government side of the divided city"
)
BASE = SENTENCE.split(" ")  # 24 words -> 20 five-word shingles


def _near(words: list[str]) -> str:
    return " ".join([*words[:-1], "tonight"])  # last shingle differs: J = 19/21


@pytest.fixture
def articles() -> pd.DataFrame:
    base = " ".join(BASE)
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e", "f", "g"],
            "outlet": ["Reuters", "AP", "TASS", "SANA", "BBC", "CNN", "X"],
            "date": pd.to_datetime(
                ["2016-12-05", "2016-12-04", None, "2016-12-06", "2016-12-01", None, None]
            ),
            "text": [
                base.capitalize() + ".",
                base.upper() + "!!",  # exact duplicate of a: case and punctuation differ
                "Mosul offensive resumes as Iraqi forces push into the old city.",
                _near(BASE),  # near duplicate of a
                "A completely different story about football results in Madrid.",
                "...",  # no words
                "…",  # no words either
            ],
        }
    )


def test_exact_and_near_cluster(articles):
    clusters = find_duplicates(articles)
    assert clusters.columns.tolist() == [
        "cluster_id",
        "n_members",
        "doc_id",
        "outlet",
        "date",
        "kind",
        "similarity_to_first",
    ]
    assert clusters["doc_id"].tolist() == ["a", "b", "d"]
    assert clusters["cluster_id"].tolist() == [0, 0, 0]
    assert clusters["n_members"].tolist() == [3, 3, 3]
    assert clusters["kind"].tolist() == ["exact", "exact", "near"]
    assert clusters["outlet"].tolist() == ["Reuters", "AP", "SANA"]
    assert clusters["similarity_to_first"].tolist() == pytest.approx([1.0, 1.0, 19 / 21])


def test_threshold_above_the_similarity_leaves_only_exact(articles):
    clusters = find_duplicates(articles, threshold=0.95)
    assert clusters["doc_id"].tolist() == ["a", "b"]
    assert clusters["kind"].tolist() == ["exact", "exact"]


def test_shingle_size_changes_similarity(articles):
    # with 2-word shingles: 23 shingles each, 22 shared: J = 22/24
    clusters = find_duplicates(articles, shingle=2)
    assert clusters.loc[clusters["doc_id"] == "d", "similarity_to_first"].item() == pytest.approx(
        22 / 24
    )


def test_methods_agree_on_the_fixture(articles):
    minhash = find_duplicates(articles)
    exhaustive = find_duplicates(articles, method="exhaustive")
    pd.testing.assert_frame_equal(minhash, exhaustive)
    exact = find_duplicates(articles, method="exact")
    assert exact["doc_id"].tolist() == ["a", "b"]


def test_clusters_sorted_by_size():
    texts = ["alpha beta gamma delta"] * 2 + ["one two three four five six"] * 3
    arts = pd.DataFrame({"doc_id": list("abcde"), "text": texts})
    clusters = find_duplicates(arts)
    assert clusters["cluster_id"].tolist() == [0, 0, 0, 1, 1]
    assert clusters["doc_id"].tolist() == ["c", "d", "e", "a", "b"]
    assert clusters["n_members"].tolist() == [3, 3, 3, 2, 2]
    assert clusters["outlet"].isna().all() and clusters["date"].isna().all()


def test_no_duplicates_gives_an_empty_frame(articles):
    clusters = find_duplicates(articles.iloc[[2, 4]])
    assert clusters.empty
    assert "similarity_to_first" in clusters.columns


def test_argument_errors(articles):
    with pytest.raises(ValueError, match="method="):
        find_duplicates(articles, method="simhash")
    with pytest.raises(ValueError, match="threshold="):
        find_duplicates(articles, threshold=0)
    with pytest.raises(ValueError, match="shingle="):
        find_duplicates(articles, shingle=0)
    with pytest.raises(ValueError, match="no column 'text'"):
        find_duplicates(articles.drop(columns="text"))


def test_drop_keep_first(articles):
    kept = drop_duplicates(articles)
    assert kept["doc_id"].tolist() == ["a", "c", "e", "f", "g"]
    dropped = dropped_duplicates(kept)
    assert dropped.columns.tolist() == [
        "cluster_id",
        "doc_id",
        "kept_doc_id",
        "kind",
        "similarity_to_first",
    ]
    assert dropped["doc_id"].tolist() == ["b", "d"]
    assert dropped["kept_doc_id"].tolist() == ["a", "a"]
    assert kept.index.tolist() == list(range(5))


def test_drop_keep_earliest(articles):
    kept = drop_duplicates(articles, keep="earliest")
    assert kept["doc_id"].tolist() == ["b", "c", "e", "f", "g"]
    assert dropped_duplicates(kept)["kept_doc_id"].tolist() == ["b", "b"]


def test_drop_with_given_clusters_and_errors(articles):
    clusters = find_duplicates(articles, threshold=0.95)
    kept = drop_duplicates(articles, clusters=clusters)
    assert "b" not in kept["doc_id"].tolist() and "d" in kept["doc_id"].tolist()
    with pytest.raises(ValueError, match="keep="):
        drop_duplicates(articles, keep="last")
    foreign = clusters.assign(doc_id=["zz", "a"])
    with pytest.raises(ValueError, match="'zz'"):
        drop_duplicates(articles, clusters=foreign)


def test_reproducible_for_a_seed(articles):
    pd.testing.assert_frame_equal(
        find_duplicates(articles, seed=3), find_duplicates(articles, seed=3)
    )


@pytest.fixture(scope="module")
def fakes(data_dir):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ck.read_articles(data_dir / "fakes" / "fakes.csv")


def test_fakes_clusters(fakes):
    clusters = find_duplicates(fakes)
    # structure: every cluster has >= 2 members, counts agree, sorted by size
    sizes = clusters.groupby("cluster_id")["doc_id"].size()
    assert (sizes >= 2).all()
    assert (clusters.groupby("cluster_id")["n_members"].first() == sizes).all()
    assert list(sizes) == sorted(sizes, reverse=True)
    assert clusters["doc_id"].is_unique
    firsts = clusters.groupby("cluster_id").head(1)
    assert (firsts["similarity_to_first"] == 1.0).all()
    pairs = clusters[clusters["n_members"] == 2]
    assert (pairs["similarity_to_first"] >= 0.8).all()
    assert set(clusters["kind"]) == {"exact", "near"}
    # FA-KES rows 462-465: four SANA copies of one story under one unit_id
    biggest = clusters[clusters["cluster_id"] == 0]
    assert biggest["doc_id"].tolist() == ["fakes:462", "fakes:463", "fakes:464", "fakes:465"]
    assert set(biggest["kind"]) == {"exact"}
    assert set(biggest["outlet"]) == {"sana"}
    # MinHash candidates miss nothing the exhaustive comparison finds
    pd.testing.assert_frame_equal(clusters, find_duplicates(fakes, method="exhaustive"))


def test_fakes_drop_duplicates(fakes):
    clusters = find_duplicates(fakes)
    kept = drop_duplicates(fakes, clusters=clusters)
    n_clusters = clusters["cluster_id"].nunique()
    assert len(kept) == len(fakes) - len(clusters) + n_clusters
    dropped = dropped_duplicates(kept)
    assert len(dropped) == len(clusters) - n_clusters
    assert not np.isin(dropped["doc_id"], kept["doc_id"]).any()
    assert np.isin(dropped["kept_doc_id"], kept["doc_id"]).all()


def test_dropped_record_survives_parquet(articles, tmp_path):
    kept = drop_duplicates(articles)
    kept.to_parquet(tmp_path / "kept.parquet")
    assert len(pd.read_parquet(tmp_path / "kept.parquet")) == len(kept)
    with pytest.raises(KeyError, match="no record of dropped duplicates"):
        dropped_duplicates(articles)


def test_seed_none_draws_a_fresh_seed_and_still_finds_the_clusters(articles):
    fixed = find_duplicates(articles, seed=0)
    fresh = find_duplicates(articles, seed=None)
    assert set(fresh["doc_id"]) == set(fixed["doc_id"])


def test_drop_duplicates_clusters_by_position_still_works_with_a_warning():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["same words here " * 5] * 2})
    clusters = find_duplicates(articles)
    with pytest.warns(FutureWarning, match="clusters="):
        kept = drop_duplicates(articles, clusters)
    expected = drop_duplicates(articles, clusters=clusters)
    assert kept["doc_id"].tolist() == expected["doc_id"].tolist() == ["a"]


def test_chunks_change_neither_word_ids_nor_clusters(fakes, monkeypatch):
    texts = fakes["text"].iloc[:40]
    one_pass = minhash._Vocabulary()
    ids, lengths = minhash._token_ids(texts.tolist(), one_pass)
    by_chunk = minhash._Vocabulary()
    parts = [minhash._token_ids(texts.iloc[b : b + 7].tolist(), by_chunk) for b in range(0, 40, 7)]
    np.testing.assert_array_equal(np.concatenate([p[0] for p in parts]), ids)
    np.testing.assert_array_equal(np.concatenate([p[1] for p in parts]), lengths)
    assert by_chunk.words == one_pass.words  # numbered by first appearance in the corpus
    # the sets made on demand are those of the whole corpus hashed at once
    sets = minhash.scan(texts, shingle=5, salt=None).sets
    hashes = minhash._shingle_hashes(ids, lengths, 5)
    ends = np.cumsum(minhash._shingle_counts(lengths, 5))
    for position in (0, 17, 39):
        start = ends[position - 1] if position else 0
        np.testing.assert_array_equal(sets[position], np.unique(hashes[start : ends[position]]))
    whole = {m: find_duplicates(fakes, method=m) for m in ("minhash", "exhaustive", "exact")}
    monkeypatch.setattr(minhash, "CHUNK_DOCS", 7)
    for method, clusters in whole.items():
        assert len(clusters) > 10
        pd.testing.assert_frame_equal(find_duplicates(fakes, method=method), clusters)
