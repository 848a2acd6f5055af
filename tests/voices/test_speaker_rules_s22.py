"""Session 22 of issue #21: media voices in the bundled people and bodies, and a list that
cannot hide a repeated entry."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit._yaml import load_unique
from corpuskit.voices.speakers.known import known_sources


def _direct(*texts: str, date: str | None = None) -> pd.DataFrame:
    """The direct quotes ``ck.quotes`` finds in ``texts`` (one article each)."""
    articles = pd.DataFrame({"doc_id": range(len(texts)), "text": list(texts)})
    if date is not None:
        articles["date"] = date
    found = ck.quotes(articles)
    return found[found["kind"] == "direct"]


def _types(*texts: str) -> list[tuple[str, str]]:
    found = _direct(*texts, date="2017-05-01")
    return list(zip(found["speaker"], found["speaker_type"], strict=True))


def test_television_hosts_and_columnists_are_media():
    # the learned fallback typed late-night hosts `official` before they were listed
    assert _types(
        '"This is a disgrace," Jimmy Kimmel said on Monday.',
        '"The president has no plan," Stephen Colbert told his audience.',
        '"He has lost the room," Maureen Dowd wrote.',
    ) == [
        ("Jimmy Kimmel", "media"),
        ("Stephen Colbert", "media"),
        ("Maureen Dowd", "media"),
    ]


def test_outlets_and_programmes_are_media():
    assert _types(
        '"We stand by our reporting," Time magazine said in a statement.',
        '"The race is a toss-up," Sabato\'s Crystal Ball wrote.',
        '"The talks have stalled," the Canadian Broadcasting Corp. reported.',
    ) == [
        ("Time magazine", "media"),
        ("Sabato's Crystal Ball", "media"),
        ("Canadian Broadcasting Corp", "media"),  # the full stop ends the sentence
    ]


def test_outlet_names_that_are_common_words_are_not_listed():
    listed = known_sources()
    for word in ("Today", "Time", "Science", "Nature", "The View", "This Week", "Vice", "CCTV"):
        assert listed.find(word) is None, word


def test_a_name_listed_twice_is_an_error_naming_the_file_and_line():
    with pytest.raises(ValueError, match=r"people\.yaml: line 3: 'Reuters' is listed twice"):
        load_unique(
            "bodies:\n  Reuters: {type: media}\n  Reuters: {type: media, aliases: [R]}\n",
            "people.yaml",
        )
    # the bundled list loads under that rule, with the aliases of its merged duplicates
    assert known_sources().type_of("L.A. Times") == "media"
    assert known_sources().type_of("Xinhua News Agency") == "media"


def _quotes(text: str) -> list[str]:
    return _direct(text)["quote"].tolist()


def test_a_closing_mark_whose_opening_mark_was_lost_opens_at_the_paragraph():
    # the first straight mark of the paragraph is written as a closing one ('threat," said')
    # and the next as an opening one: the reporter's words between them are no quote
    assert _quotes(
        "The test was the first of its kind.\n\n"
        'This system is vital to the defense of our homeland," said Admiral Jim Syring. '
        '"I am proud of the warfighters."'
    ) == [
        "This system is vital to the defense of our homeland",
        "I am proud of the warfighters.",
    ]


def test_a_stray_closing_mark_after_a_quote_closes_from_that_quote():
    assert _quotes(
        'Lake called the strikes an "outrage" tantamount to a war crime." Rescuers said the '
        'attack was a double tap. "One rocket hit the school" said a local activist.'
    ) == ["outrage", "tantamount to a war crime.", "One rocket hit the school"]


def test_marks_written_in_order_pair_as_before():
    assert _quotes('"We will win," he said. "Never," she replied. He called it "a hoax."') == [
        "We will win",
        "Never",
        "a hoax.",
    ]


def _speakers(text: str) -> list[str | None]:
    return [None if pd.isna(s) else s for s in _direct(text)["speaker"]]


def test_a_capitalised_preposition_opening_a_sentence_is_no_speaker():
    assert _speakers(
        'Donald Trump spoke in Iowa. "We will win," Trump said. Without what he called '
        '"strong measures," he warned that "buildings will come down."'
    ) == ["Donald Trump", "Donald Trump", "Donald Trump"]


def test_a_place_named_before_a_description_is_not_the_person_a_pronoun_means():
    assert _speakers(
        '"We will build it," Donald Trump said on Monday.\n\n'
        "The billionaire New York real-estate developer also argued for a program.\n\n"
        '"I want to watch them closely," he said.'
    ) == ["Donald Trump", "Donald Trump"]


def test_a_programme_or_paper_is_not_the_person_a_pronoun_means():
    assert _speakers(
        "It was a spring evening. Jane Roe was backstage at The Daily Show, about to make her "
        'debut.\n\n"I had stage fright," she would later write.\n\nRoe was a nobody at the '
        "time. A law professor, she had been asked to head a committee.\n\nAs she described "
        "that Daily Show night in her book, Roe checked her face in the mirror.\n\n"
        '"For the tenth time, I asked myself why I had agreed to come," she wrote.'
    ) == ["Jane Roe", "Jane Roe"]
