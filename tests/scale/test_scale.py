"""corpuskit on Dask: the same results as with pandas, on a 2-worker LocalCluster."""

from __future__ import annotations

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import corpuskit as ck
from corpuskit.scale import is_dask
from corpuskit.scale.cluster import compute, persist

# the test frames travel inside the task graphs (dd.from_pandas)
pytestmark = pytest.mark.filterwarnings("ignore:Sending large graph:UserWarning")


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with Client(cluster) as running:
        yield running
    cluster.close()


def _dask(frame: pd.DataFrame, npartitions: int):
    # keep corpuskit's string dtype (Dask would convert it to string[pyarrow])
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_pandas(frame, npartitions=npartitions)


@pytest.fixture(scope="module")
def fakes_pair(fakes):
    frame = fakes.copy()
    return frame, _dask(frame, 4)


@pytest.fixture(scope="module")
def abp_pair():
    frame = ck.load_dataset("article_bias_prediction").head(3000).reset_index(drop=True)
    return frame, _dask(frame, 4)


def _same_dtm(a: ck.DocTermMatrix, b: ck.DocTermMatrix) -> None:
    assert a.features.tolist() == b.features.tolist()
    assert a.shape == b.shape
    assert (a.matrix != b.matrix).nnz == 0
    pd.testing.assert_frame_equal(a.docvars, b.docvars)


def test_is_dask_tells_collections_apart(fakes_pair):
    frame, ddf = fakes_pair
    assert is_dask(ddf) and is_dask(ddf["text"])
    assert not is_dask(frame) and not is_dask([1, 2])


@pytest.mark.parametrize("pair", ["fakes_pair", "abp_pair"])
def test_dtm_and_grouped_counts_equal_pandas(client, request, pair):
    frame, ddf = request.getfixturevalue(pair)
    expected = ck.dtm(frame, stopwords=True)
    got = ck.dask.dtm(ddf, stopwords=True)
    _same_dtm(expected, got)
    by = "outlet" if pair == "fakes_pair" else "bias_text"
    _same_dtm(expected.group(by), ck.dask.group_counts(ddf, by=by, stopwords=True))


def test_dtm_trimming_and_bigrams_equal_pandas(client, fakes_pair):
    frame, ddf = fakes_pair
    options = {"ngram_range": (1, 2), "min_count": 3, "min_docfreq": 0.01}
    _same_dtm(ck.dtm(frame, **options), ck.dask.dtm(ddf, **options))


def test_lemmatised_dtm_equals_pandas(client):
    # Russian news with a language column: one English row keeps its word forms
    frame = ck.load_dataset("rusentrel").head(24).reset_index(drop=True)
    frame["language"] = ["en" if i == 3 else "ru" for i in range(len(frame))]
    ddf = _dask(frame, 3)
    expected = ck.dtm(frame, lemmatize=True, min_count=2)
    _same_dtm(expected, ck.dask.dtm(ddf, lemmatize=True, min_count=2))
    assert expected.n_features < ck.dtm(frame, min_count=2).n_features
    hashed = ck.dask.dtm(ddf, lemmatize=True, vocabulary="hashing", n_features=2**20)
    names = {name for bucket in hashed.features for name in bucket.split("|")}
    assert names == set(ck.dtm(frame, lemmatize=True).features)


def test_keyness_on_grouped_dask_counts_equals_pandas(client, abp_pair):
    frame, ddf = abp_pair
    expected = ck.keyness(ck.dtm(frame).group("bias_text"), target="left", by="bias_text")
    got = ck.keyness(ck.dask.group_counts(ddf, by="bias_text"), target="left", by="bias_text")
    pd.testing.assert_frame_equal(expected, got, rtol=1e-9, atol=1e-12)
    assert len(got) > 100


def test_hashing_rows_sum_colliding_columns(client, fakes_pair):
    frame, ddf = fakes_pair
    exact = ck.dtm(frame)
    hashed = ck.dask.dtm(ddf, vocabulary="hashing", n_features=4096)
    assert hashed.n_features <= 4096 < exact.n_features
    assert hashed.doc_ids.tolist() == exact.doc_ids.tolist()
    assert np.array_equal(hashed.row_sums(), exact.row_sums())
    counts = exact.feature_counts()
    for name, total in hashed.feature_counts().items():
        assert total == counts[name.split("|")].sum()
    with pytest.raises(ValueError, match=r"hashed matrix .* max_nnz"):
        ck.dask.dtm(ddf, vocabulary="hashing", n_features=4096, max_nnz=hashed.matrix.nnz - 1)


def test_dtm_over_max_nnz_refuses_or_writes_parts(client, fakes_pair, tmp_path):
    frame, ddf = fakes_pair
    with pytest.raises(ValueError, match="max_nnz"):
        ck.dask.dtm(ddf, max_nnz=10)
    paths = ck.dask.dtm(ddf, max_nnz=10, path=tmp_path)
    parts = [ck.DocTermMatrix.load(p) for p in paths]
    assert len(parts) == ddf.npartitions
    expected = ck.dtm(frame)
    assert all(p.features.tolist() == expected.features.tolist() for p in parts)
    stacked = np.vstack([p.matrix.toarray() for p in parts])
    assert np.array_equal(stacked, expected.matrix.toarray())
    # pass 1's scratch folders are gone; only the parts and their manifest remain
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "manifest.json",
        *[p.name for p in paths],
    ]


def test_parts_group_and_stack_equal_pandas(client, fakes_pair, tmp_path):
    frame, ddf = fakes_pair
    expected = ck.dtm(frame, stopwords=True, min_docfreq=3)
    parts = ck.dask.dtm(ddf, stopwords=True, min_docfreq=3, path=tmp_path / "dtm")
    assert isinstance(parts, ck.DocTermParts) and len(parts) == ddf.npartitions
    _same_dtm(expected, parts.stack())
    _same_dtm(expected.group("outlet"), parts.group("outlet", progress=False))
    _same_dtm(expected, ck.DocTermParts.open(tmp_path / "dtm").stack())
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ck.dask.dtm(ddf, path=tmp_path / "dtm")
    again = ck.dask.dtm(ddf, stopwords=True, path=tmp_path / "dtm", overwrite=True)
    _same_dtm(ck.dtm(frame, stopwords=True), again.stack())
    (tmp_path / "other.txt").write_text("not a part")
    with pytest.raises(FileExistsError, match=r"other\.txt"):
        ck.dask.dtm(ddf, path=tmp_path, overwrite=True)
    with pytest.raises(TypeError, match="path"):
        ck.dtm(frame, path=tmp_path / "x")  # a Dask option: not for pandas


def test_max_nnz_counts_cells_after_trimming(client, fakes_pair):
    frame, ddf = fakes_pair
    trimmed = ck.dtm(frame, min_docfreq=400)
    assert 0 < trimmed.matrix.nnz < ck.dtm(frame).matrix.nnz
    _same_dtm(trimmed, ck.dask.dtm(ddf, min_docfreq=400, max_nnz=trimmed.matrix.nnz))
    with pytest.raises(ValueError, match="max_nnz"):
        ck.dask.dtm(ddf, min_docfreq=400, max_nnz=trimmed.matrix.nnz - 1)


def test_frames_equal_pandas(client, fakes_pair):
    frame, ddf = fakes_pair
    expected, got = ck.frames(frame), ck.dask.frames(ddf)
    pd.testing.assert_frame_equal(expected.scores, got.scores, rtol=1e-9)
    pd.testing.assert_frame_equal(expected.hits, got.hits)
    assert len(got.hits) > 100


def test_lookup_kwic_equal_pandas(client, abp_pair):
    frame, ddf = abp_pair
    expected_kwic = ck.kwic(frame, "refugee*", sort="right")
    got_kwic = ck.dask.kwic(ddf, "refugee*", sort="right")
    pd.testing.assert_frame_equal(expected_kwic.to_frame(), got_kwic.to_frame())
    assert len(got_kwic) > 10
    # lookup tokenizes every text in Python: a third of the slice keeps the test short
    frame = frame.head(1000)
    ddf = _dask(frame, 3)
    humanitarian = ck.lexicon("humanitarian")
    expected, expected_matches = ck.lookup(frame, humanitarian, return_matches=True)
    got, got_matches = ck.dask.lookup(ddf, humanitarian, return_matches=True)
    pd.testing.assert_frame_equal(expected, got)
    pd.testing.assert_frame_equal(expected_matches, got_matches)
    assert len(got_matches) > 100


def test_agency_quotes_mentions_equal_pandas(client, fakes_pair):
    frame, ddf = fakes_pair
    pd.testing.assert_frame_equal(ck.agency(frame), ck.dask.agency(ddf))
    pd.testing.assert_frame_equal(ck.mentions(frame), ck.dask.mentions(ddf))
    small = frame.head(100)
    small_ddf = _dask(small, 3)
    expected = ck.quotes(small)
    assert len(expected) > 10
    pd.testing.assert_frame_equal(expected, ck.dask.quotes(small_ddf))


def test_naming_equals_pandas_with_the_same_seed(client, fakes_pair):
    frame, ddf = fakes_pair
    options = {"by": "outlet", "n_boot": 200, "n_perm": 200, "seed": 7}
    expected, got = ck.naming(frame, **options), ck.dask.naming(ddf, **options)
    pd.testing.assert_frame_equal(expected.shares, got.shares, rtol=1e-9)
    pd.testing.assert_frame_equal(expected.test, got.test, rtol=1e-9)
    pd.testing.assert_frame_equal(expected.counts, got.counts)


def test_read_articles_dask_equals_read_articles(client, fakes, tmp_path):
    table = fakes[["doc_id", "outlet", "text"]]
    (tmp_path / "pq" / "2017").mkdir(parents=True)
    table.iloc[:300].to_parquet(tmp_path / "pq" / "part0.parquet")
    table.iloc[300:600].to_parquet(tmp_path / "pq" / "part1.parquet")
    table.iloc[600:].to_parquet(tmp_path / "pq" / "2017" / "part0.parquet")
    ddf = ck.dask.read_articles(tmp_path / "pq", blocksize=1)
    assert ddf.npartitions == 3
    pd.testing.assert_frame_equal(ddf._meta, ck.read_articles(tmp_path / "pq").iloc[:0])
    got = ddf.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, ck.read_articles(tmp_path / "pq"))


def test_read_text_folders_keep_relative_ids(client, tmp_path):
    for folder in ("business", "sport"):
        (tmp_path / folder).mkdir()
        for i in range(3):
            (tmp_path / folder / f"{i:03d}.txt").write_text(
                f"Headline {folder} {i}\n\nMOSCOW, March 3. Body of {folder} {i}.", "utf-8"
            )
    ddf = ck.dask.read_articles(tmp_path, blocksize=100)
    got = ddf.compute().reset_index(drop=True)
    assert got["doc_id"].tolist() == [
        f"{f}/{i:03d}" for f in ("business", "sport") for i in range(3)
    ]
    pd.testing.assert_frame_equal(got, ck.read_articles(tmp_path))
    table_ids = ck.dask.read_articles(tmp_path).compute()["doc_id"]
    assert table_ids.is_unique


def test_errors_name_the_problem(client, fakes_pair):
    _, ddf = fakes_pair
    with pytest.raises(ValueError, match="doc_id"):
        ck.dask.lookup(ddf.drop(columns="doc_id"), ck.lexicon("humanitarian"))
    with pytest.raises(ValueError, match="vocabulary="):
        ck.dask.dtm(ddf, vocabulary="bag")
    with pytest.raises(ValueError, match="blocksize="):
        ck.dask.read_articles(".", blocksize=0)


def test_progress_bars_draw_text_and_keep_results(client, fakes_pair, capsys):
    frame, ddf = fakes_pair
    # a text bar, as in Jupyter, where distributed's widget would need ipywidgets
    m = ck.dask.dtm(ddf, progress=True)
    _same_dtm(ck.dtm(frame), m)
    (total,) = compute(ddf["text"].str.len().sum(), show=True)
    assert total == frame["text"].str.len().sum()
    (kept,) = persist(dask.delayed(len)(frame), show=True)
    assert kept.compute() == len(frame)
    assert "100%" in capsys.readouterr().out
