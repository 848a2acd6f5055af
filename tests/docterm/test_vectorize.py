"""CorpusVectorizer and CorpusTfidfVectorizer: the estimator contract; equal to scikit-learn."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import (
    ENGLISH_STOP_WORDS,
    CountVectorizer,
    TfidfTransformer,
    TfidfVectorizer,
)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

import corpuskit as ck
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule
from corpuskit.vectorize import CorpusTfidfVectorizer, CorpusVectorizer


@pytest.fixture
def news(fixtures) -> pd.DataFrame:
    return pd.read_csv(fixtures / "dtm" / "news.csv")


@pytest.mark.parametrize(
    "check",
    [
        check_no_attributes_set_in_init,
        check_get_params_invariance,
        check_set_params,
    ],
)
def test_sklearn_estimator_checks(check):
    check("CorpusVectorizer", CorpusVectorizer())


def test_default_constructible():
    check_parameters_default_constructible("CorpusVectorizer", CorpusVectorizer())


def test_tags_declare_string_input():
    tags = CorpusVectorizer().__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array


def test_clone_and_params_round_trip():
    rule = TokenRule(possessive="keep")
    vec = CorpusVectorizer(rule=rule, stopwords=["the"], ngram_range=(1, 2), min_df=2)
    params = vec.get_params()
    assert params["rule"] is rule and params["stopwords"] == ["the"]
    assert params["ngram_range"] == (1, 2) and params["min_df"] == 2
    copy = clone(vec)
    assert copy is not vec and copy.get_params()["ngram_range"] == (1, 2)
    assert copy.get_params()["rule"] == rule
    copy.set_params(min_df=1, binary=True)
    assert copy.min_df == 1 and copy.binary and vec.min_df == 2


def test_not_fitted_error_before_fit():
    with pytest.raises(NotFittedError):
        CorpusVectorizer().transform(["Aleppo"])
    with pytest.raises(NotFittedError):
        CorpusVectorizer().get_feature_names_out()


def test_equals_countvectorizer_with_the_same_rule(news):
    ours = CorpusVectorizer()
    X = ours.fit_transform(news)
    theirs = CountVectorizer(token_pattern=DEFAULT_RULE.pattern)
    Y = theirs.fit_transform(news["text"])
    assert isinstance(X, sp.csr_matrix) and X.dtype == np.int64
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()
    assert ours.vocabulary_ == {k: int(v) for k, v in theirs.vocabulary_.items()}
    np.testing.assert_array_equal(X.toarray(), Y.toarray())
    assert X.shape == (7, 23)
    assert np.asarray(X.sum(axis=1)).ravel().tolist() == [6, 8, 4, 8, 7, 7, 7]


def test_equals_countvectorizer_with_options(news):
    options = [
        ({"ngram_range": (1, 2)}, {"ngram_range": (1, 2)}),
        ({"min_df": 2}, {"min_df": 2}),
        ({"max_df": 0.4}, {"max_df": 0.4}),
        ({"min_df": 0.2, "max_df": 3}, {"min_df": 0.2, "max_df": 3}),
        ({"binary": True}, {"binary": True}),
        ({"stopwords": ["the", "on", "as"]}, {"stop_words": ["the", "on", "as"]}),
        ({"max_features": 4}, {"max_features": 4}),  # no tie at the cut (6, 4, 4, 4 / 3)
    ]
    for ours_kwargs, theirs_kwargs in options:
        ours = CorpusVectorizer(**ours_kwargs)
        theirs = CountVectorizer(token_pattern=DEFAULT_RULE.pattern, **theirs_kwargs)
        X, Y = ours.fit_transform(news["text"]), theirs.fit_transform(news["text"])
        assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist(), (
            ours_kwargs
        )
        np.testing.assert_array_equal(X.toarray(), Y.toarray())


def test_max_features_breaks_ties_alphabetically(news):
    # totals: mosul 6, aleppo 4, coalition 4, fled 4, then 3s
    vec = CorpusVectorizer(max_features=2).fit(news)
    assert vec.get_feature_names_out().tolist() == ["aleppo", "mosul"]


def test_fit_then_transform_equals_fit_transform(news):
    vec = CorpusVectorizer(ngram_range=(1, 2), min_df=2)
    once = vec.fit_transform(news)
    twice = clone(vec).fit(news).transform(news)
    assert (once != twice).nnz == 0
    assert once.shape == twice.shape


def test_unseen_words_are_ignored_in_transform(news):
    vec = CorpusVectorizer().fit(news["text"].tolist())
    X = vec.transform(["Aleppo and Raqqa; Mosul, Mosul.", ""])
    row = dict(zip(vec.get_feature_names_out(), X.toarray()[0]))
    assert row["aleppo"] == 1 and row["mosul"] == 2
    assert X.sum() == 3
    assert X.shape == (2, 23)
    assert X[1].nnz == 0


def test_inputs_list_series_array_and_dataframe(news):
    expected = CorpusVectorizer().fit_transform(news).toarray()
    texts = news["text"]
    for data in (texts.tolist(), texts, texts.to_numpy(), texts.set_axis(list("abcdefg"))):
        np.testing.assert_array_equal(CorpusVectorizer().fit_transform(data).toarray(), expected)
    renamed = news.rename(columns={"text": "body"})
    np.testing.assert_array_equal(
        CorpusVectorizer(text_column="body").fit_transform(renamed).toarray(), expected
    )
    with pytest.raises(ValueError, match="text_column= 'text'"):
        CorpusVectorizer().fit(renamed)
    with pytest.raises(ValueError, match="string object received"):
        CorpusVectorizer().fit("Aleppo")


def test_same_features_as_dtm(news):
    stop = ["the", "on"]
    phrases = Phrases(["eastern Aleppo"])
    vec = CorpusVectorizer(stopwords=stop, phrases=phrases, ngram_range=(1, 2))
    X = vec.fit_transform(news)
    m = ck.dtm(news, stopwords=stop, phrases=phrases, ngram_range=(1, 2))
    assert vec.get_feature_names_out().tolist() == m.features.tolist()
    assert "eastern_aleppo" in vec.vocabulary_
    np.testing.assert_array_equal(X.toarray(), m.matrix.toarray())
    case = CorpusVectorizer(lowercase=False, min_length=3).fit(news)
    assert "Aleppo" in case.vocabulary_ and "by" not in case.vocabulary_


def test_binary_and_dtype(news):
    X = CorpusVectorizer(binary=True, dtype=np.float32).fit_transform(news)
    assert X.dtype == np.float32 and X.max() == 1.0


@pytest.mark.parametrize(
    ("params", "error", "message"),
    [
        ({"min_df": -1}, ValueError, "The 'min_df' parameter of CorpusVectorizer must be"),
        ({"max_df": 1.5}, ValueError, "The 'max_df' parameter"),
        ({"min_df": 5, "max_df": 2}, ValueError, "max_df corresponds to < documents than min_df"),
        ({"max_features": 0}, ValueError, "The 'max_features' parameter"),
        ({"binary": "yes"}, ValueError, "The 'binary' parameter"),
        ({"ngram_range": (2, 1)}, ValueError, "Invalid value for ngram_range"),
        ({"min_df": 7, "max_df": 7}, ValueError, "After pruning, no terms remain"),
        ({"lowercase": "no"}, ValueError, "The 'lowercase' parameter"),
        ({"dtype": "no such type"}, TypeError, "data type 'no such type' not understood"),
        ({"rule": "strict"}, ValueError, "The 'rule' parameter of CorpusVectorizer"),
        ({"phrases": ["a b"]}, ValueError, "The 'phrases' parameter"),
        ({"min_length": 0}, ValueError, "min_length= must be an integer >= 1"),
        ({"stopwords": 5}, ValueError, "stopwords= must be True, a language name"),
        ({"stop_words": "german"}, ValueError, "The 'stop_words' parameter"),
        ({"stopwords": True, "stop_words": "english"}, ValueError, "not both"),
        ({"rule": TokenRule(lowercase=False)}, ValueError, "pass lowercase=False"),
    ],
)
def test_invalid_params_fail_in_fit_naming_them(news, params, error, message):
    vec = CorpusVectorizer(**params)  # construction never validates
    with pytest.raises(error, match=message):
        vec.fit(news)


def test_empty_vocabulary_is_an_error():
    with pytest.raises(ValueError, match="empty vocabulary"):
        CorpusVectorizer(stopwords=["the"]).fit(["the", "The the"])


def test_pipeline_and_grid_search(news):
    labels = (news["event"] == "aleppo").astype(int).to_numpy()
    model = Pipeline(
        [("vec", CorpusVectorizer()), ("tfidf", TfidfTransformer()), ("clf", LogisticRegression())]
    )
    model.fit(news, labels)
    assert model.predict(news).tolist() == labels.tolist()
    assert model.predict(["Militants shelled Aleppo", "coalition strikes on Mosul"]).tolist() == [
        1,
        0,
    ]
    search = GridSearchCV(
        model, {"vec__ngram_range": [(1, 1), (1, 2)], "vec__min_df": [1, 2]}, cv=2
    )
    search.fit(news["text"], labels)
    assert set(search.best_params_) == {"vec__ngram_range", "vec__min_df"}
    assert search.cv_results_["params"][0]["vec__ngram_range"] == (1, 1)


# ------------------------------------------------- true to scikit-learn (#19 item 6)

#: News sentences plus accented, Cyrillic, Arabic and mixed texts, and a tie-rich one.
MIXED = [
    "Militants shelled Aleppo. Militants fled Aleppo.",
    "Rebels said Aleppo was shelled by Syrian forces.",
    "The coalition shelled Mosul; civilians fled Mosul.",
    "Le régime a bombardé Alep-Est, déclaré l'ONU à Genève.",
    "Москва заявила, что Алеппо освобождён. Moscow said Aleppo was freed.",
    "قصف حلب — Aleppo shelled, Mosul (الموصل) liberated",
    "Zürich-based NGOs: naïve café reports of the US-led coalition's strikes",
]


def _same_counts(ours, theirs, docs):
    X, Y = ours.fit_transform(docs), theirs.fit_transform(docs)
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()
    assert ours.vocabulary_ == {k: int(v) for k, v in theirs.vocabulary_.items()}
    assert X.dtype == Y.dtype
    np.testing.assert_array_equal(X.toarray(), Y.toarray())
    np.testing.assert_array_equal(
        ours.transform(docs[::-1]).toarray(), theirs.transform(docs[::-1]).toarray()
    )


@pytest.mark.parametrize("binary", [False, True])
@pytest.mark.parametrize("max_features", [None, 4])
@pytest.mark.parametrize(("min_df", "max_df"), [(1, 1.0), (2, 0.9), (0.2, 4)])
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2)])
@pytest.mark.parametrize("strip_accents", [None, "ascii", "unicode"])
def test_engine_equals_countvectorizer_for_shared_parameters(
    binary, max_features, min_df, max_df, ngram_range, strip_accents
):
    params = {
        "binary": binary,
        "max_features": max_features,
        "min_df": min_df,
        "max_df": max_df,
        "ngram_range": ngram_range,
        "strip_accents": strip_accents,
    }
    theirs = CountVectorizer(token_pattern=DEFAULT_RULE.pattern, **params)
    _same_counts(CorpusVectorizer(**params), theirs, MIXED)


@pytest.mark.parametrize(
    "params",
    [
        {"lowercase": False},
        {"stop_words": "english"},
        {"stop_words": ["the", "fled"], "ngram_range": (2, 3)},
        {"vocabulary": ["mosul", "aleppo", "алеппо", "nowhere"]},
        {"vocabulary": {"aleppo": 1, "mosul": 0}, "binary": True},
        {"strip_accents": str.upper, "lowercase": False},
        {"dtype": np.float32, "max_features": 6, "binary": True},
    ],
)
def test_engine_equals_countvectorizer_with_options(params):
    theirs = CountVectorizer(token_pattern=DEFAULT_RULE.pattern, **params)
    _same_counts(CorpusVectorizer(**params), theirs, MIXED)


@pytest.mark.parametrize(
    "params",
    [
        {"analyzer": "char", "ngram_range": (2, 3)},
        {"analyzer": "char_wb", "ngram_range": (1, 3), "max_features": 30, "binary": True},
        {"analyzer": str.split},
        {"tokenizer": str.split, "token_pattern": None, "stop_words": ["the"]},
        {"token_pattern": r"(?u)\b\w\w+\b", "strip_accents": "unicode"},
        {"token_pattern": r"(\w+)'", "lowercase": False},
        {"preprocessor": str.upper, "token_pattern": r"\b\w+\b"},
    ],
)
def test_per_document_path_equals_countvectorizer(params):
    _same_counts(CorpusVectorizer(**params), CountVectorizer(**params), MIXED)


def test_binary_max_features_ranks_by_document_frequency_as_sklearn():
    # totals: mosul 5, aleppo 4, raqqa 2; documents: aleppo 4, raqqa 2, mosul 1
    docs = ["Mosul mosul Mosul mosul mosul Aleppo", "Aleppo Raqqa", "Aleppo Raqqa", "Aleppo"]
    counted = CorpusVectorizer(max_features=2).fit(docs)
    assert counted.get_feature_names_out().tolist() == ["aleppo", "mosul"]
    binary = CorpusVectorizer(max_features=2, binary=True).fit(docs)
    assert binary.get_feature_names_out().tolist() == ["aleppo", "raqqa"]
    theirs = CountVectorizer(max_features=2, binary=True).fit(docs)
    assert theirs.get_feature_names_out().tolist() == ["aleppo", "raqqa"]


@pytest.mark.parametrize("norm", ["l1", "l2", None])
@pytest.mark.parametrize("use_idf", [True, False])
@pytest.mark.parametrize("smooth_idf", [True, False])
@pytest.mark.parametrize("sublinear_tf", [True, False])
def test_tfidf_equals_tfidfvectorizer(norm, use_idf, smooth_idf, sublinear_tf):
    params = {"norm": norm, "use_idf": use_idf, "smooth_idf": smooth_idf}
    params["sublinear_tf"] = sublinear_tf
    ours = CorpusTfidfVectorizer(min_df=2, **params)
    theirs = TfidfVectorizer(token_pattern=DEFAULT_RULE.pattern, min_df=2, **params)
    X, Y = ours.fit_transform(MIXED), theirs.fit_transform(MIXED)
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()
    np.testing.assert_allclose(X.toarray(), Y.toarray(), rtol=1e-12)
    np.testing.assert_allclose(ours.transform(MIXED[:2]).toarray(), Y.toarray()[:2], rtol=1e-12)
    if use_idf:
        np.testing.assert_allclose(ours.idf_, theirs.idf_, rtol=1e-12)


def test_tfidf_without_smoothing_exact_values():
    # n = 3 documents; df: aleppo 3, mosul 1, shelled 2 -> idf = ln(n / df) + 1
    vec = CorpusTfidfVectorizer(smooth_idf=False, norm=None, dtype=np.float32)
    X = vec.fit_transform(["Aleppo shelled", "Aleppo's siege of Mosul", "Aleppo shelled"])
    assert vec.get_feature_names_out().tolist() == ["aleppo", "mosul", "of", "shelled", "siege"]
    idf = [1.0, 1 + np.log(3), 1 + np.log(3), 1 + np.log(1.5), 1 + np.log(3)]
    np.testing.assert_allclose(vec.idf_, idf, rtol=1e-6)
    assert X.dtype == np.float32
    np.testing.assert_allclose(X.toarray()[0], [1.0, 0, 0, 1 + np.log(1.5), 0], rtol=1e-6)


def test_sklearn_methods_and_attributes():
    vec = CorpusVectorizer(stopwords=True, vocabulary=None)
    X = vec.fit_transform(["Russia's army entered Aleppo.", "The army left"])
    assert vec.fixed_vocabulary_ is False
    assert [t.tolist() for t in vec.inverse_transform(X)] == [
        ["aleppo", "army", "entered", "russia"],
        ["army", "left"],
    ]
    assert vec.build_analyzer()("Russia's army entered the city") == [
        "russia",
        "army",
        "entered",
        "city",
    ]
    assert vec.build_preprocessor()("Alep-Est") == "alep-est"
    assert vec.build_tokenizer()("US-led, U.S.-led") == ["US-led", "U.S.-led"]
    assert "the" in vec.get_stop_words() and "don’t" in vec.get_stop_words()
    english = CorpusVectorizer(stop_words="english").get_stop_words()
    assert english == ENGLISH_STOP_WORDS and "don’t" not in english
    fixed = CorpusVectorizer(vocabulary=["mosul", "aleppo"])
    assert fixed.get_feature_names_out().tolist() == ["mosul", "aleppo"]
    assert fixed.fit(["x"]).fixed_vocabulary_ is True


def test_analyzer_gives_what_the_engine_counts():
    # the per-document path (input="file") and the engine agree, phrases included
    from io import StringIO

    params = {
        "rule": TokenRule(possessive="keep"),
        "stopwords": True,
        "phrases": Phrases(["US-led coalition*"]),
        "ngram_range": (1, 2),
        "min_length": 2,
    }
    engine = CorpusVectorizer(**params)
    X = engine.fit_transform(MIXED)
    per_document = CorpusVectorizer(input="file", **params)
    Y = per_document.fit_transform([StringIO(doc) for doc in MIXED])
    assert engine.vocabulary_ == per_document.vocabulary_
    assert "us-led_coalition's" in engine.vocabulary_
    np.testing.assert_array_equal(X.toarray(), Y.toarray())
    analyze = engine.build_analyzer()
    for doc, row in zip(MIXED, X.toarray()):
        counted = {f: int(n) for f, n in zip(engine.get_feature_names_out(), row) if n}
        assert counted == dict(pd.Series(analyze(doc)).value_counts())


def test_missing_texts_are_empty_documents_on_both_paths():
    docs = pd.DataFrame({"text": ["Aleppo shelled", None, np.nan, "Mosul"], "outlet": list("abcd")})
    for vec in (CorpusVectorizer(), CorpusVectorizer(preprocessor=str.lower)):
        X = vec.fit_transform(docs)
        assert vec.get_feature_names_out().tolist() == ["aleppo", "mosul", "shelled"]
        assert X.toarray().tolist() == [[1, 0, 1], [0, 0, 0], [0, 0, 0], [0, 1, 0]]
    X = CorpusVectorizer(analyzer="char").fit_transform(docs["text"].tolist())
    assert X.sum(axis=1).ravel().tolist() == [[14, 0, 0, 5]]


def test_corpus_parameters_unused_by_another_analyzer_warn():
    with pytest.warns(UserWarning, match="The parameter 'rule' will not be used since 'token_pat"):
        CorpusVectorizer(rule=TokenRule(), token_pattern=r"\w+").fit(["a b"])
    with pytest.warns(UserWarning, match="The parameter 'stopwords' will not be used since 'analy"):
        CorpusVectorizer(stopwords=True, analyzer="char").fit(["a b"])


@pytest.mark.parametrize("strip_accents", [None, "unicode", "ascii"])
def test_tokens_and_dtm_agree_on_non_latin_texts(strip_accents):
    texts = [*MIXED[3:], "Москва", "حلب", "Москва-Aleppo naïve"]
    rule = TokenRule(strip_accents=strip_accents)
    toks = ck.tokens(texts, rule=rule)
    assert all(token for doc in toks for token in doc)
    direct, via_tokens = ck.dtm(texts, rule=rule), ck.dtm(toks)
    assert direct.features.tolist() == via_tokens.features.tolist()
    np.testing.assert_array_equal(direct.matrix.toarray(), via_tokens.matrix.toarray())


def test_ascii_stripping_keeps_words_of_other_scripts():
    rule = TokenRule(strip_accents="ascii")
    assert rule.tokenize("Москва и Алеппо, حلب and naïve Zürich") == [
        "москва",
        "и",
        "алеппо",
        "حلب",
        "and",
        "naive",
        "zurich",
    ]
    assert rule.matches("حلب Aleppo") == [(0, 3, "حلب"), (4, 10, "aleppo")]
    assert TokenRule(strip_accents="unicode").tokenize("Москва, إدلب") == ["москва", "ادلب"]
