"""Attribution and speaker conventions of news writing (issue #21), on passages written for
these tests in the house styles of the wires (AP, Reuters, AFP, TASS) and of US outlets
(CNN, the New York Times, Fox News, The Hill): one test per convention, each asserting who
said every quote of the passage.
"""

from __future__ import annotations

import pandas as pd
import pytest

from corpuskit.voices.quotes import quotes


def said(text: str, **options) -> list[tuple[str, str | None]]:
    """``(quote, speaker)`` of every direct quote part of one article."""
    found = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), **options)
    direct = found[found["kind"] == "direct"]
    return [(q, None if pd.isna(s) else s) for q, s in zip(direct["quote"], direct["speaker"])]


def speakers(text: str, **options) -> list[str | None]:
    return [speaker for _, speaker in said(text, **options)]


def test_wire_story_surname_pronoun_and_split_quote():
    text = (
        'BEIRUT (AP) — Syrian President Bashar Assad vowed on Sunday to retake "every inch" '
        'of the country.\n\n"We will not stop until the last terrorist is gone," Assad told '
        'state television.\n\n"The war is not over," he added. "But victory is near."'
    )
    assert speakers(text) == ["Bashar Assad"] * 4


def test_role_description_resolves_to_the_named_minister():
    text = (
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that "
        'Washington was not serious.\n\n"We see no readiness on the American side," Lavrov '
        'told reporters.\n\nThe minister said: "Our patience is not endless."'
    )
    assert speakers(text) == ["Sergei Lavrov"] * 2


def test_said_after_the_quote_with_an_appositive_and_page_furniture_between():
    text = (
        'Pentagon spokesman Capt. Jeff Davis said the strikes were "precise and effective."'
        '\n\n"We continue to hit ISIS where it hurts," Davis said.\n\nHide Caption\n\n'
        '"This is a long fight," said Col. John Dorrian, a spokesman for the U.S.-led coalition.'
    )
    assert speakers(text) == ["Jeff Davis", "Jeff Davis", "John Dorrian"]


def test_new_york_times_party_tag_and_interrupted_quote():
    text = (
        'Mr. Obama, who spoke at the White House on Friday, said the deal was "the best option '
        'we have."\n\n"I am confident," Mr. Obama said, "that history will judge it well."\n\n'
        'Senator John McCain, Republican of Arizona, called it "a historic mistake."'
    )
    assert speakers(text) == ["Obama", "Obama", "Obama", "John McCain"]


@pytest.mark.parametrize("tag", ["(D-Calif.)", "(R-AZ)", "(R-Ky.)"])
def test_parenthesised_party_tag_and_a_second_verb_joined_by_and(tag):
    text = (
        f"House Speaker Nancy Pelosi {tag} called the proclamation a “gross abuse of power” "
        "and vowed that “Congress will defend its authorities.”"
    )
    assert speakers(text) == ["Nancy Pelosi", "Nancy Pelosi"]


def test_statement_and_twitter_attributions_skip_furniture():
    text = (
        'Sen. Lindsey Graham, R-S.C., told Fox News that the plan "makes no sense."\n\n'
        '"It is a disaster in the making," Graham said in a statement.\n\nContinued Below\n\n'
        'Graham later wrote on Twitter: "We must stand with our allies."'
    )
    assert speakers(text) == ["Lindsey Graham"] * 3


def test_tass_dateline_according_to_and_rank_description():
    text = (
        'MOSCOW, October 20. /TASS/. "The humanitarian pause in Aleppo will be extended," '
        "Russian Defense Ministry spokesman Major General Igor Konashenkov said on Thursday."
        '\n\nAccording to Konashenkov, "militants have used the pause to regroup."\n\n'
        '"We call on the United States to influence the opposition," the general stressed.'
    )
    assert speakers(text) == ["Igor Konashenkov"] * 3


def test_told_an_outlet_and_a_two_word_surname_with_a_particle():
    text = (
        '"ISIS is winning," Rep. Peter King, R-N.Y., told CNN on Sunday.\n\n"This is the worst '
        'crisis since World War II," UN envoy Staffan de Mistura told the Security Council.'
        '\n\nDe Mistura added: "Time is running out."'
    )
    assert speakers(text) == ["Peter King", "Staffan de Mistura", "Staffan de Mistura"]


def test_afp_style_text_without_commas_joins_a_compound_surname():
    text = (
        '"Four people were killed in the attack" said Observatory director Rami Abdel Rahman. '
        'The toll is likely to rise. "Many are still under the rubble" said Abdel Rahman.'
    )
    assert speakers(text) == ["Rami Abdel Rahman", "Rami Abdel Rahman"]


def test_question_quote_then_a_short_attribution_sentence():
    text = (
        "Trump claimed Republicans are attacked for supporting him. “Does anyone get attacked "
        "more than me?” Trump said.\n\n“Why would they do that?” asked Sen. Cory Booker."
    )
    assert speakers(text) == ["Trump", "Cory Booker"]


def test_a_show_name_is_a_title_and_does_not_break_the_quote_around_it():
    text = (
        "“The red line was apparently written in disappearing ink,” Arizona Sen. John McCain "
        "told “Fox News Sunday.” “We need a game-changing action.”\n\n“We have to arm the "
        "opposition,” Leahy said on NBC News’ “Meet the Press.”"
    )
    found = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), include_excluded=True)
    kinds = dict(zip(found["quote"], found["kind"]))
    assert kinds["Fox News Sunday."] == "excluded" and kinds["Meet the Press."] == "excluded"
    direct = found[found["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["John McCain", "John McCain", "Leahy"]
    assert direct["quote_id"].iloc[0] == direct["quote_id"].iloc[1]


def test_quote_sentence_after_an_indirect_quote_takes_its_speaker():
    text = (
        "Troops entered the village on Tuesday. Abdel Rahman said all the dead were from six "
        'families. "There was no resistance except in one house where a rebel opened fire."'
    )
    assert speakers(text) == ["Abdel Rahman"]
    # a short phrase opening a sentence is no quote of the previous speaker
    scare = 'Abdel Rahman said the dead were from six families. "Moderate rebels" held the town.'
    assert said(scare) == []


def test_description_with_adjectives_resolves_to_the_titled_senator():
    text = (
        "Sen. Jeff Flake (R-AZ) on Sunday said a Republican should challenge the president.\n\n"
        "“The party is the Trump party right now,” the retiring GOP senator said."
    )
    assert speakers(text) == ["Jeff Flake"]


def test_outlet_possessive_before_a_name_and_a_question_opening_the_article():
    text = (
        "Is Facebook censoring conservative news?\n\n"
        '"We take allegations of bias very seriously," the company said.\n\n'
        '"It is anecdotal," wrote TechCrunch\'s Josh Constine.'
    )
    assert speakers(text)[1] == "Josh Constine"
    assert "Is Facebook" not in speakers(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The group calls itself "Jaish al-Fatah" now.', "Jaish al-Fatah"),
        ('He appeared on "Meet the Press" on Sunday.', "Meet the Press"),
        ('The so-called "moderate rebels" are losing ground.', "moderate rebels"),
        ('Readers were told to "Click here" for more.', "Click here"),
    ],
)
def test_names_titles_and_scare_quotes_are_kept_out_with_a_reason(text, quote):
    found = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), include_excluded=True)
    row = found[found["quote"] == quote]
    assert row["kind"].tolist() == ["excluded"] and row["reason"].notna().all()


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdogan said that ''Turkey will not allow it.''\n\n"
        "''We will do what is necessary,'' Erdogan said.",
        "Turkish President Recep Tayyip Erdogan said that «Turkey will not allow it».\n\n"
        "«We will do what is necessary», Erdogan said.",
        "Turkish President Recep Tayyip Erdogan said that „Turkey will not allow it“.\n\n"
        "„We will do what is necessary“, Erdogan said.",
        "Turkish President Recep Tayyip Erdogan said that 'Turkey will not allow it.'\n\n"
        "'We will do what is necessary,' Erdogan said.",
    ],
)
def test_every_mark_style(text):
    assert speakers(text) == ["Recep Tayyip Erdogan"] * 2


def test_quote_running_over_paragraphs_keeps_its_speaker():
    text = (
        'Secretary of State John Kerry said on Monday:\n\n"We have exhausted every option.'
        '\n\n"Russia has a choice to make," Kerry said.'
    )
    found = said(text)
    assert [s for _, s in found] == ["John Kerry", "John Kerry"]


def test_anonymous_speaker_stays_as_written_and_a_later_pronoun_refers_to_it():
    text = (
        "A senior Iraqi army officer, who asked not to be named, said: “The fighting is very "
        "hard.”\n\n“We lose men every day,” he said."
    )
    assert speakers(text) == ["A senior Iraqi army officer", "A senior Iraqi army officer"]


def test_speaker_closing_the_sentence_after_a_fragment_outranks_a_verb_of_view():
    text = (
        "President Trump thinks candidate Roy Moore “will do the right thing and step aside” if "
        "the allegations are true, the White House said in a statement Thursday."
    )
    assert speakers(text) == ["White House"]


def test_text_stripped_of_commas_keeps_a_place_out_of_the_organisation():
    text = (
        "Six children were among the dead near Damascus the Syrian Observatory for Human Rights "
        'confirmed. "The death toll may still rise" the Britain-based group added.'
    )
    assert speakers(text) == ["Syrian Observatory for Human Rights"]


def test_a_reporting_clause_after_a_name_is_not_its_title():
    text = (
        "A package was addressed to Democratic donor Tom Steyer, CNN and NBC reported.\n\n"
        "“We are thankful that everyone is safe,” Steyer said in a statement."
    )
    found = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert found["speaker"].tolist() == ["Tom Steyer"]
    assert "reported" not in str(found["speaker_title"].iloc[0])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Pinterest Donald Trump said: "We will win."', "Donald Trump"),
        ('Continued Below\n\nTrump said: "We will win."', "Trump"),
        ('Share this: Trump said: "We will win."', "Trump"),
        ('Related: Video Donald Trump said: "We will win."', "Donald Trump"),
    ],
)
def test_page_furniture_never_enters_a_speaker(text, speaker):
    assert speakers(text) == [speaker]


def test_page_furniture_in_marks_is_excluded():
    text = 'JUST WATCHED\n\nTrump said: "We will win."\n\n"Hide Caption"'
    found = quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), include_excluded=True)
    assert found["reason"].tolist()[1] == "furniture"
    assert found["speaker"].tolist()[0] == "Trump"


def test_quote_after_a_sentence_about_a_named_person_is_theirs():
    text = 'Mr. Obama was defiant on Friday. "I am not going anywhere, and neither is this deal."'
    assert speakers(text) == ["Obama"]
    # a possessive is no subject: "Assad's forces" do not make Assad the speaker
    text = 'Assad\'s forces attacked the town. "We are dying here and nobody cares about us."'
    assert speakers(text) == [None]


def test_organisation_names_keep_their_inner_the_and_capitals_is_no_question_word():
    text = (
        "The fighting was heavy. The US-led coalition fighting IS carried out air strikes.\n\n"
        '"We are alarmed," said the International Committee of the Red Cross.'
    )
    assert speakers(text) == ["International Committee of the Red Cross"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Even Trump was asked about it. "What are the walls made of?" Trump said.', "Trump"),
        ('Delegate Kathy Tran spoke.\n\n"My bill would allow that," Tran said.', "Kathy Tran"),
        ('Attorney Lisa Bloom said her client "was forced" to leave.', "Lisa Bloom"),
    ],
)
def test_adverbs_and_titles_opening_a_name_stay_out_of_it(text, speaker):
    assert speakers(text) == [speaker]


def test_middle_initial_and_a_description_opening_the_next_sentence():
    text = (
        "WASHINGTON — Representative Thomas J. Hollis, facing questions about a leaked "
        'memo, said on Monday he had not written it.\n\n"I never saw the memo," Mr. Hollis '
        "said.\n\nThe congressman also worried about his wife, Ellen Marsh, a lawyer at a "
        'Boston firm. "She did nothing wrong," he told reporters.'
    )
    assert speakers(text) == ["Thomas J. Hollis", "Thomas J. Hollis"]


def test_colon_after_any_verb_and_a_comma_participle_take_the_clause_subject():
    text = (
        "UNITED NATIONS (AP) — On Tuesday, President Nora Vail criticised the northern "
        'neighbour\'s leader, Karl Osten, saying: "His rockets are a danger to us all."\n\n'
        'Later the foreign minister, Omar Haddad, admonished: "Words are not enough."'
    )
    assert speakers(text) == ["Nora Vail", "Omar Haddad"]


def test_connectives_and_handles_stay_out_of_names():
    text = (
        'Plus, Obama said the plan was "dead on arrival."\n\n'
        'PeterBurnsRadio Barack Obama told the crowd: "We will win."'
    )
    assert speakers(text) == ["Barack Obama", "Barack Obama"]


def test_a_generic_description_refers_back_to_the_unnamed_speaker_and_relatives_are_skipped():
    text = (
        "The clinic's staff were stunned, an insider tells the magazine.\n\n\"Nobody had seen "
        'anything like it," the source says.\n\n"It was chaos," the source, who asked not to '
        "be named because the inquiry is still open and staff were told not to talk, told "
        "the magazine on Monday."
    )
    assert speakers(text) == ["an insider", "an insider"]
