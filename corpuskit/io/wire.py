"""Wire datelines: the ``MOSCOW, March 27. /TASS/.`` at the start of a news story.

:func:`parse_dateline` reads the dateline at the start of a paragraph and returns
a :class:`Dateline`: the place, the agency (canonical name), the date as written
and, when the year is known, the date itself. Dates are never invented: a
dateline without a year gives ``date=None`` and ``date_precision="month-day"``
unless ``year=`` completes it.

Supported forms (``DASH`` is ``-``, ``--``, ``–`` or ``—``):

==================================================  =================  ========  ============
form                                                place              outlet    date_raw
==================================================  =================  ========  ============
``MOSCOW, March 27. /TASS/. Text``                  ``MOSCOW``         TASS      ``March 27``
``BEIRUT (Reuters) - Text``                         ``BEIRUT``         Reuters   None
``BEIRUT, March 3 (Reuters) - Text``                ``BEIRUT``         Reuters   ``March 3``
``DAMASCUS, Oct. 3 (AP) — Text``                    ``DAMASCUS``       AP        ``Oct. 3``
``ALEPPO, Syria, Dec. 13 (AP) -- Text``             ``ALEPPO, Syria``  AP        ``Dec. 13``
``(Xinhua) -- Text``                                None               Xinhua    None
``DAMASCUS, Dec. 12 (Xinhua) -- Text``              ``DAMASCUS``       Xinhua    ``Dec. 12``
``Damascus, SANA- Text``                            ``Damascus``       SANA      None
``Damascus, Dec. 12 /SANA/ – Text``                 ``Damascus``       SANA      ``Dec. 12``
``MOSCOW (Sputnik) — Text``                         ``MOSCOW``         Sputnik   None
``WASHINGTON (AFP) - Text``                         ``WASHINGTON``     AFP       None
``ANKARA (AA) - Text``                              ``ANKARA``         Anadolu   None
``Washington (CNN) Text``                           ``Washington``     CNN       None
``MOSCOW, March 27, 2017 /TASS/ - Text``            ``MOSCOW``         TASS      ``March 27, 2017``
``BEIRUT, 3 March (Reuters) - Text``                ``BEIRUT``         Reuters   ``3 March``
``МОСКВА, 27 марта. /ТАСС/. Текст``                 ``МОСКВА``         TASS      ``27 марта``
``МОСКВА, 27 мар — РИА Новости. Текст``             ``МОСКВА``         RIA       ``27 мар``
``Москва. 25 июня. INTERFAX.RU - Текст``            ``Москва``         Interfax  ``25 июня``
``МОСКВА, 25 июня 2017 г. /Интерфакс/ - Текст``      ``МОСКВА``         Interfax  ``25 июня 2017``
``WASHINGTON — Text`` (no agency: capitals only)    ``WASHINGTON``     None      None
==================================================  =================  ========  ============

Rules:

- The agency is written ``(Name)``, ``/Name/`` or, followed by a dash, ``, Name``.
  Names are matched without regard to case against the aliases in
  :data:`WIRE_AGENCIES`; add an entry there to teach the parser a new agency.
  ``/Name/`` must not touch the word before it (``Sarkar/AFP/Getty Images`` is
  a photo credit, not a dateline).
- The place is one to five capitalised words (the particles in
  :data:`PLACE_PARTICLES` such as ``al``, ``ez-``, ``de`` are allowed; several
  places are joined by ``/``), optionally followed by up to three regions
  (``, Syria``, ``, Vt.``); it is kept as written, regions included. It may be
  left out (``(Xinhua) --``, ``Oct 24 (Reuters) -``).
- Without an agency, the place must be in capitals and followed by ``—``, ``–``
  or ``--`` (``WASHINGTON —``; an en dash only after a space, as ``XVI–XVIII``
  is a range), and the story must start with a capital, a digit
  or a quote. The same holds when the agency has no separator (``(CNN) The``).
- Months are full or abbreviated, with or without a dot (``Sept.``, ``Sep``,
  ``September``), month-day or day-month, with an optional year
  (``March 27, 2017``). Russian months are read in the genitive of dates
  (``27 марта``), the nominative and RIA Novosti's abbreviations (``27 мар``);
  a year may be followed by ``г.`` or ``года``. Russian agencies are known by
  their Russian names too (``ТАСС``, ``РИА Новости``, ``Интерфакс``), the RIA
  form puts the agency after a dash (``— РИА Новости.``) and the Interfax form
  separates place and date by a full stop (``Москва. 25 июня.``). A year in
  the dateline wins over ``year=``. A day the month cannot have (``Feb. 30``,
  or ``Feb. 29`` in a common year) gives ``date=None`` and
  ``date_precision="unknown"``, ``date_raw`` kept.
- The dateline must open the text (leading whitespace is skipped): call the
  function on a paragraph, not on a whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

#: Wire agencies: canonical name -> the names it is written under in datelines
#: (a tuple of aliases, or one string). Extend it to recognise another agency,
#: e.g. ``WIRE_AGENCIES["Kyodo"] = ("Kyodo", "Kyodo News")``.
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "TASS": ("TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press"),
    "Xinhua": ("Xinhua",),
    "SANA": ("SANA",),
    "Sputnik": ("Sputnik",),
    "AFP": ("AFP", "Agence France-Presse"),
    "Anadolu": ("AA", "Anadolu", "Anadolu Agency"),
    "CNN": ("CNN",),
    "UPI": ("UPI",),
    "Interfax": ("Interfax", "Interfax.ru", "Интерфакс"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости", "РИА"),
    "IRNA": ("IRNA",),
    "dpa": ("dpa",),
}

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Russian month names: genitive (``27 марта``, as dates are written), nominative,
#: and the abbreviations of RIA Novosti datelines (``27 мар``).
MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            (
                "января январь янв",
                "февраля февраль фев",
                "марта март мар",
                "апреля апрель апр",
                "мая май",
                "июня июнь июн",
                "июля июль июл",
                "августа август авг",
                "сентября сентябрь сен сент",
                "октября октябрь окт",
                "ноября ноябрь ноя нояб",
                "декабря декабрь дек",
            ),
            start=1,
        )
        for name in names.split()
    }
)

_PARTICLES = (
    "al el ad as ash at ar an az ez es de del della di da das do dos du la le les "
    "of on upon am and bin ibn van von der den y"
)
#: Lower-case words allowed inside a place name ("Deir ez-Zor", "Rio de Janeiro").
PLACE_PARTICLES: frozenset[str] = frozenset(_PARTICLES.split())

_MAX_PLACE_WORDS = 5
_MAX_PLACE_CHARS = 60

_WORD = r"[^\W\d_][\w'’.\-]*"
_SEGMENT = rf"{_WORD}(?:[ /]{_WORD}){{0,{_MAX_PLACE_WORDS - 1}}}"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (
    rf"(?:(?P<month>{_MONTH})\.?[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})[ ](?P<month2>{_MONTH})\.?)"
    r"(?:,?[ ](?P<year>\d{4})(?:[ ]г(?:ода|\.)?(?![^\W\d_]))?)?"
)
_PLACE_AND_DATE = (
    rf"(?P<place>{_SEGMENT}(?:,[ ]{_SEGMENT}){{0,3}})?"
    rf"(?:(?(place)[,.]?[ ]|)(?P<date>{_DATE}))?\.?"
)
_DASH = r"(?:--|[-–—_])"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: a character every dateline holds: the agency's bracket or slash, or a dash (``_DASH``)
_SEPARATOR = re.compile(r"[(/\-–—_]")
_OPENERS = "\"“‘'(["


@dataclass(frozen=True)
class Dateline:
    """A parsed wire dateline.

    Attributes:
        place: the place as written (``"MOSCOW"``, ``"ALEPPO, Syria"``); None if absent.
        outlet: canonical agency name from :data:`WIRE_AGENCIES`; None if no agency.
        date_raw: the date as written (``"March 27"``); None if no date.
        date: the date when the year is known, else None.
        date_precision: ``"day"``, ``"month-day"`` (no year) or ``"unknown"`` (no valid date).
        start: offset of the dateline's first character in the text.
        end: offset where the body starts (after the separator and spaces).
    """

    place: str | None
    outlet: str | None
    date_raw: str | None
    date: pd.Timestamp | None
    date_precision: str
    start: int
    end: int


@lru_cache(maxsize=8)
def _agency_patterns(
    registry: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    canonical = {alias.casefold(): name for name, aliases in registry for alias in aliases}
    names = "|".join(re.escape(a) for a in sorted(canonical, key=len, reverse=True))
    pattern = re.compile(
        rf"""
        {_PLACE_AND_DATE}
        (?:
            [ ]?,?[ ]*\((?P<paren>{names})\)
          | [ ]?,?[ ]*(?<![^\s.,])/(?P<slash>{names})/(?![\w/])
          | (?:,[ ]*|(?<=\.)[ ]+)(?P<bare>{names})(?=[ ]*{_DASH})
          | [ ]+{_DASH}[ ]*(?P<dashed>{names})(?=[.:])
        )
        [ ]*(?P<sep>{_DASH}|[.:])?\s*
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    return pattern, canonical


# An en dash glued to the place is a range ("XVI–XVIII"), not a separator.
_PLACE_ONLY = re.compile(
    rf"{_PLACE_AND_DATE}(?:[ ]*(?P<sep>--|—)|[ ]+(?P<spaced>–))\s*", re.IGNORECASE
)


def _place_ok(place: str, *, capitals: bool) -> bool:
    if len(place) > _MAX_PLACE_CHARS:
        return False
    if capitals and place.split(", ")[0].upper() != place.split(", ")[0]:
        return False
    for word in re.split(r"[ /]|, ", place):
        if word[0].isupper() or word.casefold() in PLACE_PARTICLES:
            continue
        head, _, tail = word.partition("-")
        if not (tail and tail[0].isupper() and head.casefold() in PLACE_PARTICLES):
            return False
    return True


def _russian_place(place: str | None) -> str | None:
    """A Cyrillic place without the full stop that ends it (``Москва. 25 июня``)."""
    if place is not None and place.endswith(".") and _CYRILLIC.search(place.rsplit(" ", 1)[-1]):
        return place[:-1]
    return place


def _opens_body(text: str, end: int) -> bool:
    """Whether a dateline without a separator is followed by the start of a sentence."""
    return end == len(text) or text[end].isupper() or text[end].isdigit() or text[end] in _OPENERS


def _date_fields(
    match: re.Match[str], year: int | None
) -> tuple[str | None, pd.Timestamp | None, str]:
    raw = match.group("date")
    if raw is None:
        return None, None, "unknown"
    month_word = match.group("month") or match.group("month2")
    if raw.endswith(month_word + ".") and _CYRILLIC.match(month_word):
        raw = raw[:-1]  # "27 марта." : the full stop ends the dateline, not an abbreviation
    month = MONTHS[month_word.casefold()]
    day = int(match.group("day") or match.group("day2"))
    written_year = match.group("year")
    full_year = int(written_year) if written_year else year
    try:
        # 2000 is a leap year: it accepts every month-day that exists in some year.
        date = pd.Timestamp(year=2000 if full_year is None else full_year, month=month, day=day)
    except (ValueError, OverflowError):
        return raw, None, "unknown"
    if full_year is None:
        return raw, None, "month-day"
    return raw, date, "day"


def parse_dateline(text: str, *, year: int | None = None) -> Dateline | None:
    """Recognise the wire dateline that opens ``text``.

    See the module docstring for the table of supported forms.

    Args:
        text: a paragraph (or any text) that may start with a dateline.
        year: the year to complete a dateline that gives only month and day.
            A year written in the dateline wins.

    Returns:
        A :class:`Dateline`, or None when ``text`` does not open with one.
        ``text[dateline.end:]`` is the story without its dateline.

    Raises:
        TypeError: when ``text`` is not a string or ``year=`` not an int.

    Example:
        >>> d = parse_dateline("MOSCOW, March 27. /TASS/. Moscow stands for it.")
        >>> (d.place, d.outlet, d.date_raw, d.date, d.date_precision)
        ('MOSCOW', 'TASS', 'March 27', None, 'month-day')
        >>> parse_dateline("BEIRUT, March 3 (Reuters) - Rebels said.", year=2017).date
        Timestamp('2017-03-03 00:00:00')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise TypeError(f"year= must be an int or None, got {year!r}")
    if _SEPARATOR.search(text) is None:
        return None  # every form has a bracket, a slash or a dash: most sentences end here
    start = len(text) - len(text.lstrip())
    registry = tuple(
        (name, (aliases,) if isinstance(aliases, str) else tuple(aliases))
        for name, aliases in WIRE_AGENCIES.items()
    )
    pattern, canonical = _agency_patterns(registry)
    match = pattern.match(text, start)
    if match is not None:
        alias = (
            match.group("paren")
            or match.group("slash")
            or match.group("bare")
            or match.group("dashed")
        )
        outlet = canonical[alias.casefold()]
        place = _russian_place(match.group("place"))
        if place is not None and not _place_ok(place, capitals=False):
            return None
    else:
        outlet = None
        match = _PLACE_ONLY.match(text, start)
        place = None if match is None else match.group("place")
        if place is None or not _place_ok(place, capitals=True):
            return None
    if (outlet is None or match.group("sep") is None) and not _opens_body(text, match.end()):
        return None
    date_raw, date, precision = _date_fields(match, year)
    return Dateline(
        place=place,
        outlet=outlet,
        date_raw=date_raw,
        date=date,
        date_precision=precision,
        start=start,
        end=match.end(),
    )
