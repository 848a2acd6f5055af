"""Places in a speaker phrase that are not the speaker: a state or town completing a
description ("a grandfather based in Austin, Texas, said"), a place in an opening adverbial
("In Grand Rapids, Michigan, Trump said") or a possessor ("Britain's prime minister, David
Cameron, said").
"""

from __future__ import annotations

import re

from corpuskit.voices.quotes.attribution_cues import _IN_TOWN, _PLACE_NOUN_END, SUBJECT_COMMA
from corpuskit.voices.speakers import Mention, parse_mention
from corpuskit.voices.speakers.known import known_sources
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.spans import span_words

#: words that open a subordinate clause, which ends at a comma: "when Russia annexed Crimea,
#: Kerry said"
_SUBORDINATORS = frozenset(
    {"when", "as", "after", "before", "while", "since", "if", "because", "although", "though",
     "once", "until", "whether"}
)  # fmt: skip
#: words before a place that make it part of an adverbial or a subordinate clause, not the
#: subject of the verb: "In Arizona, ...", "another tourist from Great Britain"
_LEADS = _SUBORDINATORS | {
    "in", "from", "on", "at", "across", "throughout", "to", "for", "of", "with", "near",
    "outside", "inside",
}  # fmt: skip
#: a possessive ending after a place, with the space some outlets print ("Britain ’s")
_POSSESSIVE = re.compile(r"\s?['’]s?(?=\s)")
#: what ends the stretch in which the person is looked for
_CLAUSE_END = re.compile(r"[.;:!?\"“”«»]")
#: the farthest, in characters and in words, a person is looked for after a place
_REACH = 120
_MAX_WORDS = 6
#: words that open a relative clause, whose names are not the speaker's
_RELATIVE = frozenset({"who", "whose", "whom", "which", "where", "that"})


def place_after_town(text: str, previous: int, start: int, verb_start: int) -> bool:
    """Whether the chunk at ``start`` is a state or country completing a town named at the end
    of the chunk before it ("a grandfather based in Austin, Texas, said"): part of that
    description, not the verb's subject.

    Example:
        >>> text = "a grandfather based in Austin, Texas, said"
        >>> place_after_town(text, 0, text.index(" Texas"), text.index("said"))
        True
    """
    comma = SUBJECT_COMMA.search(text, start, verb_start)
    if comma is None:
        return False  # the last chunk before the verb is its subject: "in Gaza, Israel said"
    place = text[start : comma.start()].strip()
    if _PLACE_NOUN_END.search(text, previous, start - 1) and place.istitle() and " " not in place:
        return True  # "the mayor of Russia's fourth city, Yekaterinburg,"; not "..., Dana Roe,"
    return is_place(place) and _IN_TOWN.search(text, previous, start - 1) is not None


def person_past_place(text: str, mention: Mention, stop: int) -> Mention:
    """The person named after a place that a speaker phrase found but that does not speak:
    a possessor ("Britain's prime minister, David Cameron, said"; "said Arkansas' Powell") or
    a place after a preposition or a subordinating word ("In Arizona, Rep. Ron Barber's ad
    says", "when Russia annexed Crimea, Secretary of State John Kerry said"). The first
    person's name (a full or titled name, or a listed person) within six words (of the main
    clause, after a subordinate one), before ``stop``, the end of the clause or a relative
    clause, replaces it; else the place stays
    ("Turkey condemned the attack, calling").

    Example:
        >>> text = "In Grand Rapids, Michigan, on Monday night, Trump said"
        >>> at = text.index("Michigan")
        >>> person_past_place(text, Mention("name", "Michigan", at, at + 8, "Michigan"),
        ...                   text.index("said")).name
        'Trump'
    """
    if not mention.name or not is_place(mention.name):
        return mention
    place = text.rfind(mention.name, mention.start, mention.end)
    if mention.kind not in ("name", "proper") and place <= mention.start:
        return mention  # a description that opens with the place ("the New York congressman")
    possessive = mention.text.endswith(("'s", "’s", "'", "’")) or bool(
        _POSSESSIVE.match(text, mention.end)
    )
    lead = _lead(text, mention.start if place < 0 else place)
    if not (possessive or lead):
        return mention
    clause = _CLAUSE_END.search(text, mention.end, stop)
    stop = min(stop, clause.start() if clause else stop)
    begin = mention.end
    if lead in _SUBORDINATORS and "," in text[mention.end : stop]:
        begin = text.index(",", mention.end, stop) + 1  # the main clause after the subordinate
    stop = min(stop, begin + _REACH)
    for number, (start, _, word) in enumerate(span_words(text, begin, stop)):
        if number >= _MAX_WORDS or word.lower() in _RELATIVE:
            break  # "Maine's policies, which will allow Kaci Hickox to ..., her lawyer said"
        if not word[:1].isupper():
            continue
        found = parse_mention(text[start:stop], start, span_words(text, start, stop))
        if found is None or found.kind not in ("name", "proper") or is_place(found.name or ""):
            continue
        listed = known_sources().find(found.name)
        if found.kind == "name" or (listed is not None and listed.kind == "person"):
            return found
        if possessive and start - mention.end <= 4:
            return found  # "Arkansas' Powell", "Iran's Guardian Council": the possessed name
    return mention


def _lead(text: str, start: int) -> str | None:
    """The preposition or subordinating word (lower case) before the place at ``start``, past
    at most three capitalised words ("In Grand Rapids, Michigan", "another tourist from
    Great Britain"); None when there is none."""
    before = span_words(text, max(0, start - 40), start)
    for _, _, word in reversed(before[-4:]):
        if word.lower() in _LEADS:
            return word.lower()
        if not word[:1].isupper():
            return None
    return None
