"""Victims: how many (with the qualifier) and of which kind."""

from __future__ import annotations

import math
import re

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
_VAGUE = _words("dozens scores hundreds thousands several many numerous tens")
#: a count: ``12``, ``1,200``, ``1.5`` (not a date such as ``26.11.2014``)
_NUMERIC = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")


def _is_quantity(word: str) -> bool:
    return bool(_NUMERIC.match(word)) or word in _NUMBER_WORDS or word in _VAGUE


def parse_count(words: list[str]) -> tuple[float, str | None]:
    """The number of victims in a victim chunk, and how it is qualified.

    Args:
        words: the chunk's tokens (lower case, as the token rule gives them).

    Returns:
        ``(count, qualifier)``: the first number (digits or words; NaN when
        none or vague) and ``"at_least"``, ``"more_than"``, ``"up_to"``,
        ``"about"``, ``"exact"``, ``"vague"`` or ``None`` (no quantity).

    Example:
        >>> parse_count(["at", "least", "1,200", "civilians"])
        (1200.0, 'at_least')
        >>> parse_count(["dozens", "of", "children"])
        (nan, 'vague')
    """
    for i, word in enumerate(words):
        if _NUMERIC.match(word):
            value = float(word.replace(",", ""))
        elif word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
        elif word in _VAGUE:
            return math.nan, "vague"
        else:
            continue
        for phrase, qualifier in _QUANTIFIER_PHRASES.items():
            if tuple(words[max(0, i - len(phrase)) : i]) == phrase:
                return value, qualifier
        return value, "exact"
    return math.nan, None
