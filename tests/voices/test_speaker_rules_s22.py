"""Session 22 of issue #21: media voices in the bundled people and bodies, and a list that
cannot hide a repeated entry."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers.known import known_sources, load_unique


def _types(*texts: str) -> list[tuple[str, str]]:
    articles = pd.DataFrame(
        {"doc_id": range(len(texts)), "text": list(texts), "date": "2017-05-01"}
    )
    found = ck.quotes(articles)
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
