"""Speaker rules of session 10 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_cases import spoken

from corpuskit.voices.speakers import parse_mention


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"We will keep the patrols going," County Sheriff Ann Whitby said.', "Ann Whitby",
         "official"),
        ('"The threat is real and growing," Police Commissioner Rob Dalton said.', "Rob Dalton",
         "official"),
        ('"We stand by the story we ran," Editor-in-Chief Lena Moss said.', "Lena Moss",
         "media"),
    ],
)  # fmt: skip
def test_a_title_before_a_name_is_no_part_of_it(text: str, speaker: str, kind: str) -> None:
    assert spoken(text) == [(text.split('"')[1].rstrip(","), speaker)]
    assert spoken(text, "speaker_type")[0][1] == kind


def test_a_child_or_teenager_is_an_unnamed_witness() -> None:
    text = (
        'Pupils stood in the yard. "The shell hit the road as we came out of school" one child '
        'told AFP. "We ran back inside and hid under the desks," a teenager said.'
    )
    assert [kind for _, kind in spoken(text, "speaker_type")] == ["witness_resident"] * 2


@pytest.mark.parametrize(
    "attribution",
    [
        "Omar Haddad the head of the rescue service in the east told Reuters.",
        "Omar Haddad head of the rescue service in the east was quoted by AFP as saying.",
        "Omar Haddad a volunteer with the rescue service told Reuters.",
    ],
)
def test_a_name_with_an_appositive_but_no_commas_after_a_quote_speaks(attribution: str) -> None:
    # wire copy stripped of its commas (FA-KES): the description runs on after the name
    text = f'Bombs fell all night. "The planes came back after midnight" {attribution} More fell.'
    assert spoken(text) == [("The planes came back after midnight", "Omar Haddad")]


def test_a_long_run_on_description_with_a_name_particle_still_speaks() -> None:
    text = (
        'Shells hit the market. "The planes came back after midnight" Omar al-Khatib the head of '
        "the Civil Defense rescue service in the besieged eastern half of the city told Reuters."
    )
    assert spoken(text) == [("The planes came back after midnight", "Omar al-Khatib")]
    assert spoken(text, "speaker_type")[0][1] == "ngo_un"


def test_a_first_name_alone_refers_back_to_the_one_person_of_that_first_name() -> None:
    text = (
        "Marla Quennell, 17, wrote a long note before she left home.\n\n"
        '"Please do not be sad, it is for the better," Marla wrote.'
    )
    assert spoken(text) == [("Please do not be sad, it is for the better", "Marla Quennell")]


def test_a_first_name_shared_by_two_people_stays_as_written() -> None:
    text = (
        "Marla Quennell and Marla Dobbs ran the shelter together.\n\n"
        '"We never turned anyone away," Marla said.'
    )
    assert spoken(text) == [("We never turned anyone away", "Marla")]


@pytest.mark.parametrize("verb", ["read", "said", "added", "continued"])
def test_the_statement_speaks_for_the_body_that_issued_it(verb: str) -> None:
    text = (
        "The Coast Guard sharply denied the reports on Friday.\n\n"
        f'"No vessel was left behind at the harbour," the statement {verb}.'
    )
    assert spoken(text) == [("No vessel was left behind at the harbour", "Coast Guard")]


def test_a_statement_from_a_body_speaks_for_it() -> None:
    text = (
        '"The convoy left the harbour at dawn," reads a statement from the Coast Guard on the '
        'rescue. "Every sailor was accounted for," the statement continued.'
    )
    assert [s for _, s in spoken(text)] == ["Coast Guard", "Coast Guard"]


def test_a_read_also_link_after_a_quote_names_no_one() -> None:
    text = (
        'The shelling went on. "We will hold the town," Hadi Barazi said. "No retreat." Read Also'
    )
    assert [s for _, s in spoken(text)] == ["Hadi Barazi", "Hadi Barazi"]


@pytest.mark.parametrize(
    "text",
    [
        'At the debate in March, Tom Whitcomb clearly stated "the reserves gave me a perspective."',
        'Tom Whitcomb, the poet and civil rights activist, once said, "History cannot be unlived."',
    ],
)
def test_an_adverb_between_the_speaker_and_the_verb(text: str) -> None:
    assert [s for _, s in spoken(text)] == ["Tom Whitcomb"]


@pytest.mark.parametrize(
    ("lead", "description", "speaker"),
    [
        ("Vera Lindqvist went to Twitter on Monday night to blame the insurers.",
         "the White House senior adviser wrote", "Vera Lindqvist"),
        ("Ohio Rep. Dan Kessler on Friday questioned the new rule.",
         "the committee chairman said", "Dan Kessler"),
    ],
)  # fmt: skip
def test_a_description_that_names_no_one_else_refers_to_the_person_just_named(
    lead: str, description: str, speaker: str
) -> None:
    text = f'{lead}\n\n"Nothing in the law forces anyone out of their plans," {description}.'
    assert [s for _, s in spoken(text)] == [speaker]


def test_a_description_of_another_type_does_not_refer_to_the_person_just_named() -> None:
    text = (
        "Senator Dan Kessler spoke at the rally in Toledo.\n\n"
        '"We will not pay for this war," the foreign minister said.'
    )
    assert [s for _, s in spoken(text)] == ["the foreign minister"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Outgoing White House economic adviser Lars Sommer warned",
        "senior economic adviser Lars Sommer said",
    ],
)
def test_a_lower_case_adjective_inside_a_title_before_a_name(phrase: str) -> None:
    mention = parse_mention(phrase)
    assert (mention.kind, mention.name) == ("name", "Lars Sommer")
    assert "adviser" in mention.roles


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Joanne Liu", "ngo_un"), ("Alessandra Vellucci", "ngo_un"), ("Mazie Hirono", "politician"),
     ("Zakaria Malahifji", "armed_group")],
)  # fmt: skip
def test_people_added_to_the_bundled_list_in_session_10(name: str, kind: str) -> None:
    text = f'"The road into the old city has been cut since Tuesday," {name} said.'
    assert spoken(text, "speaker_type") == [
        ("The road into the old city has been cut since Tuesday", kind)
    ]


@pytest.mark.parametrize(
    "attribution",
    [
        "Gov. Ann Whitby said.",
        "Governor Ann Whitby said.",
        "said Ann Whitby, the state's governor.",
    ],
)
def test_a_governor_is_a_politician_by_default(attribution: str) -> None:
    # the codebook's default; a governor relaying security information is an official, which
    # no word of the attribution tells apart
    text = f'"We will sign the budget next week," {attribution}'
    assert spoken(text, "speaker_type") == [("We will sign the budget next week", "politician")]
