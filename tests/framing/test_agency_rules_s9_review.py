"""Session-9 agency rules on sentences they must leave alone (review of session 9).

The sentences were written for these tests; :func:`agency_cases.check_case` checks each
case, and the headlines and edge cases below use its :func:`agency_cases.clauses`.
"""

from __future__ import annotations

import pytest
from agency_cases import case_test, clauses

CASES = [
    # a hedge before "a dozen" / "a hundred" is part of the number, as before "300"
    (
        "Over a dozen gunmen attacked the village and killed 12 people.",
        "killed",
        "active",
        "Over a dozen gunmen",
        "unknown",
    ),
    (
        "About 300 fighters stormed the town, killing 40 civilians.",
        "killing",
        "active",
        "About 300 fighters",
        "unknown",
    ),
    # "still more" is a quantifier inside the noun phrase, not a sentence adverb
    (
        "Still more airstrikes killed 15 people on Tuesday.",
        "killed",
        "active",
        "Still more airstrikes",
        "unknown",
    ),
    # ... while a sentence adverb still opens no agent
    (
        "Reportedly Russian warplanes killed 25 civilians in the market.",
        "killed",
        "active",
        "Russian warplanes",
        "russia",
    ),
    # the by-phrase of a participle inside the "including" tail is not the verb's
    (
        "Ten civilians were killed, including a man wanted by police.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    (
        "Ten people were killed, including fighters backed by Turkey.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    (
        "Ten people were killed, including members of a family displaced by the fighting.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    # ... but a by-phrase after the tail is (the session's case, kept)
    (
        "Officials said 40 civilians were killed, including 12 children, by Russian airstrikes.",
        "killed",
        "passive_agent",
        "Russian airstrikes",
        "russia",
    ),
    # a month after a day number, with "have" after it
    (
        "Attacks since 5 May have killed 80 people in the province.",
        "killed",
        "active",
        "Attacks",
        "unknown",
    ),
    # a locator run-through that ends inside the modifier reaches no head; never the
    # market the explosion was in, but since session 13 the means noun that opens the
    # place phrase (``means_behind_places``)
    (
        "An explosion in a market in the town of Azaz near the Turkish border 30 km north of "
        "Aleppo killed 40 people.",
        "killed",
        "active",
        "An explosion",
        "unknown",
    ),
]


#: one test a case, its id the case's fields
test_agent_span_and_actor = case_test(CASES)


@pytest.mark.parametrize(
    "sentence",
    [
        # a number above a day before a title-case "May Have": the modal, as in lower case
        "Up To 200 May Have Died In Chemical Attack",
        "Rebels Say 200 May Have Been Killed In Regime Shelling",
        "Up to 200 may have died in the chemical attack.",
        # a day number with the modal's "have"/"be" after it and nothing before it
        "20 May Have Died In Attack On Market",
        "12 May Be Dead After Blast",
    ],
)
def test_may_of_a_headline_stays_the_modal(sentence: str) -> None:
    assert clauses(sentence).empty


@pytest.mark.parametrize(
    "text", ["", "May", "killed", "Killed in May", "They were killed, including", "including"]
)
def test_edge_cases_do_not_crash(text: str) -> None:
    found = clauses(text)
    assert set(found["construction"]) <= {"passive_agentless", "active", "nominal"}
