"""Bundled stopword lists: English and Russian."""

from __future__ import annotations

import corpuskit as ck
from corpuskit.text.stopwords import available_languages, stopwords


def test_russian_list_is_bundled() -> None:
    assert available_languages() == ("en", "ru")
    words = ck.stopwords("ru")
    assert {"и", "в", "не", "что", "который", "её", "ее", "всё", "все"} <= words
    # content words frequent in news stay: the analysis decides about them
    assert not {"заявил", "сообщил", "мосул", "боевики", "россия"} & words
    assert "не" not in stopwords("ru", remove=["не"])


def test_russian_stopwords_in_the_dtm_remove_function_words(rusentrel_texts) -> None:
    plain = ck.dtm(rusentrel_texts, n_jobs=1)
    cleaned = ck.dtm(rusentrel_texts, stopwords="ru", n_jobs=1)
    removed = plain.matrix.sum() - cleaned.matrix.sum()
    # function words are about a third of the running words of Russian news
    assert removed > 0.25 * plain.matrix.sum()
    assert "и" not in set(cleaned.features) and "мосул" in set(cleaned.features)
