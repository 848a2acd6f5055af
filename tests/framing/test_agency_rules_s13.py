"""Session-13 agency rules: the means noun whose place phrase runs up to the verb when the
chunk before the verb is a place or a distance (a bracket or a bare apposition stops the
modifier jumps); the *leave* whose victims run on through a tail ("including ...", "and
...") to the participle; "dead" before an article is no attribute; a news site's buttons
("Print Tweet") before a headline's subject; counted fighters "of" a group are victims.

Each case is checked by :func:`agency_cases.check_case`; the sentences were written for
these tests, as that module's docstring says.
"""

from __future__ import annotations

from agency_cases import case_test

CASES = [
    # a bracketed distance between the place and the verb
    (
        "Air strikes in the village of Kafr Hamra about 12 km (7 miles) north of Homs "
        "killed four people on Sunday.",
        "killed",
        "active",
        "Air strikes",
        "unknown",
    ),
    # text stripped of its commas: a bare apposition after the place
    (
        "Shelling on Kafr Hamra the besieged town west of Homs killed four civilians.",
        "killed",
        "active",
        "Shelling",
        "unknown",
    ),
    # a subject that is not a means keeps its place phrase's head
    (
        "Rebels in the village of Kafr Hamra killed four soldiers.",
        "killed",
        "active",
        "Rebels",
        "rebels",
    ),
    # the victims of "left" run on through "of ... including ..."
    (
        "A car bomb in Homs has reportedly left 12 fighters of the brigade including two "
        "of its commanders dead.",
        "dead",
        "intransitive",
        "A car bomb",
        "unknown",
    ),
    # ... and through "- including ... - and ..."; "dead" before "the" is no attribute
    (
        "Clashes have rocked the town leaving 9 civilians - including two boys - and 6 "
        "fighters dead the monitor said.",
        "dead",
        "intransitive",
        "Clashes",
        "unknown",
    ),
]

CASES += [
    # a site's buttons glued before a headline are no part of the agent
    (
        "Monday 16 Jun 2014 Print Tweet Syrian regime helicopters on Monday dropped barrel "
        "bombs on a district, killing 20 people.",
        "killing",
        "active",
        "Syrian regime helicopters",
        "syria_gov",
    ),
]

CASES += [
    # counted fighters of a group are the victims, so the group is not the actor behind
    # the means; uncounted, they are its perpetrators
    (
        "A car bomb in Homs killed 12 fighters of the Islamic State group on Sunday.",
        "killed",
        "active",
        "A car bomb",
        "unknown",
    ),
    (
        "A car bomb planted by fighters of the Islamic State group killed 12 people.",
        "killed",
        "active",
        "A car bomb",
        "isis",
    ),
]

test_session_13_case = case_test(CASES)
