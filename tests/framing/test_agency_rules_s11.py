"""Session-11 agency rules: subjects with paired locators, attributive participles,
inserted beliefs in relatives, a place's place before a relative.

Each case is checked by :func:`agency_cases.check_case`; the sentences were written for
these tests, as that module's docstring says.
"""

from __future__ import annotations

from agency_cases import case_test

CASES = [
    # a subject with a locator of two prepositions ("in and around")
    (
        "Fierce clashes in and around the town have killed about 80 fighters this week.",
        "killed",
        "active",
        "Fierce clashes",
        "unknown",
    ),
    # "around" before a place is a locator, not the hedge of a number
    (
        "Heavy fighting around the airport killed 12 soldiers on Sunday.",
        "killed",
        "active",
        "Heavy fighting",
        "unknown",
    ),
    # ... while before a number it stays a hedge of the victims
    (
        "Government shelling killed around 40 people in the market.",
        "killed",
        "active",
        "Government shelling",
        "syria_gov",
    ),
    # a participle in -ed after an article is an adjective of the subject
    (
        "The renewed attacks resulted in killing a farmer and his son.",
        "killing",
        "active",
        "The renewed attacks",
        "unknown",
    ),
    # "which X believe killed": the relative's antecedent, not the believers
    (
        "Inspectors visited the site of the gas attack, which Western governments believe "
        "killed dozens of people.",
        "killed",
        "active",
        "the gas attack",
        "unknown",
    ),
    # a time phrase between an attack verb and its object; the participle after it takes
    # the attack's subject
    (
        "Police said gunmen targeted on Wednesday morning the market with mortars killing a woman.",
        "killing",
        "active",
        "gunmen",
        "unknown",
    ),
    # a relative "that" inside the main clause is no reported clause's "that"
    (
        "A source said that militants fired rockets that fell in the old quarter killing "
        "three civilians.",
        "killing",
        "active",
        "militants",
        "unknown",
    ),
    # two triggers side by side share the clause ("Kills Injures"), in a headline ...
    (
        "Rebel Rocket Attack Kills Injures 12 Civilians in Old Quarter",
        "Kills Injures",
        "active",
        "Rebel Rocket Attack",
        "rebels",
    ),
    # ... and in wire copy stripped of its commas
    (
        "Gunmen fired on the bus killing injuring 12 people.",
        "killing injuring",
        "active",
        "Gunmen",
        "unknown",
    ),
    # a country's name before a device or fighter word is where, not who
    (
        "Syria Car Bombing Kills Four Near Mosque",
        "Kills",
        "active",
        "Syria Car Bombing",
        "unknown",
    ),
    # a news site's label in capitals is no part of a headline's agent
    (
        "BREAKING Regime air raids kill 42 near the capital",
        "kill",
        "active",
        "Regime air raids",
        "syria_gov",
    ),
    # "in City, Region, that killed": the head before the place
    (
        "The group claimed the market bombing in Kirkuk, Iraq, that killed 31 people.",
        "killed",
        "active",
        "the market bombing",
        "unknown",
    ),
]

test_agent_and_actor = case_test(CASES)
