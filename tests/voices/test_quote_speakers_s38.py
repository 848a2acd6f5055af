"""Session 38's speaker rules (issue #21), on sentences written for these tests: plain
attributions whose subject the rules missed: a role noun after lower-case nouns that modify it,
a prepositional phrase opening the sentence with no comma, a nationality opening an
appositive, and a present participle with its object after an unnamed speaker."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.quotes.openings import past_opening
from corpuskit.voices.speakers import parse_mention
from corpuskit.voices.speakers.lexicon import lexicon, words
from corpuskit.voices.speakers.title_words import modifies_role


def _speakers(text: str) -> list[object]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False, n_jobs=1)
    return found[found["kind"] == "direct"]["speaker"].tolist()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role noun after lower-case nouns that modify it
        ('The pier closed. A harbor board clerk said: "We lost the whole season."',
         "A harbor board clerk"),
        ('The pier closed. A water utility lawyer said: "We lost the whole season."',
         "A water utility lawyer"),
        ('The pier closed. A harbor board aide said: "We lost the whole season."',
         "A harbor board aide"),
        # a prepositional phrase opening the sentence, no comma before the subject
        ('The pier closed. For its part the Lakeside Fishing Cooperative said "We lost the '
         'whole season."', "Lakeside Fishing Cooperative"),
        ('The pier closed. In a short statement the ministry said "We lost the whole '
         'season."', "the ministry"),
        ('The pier closed. At the town hall the mayor told residents: "We lost the whole '
         'season."', "the mayor"),
        # a nationality opening an appositive
        ('The pier closed. Tove Lindqvist, French novelist and human rights activist, once '
         'wrote: "We lost the whole season."', "Tove Lindqvist"),
        # a present participle with its object after an unnamed speaker
        ('The pier closed. A port official addressing fishermen said: "We lost the whole '
         'season."', "A port official addressing fishermen"),
        ('The pier closed. A spokesman carrying the flag said: "We lost the whole season."',
         "A spokesman carrying the flag"),
    ],
)  # fmt: skip
def test_plain_attribution_finds_its_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an article inside the adverbial's object, after a preposition
        'The pier closed. In an interview with the weekly Ms. Quist said: "We lost it all."',
    ],
)
def test_an_opening_adverbial_keeps_the_name(text: str) -> None:
    assert _speakers(text) == ["Quist"]


def test_an_opening_adverbial_is_not_read_past_a_subject_and_its_verb() -> None:
    text = "On Monday Governor Quist vetoed a bill"
    assert past_opening(text, 0, len(text)) == 0
    text = "For its part the harbor board said"
    assert text[past_opening(text, 0, len(text)) :] == "the harbor board said"


def test_a_compound_before_a_role_noun_ends_the_description() -> None:
    lex = lexicon()
    assert modifies_role(words("a farm bureau lawyer said"), 1, lex)
    # a title before a name is not such a compound
    assert not modifies_role(words("a farm bureau lawyer Mara Quist said"), 1, lex)
    # no verb in -ed inside the compound
    assert not modifies_role(words("the report accused lawyer"), 1, lex)
    # a statement before the subject is no adjective of it
    assert parse_mention("a statement the port authority said") is None


@pytest.mark.parametrize(
    "text",
    [
        # the review of session 38: a participle's object ends before the sentence's own verb
        'The lawyer representing the harbor board paused, and then answered: "Yes."',
        'The lawyer representing the harbor board paused and answered: "Yes."',
    ],
)
def test_a_participle_object_ends_at_a_finite_verb(text: str) -> None:
    assert _speakers(text) == ["The lawyer"]
