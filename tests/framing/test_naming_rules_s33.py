"""Session 33 referent rules: each sentence (written for these tests) fails on the code before.

A "government shutdown" is an event of one government, a predicative "militant" a
temperament, a state's opposition its political opposition, the regime of a sentence of
nuclear arms no Syrian default, the "other" groups beside a group outside the codes parties
of its war, and a city's "Police Department" a US body.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def _referent(sentence: str, hit: str) -> str:
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit)).referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # "government shutdown": an event of a government the sentence does not name
        ("Museums stayed closed through the government shutdown.", "government", "unknown"),
        # "militant" as a predicate that ends its clause: a temperament, no armed actor
        ("By nightfall the crowd had become loud and militant.", "militant", "none"),
        ("Her fans, some would say, have grown militant.", "militant", "none"),
        # "rebel" as a type of person in a sentence with no war
        ("Fans saw the singer as a rebel; critics saw a salesman.", "rebel", "none"),
        ("The novel admires the lonely rebel who defies his parents.", "rebel", "none"),
        # a state's political opposition: its leaders outside the Syrian war, or the
        # opposition of a state other than Syria named by its adjective
        (
            "The prime minister met the opposition leader over lunch on Tuesday.",
            "opposition",
            "none",
        ),
        ("After the strike, Israeli opposition leaders praised the army.", "opposition", "none"),
        (
            "Belarusian opposition leaders tried to disrupt the military parade.",
            "opposition",
            "none",
        ),
        # "the regime" of nuclear arms and ballistic missiles: not the Syrian default
        (
            "Analysts expect the regime to stage another nuclear test this spring.",
            "regime",
            "unknown",
        ),
        (
            "The deal let Iran fund Hezbollah while the regime kept its nuclear programme.",
            "regime",
            "iran",
        ),
        # ... but chemical weapons are the Syrian regime's, whatever other state is named
        (
            "Washington fears the regime will use chemical weapons, as Iran expands its "
            "nuclear program.",
            "regime",
            "syria_gov",
        ),
        # the article of an event noun is not the regime's
        (
            "Aleppo braced for a fresh regime assault on its eastern districts.",
            "regime",
            "syria_gov",
        ),
        # "other" groups beside a group outside the codes: parties of the same war
        (
            "Soldiers fought the Taliban and other insurgent groups in Helmand.",
            "insurgent",
            "other",
        ),
        ("Hamas and the jihadists and the Houthis all cheered the attack.", "jihadists", "other"),
        # a city's police named in the American way
        (
            "The suspect was taken to the Riverton Police Department, authorities said.",
            "authorities",
            "us",
        ),
        # "their government" after a people named by its state's adjective
        (
            "Cubans are hostages to their own repressive government, not to Washington.",
            "government",
            "other",
        ),
        # a group outside the codes places the war ("the Houthis"), and a generic label
        # capitalised as the sentence's first word is no name of the Syrian war
        ("Rebels known as Houthis said rebels in the army backed the truce.", "rebels", "other"),
        (
            "Rebels have fought Indian rule for decades, and most Kashmiris back the rebels.",
            "rebels",
            "other",
        ),
        # a bare "government" as the subject of its clause or after "all"
        ("When government does that, prices go up.", "government", "none"),
        ("Sen. Paul said he is not against all government, only waste.", "government", "none"),
        # rule 6's Syrian default needs no other country: with only the US named and
        # nothing of the Syrian war, "the regime" is unnamed, "government forces" the US's
        ("Senators accused the White House of paying a ransom to the regime.", "regime", "unknown"),
        (
            "Activists said government forces raided immigrant neighborhoods in Chicago.",
            "government forces",
            "us",
        ),
        # "its regime": the state named before, not a person
        (
            "Mattis said Venezuela must hold free elections or face the end of its regime.",
            "regime",
            "other",
        ),
        # the adjective of Iran or Russia before a generic label names the state's forces
        ("Iranian gunmen seized a tanker in the strait.", "gunmen", "iran"),
        (
            "Clashes with Russian fighters near the oil field left dozens dead.",
            "fighters",
            "russia",
        ),
    ],
)
def test_session_33_rules(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit) == referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        ("The photo showed a man beheaded by an IS militant.", "militant", "isis"),
        ("Syrian opposition leaders met in Geneva after the shelling.", "opposition", "rebels"),
        ("Libyan opposition forces shelled the port.", "opposition", "other"),
        ("The air force struck ISIS and other jihadist groups.", "jihadist", "unknown"),
        ("U.S. officials said regime airstrikes killed 20 people.", "regime", "syria_gov"),
        ("Residents fled as rebels moved into the town.", "rebels", "rebels"),
        (
            "U.S. officials expect the town to fall to government forces, the spokesman for "
            "anti-Islamic State operations said.",
            "government forces",
            "syria_gov",
        ),
    ],
)
def test_session_33_limits(sentence: str, hit: str, referent: str) -> None:
    """What the rules leave alone (these passed before them too)."""
    assert _referent(sentence, hit) == referent


@pytest.mark.parametrize(
    "sentence",
    [
        "Assad said the regime would never use nuclear weapons.",
        "Aleppo residents fear the regime will seek nuclear arms next.",
    ],
)
def test_the_nuclear_rule_leaves_the_syrian_regime_of_a_syrian_sentence(sentence: str) -> None:
    start = sentence.index("regime")
    assert resolve_hit(sentence, start, start + len("regime")).referent == "syria_gov"
