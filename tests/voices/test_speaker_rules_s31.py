"""Session 31's speaker rules. Names: a person known so far by a bare surname that the list
has as an office-holder on the article's date (undated: given an office's title there) is not
completed by a relative's full name met later ("President Trump ... Melania Trump": "Trump"
stays the president's), while a surname of no office-holder still is ("Clinton" of a 2013
headline is "Former President Bill Clinton"). Types: the civilian secretaries of the armed
services are officials ("Navy Secretary"); a clause after a name's comma is no apposition
("Citing sources close to Carson, the Washington Post reported ...").

Each case is a text written for the test; the phenomena come from the errors of the quotes
hold-outs read as development data.
"""

from __future__ import annotations

import pandas as pd
from quote_cases import spoken

import corpuskit as ck


def _dated(text: str, date: str | None, column: str = "speaker") -> list:
    articles = pd.DataFrame({"doc_id": ["a"], "text": [text], "date": [date]})
    table = ck.quotes(articles, progress=False, n_jobs=1)
    return table.loc[table["kind"] == "direct", column].tolist()


_FAMILY = (
    "President Trump honored the victims on Monday.\n\n"
    "First lady Melania Trump stood beside the president at the memorial.\n\n"
    '"We will never forget," Trump said.'
)


def test_an_office_holders_surname_is_not_completed_by_a_relatives_name():
    assert _dated(_FAMILY, "2017-09-11") == ["Trump"]
    # undated, the title the article gives ("President") tells the office
    assert _dated(_FAMILY, None) == ["Trump"]


def test_a_surname_of_no_office_holder_is_completed_by_the_full_name():
    text = (
        "Clinton praises the rebels\n\n"
        "Former President Bill Clinton said Friday that the policy was right.\n\n"
        '"It is trending in the right direction," Clinton said.'
    )
    # Hillary Clinton, whom the list has under "Clinton", held no office in June 2013
    assert _dated(text, "2013-06-14") == ["Bill Clinton"]
    # out of office on the date, the president's surname is completed too
    assert _dated(_FAMILY, "2016-03-01") == ["Melania Trump"]


def test_the_secretary_of_an_armed_service_is_an_official():
    text = 'Acting Navy Secretary Thomas Modly said: "I have no information about the leak."'
    assert spoken(text, "speaker_type") == [("I have no information about the leak.", "official")]
    text = 'Adm. John Menoni said: "The ship is safe and the crew is well."'
    assert spoken(text, "speaker_type") == [("The ship is safe and the crew is well.", "military")]


def test_a_clause_after_a_names_comma_gives_no_type():
    text = (
        "Former presidential candidate Ben Carson endorsed Donald Trump on Friday.\n\n"
        "Citing sources close to Carson, the Washington Post reported that the two men met.\n\n"
        '"We need to empower the people," Carson said.'
    )
    assert spoken(text, "speaker_type") == [("We need to empower the people", "politician")]
    # an apposition holding a relative clause keeps its role
    text = (
        '"We are proud of the result," said Jane Roe, a spokeswoman who describes herself '
        "as an optimist."
    )
    assert spoken(text, "speaker_type") == [("We are proud of the result", "official")]
