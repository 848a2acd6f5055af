"""Speaker rules of session 18 of issue #21, on articles written for these tests."""

from __future__ import annotations

from quote_cases import spoken

from corpuskit.voices.quotes.resolve import pronoun_gender


def test_a_possessive_after_a_name_gives_the_persons_gender() -> None:
    # without it, "she said" took the man (a first name the bundled list lacks) and fixed his
    # gender as female, so that his own "he said" found no one
    text = (
        "The girl, whose name cannot be published because she is a minor, attacked Mbeki "
        "Ndlovu, 25, with acid while he was drinking at a tavern.\n\n"
        "She said Ndlovu had tricked her because she did not know he was filming.\n\n"
        '"I wanted to hurt him," she said.\n\n'
        "Ndlovu, who did not mind his name being published, said he had been dating the girl "
        "since December.\n\n"
        '"It happened in a blink of an eye," he said.'
    )
    assert spoken(text) == [
        ("I wanted to hurt him", None),
        ("It happened in a blink of an eye", "Mbeki Ndlovu"),
    ]


def test_pronoun_gender_stops_at_another_name_and_skips_he_and_she() -> None:
    text = "Ndlovu, who asked that his face not be shown, left."
    assert pronoun_gender(text, 6, len(text)) == "m"
    text = "Ndlovu met Sara and told his friends."
    assert pronoun_gender(text, 6, len(text)) is None  # another name first
    text = "Ndlovu claimed he was elsewhere."  # "he" often begins a clause about someone else
    assert pronoun_gender(text, 6, len(text)) is None
    assert pronoun_gender("Obi Okafor hurt herself.", 10, 24) == "f"


def test_a_full_name_of_the_other_gender_is_another_person() -> None:
    # "Trump ... his" is a man: "Melania Trump", named later, is not him, and his "he said"
    # stays his
    text = (
        "President Trump defended his record on Sunday.\n\n"
        "First lady Melania Trump stood beside him at the event.\n\n"
        '"We are doing great," he said.'
    )
    assert spoken(text) == [("We are doing great", "Trump")]


def test_a_quote_opening_the_clause_is_not_its_subject() -> None:
    # the fragment's speaker is the clause's subject after the opening quote, not its "I"
    text = (
        '"I will work as hard as I can," Mr. Sanders told reporters, saying the businessman '
        '"makes bigotry the cornerstone of his campaign" and would be a "disaster" as commander '
        "in chief."
    )
    assert spoken(text) == [
        ("I will work as hard as I can", "Sanders"),
        ("makes bigotry the cornerstone of his campaign", "Sanders"),
        ("disaster", "Sanders"),
    ]


def test_words_from_a_work_after_a_colon_are_quotes_not_its_title() -> None:
    # "from her essay:" introduces the essay's words; "the show" right before a stretch
    # still gives a title
    text = (
        "Writer Ann Roe published an essay on Monday about her neighbours.\n\n"
        "Here are some of Roe's key complaints from her essay:\n\n"
        '"Their tolerance only extends to people they know."\n\n'
        '"They have said a spate of hateful things."'
    )
    assert spoken(text) == [
        ("Their tolerance only extends to people they know.", "Ann Roe"),
        ("They have said a spate of hateful things.", "Ann Roe"),
    ]
    assert spoken('He appeared on the show "Meet the Press" on Sunday.') == []


def test_a_relative_clause_after_a_name_in_a_phrase_gives_the_speaker() -> None:
    text = (
        "It was a similar call from Sen. Ann Roe of Ohio, who tweeted that "
        '"the public deserves answers now."'
    )
    assert spoken(text) == [("the public deserves answers now.", "Ann Roe")]
    # a place after "of" is not the speaker
    text = 'It drew support from the mayor of Paris, who said that "the plan is good for us."'
    assert spoken(text) != [("the plan is good for us.", "Paris")]


def test_a_show_named_after_the_attribution_is_a_title_not_a_part_of_the_quote() -> None:
    text = (
        '"It is wrong. It is destructive," Mr. Gibbs said on the ABC News program "This '
        'Week," adding that the race was ugly.'
    )
    assert spoken(text) == [("It is wrong. It is destructive", "Gibbs")]
    text = '"I do not see how," Mr. Paul said on the CNN program "State of the Union."'
    assert spoken(text) == [("I do not see how", "Paul")]
    text = (
        'In an appearance on "The Late Show with Stephen Colbert," Leader Ann Roe said the '
        'interview "did not surprise" her.'
    )
    assert [quote for quote, _ in spoken(text)] == ["did not surprise"]
