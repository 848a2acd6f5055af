"""Session-12 agency rules: the subject after an opening place phrase that no comma closes
(wire copy stripped of its commas, as FA-KES is); a gerund after a span of time and a
preposition that open the sentence; the subject before "in <town>, <state>," and the verb.

Each case is checked by :func:`agency_cases.check_case`; the sentences were written for
these tests, as that module's docstring says.
"""

from __future__ import annotations

from agency_cases import case_test

CASES = [
    # a nationality after the place's name starts the subject
    (
        "In the north of Iraq Turkish jets on Friday killed 9 fighters near the border.",
        "killed",
        "active",
        "Turkish jets",
        "turkey",
    ),
    # a capitalised name after a lower-case noun starts the subject
    (
        "In Raqqa a city on the banks of the Euphrates river Islamic State executed 4 men.",
        "executed",
        "active",
        "Islamic State",
        "isis",
    ),
    # with a comma the subject was found before, and still is
    (
        "In the north of Iraq, Turkish jets on Friday killed 9 fighters near the border.",
        "killed",
        "active",
        "Turkish jets",
        "turkey",
    ),
    # "Four months after beheading ..., X": the subject of the clause after the comma
    (
        "Two weeks after executing three aid workers, the group released a new video.",
        "executing",
        "active",
        "the group",
        "unknown",
    ),
    # a town and its country or state set off by commas before the verb: not the agent
    (
        "A car bomb near Kirkuk, Iraq, killed 12 people on Monday.",
        "killed",
        "active",
        "A car bomb",
        "unknown",
    ),
    (
        "A gunman in Orlando, Florida, killed 49 people.",
        "killed",
        "active",
        "A gunman",
        "unknown",
    ),
]

test_session_12_case = case_test(CASES)
