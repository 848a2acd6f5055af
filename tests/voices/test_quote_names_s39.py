"""Session 39's name rules (issue #21), on sentences written for these tests: a speaker's name
kept whole and resolved to the fullest name the article gives (codebook): a generational
suffix set off by a comma ("Roger Roe, Jr.") is the name's; titles written without a full stop
("Adm", "Capt", "Maj") and titles joined by a hyphen or not yet held ("Major-General",
"Speaker-to-be") go to the title, not the name; hyphenated names stay whole."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers import parse_mention
from corpuskit.voices.speakers.mention import Mention
from corpuskit.voices.speakers.suffixes import comma_suffix


def _speakers(text: str) -> list[object]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False, n_jobs=1)
    return found[found["kind"] == "direct"]["speaker"].tolist()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a suffix after a comma, then a lower-case word, a comma or the sentence's end
        ('The geologist Tomas Brill, Jr. studied the dam for years. "It will hold," Brill said.',
         "Tomas Brill Jr."),
        ('The engineer was Tomas Brill, Jr., a consultant. "It will hold," Brill said.',
         "Tomas Brill Jr."),
        ('The dam was built by Tomas Brill, III. "It will hold," Brill said.',
         "Tomas Brill III"),
        # no suffix: the name as written
        ('The geologist Tomas Brill studied the dam. "It will hold," Brill said.', "Tomas Brill"),
    ],
)  # fmt: skip
def test_comma_suffix_is_the_names(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_senior_before_a_capitalised_title_is_no_suffix() -> None:
    # "Sr. Vice President": "Sr." begins the title after the name
    mention = Mention("name", "Ann Kerr", 0, 8, name="Ann Kerr")
    assert comma_suffix("Ann Kerr, Sr. Vice President of the firm", mention).name == "Ann Kerr"
    assert comma_suffix("Ann Kerr, Sr., the founder", mention).name == "Ann Kerr Sr."
    assert comma_suffix("x", None) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The fleet is led by Adm Paula Venn. "We are ready," Adm Venn said.', "Paula Venn"),
        ('The unit was led by Capt Jonas Orm. "We held the line," Capt Orm said.', "Jonas Orm"),
        ('"We held the line," said Maj Jonas Orm, the commander.', "Jonas Orm"),
    ],
)  # fmt: skip
def test_titles_without_a_full_stop(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("phrase", "name", "roles"),
    [
        ("Major-General Piotr Vass said", "Piotr Vass", ["major-general"]),
        ("Lieutenant-Colonel Ann Kerr said", "Ann Kerr", ["lieutenant-colonel"]),
        ("Council Speaker-to-be Ann Kerr said", "Ann Kerr", ["council", "speaker-to-be"]),
        # hyphenated names and a particle before a title word stay names
        ("Marta Ocampo-Ruiz said", "Marta Ocampo-Ruiz", []),
        ("Jean-Luc Bardot said", "Jean-Luc Bardot", []),
        ("Tariq al-Sheikh said", "Tariq al-Sheikh", []),
    ],
)
def test_hyphenated_titles(phrase: str, name: str, roles: list[str]) -> None:
    mention = parse_mention(phrase)
    assert (mention.kind, mention.name, mention.roles) == ("name", name, roles)


def test_hyphenated_rank_then_surname() -> None:
    text = 'Major-General Piotr Vass spoke on Monday. "The drills are over," Vass told reporters.'
    assert _speakers(text) == ["Piotr Vass"]
