"""User regular expressions that backtrack catastrophically fail fast (issue #14, item 19).

``(a|a)+$`` takes exponential time on "aaa...ab" (about a second at 28 letters,
doubling with each more); a budget of 0.05 s keeps every test short.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.report.prepare import assign_events, parse_event
from corpuskit.text import safe_regex
from corpuskit.text.safe_regex import RegexTimeoutError, UserRegex

EVIL = "(a|a)+$"
EVIL_TOKEN = "a" * 40 + "b"


@pytest.fixture(autouse=True)
def small_budget(monkeypatch):
    monkeypatch.setattr(safe_regex, "TIME_BUDGET", 0.05)


def _articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["calm", "hostile"],
            "text": ["Aleppo was liberated.", f"Aleppo {EVIL_TOKEN} again."],
        }
    )


def test_kwic_with_an_evil_regex_names_pattern_token_and_document():
    with pytest.raises(RegexTimeoutError) as error:
        ck.kwic(_articles(), EVIL, pattern_type="regex")
    message = str(error.value)
    assert message.startswith("pattern= '(a|a)+$' took more than 0.05 s on a token of document")
    assert "'hostile'" in message and "'aaaaaaaaaa" in message


def test_a_compiled_evil_pattern_is_bounded_too():
    with pytest.raises(RegexTimeoutError, match=r"pattern= '\(a\|a\)\+\$'.*'hostile'"):
        ck.kwic(_articles(), re.compile(EVIL, re.IGNORECASE))


def test_collocations_with_an_evil_node_fail_fast():
    with pytest.raises(RegexTimeoutError, match=r"'\(a\|a\)\+\$'.*document 'hostile'"):
        ck.collocations(_articles(), EVIL, pattern_type="regex")


def test_dtm_select_with_an_evil_pattern_names_the_feature():
    m = ck.dtm(_articles())
    with pytest.raises(
        RegexTimeoutError, match=rf"pattern= '\(a\|a\)\+\$'.*feature '{EVIL_TOKEN}'"
    ):
        m.select(pattern=EVIL)


def test_ordinary_regexes_match_as_re_does():
    k = ck.kwic(_articles(), r"liberat\w+", pattern_type="regex")
    assert k.to_frame()["keyword"].tolist() == ["liberated"]
    k = ck.kwic(_articles(), re.compile("ALEPPO", re.IGNORECASE))
    assert k.to_frame()["doc_id"].tolist() == ["calm", "hostile"]
    m = ck.dtm(_articles())
    assert m.select(pattern="^a[a-z]+o$").features.tolist() == ["aleppo"]


def test_user_regex_names_the_argument_and_the_place():
    keyword = UserRegex(
        rf"\b(?:{EVIL})\b", argument="event 'aleppo' keyword", flags=re.I, label=EVIL
    )
    texts = ["Aleppo shelled", f"x {EVIL_TOKEN}"]
    with pytest.raises(
        RegexTimeoutError,
        match=r"^event 'aleppo' keyword '\(a\|a\)\+\$' .* on "
        r"document 'd2' \('x aaaa",
    ):
        keyword.searches(texts, name=lambda i: f"document 'd{i + 1}'")
    assert UserRegex("ALEPPO", argument="k", flags=re.I).searches(texts).tolist() == [True, False]
    with pytest.raises(ValueError, match=r"^event 'x' keyword 'a\(' is not a valid regular"):
        UserRegex("a(", argument="event 'x' keyword")


def test_re_flags_carry_over():
    ascii_word = UserRegex(re.compile(r"\w+", re.ASCII), argument="pattern=")
    assert ascii_word.fullmatches(["abc", "çà"]).tolist() == [True, False]
    assert np.array_equal(UserRegex("a.b", argument="p", flags=re.S).fullmatches(["a\nb"]), [True])


def test_one_text_calls_are_bounded():
    evil = UserRegex(EVIL, argument="pattern=")
    assert evil.search("baa").group(0) == "aa"
    with pytest.raises(RegexTimeoutError, match=r"on document 'x' \('aaaa"):
        evil.fullmatch(EVIL_TOKEN, place="document 'x'")


def test_an_evil_event_keyword_fails_fast_naming_event_pattern_and_document(monkeypatch):
    monkeypatch.setattr(safe_regex, "TIME_BUDGET", 0.05)
    articles = pd.DataFrame(
        {
            "doc_id": ["calm", "hostile"],
            "date": pd.to_datetime(["2016-07-01", "2016-07-02"]),
            "text": ["Shelling in Aleppo.", "a" * 40 + "b"],
        }
    )
    event = parse_event("aleppo='(a|a)+$'@2016-06-01..2016-12-31")
    with pytest.raises(
        RegexTimeoutError, match=r"^event 'aleppo' keyword '\(a\|a\)\+\$' .* document 'hostile'"
    ):
        assign_events(articles, [event])
