"""Session 19's unnamed speakers after a closing mark: a description whose head the speaker
lexicon does not know ("the monitoring group said"), a name after a description without a
determiner ("state-run news agency SANA reported"), and what stays out.

Each case is a text written for the test; the phenomena come from the errors of the
development hold-outs.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.quotes.unnamed import unnamed_subject


def _speakers(text: str) -> list:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return found["speaker"].tolist()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Syrian Observatory for Human Rights gave a toll. "Ten people died in the '
            'strikes on the market this morning," the monitoring group said.',
            "Syrian Observatory for Human Rights",
        ),
        (
            'Pope Francis spoke on Sunday. "Peace is possible if we all work for it together," '
            "the pope said.",
            "Pope Francis",
        ),
        (
            '"Let the whole world see this, they are displaced people," a voice off camera said.',
            "a voice off camera",
        ),
        (
            '"As well as the 10 civilians killed in strikes," the organisation known as the '
            "White Helmets said.",
            "White Helmets",
        ),
        (
            '"An army unit engaged with an armed terrorist group," state-run news agency SANA '
            "reported.",
            "SANA",
        ),
        (
            '"We will act on this," Oversight and Government Reform Committee spokesman Ali '
            "Ahmad said in a statement.",
            "Ali Ahmad",
        ),
    ],
)
def test_an_unnamed_or_described_speaker_after_the_quote_speaks(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        " the video showed Tlaib ",  # a clause, not a description
        " that the militants seized from fleeing troops he ",
        " the girl ",  # a person's description: left to the other attribution rules
        " photos that Mr. Huckabee ",  # a name inside a relative clause
        " discussed by UDN ",
    ],
)
def test_clauses_and_person_descriptions_are_no_unnamed_subject(lead):
    text = f'"Words,"{lead}said.'
    assert unnamed_subject(text, text.index(",") + 2, text.rindex("said")) is None


def test_a_lower_case_description_between_commas_describes_the_name_before_it():
    text = (
        "Steve Ellis, vice president of the watchdog group Taxpayers for Common Sense, said it "
        'was "appalling" that the bill flew.'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]})).iloc[0]
    assert found["speaker"] == "Steve Ellis"
    assert found["speaker_title"].startswith("vice president of the watchdog group")


def test_a_headline_word_run_into_a_listed_surname_is_not_part_of_the_name():
    text = (
        "Last Clash Before N.H. Puts Clinton, Sanders In A Field Of Friendly Fire\n\n"
        "The fifth debate, between Hillary Clinton and Bernie Sanders, was the first with two "
        "candidates.\n\n"
        '"I happen to respect the secretary very much," said Sanders. "If I am so fortunate '
        'as to be the nominee, the first person I will call is him," Clinton said.'
    )
    speakers = set(ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))["speaker"])
    assert "Puts Clinton" not in speakers
    assert "Hillary Clinton" in speakers


def test_speaker_source_says_how_each_speaker_was_found():
    text = (
        'Russian Foreign Minister Sergey Lavrov spoke in Moscow. "We expect a careful '
        'approach," Lavrov said. "We will see how they answer," he added.\n\n'
        '"Ten people died in the strikes on the market," the monitoring group said.\n\n'
        '"It is a test of their will and of ours," he said later.\n\n'
        '"Another thing we will not accept in any case."'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert found["speaker_source"].tolist() == [
        "name",
        "pronoun",
        "description",
        "pronoun",
        "carried",
    ]
    assert str(found["speaker_source"].dtype) == str(found["speaker"].dtype)


def test_a_quote_without_speaker_has_no_source_and_evaluation_carries_the_source():
    from corpuskit.voices.quote_eval import evaluate_quotes

    text = (
        'Officials met on Monday. "We will act on this matter soon," Lavrov said.\n\n'
        'The meeting ended. "Nobody knows what will come of the talks between them now."'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert found["speaker_source"].isna().tolist() == (found["speaker"].isna()).tolist()
    start = text.index("We will")
    gold = pd.DataFrame(
        {
            "doc_id": ["d"],
            "start": [start],
            "end": [text.index(",", start)],
            "is_quote": ["yes"],
            "kind": ["full"],
            "speaker": ["Lavrov"],
            "speaker_type": ["official"],
        }
    )
    parts = evaluate_quotes(found, gold).parts
    assert parts["predicted_source"].tolist() == ["name"]
