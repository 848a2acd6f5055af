"""Language detection (py3langid) into the schema's ``language`` column."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def test_rusentrel_and_the_founding_article(rusentrel_texts, seed_article) -> None:
    english = seed_article.read_text("utf-8")
    articles = pd.DataFrame(
        {
            "doc_id": [f"ru{i}" for i in range(len(rusentrel_texts))] + ["tass"],
            "text": [*rusentrel_texts, english],
        }
    )
    detected = ck.detect_language(articles)
    assert detected["language"].tolist() == ["ru"] * 71 + ["en"]
    assert str(detected["language"].dtype) == "string"
    assert "language" not in articles.columns  # a copy


def test_only_missing_languages_are_filled_unless_overwrite() -> None:
    articles = pd.DataFrame(
        {
            "language": ["de", None, None],
            "title": [None, None, "Бои за Алеппо продолжаются"],
            "text": ["Боевики покинули Мосул.", "Militants left Mosul.", None],
        }
    )
    filled = ck.detect_language(articles, languages=["en", "ru"])
    assert filled["language"].tolist() == ["de", "en", "ru"]
    again = ck.detect_language(articles, languages=["en", "ru"], overwrite=True)
    assert again["language"].tolist() == ["ru", "en", "ru"]
    assert ck.detect_language(pd.DataFrame({"text": ["", "1,000"]}))["language"].isna().all()
    with pytest.raises(KeyError, match="body"):
        ck.detect_language(articles, text_column="body")


def test_detected_language_decides_which_documents_are_lemmatised() -> None:
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": ["Боевики вошли в Мосул, бои в Мосуле.", "Боевики вошли в Мосул."],
            "language": [None, "uk"],
        }
    )
    m = ck.dtm(ck.detect_language(articles), lemmatize=True, n_jobs=1)
    row = dict(zip(m.features, m.matrix.toarray()[0], strict=True))
    assert row["мосул"] == 2 and row["боевик"] == 1
    assert "боевики" in set(m.features)  # the document marked "uk" keeps word forms
