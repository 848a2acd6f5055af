"""News-database exports: LexisNexis Academic / Nexis Uni and Factiva, through read_articles.

The sample exports are read from ``../shared/fixtures/exports`` (GPL-licensed,
never copied into the repository); a missing sample fails the tests. The
malformed exports are small synthetic ones written here into ``tmp_path``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.exports.fields import language_code, parse_date
from corpuskit.io.report import LoadWarning

REPO = Path(__file__).resolve().parents[2]
EXPORTS = REPO.parent / "shared" / "fixtures" / "exports"


@pytest.fixture(scope="module")
def exports() -> Path:
    """The folder of sample exports; fails the test when it is missing."""
    if not (EXPORTS / "SOURCE.md").is_file():
        pytest.fail(f"sample exports not found at {EXPORTS} (see the project's README)")
    return EXPORTS


def _read(path: Path, **options) -> pd.DataFrame:
    articles = ck.read_articles(path, **options)
    ck.validate_articles(articles)
    return articles


# --- LexisNexis Academic plain text ------------------------------------------------------------


def test_lexisnexis_text_export_every_field(exports):
    arts = _read(exports / "lexisnexis" / "sample.TXT")
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (10, 10, 0)
    # document 8 says "8 of 383" among "N of 10": noted, not dropped or refused
    joined = [note for note in report.notes if "different totals" in note]
    assert len(joined) == 1 and "(10, 383)" in joined[0] and "sample.TXT" in joined[0]
    assert arts["doc_id"].tolist() == [f"sample#{n}" for n in range(1, 11)]
    assert arts["source_row"].tolist() == list(range(1, 11))
    assert arts["outlet"].tolist() == [
        "Guardian.com",
        "Guardian",
        "The Sun (England)",
        "The Times (London)",
        "The Times (London)",
        "The Times (London)",
        "Guardian",
        "MAIL ON SUNDAY (London)",
        "Sunday Mirror",
        "DAILY MAIL (London)",
    ]
    days = ["2010-01-11"] * 6 + ["2010-01-08", "2010-01-10", "2010-01-10", "2010-01-09"]
    assert arts["date"].tolist() == [pd.Timestamp(d) for d in days]
    assert set(arts["date_precision"]) == {"day"}
    assert arts["date_raw"].iloc[9] == "January 9, 2010 Saturday"
    assert arts["authors"].fillna("-").tolist() == [
        "Andrew Sparrow",
        "Simon Tisdall",
        "TREVOR Kavanagh",
        "Tom Coghlan",
        "William Rees-Mogg",
        "Tom Coghlan",
        "Allegra Stratton",
        "STEPHEN POLLARD",
        "Ross Ihaka; Robert Gentleman",
        "-",
    ]
    assert arts["byline"].iloc[7] == "BY STEPHEN POLLARD"
    assert arts["word_count"].tolist() == [355, 927, 677, 453, 918, 471, 607, 698, 446, 2968]
    assert str(arts["word_count"].dtype) == "Int64"
    assert arts["length"].iloc[9] == "2,968 words"
    assert arts["section"].fillna("-").tolist() == [
        "-",
        "-",
        "FEATURES; Pg. 6",
        "NEWS; Pg. 3",
        "EDITORIAL; Pg. 24",
        "NEWS; Pg. 8",
        "-",
        "-",
        "NEWS; Pg. 6",
        "-",
    ]
    assert arts["edition"].fillna("-").tolist() == [
        "-",
        "-",
        "Edition 1; Scotland",
        "Edition 1; Ireland",
        "Edition 1; National Edition",
        "Edition 2; National Edition",
        "-",
        "-",
        "3 Star Edition",
        "-",
    ]
    assert arts["load_date"].tolist() == ["January 11, 2010"] * 7 + [
        "January 9, 2010",
        "January 10, 2010",
        "January 8, 2010",
    ]
    assert arts["journal_code"].fillna("-").tolist() == ["-", "-", "SUN"] + ["TIM"] * 3 + ["-"] * 4
    assert arts["publication_type"].value_counts().to_dict() == {"Newspaper": 8, "Papers": 2}
    assert arts["language"].tolist() == ["en"] * 10
    assert arts["language_name"].tolist() == ["ENGLISH"] * 10
    # a caption over several lines is one value; only documents 4 and 9 have one
    assert arts["graphic"].notna().tolist() == [False] * 3 + [True] + [False] * 4 + [True, False]
    assert not arts["graphic"].dropna().str.contains("\n").any()
    # headlines over two lines are joined; the body holds no field or copyright line
    assert arts["title"].str.split().str.len().tolist() == [5, 5, 5, 8, 17, 14, 5, 5, 5, 1]
    assert arts["title"].iloc[5].startswith("Lorem") and arts["title"].iloc[5].endswith("aliquet")
    for marker in ("BYLINE:", "LENGTH:", "LOAD-DATE:", "LANGUAGE:", "Copyright", "DOCUMENTS"):
        assert not arts["text"].str.contains(marker).any(), marker
    assert (arts["text"].str.count("\n\n") + 1).tolist() == [5, 12, 8, 6, 12, 7, 6, 10, 7, 49]
    assert arts["text"].str.split().str.len().min() > 50


def test_lexisnexis_fields_of_lnt_read_all_come_through(exports):
    """LexisNexisTools' lnt_read gives ID, Newspaper, Date, Length, Section, Author, Edition,
    Headline, Graphic, Article: each has a column here, filled wherever the sample has it."""
    arts = _read(exports / "lexisnexis" / "sample.TXT")
    lnt = {
        "ID": "doc_id",
        "Newspaper": "outlet",
        "Date": "date",
        "Length": "word_count",
        "Section": "section",
        "Author": "authors",
        "Edition": "edition",
        "Headline": "title",
        "Graphic": "graphic",
        "Article": "text",
    }
    counts = {field: int(arts[column].notna().sum()) for field, column in lnt.items()}
    assert counts == {
        "ID": 10,
        "Newspaper": 10,
        "Date": 10,
        "Length": 10,
        "Section": 5,
        "Author": 9,
        "Edition": 5,
        "Headline": 10,
        "Graphic": 2,
        "Article": 10,
    }


# --- Nexis Uni DOCX ----------------------------------------------------------------------------


def test_nexis_uni_docx_export_every_field(exports):
    arts = _read(exports / "lexisnexis" / "sample.DOCX")
    assert ck.load_report(arts).loaded == 10
    assert set(arts["outlet"]) == {"The Guardian(London)"}
    assert arts["date"].iloc[0] == pd.Timestamp("2019-07-01 09:20")
    assert arts["date"].iloc[2] == pd.Timestamp("2019-07-04 13:04")  # 1:04 PM
    assert set(arts["date_precision"]) == {"datetime"}
    assert arts["word_count"].tolist() == [355, 571, 641, 663, 17366, 967, 412, 838, 446, 1163]
    assert arts["section"].tolist()[:2] == ["POLITICS; Version:28", "POLITICS; Version:17"]
    assert arts["section"].iloc[8] == "Wikipedia"
    assert arts["authors"].iloc[4] == "Andrew Sparrow; Kevin Rawlinson"
    assert arts["copyright"].notna().tolist() == [False] + [True] * 9
    # document 7 has the Classification block
    seventh = arts.iloc[6]
    assert seventh["language"] == "en"
    assert seventh["publication_type"] == "Newspaper"
    assert seventh["journal_code"] == "WEBGNS"
    assert seventh["organization"] == "EUROPEAN PARLIAMENT (84%)"
    assert seventh["person"].count("%") == 2
    assert seventh["subject"].count(";") >= 2 and seventh["geographic"].count(";") >= 2
    assert arts["load_date"].fillna("-").tolist()[6:] == [
        "July 4, 2019",
        "-",
        "July 3, 2019",
        "July 2, 2019",
    ]
    for marker in ("Body", "Classification", "End of Document", "Load-Date", "Byline:"):
        assert not arts["text"].str.contains(marker).any(), marker
    assert (arts["text"].str.count("\n\n") + 1).tolist() == [5, 7, 3, 9, 5, 14, 1, 16, 7, 4]


# --- Factiva -----------------------------------------------------------------------------------


def test_factiva_html_export_every_field(exports):
    arts = _read(exports / "factiva" / "factiva_test.html")
    assert arts["doc_id"].tolist() == ["TESTFR0020111229e7ct0001r", "TESTFR0020111229e7ct0015j"]
    assert arts["accession_number"].tolist() == arts["doc_id"].tolist()
    assert arts["title"].tolist() == ["Test 1", "Test 2"]
    assert arts["outlet"].tolist() == ["Test newspaper", "Ouest France"]
    assert arts["date"].tolist() == [pd.Timestamp("2011-12-29 15:32"), pd.Timestamp("2011-12-29")]
    assert arts["date_precision"].tolist() == ["datetime", "day"]
    assert arts["date_raw"].tolist() == ["29 décembre 2011 15:32", "29 décembre 2011"]
    assert arts["language"].tolist() == ["fr", "fr"]
    assert arts["language_name"].tolist() == ["Français", "Français"]
    assert arts["word_count"].tolist() == [295, 65]
    assert arts["source_code"].tolist() == ["TESTFR", "TESTFR"]
    assert arts["page"].fillna("-").tolist() == ["26", "-"]
    assert arts["section"].fillna("-").tolist() == ["-", "Infolocale"]
    assert arts["edition"].fillna("-").tolist() == ["-", "something"]
    assert arts["publisher"].tolist() == ["Reuters Limited", "Test newspaper"]
    assert arts["copyright"].tolist() == ["(c) Test company.", "Test Company 2011."]
    assert arts["reference"].fillna("-").tolist() == ["FRANCE-TEST", "-"]
    assert arts["subject_codes"].tolist() == ["gvote1; gpol; gvote; gcat; gpir", "gcat"]
    assert arts["subjects"].iloc[1] == "Political/General News"
    assert arts["region_codes"].tolist() == ["fra; eecz; eurz; medz; weurz"] * 2
    assert arts["regions"].iloc[0].split("; ")[0] == "France"
    assert arts["ipc"].iloc[0].split("; ")[:2] == ["INGE", "VOTE"]
    assert arts["ipd"].fillna("-").tolist() == ["-", "Infolocale"]
    assert arts[["ngc", "gc"]].iloc[1].tolist() == ["Test newspaper", "TEST"]
    # LP is the lede and TD the text; an article with LP only has it as its text
    assert arts["lede"].iloc[0].count("\n\n") == 1 and "à la française" in arts["lede"].iloc[0]
    assert arts["text"].iloc[0].count("\n\n") == 1
    assert pd.isna(arts["lede"].iloc[1]) and arts["text"].iloc[1].count("\n\n") == 1
    assert arts["lead_paragraph"].notna().all()


def test_factiva_xml_export_every_field(exports):
    arts = _read(exports / "factiva" / "factiva_test.xml")
    assert arts["doc_id"].tolist() == [f"TEST0000020120109e5170003{n}" for n in range(3)]
    assert arts["title"].str.endswith("test article").tolist() == [True, False, True]
    assert arts["title"].str.startswith("TEST - ").all()
    assert arts["date"].tolist() == [
        pd.Timestamp("2012-01-09 01:35:58"),
        pd.Timestamp("2012-01-06 01:05:06"),
        pd.Timestamp("2012-05-06 01:07:06"),
    ]
    assert arts["language"].tolist() == ["en", "fr", "en"]
    assert arts["outlet"].tolist() == ["My Newspaper"] * 3
    assert arts["publisher"].tolist() == ["Company", "Corporation", "Corporation"]
    assert arts["source_code"].tolist() == ["TEST"] * 3
    assert arts["word_count"].tolist() == [942, 780, 531]
    assert arts["page"].fillna("-").tolist() == ["1", "-", "85"]
    assert arts["notes"].fillna("-").tolist() == ["A NOTE", "UNE AUTRE NOTE", "-"]
    assert arts["copyright"].tolist() == [
        "(c) 2012 Company",
        "(c) 2012 Corporation",
        "(c) 2012 Corporation",
    ]
    assert arts["subject_codes"].iloc[0] == "c21; gwea; ccat; gcat; gpir; gpol; gvbod"
    assert arts["subjects"].iloc[1].split("; ")[-1] == "FC&E Exclusion Filter"
    assert arts["region_codes"].iloc[2].split("; ") == [
        "arg",
        "devgcoz",
        "bueair",
        "dvpcoz",
        "lamz",
        "samz",
        "vista",
    ]
    assert arts["regions"].iloc[0].split("; ")[0] == "United States"
    assert arts["ipcre"].fillna("-").tolist() == ["EUROPE; US; LATAM", "-", "EMRG; AR; LATAM"]
    assert arts["ipd"].iloc[1] == "A description; Another description"
    assert arts["ipc"].iloc[1].split("; ")[:3] == ["MEAL", "GRA/", "LANGEN"]
    assert arts["reference"].str.startswith("distdoc:archive/").all()
    assert arts["lede"].notna().all() and arts["text"].notna().all()
    assert arts["text"].iloc[2].endswith("third test article.")  # <hlt> kept as text


def test_factiva_fields_of_tm_plugin_factiva_all_come_through(exports):
    """tm.plugin.factiva gives heading, author, datetimestamp, wordcount, origin, language,
    subject, coverage, company, industry, id: each has a column here."""
    tm = {
        "heading": "title",
        "author": "authors",
        "datetimestamp": "date",
        "wordcount": "word_count",
        "origin": "outlet",
        "language": "language",
        "subject": "subjects",
        "coverage": "regions",
        "id": "doc_id",
    }
    for name in ("factiva_test.html", "factiva_test.xml"):
        arts = _read(exports / "factiva" / name)
        for field, column in tm.items():
            if field != "author":  # the samples have no byline
                assert arts[column].notna().all(), (name, field)
    html = _read(exports / "factiva" / "factiva_test.html")
    # company (CO) and industry (IN) codes: none in the samples; a block with them:
    assert "companies" not in html.columns


def test_factiva_company_industry_and_byline(tmp_path):
    path = tmp_path / "one.html"
    path.write_text(
        _factiva_html(
            [
                _block(
                    extra={
                        "BY": "By Jane Roe and John Doe",
                        "CO": "gazp : Gazprom PAO | rosn : Rosneft",
                        "IN": "i1 : Energy",
                    }
                )
            ]
        )
    )
    arts = _read(path)
    assert arts["authors"].iloc[0] == "Jane Roe; John Doe"
    assert arts["company_codes"].iloc[0] == "gazp; rosn"
    assert arts["companies"].iloc[0] == "Gazprom PAO; Rosneft"
    assert arts[["industry_codes", "industries"]].iloc[0].tolist() == ["i1", "Energy"]


# --- Detection by content, format=, the CLI -----------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "name"),
    [
        ("lexisnexis/sample.TXT", "export.txt"),
        ("factiva/factiva_test.html", "export.htm"),
        ("factiva/factiva_test.xml", "export.xml"),
        ("lexisnexis/sample.DOCX", "export.docx"),
    ],
)
def test_exports_are_recognised_by_content_in_a_folder(exports, tmp_path, sample, name):
    shutil.copy(exports / sample, tmp_path / name)
    (tmp_path / "plain.txt").write_text("A plain story about Mosul.\n\nIt has a body.\n")
    arts = _read(tmp_path)
    assert "plain" in arts["doc_id"].tolist()
    assert len(arts) == 1 + len(_read(exports / sample))


def test_format_forces_the_export_reader(exports, tmp_path):
    odd = tmp_path / "download.dat"
    shutil.copy(exports / "lexisnexis" / "sample.TXT", odd)
    assert len(_read(odd, format="lexisnexis")) == 10
    page = tmp_path / "page.txt"
    shutil.copy(exports / "factiva" / "factiva_test.html", page)
    assert _read(page, format="factiva")["doc_id"].iloc[0] == "TESTFR0020111229e7ct0001r"
    # format="txt" reads the export as one plain article
    assert len(_read(exports / "lexisnexis" / "sample.TXT", format="txt")) == 1


def test_id_prefix_outlet_and_language_apply_to_exports(exports):
    arts = _read(exports / "factiva" / "factiva_test.xml", id_prefix="fx/", outlet="X")
    assert arts["doc_id"].iloc[0] == "fx/TEST0000020120109e51700030"
    assert set(arts["outlet"]) == {"X"}


def test_cli_load_reads_exports(exports, tmp_path):
    out = tmp_path / "arts.parquet"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "corpuskit.cli.main",
            "load",
            str(exports / "factiva"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    arts = pd.read_parquet(out)
    assert len(arts) == 5
    assert arts["doc_id"].str.startswith("TEST").all()
    assert {"subject_codes", "regions", "word_count"} <= set(arts.columns)


# --- Duplicates across exports -------------------------------------------------------------------


def test_the_same_export_read_twice_gives_duplicate_clusters(exports, tmp_path):
    for name in ("search_a.txt", "search_b.txt"):
        shutil.copy(exports / "lexisnexis" / "sample.TXT", tmp_path / name)
    arts = _read(tmp_path)
    assert len(arts) == 20
    clusters = ck.find_duplicates(arts)
    cluster_of = dict(zip(clusters["doc_id"], clusters["cluster_id"]))
    for number in range(1, 11):
        a, b = f"search_a#{number}", f"search_b#{number}"
        assert a in cluster_of and cluster_of[a] == cluster_of[b], number
    exact = clusters[clusters["kind"] == "exact"]
    assert set(exact["doc_id"]) >= {f"search_{s}#{n}" for s in "ab" for n in range(1, 11)}


def test_the_same_factiva_article_twice_is_the_same_doc_id(exports, tmp_path):
    for name in ("a.xml", "b.xml"):
        shutil.copy(exports / "factiva" / "factiva_test.xml", tmp_path / name)
    with pytest.raises(LoadError, match="doc_id 'TEST0000020120109e51700030' is also the id of"):
        ck.read_articles(tmp_path)
    with pytest.warns(LoadWarning, match="skipped 3 of 6"):
        arts = ck.read_articles(tmp_path, errors="skip")
    assert len(arts) == 3
    both = pd.concat(
        [ck.read_articles(tmp_path / n, id_prefix=f"{n}/") for n in ("a.xml", "b.xml")],
        ignore_index=True,
    )
    assert ck.find_duplicates(both)["n_members"].max() >= 2


# --- Helpers: dates, languages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected", "precision"),
    [
        ("January 11, 2010 Monday", "2010-01-11", "day"),
        ("July 1, 2019 Monday 9:20 AM GMT", "2019-07-01 09:20", "datetime"),
        ("29 décembre 2011", "2011-12-29", "day"),
        ("3. März 2016", "2016-03-03", "day"),
        ("29 de diciembre de 2011", "2011-12-29", "day"),
        ("27 марта 2017 г.", "2017-03-27", "day"),
        ("2012-01-09T01:35:58Z", "2012-01-09 01:35:58", "datetime"),
    ],
)
def test_dates_in_several_languages(raw, expected, precision):
    assert parse_date(raw) == (pd.Timestamp(expected), precision)


def test_unparseable_dates_and_language_names():
    assert parse_date("Monday") == (None, "unknown")
    assert [language_code(v) for v in ("ENGLISH", "Русский", "de", "", "Elvish")] == [
        "en",
        "ru",
        "de",
        None,
        None,
    ]


# --- RTF -----------------------------------------------------------------------------------------


def _rtf(text: str) -> str:
    body = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n" + body.replace("\n", "\\par\n") + "}"


def test_rtf_export_of_lexisnexis_academic(tmp_path):
    path = tmp_path / "export.rtf"
    path.write_text(_rtf(_academic([_ln_doc(1, 2), _ln_doc(2, 2)])))
    arts = _read(path)
    assert arts["doc_id"].tolist() == ["export#1", "export#2"]
    assert arts["outlet"].tolist() == ["The Daily Example (London)"] * 2
    assert arts["word_count"].tolist() == [12, 12]


# --- Malformed exports (the malformed-input suite of test_malformed.py, for exports) ------------


def _ln_doc(
    number: int,
    total: int,
    *,
    date: str = "March 27, 2017 Monday",
    headline: str | None = None,
    body: bool = True,
    load_date: bool = True,
) -> str:
    lines = [
        f"                 {number} of {total} DOCUMENTS",
        "",
        "",
        "",
        "            The Daily Example (London)",
        "",
        f"            {date}",
        "",
    ]
    if headline is None:
        headline = f"Headline number {number}"
    if headline:
        lines += [headline, ""]
    lines += ["BYLINE: Jane Roe", "", "LENGTH: 12 words", "", ""]
    if body:
        lines += ["Fighting near Mosul went on for a day, officials said on Monday.", ""]
    if load_date:
        lines += [
            "LOAD-DATE: March 28, 2017",
            "",
            "LANGUAGE: ENGLISH",
            "",
            "",
            "          Copyright 2017 Example Ltd",
            "          All Rights Reserved",
            "",
        ]
    return "\n".join(lines) + "\n"


def _academic(docs: list[str]) -> str:
    return "Download Request: Selected Items: 1-3\n\n" + "".join(docs)


def _block(
    *, drop: tuple[str, ...] = (), extra: dict[str, str] | None = None, an: str = "X1"
) -> str:
    fields = {
        "HD": "<b>A headline</b>",
        "WC": "120 words",
        "PD": "27 March 2017",
        "SN": "Example Wire",
        "LA": "English",
        "TD": "<p>Body text about Aleppo.</p>",
        **(extra or {}),
        "AN": f"Document {an}",
    }
    rows = "".join(
        f'<tr><td class="index"><b>{code}</b>&nbsp;</td><td>{value}</td></tr>'
        for code, value in fields.items()
        if code not in drop
    )
    return f'<div class="article enArticle"><table>{rows}</table></div>'


def _factiva_html(blocks: list[str]) -> str:
    return "<html><head><title>Factiva</title></head><body>" + "".join(blocks) + "</body></html>"


def _xml_article(n: int, *, headline: bool = True, date: bool = True) -> str:
    head = f"<headline><paragraph>Headline {n}</paragraph></headline>" if headline else ""
    when = "<publicationDate><dateTime>2017-03-27T10:00:00Z</dateTime></publicationDate>"
    return (
        f"<ppsarticle><article><accessionNo>AN{n}</accessionNo>{head}"
        f"{when if date else ''}<sourceName>Example</sourceName>"
        f"<tailParagraphs><paragraph>Body {n} about Mosul.</paragraph></tailParagraphs>"
        "</article></ppsarticle>\n"
    )


def _factiva_xml(articles: list[str]) -> str:
    return (
        '<?xml version="1.0"?>\n<PPSResponse><ppsArticleResponse>\n'
        + "".join(articles)
        + ("</ppsArticleResponse></PPSResponse>\n")
    )


def _docx(path: Path, documents: int, *, cover: int, body: bool = True) -> None:
    document = docx.Document()
    document.add_paragraph(f"Documents ({cover})")
    for n in range(1, documents + 1):
        for text in (
            f"Headline {n}",
            "The Example(London)",
            "March 27, 2017 Monday 9:20 AM GMT",
            "Length:\u00a0120 words",
            "Byline:\u00a0Jane Roe",
        ):
            document.add_paragraph(text)
        if body or n < documents:
            document.add_paragraph("Body")
        document.add_paragraph(f"Text of document {n} about Aleppo.")
        document.add_paragraph("Load-Date:\u00a0March 28, 2017")
        document.add_paragraph("End of Document")
    document.save(path)


def _write(name: str, text: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


def _make_docx(name: str, documents: int, **options) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        _docx(path, documents, **options)
        return path

    return make


@dataclass
class Case:
    """One malformed export and what must be reported about it."""

    name: str
    make: Callable[[Path], Path]
    reason: str
    row: int | None
    total: int
    loaded: int
    skipped_rows: tuple[int | None, ...] = ()
    options: dict | None = None


CASES = [
    Case(
        "ln_missing_separator",
        _write(
            "ln.txt", _academic([_ln_doc(1, 3), _ln_doc(2, 3).split("\n", 1)[1], _ln_doc(3, 3)])
        ),
        "document 1 (line 3): runs into document 2, whose 'N of M DOCUMENTS' separator is missing",
        1,
        3,
        1,
        (1, 2),
    ),
    Case(
        "ln_truncated_document",
        _write("ln.txt", _academic([_ln_doc(1, 3), _ln_doc(2, 3, load_date=False)])),
        "document 2 (line 28): ends without its LOAD-DATE field: the export looks truncated",
        2,
        3,
        1,
        (2, 3),
    ),
    Case(
        "ln_missing_last_documents",
        _write("ln.txt", _academic([_ln_doc(1, 3), _ln_doc(2, 3)])),
        "document 3: missing: the export says 3 documents and ends after document 2",
        3,
        3,
        2,
        (3,),
    ),
    Case(
        "ln_no_date",
        _write("ln.txt", _academic([_ln_doc(1, 2), _ln_doc(2, 2, date="Sometime")])),
        "document 2 (line 28): no date: expected a date line",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "ln_no_headline",
        _write("ln.txt", _academic([_ln_doc(1, 2, headline=""), _ln_doc(2, 2)])),
        "document 1 (line 3): no headline after the date line",
        1,
        2,
        1,
        (1,),
    ),
    Case(
        "ln_no_body",
        _write("ln.txt", _academic([_ln_doc(1, 2), _ln_doc(2, 2, body=False)])),
        "document 2 (line 28): no body text",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "ln_not_an_export",
        _write("ln.txt", "Just a story.\n\nWith a body.\n"),
        "not a LexisNexis export: no 'N of M DOCUMENTS' separator",
        None,
        1,
        0,
        (None,),
        {"format": "lexisnexis"},
    ),
    Case(
        "docx_truncated",
        _make_docx("uni.docx", 2, cover=3),
        "document 3: missing: the cover page lists 3 documents, the export holds 2",
        3,
        3,
        2,
        (3,),
    ),
    Case(
        "docx_no_body_line",
        _make_docx("uni.docx", 2, cover=2, body=False),
        "document 2: no 'Body' line before its text",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "docx_broken",
        _write("uni.docx", "PK\x03\x04 this is not a zip archive"),
        "not a DOCX file (not a zip archive)",
        None,
        1,
        0,
        (None,),
    ),
    Case(
        "rtf_not_rtf",
        _write("export.rtf", "plain words, no RTF"),
        "not an RTF file",
        None,
        1,
        0,
        (None,),
    ),
    Case(
        "factiva_html_no_headline",
        _write("f.html", _factiva_html([_block(an="A1"), _block(drop=("HD",), an="A2")])),
        "document 2: no HD (headline) field",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "factiva_html_no_date",
        _write("f.html", _factiva_html([_block(drop=("PD",), an="A1"), _block(an="A2")])),
        "document 1: no PD (publication date) field",
        1,
        2,
        1,
        (1,),
    ),
    Case(
        "factiva_html_bad_date",
        _write("f.html", _factiva_html([_block(an="A1", extra={"PD": "someday"})])),
        "document 1: PD (publication date) 'someday' is not a date",
        1,
        1,
        0,
        (1,),
    ),
    Case(
        "factiva_html_truncated",
        _write("f.html", _factiva_html([_block(an="A1"), _block(an="A2")])[:-60]),
        "document 2: no AN (accession number)",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "factiva_xml_broken",
        _write(
            "f.xml",
            _factiva_xml(
                [
                    _xml_article(1),
                    _xml_article(2).replace("</sourceName>", "</source>"),
                    _xml_article(3),
                ]
            ),
        ),
        "document 2 (line 4): not well-formed XML: mismatched tag",
        2,
        3,
        2,
        (2,),
    ),
    Case(
        "factiva_xml_truncated",
        _write("f.xml", _factiva_xml([_xml_article(1), _xml_article(2)])[:-80]),
        "document 2 (line 4): the file ends inside it (truncated?)",
        2,
        2,
        1,
        (2,),
    ),
    Case(
        "factiva_xml_no_headline",
        _write("f.xml", _factiva_xml([_xml_article(1, headline=False), _xml_article(2)])),
        "document 1 (line 3): no <headline>",
        1,
        2,
        1,
        (1,),
    ),
    Case(
        "factiva_xml_no_date",
        _write("f.xml", _factiva_xml([_xml_article(1), _xml_article(2, date=False)])),
        "document 2 (line 4): no <publicationDate> date",
        2,
        2,
        1,
        (2,),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_export_raises_naming_file_and_document(case, tmp_path):
    path = case.make(tmp_path)
    with pytest.raises(LoadError) as caught:
        ck.read_articles(path, **(case.options or {}))
    error = caught.value
    assert error.path == str(path)
    assert str(error).startswith(str(path))
    assert case.reason in error.reason, error.reason
    assert error.row == case.row


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_export_skipped_documents_are_reported(case, tmp_path):
    path = case.make(tmp_path)
    with pytest.warns(LoadWarning, match="skipped"):
        arts = ck.read_articles(path, errors="skip", **(case.options or {}))
    report = ck.load_report(arts)
    assert (report.total, report.loaded) == (case.total, case.loaded)
    assert len(arts) == case.loaded
    assert [s["row"] for s in report.skips] == list(case.skipped_rows)
    assert all(s["source"] == str(path) for s in report.skips)
    assert case.reason in report.skips[0]["reason"]
    ck.validate_articles(arts)


def _uni_text(last_paragraph: str) -> str:
    return "\n".join(
        [
            "Documents (1)",
            "",
            "Aleppo ceasefire holds",
            "Example News(London)",
            "December 14, 2016 Wednesday 8:00 AM GMT",
            "Section:\u00a0WORLD",
            "Body",
            "First paragraph about Aleppo.",
            last_paragraph,
            "Classification",
            "Language:\u00a0ENGLISH",
            "Source: Example desk",
            "Load-Date:\u00a0December 15, 2016",
            "End of Document",
            "",
        ]
    )


def test_nexis_uni_text_export_and_fields_named_like_schema_columns(tmp_path):
    path = tmp_path / "uni.txt"
    path.write_text(_uni_text("Source: Reuters"))
    arts = _read(path)
    row = arts.iloc[0]
    assert (row["title"], row["outlet"], row["section"]) == (
        "Aleppo ceasefire holds",
        "Example News(London)",
        "WORLD",
    )
    assert row["date"] == pd.Timestamp("2016-12-14 08:00")
    # a last paragraph with a plain "Name: value" stays text; a known trailing field does not
    assert row["text"] == "First paragraph about Aleppo.\n\nSource: Reuters"
    assert (row["language"], row["load_date"]) == ("en", "December 15, 2016")
    # a field named like a schema column is kept beside it, never dropped
    assert (row["source"], row["source_field"]) == (str(path), "Example desk")
