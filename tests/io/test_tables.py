"""Table readers: CSV/TSV, JSON Lines, JSON, Parquet; column mapping; dates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from corpuskit.errors import LoadError
from corpuskit.io.tables import parse_dates, read_table, resolve_columns, table_format


@pytest.fixture
def readers(fixtures):
    return fixtures / "readers"


def test_csv_auto_mapping_dates_and_metadata(readers):
    path = readers / "articles.csv"
    arts, report = read_table(path)
    assert report.total == report.loaded == 4
    assert arts["doc_id"].tolist() == ["a1", "a2", "a3", "a4"]
    assert arts["title"].tolist() == [
        "Aleppo talks stall",
        "Mosul push resumes",
        "Ceasefire",
        "Strikes overnight",
    ]
    assert arts["outlet"].tolist() == ["Reuters", "AP", "TASS", "SANA"]
    assert arts.loc[0, "text"] == (
        "Talks on Aleppo stalled on Monday.\n\nA second paragraph, with a comma."
    )
    assert arts.loc[1, "text"] == 'Iraqi forces said "the push" resumed.'
    assert arts["date_precision"].tolist() == ["day", "month", "year", "datetime"]
    assert arts["date"].tolist() == [
        pd.Timestamp("2016-12-05"),
        pd.Timestamp("2016-11-01"),
        pd.Timestamp("2016-01-01"),
        pd.Timestamp("2016-12-13 08:30"),
    ]
    assert arts["date_raw"].tolist() == ["2016-12-05", "2016-11", "2016", "2016-12-13 08:30"]
    assert arts["source"].tolist() == [str(path)] * 4
    assert arts["source_row"].tolist() == [1, 2, 3, 4]
    assert arts["region"].tolist() == ["Syria", "Iraq", "Syria", "Syria"]


def test_explicit_mapping_keeps_other_columns_unchanged(readers):
    arts, _ = read_table(
        readers / "articles.csv",
        columns={"body": "text", "headline": "title", "id": "doc_id"},
        id_prefix="news/",
    )
    assert arts["doc_id"].tolist() == ["news/a1", "news/a2", "news/a3", "news/a4"]
    # not mapped explicitly, so kept as metadata under their own names
    assert {"publisher", "published", "region"} <= set(arts.columns)
    assert "outlet" not in arts.columns


def test_default_ids_use_the_file_stem_and_row(readers, tmp_path):
    path = tmp_path / "wire.csv"
    path.write_text("text,count\nOne.,1\nTwo.,2\n", encoding="utf-8")
    arts, _ = read_table(path)
    assert arts["doc_id"].tolist() == ["wire:1", "wire:2"]
    assert arts["count"].tolist() == [1, 2]
    assert pd.api.types.is_integer_dtype(arts["count"])


def test_ids_keep_leading_zeros(tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text("id,text\n007,Bond.\n010,Ten.\n", encoding="utf-8")
    arts, _ = read_table(path)
    assert arts["doc_id"].tolist() == ["007", "010"]


def test_tsv(readers):
    arts, report = read_table(readers / "articles.tsv")
    assert arts["doc_id"].tolist() == ["t1", "t2"]
    assert arts["date"].tolist()[0] == pd.Timestamp("2016-12-13")
    assert pd.isna(arts["date"].tolist()[1])
    assert arts["date_precision"].tolist() == ["day", "unknown"]
    assert report.loaded == 2


def test_delimiter_argument(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("id;text\n1;Semicolons; here.\n", encoding="utf-8")
    with pytest.raises(LoadError):
        read_table(path)
    arts, _ = read_table(path.with_name("semi.csv"), delimiter=";", errors="skip")
    assert arts.empty  # "Semicolons; here." gives a third field: skipped
    path.write_text("id;text\n1;Semicolons here.\n", encoding="utf-8")
    arts, _ = read_table(path, delimiter=";")
    assert arts["text"].tolist() == ["Semicolons here."]


def test_jsonl_rows_are_line_numbers(readers):
    arts, report = read_table(readers / "articles.jsonl")
    assert arts["doc_id"].tolist() == ["1", "2"]
    assert arts["source_row"].tolist() == [1, 3]
    assert arts["title"].tolist() == ["One", "Two"]
    assert arts["tags"].tolist()[1] == ["a", "b"]
    assert report.total == 2


def test_json_array(readers):
    arts, _ = read_table(readers / "articles.json")
    assert arts["text"].tolist() == ["Alpha.", "Beta."]
    assert arts["url"].tolist() == ["https://example.org/1", "https://example.org/2"]
    assert arts["authors"].tolist()[0] == "A. Writer"
    assert arts["language"].tolist()[1] == "en"
    assert arts["doc_id"].tolist() == ["articles:1", "articles:2"]


def test_json_object_holding_one_array(readers):
    arts, report = read_table(readers / "wrapped.json")
    assert arts["text"].tolist() == ["Wrapped one.", "Wrapped two."]
    assert any("'articles'" in note for note in report.notes)


def test_parquet_with_native_dates(tmp_path):
    frame = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "content": ["A.", "B.", "C."],
            "published_at": pd.to_datetime(["2016-12-01 00:00", "2016-12-02 10:30", None]),
            "score": [0.5, 1.5, 2.5],
        }
    )
    path = tmp_path / "arts.parquet"
    frame.to_parquet(path)
    arts, report = read_table(path)
    assert arts["doc_id"].tolist() == ["1", "2", "3"]
    assert arts["date_precision"].tolist() == ["day", "datetime", "unknown"]
    assert arts["date_raw"].tolist()[:2] == ["2016-12-01", "2016-12-02T10:30:00"]
    assert arts["score"].tolist() == [0.5, 1.5, 2.5]
    assert report.loaded == 3


def test_huge_csv_field_loads(tmp_path):
    body = "word " * 1_000_000  # 5 MB in one field
    path = tmp_path / "huge.csv"
    pd.DataFrame({"id": ["h"], "text": [body]}).to_csv(path, index=False)
    arts, _ = read_table(path)
    assert len(arts.loc[0, "text"]) == len(body)


def test_embedded_newlines_and_quotes_survive_a_round_trip(tmp_path):
    texts = ['He said "no".\n\nThen, he left.', "Line\r\nbreak", "plain"]
    path = tmp_path / "round.csv"
    pd.DataFrame({"id": ["a", "b", "c"], "text": texts}).to_csv(path, index=False)
    arts, _ = read_table(path)
    assert arts["text"].tolist() == [texts[0], "Line\nbreak", "plain"]


def test_cp1252_csv_is_decoded_and_noted(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,text\n1,\u201cCaf\u00e9\u201d \u2013 Aleppo\n".encode("cp1252"))
    arts, report = read_table(path)
    assert arts["text"].tolist() == ["\u201cCaf\u00e9\u201d \u2013 Aleppo"]
    assert report.notes == [
        f"{path}: encoding detection uncertain for a short text (26 bytes); decoded as "
        'cp1252: pass encoding="..." if that is wrong'
    ]


def test_reader_columns_in_the_file_are_kept_under_another_name(tmp_path):
    path = tmp_path / "clash.csv"
    path.write_text("text,outlet,source\nA.,BBC,wire feed\n", encoding="utf-8")
    arts, report = read_table(path)
    assert arts["outlet"].tolist() == ["BBC"]
    assert arts["source"].tolist() == [str(path)]
    assert arts["source_original"].tolist() == ["wire feed"]
    assert any("source_original" in note for note in report.notes)


def test_table_format_by_extension():
    assert table_format("a.CSV") == "csv"
    assert table_format("a.ndjson") == "jsonl"
    assert table_format("a.pq") == "parquet"
    assert table_format("a.txt") is None


def test_unknown_format_is_an_argument_error(readers):
    with pytest.raises(ValueError, match="format= must be one of"):
        read_table(readers / "articles.csv", format="xlsx")


def test_resolve_columns_auto_and_identity_first():
    assert resolve_columns(["Headline", "Body", "ID", "x"], None, source="a.csv") == {
        "ID": "doc_id",
        "Body": "text",
        "Headline": "title",
    }
    # a column already named "text" wins over "content"
    assert resolve_columns(["content", "text"], None, source="a.csv") == {"text": "text"}
    assert resolve_columns(["source", "publisher"], None, source="a.csv") == {"publisher": "outlet"}


def test_resolve_columns_explicit_errors():
    with pytest.raises(LoadError) as caught:
        resolve_columns(["a", "b"], {"body": "text"}, source="x.csv")
    assert "x.csv" in str(caught.value)
    assert "'body'" in str(caught.value)
    assert "columns available: 'a', 'b'" in str(caught.value)
    with pytest.raises(ValueError, match="not one of the schema columns"):
        resolve_columns(["a"], {"a": "body"}, source="x.csv")
    with pytest.raises(ValueError, match="more than one column to 'text'"):
        resolve_columns(["a", "b"], {"a": "text", "b": "text"}, source="x.csv")


def test_parse_dates_precisions_and_raw():
    values = pd.Series(
        [
            "2016",
            "2016-12",
            "December 2016",
            "12/13/16",
            "13 December 2016",
            "March 27",
            "Monday, 27th of March",
            "2016-12-13T10:00:00+03:00",
            None,
            "  2016-12-13  ",
        ]
    )
    out = parse_dates(values)
    assert out.precision.tolist() == [
        "year",
        "month",
        "month",
        "day",
        "day",
        "month-day",
        "month-day",
        "datetime",
        "unknown",
        "day",
    ]
    assert out.date.tolist()[:5] == [
        pd.Timestamp("2016-01-01"),
        pd.Timestamp("2016-12-01"),
        pd.Timestamp("2016-12-01"),
        pd.Timestamp("2016-12-13"),
        pd.Timestamp("2016-12-13"),
    ]
    assert pd.isna(out.date[5]) and pd.isna(out.date[6])
    assert out.date[7] == pd.Timestamp("2016-12-13 07:00")  # converted to UTC
    assert out.raw.tolist()[5] == "March 27"
    assert out.raw.tolist()[9] == "2016-12-13"
    assert out.problems == {}
    assert out.date.dtype == np.dtype("datetime64[ns]")


def test_parse_dates_years_as_numbers():
    out = parse_dates(pd.Series([2015, 2016.0, np.nan]))
    assert out.precision.tolist() == ["year", "year", "unknown"]
    assert out.date.tolist()[:2] == [pd.Timestamp("2015-01-01"), pd.Timestamp("2016-01-01")]


def test_parse_dates_with_format():
    out = parse_dates(pd.Series(["13.12.2016", "01.02.2017", "2016-12-13"]), date_format="%d.%m.%Y")
    assert out.date.tolist()[:2] == [pd.Timestamp("2016-12-13"), pd.Timestamp("2017-02-01")]
    assert out.precision.tolist()[:2] == ["day", "day"]
    assert list(out.problems) == [2]
    assert "format '%d.%m.%Y'" in out.problems[2]
    month_day = parse_dates(pd.Series(["27 March"]), date_format="%d %B")
    assert month_day.precision.tolist() == ["month-day"]
    assert pd.isna(month_day.date[0])


def test_parse_dates_unparseable_and_implausible():
    out = parse_dates(pd.Series(["soon", "0001-01-01", "2999-01-01", "1999-05-04"]))
    assert list(out.problems) == [0]
    assert "unparseable date 'soon'" in out.problems[0]
    assert out.implausible == ["0001-01-01", "2999-01-01"]
    assert out.precision.tolist() == ["day", "unknown", "unknown", "day"]
    assert out.date.isna().tolist() == [True, True, True, False]
    assert out.raw.tolist()[1] == "0001-01-01"


def test_json_file_holding_one_article(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(
        '{"title": "One story", "body": [["First sentence.", "Second one."], ["New paragraph."]],'
        ' "authors": ["A. Writer", "B. Writer"], "date": "2016-12-13", "tags": ["x"]}',
        encoding="utf-8",
    )
    arts, report = read_table(path)
    assert arts["doc_id"].tolist() == ["story"]
    assert pd.isna(arts.loc[0, "source_row"])
    assert arts.loc[0, "text"] == "First sentence. Second one.\n\nNew paragraph."
    assert arts.loc[0, "authors"] == "A. Writer; B. Writer"
    assert arts.loc[0, "tags"] == ["x"]
    assert (report.total, report.loaded) == (1, 1)
