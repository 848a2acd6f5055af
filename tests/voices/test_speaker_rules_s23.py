"""Session 23's speaker rules: names the parse used to hide, so that a later surname finds the
full name (a name after "of", a name before a day of the week, an owner's name before a
capitalised modifier, the first of two people joined by "and", a listed person under a short
first name), and a subject and its verb that are no adjectives of a title.

Each case is a text written for the test; the phenomena come from the errors of the quotes
development sets.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def _speakers(text: str) -> list[str]:
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.quotes(frame, n_jobs=1, progress=False)
    return table.loc[table["kind"] == "direct", "speaker"].tolist()


@pytest.mark.parametrize(
    "opening",
    [
        "The plan of Diane Harlow failed on Monday.",  # after "of"
        "Voters kept up pressure on party Chairwoman Diane Harlow Sunday to explain it.",
        "Activists staged a sit-in inside Senator Diane Harlow's Capitol Hill office.",
        "Both state treasurer Diane Harlow and acting Secretary Paul Minter visited.",
    ],
)
def test_a_surname_finds_the_full_name_met_before(opening):
    assert _speakers(f'{opening}\n\n"We will work on it," Harlow said.') == ["Diane Harlow"]


def test_a_listed_person_under_a_short_first_name_keeps_the_name_written():
    # the bundled list has "Christopher Wray" (alias "Wray"): "Chris Wray" is that person
    text = 'FBI Director Chris Wray\'s guarantee held.\n\n"We followed the rules," Wray said.'
    assert _speakers(text) == ["Chris Wray"]
    # ... but a relative met only as an owner is still not the listed person's surname
    text = 'Ivanka Trump\'s assistant left.\n\n"We are great," Trump said.'
    assert _speakers(text) != ["Ivanka Trump"]


def test_a_person_after_an_owner_is_still_read_when_a_first_name_or_no_noun_follows():
    text = 'The Daily Telegraph\'s Diane Harlow reported it.\n\n"It is true," Harlow said.'
    assert _speakers(text) == ["Diane Harlow"]


def test_an_opening_participle_and_its_object_are_no_name():
    text = (
        "Debating Paul Minter Tuesday night, Diane Harlow won the room.\n\n"
        '"See if you can defend any of it?" Minter asked.'
    )
    assert _speakers(text) == ["Paul Minter"]


def test_a_subject_and_its_verb_are_no_adjectives_of_a_title():
    frame = pd.DataFrame(
        {
            "doc_id": ["d"],
            "text": [
                "The report contradicted FBI Director Diane Harlow's guarantee.\n\n"
                '"We followed the rules," Harlow said.'
            ],
        }
    )
    row = ck.quotes(frame, n_jobs=1, progress=False).iloc[0]
    assert (row["speaker"], row["speaker_title"]) == ("Diane Harlow", "FBI Director")
