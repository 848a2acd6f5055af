"""Speaker rules of session 11 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import spoken

import corpuskit as ck
from corpuskit.voices.speakers import lexicon, parse_mention
from corpuskit.voices.speakers.lexicon import _plural


@pytest.mark.parametrize(
    ("phrase", "head", "kind"),
    [
        ("Arab diplomats", "diplomats", "official"),
        ("Two senators", "senators", "politician"),
        ("Local farmers", "farmers", "witness_resident"),
    ],
)
def test_a_plural_person_noun_is_a_group_of_speakers(phrase: str, head: str, kind: str) -> None:
    mention = parse_mention(f"{phrase} said on Monday")
    assert (mention.kind, mention.head, mention.text) == ("group", head, phrase)
    assert lexicon().speaker_type(mention.roles) == kind


def test_plurals_are_made_for_person_nouns_only() -> None:
    words = lexicon().role_words
    assert {"leaders", "spokesmen", "ambassadors"} <= words
    # "United States", "departments", "humans": no plural of a place, an adjective or a body
    assert not {"states", "departments", "humen", "formers"} & words
    assert _plural("witness") == "witnesses"


def test_a_plural_group_speaks_its_quote() -> None:
    text = 'Arab leaders also vowed "not to cooperate with the plan in any way".'
    assert spoken(text) == [("not to cooperate with the plan in any way", "Arab leaders")]


@pytest.mark.parametrize(
    "description",
    [
        "Saudia's assistant manager for marketing",
        "a lawyer for the family since 2009",
        "the company's head of catering",
    ],
)
def test_a_description_the_lexicon_lacks_between_commas_is_stepped_over(description: str) -> None:
    text = f'Abdul Rahman Al Fahd, {description}, said that "there are solutions to this."'
    assert spoken(text) == [("there are solutions to this.", "Abdul Rahman Al Fahd")]


def test_a_participle_after_an_opening_adverbial_takes_the_main_subject() -> None:
    text = "In the video, Tom Reyes addresses the camera, saying, “I know why I am here today.”"
    assert spoken(text) == [("I know why I am here today.", "Tom Reyes")]


def test_a_line_ending_in_a_colon_introduces_the_quote_under_it() -> None:
    text = (
        "The talks went on into the night.\n\nThe Boston Courier reports:\n\n"
        "“The mayor left the meeting early and did not come back to it.”\n\n"
        "Advertisement:\n\n“The council will vote again next week on the budget.”"
    )
    assert spoken(text) == [
        ("The mayor left the meeting early and did not come back to it.", "Boston Courier"),
        # a one-word line is page furniture, not a speaker
        ("The council will vote again next week on the budget.", None),
    ]


def test_a_signed_quote_in_a_round_up_is_the_columnists() -> None:
    text = (
        "From the Right\n\n“The deal is a disaster for the country and for the region.”\n\n"
        "Dana Whitfield, The Evening Ledger\n\n"
        "“Its defenders will say the evidence is all circumstantial.”\n\nOmar Castell, Vox"
    )
    assert spoken(text) == [
        ("The deal is a disaster for the country and for the region.", "Dana Whitfield"),
        ("Its defenders will say the evidence is all circumstantial.", "Omar Castell"),
    ]
    assert {kind for _, kind in spoken(text, "speaker_type")} == {"media"}


def test_a_short_line_with_a_verb_under_a_quote_signs_nothing() -> None:
    text = "“We will not leave this city,” one man said.\n\n“Never.”\n\nSam Ortiz left."
    assert spoken(text)[1][1] != "Sam Ortiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lena Broad, senior counsel at the Hartwell Fund for Liberty, said, "They are trying '
         'to stop this."', "Lena Broad"),
        ('Dov Amir, president of the Amir Foods brand, called its closure "a very difficult '
         'decision."', "Dov Amir"),
        ('Mayor Ruth Ames agreed, but added, "whenever I make a mistake, I say so."',
         "Ruth Ames"),
        ('To reduce such uncertainty, says Mr. Sorensen, "we have to remember the numbers."',
         "Sorensen"),
    ],
)  # fmt: skip
def test_speakers_before_a_quote_in_news_syntax(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We found the weapons in the liberated areas,” the al-Ahad website quoted the head "
         "of the provincial council Khalid Tamr as saying.", "Khalid Tamr"),
        ('Interfax quoted Sergei Lavrov as saying: "We will not accept this."', "Sergei Lavrov"),
        ('"We will not accept this," state media quoted a military source as saying.',
         "a military source"),
    ],
)  # fmt: skip
def test_an_outlet_quoting_someone_as_saying_gives_the_speaker(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "lemma"),
    [
        ('"That is simply not true," retorted Senator Ann Vale.', "Ann Vale", "retort"),
        ('"We were never told," Rosa Lind recounted.', "Rosa Lind", "recount"),
        ('"Not one more day," the students chanted.', "the students", "chant"),
    ],
)
def test_verbs_of_saying_news_uses(text: str, speaker: str, lemma: str) -> None:
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    assert (table["speaker"].iloc[0], table["verb_lemma"].iloc[0]) == (speaker, lemma)


@pytest.mark.parametrize(
    "opening", ["Still, the agency", "Instead, the story", "Two states", "What explains"]
)
def test_a_capitalised_sentence_adverb_or_number_word_is_no_name(opening: str) -> None:
    mention = parse_mention(f"{opening} said on Monday")
    assert mention is None or mention.text.split()[0] not in ("Still", "Instead", "Two", "What")


def test_public_figures_quoted_without_a_cue_are_typed_by_the_bundled_list() -> None:
    text = '"The rates will stay where they are," Jerome Powell said. "No," Sean Hannity said.'
    assert spoken(text, "speaker_type") == [
        ("The rates will stay where they are", "official"),
        ("No", "media"),
    ]
