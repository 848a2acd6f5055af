"""Tests of match_texts() and CompiledDictionary.may_match: the matches lookup() reports,
found without cutting the texts that hold none of the entries' words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import compile_dictionary, lookup, match_texts
from corpuskit.text.tokenize import TokenRule
from corpuskit.voices.targets import Targets

ACTORS = Dictionary(
    {
        "coalition": ["US-led coalition", "coalition", "U.S.-led coalition"],
        "led": ["*-led"],
        "russia": ["Russia's forces", "Russia"],
        "people": ["the people of Aleppo", "civilians"],
    }
)
WORDS = [
    "The", "the", "US-led", "U.S.-led", "Saudi-led", "coalition", "Coalition's", "Russia",
    "RUSSIA", "Russia's", "forces", "people", "of", "Aleppo", "civilians", "naïve", "İstanbul",
    "said", ",", ".", "\n", "led", "-led", "Russian-backed",
]  # fmt: skip


def _lookup_matches(texts: list[str], dictionary: Dictionary, rule: TokenRule | None = None):
    _, matches = lookup(texts, dictionary, rule=rule, return_matches=True, n_jobs=1)
    categories = dictionary.categories
    rows = [int(d[3:]) - 1 for d in matches["doc_id"]]
    return [
        (row, categories.index(c), e, s, t)
        for row, c, e, s, t in zip(
            rows, matches["category"], matches["entry"], matches["start"], matches["end"]
        )
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), max_size=6))
def test_match_texts_finds_what_lookup_finds(texts: list[str]) -> None:
    targets = Targets({"usa": ["US", "U.S.-led", "Americans"], "russia": ["Russia", "Russian-*"]})
    for dictionary in (ACTORS, targets.to_dictionary()):
        for rule in (None, TokenRule(min_length=2), TokenRule(strip_accents="ascii")):
            found = match_texts(compile_dictionary(dictionary, rule=rule), texts)
            assert found == _lookup_matches(texts, dictionary, rule)


def test_a_text_without_any_entry_word_is_ruled_out_before_it_is_cut() -> None:
    compiled = compile_dictionary(ACTORS)
    # one word needed by each entry: its longest literal, or a glob's literal part
    assert "-led" in compiled.needles and "coalition" in compiled.needles
    assert compiled.may_match("Shelling of ALEPPO's PEOPLE") is True  # the people of Aleppo
    assert compiled.may_match("Shelling went on all night.") is False
    # a text whose lower-casing changes its length is never ruled out
    assert compiled.may_match("İİİ") is True


def test_accent_stripping_keeps_every_text() -> None:
    compiled = compile_dictionary(ACTORS, rule=TokenRule(strip_accents="unicode"))
    assert compiled.needles is None
    assert compiled.may_match("Shelling went on all night.") is True


def test_overlap_is_checked() -> None:
    with pytest.raises(ValueError, match="overlap="):
        match_texts(compile_dictionary(ACTORS), ["Russia"], overlap="none")
