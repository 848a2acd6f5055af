"""Referent rules added in session 5, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def resolve(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # government as a form of rule is no government (codebook: none)
        ("She praised the system of government that the founders built.", "government", "none"),
        ("Limited government, he said, is the answer.", "government", "none"),
        ("Government is too big, the candidate told the crowd.", "Government", "none"),
        ("They lived under parliamentary government for decades.", "government", "none"),
        # a named government stays named
        ("The Iraqi government rejected the plan.", "government", "iraq_gov"),
        # the act of opposing is no group in the sentence
        (
            "The troops met stiff opposition from the jihadists near the bridge.",
            "jihadists",
            "unknown",
        ),
        # titles and dates do not open a name
        ("Envoys urged President Bashar Assads regime to stop.", "regime", "syria_gov"),
        ("Monitor Saturday 12 Mar 2016 Syrias regime shelled the town.", "regime", "syria_gov"),
        # a parenthetical acronym between the name and the hit
        ("The Islamic State (IS) militant group claimed the attack.", "militant", "isis"),
        # a hit inside a longer name (codebook rule 9)
        ("Fighters of the so-called free Syrian army withdrew.", "Syrian army", "rebels"),
        # plural demonyms and US institutions name the country of "authorities"
        ("Canadians whom authorities watch were questioned.", "authorities", "western_other"),
        ("Sheriff Ann Cole said authorities found more rifles.", "authorities", "us"),
        # "new legal authorities" are powers
        ("New legal authorities would be needed to arm the tribes.", "authorities", "none"),
        # the government and the Syrian opposition (codebook C3)
        (
            "Diplomats pushed talks between the government and the armed opposition.",
            "government",
            "syria_gov",
        ),
        # an apposition that is a clause, a hedge or a report verb names nobody
        ("Parents distrust authorities, so Dr. Lee helps.", "authorities", "unknown"),
        (
            "Analysts blamed Islamist insurgents, possibly linked to Islamic State.",
            "insurgents",
            "unknown",
        ),
        # a group's ally or patron named in the sentence is another group
        ("An armed group with ties to the Islamic State claimed it.", "armed group", "unknown"),
        # jihadist labels never corefer with Kurdish forces
        ("Kurdish units advanced on the jihadists' last town.", "jihadists", "unknown"),
        # fighting for a group is fighting on its side
        (
            "He warned of British jihadists who had gone to fight for ISIS.",
            "jihadists",
            "isis",
        ),
        # "the jihadis of Afghanistan": a war outside the codes
        ("The book leaves the jihadis of Afghanistan behind.", "jihadis", "other"),
        # "regime change" called for by the US names no regime
        ("Critics listed American regime change in the region.", "regime", "none"),
        # a capitalised function word is no group name
        ("Will government tracking of terrorists end?", "terrorists", "unknown"),
        # rebels and army names of a war outside Syria and Iraq are other (codebook C1)
        ("Fighting flared in eastern Ukraine between rebels and the army.", "rebels", "other"),
        ("Loyalist forces moved tanks toward Benghazi.", "Loyalist forces", "other"),
        ("Syrian rebels and Ukrainian volunteers met.", "rebels", "rebels"),
        # a foreign group as the subject of a copula
        ("Boko Haram is an insurgent group that attacks villages.", "insurgent", "other"),
        # regimes of rules, the verb "rebel", party politics
        ("The sanctions regime was tightened again.", "regime", "none"),
        ("It was a regime of torture and fear.", "regime", "none"),
        ("Few dared to rebel against the emir.", "rebel", "none"),
        ("The GOP insurgents won the primary.", "insurgents", "none"),
        ("Two opposition politicians were detained.", "opposition", "none"),
        ("Advisers in and out of government agreed.", "government", "none"),
        # "his government" is the government of the person named before it
        ("Jean Roy of Canada said his government would act.", "government", "western_other"),
        # a sentence naming an armed group is about war: the fighters are theirs
        ("The Kurds pulled their fighters back from the line.", "fighters", "kurdish"),
        # "armed men" of one attack stay unknown even near a foreign war
        ("The Iraq War veteran heard armed men break in.", "armed men", "unknown"),
    ],
)
def test_session5_rules(sentence, hit, expected):
    assert resolve(sentence, hit)[0] == expected


def test_cartel_gunmen_reason_is_a_name():
    sentence = "Police traded fire with cartel gunmen."
    assert resolve(sentence, "gunmen") == ("other", "name")
