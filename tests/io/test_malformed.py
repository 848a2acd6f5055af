"""Malformed inputs: every one fails loudly with errors="raise" and is accounted for with "skip".

Fixtures live in tests/fixtures/malformed/; binary, huge and Parquet inputs are
generated here from bytes. Each error case states where the problem is (the
place named in the message: file, row, column) and why, and what the load
report must hold with ``errors="skip"``.
"""

from __future__ import annotations

import codecs
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.report import LoadWarning

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb0"
)


def _fixture(name: str) -> Callable[[Path, Path], Path]:
    return lambda tmp, fixtures: fixtures / "malformed" / name


def _write(name: str, data: bytes | str) -> Callable[[Path, Path], Path]:
    def make(tmp: Path, fixtures: Path) -> Path:
        path = tmp / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make


def _parquet(name: str, frame: pd.DataFrame, *, cut: bool = False) -> Callable:
    def make(tmp: Path, fixtures: Path) -> Path:
        path = tmp / name
        frame.to_parquet(path)
        if cut:
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        return path

    return make


@dataclass
class Case:
    """One malformed input and what must be reported about it."""

    name: str
    make: Callable[[Path, Path], Path]
    reason: str
    row: int | None = None
    column: str | None = None
    total: int = 1
    loaded: int = 0
    options: dict | None = None


CASES = [
    Case("binary", _write("random.txt", bytes(range(256)) * 8), "looks binary: NUL byte"),
    Case("png_named_txt", _write("image.txt", PNG), "looks binary"),
    Case(
        "undecodable_explicit_encoding",
        _fixture("cp1252.txt"),
        "cannot decode as utf-8: byte offset 3",
        options={"encoding": "utf-8"},
    ),
    Case("empty_file", _fixture("empty.txt"), "empty file"),
    Case("whitespace_only", _fixture("whitespace.txt"), "empty file (only whitespace)"),
    Case("boilerplate_only", _fixture("boilerplate.txt"), "empty text"),
    Case("dateline_only", _fixture("dateline_only.txt"), "no body text after the dateline"),
    Case(
        "nul_in_middle", _fixture("nul_in_middle.txt"), "looks binary: NUL byte at byte offset 16"
    ),
    Case("csv_missing_text", _fixture("missing_text.csv"), "no text column", column="text"),
    Case("csv_wrong_delimiter", _fixture("semicolon.csv"), "'id;text'", column="text"),
    Case(
        "csv_duplicate_ids",
        _fixture("duplicate_ids.csv"),
        "duplicate doc_id 'x1', first used in row 1",
        row=3,
        column="id",
        total=3,
        loaded=2,
    ),
    Case(
        "csv_empty_text_rows",
        _fixture("empty_text_rows.csv"),
        "empty text",
        row=2,
        column="text",
        total=4,
        loaded=2,
    ),
    Case(
        "csv_empty_id",
        _write("noid.csv", "id,text\na,One.\n,Two.\n"),
        "empty doc_id",
        row=2,
        column="id",
        total=2,
        loaded=1,
    ),
    Case(
        "csv_unparseable_dates",
        _fixture("bad_dates.csv"),
        "unparseable date 'not a date'",
        row=2,
        column="date",
        total=3,
        loaded=1,
    ),
    Case(
        "csv_date_against_format",
        _write("fmt.csv", "id,text,date\na,One.,05/04/2017\nb,Two.,2017-04-05\n"),
        "unparseable date '2017-04-05' (expected format '%d/%m/%Y')",
        row=2,
        column="date",
        total=2,
        loaded=1,
        options={"date_format": "%d/%m/%Y"},
    ),
    Case(
        "csv_ragged_row",
        _fixture("ragged.csv"),
        "row has 5 fields, the header has 3",
        row=2,
        total=3,
        loaded=2,
    ),
    Case(
        "csv_ragged_first_row",
        _write("ragged1.csv", "id,text\na,Too,many\nb,Fine.\nc,Also,too,many\n"),
        "row has 3 fields, the header has 2",
        row=1,
        total=3,
        loaded=1,
    ),
    Case(
        "csv_unterminated_quote",
        _fixture("unterminated.csv"),
        "unterminated quoted field",
        row=2,
        total=2,
        loaded=1,
    ),
    Case(
        "csv_mapping_names_absent_column",
        _fixture("crlf.csv"),
        "columns= names column 'body', which the file does not have",
        column="body",
        options={"columns": {"body": "text"}},
    ),
    Case(
        "jsonl_broken_line",
        _fixture("broken_line.jsonl"),
        "not valid JSON",
        row=2,
        total=3,
        loaded=2,
    ),
    Case(
        "jsonl_non_object_line",
        _fixture("non_object.jsonl"),
        "expected a JSON object, got a JSON array",
        row=3,
        total=3,
        loaded=2,
    ),
    Case(
        "jsonl_holding_a_json_array",
        _write("array.jsonl", '[\n  {"text": "One."}\n]\n'),
        "not valid JSON",
        row=1,
        total=3,
        loaded=1,
    ),
    Case(
        "json_object_of_the_wrong_shape",
        _fixture("wrong_shape.json"),
        "no text column: none of the columns ('a', 'b', 'c')",
        column="text",
    ),
    Case(
        "json_array_of_arrays",
        _write("arrays.json", "[[1, 2], [3]]"),
        "expected a JSON object, got a JSON array",
        row=1,
        total=2,
    ),
    Case("json_scalar", _fixture("scalar.json"), "got a JSON number"),
    Case(
        "json_array_with_a_string",
        _fixture("array_with_scalar.json"),
        "expected a JSON object, got a JSON string",
        row=2,
        total=3,
        loaded=2,
    ),
    Case("json_invalid", _fixture("invalid.json"), "not valid JSON: Expecting value at line 2"),
    Case(
        "parquet_missing_text",
        _parquet("notext.parquet", pd.DataFrame({"id": [1, 2], "title": ["a", "b"]})),
        "no text column",
        column="text",
    ),
    Case(
        "parquet_truncated",
        _parquet("cut.parquet", pd.DataFrame({"text": ["word " * 200] * 50}), cut=True),
        "cannot read as Parquet",
    ),
    Case(
        "parquet_that_is_text",
        _write("fake.parquet", "id,text\n1,One.\n"),
        "cannot read as Parquet",
    ),
    Case(
        "unsupported_file_named_directly",
        _write("report.pdf", b"%PDF-1.4\n"),
        "unsupported file type '.pdf'",
    ),
    Case(
        "csv_undecodable_explicit_encoding",
        _write("latin.csv", "id,text\n1,caf\u00e9\n".encode("cp1252")),
        "cannot decode as utf-8",
        options={"encoding": "utf-8"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_raise_names_the_place_and_the_reason(case, tmp_path, fixtures):
    path = case.make(tmp_path, fixtures)
    with pytest.raises(LoadError) as caught:
        ck.read_articles(path, **(case.options or {}))
    error = caught.value
    message = str(error)
    assert error.path == str(path)
    assert message.startswith(str(path))
    assert case.reason in message
    assert error.row == case.row
    assert error.column == case.column
    if case.row is not None:
        assert f"row {case.row}" in message
    if case.column is not None:
        assert f"column {case.column!r}" in message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_skip_reports_what_where_and_why(case, tmp_path, fixtures):
    path = case.make(tmp_path, fixtures)
    with pytest.warns(LoadWarning, match="skipped"):
        arts = ck.read_articles(path, errors="skip", **(case.options or {}))
    report = ck.load_report(arts)
    assert report.loaded + report.skipped == report.total
    assert (report.total, report.loaded) == (case.total, case.loaded)
    assert len(arts) == case.loaded
    first = report.skips[0]
    assert first["source"] == str(path)
    assert first["row"] == case.row
    assert first["column"] == case.column
    assert case.reason in first["reason"]
    ck.validate_articles(arts)


def test_nonexistent_path_raises_in_both_modes(tmp_path):
    missing = tmp_path / "no_such_corpus"
    for errors in ("raise", "skip"):
        with pytest.raises(LoadError, match="no such file or folder") as caught:
            ck.read_articles(missing, errors=errors)
        assert caught.value.path == str(missing)
    with pytest.raises(LoadError, match="working directory"):
        ck.read_articles("surely/not/here.csv")


def test_glob_matching_nothing(tmp_path):
    pattern = str(tmp_path / "*.csv")
    with pytest.raises(LoadError, match="no files match this pattern") as caught:
        ck.read_articles(pattern)
    assert caught.value.path == pattern


def test_empty_folder(tmp_path):
    with pytest.raises(LoadError, match="no articles found") as caught:
        ck.read_articles(tmp_path)
    assert caught.value.path == str(tmp_path)
    with pytest.warns(LoadWarning, match="no articles loaded"):
        arts = ck.read_articles(tmp_path, errors="skip")
    assert arts.empty
    assert list(arts.columns) == list(ck.CORE_COLUMNS)
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (0, 0, 0)


def test_folder_with_only_unsupported_and_hidden_files(tmp_path):
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    with pytest.raises(LoadError, match="no articles found") as caught:
        ck.read_articles(tmp_path)
    assert "slides.pptx: unsupported file type '.pptx'" in str(caught.value)
    with pytest.warns(LoadWarning):
        arts = ck.read_articles(tmp_path, errors="skip")
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (2, 0, 2)
    assert sorted(report.to_frame()["reason"].str[:14]) == ["hidden file, n", "unsupported fi"]


def test_folder_with_unsupported_hidden_and_bad_files(tmp_path, fixtures):
    malformed = fixtures / "malformed"
    for name in ("utf8_bom.txt", "empty.txt", "ragged.csv"):
        (tmp_path / name).write_bytes((malformed / name).read_bytes())
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNot to be read.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    with pytest.raises(LoadError, match="empty file"):
        ck.read_articles(tmp_path)
    with pytest.warns(LoadWarning, match="skipped 5 of 8"):
        arts = ck.read_articles(tmp_path, errors="skip")
    assert arts["doc_id"].tolist() == ["r1", "r3", "utf8_bom"]
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (8, 3, 5)
    reasons = dict(zip(report.to_frame()["source"], report.to_frame()["reason"]))
    assert reasons[str(tmp_path / ".git")] == "hidden folder, not read"
    assert reasons[str(tmp_path / ".hidden.txt")] == "hidden file, not read"
    assert reasons[str(tmp_path / "empty.txt")] == "empty file"
    assert reasons[str(tmp_path / "scan.jpg")].startswith("unsupported file type '.jpg'")
    assert reasons[str(tmp_path / "ragged.csv")] == "row has 5 fields, the header has 3"


def test_directory_given_a_table_format_is_an_argument_error(tmp_path):
    with pytest.raises(ValueError, match=r"format='csv' names the format of files, but .* folder"):
        ck.read_articles(tmp_path, format="csv")


def test_mapping_onto_an_unknown_schema_column_is_an_argument_error(fixtures):
    with pytest.raises(ValueError, match="'body', which is not one of the schema columns"):
        ck.read_articles(fixtures / "malformed" / "crlf.csv", columns={"text": "body"})


def test_duplicate_column_names(fixtures):
    path = fixtures / "malformed" / "duplicate_columns.csv"
    with pytest.raises(LoadError, match="column name 'text' appears 2 times") as caught:
        ck.read_articles(path)
    assert caught.value.column == "text"
    arts = ck.read_articles(path, errors="skip")
    assert arts["text"].tolist() == ["first"]
    assert arts["text.1"].tolist() == ["second"]
    assert any("'text' appears 2 times" in note for note in ck.load_report(arts).notes)


def test_utf8_bom_is_not_in_the_title(fixtures):
    arts = ck.read_articles(fixtures / "malformed" / "utf8_bom.txt")
    assert arts.loc[0, "title"] == "Aleppo ceasefire holds"
    assert ck.load_report(arts).notes == []


def test_utf16_with_bom(fixtures):
    arts = ck.read_articles(fixtures / "malformed" / "utf16_bom.txt")
    assert arts.loc[0, "title"] == "Mosul battle enters final phase"
    assert arts.loc[0, "text"] == "Iraqi forces advanced into the old city of Mosul."


def test_utf16_csv_with_bom(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(
        codecs.BOM_UTF16_LE + "id,text\n1,\u0413\u0430\u0437\u0430\n".encode("utf-16-le")
    )
    arts = ck.read_articles(path)
    assert arts["text"].tolist() == ["\u0413\u0430\u0437\u0430"]


def test_crlf_text_and_csv(fixtures):
    text = ck.read_articles(fixtures / "malformed" / "crlf.txt")
    assert text.loc[0, "title"] == "Headline with CRLF"
    assert text.loc[0, "text"] == "First paragraph line one continues here.\n\nSecond paragraph."
    table = ck.read_articles(fixtures / "malformed" / "crlf.csv")
    assert table["text"].tolist() == ['Line one\nline two with "quotes"', "Plain."]


def test_huge_single_line_text_file(tmp_path):
    body = "Aleppo " * 750_000  # about 5 MB on one line
    path = tmp_path / "huge.txt"
    path.write_text(body, encoding="utf-8")
    arts = ck.read_articles(path)
    assert arts.loc[0, "text"] == body.strip()


def test_mixed_encodings_in_a_folder(tmp_path, fixtures):
    (tmp_path / "a_utf8.txt").write_text(
        "Caf\u00e9 reopens\n\nThe caf\u00e9 reopened \u201ctoday\u201d.", encoding="utf-8"
    )
    (tmp_path / "b_cp1252.txt").write_bytes((fixtures / "malformed" / "cp1252.txt").read_bytes())
    arts = ck.read_articles(tmp_path)
    assert arts["title"].tolist() == [
        "Caf\u00e9 reopens",
        "Caf\u00e9 owners in Aleppo \u2013 a report",
    ]
    assert arts.loc[1, "text"] == "The caf\u00e9 reopened \u201cdespite everything\u201d."
    assert ck.load_report(arts).notes == [
        f"{tmp_path / 'b_cp1252.txt'}: encoding detection uncertain for a short text (74 bytes); "
        'decoded as cp1252: pass encoding="..." if that is wrong',
        f"decoded 1 file(s) as cp1252 (not UTF-8): {tmp_path / 'b_cp1252.txt'}",
    ]


def test_implausible_dates_are_kept_as_unknown_with_a_note(fixtures):
    path = fixtures / "malformed" / "implausible_dates.csv"
    arts = ck.read_articles(path)
    assert arts["date_precision"].tolist() == ["unknown", "unknown", "day"]
    assert arts["date"].isna().tolist() == [True, True, False]
    assert arts["date_raw"].tolist() == ["0001-01-01", "2999-06-01", "2016-12-01"]
    (note,) = ck.load_report(arts).notes
    assert note.startswith(f"{path}: 2 row(s) have a date implausible for news in column 'date'")


def test_header_only_csv_loads_nothing_and_warns(fixtures):
    with pytest.warns(LoadWarning, match="no articles loaded"):
        arts = ck.read_articles(fixtures / "malformed" / "header_only.csv")
    assert arts.empty
    assert ck.load_report(arts).total == 0


def test_skip_mode_loads_the_good_files_of_a_list(tmp_path, fixtures):
    malformed = fixtures / "malformed"
    sources = [malformed / "utf8_bom.txt", malformed / "broken_line.jsonl", malformed / "empty.txt"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = ck.read_articles(sources, errors="skip")
    assert [w.category for w in caught] == [LoadWarning]
    assert arts["doc_id"].tolist() == ["utf8_bom", "broken_line:1", "broken_line:3"]
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (5, 3, 2)
    assert [(skip["source"], skip["row"]) for skip in report.skips] == [
        (str(malformed / "broken_line.jsonl"), 2),
        (str(malformed / "empty.txt"), None),
    ]
