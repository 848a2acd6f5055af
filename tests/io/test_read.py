"""read_articles: dispatch on files, folders, globs, lists and DataFrames; real corpora."""

from __future__ import annotations

import shutil
import warnings

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.report import LoadWarning
from corpuskit.schema import validate_articles

FAKES_COLUMNS = {"article_content": "text", "article_title": "title", "source": "outlet"}


@pytest.fixture
def readers(fixtures):
    return fixtures / "readers"


def test_single_text_file(readers):
    path = readers / "corpus" / "tass" / "lavrov.txt"
    arts = ck.read_articles(path, year=2017)
    assert arts["doc_id"].tolist() == ["lavrov"]
    row = arts.iloc[0]
    assert row["title"] == "Lavrov comments on Mosul"
    assert row["dateline"] == "MOSCOW"
    assert row["outlet"] == "TASS"
    assert row["date"] == pd.Timestamp("2017-03-27")
    assert row["date_precision"] == "day"
    assert row["text"].startswith("Russian Foreign Minister Sergey Lavrov spoke on Monday.")
    assert row["source"] == str(path)
    assert pd.isna(row["source_row"])
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (1, 1, 0)
    validate_articles(arts)


def test_text_file_without_year_keeps_month_day(readers):
    arts = ck.read_articles(readers / "corpus" / "tass" / "lavrov.txt")
    assert pd.isna(arts.loc[0, "date"])
    assert arts.loc[0, "date_precision"] == "month-day"
    assert arts.loc[0, "date_raw"] == "March 27"


@pytest.fixture
def corpus(readers, tmp_path):
    """The corpus fixture plus a hidden file and a PDF (made here: VCS may ignore them)."""
    folder = tmp_path / "corpus"
    shutil.copytree(readers / "corpus", folder)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return folder


def test_folder_reads_every_supported_file_and_reports_the_rest(corpus):
    folder = corpus
    with pytest.warns(LoadWarning, match="skipped 2 of 6"):
        arts = ck.read_articles(folder)
    assert arts["doc_id"].tolist() == ["bbc/001", "c1", "c2", "tass/lavrov"]
    assert arts["source"].tolist() == [
        str(folder / "bbc" / "001.txt"),
        str(folder / "table.csv"),
        str(folder / "table.csv"),
        str(folder / "tass" / "lavrov.txt"),
    ]
    assert arts["source_row"].tolist()[1:3] == [1, 2]
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (6, 4, 2)
    skips = report.to_frame().set_index("source")["reason"]
    assert skips[str(folder / ".DS_Store")] == "hidden file, not read"
    assert skips[str(folder / "notes.pdf")].startswith("unsupported file type '.pdf'")
    validate_articles(arts)


def test_folder_not_recursive(corpus):
    with pytest.warns(LoadWarning):
        arts = ck.read_articles(corpus, recursive=False)
    assert arts["doc_id"].tolist() == ["c1", "c2"]
    reasons = ck.load_report(arts).to_frame()["reason"].tolist()
    assert reasons.count("subfolder, not read (recursive=False)") == 2


def test_glob_ids_are_relative_to_the_glob_base(readers):
    pattern = str(readers / "corpus" / "**" / "*.txt")
    arts = ck.read_articles(pattern)
    assert arts["doc_id"].tolist() == ["bbc/001", "tass/lavrov"]


def test_list_of_sources_and_id_prefix(readers):
    arts = ck.read_articles([readers / "articles.csv", readers / "articles.jsonl"], id_prefix="x/")
    assert arts["doc_id"].tolist() == ["x/a1", "x/a2", "x/a3", "x/a4", "x/1", "x/2"]
    assert ck.load_report(arts).total == 6
    assert "tags" in arts.columns and "region" in arts.columns


def test_outlet_and_language_override(readers):
    arts = ck.read_articles(readers / "articles.csv", outlet="Wire", language="en")
    assert set(arts["outlet"]) == {"Wire"}
    assert set(arts["language"]) == {"en"}


def test_year_completes_month_day_dates_in_tables(readers):
    arts = ck.read_articles(readers / "month_day.csv", year=2016)
    assert arts["date_precision"].tolist() == ["day", "day", "unknown", "day"]
    assert arts["date"].tolist()[:2] == [pd.Timestamp("2016-03-27"), pd.Timestamp("2016-03-27")]
    assert arts["date"].tolist()[3] == pd.Timestamp("2016-12-05")
    assert arts["date_raw"].tolist()[0] == "March 27"


def test_year_column_completes_dates_and_dates_undated_rows(readers):
    arts = ck.read_articles(readers / "month_day.csv", year_column="year")
    assert arts["date_precision"].tolist() == ["day", "day", "year", "month-day"]
    assert arts["date"].tolist()[:3] == [
        pd.Timestamp("2017-03-27"),
        pd.Timestamp("2016-03-27"),
        pd.Timestamp("2015-01-01"),
    ]
    assert pd.isna(arts["date"].tolist()[3])
    validate_articles(arts)


def test_year_column_must_exist(readers):
    with pytest.raises(ValueError, match="year_column='yr' is not a column"):
        ck.read_articles(readers / "month_day.csv", year_column="yr")


def test_dataframe_input_with_mapping():
    frame = pd.DataFrame(
        {"body": ["One.", "Two."], "when": ["2016-12-01", "2016"], "votes": [3, 4]},
        index=[10, 20],
    )
    arts = ck.read_articles(frame, columns={"body": "text", "when": "date"})
    assert arts["doc_id"].tolist() == ["row:1", "row:2"]
    assert arts["source"].tolist() == ["<DataFrame>"] * 2
    assert arts["date_precision"].tolist() == ["day", "year"]
    assert arts["votes"].tolist() == [3, 4]
    assert ck.load_report(arts).loaded == 2


def test_dataframe_input_skips_bad_rows():
    frame = pd.DataFrame({"text": ["One.", "", None, "Four."]})
    with pytest.warns(LoadWarning):
        arts = ck.read_articles(frame, errors="skip")
    assert arts["doc_id"].tolist() == ["row:1", "row:4"]
    report = ck.load_report(arts)
    assert report.to_frame()["row"].tolist() == [2, 3]
    assert report.loaded + report.skipped == report.total == 4


def test_format_forces_the_reader(readers, tmp_path):
    path = tmp_path / "export.dat"
    shutil.copy(readers / "articles.csv", path)
    arts = ck.read_articles(path, format="csv")
    assert len(arts) == 4


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.csv").write_text("id,text\n1,One.\n2,Two.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text\n3,Three.\n1,Other one.\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        ck.read_articles(tmp_path)
    message = str(caught.value)
    assert f"{tmp_path / 'b.csv'}, row 2" in message
    assert f"also the id of {tmp_path / 'a.csv'}, row 1" in message
    with pytest.warns(LoadWarning):
        arts = ck.read_articles(tmp_path, errors="skip")
    assert arts["doc_id"].tolist() == ["1", "2", "3"]
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (4, 3, 1)
    assert report.skips[0]["row"] == 2


def test_argument_errors(readers):
    with pytest.raises(ValueError, match="errors= must be one of"):
        ck.read_articles(readers / "articles.csv", errors="ignore")
    with pytest.raises(ValueError, match="format= must be one of"):
        ck.read_articles(readers / "articles.csv", format="xls")
    with pytest.raises(ValueError, match="not both"):
        ck.read_articles(readers / "articles.csv", year=2016, year_column="x")
    with pytest.raises(ValueError, match="year= must be an int"):
        ck.read_articles(readers / "articles.csv", year="2016")
    with pytest.raises(ValueError, match="source= must be a path"):
        ck.read_articles(42)
    with pytest.raises(ValueError, match="empty list"):
        ck.read_articles([])


def test_html_page_with_declared_charset(tmp_path):
    page = (
        '<html lang="ru"><head><meta charset="windows-1251"><title>Москва</title></head>'
        "<body><article><h1>Лавров о Мосуле</h1>"
        "<p>Министр иностранных дел России Сергей Лавров выступил в понедельник.</p>"
        "<p>Он сказал больше.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    arts = ck.read_articles(path)
    assert arts.loc[0, "doc_id"] == "page"
    assert arts.loc[0, "title"] == "Лавров о Мосуле"
    assert "Сергей Лавров" in arts.loc[0, "text"]
    assert arts.loc[0, "language"] == "ru"
    assert "subheadings" not in arts.columns
    assert ck.load_report(arts).notes == [f"decoded 1 file(s) as windows-1251 (not UTF-8): {path}"]


def test_fakes_loads_without_mojibake(data_dir):
    arts = ck.read_articles(data_dir / "fakes" / "fakes.csv", columns=FAKES_COLUMNS)
    assert len(arts) == 804
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (804, 804, 0)
    text = arts["title"].str.cat(sep=" ") + arts["text"].str.cat(sep=" ")
    assert "\ufffd" not in text
    assert "â€" not in text and "Ã" not in text
    assert arts["outlet"].value_counts()["ahram"] == 149
    assert arts["date"].min() == pd.Timestamp("2011-02-02")
    assert arts["date"].max() == pd.Timestamp("2018-07-18")
    assert set(arts["date_precision"]) == {"day"}
    assert arts.loc[0, "date_raw"] == "4/5/17"
    assert arts.loc[0, "date"] == pd.Timestamp("2017-04-05")
    assert {"unit_id", "label", "nb_civilians"} <= set(arts.columns)
    assert any("windows-1252" in note for note in report.notes)
    validate_articles(arts)


def test_fakes_unit_id_is_not_unique(data_dir):
    # FA-KES repeats some unit_ids (rows 462-465 share one): mapping it to doc_id fails loudly
    with pytest.raises(LoadError, match=r"row 463, column 'unit_id': duplicate doc_id"):
        ck.read_articles(
            data_dir / "fakes" / "fakes.csv", columns={**FAKES_COLUMNS, "unit_id": "doc_id"}
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        arts = ck.read_articles(
            data_dir / "fakes" / "fakes.csv",
            columns={**FAKES_COLUMNS, "unit_id": "doc_id"},
            errors="skip",
        )
    report = ck.load_report(arts)
    assert report.loaded + report.skipped == report.total == 804
    assert report.skipped == 12
    assert arts["doc_id"].is_unique


def test_bbc_news_loads(data_dir):
    arts = ck.read_articles(data_dir / "bbc_news" / "bbc_news.csv")
    assert len(arts) == 2225
    assert arts["doc_id"].iloc[0] == "business/001"
    assert arts["title"].iloc[0] == "Ad sales boost Time Warner profit"
    assert arts["category"].value_counts().to_dict() == {
        "sport": 511,
        "business": 510,
        "politics": 417,
        "tech": 401,
        "entertainment": 386,
    }
    assert set(arts["date_precision"]) == {"unknown"}
    validate_articles(arts)


def test_articles_frame_round_trips_through_parquet_and_dataframe(readers, tmp_path):
    arts = ck.read_articles(readers / "articles.csv")
    path = tmp_path / "saved.parquet"
    arts.to_parquet(path)
    back = ck.read_articles(path)
    pd.testing.assert_frame_equal(back, arts, check_dtype=False)
    again = ck.read_articles(arts)
    pd.testing.assert_frame_equal(again, arts, check_dtype=False)
    assert ck.load_report(again).notes == []


def test_articles_frame_round_trips_through_csv_keeping_precision(readers, tmp_path):
    arts = ck.read_articles(readers / "month_day.csv")
    path = tmp_path / "saved.csv"
    arts.to_csv(path, index=False)
    back = ck.read_articles(path)
    assert back["date_precision"].tolist() == ["month-day", "month-day", "unknown", "month-day"]
    assert back["date_raw"].isna().tolist() == [False, False, True, False]
    assert back["date_raw"].dropna().tolist() == ["March 27", "27 March", "Dec 5"]
    assert back["source"].tolist() == arts["source"].tolist()
    assert back["source_row"].tolist() == [1, 2, 3, 4]


def test_columns_are_checked_before_any_file_is_read(readers):
    with pytest.raises(ValueError, match="not one of the schema columns"):
        ck.read_articles(readers / "corpus" / "tass" / "lavrov.txt", columns={"a": "body"})
    with pytest.raises(ValueError, match="columns= must be a dict"):
        ck.read_articles(readers / "articles.csv", columns=["body"])


def test_html_declaring_latin1_is_read_as_windows_1252(tmp_path):
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body><article>'
        "<p>Residents said \u201cthe shelling never stopped\u201d \u2013 a long paragraph.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "latin.htm"
    path.write_bytes(page.encode("cp1252"))
    arts = ck.read_articles(path)
    assert "\u201cthe shelling never stopped\u201d \u2013" in arts.loc[0, "text"]


def test_basil_folder_of_json_articles(data_dir):
    arts = ck.read_articles(
        data_dir / "basil" / "articles", columns={"body-paragraphs": "text", "source": "outlet"}
    )
    assert len(arts) == 300
    assert ck.load_report(arts).skipped == 0
    assert arts["doc_id"].str.match(r"^20\d\d/[0-9a-f-]+_[123]$").all()
    assert set(arts["outlet"].str.lower()) == {"nyt", "fox", "hpo"}
    assert set(arts["date_precision"]) == {"day"}
    assert arts["text"].str.contains("\n\n").mean() > 0.9
    validate_articles(arts)
