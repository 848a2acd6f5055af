"""Plain-text articles: headline, lede, dateline, body, subheadings, boilerplate."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest

from corpuskit.errors import LoadError
from corpuskit.io import plaintext
from corpuskit.io.plaintext import BOILERPLATE_LINES, is_boilerplate, parse_article
from corpuskit.io.wire import parse_dateline

SCHEMA_KEYS = {"title", "lede", "text", "dateline", "outlet", "date", "date_precision", "date_raw"}


def test_founding_article(seed_article):
    record = parse_article(seed_article.read_text(encoding="utf-8"))
    assert set(record) >= SCHEMA_KEYS
    assert record["outlet"] == "TASS"
    assert record["dateline"] == "MOSCOW"
    assert record["date"] is pd.NaT
    assert record["date_precision"] == "month-day"
    assert record["date_raw"] == "March 27"
    assert record["title"] == (
        "Russian top diplomat believes US-led coalition should take steps to liberate Mosul"
    )
    assert record["lede"] == (
        "The Russian foreign minister stresses Moscow stands for the liberation of Iraq’s Mosul"
    )
    assert record["text"].startswith("Moscow stands for the liberation of Iraq’s Mosul but")
    assert "All news" not in record["text"]
    assert "/TASS/" not in record["text"]
    paragraphs = record["text"].split("\n\n")
    assert "UN Security Council’s special briefing" in paragraphs
    assert record["subheadings"] == ["UN Security Council’s special briefing"]
    assert len(paragraphs) == 9
    assert paragraphs[-1].endswith('voice our proposals.".')


def test_founding_article_with_year(seed_article):
    record = parse_article(seed_article.read_text(encoding="utf-8"), year=2017)
    assert record["date"] == pd.Timestamp("2017-03-27")
    assert record["date_precision"] == "day"
    assert record["date_raw"] == "March 27"


def test_founding_article_nothing_lost(seed_article):
    raw = seed_article.read_text(encoding="utf-8")
    record = parse_article(raw)
    kept = _chars(record["title"], record["lede"], record["text"])
    assert _chars(raw) - kept == _chars("All news", "MOSCOW, March 27. /TASS/.")
    assert not kept - _chars(raw)


# file -> title, lede, dateline, outlet, date_raw, date_precision, first words of text,
#         number of body paragraphs, subheadings
WIRE_FIXTURES = {
    "tass_month_day.txt": (
        "Russian envoy urges safe access to damaged pumping station",
        "The diplomat says engineers must reach the station before the summer heat",
        "MOSCOW", "TASS", "April 4", "month-day", "Russia's envoy to the United Nations", 4,
        ["Humanitarian corridors"],
    ),
    "tass_with_year.txt": (
        "Moscow proposes new round of consultations in Geneva", None,
        "MOSCOW", "TASS", "November 15, 2016", "day", "Moscow has proposed", 2, [],
    ),
    "reuters_no_date.txt": (
        "Aid convoy reaches besieged district after two-day wait", None,
        "BEIRUT", "Reuters", None, "unknown", "A convoy of 30 trucks", 2, [],
    ),
    "reuters_dated_no_headline.txt": (
        None, None, "BEIRUT", "Reuters", "March 3", "month-day", "Rebel fighters", 2, [],
    ),
    "ap_em_dash.txt": (
        "Families return to shattered neighborhoods as guns fall silent", None,
        "DAMASCUS", "AP", "Oct. 3", "month-day", "Hundreds of families", 5, ["Schools and clinics"],
    ),
    "ap_region_crlf.txt": (
        "Evacuation buses leave the eastern districts", None,
        "ALEPPO, Syria", "AP", "Dec. 13", "month-day", "A first column of green buses", 2, [],
    ),
    "xinhua_no_place.txt": (
        None, None, None, "Xinhua", None, "unknown", "Engineers restored electricity", 2, [],
    ),
    "xinhua_place_date.txt": (
        "Syrian army says supply road reopened", None,
        "DAMASCUS", "Xinhua", "Dec. 12", "month-day", "The Syrian army said on Monday", 2, [],
    ),
    "sana_bare.txt": (
        None, None, "Damascus", "SANA", None, "unknown", "Workers at the central bakery", 2, [],
    ),
    "sana_slash.txt": (
        "Health directorate opens two field clinics", None,
        "Homs", "SANA", "Sept. 5", "month-day", "The health directorate opened", 2, [],
    ),
    "sputnik.txt": (
        "Defense ministry reports ceasefire largely holding", None,
        "MOSCOW", "Sputnik", None, "unknown", "The ceasefire in the country", 2, [],
    ),
    "afp.txt": (
        "State Department calls for independent inquiry into strike", None,
        "WASHINGTON", "AFP", None, "unknown", "The State Department on Thursday", 2, [],
    ),
    "anadolu.txt": (
        "Turkish officials meet opposition delegation", None,
        "ANKARA", "Anadolu", None, "unknown", "Turkish officials met", 2, [],
    ),
    "no_dateline.txt": (
        "Why the siege matters for the region",
        "A closer look at supply routes and who controls them",
        None, None, None, "unknown", "The city sits on the main road", 2, [],
    ),
    "one_paragraph.txt": (
        None, None, None, None, None, "unknown", "Officials said the border crossing", 1, [],
    ),
    "line_per_paragraph.txt": (
        "Water returns to eastern districts", None,
        None, None, None, "unknown", "Engineers finished repairs", 2, [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WIRE_FIXTURES))
def test_wire_fixtures(fixtures, name):
    title, lede, place, outlet, date_raw, precision, start, n_paragraphs, subheadings = (
        WIRE_FIXTURES[name]
    )
    raw = (fixtures / "wire" / name).read_bytes().decode("utf-8")
    record = parse_article(raw)
    assert record["title"] == title
    assert record["lede"] == lede
    assert record["dateline"] == place
    assert record["outlet"] == outlet
    assert record["date_raw"] == date_raw
    assert record["date_precision"] == precision
    assert record["text"].startswith(start)
    paragraphs = record["text"].split("\n\n")
    assert len(paragraphs) == n_paragraphs
    assert all(p == p.strip() and "\r" not in p and "  " not in p for p in paragraphs)
    assert record["subheadings"] == subheadings
    assert all(heading in paragraphs for heading in subheadings)


def test_wire_fixture_count(fixtures):
    assert len(list((fixtures / "wire").glob("*.txt"))) == len(WIRE_FIXTURES)


def test_written_year_gives_a_day_date(fixtures):
    record = parse_article((fixtures / "wire" / "tass_with_year.txt").read_text("utf-8"))
    assert record["date"] == pd.Timestamp("2016-11-15")


def test_crlf_and_trailing_spaces(fixtures):
    raw = (fixtures / "wire" / "ap_region_crlf.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    record = parse_article(raw)
    assert record["text"] == (
        "A first column of green buses left the eastern districts early on Tuesday, carrying "
        "wounded people and their relatives.\n\n"
        "Witnesses said the buses moved slowly through the ruined streets."
    )
    assert parse_article(raw.replace("\r\n", "\n")) == record


def test_explicit_outlet_wins():
    text = "Headline here\n\nBEIRUT (Reuters) - Body text."
    assert parse_article(text, outlet="Yahoo News")["outlet"] == "Yahoo News"
    assert parse_article(text)["outlet"] == "Reuters"
    assert parse_article("Just a body.", outlet="BBC")["outlet"] == "BBC"


def test_one_heading_like_paragraph_is_body_not_title():
    record = parse_article("Aleppo falls")
    assert (record["title"], record["text"]) == (None, "Aleppo falls")


def test_headline_may_ask_a_question():
    record = parse_article("Who will rebuild the old city?\n\nEngineers say it will take years.")
    assert record["title"] == "Who will rebuild the old city?"
    assert record["text"] == "Engineers say it will take years."


def test_sentence_first_paragraph_is_not_a_headline():
    record = parse_article("Troops advanced on Monday.\n\nShelling continued at night.")
    assert record["title"] is None
    assert record["text"] == "Troops advanced on Monday.\n\nShelling continued at night."


def test_hard_wrapped_lines_are_joined():
    text = "Title of the piece\n\nFirst line of a paragraph\nthat goes on here.\n\nNext one."
    record = parse_article(text)
    assert record["title"] == "Title of the piece"
    assert record["text"] == "First line of a paragraph that goes on here.\n\nNext one."


def test_dateline_on_its_own_line():
    record = parse_article("Title\n\nMOSCOW, March 27. /TASS/.\nLavrov spoke.\n\nMore.")
    assert (record["dateline"], record["text"]) == ("MOSCOW", "Lavrov spoke.\n\nMore.")


def test_breadcrumbs_and_trailing_boilerplate_are_removed():
    text = "Home > World > Middle East\nShare\n\nTitle words\n\nBody sentence.\n\nPrint\nTweet\n"
    record = parse_article(text)
    assert (record["title"], record["text"]) == ("Title words", "Body sentence.")


def test_boilerplate_inside_the_body_is_kept():
    record = parse_article("Title words\n\nBody sentence.\n\nNews\n\nMore text.")
    assert record["text"] == "Body sentence.\n\nNews\n\nMore text."


def test_boilerplate_tuple_is_extendable(monkeypatch):
    assert not is_boilerplate("Subscribe now")
    monkeypatch.setattr(plaintext, "BOILERPLATE_LINES", (*BOILERPLATE_LINES, "Subscribe now"))
    assert is_boilerplate("  SUBSCRIBE NOW ")
    assert parse_article("Subscribe now\n\nBody sentence.")["text"] == "Body sentence."


@pytest.mark.parametrize("text", ["", "   \n\n \t", "All news\n\nHome\nShare\n", "\r\n\r\n"])
def test_empty_text_raises(text):
    with pytest.raises(LoadError, match="empty text"):
        parse_article(text)


def test_dateline_only_raises():
    with pytest.raises(LoadError, match="no body text after the dateline"):
        parse_article("Headline\n\nMOSCOW, March 27. /TASS/.")


def test_not_a_string_raises():
    with pytest.raises(TypeError, match="text must be a str"):
        parse_article(b"bytes")


def test_last_short_paragraph_is_not_a_subheading():
    record = parse_article("Title words\n\nFirst body sentence.\n\nA subheading\n\nEnd.\n\nThe end")
    assert record["subheadings"] == ["A subheading"]


def _chars(*texts: str) -> Counter:
    """The non-space characters of ``texts``, with their counts."""
    return Counter(c for text in texts for c in text if not c.isspace())


def _edge_boilerplate(raw: str) -> list[str]:
    """The boilerplate lines at the start and the end of ``raw``."""
    lines = [line for line in raw.splitlines() if line.strip()]
    head = next((i for i, line in enumerate(lines) if not is_boilerplate(line)), len(lines))
    tail = next((i for i, line in enumerate(reversed(lines)) if not is_boilerplate(line)), 0)
    return lines[:head] + lines[len(lines) - tail :]


def test_ptc_articles(data_dir):
    """Real articles: the title is the first block; only the dateline's words are dropped."""
    files = sorted((data_dir / "ptc_semeval2020_task11" / "train-articles").glob("*.txt"))
    assert len(files) == 371
    titled = cut = trimmed = 0
    for path in files:
        raw = path.read_text(encoding="utf-8").lstrip("\ufeff")
        record = parse_article(raw)
        first_block = re.split(r"\n\s*\n", raw.strip())[0]
        if record["title"] is not None:
            titled += 1
            assert record["title"] == " ".join(first_block.split())
        kept = _chars(*(record[k] for k in ("title", "lede", "text") if record[k]))
        assert not kept - _chars(raw), path.name
        trimmed += bool(_edge_boilerplate(raw))
        lost = _chars(raw) - kept - _chars(*_edge_boilerplate(raw))
        if record["dateline"] is None and record["outlet"] is None:
            assert not lost, path.name
        else:
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
            heads = [p[: d.end] for p in paragraphs if (d := parse_dateline(p)) is not None]
            assert lost == _chars(heads[0]), path.name
            cut += 1
    assert titled >= 355
    assert cut >= 20
    assert trimmed >= 1
