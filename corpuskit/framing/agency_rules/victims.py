"""Victims: how many (with the qualifier) and of which kind."""

from __future__ import annotations

import functools
import math
import re
from importlib import resources

from corpuskit._yaml import read_yaml
from corpuskit.framing.agency_rules.words import _words

_QUANTIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("about",): "about",
    ("around",): "about",
    ("nearly",): "about",
    ("almost",): "about",
    ("some",): "about",
    ("approximately",): "about",
    ("roughly",): "about",
    ("an", "estimated"): "about",
}
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS = {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0}
_NUMBER_WORDS: dict[str, float] = {word: float(i) for i, word in enumerate(_ONES.split(" "))}
_NUMBER_WORDS |= _TENS | {"eighty": 80.0, "ninety": 90.0, "hundred": 100.0, "dozen": 12.0}
_NUMBER_WORDS |= {"thousand": 1e3, "million": 1e6}
_TEN_VALUES = frozenset(float(v) for v in range(20, 100, 10))
_VAGUE = _words("dozens scores hundreds thousands millions several many numerous tens")
#: a count: ``12``, ``1,200``, ``1.5`` (not a date such as ``26.11.2014``)
_NUMERIC = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")


_MULTIPLIERS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6}
#: what "half a ..." halves: ``half a million`` -> 500,000, ``half a dozen`` -> 6
_HALVED = _MULTIPLIERS | {"dozen": 12.0}


def _is_number(word: str) -> bool:
    """A number in digits or words ("20", "1,500", "twenty")."""
    return bool(_NUMERIC.match(word)) or word in _NUMBER_WORDS


def _is_quantity(word: str) -> bool:
    return _is_number(word) or word in _VAGUE or word == "half"


def _unit(word: str) -> float | None:
    """The value of one number token: ``12``, ``1,200``, ``two``, ``twenty-five``."""
    if _NUMERIC.match(word):
        return float(word.replace(",", ""))
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    tens, _, ones = word.partition("-")
    if _NUMBER_WORDS.get(tens, 0.0) in _TEN_VALUES and 0 < _NUMBER_WORDS.get(ones, 0.0) < 10:
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[ones]
    return None


def _number(words: list[str], i: int) -> float | None:
    """The number that starts at token ``i``, with its multipliers and an *and*
    between words (``two hundred and fifty`` -> 250, ``1.5 million``); ``None``
    when token ``i`` is no number."""
    value = _unit(words[i])
    halved = words[i] == "half" and words[i + 1 : i + 2] in (["a"], ["an"])
    if halved and i + 2 < len(words) and words[i + 2] in _HALVED:
        return _HALVED[words[i + 2]] / 2  # "half a million" -> 500,000
    if value is None:
        return None
    total, j = 0.0, i + 1
    while j < len(words):
        word = words[j]
        if word in _MULTIPLIERS and value is not None:
            value *= _MULTIPLIERS[word]
            if word != "hundred":
                total, value = total + value, None
        elif word == "and" and j + 1 < len(words) and words[j - 1] in _MULTIPLIERS:
            nxt = _unit(words[j + 1])
            if nxt is None or nxt >= 100:
                break
            total, value = total + (value or 0.0), nxt
            j += 1
        elif value is None and _unit(word) is not None and not _NUMERIC.match(word):
            value = _unit(word)  # "one thousand two hundred"
        else:
            break
        j += 1
    return total + (value or 0.0)


def parse_count(words: list[str]) -> tuple[float, str | None]:
    """The number of victims in a victim chunk, and how it is qualified.

    Args:
        words: the chunk's tokens (lower case, as the token rule gives them).

    Returns:
        ``(count, qualifier)``: the first number (digits or words, with
        *hundred*, *thousand*, *million*: ``two hundred`` -> 200, ``a dozen``
        -> 12; NaN when none or vague) and ``"at_least"``, ``"more_than"``,
        ``"up_to"``, ``"about"``, ``"exact"``, ``"vague"`` or ``None`` (no
        quantity).

    Example:
        >>> parse_count(["at", "least", "1,200", "civilians"])
        (1200.0, 'at_least')
        >>> parse_count(["more", "than", "two", "hundred", "people"])
        (200.0, 'more_than')
        >>> parse_count(["about", "half", "a", "million", "people"])
        (500000.0, 'about')
        >>> parse_count(["dozens", "of", "children"])
        (nan, 'vague')
    """
    for i, word in enumerate(words):
        if word in _VAGUE:
            return math.nan, "vague"
        value = _number(words, i)
        if value is None:
            continue
        for phrase, qualifier in _QUANTIFIER_PHRASES.items():
            if tuple(words[max(0, i - len(phrase)) : i]) == phrase:
                return value, qualifier
        return value, "exact"
    return math.nan, None


#: The victim types, in the codebook's order; ``unspecified`` when no word of the lexicon is found.
VICTIM_TYPES: tuple[str, ...] = (
    "civilians",
    "children",
    "women",
    "combatants",
    "security_forces",
    "militants",
    "unspecified",
)


@functools.cache
def _type_words() -> dict[str, str]:
    """word -> victim type, from the bundled ``victim_types.yaml``."""
    path = resources.files("corpuskit.framing") / "data" / "victim_types.yaml"
    types = read_yaml(path)["types"]
    return {word: kind for kind, words in types.items() for word in words}


def victim_type(words: list[str]) -> str:
    """The kind of people a victim phrase names (``corpuskit/framing/data/victim_types.yaml``).

    The type of the first word of the phrase found in the lexicon; ``combatants``
    gives way to ``militants`` when a militant word is anywhere in the phrase;
    ``unspecified`` when there is none.

    Example:
        >>> victim_type(["at", "least", "12", "civilians", "including", "children"])
        'civilians'
        >>> victim_type(["fighters", "of", "isis"]), victim_type(["20", "people"])
        ('militants', 'unspecified')
    """
    lookup = _type_words()
    found = [lookup[w] for w in words if w in lookup]
    if not found:
        return "unspecified"
    if found[0] == "combatants" and "militants" in found:
        return "militants"
    return found[0]


#: victim pronouns that stand for a group named before them (*killing 3 of them*)
_GROUP_PRONOUNS = frozenset(["them", "they"])
_PLURALS = _words("children women men people police personnel")


def antecedent_type(victim: list[str], before: list[str]) -> str | None:
    """The type of the group a victim pronoun refers to: the nearest plural word of
    the lexicon before the trigger (*the militants' bunkers, killing a number of them*),
    or ``None`` when the victim is no such pronoun or no group is named.

    Example:
        >>> antecedent_type(["a", "number", "of", "them"], ["targeted", "the", "militants"])
        'militants'
        >>> antecedent_type(["20", "people"], ["the", "militants"]) is None
        True
    """
    if _GROUP_PRONOUNS.isdisjoint(victim) or victim_type(victim) != "unspecified":
        return None
    lookup = _type_words()
    for word in reversed(before):
        if word in lookup and (word.endswith("s") or word in _PLURALS or word.endswith("men")):
            return lookup[word]
    return None


def joined_by_others(words: list[str], end: int) -> bool:
    """Whether a reflexive victim ending at token ``end`` is joined by other people
    ("himself and 22 others", "himself and others"; not "himself and wounded 22 others").

    Example:
        >>> joined_by_others("killed himself and 22 others".split(), 2)
        True
    """
    after = words[end : end + 3]
    return after[:1] == ["and"] and (
        after[1:2] == ["others"] or (after[2:3] == ["others"] and _is_number(after[1]))
    )
