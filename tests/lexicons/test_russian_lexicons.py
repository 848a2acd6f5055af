"""The Russian lexicons: paired with the English ones, case forms counted, real text matched."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.lexicons.bundled import lexicon

PAIRS = [
    ("actor_naming", "actor_naming_ru"),
    ("military_legitimacy", "military_legitimacy_ru"),
    ("humanitarian", "humanitarian_ru"),
]


def counts(text: str, name: str) -> pd.Series:
    """Matches per category of one text."""
    d = lexicon(name)
    return ck.lookup([text], d)[d.categories].iloc[0]


@pytest.mark.parametrize(("english", "russian"), PAIRS)
def test_russian_lexicon_has_the_english_categories(english: str, russian: str) -> None:
    assert lexicon(russian).categories == lexicon(english).categories


def test_every_case_form_of_a_name_counts_once() -> None:
    forms = "боевики боевиков боевикам боевиками боевиках"
    assert counts(forms, "actor_naming_ru")["opposition/militants"] == 5
    text = "Террористы ИГИЛ напали; против террористов ИГ и террористической группировки."
    found = counts(text, "actor_naming_ru")
    assert found["opposition/terrorists"] == 3
    assert found["isis/isis"] == 2


def test_ambiguous_russian_words_are_left_out() -> None:
    naming = counts("Режим тишины и режим санкций продлены.", "actor_naming_ru")
    assert naming["government/regime"] == 0
    assert counts("Режим Асада и сирийский режим.", "actor_naming_ru")["government/regime"] == 2
    frames = counts("Режим тишины соблюдается, он занял позицию.", "military_legitimacy_ru")
    assert frames["ceasefire"] == 1
    assert frames["recapture"] == 0
    assert counts("Их убирают.", "humanitarian_ru")["casualties"] == 0


def test_liberation_and_siege_in_russian() -> None:
    found = counts(
        "Армия освободила город; освобождение Пальмиры. Блокада и осада Алеппо.",
        "military_legitimacy_ru",
    )
    assert (found["liberation"], found["siege"]) == (2, 2)


def test_russian_lexicons_match_rusentrel() -> None:
    articles = ck.load_dataset("rusentrel")
    naming = ck.lookup(articles, lexicon("actor_naming_ru"))
    frames = ck.lookup(articles, lexicon("military_legitimacy_ru"))
    # rusentrel is international politics of 2016: the Islamic State and the Syrian war recur
    assert naming["isis/isis"].sum() >= 50
    assert naming["opposition/rebels"].sum() >= 20
    assert frames["terrorism"].sum() >= 50
    assert (naming[lexicon("actor_naming_ru").categories].sum(axis=1) > 0).mean() > 0.3
