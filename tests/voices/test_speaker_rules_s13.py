"""Speaker rules of session 13 of issue #21, on sentences written for these tests."""

from __future__ import annotations

from quote_cases import spoken

from corpuskit.voices.speakers import parse_mention


def test_a_state_tag_in_parentheses_is_stepped_over() -> None:
    text = '"We will vote against it," Democratic Rep. Jane Roe (TN) told reporters on Monday.'
    assert spoken(text) == [("We will vote against it", "Jane Roe")]


def test_a_party_letter_in_parentheses_is_stepped_over() -> None:
    text = '"We will vote against it," Sen. Jane Roe (D) told reporters.'
    assert spoken(text) == [("We will vote against it", "Jane Roe")]


def test_a_bodys_last_word_names_the_body_met_before() -> None:
    text = (
        "The Riverside Daily Courier published the letter on Monday.\n\n"
        '"The letter is genuine," the Courier wrote.'
    )
    assert spoken(text) == [("The letter is genuine", "Riverside Daily Courier")]


def test_the_house_is_not_the_white_house() -> None:
    text = (
        "The White House sent the bill on Monday.\n\n"
        '"We will not pass it," the House said in a statement.'
    )
    assert spoken(text) == [("We will not pass it", "House")]


def test_a_name_glued_to_a_title_by_a_full_stop() -> None:
    mention = parse_mention("Sens.Jane Roe said")
    assert (mention.kind, mention.name) == ("name", "Jane Roe")


def test_an_initial_is_not_a_glued_title() -> None:
    assert parse_mention("Jane R.Roe said").name == "Jane R.Roe"


def test_a_name_before_an_acronym_and_a_role_without_commas() -> None:
    mention = parse_mention("Ola Nordmann HRW deputy director said")
    assert (mention.kind, mention.name, mention.roles) == (
        "name",
        "Ola Nordmann",
        ["hrw", "deputy", "director"],
    )


def test_an_honorific_before_a_name_without_commas() -> None:
    mention = parse_mention("Dr. Ola Nordmann head of the clinic said")
    assert (mention.kind, mention.name) == ("name", "Ola Nordmann")


def test_an_adjective_title_before_a_place_is_no_name() -> None:
    mention = parse_mention("the former New Mexico governor said")
    assert (mention.kind, mention.head) == ("role", "governor")


def test_an_acronym_after_a_description_is_the_body() -> None:
    mention = parse_mention("the state news agency KNA reported")
    assert (mention.kind, mention.name, mention.roles) == (
        "proper",
        "KNA",
        ["state", "news", "agency"],
    )
    # "CEO" is a role noun (session 14), not the acronym of a body
    former = parse_mention("the former CEO said")
    assert (former.kind, former.name, former.head) == ("role", None, "ceo")


def test_a_title_with_of_before_a_full_name() -> None:
    for text, roles in [
        ("White House Chief of Staff Ola Nordmann said", ["white", "house", "chief", "staff"]),
        ("former Chief of Staff Ola Nordmann said", ["former", "chief", "staff"]),
    ]:
        mention = parse_mention(text)
        assert (mention.kind, mention.name, mention.roles) == ("name", "Ola Nordmann", roles)


def test_a_widget_whose_full_name_runs_into_its_first_headline() -> None:
    from corpuskit.voices.quotes.masks import mask_widgets

    text = "Rep. Jane Roe Jane Mary RoeSenate passes bill on roads MORE said on Monday."
    assert mask_widgets(text).split() == ["Rep.", "Jane", "Roe", "said", "on", "Monday."]


def test_a_document_speaks_under_its_description() -> None:
    text = (
        "The party published its review on Monday.\n\n"
        '"We must change our tone," the RNC report concluded.'
    )
    assert spoken(text, "speaker_type") == [("We must change our tone", "politician")]
    assert spoken(text) == [("We must change our tone", "the RNC report")]


def test_a_possessive_issuer_keeps_the_quote() -> None:
    mention = parse_mention("Roe's ad says")
    assert mention is None or mention.head != "ad"


def test_friends_and_family_are_witnesses_and_critics_media() -> None:
    friend = 'A neighbour spoke. "He was kind," said Ola Nordmann, a childhood friend of the man.'
    critic = '"It is a fine film," said Ola Nordmann, a movie critic.'
    assert spoken(friend, "speaker_type") == [("He was kind", "witness_resident")]
    assert spoken(critic, "speaker_type") == [("It is a fine film", "media")]


def test_an_arabic_name_is_listed_under_any_spelling_of_muhammad_and_al() -> None:
    from corpuskit.voices.speakers.known import known_sources

    listed = known_sources()
    assert listed.find("Abu Mohamad al-Golani") is listed.find("Abu Mohammad al-Julani")


def test_a_caption_mark_gives_no_type() -> None:
    text = (
        "Media playback is unsupported on your device Media caption US President Jane Roe: "
        "'We will not give in'\n\nJane Roe's visit to the troops went well, aides said."
    )
    assert spoken(text, "speaker_type") == [("We will not give in", "official")]


def test_a_listed_surname_is_not_a_relative_named_only_as_an_owner() -> None:
    text = (
        "Ivanka Trump's assistant has tested positive.\n\n"
        "Trump questioned the need for tests on Friday.\n\n"
        '"I am not worried at all," Trump said.'
    )
    assert spoken(text) == [("I am not worried at all", "Trump")]


def test_adjectives_and_role_words_inside_a_title_before_a_name() -> None:
    mention = parse_mention("White House principal deputy press secretary Ola Nordmann said")
    assert (mention.kind, mention.name) == ("name", "Ola Nordmann")


def test_the_president_is_the_sitting_us_president_named_in_the_article() -> None:
    import pandas as pd

    import corpuskit as ck

    text = (
        "Barack Obama met Mitt Romney's aides on Monday.\n\n"
        "Mitt Romney, a former governor, spoke first.\n\n"
        '"We will not give up," the president said.'
    )
    said = {}
    for date in ("2012-06-01", "2008-06-01", None):
        frame = pd.DataFrame({"doc_id": ["a"], "text": [text], "date": [date]})
        said[date] = ck.quotes(frame, progress=False, n_jobs=1)["speaker"].tolist()
    # in office on the article's date; before it, or with no date, not resolved
    assert said == {
        "2012-06-01": ["Barack Obama"],
        "2008-06-01": ["the president"],
        None: ["the president"],
    }
