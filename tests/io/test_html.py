"""HTML pages: metadata, main text, datelines and the optional trafilatura engine."""

from __future__ import annotations

import sys
import types

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io import htmltree
from corpuskit.io.html import MAX_DEPTH, parse_date, parse_html

KEYS = {
    "title",
    "lede",
    "text",
    "outlet",
    "date",
    "date_precision",
    "date_raw",
    "url",
    "authors",
    "language",
    "dateline",
}


def _page(fixtures, name: str) -> str:
    return (fixtures / "html" / name).read_text(encoding="utf-8")


def test_og_meta_page(fixtures):
    record = parse_html(_page(fixtures, "og_meta.html"))
    assert set(record) >= KEYS
    assert record["title"] == "Aid convoy enters old city after weeks of talks"
    assert record["lede"] == "Trucks carried flour, fuel and medicine for about 20,000 people."
    assert record["outlet"] == "Example Wire"
    assert record["date"] == pd.Timestamp("2016-12-13 07:22:00")  # +03:00 converted to UTC
    assert record["date"].tzinfo is None
    assert record["date_precision"] == "datetime"
    assert record["date_raw"] == "2016-12-13T10:22:00+03:00"
    assert record["url"] == "https://news.example.org/2016/12/aid-convoy"
    assert record["authors"] == "Jane Roe; Omar Haddad"
    assert record["language"] == "en"
    assert record["dateline"] == "BEIRUT"
    assert record["text"] == (
        "A convoy of 25 trucks entered the old city on Tuesday, the first delivery of aid in "
        "seven weeks, a relief agency said.\n\n"
        "The agency said the trucks carried flour, fuel and medicine for about 20,000 people.\n\n"
        "Talks continue\n\n"
        "Negotiators are due to meet again on Thursday to discuss the evacuation of the wounded."
    )
    assert record["subheadings"] == ["Talks continue"]


def test_json_ld_page(fixtures):
    record = parse_html(_page(fixtures, "json_ld.html"))
    assert record["title"] == "Ministry reports new ceasefire violations"
    assert record["lede"] == "Observers counted nine violations over the weekend."
    assert record["outlet"] == "The Daily Example"
    assert record["date"] == pd.Timestamp("2016-09-18 08:30:00")
    assert record["date_precision"] == "datetime"
    assert record["url"] == "https://daily.example.com/world/ceasefire-violations"
    assert record["authors"] == "Anna Petrova; Lee Park"
    assert record["language"] == "en"
    assert record["dateline"] == "MOSCOW"
    assert record["text"] == (
        "The defense ministry said on Sunday it had recorded nine violations of the ceasefire "
        "over the weekend.\n\n"
        "Most of the incidents involved mortar fire near the northern edge of the city, the "
        "ministry said.\n\n"
        "Observers are expected to publish a full report on Monday."
    )


def test_noisy_page_keeps_only_the_article(fixtures):
    record = parse_html(_page(fixtures, "noisy.html"))
    assert record["title"] == "Long queues for bread as fuel runs short"
    assert record["lede"] == "Residents describe queues for bread and fuel."
    assert record["date"] == pd.Timestamp("2017-03-27")
    assert record["date_precision"] == "day"
    assert record["url"] == "https://paper.example.net/articles/queues"
    assert record["language"] == "fr"
    assert (record["outlet"], record["authors"], record["dateline"]) == (None, None, None)
    assert record["text"] == (
        "Residents of the eastern districts said on Monday they had queued for up to five hours "
        "for bread, as fuel shortages slowed the bakeries.\n\n"
        '"We come at dawn and leave at noon," said a father of four.\n\n'
        "Prices of cooking gas have tripled since January, according to a local council."
    )
    for noise in ("cookies", "newsletter", "Related", "rights reserved", "tracking", "Share"):
        assert noise not in record["text"]


def test_page_without_metadata_uses_the_dateline(fixtures):
    record = parse_html(_page(fixtures, "bare.html"))
    assert record["title"] == "Bakeries reopen"
    assert record["outlet"] == "Xinhua"
    assert record["dateline"] == "DAMASCUS"
    assert record["date"] is pd.NaT
    assert (record["date_precision"], record["date_raw"]) == ("month-day", "Dec. 12")
    assert (record["lede"], record["url"], record["authors"], record["language"]) == (
        None,
        None,
        None,
        None,
    )
    assert record["text"] == (
        "Bakeries in the old quarter reopened on Monday after flour deliveries resumed, "
        "residents said.\n\n"
        "Queues formed before sunrise, but most people were served by midday. Officials "
        "promised further deliveries this week."
    )


def test_year_completes_the_dateline_date(fixtures):
    record = parse_html(_page(fixtures, "bare.html"), year=2016)
    assert (record["date"], record["date_precision"]) == (pd.Timestamp("2016-12-12"), "day")


def test_time_element_and_richest_article(fixtures):
    record = parse_html(_page(fixtures, "time_only.html"))
    assert (record["date"], record["date_precision"]) == (pd.Timestamp("2016-12-01"), "month")
    assert record["date_raw"] == "2016-12"
    assert record["language"] == "ar"
    assert record["dateline"] == "WASHINGTON"
    assert record["title"] is None
    assert record["text"] == (
        "Lawmakers debated the aid package for a third day on Wednesday without reaching "
        "agreement.\n\nA vote is now expected next week."
    )


def test_explicit_url_wins(fixtures):
    record = parse_html(_page(fixtures, "og_meta.html"), url="file:///saved/convoy.html")
    assert record["url"] == "file:///saved/convoy.html"


def test_unparseable_metadata_date_falls_through():
    page = (
        '<meta name="date" content="last Tuesday">'
        '<time datetime="2016-11-30T23:00:00-02:00"></time><p>Body text here.</p>'
    )
    record = parse_html(page)
    assert record["date"] == pd.Timestamp("2016-12-01 01:00:00")
    assert record["date_raw"] == "2016-11-30T23:00:00-02:00"


def test_only_an_unparseable_date_is_kept_raw():
    record = parse_html('<meta name="pubdate" content="last Tuesday"><p>Body text.</p>')
    assert (record["date"], record["date_precision"]) == (pd.NaT, "unknown")
    assert record["date_raw"] == "last Tuesday"


def test_malformed_html_is_tolerated():
    page = "<div><p>First <b>bold</p><p>Second &amp; last<div>Third</span></div>"
    assert parse_html(page)["text"] == "First bold\n\nSecond & last\n\nThird"


def test_inline_markup_does_not_split_words():
    page = "<article><h1>Aleppo <em>falls</em>!</h1><p>He said: <a href='#'>no</a>.</p></article>"
    record = parse_html(page)
    assert (record["title"], record["text"]) == ("Aleppo falls!", "He said: no.")


def test_hidden_and_script_content_is_dropped():
    page = (
        "<article><p>Visible text.</p><p hidden>Hidden one.</p>"
        "<div aria-hidden='true'>Also hidden.</div><script>var x = 1;</script></article>"
    )
    assert parse_html(page)["text"] == "Visible text."


def test_json_ld_list_and_broken_blocks():
    page = (
        '<script type="application/ld+json">{broken</script>'
        '<script type="application/ld+json">[{"@type": "Organization", "name": "X"},'
        '{"@type": ["NewsArticle"], "headline": "From a list", "author": "Sam Lee",'
        '"datePublished": "2016-10-01"}]</script><p>Body text.</p>'
    )
    record = parse_html(page)
    assert (record["title"], record["authors"]) == ("From a list", "Sam Lee")
    assert (record["date"], record["date_precision"]) == (pd.Timestamp("2016-10-01"), "day")


@pytest.mark.parametrize(
    "page",
    ["", "<html><body><nav><p>Home</p></nav></body></html>", "<p>Share</p><p>Print</p>"],
)
def test_page_without_text_raises(page):
    with pytest.raises(LoadError, match="no article text found"):
        parse_html(page)


def test_bad_engine_names_the_argument():
    with pytest.raises(ValueError, match="engine="):
        parse_html("<p>x</p>", engine="lxml")


def test_trafilatura_missing_gives_a_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"corpuskit\[html\]"):
        parse_html("<p>x</p>", engine="trafilatura")


def test_trafilatura_engine_uses_its_text(monkeypatch, fixtures):
    calls = []

    def extract(html, **options):
        calls.append(options)
        return "BEIRUT (Reuters) - Extracted first.\nExtracted second."

    monkeypatch.setitem(sys.modules, "trafilatura", types.SimpleNamespace(extract=extract))
    record = parse_html(_page(fixtures, "og_meta.html"), engine="trafilatura")
    assert record["text"] == "Extracted first.\n\nExtracted second."
    assert record["dateline"] == "BEIRUT"
    assert record["title"] == "Aid convoy enters old city after weeks of talks"
    assert calls == [{"include_comments": False, "include_tables": False}]


def test_auto_engine_never_imports_trafilatura(monkeypatch, fixtures):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert parse_html(_page(fixtures, "og_meta.html"), engine="auto")["dateline"] == "BEIRUT"


@pytest.mark.parametrize(
    ("raw", "date", "precision"),
    [
        ("2016-12-13", "2016-12-13", "day"),
        ("2016-12", "2016-12-01", "month"),
        ("2016", "2016-01-01", "year"),
        ("2016-12-13T10:22:00", "2016-12-13 10:22:00", "datetime"),
        ("2016-12-13T10:22:00Z", "2016-12-13 10:22:00", "datetime"),
        ("2016-12-13T01:30:00+03:00", "2016-12-12 22:30:00", "datetime"),
        ("2016-12-13 10:22", "2016-12-13 10:22:00", "datetime"),
        ("Tue, 13 Dec 2016 10:00:00 +0200", "2016-12-13 08:00:00", "datetime"),
        (" 2016-12-13 ", "2016-12-13", "day"),
    ],
)
def test_parse_date(raw, date, precision):
    parsed, got = parse_date(raw)
    assert (parsed, got) == (pd.Timestamp(date), precision)
    assert parsed.tzinfo is None


@pytest.mark.parametrize("raw", ["", "yesterday", "2016-13-45", "13/12/2016", "2016-02-30"])
def test_parse_date_rejects(raw):
    assert parse_date(raw) == (None, "unknown")


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ('<meta property="og:locale" content="de_DE">', "de"),
        ('<meta http-equiv="Content-Language" content="ru-RU">', "ru"),
        ('<meta property="og:locale" content="eng">', None),
        ("", None),
    ],
)
def test_language_fallbacks(head, language):
    assert parse_html(f"<head>{head}</head><p>Body text.</p>")["language"] == language


def test_deeply_nested_page_does_not_recurse():
    page = "<html><body>" + "<b>" * 5000 + "<p>Deep text.</p><p>More text.</p>"
    assert parse_html(page)["text"] == "Deep text.\n\nMore text."


# Issue #14, item 9: an article body split across sibling blocks is kept whole, in order,
# without the navigation, ads, related links, comments and footers around it.
SPLIT_PAGES = {
    "sibling divs with an ad and related links between": (
        '<html><body><nav><a href="/">Home</a></nav>'
        '<div class="article-body"><p>Troops entered the old city at dawn.</p></div>'
        '<div class="ad-slot"><p>Subscribe for just one euro a month today.</p></div>'
        '<div class="article-body"><p>Residents said the shelling had stopped.</p></div>'
        '<div class="related"><p>Read also: a longer story about the siege of the city.</p></div>'
        "<footer><p>All rights reserved by the publisher.</p></footer></body></html>"
    ),
    "content divs inside an article with related links and comments": (
        "<html><body><article><h1>Old city retaken</h1>"
        '<div class="body"><p>Troops entered the old city at dawn.</p></div>'
        '<div class="body"><p>Residents said the shelling had stopped.</p></div>'
        '<div class="related-links"><p>Read also: a story about the siege.</p></div>'
        '<section id="comments"><p>What a report, thank you so much for it!</p></section>'
        "</article></body></html>"
    ),
    "sections in main around an aside and a comment thread": (
        '<html><body><main><section class="story-text"><p>Troops entered the old city at '
        "dawn.</p></section><aside><p>Most read: ten other stories.</p></aside>"
        '<section class="story-text"><p>Residents said the shelling had stopped.</p></section>'
        '<div class="comments-area"><p>A reader comment that runs on for much longer than the '
        "paragraphs of the story itself, and would win on length alone.</p></div>"
        "</main></body></html>"
    ),
    "three page parts with share bars between": (
        '<html><body><div id="wrap"><div class="story-body part"><p>Troops entered the old '
        'city at dawn.</p></div><div class="share-bar"><p>Share on every network.</p></div>'
        '<div class="story-body part"><p>Residents said the shelling had stopped.</p></div>'
        '<div class="story-body part"><p>Aid convoys are expected on Friday.</p></div>'
        '<div class="newsletter"><p>Sign up to our newsletter.</p></div></div></body></html>'
    ),
}


@pytest.mark.parametrize("name", list(SPLIT_PAGES))
def test_article_split_across_sibling_blocks_is_kept_whole(name):
    expected = ["Troops entered the old city at dawn.", "Residents said the shelling had stopped."]
    if name.startswith("three"):
        expected.append("Aid convoys are expected on Friday.")
    assert parse_html(SPLIT_PAGES[name])["text"].split("\n\n") == expected


def test_wordpress_body_classes_do_not_drop_the_page():
    page = (
        '<html><body class="comments-open single-post"><div class="entry-content has-comments">'
        "<p>Troops entered the old city at dawn.</p></div></body></html>"
    )
    assert parse_html(page)["text"] == "Troops entered the old city at dawn."


# Issue #14, item 18: 8,000 nested unclosed <article><p> took minutes (quadratic work).
def _nested_page(depth: int) -> str:
    return "<html><body>" + "<article><p>x " * depth


def _work(monkeypatch, depth: int) -> int:
    """Element visits of the tree walks and open-tag searches for a nested page."""
    visits = 0
    walk, element_iter = htmltree._walk, htmltree._Element.iter

    def counted_walk(*args, **kwargs):
        nonlocal visits
        for event in walk(*args, **kwargs):
            visits += 1
            yield event

    def counted_iter(self):
        nonlocal visits
        for element in element_iter(self):
            visits += 1
            yield element

    monkeypatch.setattr(htmltree, "_walk", counted_walk)
    monkeypatch.setattr(htmltree._Element, "iter", counted_iter)
    parse_html(_nested_page(depth))
    monkeypatch.undo()
    return visits


def test_nested_page_work_grows_linearly(monkeypatch):
    assert _work(monkeypatch, 4000) / _work(monkeypatch, 500) < 10


def test_nesting_is_capped_and_noted_with_all_text_kept():
    record = parse_html(_nested_page(1000))
    assert record["text"].split() == ["x"] * 1000
    assert record["notes"] == [
        f"elements nested deeper than {MAX_DEPTH} levels: 981 deeper element(s) kept flat "
        f"at depth {MAX_DEPTH}, their text kept"
    ]


def test_page_notes_reach_the_load_report(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(_nested_page(1000), encoding="utf-8")
    notes = ck.load_report(ck.read_articles(path)).notes
    assert notes == [
        f"{path}: elements nested deeper than {MAX_DEPTH} levels: 981 deeper element(s) kept "
        f"flat at depth {MAX_DEPTH}, their text kept"
    ]


def test_old_html_argument_warns_and_still_works():
    page = "<html><body><article><p>Troops took the old city.</p></article></body></html>"
    with pytest.warns(FutureWarning, match=r"html= is deprecated.*use text= instead"):
        record = parse_html(html=page)
    assert record["text"] == parse_html(text=page)["text"] == "Troops took the old city."
    with pytest.raises(TypeError, match=r"both html= .* and text="):
        parse_html(html=page, text=page)
