"""Referent rules added in session 6 (the state gazetteer, the nearest of several actors,
coordination, states outside Syria), on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES, places_in


def resolve(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # the gazetteer: countries, cities, bodies and office-holders of one state
        ("Police in Norway said authorities questioned two men.", "authorities", "other"),
        ("Ohio and New Jersey authorities shared the warrant.", "authorities", "us"),
        ("Lavrov said the government would send more aid.", "government", "russia"),
        ("The government in Germany passed the asylum law.", "government", "western_other"),
        ("Tillerson praised the government for the reforms.", "government", "us"),
        # the nearest of several states
        ("Visiting Japan, Kerry said Iraq must now form a government.", "government", "iraq_gov"),
        ("A Texas man was tortured by authorities in North Korea.", "authorities", "other"),
        # a state beside the hit is another party
        ("Russian and government jets struck the town near Aleppo.", "government", "syria_gov"),
        # plural governments name no one unless a state is attached (codebook C11)
        ("Some governments fear the rise of China's navy.", "governments", "unknown"),
        ("Governments in Brazil and Chile protested.", "Governments", "other"),
        # "federal" alone names no state (codebook C3; session 31 dropped the federal rule)
        ("Critics said federal authorities ignored the warnings.", "authorities", "unknown"),
        ("A federal judge ruled that the government must pay.", "government", "unknown"),
        ("Federal authorities in Iraq's Kurdistan region disagree.", "authorities", "iraq_gov"),
        # "the regime" of a state outside the Syrian war
        ("Sanctions hurt Iran's oil exports and the regime is isolated.", "regime", "iran"),
        ("Pyongyang's tests show the regime is not deterred.", "regime", "other"),
        ("Russian and regime warplanes pounded the town.", "regime", "syria_gov"),
        ("Iran keeps propping up the regime with money.", "regime", "syria_gov"),
        # a label placed in a country outside the codes
        ("Islamist militants in Somalia attacked a base.", "militants", "other"),
        ("Gunmen in Mali stormed the hotel.", "Gunmen", "unknown"),
        # an armed group beside, training or executing the hit is another party
        ("Rebels and Islamist fighters shelled the villages.", "fighters", "unknown"),
        ("Kurdish and Arab fighters entered the town.", "fighters", "kurdish"),
        ("Attackers trained by the Islamic State opened fire.", "Attackers", "unknown"),
        ("Nusra Front executed 20 militants who tried to defect.", "militants", "unknown"),
        # "the opposition" as an actor, unless something marks it political (C4)
        ("Gulf states armed the opposition for two years.", "opposition", "rebels"),
        ("The opposition won the parliamentary elections.", "opposition", "none"),
        # government activity in general is no one's; with a state named, that state's
        ("Voters want less government spending and lower taxes.", "government", "none"),
        ("Obama cut government spending in his second term.", "government", "us"),
        # a label named as a state's proxies (codebook rule 8), not the US's
        ("Tehran arms militias, terrorist groups and other proxies.", "terrorist groups", "iran"),
        ("Moscow's proxy fighters shelled the border town.", "fighters", "russia"),
        ("Iran provoked Washington by backing militant proxies.", "militant", "iran"),
        ("Scholars study proxy wars fought by armed groups.", "armed groups", "unknown"),
        # scare quotes inside a label
        ('Washington trains "moderate" rebels near the border.', 'moderate" rebels', "rebels"),
    ],
)
def test_session_6_rules(sentence: str, hit: str, expected: str) -> None:
    assert resolve(sentence, hit)[0] == expected


def test_nearest_actor_is_its_own_reason() -> None:
    sentence = "Visiting Japan, Kerry said Iraq must now form a government."
    assert resolve(sentence, "government") == ("iraq_gov", "nearest_actor")


def test_gazetteer_names_need_a_capital_and_keep_their_offsets() -> None:
    assert places_in("the new york times of texas") == []
    sentence = "Ex-İstanbul residents moved to New Zealand."
    assert places_in(sentence) == [(sentence.index("New"), "new zealand", "New Zealand")]
    assert PLACES["kerry"] == "us" and FOREIGN["sweden"] == "state"
    assert not set(PLACES) & set(FOREIGN)
