"""Quotes and speakers in Russian news (issues #20 and #21): « » and „ “ marks, Russian
reporting verbs (``reporting_verbs_ru.yaml``), "по словам X", the attribution between
dashes inside one pair of marks, surnames in other cases; passages written for these tests,
then a check on RuSentRel articles read from ``CORPUSKIT_DATA``.
"""

from __future__ import annotations

import pandas as pd

import corpuskit as ck
from corpuskit.voices.quotes import quotes


def found(text: str) -> pd.DataFrame:
    table = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    return table[table["kind"] == "direct"].reset_index(drop=True)


def test_tass_style_dash_attribution_po_slovam_and_a_role_description():
    text = (
        "МОСКВА, 20 октября. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        "переговоры в Москве.\n\n«Мы не видим готовности американской стороны к диалогу», — "
        "заявил Лавров журналистам.\n\nПо словам Лаврова, «коалиция должна действовать "
        "осторожно».\n\n«Наше терпение не безгранично», — подчеркнул министр."
    )
    table = found(text)
    assert table["speaker"].tolist() == ["Сергей Лавров"] * 3
    assert table["verb_lemma"].tolist() == ["state", "according to", "stress"]
    assert table["verb_group"].tolist() == ["neutral", "neutral", "emphasis"]
    assert (table["speaker_type"] == "official").all()


def test_colon_attribution_with_rank_and_a_pronoun():
    text = (
        "Официальный представитель Минобороны России генерал-майор Игорь Конашенков сообщил: "
        "«Гуманитарная пауза в Алеппо будет продлена».\n\n«Боевики использовали паузу для "
        "перегруппировки», — добавил он."
    )
    table = found(text)
    assert table["speaker"].tolist() == ["Игорь Конашенков"] * 2
    assert table["speaker_type"].tolist() == ["military"] * 2


def test_low_high_marks_and_a_word_quoted_after_nazvala():
    text = (
        "Официальный представитель МИД России Мария Захарова назвала эти заявления "
        "„абсурдными“.\n\n„Это очередная провокация“, — отметила Захарова."
    )
    table = found(text)
    assert table["quote"].tolist() == ["абсурдными", "Это очередная провокация"]
    assert table["speaker"].tolist() == ["Мария Захарова"] * 2


def test_attribution_between_dashes_inside_the_marks_splits_the_quote():
    text = (
        "«Мы готовы к сотрудничеству, — сказал президент Сирии Башар Асад. — Но терроризм "
        "должен быть побежден»."
    )
    table = found(text)
    parts = ["Мы готовы к сотрудничеству", "Но терроризм должен быть побежден"]
    assert table["quote"].tolist() == parts
    assert table["quote_id"].nunique() == 1 and table["part"].tolist() == [1, 2]
    assert table["speaker"].tolist() == ["Башар Асад"] * 2


def test_a_genitive_country_or_an_adverb_is_no_part_of_the_name():
    text = (
        "Премьер-министр Швеции Стефан Лёвен выступил в парламенте.\n\n«Мы остаемся в ЕС», — "
        "сказал Лёвен.\n\nПоэтому Обама сказал: «Это важно»."
    )
    assert found(text)["speaker"].tolist() == ["Стефан Лёвен", "Обама"]


def test_rusentrel_articles_give_quotes_with_speakers():
    articles = ck.load_dataset("rusentrel").head(60)
    table = ck.quotes(articles)
    direct = table[table["kind"] == "direct"]
    assert len(direct) > 100
    named = direct["speaker"].dropna()
    assert len(named) > 0.2 * len(direct)
    # speakers are names, not a country in the genitive or an adverb before the name
    assert not named.str.contains(r"^(?:Поэтому|Швеции|Израиля)\b").any()
    assert {"state", "say", "note"} <= set(direct["verb_lemma"].dropna())
