"""KWIC, collocations and dictionaries on lemmas: one entry finds every case form."""

from __future__ import annotations

import pandas as pd

import corpuskit as ck

ARTICLES = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "text": [
            "Боевики ИГИЛ отступили. Армия окружила боевиков.",
            "Удары по боевикам продолжаются, с боевиками ведутся бои.",
        ],
    }
)


def test_kwic_and_collocations_on_lemmas_find_every_case_form():
    tokens = ck.tokens(ARTICLES).lemmatize()
    lines = ck.kwic(tokens, "боевик")
    assert len(lines) == 4
    assert len(ck.kwic(ARTICLES, "боевик")) == 0  # word forms: no form is the bare lemma
    assert "боевик" in set(ck.collocations(tokens, "боевик", min_count=1)["node"])


def test_dictionary_entries_match_lemma_features():
    matrix = ck.dtm(ARTICLES, lemmatize=True)
    counts = ck.lookup(matrix, ck.Dictionary({"militants": ["боевик"]}))
    assert counts.matrix.toarray().ravel().tolist() == [2, 2]
