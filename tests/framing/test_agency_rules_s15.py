"""Session-15 agency rules: a subject after "no" ("no Christian or Yazidi has executed"), a
verdict before "of" + the act ("acquitted ... of murdering"), filming ("the video was shot",
"location shooting") and carrying out ("the transaction wasn't executed"), a capitalised
name in running text ("the Wounded Warriors"), a noun *shot* after "easy", a "death cult",
a nominal that is the subject of a *would* clause (a counterfactual), and an adverb in -ly
inside the verb group ("has systematically executed").

The sentences were written for these tests, as :mod:`agency_cases` says.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)


def reasons(sentence: str) -> list[str | None]:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": [sentence]}),
        include_excluded=True,
        progress=False,
    )
    return [None if pd.isna(r) else r for r in found["reason"]]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("It is plain that no soldier or policeman has deliberately executed prisoners.",
         "negation"),
        ("The sergeant was acquitted last year of murdering a prisoner in the camp.", "negation"),
        ("Nobody knows where the training video was shot, the group said.", "other_sense"),
        ("The crew spent a week on location shooting in the desert.", "other_sense"),
        ("The bank said the transfer was executed late because of a fault.", "other_sense"),
        ("The gala raised money for the Wounded Warriors of the county.", "other_sense"),
        ("The senator is the easy shot for his critics this year.", "other_sense"),
        ("They are best understood as members of an apocalyptic death cult.", "other_sense"),
        ("Without the invasion the death toll would be lower, analysts argue.", "hypothetical"),
        ("The massacre would not have happened without the war.", "hypothetical"),
    ],
)  # fmt: skip
def test_not_a_report(sentence: str, reason: str) -> None:
    assert reasons(sentence) == [reason]


@pytest.mark.parametrize(
    "sentence",
    [
        # a named event stays real under a following "would"
        "Lawmakers said the Newtown killings would make reform easier.",
        # a verdict of guilt is no denial
        "The sergeant was convicted last year of murdering a prisoner in the camp.",
        # films of real killings: the victim is a person
        "The group executed the hostage in a video released on Monday.",
        # a capitalised headline verb is not a name
        "Syrian Army Kills Dozens of Militants Near the Border",
        "Somalia: al-Shabaab Executed Two Alleged Spies",
        # the head of the victim decides, not a word before it
        "Rebels shot the pilot over the town.",
        "A gunman shot the video journalist in the head.",
        # a verdict in another clause denies nothing
        "Smith was cleared, but Jones was convicted of murdering the prisoner.",
        # "no" at the end of a sentence is no subject's
        "The police and soldiers killed him and then said no.",
    ],
)
def test_a_report_stays_a_report(sentence: str) -> None:
    assert reasons(sentence) == [None]


def test_an_adverb_in_the_verb_group_leaves_the_subject_its_agent() -> None:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": ["Militants have systematically executed "
                                                "prisoners in the town."]}),
        progress=False,
    )  # fmt: skip
    assert found["agent"].tolist() == ["Militants"]


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # a year between an article and the rest of the agent stays in it
        ("The 2012 terrorist attacks on the compound killed the ambassador.",
         "The 2012 terrorist attacks"),
        # a video player's CLOSE label is page text
        ("CLOSE Gunmen opened fire at a museum, killing at least eight people.", "Gunmen"),
        # a capitalised word in -ly is a name, not an adverb
        ("Amedy Coulibaly killed a policewoman in the suburb.", "Amedy Coulibaly"),
        # "who" after a comma and a name: the name is the antecedent
        ("He says he is a big fan of Erdogan, who last month slaughtered our allies.", "Erdogan"),
    ],
)  # fmt: skip
def test_agents_as_written(sentence: str, agent: str) -> None:
    found = agency(pd.DataFrame({"doc_id": ["d"], "text": [sentence]}), progress=False)
    assert found["agent"].tolist()[:1] == [agent]


def test_a_year_after_a_preposition_is_no_part_of_the_agent() -> None:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": ["In 2012 terrorists killed the ambassador."]}),
        progress=False,
    )
    assert found["agent"].tolist() == ["terrorists"]
