"""Wire datelines: parse_dateline over the supported forms, dates, registry, real copy."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.io.wire import MONTHS, WIRE_AGENCIES, Dateline, parse_dateline

BODY = "Story goes on."

# dateline with its separator, place, outlet, date_raw, date_precision (text = dateline + BODY)
FORMS = [
    ("MOSCOW, March 27. /TASS/. ", "MOSCOW", "TASS", "March 27", "month-day"),
    ("MOSCOW, March 27, 2017. /TASS/. ", "MOSCOW", "TASS", "March 27, 2017", "day"),
    ("MOSCOW, March 27 /TASS/ - ", "MOSCOW", "TASS", "March 27", "month-day"),
    ("MOSCOW, March 27 (ITAR-TASS) -- ", "MOSCOW", "TASS", "March 27", "month-day"),
    ("BEIRUT (Reuters) - ", "BEIRUT", "Reuters", None, "unknown"),
    ("BEIRUT, March 3 (Reuters) - ", "BEIRUT", "Reuters", "March 3", "month-day"),
    ("BEIRUT, 3 March (Reuters) - ", "BEIRUT", "Reuters", "3 March", "month-day"),
    ("BEIRUT, Sep 30 (Reuters) - ", "BEIRUT", "Reuters", "Sep 30", "month-day"),
    ("BEIRUT, Jan. 2nd (Reuters) - ", "BEIRUT", "Reuters", "Jan. 2nd", "month-day"),
    ("BEIRUT, SEPTEMBER 30, 2016 (Reuters) - ", "BEIRUT", "Reuters", "SEPTEMBER 30, 2016", "day"),
    ("Oct 24 (Reuters) - ", None, "Reuters", "Oct 24", "month-day"),
    ("WASHINGTON/RIYADH (Reuters) - ", "WASHINGTON/RIYADH", "Reuters", None, "unknown"),
    ("BURLINGTON, Vt. (Reuters) - ", "BURLINGTON, Vt.", "Reuters", None, "unknown"),
    ("DAMASCUS, Oct. 3 (AP) — ", "DAMASCUS", "AP", "Oct. 3", "month-day"),
    ("DAMASCUS, Oct. 3 (AP) – ", "DAMASCUS", "AP", "Oct. 3", "month-day"),
    ("DAMASCUS, Oct. 3 (AP) - ", "DAMASCUS", "AP", "Oct. 3", "month-day"),
    ("ALEPPO, Syria, Dec. 13 (AP) -- ", "ALEPPO, Syria", "AP", "Dec. 13", "month-day"),
    ("DEIR EZ-ZOR, Syria, Sept. 5 (AP) — ", "DEIR EZ-ZOR, Syria", "AP", "Sept. 5", "month-day"),
    ("(Xinhua) -- ", None, "Xinhua", None, "unknown"),
    ("DAMASCUS, Dec. 12 (Xinhua) -- ", "DAMASCUS", "Xinhua", "Dec. 12", "month-day"),
    ("Damascus, SANA- ", "Damascus", "SANA", None, "unknown"),
    ("Damascus, SANA-", "Damascus", "SANA", None, "unknown"),
    ("Deir ez-Zor, SANA – ", "Deir ez-Zor", "SANA", None, "unknown"),
    ("Homs, Sept. 5 /SANA/ – ", "Homs", "SANA", "Sept. 5", "month-day"),
    ("Damascus, (SANA) – ", "Damascus", "SANA", None, "unknown"),
    ("MOSCOW (Sputnik) — ", "MOSCOW", "Sputnik", None, "unknown"),
    ("WASHINGTON (AFP) - ", "WASHINGTON", "AFP", None, "unknown"),
    ("Hong Kong (AFP) – ", "Hong Kong", "AFP", None, "unknown"),
    ("ANKARA (AA) - ", "ANKARA", "Anadolu", None, "unknown"),
    ("ANKARA (Anadolu Agency) - ", "ANKARA", "Anadolu", None, "unknown"),
    ("Washington (CNN) ", "Washington", "CNN", None, "unknown"),
    ("(CNN) ", None, "CNN", None, "unknown"),
    ("WASHINGTON — ", "WASHINGTON", None, None, "unknown"),
    ("WASHINGTON—", "WASHINGTON", None, None, "unknown"),
    ("ALEPPO, Syria -- ", "ALEPPO, Syria", None, None, "unknown"),
    ("NEW YORK, Dec. 13 — ", "NEW YORK", None, "Dec. 13", "month-day"),
]

#: the full date of the FORMS that write a year
WRITTEN_DATES = {"March 27, 2017": "2017-03-27", "SEPTEMBER 30, 2016": "2016-09-30"}


@pytest.mark.parametrize(("head", "place", "outlet", "date_raw", "precision"), FORMS)
def test_dateline_forms(head, place, outlet, date_raw, precision):
    text = head + BODY
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.place == place
    assert dateline.outlet == outlet
    assert dateline.date_raw == date_raw
    assert dateline.date_precision == precision
    expected_date = WRITTEN_DATES.get(date_raw)
    assert dateline.date == (None if expected_date is None else pd.Timestamp(expected_date))
    assert (dateline.start, dateline.end) == (0, len(head))
    assert text[dateline.end :] == BODY


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Moscow stands for the liberation of Iraq's Mosul.",
        "THE RACE - These elements play out in a race",
        "Americans for Prosperity (AFP), said on Monday",
        "Tim Phillips, president of Americans for Prosperity (AFP), said",
        "Dibyangshu Sarkar/AFP/Getty Images",
        "Geneva - The World Health Organisation chief said",
        "ISIS—the group said",
        "Moscow stands for it (TASS) - and more",
        "UN Security Council’s special briefing",
        "(Reuters), a news agency, said",
        "The minister told (Reuters) - that",
        "Dec. 12 — Text without a place",
        "Lavrov said (TASS) — nothing",
        "BEIRUT, Lebanon, Syria, Iraq, Jordan (Reuters) - five regions is too many",
    ],
)
def test_not_a_dateline(text):
    assert parse_dateline(text) is None


def test_year_completes_a_month_day_dateline():
    dateline = parse_dateline("MOSCOW, March 27. /TASS/. Moscow stands", year=2017)
    assert dateline.date == pd.Timestamp("2017-03-27")
    assert dateline.date_precision == "day"
    assert dateline.date_raw == "March 27"


def test_written_year_wins_over_year_argument():
    dateline = parse_dateline("MOSCOW, March 27, 2016 /TASS/ - X", year=2017)
    assert dateline.date == pd.Timestamp("2016-03-27")


def test_year_without_date_in_dateline_stays_unknown():
    dateline = parse_dateline("BEIRUT (Reuters) - Rebels", year=2017)
    assert (dateline.date, dateline.date_precision, dateline.date_raw) == (None, "unknown", None)


@pytest.mark.parametrize(
    ("text", "year", "date", "precision"),
    [
        ("MOSCOW, Feb. 29 /TASS/ - X", None, None, "month-day"),
        ("MOSCOW, Feb. 29 /TASS/ - X", 2016, pd.Timestamp("2016-02-29"), "day"),
        ("MOSCOW, Feb. 29 /TASS/ - X", 2017, None, "unknown"),
        ("MOSCOW, Feb. 30 /TASS/ - X", None, None, "unknown"),
        ("MOSCOW, April 31 /TASS/ - X", 2016, None, "unknown"),
    ],
)
def test_impossible_dates_are_not_invented(text, year, date, precision):
    dateline = parse_dateline(text, year=year)
    assert dateline.outlet == "TASS"
    assert (dateline.date, dateline.date_precision) == (date, precision)


def test_offsets_skip_leading_whitespace_and_cover_the_separator():
    text = "  \nMOSCOW, March 27. /TASS/.\n\nMoscow stands"
    dateline = parse_dateline(text)
    assert dateline.start == 3
    assert text[dateline.start : dateline.end] == "MOSCOW, March 27. /TASS/.\n\n"
    assert text[dateline.end :] == "Moscow stands"


def test_dateline_is_frozen():
    dateline = parse_dateline("BEIRUT (Reuters) - X")
    assert isinstance(dateline, Dateline)
    with pytest.raises(AttributeError):
        dateline.place = "DAMASCUS"


def test_registry_can_be_extended(monkeypatch):
    assert parse_dateline("TOKYO (Kyodo) - Officials") is None
    monkeypatch.setitem(WIRE_AGENCIES, "Kyodo", ("Kyodo", "Kyodo News"))
    dateline = parse_dateline("TOKYO, May 2 (Kyodo News) - Officials")
    assert (dateline.place, dateline.outlet, dateline.date_raw) == ("TOKYO", "Kyodo", "May 2")


def test_registry_accepts_a_single_alias_string(monkeypatch):
    monkeypatch.setitem(WIRE_AGENCIES, "Yonhap", "Yonhap")
    assert parse_dateline("SEOUL (Yonhap) -- Officials").outlet == "Yonhap"
    assert parse_dateline("SEOUL (Y) -- Officials") is None


def test_registry_holds_the_canonical_names():
    expected = {"TASS", "Reuters", "AP", "Xinhua", "SANA", "Sputnik", "AFP", "Anadolu"}
    assert expected <= set(WIRE_AGENCIES)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"text": 5}, TypeError), ({"text": "X", "year": "2017"}, TypeError)],
)
def test_bad_arguments(kwargs, error):
    text = kwargs.pop("text")
    with pytest.raises(error, match=r"text|year="):
        parse_dateline(text, **kwargs)


_PLACES = st.sampled_from(["MOSCOW", "BEIRUT", "Damascus", "ALEPPO, Syria", "NEW YORK", "Homs"])
_MONTHS = st.sampled_from(sorted(MONTHS))
_AGENCIES = st.sampled_from(sorted((a, n) for n, aliases in WIRE_AGENCIES.items() for a in aliases))
_MARKERS = st.sampled_from(["({}) -", "({}) —", "({}) --", "/{}/.", "/{}/ –"])


@settings(max_examples=200, deadline=None)
@given(_PLACES, _MONTHS, st.integers(1, 28), _AGENCIES, _MARKERS, st.integers(1990, 2030))
def test_composed_datelines_round_trip(place, month, day, agency, marker, year):
    alias, canonical = agency
    date_raw = f"{month.capitalize()} {day}"
    text = f"{place}, {date_raw} {marker.format(alias)} The story goes on."
    dateline = parse_dateline(text, year=year)
    assert (dateline.place, dateline.outlet, dateline.date_raw) == (place, canonical, date_raw)
    assert dateline.date == pd.Timestamp(year=year, month=MONTHS[month], day=day)
    assert text[dateline.end :] == "The story goes on."


@pytest.fixture(scope="module")
def reuters_firsts(data_dir):
    """First paragraphs of the Reuters articles in the AllSides corpus."""
    path = data_dir / "article_bias_prediction" / "articles.parquet"
    frame = pd.read_parquet(
        path, columns=["content_original"], filters=[("source", "==", "Reuters")]
    )
    return frame["content_original"].map(_first_paragraph)


def _first_paragraph(text: str) -> str:
    return next((p for p in re.split(r"\n\s*\n", text) if p.strip()), "")


def test_real_reuters_datelines(reuters_firsts):
    firsts = reuters_firsts
    marked = firsts[firsts.str.contains(r"^[^()]{0,60}\(Reuters\) - ", regex=True)]
    assert len(marked) > 300
    parsed = marked.map(parse_dateline)
    recognised = parsed.map(lambda d: d is not None and d.outlet == "Reuters")
    assert recognised.mean() > 0.99
    bodies = [text[d.end :] for text, d in zip(marked, parsed) if d is not None]
    assert all(body[:1].isalnum() or body[:1] in "\"“‘'$(" for body in bodies)


def test_no_false_datelines_in_bbc_paragraphs(data_dir):
    bbc = pd.read_csv(data_dir / "bbc_news" / "bbc_news.csv")
    paragraphs = [p for text in bbc["text"] for p in re.split(r"\n\s*\n", text) if p.strip()]
    assert len(paragraphs) > 10_000
    found = [p[:60] for p in paragraphs if parse_dateline(p) is not None]
    assert found == []


@pytest.mark.parametrize(
    ("text", "place", "outlet", "date_raw", "body"),
    [
        ("МОСКВА, 27 марта. /ТАСС/. Москва выступает", "МОСКВА", "TASS", "27 марта", "Москва"),
        ("МОСКВА, 27 марта /ИТАР-ТАСС/ - Москва", "МОСКВА", "TASS", "27 марта", "Москва"),
        ("МОСКВА, 27 мар — РИА Новости. Боевики", "МОСКВА", "RIA Novosti", "27 мар", "Боевики"),
        ("БЕЙРУТ, 3 декабря – РИА Новости. Бои", "БЕЙРУТ", "RIA Novosti", "3 декабря", "Бои"),
        ("Москва. 25 июня. INTERFAX.RU - Боевики", "Москва", "Interfax", "25 июня", "Боевики"),
        ("МОСКВА, 25 июня. /Интерфакс/. Боевики", "МОСКВА", "Interfax", "25 июня", "Боевики"),
        ("ДАМАСК, 1 мая 2017 г. /ТАСС/. Боевики", "ДАМАСК", "TASS", "1 мая 2017 г.", "Боевики"),
    ],
)
def test_russian_wire_datelines(text, place, outlet, date_raw, body):
    d = parse_dateline(text, year=2016)
    assert (d.place, d.outlet, d.date_raw) == (place, outlet, date_raw)
    assert text[d.end :].startswith(body)
    assert d.date_precision == "day"


def test_russian_dates_give_the_right_day():
    assert parse_dateline("МОСКВА, 27 марта. /ТАСС/. Текст").date_precision == "month-day"
    assert parse_dateline("МОСКВА, 27 марта. /ТАСС/. Текст", year=2017).date == pd.Timestamp(
        "2017-03-27"
    )
    days = {
        f"{i + 1}": parse_dateline(f"МОСКВА, 2 {m} 2016 года /ТАСС/. Текст").date.month
        for i, m in enumerate(["января", "фев", "марта", "апр", "мая", "июн", "июля", "авг"])
    }
    assert days == {str(n): n for n in range(1, 9)}
    assert parse_dateline("МОСКВА, 30 февраля. /ТАСС/. Текст").date_precision == "unknown"
    assert {MONTHS[m] for m in ("сентября", "октября", "ноября", "декабря")} == {9, 10, 11, 12}


def test_no_dateline_in_russian_analytical_articles(data_dir):
    files = sorted(f for f in (data_dir / "rusentrel").glob("*/art*.txt") if f.name.count(".") == 1)
    assert len(files) == 71
    lines = [line for f in files for line in f.read_text("utf-8").splitlines() if line.strip()]
    # the author tag that opens every line is not part of the text
    paragraphs = [re.sub(r"^\{[^}]*\}\s*", "", line) for line in lines]
    assert len(paragraphs) > 3000
    assert [p[:60] for p in paragraphs if parse_dateline(p) is not None] == []
