"""The shortcuts that make ``ck.quotes`` fast give exactly what the plain code gives: the words
of a stretch from one pass over its text (``speakers/spans.py``), entities found by name from
an index (``speakers/names.py``), reporting verbs read from the words that can be one, and
datelines ruled out by their separators.
"""

from __future__ import annotations

import random

import pandas as pd

from corpuskit.io.wire import parse_dateline
from corpuskit.voices.quotes.attribution import _verbs
from corpuskit.voices.speakers.discourse import Discourse, Entity
from corpuskit.voices.speakers.lexicon import words
from corpuskit.voices.speakers.names import surname_key
from corpuskit.voices.speakers.spans import TextWords, span_count, span_words

#: words cut in every way: dotted abbreviations, titles, initials, apostrophes and hyphens at
#: the end, a digit run into letters and an apostrophe, Cyrillic
TRICKY = (
    "Gen. Joseph L. Votel of the U.S.-led coalition said 12ab's men—and al-Assad’s—left "
    "at 3.5. p.m.; Rock'n'roll- x'y 5' e.g. Мы готовы.-"
)


def _plain(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return words(text[start:end], start) if start < end else []


def test_span_words_equal_words_of_every_stretch_of_a_tricky_text() -> None:
    found = TextWords(TRICKY)
    assert found.words == words(TRICKY)
    for start in range(len(TRICKY) + 1):
        for end in range(start, len(TRICKY) + 1):
            expected = _plain(TRICKY, start, end)
            assert found.between(start, end) == expected, (start, end)
            assert found.count(start, end) == len(expected), (start, end)


def test_a_cut_word_is_read_from_the_stretch() -> None:
    us = TRICKY.index("U.S.-led")
    assert [w for _, _, w in span_words(TRICKY, us, us + 3)] == ["U.S"]  # no full stop left
    assert [w for _, _, w in span_words(TRICKY, us, us + 4)] == ["U.S."]
    digits = TRICKY.index("12ab's")
    # the whole word stops at the apostrophe after digits; from its letters on, it does not
    assert [w for _, _, w in span_words(TRICKY, digits, digits + 6)] == ["12ab", "s"]
    assert [w for _, _, w in span_words(TRICKY, digits + 2, digits + 6)] == ["ab's"]
    assert [w for _, _, w in span_words("Gen. Votel", 1, 4)] == ["en"]
    assert span_count("He said the talks failed.", 3, 17) == 3
    assert span_words("text", 3, 2) == [] and span_count("text", 3, 2) == 0


def test_span_words_equal_words_on_real_articles(data_dir) -> None:
    texts = pd.read_parquet(
        data_dir / "article_bias_prediction" / "articles.parquet", columns=["content_original"]
    )["content_original"].head(40)
    rng = random.Random(0)
    for text in texts.fillna(""):
        for _ in range(200):
            start = rng.randrange(0, len(text) + 1)
            end = rng.randrange(start, min(len(text), start + 300) + 1)
            assert span_words(text, start, end) == _plain(text, start, end)
            assert span_count(text, start, end) == len(_plain(text, start, end))


def _scan(entities: list[Entity], name: str) -> Entity | None:
    """The lookup ``Discourse`` made before the index: a scan of every entity."""
    for entity in reversed(entities):
        if entity.name == name:
            return entity
    key = surname_key(name)
    people = [e for e in entities if e.kind == "person" and surname_key(e.name) == key]
    if not people:
        return None
    return people[0] if len(name.split()) == 1 else people[-1]


def test_entities_are_found_by_name_as_a_scan_finds_them() -> None:
    discourse = Discourse()
    asked = ["Hunter", "Duncan Hunter", "Margaret Hunter", "Assad", "Bashar al-Assad", "Pentagon"]
    steps = [
        Entity("Hunter", "person"),
        Entity("Pentagon", "org"),
        Entity("Margaret Hunter", "person"),
        "rename",
        Entity("Assad", "person"),
        Entity("Hunter", "org"),
    ]
    for step in steps:
        if step == "rename":
            discourse.entities[0].name = "Duncan Hunter"  # a longer name, as register does
            discourse.names.renamed()
        else:
            discourse.entities.append(step)
        for name in asked:
            assert discourse._by_name(name) is _scan(discourse.entities, name), name
    people = discourse.entities
    assert discourse._by_name("Hunter") is people[-1]  # the last of that exact name
    assert discourse._by_name("Duncan Hunter") is people[0]
    assert discourse._by_name("Ann Hunter") is people[2]  # the last person of that surname
    assert discourse.names.surnamed("hunter", first=True) is people[0]


def test_verbs_are_read_from_the_words_that_can_be_one() -> None:
    text = "Officials pointed out that he said, adding it was according to plan; pointed  out"
    found = [(form, lemma) for _, _, form, lemma in _verbs(text, 0, len(text))]
    assert found == [
        ("pointed out", "point out"),
        ("said", "say"),
        ("adding", "add"),
        ("according to", "according to"),
    ]  # "pointed  out" (two spaces) is no form; "pointed" alone is none either
    assert _verbs(text, 0, 12) == []  # "pointed" cut: the stretch's own words only


def test_a_dateline_needs_its_separator() -> None:
    assert parse_dateline("MOSCOW March 27 TASS Moscow stands for it.") is None
    assert parse_dateline("BEIRUT (Reuters) - Rebels said.").outlet == "Reuters"
    assert parse_dateline("WASHINGTON — The Senate voted.").place == "WASHINGTON"
    assert parse_dateline("МОСКВА, 27 мар — РИА Новости. Текст").outlet == "RIA Novosti"
