"""What the export readers share: documents, dates and languages in many languages, errors.

News databases write dates and language names in the language of the user
interface (Factiva: ``29 décembre 2011``, ``Français``). :func:`parse_date`
reads month names in English, French, German, Spanish, Italian, Portuguese,
Dutch and Russian; :func:`language_code` turns a language name or code into
an ISO 639-1 code.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.tables import parse_dates

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "января"),
    2: ("février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "февраля"),
    3: ("mars", "märz", "marz", "marzo", "março", "marco", "maart", "марта"),
    4: ("avril", "abril", "aprile", "апреля"),
    5: ("mai", "mayo", "maggio", "maio", "mei", "мая"),
    6: ("juin", "juni", "junio", "giugno", "junho", "июня"),
    7: ("juillet", "juli", "julio", "luglio", "julho", "июля"),
    8: ("août", "aout", "agosto", "augustus", "августа"),
    9: ("septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября"),
    10: ("octobre", "oktober", "octubre", "ottobre", "outubro", "октября"),
    11: ("novembre", "noviembre", "novembro", "ноября"),
    12: ("décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "декабря"),
}
_FOREIGN_MONTH = {name: calendar.month_name[n] for n, names in _MONTHS.items() for name in names}
_WORD = re.compile(r"[^\W\d_]+")
_NOISE = re.compile(r"\b(?:de|del|der|den|года|GMT|UTC|BST|CET|CEST|EST|EDT)\b|\bг\.")

#: Language names (in English and in the language itself) and codes -> ISO 639-1.
LANGUAGES: dict[str, str] = {
    "english": "en", "anglais": "en", "englisch": "en", "inglés": "en",
    "french": "fr", "français": "fr", "francais": "fr", "französisch": "fr", "francés": "fr",
    "german": "de", "deutsch": "de", "allemand": "de", "alemán": "de",
    "spanish": "es", "español": "es", "espagnol": "es", "spanisch": "es",
    "italian": "it", "italiano": "it", "italien": "it", "italienisch": "it",
    "portuguese": "pt", "português": "pt", "portugais": "pt",
    "dutch": "nl", "nederlands": "nl", "néerlandais": "nl",
    "russian": "ru", "русский": "ru", "russe": "ru", "russisch": "ru",
    "arabic": "ar", "العربية": "ar", "arabe": "ar",
    "chinese": "zh", "中文": "zh", "chinois": "zh",
    "japanese": "ja", "日本語": "ja", "turkish": "tr", "türkçe": "tr", "polish": "pl",
    "polski": "pl", "swedish": "sv", "svenska": "sv", "danish": "da", "dansk": "da",
    "norwegian": "no", "norsk": "no", "finnish": "fi", "suomi": "fi", "ukrainian": "uk",
    "українська": "uk", "persian": "fa", "farsi": "fa", "hebrew": "he", "korean": "ko",
    "greek": "el", "czech": "cs", "hungarian": "hu", "romanian": "ro",
}  # fmt: skip


@dataclass
class Document:
    """One document of an export: its number, the line it starts on, its schema fields and metadata.

    ``fields`` holds schema columns (``title``, ``outlet``, ``authors``, ...);
    ``metadata`` every other field of the export, by column name.
    """

    number: int
    line: int | None = None
    fields: dict[str, object] = field(default_factory=dict)
    metadata: dict[str, object] = field(default_factory=dict)


def document_error(path: str, number: int, reason: str, *, line: int | None = None) -> LoadError:
    """A :class:`LoadError` for document ``number`` of an export (its ``row``)."""
    where = f"document {number}" + (f" (line {line})" if line is not None else "")
    return LoadError(path, f"{where}: {reason}", row=number)


def parse_date(value: str) -> tuple[pd.Timestamp | None, str]:
    """Parse a date as news databases write it, in any of the languages above.

    Args:
        value: ``"January 11, 2010 Monday"``, ``"July 1, 2019 Monday 9:20 AM GMT"``,
            ``"29 décembre 2011"``, ``"2012-01-09T01:35:58Z"``, ...

    Returns:
        The timestamp (``None`` when it does not parse) and its precision
        (``"day"``, ``"datetime"``, ...; see :data:`corpuskit.schema.DATE_PRECISIONS`).

    Example:
        >>> parse_date("29 décembre 2011")
        (Timestamp('2011-12-29 00:00:00'), 'day')
        >>> parse_date("July 1, 2019 Monday 9:20 AM GMT")
        (Timestamp('2019-07-01 09:20:00'), 'datetime')
    """
    text = _WORD.sub(lambda m: _FOREIGN_MONTH.get(m.group(0).lower(), m.group(0)), value)
    text = " ".join(_NOISE.sub(" ", text).split())
    if not text or not re.search(r"\d{4}", text):
        return None, "unknown"
    parsed = parse_dates(pd.Series([text], dtype=object))
    if parsed.problems or pd.isna(parsed.date.iloc[0]):
        return None, "unknown"
    return parsed.date.iloc[0], str(parsed.precision.iloc[0])


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 code of a language name or code (``"ENGLISH"``, ``"Français"``, ``"EN"``).

    Example:
        >>> language_code("Français"), language_code("EN"), language_code("Klingon")
        ('fr', 'en', None)
    """
    if not value:
        return None
    name = value.strip().lower()
    if re.fullmatch(r"[a-z]{2}", name):
        return name
    return LANGUAGES.get(name)


def word_count(value: str | None) -> int | None:
    """The number in a length field (``"2,968 words"``, ``"295 mots"``, ``"942"``)."""
    if not value:
        return None
    match = re.search(r"\d[\d,.\u00a0 ]*", value)
    return int(re.sub(r"\D", "", match.group(0))) if match else None


def split_names(byline: str | None) -> str | None:
    """Author names from a byline, joined by ``"; "`` as the schema's ``authors`` column.

    A leading ``By`` is dropped; names are split at ``;``, ``" and "`` and ``" & "``.

    Example:
        >>> split_names("BY STEPHEN POLLARD"), split_names("Ross Ihaka and Robert Gentleman")
        ('STEPHEN POLLARD', 'Ross Ihaka; Robert Gentleman')
    """
    if not byline or not byline.strip():
        return None
    text = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.I)
    names = [n.strip(" ,") for n in re.split(r";|\s+and\s+|\s+&\s+", text)]
    return "; ".join(n for n in names if n) or None


def column_name(label: str) -> str:
    """A field label as a metadata column name: ``"PUBLICATION-TYPE"`` -> ``"publication_type"``."""
    return re.sub(r"[^0-9a-z]+", "_", label.strip().lower()).strip("_")


def set_date(document: Document, raw: str | None) -> bool:
    """Put a parsed ``raw`` date into ``document``; whether it parsed."""
    if not raw:
        return False
    stamp, precision = parse_date(raw)
    document.fields["date_raw"] = raw
    if stamp is None:
        return False
    document.fields["date"] = stamp
    document.fields["date_precision"] = precision
    return True
