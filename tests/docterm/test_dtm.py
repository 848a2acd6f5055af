"""DocTermMatrix and ck.dtm: exact values on hand-made matrices and a hand-written corpus."""

from __future__ import annotations

import inspect
import json
import math
import re

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import (
    CountVectorizer,
    TfidfTransformer,
    TfidfVectorizer,
)

import corpuskit as ck
from corpuskit.docterm import DocTermMatrix, docfreq_bound, dtm

FEATURES = ["aleppo", "civilians", "mosul", "shelled"]
COUNTS = np.array(
    [
        [2, 0, 0, 1],  # a TASS aleppo
        [1, 1, 0, 1],  # b AP aleppo
        [0, 1, 3, 0],  # c TASS mosul
        [0, 2, 1, 1],  # d NA mosul
        [0, 0, 0, 0],  # e AP NA (empty document)
    ]
)


def small() -> DocTermMatrix:
    docvars = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e"],
            "outlet": ["TASS", "AP", "TASS", None, "AP"],
            "event": ["aleppo", "aleppo", "mosul", "mosul", None],
            "words": [3, 3, 4, 4, 0],
        },
        index=[10, 11, 12, 13, 14],
    )
    return DocTermMatrix(COUNTS, FEATURES, docvars)


# ---------------------------------------------------------------------- construction


def test_construction_normalises_parts():
    m = small()
    assert isinstance(m.matrix, sp.csr_matrix)
    assert m.matrix.dtype == np.int32
    assert m.features.dtype == object
    assert m.features.tolist() == FEATURES
    assert list(m.docvars.columns) == ["doc_id", "outlet", "event", "words"]
    assert isinstance(m.docvars.index, pd.RangeIndex)
    assert m.shape == (5, 4) and m.n_docs == 5 and m.n_features == 4 and len(m) == 5
    assert m.doc_ids.tolist() == ["a", "b", "c", "d", "e"]
    assert m.weighting == "count"
    assert m.sparsity == pytest.approx(1 - 10 / 20)
    np.testing.assert_array_equal(m.matrix.toarray(), COUNTS)


def test_default_doc_ids_and_doc_id_moved_first():
    assert DocTermMatrix(np.eye(2, dtype=int), ["x", "y"]).doc_ids.tolist() == ["doc1", "doc2"]
    dv = pd.DataFrame({"outlet": ["AP", "AP"], "doc_id": [7, 8]})
    m = DocTermMatrix(np.eye(2, dtype=int), ["x", "y"], dv)
    assert list(m.docvars.columns) == ["doc_id", "outlet"]
    assert m.doc_ids.tolist() == ["7", "8"]
    no_ids = DocTermMatrix(np.eye(2, dtype=int), ["x", "y"], pd.DataFrame({"outlet": ["a", "b"]}))
    assert no_ids.doc_ids.tolist() == ["doc1", "doc2"]


def test_integral_floats_and_booleans_become_counts():
    m = DocTermMatrix(np.array([[1.0, 0.0], [2.0, 3.0]]), ["x", "y"])
    assert m.matrix.dtype == np.int32
    assert DocTermMatrix(np.array([[True, False]]), ["x", "y"]).matrix.dtype == np.int32
    weighted = DocTermMatrix(np.array([[0.5, 0.0]]), ["x", "y"], weighting="prop")
    assert weighted.matrix.dtype == np.float64


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"matrix": np.eye(2), "features": ["x"]}, "features= has 1 names"),
        ({"matrix": np.eye(2), "features": ["x", "x"]}, "features= must be unique"),
        ({"matrix": np.eye(2), "features": "xy"}, "features="),
        ({"matrix": np.eye(2), "features": ["x", 3]}, "features= must hold strings"),
        ({"matrix": np.array([[0.5, 1]]), "features": ["x", "y"]}, "weighting="),
        ({"matrix": np.array([[-1, 1]]), "features": ["x", "y"]}, "non-integer"),
        ({"matrix": np.array([[np.nan, 1]]), "features": ["x", "y"]}, "NaN"),
        ({"matrix": np.array([1, 2]), "features": ["x", "y"]}, "2-D"),
        ({"matrix": np.eye(2), "features": ["x", "y"], "weighting": "idf"}, "weighting="),
        (
            {"matrix": np.eye(2), "features": ["x", "y"], "docvars": pd.DataFrame({"a": [1]})},
            "docvars= has 1 rows",
        ),
        (
            {
                "matrix": np.eye(2),
                "features": ["x", "y"],
                "docvars": pd.DataFrame({"doc_id": ["a", "a"]}),
            },
            "'doc_id' must be unique",
        ),
        (
            {
                "matrix": np.eye(2),
                "features": ["x", "y"],
                "docvars": pd.DataFrame({"doc_id": ["a", None]}),
            },
            "'doc_id' is missing in rows [1]",
        ),
        ({"matrix": np.eye(2), "features": ["x", "y"], "docvars": {"doc_id": [1, 2]}}, "docvars="),
    ],
)
def test_construction_errors_name_the_argument(kwargs, message):
    matrix = kwargs.pop("matrix")
    features = kwargs.pop("features")
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        DocTermMatrix(matrix, features, **kwargs)


# ---------------------------------------------------------------------- documents


def test_subset_by_mask_series_query_and_callable():
    m = small()
    mask = np.array([True, False, True, False, False])
    for docs in (
        mask,
        list(mask),
        pd.Series(mask),
        "outlet == 'TASS'",
        lambda dv: dv["outlet"] == "TASS",
    ):
        out = m.subset(docs)
        assert out.doc_ids.tolist() == ["a", "c"]
        assert out.docvars["outlet"].tolist() == ["TASS", "TASS"]
        np.testing.assert_array_equal(out.matrix.toarray(), COUNTS[[0, 2]])
        assert out.features.tolist() == FEATURES
    assert m.subset("words > 100").shape == (0, 4)


@pytest.mark.parametrize(
    ("docs", "message"),
    [
        (np.array([True, False]), "one value per document"),
        (np.array([1, 0, 1, 0, 0]), "boolean mask"),
        (pd.Series([True, None, True, False, False], dtype="boolean"), "missing values"),
        ("no_such_column == 1", "docs= query"),
        (lambda dv: "outlet == 'AP'", "callable must return a boolean mask"),
    ],
)
def test_subset_errors(docs, message):
    with pytest.raises(ValueError, match=message):
        small().subset(docs)


def test_getitem_selects_documents():
    m = small()
    assert m[1:3].doc_ids.tolist() == ["b", "c"]
    assert m[[4, 0]].doc_ids.tolist() == ["e", "a"]
    assert m[np.array([4, 0])].docvars["words"].tolist() == [0, 3]
    assert m[m.docvars["words"] == 4].doc_ids.tolist() == ["c", "d"]
    np.testing.assert_array_equal(m[[3]].matrix.toarray(), COUNTS[[3]])
    with pytest.raises(TypeError, match="documents only"):
        m[0, "aleppo"]
    with pytest.raises(IndexError, match="out of range"):
        m[[5]]
    with pytest.raises(TypeError, match="boolean mask, a slice or integer"):
        m[["a"]]


# ---------------------------------------------------------------------- features


def test_select_by_name_pattern_and_glob():
    m = small()
    assert m.select(["mosul", "aleppo", "nowhere"]).features.tolist() == ["aleppo", "mosul"]
    assert m.select("mosul").features.tolist() == ["mosul"]
    assert m.select(pattern="l{2}|^m").features.tolist() == ["mosul", "shelled"]
    assert m.select(glob="*o").features.tolist() == ["aleppo"]
    assert m.select(glob=["a*", "c*"]).features.tolist() == ["aleppo", "civilians"]
    assert m.select("mosul", glob="a*").features.tolist() == ["aleppo", "mosul"]
    removed = m.select(["aleppo", "shelled"], remove=True)
    assert removed.features.tolist() == ["civilians", "mosul"]
    np.testing.assert_array_equal(removed.matrix.toarray(), COUNTS[:, [1, 2]])
    assert removed.docvars.equals(m.docvars)
    assert m.select(glob="A*").n_features == 0


def test_select_errors():
    with pytest.raises(ValueError, match="features=, pattern= or glob="):
        small().select()
    with pytest.raises(ValueError, match="pattern="):
        small().select(pattern="(")
    with pytest.raises(ValueError, match="features= must hold strings"):
        small().select([1])


def test_trim_keeps_remaining_counts():
    m = small()
    # totals: aleppo 3, civilians 4, mosul 4, shelled 3; docfreq: 2, 3, 2, 3
    assert m.trim(min_count=4).features.tolist() == ["civilians", "mosul"]
    assert m.trim(max_count=3).features.tolist() == ["aleppo", "shelled"]
    assert m.trim(min_docfreq=3).features.tolist() == ["civilians", "shelled"]
    assert m.trim(min_docfreq=0.6).features.tolist() == ["civilians", "shelled"]
    assert m.trim(max_docfreq=0.4).features.tolist() == ["aleppo", "mosul"]
    both = m.trim(min_count=4, min_docfreq=3)
    assert both.features.tolist() == ["civilians"]
    np.testing.assert_array_equal(both.matrix.toarray(), COUNTS[:, [1]])
    assert m.trim().features.tolist() == FEATURES


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_count": -1}, "min_count= must be a number >= 0"),
        ({"max_count": "3"}, "max_count="),
        ({"min_docfreq": 1.5}, r"min_docfreq= .*\(0, 1\]"),
        ({"max_docfreq": -2}, "max_docfreq= must be >= 0"),
        ({"min_docfreq": True}, "min_docfreq="),
    ],
)
def test_trim_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        small().trim(**kwargs)


def test_trim_counts_on_weighted_matrix_names_the_weighting():
    with pytest.raises(ValueError, match="weighted 'prop'"):
        small().weight("prop").trim(min_count=1)
    assert small().weight("prop").trim(min_docfreq=3).features.tolist() == [
        "civilians",
        "shelled",
    ]


def test_docfreq_bound():
    assert docfreq_bound(3, "x", 10) == 3
    assert docfreq_bound(np.int64(3), "x", 10) == 3
    assert docfreq_bound(0.25, "x", 8) == 2.0
    assert docfreq_bound(1.0, "x", 8) == 8.0


# ---------------------------------------------------------------------- groups


def test_group_sums_and_keeps_an_na_group():
    g = small().group("outlet")
    assert g.doc_ids.tolist() == ["AP", "TASS", "<NA>"]
    assert list(g.docvars.columns) == ["doc_id", "outlet", "n_docs"]
    assert g.docvars["outlet"].iloc[:2].tolist() == ["AP", "TASS"]
    assert pd.isna(g.docvars["outlet"].iloc[2])
    assert g.docvars["n_docs"].tolist() == [2, 2, 1]
    np.testing.assert_array_equal(g.matrix.toarray(), [[1, 1, 0, 1], [2, 1, 3, 1], [0, 2, 1, 1]])
    assert g.features.tolist() == FEATURES
    assert g.weighting == "count"


def test_group_dropna_and_several_columns():
    dropped = small().group("outlet", dropna=True)
    assert dropped.doc_ids.tolist() == ["AP", "TASS"]
    assert dropped.row_sums().tolist() == [3, 7]
    g = small().group(["outlet", "event"])
    assert g.doc_ids.tolist() == ["AP|aleppo", "AP|<NA>", "TASS|aleppo", "TASS|mosul", "<NA>|mosul"]
    assert list(g.docvars.columns) == ["doc_id", "outlet", "event", "n_docs"]
    assert g.row_sums().tolist() == [3, 0, 3, 4, 4]
    regrouped = g.group("outlet")
    assert regrouped.docvars["n_docs"].tolist() == [2, 2, 1]
    np.testing.assert_array_equal(
        regrouped.matrix.toarray(), small().group("outlet").matrix.toarray()
    )


def test_group_errors():
    with pytest.raises(ValueError, match=r"by= names columns not in docvars: \['source'\]"):
        small().group("source")
    with pytest.raises(ValueError, match="by= cannot use 'doc_id'"):
        small().group("doc_id")
    with pytest.raises(ValueError, match=r"group\(\) needs raw counts.*weighted 'tfidf'"):
        small().tfidf().group("outlet")
    clash = DocTermMatrix(
        np.eye(2, dtype=int), ["x", "y"], pd.DataFrame({"a": ["p|q", "p"], "b": ["r", "q|r"]})
    )
    with pytest.raises(ValueError, match=re.escape("same group id 'p|q|r'")):
        clash.group(["a", "b"])


# ---------------------------------------------------------------------- weights


def test_weight_schemes_exact_values():
    m = small()
    prop = m.weight("prop")
    assert prop.weighting == "prop" and prop.matrix.dtype == np.float64
    np.testing.assert_allclose(prop.matrix.toarray()[0], [2 / 3, 0, 0, 1 / 3])
    np.testing.assert_allclose(prop.row_sums(), [1, 1, 1, 1, 0])
    np.testing.assert_allclose(m.weight("percent").matrix.toarray()[2], [0, 25, 75, 0])
    log = m.weight("log").matrix.toarray()
    np.testing.assert_allclose(log[2], [0, 1, 1 + math.log10(3), 0])
    np.testing.assert_allclose(m.weight("log", base=2).matrix.toarray()[0], [2, 0, 0, 1])
    assert m.weight("log", base=math.e).weight_params == {"base": math.e}
    np.testing.assert_array_equal(m.weight("boolean").matrix.toarray(), (COUNTS > 0).astype(float))
    same = m.weight("count")
    assert same.weighting == "count"
    np.testing.assert_array_equal(same.matrix.toarray(), COUNTS)
    for scheme in ("prop", "log", "boolean", "tfidf"):
        assert m.weight(scheme).docvars.equals(m.docvars)


def test_weight_errors():
    m = small()
    with pytest.raises(ValueError, match="scheme= must be one of"):
        m.weight("zscore")
    with pytest.raises(ValueError, match=r"weight\('prop'\) needs raw counts.*weighted 'log'"):
        m.weight("log").weight("prop")
    with pytest.raises(ValueError, match="norm= only apply to scheme='tfidf'"):
        m.weight("prop", norm="l1")
    with pytest.raises(ValueError, match="base= must be a positive number other than 1"):
        m.weight("log", base=1)
    with pytest.raises(ValueError, match="norm= must be one of"):
        m.tfidf(norm="l3")
    with pytest.raises(ValueError, match="idf= must be one of"):
        m.tfidf(idf="bm25")
    with pytest.raises(ValueError, match="sublinear_tf= must be True or False"):
        m.tfidf(sublinear_tf="yes")


def test_tfidf_default_equals_sklearn_tfidftransformer():
    m = small()
    for sublinear in (False, True):
        for norm in ("l2", "l1", None):
            ours = m.tfidf(sublinear_tf=sublinear, norm=norm)
            theirs = TfidfTransformer(sublinear_tf=sublinear, norm=norm).fit_transform(
                m.to_sklearn()
            )
            np.testing.assert_allclose(ours.matrix.toarray(), theirs.toarray(), atol=1e-12)
    assert m.weight("tfidf").weight_params == {"idf": "smooth", "sublinear_tf": False, "norm": "l2"}


def test_idf_variants_by_formula():
    m = small()  # N = 5; docfreq: aleppo 2, civilians 3, mosul 2, shelled 3
    df = np.array([2, 3, 2, 3])
    np.testing.assert_allclose(m.idf(idf="smooth"), np.log(6 / (1 + df)) + 1)
    np.testing.assert_allclose(m.idf(idf="standard"), np.log(5 / df))
    np.testing.assert_allclose(m.idf(idf="probabilistic"), np.maximum(0, np.log((5 - df) / df)))
    assert m.idf(idf="probabilistic")["civilians"] == 0.0  # ln(2/3) < 0 is clipped
    np.testing.assert_array_equal(m.idf(idf="unary"), [1, 1, 1, 1])
    # standard idf: smooth_idf=False in scikit-learn is the same plus 1
    sklearn_idf = TfidfTransformer(smooth_idf=False).fit(m.to_sklearn()).idf_
    np.testing.assert_allclose(m.idf(idf="standard") + 1, sklearn_idf)
    everywhere = DocTermMatrix(np.array([[1, 1], [2, 0]]), ["x", "y"])
    assert everywhere.idf(idf="standard")["x"] == 0.0
    assert everywhere.idf(idf="probabilistic")["x"] == 0.0
    standard = everywhere.tfidf(idf="standard", norm=None)
    assert standard.matrix.nnz == 1  # the zero weights are not stored
    np.testing.assert_allclose(standard.matrix.toarray(), [[0, math.log(2)], [0, 0]])
    unary = m.tfidf(idf="unary", norm="l1")
    np.testing.assert_allclose(unary.matrix.toarray(), m.weight("prop").matrix.toarray())


# ---------------------------------------------------------------------- summaries


def test_row_sums_feature_counts_docfreq():
    m = small()
    assert m.row_sums().tolist() == [3, 3, 4, 4, 0]
    counts = m.feature_counts()
    assert counts.name == "count" and counts.index.name == "feature"
    assert counts.to_dict() == {"aleppo": 3, "civilians": 4, "mosul": 4, "shelled": 3}
    assert m.docfreq().to_dict() == {"aleppo": 2, "civilians": 3, "mosul": 2, "shelled": 3}
    assert m.weight("prop").feature_counts().name == "prop"


def test_top_features_per_document_and_group():
    m = small()
    top = m.top_features(2)
    assert list(top.columns) == ["group", "rank", "feature", "value"]
    assert top.values.tolist() == [
        ["a", 1, "aleppo", 2],
        ["a", 2, "shelled", 1],
        ["b", 1, "aleppo", 1],  # three-way tie at 1: alphabetical
        ["b", 2, "civilians", 1],
        ["c", 1, "mosul", 3],
        ["c", 2, "civilians", 1],
        ["d", 1, "civilians", 2],
        ["d", 2, "mosul", 1],
    ]
    by = m.top_features(1, by="outlet")
    assert by.values.tolist() == [
        ["AP", 1, "aleppo", 1],
        ["TASS", 1, "mosul", 3],
        ["<NA>", 1, "civilians", 2],
    ]
    weighted = m.weight("prop").top_features(1, by="event")
    # the "<NA>" event holds only the empty document: no row
    assert weighted["group"].tolist() == ["aleppo", "mosul"]
    assert weighted["feature"].tolist() == ["aleppo", "mosul"]
    assert weighted["value"].tolist() == pytest.approx([2 / 3 + 1 / 3, 3 / 4 + 1 / 4])
    with pytest.raises(ValueError, match="n= must be a positive integer"):
        m.top_features(0)


# ---------------------------------------------------------------------- export


def test_to_frame_long_nonzero_cells():
    m = small()
    frame = m.to_frame()
    assert list(frame.columns) == ["doc_id", "feature", "value"]
    assert len(frame) == 10
    assert frame.iloc[:3].values.tolist() == [
        ["a", "aleppo", 2],
        ["a", "shelled", 1],
        ["b", "aleppo", 1],
    ]
    assert frame["value"].dtype == np.int64
    full = m.to_frame(docvars=True)
    assert list(full.columns) == ["doc_id", "feature", "value", "outlet", "event", "words"]
    assert full.loc[full["doc_id"] == "c", "outlet"].tolist() == ["TASS", "TASS"]
    some = m.to_frame(docvars=["words"])
    assert some.groupby("doc_id")["words"].first().to_dict() == {"a": 3, "b": 3, "c": 4, "d": 4}
    assert m.weight("prop").to_frame()["value"].dtype == np.float64
    with pytest.raises(ValueError, match=r"docvars= names columns not in docvars: \['x'\]"):
        m.to_frame(docvars=["x"])


def test_to_scipy_and_to_sklearn_are_copies():
    m = small()
    X = m.to_sklearn()
    X.data[:] = 99
    assert m.to_scipy().toarray().tolist() == COUNTS.tolist()
    assert isinstance(X, sp.csr_matrix)


def test_from_sklearn():
    texts = ["Aleppo shelled", "Mosul shelled shelled", "aid"]
    docvars = pd.DataFrame({"doc_id": ["x", "y", "z"], "outlet": ["AP", "AP", "TASS"]})
    vec = CountVectorizer()
    m = DocTermMatrix.from_sklearn(vec, vec.fit_transform(texts), docvars)
    assert m.weighting == "count"
    assert m.features.tolist() == ["aid", "aleppo", "mosul", "shelled"]
    assert m.feature_counts()["shelled"] == 3
    assert m.docvars["outlet"].tolist() == ["AP", "AP", "TASS"]
    tfidf = TfidfVectorizer()
    t = DocTermMatrix.from_sklearn(tfidf, tfidf.fit_transform(texts))
    assert t.weighting == "tfidf"
    np.testing.assert_allclose(t.matrix.toarray(), m.tfidf().matrix.toarray())
    listed = DocTermMatrix.from_sklearn(["a", "b"], sp.csr_matrix([[1, 0]]))
    assert listed.features.tolist() == ["a", "b"]


# ---------------------------------------------------------------------- save / load


def test_save_load_round_trip_keeps_dtypes(tmp_path):
    docvars = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": pd.array(["TASS", None, "AP"], dtype="string"),
            "date": pd.to_datetime(["2016-12-13", None, "2017-01-10"]),
            "n": pd.array([1, None, 3], dtype="Int64"),
            "share": [0.5, np.nan, 1.0],
            "label": pd.Categorical(["fake", "real", "fake"]),
            "credible": [True, False, True],
        }
    )
    features = ["aleppo", "ḥalab", "u.s.-led"]
    m = DocTermMatrix(np.array([[1, 0, 2], [0, 0, 0], [5, 1, 0]]), features, docvars)
    folder = m.save(tmp_path / "saved")
    assert sorted(p.name for p in folder.iterdir()) == [
        "docvars.parquet",
        "features.json",
        "matrix.npz",
        "meta.json",
    ]
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["weighting"] == "count" and meta["corpuskit_version"] == ck.__version__
    with np.load(folder / "matrix.npz", allow_pickle=False) as arrays:
        assert sorted(arrays.files) == ["data", "indices", "indptr", "shape"]
    back = DocTermMatrix.load(folder)
    assert back.features.tolist() == features
    assert back.matrix.dtype == np.int32
    np.testing.assert_array_equal(back.matrix.toarray(), m.matrix.toarray())
    pd.testing.assert_frame_equal(back.docvars, m.docvars)
    tfidf = m.tfidf(sublinear_tf=True, norm="l1")
    again = DocTermMatrix.load(tfidf.save(tmp_path / "tfidf"))
    assert again.weighting == "tfidf"
    assert again.weight_params == {"idf": "smooth", "sublinear_tf": True, "norm": "l1"}
    np.testing.assert_array_equal(again.matrix.toarray(), tfidf.matrix.toarray())


def test_save_refuses_to_clobber_and_load_checks_files(tmp_path):
    m = small()
    folder = m.save(tmp_path / "m")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        m.save(folder)
    m.subset("outlet == 'AP'").save(folder, overwrite=True)
    assert DocTermMatrix.load(folder).doc_ids.tolist() == ["b", "e"]
    (folder / "features.json").unlink()
    with pytest.raises(FileNotFoundError, match=r"features\.json"):
        DocTermMatrix.load(folder)
    other = tmp_path / "other"
    DocTermMatrix(np.eye(1, dtype=int), ["x"]).save(other)
    (other / "meta.json").write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ValueError, match="format 'something-else'"):
        DocTermMatrix.load(other)


# ---------------------------------------------------------------------- display


def test_repr_and_html():
    m = small()
    assert repr(m) == (
        "DocTermMatrix(5 documents x 4 features, 50.0% sparse, weighting='count', "
        "docvars=['doc_id', 'outlet', 'event', 'words'])"
    )
    page = m.tfidf()._repr_html_()
    assert "5 documents &times; 4 features" in page
    assert "50.0% sparse" in page
    assert "<code>tfidf</code>" in page
    assert "docvars: doc_id, outlet, event, words" in page
    counts_page = m._repr_html_()
    assert counts_page.index("civilians") < counts_page.index("aleppo")  # 4 before 3


# ---------------------------------------------------------------------- ck.dtm, hand-written corpus

NEWS_FEATURES = [
    "2", "advanced", "aleppo", "as", "bridges", "by", "civilians", "coalition", "eastern",
    "fled", "forces", "hit", "militants", "mosul", "on", "rebels", "said", "shelled",
    "strikes", "syrian", "the", "u.s.-led", "was",
]  # fmt: skip
NEWS_TOKENS = [6, 8, 4, 8, 7, 7, 7]


@pytest.fixture
def news(fixtures) -> pd.DataFrame:
    frame = pd.read_csv(fixtures / "dtm" / "news.csv", parse_dates=["date"])
    frame["id_copy"] = frame["doc_id"]
    return frame


def test_dtm_exact_counts(news):
    m = ck.dtm(news)
    assert m.shape == (7, 23)
    assert m.features.tolist() == NEWS_FEATURES
    assert list(m.docvars.columns) == ["doc_id", "outlet", "event", "date", "id_copy", "n_tokens"]
    assert m.docvars["date"].dtype == news["date"].dtype
    assert m.docvars["n_tokens"].tolist() == NEWS_TOKENS
    assert m.row_sums().tolist() == NEWS_TOKENS
    first = m.to_frame().query("doc_id == 'd1'")
    assert dict(zip(first["feature"], first["value"])) == {
        "aleppo": 2, "fled": 1, "militants": 2, "shelled": 1
    }  # fmt: skip
    last = dict(zip(*m.subset("doc_id == 'd6'").to_frame()[["feature", "value"]].T.values))
    assert last == {
        "u.s.-led": 1, "coalition": 1, "strikes": 1, "hit": 1, "mosul": 1, "2": 1, "bridges": 1
    }  # fmt: skip
    assert m.feature_counts()[["mosul", "aleppo", "coalition"]].tolist() == [6, 4, 4]
    assert m.docfreq()[["mosul", "aleppo", "the"]].tolist() == [4, 3, 2]


def test_dtm_equals_countvectorizer_with_the_rule(news):
    m = ck.dtm(news["text"].tolist())
    vec = CountVectorizer(token_pattern=ck.TokenRule().pattern)
    X = vec.fit_transform(news["text"])
    assert m.features.tolist() == vec.get_feature_names_out().tolist()
    np.testing.assert_array_equal(m.matrix.toarray(), X.toarray())


def test_dtm_stopwords_forms(news):
    stop = ["the", "on", "as", "by", "was"]
    m = ck.dtm(news, stopwords=stop)
    assert not set(stop) & set(m.features)
    assert m.n_features == 18
    assert m.docvars["n_tokens"].tolist() == [6, 6, 3, 7, 6, 7, 6]
    english = ck.dtm(news, stopwords=True)
    assert "the" not in english.features and "on" not in english.features
    assert {"aleppo", "mosul", "militants", "coalition"} <= set(english.features)
    same = ck.dtm(news, stopwords="en")
    assert same.features.tolist() == english.features.tolist()
    assert ck.dtm(news, stopwords=False).features.tolist() == NEWS_FEATURES
    with pytest.raises(ValueError, match="stopwords= must hold strings"):
        ck.dtm(news, stopwords=[1, 2])


def test_dtm_trimming_keeps_n_tokens(news):
    m = ck.dtm(news, min_count=3)
    assert m.features.tolist() == [
        "aleppo", "civilians", "coalition", "fled", "forces", "mosul", "shelled"
    ]  # fmt: skip
    assert m.docvars["n_tokens"].tolist() == NEWS_TOKENS
    assert m.row_sums().tolist() == [4, 3, 3, 6, 4, 2, 5]
    frequent = ck.dtm(news, min_docfreq=0.5)  # at least 3.5 of 7 documents
    assert frequent.features.tolist() == ["coalition", "fled", "mosul"]
    assert ck.dtm(news, min_docfreq=4).features.tolist() == ["coalition", "fled", "mosul"]


def test_dtm_ngrams_case_and_length(news):
    bigrams = ck.dtm(news, ngram_range=(2, 2))
    assert bigrams.docvars["n_tokens"].tolist() == [n - 1 for n in NEWS_TOKENS]
    assert bigrams.feature_counts()[["militants shelled", "fled aleppo"]].tolist() == [1, 1]
    both = ck.dtm(news, ngram_range=(1, 2))
    assert both.docvars["n_tokens"].tolist() == [2 * n - 1 for n in NEWS_TOKENS]
    cased = ck.dtm(news, lowercase=False)
    assert "Aleppo" in cased.features and "aleppo" not in cased.features
    assert cased.feature_counts()["The"] == 1 and cased.feature_counts()["the"] == 1
    long_only = ck.dtm(news, min_length=3)
    assert long_only.n_features == 19
    assert not {"2", "as", "by", "on"} & set(long_only.features)
    kept_case = ck.dtm(news, rule=ck.TokenRule(lowercase=False))
    assert kept_case.features.tolist() == cased.features.tolist()
    assert "aleppo" in ck.dtm(news, rule=ck.TokenRule(lowercase=False), lowercase=True).features


def test_dtm_phrases(news):
    m = ck.dtm(news, phrases=ck.Phrases(["eastern Aleppo", "coalition forces"]))
    assert m.feature_counts()[["eastern_aleppo", "coalition_forces"]].tolist() == [1, 1]
    assert m.feature_counts()["aleppo"] == 3
    assert m.docvars["n_tokens"].tolist() == [6, 8, 4, 7, 6, 7, 7]


def test_dtm_inputs_series_list_and_text_column(news):
    by_list = ck.dtm(news["text"].tolist())
    assert by_list.doc_ids.tolist() == [f"doc{i}" for i in range(1, 8)]
    assert list(by_list.docvars.columns) == ["doc_id", "n_tokens"]
    series = news.set_index("doc_id")["text"]
    by_series = ck.dtm(series)
    assert by_series.doc_ids.tolist() == news["doc_id"].tolist()
    assert ck.dtm(news["text"]).doc_ids.tolist() == by_list.doc_ids.tolist()
    renamed = news.rename(columns={"text": "body"})
    by_column = ck.dtm(renamed, text_column="body")
    assert "title" not in by_column.docvars and "body" not in by_column.docvars
    np.testing.assert_array_equal(by_column.matrix.toarray(), by_list.matrix.toarray())
    with pytest.raises(ValueError, match="text_column= 'text' is not a column of data"):
        ck.dtm(renamed)
    with pytest.raises(ValueError, match="data= is a single string"):
        ck.dtm("Aleppo")
    with pytest.raises(ValueError, match="data= must be"):
        ck.dtm(42)


def test_dtm_from_tokens_equals_dtm_from_texts(news):
    toks = ck.tokens(news)
    options = [
        {},
        {"stopwords": True},
        {"ngram_range": (1, 3)},
        {"phrases": ck.Phrases(["eastern Aleppo"]), "stopwords": ["the"], "ngram_range": (2, 2)},
    ]
    for kwargs in options:
        from_tokens, from_texts = ck.dtm(toks, **kwargs), ck.dtm(news, **kwargs)
        assert from_tokens.features.tolist() == from_texts.features.tolist(), kwargs
        assert (from_tokens.matrix != from_texts.matrix).nnz == 0
        pd.testing.assert_frame_equal(from_tokens.docvars, from_texts.docvars)
    with pytest.raises(ValueError, match="rule=, min_length= cannot apply to Tokens"):
        ck.dtm(toks, rule=ck.TokenRule(), min_length=2)
    with pytest.raises(ValueError, match="ngram_range= must satisfy"):
        ck.dtm(toks, ngram_range=(2, 1))


def test_dtm_missing_text_is_an_empty_document_and_ids_must_be_unique(news):
    news.loc[2, "text"] = None
    m = ck.dtm(news)
    assert m.docvars["n_tokens"].tolist()[2] == 0 and m.n_docs == 7
    news.loc[1, "doc_id"] = "d1"
    with pytest.raises(ValueError, match=r"'doc_id' must be unique; repeated: \['d1'\]"):
        ck.dtm(news)


def test_dtm_replaces_n_tokens_with_a_warning(news):
    news["n_tokens"] = 0
    with pytest.warns(UserWarning, match="'n_tokens' column"):
        m = ck.dtm(news)
    assert m.docvars["n_tokens"].tolist() == NEWS_TOKENS


def test_dtm_docvars_aligned_through_a_workflow(news):
    m = ck.dtm(news)
    steps = [
        m.subset("outlet != 'AP'"),
        m[::-1],
        m.trim(min_docfreq=2),
        m.select(glob="*o*"),
        m.weight("percent"),
        m.tfidf(),
        m.subset(m.docvars["event"] == "mosul").trim(min_count=1).weight("log"),
    ]
    for step in steps:
        assert step.docvars["doc_id"].tolist() == step.docvars["id_copy"].tolist()
    grouped = m.group(["event", "outlet"])
    assert grouped.doc_ids.tolist() == [
        "aleppo|AP", "aleppo|Reuters", "aleppo|TASS", "mosul|AP", "mosul|Reuters",
        "mosul|TASS", "mosul|<NA>",
    ]  # fmt: skip
    assert grouped.row_sums().tolist() == [7, 8, 6, 7, 8, 4, 7]
    assert grouped.group("event").row_sums().tolist() == [21, 26]
    assert list(grouped.docvars.columns) == ["doc_id", "event", "outlet", "n_docs", "n_tokens"]
    trimmed = m.trim(min_count=3).group("event")
    assert trimmed.docvars["n_tokens"].tolist() == [21, 26]  # the untrimmed totals
    assert trimmed.row_sums().tolist() == [11, 16]
    assert trimmed.group("event").docvars["n_tokens"].tolist() == [21, 26]


# ---------------------------------------------------------------------- real data


def test_fakes_corpus(data_dir, tmp_path):
    raw = pd.read_csv(data_dir / "fakes" / "fakes.csv", encoding="latin-1")
    assert raw["unit_id"].duplicated().any()  # unit_id alone is not a document id
    with pytest.raises(ValueError, match="'doc_id' must be unique"):
        ck.dtm(raw.assign(doc_id=raw["unit_id"]), text_column="article_content")
    raw["doc_id"] = raw["unit_id"].astype(str) + "/" + raw.groupby("unit_id").cumcount().astype(str)
    m = ck.dtm(raw, text_column="article_content")
    assert m.n_docs == 804
    assert "article_content" not in m.docvars and "source" in m.docvars
    assert m.docvars["doc_id"].tolist() == raw["doc_id"].tolist()
    assert (m.row_sums() == m.docvars["n_tokens"].to_numpy()).all()
    vec = CountVectorizer(token_pattern=ck.TokenRule().pattern)
    X = vec.fit_transform(raw["article_content"])
    assert m.features.tolist() == vec.get_feature_names_out().tolist()
    assert (m.matrix != X).nnz == 0
    g = m.group("source")
    assert g.n_docs == 15
    assert (g.feature_counts() == m.feature_counts()).all()
    assert g.docvars["n_tokens"].sum() == m.docvars["n_tokens"].sum() == m.matrix.sum()
    n_docs = dict(zip(g.doc_ids, g.docvars["n_docs"]))
    assert n_docs["ahram"] == 149 and n_docs["tass"] == 5 and sum(n_docs.values()) == 804
    tass = m.subset("source == 'tass'")
    np.testing.assert_array_equal(
        g.subset("source == 'tass'").matrix.toarray().ravel(),
        np.asarray(tass.matrix.sum(axis=0)).ravel(),
    )
    back = DocTermMatrix.load(m.trim(min_docfreq=5).save(tmp_path / "fakes"))
    pd.testing.assert_frame_equal(back.docvars, m.docvars)
    assert (back.matrix != m.trim(min_docfreq=5).matrix).nnz == 0


def test_ck_dtm_is_the_function_after_the_module_is_imported():
    import corpuskit.docterm  # noqa: F401  (importing the module must not shadow ck.dtm)

    # the facade wraps it to send Dask DataFrames on to ck.dask.dtm (with a warning)
    assert inspect.unwrap(ck.dtm) is dtm
    assert inspect.signature(ck.dtm) == inspect.signature(dtm)
    assert ck.dtm(["Aleppo shelled"]).features.tolist() == ["aleppo", "shelled"]


def test_counts_are_int32_unless_a_count_needs_int64_and_sums_never_overflow():
    big = 2**31 - 1
    m = DocTermMatrix(np.array([[big, 1], [big, 2]]), ["x", "y"], pd.DataFrame({"g": ["a", "a"]}))
    assert m.matrix.dtype == np.int32
    assert m.feature_counts().tolist() == [2 * big, 3]
    assert m.group("g").matrix.toarray().tolist() == [[2 * big, 3]]
    assert DocTermMatrix(np.array([[big + 1]]), ["x"]).matrix.dtype == np.int64


def test_dtm_keeps_the_counting_engines_matrix_without_copying_it(monkeypatch):
    from corpuskit.docterm import build
    from corpuskit.text.count import count_matrix

    made = {}

    def counted(texts, **options):
        made["matrix"], features = count_matrix(texts, **options)
        return made["matrix"], features

    monkeypatch.setattr(build, "count_matrix", counted)
    m = build.dtm(["Aleppo was shelled.", "Mosul, Aleppo and Mosul."], n_jobs=1)
    assert m.matrix is made["matrix"] and m.matrix.dtype == np.int32
    assert m.to_frame()["value"].tolist() == [1, 1, 1, 1, 1, 2]
