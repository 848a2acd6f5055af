"""The token rule: exact tokens on hand-written cases, the pattern contract, sklearn."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule, resolve_rule, tokenize

CASES = [
    ("US-led coalition", ["us-led", "coalition"]),
    ("pro-government forces", ["pro-government", "forces"]),
    ("Bashar al-Assad", ["bashar", "al-assad"]),
    ("Russia's army", ["russia", "army"]),
    ("Russia’s army", ["russia", "army"]),
    ("the soldiers' families", ["the", "soldiers", "families"]),
    ("don't", ["don't"]),
    ("don’t", ["don’t"]),
    ("O'Brien", ["o'brien"]),
    ("1,000 people", ["1,000", "people"]),
    ("3.5 percent", ["3.5", "percent"]),
    ("1,000,000.25", ["1,000,000.25"]),
    ("in 2016. Then", ["in", "2016", "then"]),
    ("a 3.5km walk", ["a", "3.5km", "walk"]),
    ("the 2016-17 battle", ["the", "2016-17", "battle"]),
    ("F-16 jets", ["f-16", "jets"]),
    ("the 1990s", ["the", "1990s"]),
    ("10:30 GMT", ["10", "30", "gmt"]),
    ("50%", ["50"]),
    ("$5bn", ["5bn"]),
    ("U.S. troops", ["u.s.", "troops"]),
    ("the U.N.", ["the", "u.n."]),
    ("U.S.-led strikes", ["u.s.-led", "strikes"]),
    ("at 3 a.m.", ["at", "3", "a.m."]),
    ("U.S (no final dot)", ["u", "s", "no", "final", "dot"]),
    ("snake_case", ["snake", "case"]),
    ("and/or", ["and", "or"]),
    ("Aleppo—the city", ["aleppo", "the", "city"]),
    ("“quoted” 'single'", ["quoted", "single"]),
    ("#Aleppo @UN", ["aleppo", "un"]),
    ("see https://example.org/a-b.", ["see", "https", "example", "org", "a-b"]),
    ("mail j.smith@un.org now", ["mail", "j", "smith", "un", "org", "now"]),
    ("Café Zürich", ["café", "zürich"]),
    ("well-known, self-defence", ["well-known", "self-defence"]),
    ("non\u2011breaking", ["non\u2011breaking"]),
    ("end-", ["end"]),
    ("-start", ["start"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_default_rule_cases(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected
    assert re.findall(DEFAULT_RULE.pattern, text.lower()) == expected


def test_possessive_options() -> None:
    text = "Iraq’s Mosul and Russia's army; it's late"
    assert tokenize(text, possessive="keep") == [
        "iraq’s",
        "mosul",
        "and",
        "russia's",
        "army",
        "it's",
        "late",
    ]
    assert tokenize(text, possessive="split") == [
        "iraq",
        "’s",
        "mosul",
        "and",
        "russia",
        "'s",
        "army",
        "it",
        "'s",
        "late",
    ]
    assert tokenize(text) == ["iraq", "mosul", "and", "russia", "army", "it", "late"]


def test_numbers_off_drops_only_pure_numbers() -> None:
    text = "Over 200 civilians, 1,000 troops, 3.5 km, 2016-17, F-16, 1990s, 3.5km, G7"
    assert tokenize(text, numbers=False) == [
        "over",
        "civilians",
        "troops",
        "km",
        "2016-17",
        "f-16",
        "1990s",
        "3.5km",
        "g7",
    ]


def test_optional_token_kinds() -> None:
    text = "Follow @UNHCR #Aleppo at https://www.unhcr.org/sy, mail info@unhcr.org."
    rule = TokenRule(hashtags=True, mentions=True, urls=True, emails=True)
    assert rule.tokenize(text) == [
        "follow",
        "@unhcr",
        "#aleppo",
        "at",
        "https://www.unhcr.org/sy",
        "mail",
        "info@unhcr.org",
    ]
    assert TokenRule(urls=True).tokenize("(www.tass.com).") == ["www.tass.com"]


def test_case_and_accents() -> None:
    text = "Café in ZÜRICH"
    assert tokenize(text, lowercase=False) == ["Café", "in", "ZÜRICH"]
    assert tokenize(text, strip_accents="unicode") == ["cafe", "in", "zurich"]
    assert tokenize("naïve œuvre", strip_accents="ascii") == ["naive", "uvre"]
    assert tokenize("Russia's", lowercase=False) == ["Russia"]
    assert tokenize("RUSSIA'S", lowercase=False) == ["RUSSIA"]


def test_min_length() -> None:
    assert tokenize("a US-led b of war", min_length=3) == ["us-led", "war"]
    assert TokenRule(min_length=2).spans("a bc") == [(2, 4)]


def test_spans_point_into_original_text() -> None:
    text = "MOSCOW, March 27. /TASS/. Iraq’s Mosul — U.S.-led"
    rule = TokenRule()
    spans = rule.spans(text)
    assert [text[a:b] for a, b in spans] == [
        "MOSCOW",
        "March",
        "27",
        "TASS",
        "Iraq",
        "Mosul",
        "U.S.-led",
    ]
    assert rule.matches("Iraq’s")[0] == (0, 4, "iraq")


def test_spans_survive_lowercase_that_changes_length() -> None:
    text = "İstanbul and Ankara"  # "İ".lower() is two characters
    rule = TokenRule()
    matches = rule.matches(text)
    assert [(text[a:b], tok) for a, b, tok in matches] == [
        ("İstanbul", "i̇stanbul"),
        ("and", "and"),
        ("Ankara", "ankara"),
    ]


def test_pattern_is_capture_free_and_accepted_by_sklearn() -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    for rule in (TokenRule(), TokenRule(possessive="split", numbers=False, urls=True)):
        assert re.compile(rule.pattern).groups == 0
        vectorizer = CountVectorizer(token_pattern=rule.pattern)
        vectorizer.fit(["Russia's U.S.-led 1,000 troops don't"])
        assert sorted(vectorizer.vocabulary_) == sorted(
            set(rule.tokenize("Russia's U.S.-led 1,000 troops don't"))
        )


def test_rule_is_frozen_and_hashable() -> None:
    rule = TokenRule()
    with pytest.raises(AttributeError):
        rule.lowercase = False  # type: ignore[misc]
    assert rule == TokenRule() and hash(rule) == hash(TokenRule())
    assert rule != TokenRule(numbers=False)


def test_bad_options_are_named() -> None:
    with pytest.raises(ValueError, match="possessive="):
        TokenRule(possessive="drop")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="strip_accents="):
        TokenRule(strip_accents="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_length="):
        TokenRule(min_length=0)
    with pytest.raises(ValueError, match="not both"):
        tokenize("x", rule=TokenRule(), numbers=False)
    with pytest.raises(TypeError, match="rule="):
        resolve_rule("default")  # type: ignore[arg-type]


def test_public_names() -> None:
    assert ck.tokenize("Iraq’s Mosul") == ["iraq", "mosul"]
    assert ck.TokenRule is TokenRule


ALPHABET = st.sampled_from(
    [*list("abcXYZ019 '’-.,#@_/:\n\t"), "é", "İ", "ß", "\xa0", "’s", "'s", "U.S.", "http://"]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_pattern_contract_property(text: str) -> None:
    """tokenize == findall(pattern, lower) and every span's text lowers to its token.

    When lower-casing changes the text's length ("İ"), tokens are matched on
    the original text and lower-cased one by one, so offsets stay true.
    """
    for rule in (TokenRule(), TokenRule(possessive="keep", numbers=False, hashtags=True)):
        tokens = rule.tokenize(text)
        if len(text.lower()) == len(text):
            assert tokens == re.findall(rule.pattern, text.lower())
        else:
            assert tokens == [t.lower() for t in re.findall(rule.pattern, text)]
        assert [text[a:b].lower() for a, b in rule.spans(text)] == tokens
        assert all(tok and not any(c.isspace() for c in tok) for tok in tokens)


def test_ascii_stripping_keeps_cyrillic_and_removes_stress_marks() -> None:
    rule = TokenRule(strip_accents="ascii")
    # U+0301 is the stress mark of Russian dictionaries and textbooks
    stressed = "Москва\u0301 освобожде\u0301н, naïve"
    assert rule.tokenize(stressed) == ["москва", "освобожден", "naive"]
    # й and ё are letters, not accented и and е
    assert rule.tokenize("Йемен, ёлка") == ["йемен", "ёлка"]
    assert rule.matches("Мосу\u0301л") == [(0, 6, "мосул")]


def test_ascii_stripping_keeps_every_word_of_real_russian_text(rusentrel_texts) -> None:
    for text in rusentrel_texts[:10]:
        plain = TokenRule().tokenize(text)
        stripped = TokenRule(strip_accents="ascii").tokenize(text)
        assert len(stripped) == len(plain)
        assert sum(any("а" <= c <= "я" for c in t) for t in stripped) > 100
