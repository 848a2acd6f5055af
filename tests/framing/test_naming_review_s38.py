"""Session 38's naming rules narrowed after review, and a naming crash on hard-wrapped text.

Each sentence is written for these tests. British names that other states' parties and
offices share ("Labour", "Home Secretary", "Liberal Democrats") place the UK only in a sentence
that names no other state or nationality; a label is predicated of a state only when the state
heads the subject; "a regime of violence" is a government, not a system of rules; a match that
runs across a hard line break the sentence splitter ends a sentence at keeps its whole span.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.framing.referents import naming_hits, resolve_hit
from corpuskit.framing.referents.context import uk_shared_places
from corpuskit.framing.referents.defaults import label_kind
from corpuskit.framing.referents.hits import hit_sentence
from corpuskit.framing.referents.outside import predicated
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.text.sentences import split_sentences


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


# before: western_other (the British name beat the state the sentence names)
@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        ("Israel's Labour party leader said the government would fall.", "government", "israel"),
        ("In Norway, the Labour government announced new oil rules.", "government", "other"),
        ("Norway's Labour government announced new oil rules.", "government", "other"),
        ("India's Home Secretary said the government would deploy troops.", "government", "other"),
        (
            "Japan's ruling Liberal Democrats said the government would revise the law.",
            "government",
            "other",
        ),
        ("New Zealand's Labour government passed the bill.", "government", "other"),
        ("The Israeli Labour party said the government had lied.", "government", "israel"),
    ],
)
def test_shared_british_names_yield_to_another_state(
    sentence: str, hit: str, expected: str
) -> None:
    found = _resolve(sentence, hit)
    assert found.referent == expected
    assert found.evidence not in ("Labour", "Home Secretary", "Liberal Democrats")


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The Labour government passed the bill.", "government"),
        ("The Home Secretary said the government would act.", "government"),
        ("Tory leader Michael Howard said the government had failed.", "government"),
        ("The Liberal Democrats said the government had failed pensioners.", "government"),
    ],
)
def test_british_names_still_place_the_uk(sentence: str, hit: str) -> None:
    # not a change: no other state (or an unambiguous British name: Blair)
    assert _resolve(sentence, hit).referent == "western_other"


def test_uk_shared_places() -> None:
    assert uk_shared_places("The Labour government fell.")
    assert not uk_shared_places("Norway's Labour government fell.")
    assert not uk_shared_places("The Norwegian Labour government fell.")


def test_a_name_inside_the_subject_is_not_its_head() -> None:
    # before: western_other ("predicated" of "Labour", a modifier of "camps")
    sentence = "Labour camps in North Korea are run by the regime."
    start = sentence.index("regime")
    assert predicated(sentence, start, start + 6, label_kind("regime")) is None
    assert _resolve(sentence, "regime").referent != "western_other"
    sentence = "Prison camps in Moldova are run by a terrorist junta."
    start = sentence.index("terrorist")
    assert predicated(sentence, start, start + 9, "generic") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The regime of violence in Damascus must end.",
        "Assad built a regime of intimidation and brutality.",
        "The regime of fear and cruelty in Syria lasted decades.",
        "They lived under a regime of impunity and terror.",
        "Survivors in Aleppo described a regime of annihilation and extermination.",
    ],
)
def test_a_regime_of_violence_is_not_a_system_of_rules(sentence: str) -> None:
    # before: none (an abstract noun in -ence, -ty, -tion read as a system of rules)
    found = _resolve(sentence, "regime")
    assert found.referent != "none"


def test_a_regime_of_an_abstract_noun_stays_a_system() -> None:
    found = _resolve("He praised the regime of oversight that the treaty set up.", "regime")
    assert (found.referent, found.reason) == ("none", "not_actor")


# a hard-wrapped text (invented): the splitter ends a sentence at the single line breaks
_WRAPPED = (
    "Aid reached the north after talks with the Syrian\nGovernment in the spring.\n"
    "Fighters of the Islamic \nState fled the town. Rebels held the hill."
)


def test_hit_sentence_joins_the_sentences_a_match_crosses() -> None:
    spans = split_sentences(_WRAPPED)
    start = _WRAPPED.index("Syrian")
    end = _WRAPPED.index("Government") + len("Government")
    assert not any(a <= start and end <= b for a, b in spans)  # the splitter's boundary
    number, (first, last), joined = hit_sentence(spans, start, end)
    assert number == 0 and first <= start and end <= last
    assert _WRAPPED[first:last].startswith("Aid reached")
    assert (first, last) in joined and len(joined) < len(spans)


@pytest.mark.parametrize("context", ["sentence", "article"])
def test_naming_hits_on_hard_wrapped_text(context: str) -> None:
    # before: ValueError: start= and end= must give a non-empty span of the sentence
    labels = Dictionary({"government": ["syrian government"], "isis": ["islamic state"]})
    texts = pd.DataFrame({"doc_id": ["a"], "text": [_WRAPPED]})
    table = naming_hits(texts, labels, context=context, n_jobs=1)
    assert table["label"].tolist() == ["government", "isis"]
    for row in table.itertuples(index=False):
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
    assert table["referent"].tolist() == ["syria_gov", "isis"]


def test_ck_naming_on_hard_wrapped_text() -> None:
    labels = Dictionary({"government": ["syrian government"], "isis": ["islamic state"]})
    texts = pd.DataFrame({"doc_id": ["a", "b"], "side": ["x", "y"], "text": [_WRAPPED] * 2})
    result = ck.naming(texts, labels=labels, by="side", n_boot=20, n_perm=20, seed=1)
    assert len(result.shares) > 0
