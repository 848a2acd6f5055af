"""Table cells as text: numbers kept as written, non-text rejected; duplicate JSON keys; dates
that pandas' nanoseconds cannot hold (issue #14, items 11, 12 and 15)."""

from __future__ import annotations

import datetime
import json
import warnings

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.tables import read_table

NOT_TEXT = "expected text, a number or a list of them, got "


def _jsonl(tmp_path, *records: str):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def test_numbers_in_json_texts_are_kept_as_written(tmp_path):
    path = _jsonl(
        tmp_path,
        '{"text": ["toll rose to", 45, "people"], "title": 4.50, "authors": ["A. Writer", 7]}',
        '{"text": ["x", 1e3, -0.25, null, "", 12345678901234567890], "title": "t"}',
        '{"text": [["Casualties:", 45.0, "dead."], ["Next."]], "title": 2016}',
    )
    arts, report = read_table(path)
    assert arts["text"].tolist() == [
        "toll rose to\n\n45\n\npeople",
        "x\n\n1e3\n\n-0.25\n\n12345678901234567890",
        "Casualties: 45.0 dead.\n\nNext.",
    ]
    assert arts["title"].tolist() == ["4.50", "t", "2016"]
    assert arts["authors"].tolist()[0] == "A. Writer; 7"
    assert (report.total, report.loaded) == (3, 3)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ('{"nested": "obj"}', "an object"),
        ("true", "a boolean"),
        ('["toll", {"n": 45}]', "a list whose item 2 is an object"),
        ('["toll", false]', "a list whose item 2 is a boolean"),
        ('[["a", ["too deep"]]]', "a list whose item 1 is a list nested more than two deep"),
    ],
)
def test_non_text_json_cells_name_the_row_and_column(tmp_path, cell, reason):
    path = _jsonl(tmp_path, '{"text": "Fine."}', f'{{"text": {cell}}}', '{"text": "Also fine."}')
    with pytest.raises(LoadError) as caught:
        read_table(path)
    error = caught.value
    assert (error.path, error.row, error.column) == (str(path), 2, "text")
    assert error.reason == NOT_TEXT + reason
    arts, report = read_table(path, errors="skip")
    assert arts["text"].tolist() == ["Fine.", "Also fine."]
    assert report.skips == [
        {"source": str(path), "row": 2, "column": "text", "reason": NOT_TEXT + reason}
    ]


def test_non_text_title_in_a_json_array(tmp_path):
    path = tmp_path / "arts.json"
    path.write_text(
        json.dumps([{"text": "A.", "title": "One"}, {"text": "B.", "title": {"x": 1}}]),
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as caught:
        read_table(path)
    assert (caught.value.row, caught.value.column) == (2, "title")
    assert caught.value.reason == NOT_TEXT + "an object"


def test_parquet_bytes_are_decoded_as_utf8_and_other_cells_rejected(tmp_path):
    path = tmp_path / "bytes.parquet"
    texts = pa.array([b"caf\xc3\xa9\r\nbar", b"\xff\xfe broken", b"plain"], pa.binary())
    pq.write_table(pa.table({"text": texts, "title": [True, None, None]}), path)
    arts, report = read_table(path, errors="skip")
    assert arts["text"].tolist() == ["plain"]
    assert report.skips == [
        {
            "source": str(path),
            "row": 1,
            "column": "title",
            "reason": NOT_TEXT + "a boolean",
        },
        {
            "source": str(path),
            "row": 2,
            "column": "text",
            "reason": NOT_TEXT + "bytes that are not UTF-8 (invalid start byte at byte 0)",
        },
    ]
    pq.write_table(pa.table({"text": texts.take([0, 2])}), path)
    arts, _ = read_table(path)
    assert arts["text"].tolist() == ["caf\u00e9\nbar", "plain"]


def test_parquet_struct_cell_is_not_text(tmp_path):
    path = tmp_path / "struct.parquet"
    pq.write_table(pa.table({"text": ["A.", "B."], "lede": [{"a": "x"}, {"a": "y"}]}), path)
    with pytest.raises(LoadError) as caught:
        read_table(path)
    assert (caught.value.row, caught.value.column) == (1, "lede")
    assert caught.value.reason == NOT_TEXT + "an object"


def test_csv_cells_of_mapped_columns_are_kept_as_written(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("key,body,head\n007,1.50,True\n010,2e3,False\n", encoding="utf-8")
    arts, _ = read_table(path, columns={"key": "doc_id", "body": "text", "head": "title"})
    assert arts["doc_id"].tolist() == ["007", "010"]
    assert arts["text"].tolist() == ["1.50", "2e3"]
    assert arts["title"].tolist() == ["True", "False"]


def test_dataframe_boolean_text_is_rejected():
    frame = pd.DataFrame({"text": ["A.", True], "n": [1, 2]}, dtype=object)
    with pytest.raises(LoadError) as caught:
        ck.read_articles(frame)
    assert (caught.value.path, caught.value.row, caught.value.column) == ("<DataFrame>", 2, "text")


def test_jsonl_duplicate_key_names_line_and_key(tmp_path):
    path = _jsonl(
        tmp_path,
        '{"text": "One."}',
        '{"text": "first", "title": "T", "text": "second"}',
        '{"text": "Three.", "meta": {"k": 1, "k": 2}}',
        '{"text": "Four."}',
    )
    with pytest.raises(LoadError) as caught:
        read_table(path)
    error = caught.value
    assert (error.path, error.row) == (str(path), 2)
    assert error.reason == (
        "key 'text' appears more than once in one JSON object (which value is meant is ambiguous)"
    )
    arts, report = read_table(path, errors="skip")
    assert arts["text"].tolist() == ["One.", "Four."]
    assert [(s["row"], s["reason"][:20]) for s in report.skips] == [
        (2, "key 'text' appears m"),
        (3, "key 'k' appears more"),
    ]
    assert (report.total, report.loaded) == (4, 2)


def test_json_file_duplicate_key_is_an_error_naming_the_key(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text('[{"text": "A."}, {"text": "B.", "text": "C."}]', encoding="utf-8")
    with pytest.raises(LoadError, match=r"dup\.json: key 'text' appears more than once"):
        read_table(path)


def _dates_table(tmp_path, unit: str, *, int96: bool = False):
    path = tmp_path / f"dates-{unit}-{int96}.parquet"
    stamps = [
        datetime.datetime(1500, 1, 1),
        datetime.datetime(2016, 12, 13, 8, 30),
        datetime.datetime(2200, 1, 1),
        None,
    ]
    table = pa.table(
        {"text": ["A.", "B.", "C.", "D."], "date": pa.array(stamps, pa.timestamp(unit))}
    )
    pq.write_table(table, path, use_deprecated_int96_timestamps=int96)
    return path


@pytest.mark.parametrize(("unit", "int96"), [("us", False), ("ms", False), ("us", True)])
def test_parquet_timestamps_out_of_pandas_range_are_read_like_strings(tmp_path, unit, int96):
    path = _dates_table(tmp_path, unit, int96=int96)
    arts, report = read_table(path)
    csv = tmp_path / "dates.csv"
    csv.write_text(
        "text,date\nA.,1500-01-01\nB.,2016-12-13T08:30:00\nC.,2200-01-01\nD.,\n", encoding="utf-8"
    )
    from_strings, string_report = read_table(csv)
    for frame in (arts, from_strings):
        assert frame["date_raw"].tolist()[:3] == [
            "1500-01-01",
            "2016-12-13T08:30:00",
            "2200-01-01",
        ]
        assert frame["date_precision"].tolist() == ["unknown", "datetime", "unknown", "unknown"]
        assert frame["date"].isna().tolist() == [True, False, True, True]
        assert frame.loc[1, "date"] == pd.Timestamp("2016-12-13 08:30")
    note = (
        "{}: 2 row(s) have a date implausible for news in column 'date' (before 1678 or in the "
        "future, e.g. '1500-01-01', '2200-01-01'); kept as NaT with date_precision 'unknown', "
        "the string in date_raw; row(s) 1, 3"
    )
    assert report.notes == [note.format(path)]
    assert string_report.notes == [note.format(csv)]


def test_read_articles_of_parquet_with_ancient_timestamps(tmp_path):
    path = _dates_table(tmp_path, "us")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        arts = ck.read_articles(path)
    assert arts["date_raw"].tolist()[0] == "1500-01-01"
    assert arts["date_precision"].tolist()[0] == "unknown"
    assert ck.load_report(arts).loaded == 4


def test_uncertain_decoding_of_a_short_table_is_a_report_note(tmp_path):
    path = tmp_path / "short.csv"
    path.write_bytes("text\nZürich café\n".encode("cp1252"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_articles(path)
    assert frame["text"].tolist() == ["Zürich café"]
    assert (
        ck.load_report(frame)
        .notes[-1]
        .startswith(
            f"{path}: encoding detection uncertain for a short text (17 bytes); decoded as cp1252"
        )
    )


def test_blank_csv_rows_are_named_in_the_report(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("title,text\nA,hello\n,\nB,world\n\n", encoding="utf-8")
    frame = ck.read_articles(path, errors="skip")
    report = ck.load_report(frame)
    assert frame["text"].tolist() == ["hello", "world"]
    assert (report.total, report.loaded, report.skipped) == (2, 2, 0)
    assert report.notes == [f"{path}: 2 blank row(s) (every field empty) not loaded: row(s) 2, 4"]


def test_lone_surrogates_are_not_text(tmp_path):
    path = tmp_path / "escaped.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "bad \\udcff here"}\n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"escaped\.jsonl, row 2: key 'text' holds a lone"):
        ck.read_articles(path)
    with pytest.warns(ck.LoadWarning):
        frame = ck.read_articles(path, errors="skip")
    assert frame["text"].tolist() == ["ok"]
    table = pd.DataFrame({"text": pd.Series(["ok", "bad \udcff"], dtype=object)})
    with pytest.raises(LoadError, match=r"row 2, column 'text': .* lone surrogate \(U\+DCFF\)"):
        ck.read_articles(table)
