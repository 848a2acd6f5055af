"""The act in general for the exclusion rules (:mod:`corpuskit.framing.agency_rules.exclusions`):
a bare act noun or bare plural act noun, a category of deaths, a nominal repeated as a series.

Example:
    >>> "assassination" in _ACT_NOUNS, "charged" in _LEGAL
    (True, True)
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.cues import has
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.victims import _is_number, _is_quantity
from corpuskit.framing.agency_rules.words import _DETERMINERS, _PREPOSITIONS, _words

#: singular act nouns that, bare, name the act in general ("Assassination threatens ...")
_ACT_NOUNS = frozenset(["murder", "assassination", "killing", "slaughter", "execution", "genocide"])
#: adjectives skipped before an act noun ("terrorist mass murder")
_ACT_MODIFIERS = frozenset(["mass", "terrorist", "political", "targeted", "cold-blooded"])
#: words before an act noun that make it a particular killing ("charged with murder")
_LEGAL = _words(
    "charged convicted accused arrested indicted jailed guilty tried sentenced suspected"
)
_BEFORE_ACT = _DETERMINERS | _words("that such any every each no whose")
#: words before a category word that make its nominal particular ("the mass killings")
_CATEGORY_LEADS = _DETERMINERS | _words("that such latest")
#: act nouns whose bare plural can name a kind of act ("for on-the-job [shootings]")
_PLURAL_ACTS = _ACT_NOUNS | frozenset(["shooting", "massacre", "assassination"])
#: words that list a nominal with other acts ("bombings, kidnappings [and] assassinations")
_JOINING = frozenset(["and", "or", "nor"])
#: the words that join a nominal to its repetition ("shooting after shooting")
_SERIES = frozenset(["after", "upon"])
#: words after an act noun that make it a particular event: a noun it modifies ("execution
#: video", "murder spree"), a preposition naming its victim, place or agent ("of", "by")
_ACT_HEADS = _words(
    """
    video videos spree case trial investigation inquiry scene suspect suspects victim victims
    of in at on by against charges
    """
)


def _bare_act(s: _Sentence, c: Candidate) -> bool:
    """A singular act noun with no determiner, possessive or number before it (adjectives
    such as *mass* aside), no legal charge before it and no *of*, *in*, *at*, *on* or *by*
    after it: the act in general ("the arts of assassination", "terrorist mass murder"),
    not a report of one ("charged with murder", "the assassination of the president")."""
    words = s.words
    j = c.i - 1
    while j >= 0 and not s.gap[j + 1] and words[j] in _ACT_MODIFIERS:
        j -= 1
    if j >= 0 and not s.gap[j + 1]:
        named = s.capital(j) and j > 0  # "the JFK assassination"
        if words[j] in _BEFORE_ACT or s.possessive(j) or _is_number(words[j]) or named:
            return False
    if j >= 0 and (
        words[j].endswith("degree") or _LEGAL.intersection(words[max(0, j - 2) : j + 1])
    ):
        return False  # "charged with murder", "second-degree murder": a particular killing
    following = words[c.i + 1] if c.i + 1 < len(words) and not s.gap[c.i + 1] else ""
    return following not in _ACT_HEADS


def _bare_plural_act(s: _Sentence, c: Candidate) -> bool:
    """A plural act noun that names a kind of act, not particular ones: no determiner,
    possessive, number, quantity or name in the three words before it, not one of a list
    of acts (no *and*, *or* or comma around it), and nothing after it that says whose,
    where or when (a preposition, a participle): "police rarely face charges for
    on-the-job shootings", "71% cited mass shootings as stressful".

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("Officers rarely face indictment for on-the-job shootings.", DEFAULT_RULE)
        >>> c = Candidate(6, 7, 6, "shootings", "form", "nominal", "nominal", (7, 7), (0, 0), False)
        >>> _bare_plural_act(s, c)
        True
    """
    words = s.words
    if not (c.form.endswith("s") and c.form[:-1] in _PLURAL_ACTS) or c.i == 0:
        return False
    for j in range(c.i - 1, max(-1, c.i - 4), -1):
        if words[j] in _JOINING or "," in s.text[s.ends[j] : s.starts[j + 1]]:
            return False
        named = j > 0 and s.capital(j)
        if words[j] in _BEFORE_ACT or s.possessive(j) or _is_quantity(words[j]) or named:
            return False
        if s.gap[j + 1]:
            break  # "Claim: [Murders] are up"
    after = c.i + 1
    if after < len(words) and not s.gap[after]:
        following = words[after]
        return not (following in _PREPOSITIONS or following in _JOINING or following[-3:] == "ing")
    return after >= len(words) or s.text[s.ends[c.i] : s.starts[after]].strip() not in (",",)


def _category(s: _Sentence, c: Candidate, cue: dict) -> bool:
    """A bare plural nominal after a category word (*gun deaths*, *mass shootings*) or a
    nominal after a general cause (*results in death*)."""
    words = s.words
    if has(words[max(0, c.i - 2) : c.i], cue["causes"]) and not s.gap[c.i]:
        return True
    if not c.form.endswith("s") or c.i == 0 or words[c.i - 1] not in cue["categories"][0]:
        return False
    first = c.i - 1
    lead = words[first - 1] if first > 0 and not s.gap[first] else ""
    determined = lead in _CATEGORY_LEADS or s.possessive(first - 1) or _is_number(lead)
    # "the Sandy Hook Elementary School shootings": a named event; "mass killings of
    # civilians": victims named
    inside = first > 0 and not s.gap[first]  # not capitalised as a sentence's first word
    named = (inside and s.capital(first)) or words[c.after : c.after + 1] == ["of"]
    return not determined and not named


def _repeated(s: _Sentence, c: Candidate) -> bool:
    """A nominal joined by *after* to its own repetition, one modifier apart at most: a series,
    not one event ("mass shooting after mass shooting", "death after death").

    Example:
        >>> from dataclasses import replace
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("we have mass shooting after mass shooting", DEFAULT_RULE)
        >>> c = Candidate(3, 4, 3, "shooting", "form", "nominal", "nominal", (4, 4), (0, 3), False)
        >>> _repeated(s, c), _repeated(s, replace(c, i=6, after=7, group=6))
        (True, True)
    """
    words, form = s.words, s.words[c.i]
    for skip in (0, 1):  # "mass shooting after [mass] shooting"
        pairs = ((c.i + 1, c.i + 2 + skip), (c.i - 1 - skip, c.i - 2 - skip))
        for link, other in pairs:
            if not (min(link, other) >= 0 and max(link, other) < len(words)):
                continue
            span = range(min(c.i, other) + 1, max(c.i, other) + 1)
            if words[link] in _SERIES and words[other] == form and not any(s.gap[k] for k in span):
                return True
    return False
