"""Session 30 referent rules: a label before one person's name, and the Islamic State's
hostages.

Each sentence is written for the test; the phenomena come from the errors of the naming
hold-outs read as development data.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def _referent(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # one person, named right after a singular label: an identified actor outside the codes
        ("He praised the convicted terrorist Jamal Haddad in a speech.", "terrorist", "other"),
        ("Separatist militant Ivan Petrenko was killed by a bomb in Donetsk.", "militant", "other"),
        ("The gunman Luke Farrow opened fire on the crowd.", "gunman", "other"),
        # ... unless the name is a coded group's or person's
        ("ISIS militant Mohammed Emwazi appeared in the video.", "militant", "isis"),
        ("The militant Abu Bakr al-Baghdadi gave a sermon.", "militant", "isis"),
        ("British jihadist Junaid Hussain ran the group's hacking unit.", "jihadist", "isis"),
        # ... and capitals that are no person's name
        ("Jets struck militant Islamist groups near the border.", "militant", "unknown"),
        ("An extremist New York group rallied downtown on Sunday.", "extremist", "unknown"),
        # the Islamic State's hostages identify it
        (
            "The militant group that beheaded journalist James Foley demanded a ransom.",
            "militant",
            "isis",
        ),
        (
            "The militant in the video warned that Sotloff's fate depended on the president.",
            "militant",
            "isis",
        ),
        # ... and a namesake with nothing of a hostage does not
        ("Congressman Mark Foley met militants of no stated group.", "militants", "unknown"),
        ("Rep. Mark Foley said the video showed militants.", "militants", "unknown"),
        ("Mueller said the executive had hired terrorists.", "terrorists", "unknown"),
        # review counter-cases: a group's name is no person's, an apposition names the group
        ("He joined the militant Black Lives Matter movement.", "militant", "unknown"),
        (
            "The militant Abu Mohammed al-Adnani, the Islamic State spokesman, said it.",
            "militant",
            "isis",
        ),
    ],
)
def test_people_who_identify_a_label(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


def test_a_capitalised_label_inside_a_name_names_no_person() -> None:
    sentence = "The seven nations come from the Terrorist Prevention Act of 2015."
    assert _referent(sentence, "Terrorist")[1] != "named_person"
