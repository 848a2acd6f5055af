"""Session 39's speaker rule (issue #21), on sentences written for these tests: a capitalised
common word opening a sentence (a sentence adverb, a time, a noun modifying the subject, a
participle) is no speaker, while a one-word name opening its sentence before its verb, or
written capitalised elsewhere in the article, still is."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.quotes.openings import past_opening


def _speakers(text: str) -> list[object]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False, n_jobs=1)
    return found[found["kind"] == "direct"]["speaker"].tolist()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence adverb set off by a comma before the subject
        ('A spokesman for the dam spoke. Then, the spokesman, standing by the gate, said it '
         'was "safe for now and for many years to come."', "A spokesman"),
        ('The dam held. Afterwards, Tomas Brill, standing by the gate, said it was "safe for '
         'now and for many years to come."', "Tomas Brill"),
        # a time or a place opening the sentence, the subject after its comma
        ('The dam held. Days after the flood, the engineer Tomas Brill said it was "safe for '
         'now and for many years to come."', "Tomas Brill"),
        ('The dam held. Weeks later, the engineer Tomas Brill said it was "safe for now and '
         'for many years to come."', "Tomas Brill"),
    ],
)  # fmt: skip
def test_opening_word_gives_way_to_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb, a noun modifying the subject, a participle: no speaker, not the word
        'The dam held. Quietly several engineers voiced doubts, calling the repair "a patch '
        'that will not last the winter."',
        'The dam held. Engineering firm Dalworth, hired in May, called the repair "a patch that '
        'will not last the winter."',
        "The dam held. Minutes after the vote, officials were cheering, hailing the repair as "
        '"a job that will last for decades."',
    ],
)
def test_opening_word_is_no_speaker(text: str) -> None:
    assert not {"Quietly", "Engineering", "Minutes"} & {str(s) for s in _speakers(text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a one-word name before its verb, an auxiliary or an adverb
        ('The dam held. Brill said it was "safe for now and for many years to come."', "Brill"),
        ('The dam held. Brill has said it was "safe for now and for many years to come."',
         "Brill"),
        ('The dam held. Brill later said it was "safe for now and for many years to come."',
         "Brill"),
        # a capitalised word describing the role noun of the speaker
        ('The dam held. Valley farmers said it was "safe for now and for many years to come."',
         "Valley farmers"),
        # a one-word name the article also writes inside a sentence
        ('The dam held, according to Dalworth. Dalworth engineers called it "safe for now and '
         'for many years to come."', "Dalworth"),
    ],
)  # fmt: skip
def test_one_word_name_opening_sentence_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_past_opening_steps_over_common_word() -> None:
    text = "Privately several engineers voiced doubts"
    assert text[past_opening(text, 0, len(text)) :] == "several engineers voiced doubts"
    assert past_opening("Then, the spokesman", 0, 4) == 4  # the adverb's chunk: no subject
    assert past_opening("Brill said", 0, 10) == 0
    assert past_opening("He made", 0, 7) == 0  # a pronoun is read by the parser
