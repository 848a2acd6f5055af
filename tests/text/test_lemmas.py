"""Russian lemmas (pymorphy3) in the token layer and the document-term matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.text.lemmas import lemmatize, lemmatize_matrix

MOSUL = ["мосул", "мосула", "мосулу", "мосулом", "мосуле"]
FIGHTER = ["боевик", "боевика", "боевику", "боевиком", "боевике"]
FIGHTERS = ["боевики", "боевиков", "боевикам", "боевиками", "боевиках"]


def test_every_case_form_maps_to_one_lemma() -> None:
    assert set(lemmatize(MOSUL)) == {"мосул"}
    assert set(lemmatize(FIGHTER + FIGHTERS)) == {"боевик"}
    assert lemmatize(["aleppo", "1,000", "мосуле боевикам"]) == ["aleppo", "1,000", "мосул боевик"]
    assert lemmatize(["вице-премьера", "северо-запада"]) == ["вице-премьер", "северо-запад"]
    with pytest.raises(ValueError, match="available: ru"):
        lemmatize(["word"], language="de")


def test_dtm_on_lemmas_merges_case_forms() -> None:
    texts = [" ".join(f"{m.capitalize()} {f}" for m, f in zip(MOSUL, FIGHTERS, strict=True))]
    texts.append("Fighters left Mosul. Мосул")
    forms = ck.dtm(texts, n_jobs=1)
    lemmas = ck.dtm(texts, lemmatize=True, n_jobs=1)
    assert lemmas.features.tolist() == ["fighters", "left", "mosul", "боевик", "мосул"]
    column = lemmas.features.tolist().index("мосул")
    assert lemmas.matrix[:, column].toarray().ravel().tolist() == [5, 1]
    assert lemmas.docvars["n_tokens"].tolist() == forms.docvars["n_tokens"].tolist()
    np.testing.assert_array_equal(lemmas.matrix.sum(axis=1), forms.matrix.sum(axis=1))


def test_documents_in_another_language_keep_their_word_forms() -> None:
    articles = pd.DataFrame(
        {"doc_id": ["a", "b"], "language": ["ru", "uk"], "text": ["Мосуле", "Мосуле"]}
    )
    m = ck.dtm(articles, lemmatize=True, n_jobs=1)
    assert m.features.tolist() == ["мосул", "мосуле"]
    assert m.matrix.toarray().tolist() == [[1, 0], [0, 1]]
    toks = ck.tokens(articles).lemmatize()
    assert list(toks) == [["мосул"], ["мосуле"]]


def test_lemmatize_matrix_keeps_bigrams_and_counts() -> None:
    texts = ["боевики вошли в мосул", "боевиков выбили из мосула"]
    bigrams = ck.dtm(texts, ngram_range=(2, 2), n_jobs=1)
    matrix, features = lemmatize_matrix(bigrams.matrix, bigrams.features)
    assert "из мосул" in features.tolist() and "боевик войти" in features.tolist()
    assert matrix.sum() == bigrams.matrix.sum()


def test_tokens_lemmatize_keeps_offsets() -> None:
    text = "Боевики покинули Мосул, бои за Мосулом."
    toks = ck.tokens([text]).lemmatize()
    frame = toks.to_frame()
    assert frame["token"].tolist() == ["боевик", "покинуть", "мосул", "бой", "за", "мосул"]
    last = frame.iloc[-1]
    assert text[last["start"] : last["end"]] == "Мосулом"


def test_rusentrel_lemmas_cut_features_by_a_quarter(rusentrel_texts) -> None:
    forms = ck.dtm(rusentrel_texts, n_jobs=1)
    lemmas = ck.dtm(rusentrel_texts, lemmatize=True, n_jobs=1)
    reduction = 1 - lemmas.n_features / forms.n_features
    # measured: 18,701 word forms -> 9,150 lemmas (51% fewer)
    assert reduction >= 0.25, reduction
    features = set(lemmas.features)
    mosul = {f for f in forms.features if f.startswith("мосул")}
    fighter = {f for f in forms.features if f.startswith("боевик")}
    assert len(mosul) >= 1 and len(fighter) >= 3
    assert set(lemmatize(sorted(mosul))) == {"мосул"} <= features
    assert set(lemmatize(sorted(fighter))) == {"боевик"} <= features
    assert not (mosul | fighter) - {"мосул", "боевик"} & features


def test_war_abbreviations_keep_their_form():
    # pymorphy3 alone reads "иг" (the Islamic State) as a form of "иго" (yoke)
    from corpuskit.text.lemmas import lemmatize

    assert lemmatize(["иг", "сар", "даиш", "бпла", "игил", "сша"]) == [
        "иг", "сар", "даиш", "бпла", "игил", "сша",
    ]  # fmt: skip
    assert lemmatize(["боевики иг"]) == ["боевик иг"]
