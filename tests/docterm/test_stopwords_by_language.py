"""dtm(stopwords=True) takes the stopword lists of the documents' languages."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck

ARTICLES = pd.DataFrame(
    {
        "doc_id": ["en1", "ru1"],
        "text": ["The militants and the army", "Боевики и армия в Мосуле"],
    }
)


def test_without_a_language_column_the_list_is_english():
    features = set(ck.dtm(ARTICLES, stopwords=True).features)
    assert "the" not in features and "and" not in features
    assert {"и", "в"} <= features


def test_the_language_column_chooses_the_lists():
    mixed = ARTICLES.assign(language=["en", "ru"])
    features = set(ck.dtm(mixed, stopwords=True).features)
    assert not {"the", "and", "и", "в"} & features
    assert {"militants", "army", "боевики", "армия", "мосуле"} <= features
    russian = ARTICLES.assign(language=["ru", "ru"])
    assert "the" in set(ck.dtm(russian, stopwords=True).features)
    tokens = ck.tokens(mixed)
    assert not {"the", "и"} & set(ck.dtm(tokens, stopwords=True).features)


def test_detected_languages_choose_the_lists():
    detected = ARTICLES.assign(language=ck.detect_language(ARTICLES)["language"].to_numpy())
    assert detected["language"].tolist() == ["en", "ru"]
    assert not {"the", "и"} & set(ck.dtm(detected, stopwords=True).features)


def test_a_language_without_a_list_is_named():
    german = ARTICLES.assign(language=["de", None])
    with pytest.warns(UserWarning, match=r"no bundled stopword list for language\(s\) \['de'\]"):
        features = set(ck.dtm(german, stopwords=True).features)
    assert "the" in features  # its documents keep their stopwords: none is guessed
