"""Stretches between quotation marks that are not quotes: names, titles of works, scare quotes
and page furniture, each with its ``reason``.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from corpuskit.voices.quotes.records import Quote
from corpuskit.voices.speakers import words
from corpuskit.voices.speakers.lexicon import _WORD

#: small words a short title leaves in lower case ("Meet the Press")
_TITLE_SMALL = frozenset(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"])
#: and a long one ("How Richard Nixon Rose From Defeat")
_LONG_TITLE_SMALL = _TITLE_SMALL | {"from", "with", "by", "as", "or"}
_MIN_UNATTRIBUTED_WORDS = 5
_NAMING = re.compile(
    r"(?:\bdubbed|\bnicknamed|\bknown as|\bnamed|"
    r"\b(?:calls?|calling|called) (?:itself|himself|herself|themselves)|"
    r"\b(?:a|an|the)\s+[\w-]+\s+called|\bslogan|\bmotto)(?:\s+(?:a|an|the))?[\s,:—–-]*$",
    re.IGNORECASE,
)
#: a work noun right before the stretch, its title ("the show 'Meet the Press'"); a colon
#: after the noun introduces words from the work ("from her essay: '...'"), not its title
_WORK = re.compile(
    r"\b(?:titled|entitled|headlined)[\s,:—–-]*$|"
    r"\b(?:show|programme|program|book|film|movie|documentary|song|album|series|column|"
    r"article|essay|op-ed|headline|operation|act|episode)[\s,—–-]*$",
    re.IGNORECASE,
)
_SO_CALLED = re.compile(
    r"(?:\bso-called|\b(?:the )?(?:term|word|phrase|label)|\breferred to as(?:\s+(?:a|an|the))?)"
    r"[\s,:—–-]*$",
    re.IGNORECASE,
)
_ON_SHOW = re.compile(r"\b(?:on|in|to|from|told)\s*$|['’]s?\s*$", re.IGNORECASE)
#: a headline line that opens with a speaker's name and a colon, up to the stretch ("Fox's
#: Hannity: Obama Showed 'Breathtaking Arrogance'", "Drudge: Obama Will 'Do Whatever He Wants'")
_HEADLINE_SPEAKER = re.compile(
    r"(?:^|\n)[ \t]*(?!(?:Tribute|Source|More|Update|Note|Nah|Photo|Video|Related|Watch|Listen):)"
    r"(?P<name>(?:[A-Z][\w.-]*(?:['’]s)?[ \t]+){0,2}[A-Z][a-z][\w.-]*):[ \t][^\n.!?]*$"
)
#: page furniture that is never a quote nor part of a speaker's name
_FURNITURE = re.compile(
    r"(?:continued below|hide caption|just watched|pinterest|share this|replay|more videos|"
    r"click here|read more|advertisement|share on facebook|share on twitter)",
    re.IGNORECASE,
)


def _excluded(text: str, quote: Quote, *, resolved: bool) -> str | None:
    """Why a stretch between quotation marks is not a quote (None when it is one).

    ``name``: after "called", "dubbed", "known as", "so-called" with no speaker
    ("a group called 'Free men of the Levant'"); ``title``: after a work noun
    ("the show", "his book") or a short run of capitalised words with no
    speaker ("Meet the Press"); ``scare``: fewer than five words, with no speaker
    and not a paragraph of its own; ``furniture``: page text ("Hide Caption").
    """
    if quote.kind != "direct":
        return None
    start = quote.parts[0][0]
    said = " ".join(text[a:b] for a, b in quote.parts)
    lead = text[max(0, start - 60) : start].rstrip("\"“”«„'‘ ")
    if _FURNITURE.fullmatch(said.strip()):
        return "furniture"
    reason = _lead_reason(lead)
    if reason is not None:
        return reason
    if len(quote.parts) == 1 and show_title(text, start, quote.parts[0][1]):
        return "title"  # 'Mr. Paul said on the CNN program "State of the Union."'
    attributed = quote.attribution is not None or (resolved and quote.resolved is not None)
    if attributed:
        return None
    if _is_long_title(said):
        return "title"  # a book's or a linked story's title: "The War Within: America's ..."
    if quote.alone or headline_speaker(text, start) is not None:
        return None  # a paragraph of its own; a headline's words of the name before its colon
    if _is_title_case(said):
        return "title" if _ON_SHOW.search(lead) else "name"
    if len(words(said)) < _MIN_UNATTRIBUTED_WORDS:
        return "scare"
    return None


def headline_speaker(text: str, start: int) -> tuple[int, int] | None:
    """The offsets of the name that opens a headline line before its colon, when the line runs
    on to ``start`` with no sentence end ("Fox's Hannity: Obama Showed 'Breathtaking
    Arrogance'"): the words quoted in the headline are that person's; else None.

    Example:
        >>> text = "Drudge: Obama Will 'Do Whatever He Wants'"
        >>> headline_speaker(text, text.index("Do"))
        (0, 6)
    """
    found = _HEADLINE_SPEAKER.search(text, max(0, start - 200), start)
    return None if found is None else found.span("name")


@lru_cache(maxsize=4096)
def _lead_reason(lead: str) -> str | None:
    """The reason the words before a stretch give, whoever speaks it: "so-called" (``scare``),
    "dubbed" (``name``), "the show" (``title``); cached, as each stretch is judged twice
    (before and after its speaker is resolved)."""
    if _SO_CALLED.search(lead):
        return "scare"
    if _NAMING.search(lead):
        return "name"
    if _WORK.search(lead):
        return "title"
    return None


def show_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a title: a short run of capitalised words after a work
    noun, "on", "to", "told" or a possessive ('on the CNN program "State of the Union."',
    'an appearance on "The Late Show with Stephen Colbert,"'), whoever the sentence quotes.

    Example:
        >>> text = 'Mr. Paul said on the CNN program "State of the Union."'
        >>> show_title(text, text.index("State"), len(text) - 1)
        True
    """
    lead = text[max(0, start - 60) : start].rstrip("\"“”«„'‘ ")
    said = text[start:end]
    return _is_title_case(said) and (_ON_SHOW.search(lead) or _WORK.search(lead)) is not None


def _is_long_title(said: str) -> bool:
    """A title longer than :func:`_is_title_case` allows: every word capitalised (or a small
    word or a number), seven words or more or a colon before a subtitle, no question or
    exclamation mark ("The Greatest Comeback: How Richard Nixon Rose From Defeat")."""
    stripped = said.strip()
    if stripped.endswith(("!", "?", ".")):
        return False
    found = [w for _, _, w in words(stripped)]
    if len(found) < 3:
        return False
    if len(found) < 7 and ":" not in stripped:
        return False
    small = _LONG_TITLE_SMALL
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in found)


def _is_title_case(said: str) -> bool:
    """A short run of capitalised words ("Meet the Press", "State of the Union")."""
    stripped = said.rstrip().removesuffix(".")
    if next(itertools.islice(_WORD.finditer(stripped), 6, None), None) is not None:
        return False  # more than six words (a quote's words are not all read)
    found = [w for _, _, w in words(stripped)]
    small = _TITLE_SMALL
    return (
        1 < len(found) <= 6
        and all(w[:1].isupper() or w.lower() in small for w in found)
        and (not said.rstrip().endswith(("!", "?")))
    )


def continues_attributed(quote: Quote, found: list[Quote]) -> bool:
    """Whether a short quote follows, in the same sentence, an attributed direct quote ('Holder
    said they were starting "a good dialogue" but that it was "not enough"'): it is kept for
    the resolver, which gives it that speaker, not set aside as a scare quote.

    Example:
        >>> from corpuskit.voices.quotes.records import Attribution
        >>> from corpuskit.voices.speakers import parse_mention
        >>> said = Attribution(parse_mention("Holder said"), "said", 7, 11)
        >>> first = Quote([(30, 45)], "direct", said, sentence=0, last_sentence=0)
        >>> continues_attributed(Quote([(70, 80)], "direct", None, sentence=0), [first])
        True
    """
    return quote.sentence >= 0 and any(
        q.kind == "direct"
        and q.reason is None
        and q.attribution is not None
        and q.last_sentence == quote.sentence
        and q.parts[-1][1] <= quote.parts[0][0]
        for q in found
    )
