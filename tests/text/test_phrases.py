"""Multi-word expressions: matching rules, files, the bundled list."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import tokenize


def test_compound_case_insensitive_with_glob() -> None:
    phrases = Phrases(["Security Council", "humanitarian corridor*", "US-led coalition"])
    toks = tokenize("The UN SECURITY council asked the US-led coalition for humanitarian corridors")
    assert phrases.compound(toks) == [
        "the",
        "un",
        "security_council",
        "asked",
        "the",
        "us-led_coalition",
        "for",
        "humanitarian_corridors",
    ]


def test_longest_match_first_and_no_overlap() -> None:
    phrases = Phrases(["United Nations", "United Nations Security Council", "Security Council"])
    toks = ["the", "united", "nations", "security", "council", "and", "united", "nations"]
    assert phrases.compound(toks) == [
        "the",
        "united_nations_security_council",
        "and",
        "united_nations",
    ]
    # overlapping matches of one phrase are taken left to right
    assert Phrases(["a a"]).compound(["a", "a", "a", "a", "a"]) == ["a_a", "a_a", "a"]
    # a longer phrase wins over an earlier shorter one
    assert Phrases(["a b", "b c d"]).compound(["a", "b", "c", "d"]) == ["a", "b_c_d"]


def test_matches_never_cross_documents() -> None:
    phrases = Phrases(["east Aleppo"])
    strings = ["east", "aleppo"]
    codes = np.array([0, 1, 0, 1])
    doc = np.array([0, 1, 1, 1])
    starts, lengths = phrases.find(codes, doc, strings)
    assert starts.tolist() == [2] and lengths.tolist() == [2]


def test_concatenator_and_globs() -> None:
    phrases = Phrases(["west Mosul", "air strike?"], concatenator="+")
    assert phrases.compound(["west", "mosul", "air", "strikes", "air", "strike"]) == [
        "west+mosul",
        "air+strikes",
        "air",
        "strike",
    ]
    assert Phrases(["[ew]*stern Aleppo"]).compound(["eastern", "aleppo", "western", "aleppo"]) == [
        "eastern_aleppo",
        "western_aleppo",
    ]


def test_from_file_and_errors(fixtures: Path, tmp_path: Path) -> None:
    phrases = Phrases.from_file(fixtures / "text" / "phrases.txt")
    assert phrases.phrases == (
        "Security Council",
        "humanitarian corridor*",
        "US-led coalition",
        "U.S.-led coalition",
    )
    assert len(phrases) == 4 and next(iter(phrases)) == "Security Council"
    assert "4 phrases" not in repr(phrases) and "Security Council" in repr(phrases)
    bad = tmp_path / "bad.txt"
    bad.write_text("Security Council\nAleppo\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt, line 2"):
        Phrases.from_file(bad)
    with pytest.raises(ValueError, match="phrase 0"):
        Phrases(["Aleppo"])
    with pytest.raises(TypeError):
        Phrases("Security Council")
    with pytest.raises(ValueError, match="concatenator="):
        Phrases(["a b"], concatenator="")


def test_bundled_default_list() -> None:
    phrases = Phrases.default()
    for phrase in (
        "Security Council",
        "US-led coalition",
        "Islamic State",
        "humanitarian corridor*",
        "Free Syrian Army",
        "Syrian Arab Army",
        "al-Nusra Front",
        "White Helmets",
        "United Nations",
        "Foreign Minister",
        "eastern Aleppo",
        "west Mosul",
    ):
        assert phrase in phrases.phrases
    assert len(phrases) > 40
    assert phrases.max_words == 6
    assert ck.Phrases is Phrases


def test_bundled_list_on_the_founding_article(seed_article: Path) -> None:
    text = seed_article.read_text(encoding="utf-8")
    compounded = Phrases.default().compound(tokenize(text))
    counts = {t: compounded.count(t) for t in set(compounded)}
    assert counts["us-led_coalition"] == 2
    assert counts["eastern_aleppo"] == 3
    assert counts["humanitarian_corridors"] == 1
    assert counts["foreign_minister"] == 3
    assert counts["civilian_deaths"] == 1
    # "United Nations Security Council" is not listed as one phrase, so it
    # becomes two compounds
    assert counts["united_nations"] == 2
    assert counts["security_council"] == 5
    assert "security" not in counts and "council" not in counts


WORDS = st.sampled_from(["a", "b", "c", "d"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=20), st.lists(st.lists(WORDS, min_size=2, max_size=3), max_size=4))
def test_compound_preserves_the_words_property(tokens: list[str], phrase_words) -> None:
    """Splitting the compounds again gives back the original token sequence."""
    phrases = Phrases([" ".join(words) for words in phrase_words], concatenator="_")
    out = phrases.compound(tokens)
    assert [w for token in out for w in token.split("_")] == tokens
    assert len(out) <= len(tokens)
