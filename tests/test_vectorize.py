"""CorpusVectorizer: the scikit-learn estimator contract and equality with CountVectorizer."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
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
from corpuskit.vectorize import CorpusVectorizer


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
