"""Property tests of the table readers: nothing lost, nothing altered beyond the documented rule.

Over generated CSV, TSV, JSON Lines and Parquet tables (random Unicode texts with
quotes, delimiters, line ends, blanks and nulls, plus deliberately bad rows), in
both error modes:

- ``errors="skip"``: ``loaded + skipped == total == rows written``, the skipped
  rows are exactly the bad ones, and every loaded text equals its source text
  after the documented normalisation (:mod:`corpuskit.io.cells`: line ends
  become ``\\n``, list items are joined with a blank line leaving out nulls and
  blanks, numbers are written as the JSON file wrote them; in CSV/TSV pandas'
  missing-value markers such as ``NA`` are missing);
- ``errors="raise"``: either every row loads, or a ``LoadError`` names the file
  and the row that the reader meets first.

Generated texts leave out control characters other than tab, newline and
carriage return: files holding many are refused as binary (see
:func:`corpuskit.io.encoding.decode_bytes`), which ``test_encoding`` covers.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pandas._libs.parsers import STR_NA_VALUES

import corpuskit as ck
from corpuskit.errors import LoadError

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\r\t\",;'\\"),
    max_size=30,
)
#: Texts that probe the edges: blanks, line ends, quotes, CSV missing markers.
EDGE = st.sampled_from(["", " ", "\r\n", '"', '""', ",", "\t", "NA", "null", "a\rb", "x\r\ny"])
SCALAR_TEXT = st.one_of(TEXT, EDGE, st.none())


@dataclass
class Row:
    """One generated row: its cells, or the raw line of a deliberately bad row."""

    text: object
    bad: str | None = None  # why the row is bad at the file level (ragged, not JSON, ...)


def _normalised(text: str | None) -> str | None:
    """The documented rule for a string cell: line ends to ``\\n``, blank is missing."""
    if text is None:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.strip() else None


def _expected_json(cell: object) -> str | None:
    if isinstance(cell, list):
        parts = [_expected_json(item) for item in cell]
        return _normalised("\n\n".join(p for p in parts if p is not None))
    if isinstance(cell, (int, float)):
        return json.dumps(cell)  # how the file wrote it
    return _normalised(cell)


def _expected_csv(cell: str | None) -> str | None:
    return None if cell in STR_NA_VALUES else _normalised(cell)


def _load(path: Path, errors: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ck.read_articles(path, errors=errors)


def _check(path: Path, rows: list[Row], expected: list[str | None], errors: str) -> None:
    """The invariants, given each row's expected text (``None``: the row must be skipped)."""
    file_bad = [n for n, row in enumerate(rows, start=1) if row.bad]
    bad = sorted(set(file_bad) | {n for n, text in enumerate(expected, start=1) if text is None})
    good = [(n, text) for n, text in enumerate(expected, start=1) if n not in bad]
    if errors == "raise":
        if not bad:
            arts = _load(path, "raise")
            assert arts["text"].tolist() == [text for _, text in good]
            return
        with pytest.raises(LoadError) as caught:
            _load(path, "raise")
        assert caught.value.path == str(path)
        assert caught.value.row == (file_bad or bad)[0]
        return
    arts = _load(path, "skip")
    report = ck.load_report(arts)
    assert report.total == len(rows)
    assert report.loaded + report.skipped == report.total
    assert sorted(skip["row"] for skip in report.skips) == bad
    assert {skip["source"] for skip in report.skips} <= {str(path)}
    assert arts["source_row"].tolist() == [n for n, _ in good]
    assert arts["text"].tolist() == [text for _, text in good]


CSV_ROWS = st.lists(
    st.builds(Row, SCALAR_TEXT, st.sampled_from([None, None, None, "ragged"])),
    min_size=1,
    max_size=8,
)


def _write_csv(path: Path, rows: list[Row], delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "text", "note"])
    for number, row in enumerate(rows, start=1):
        cells = [f"r{number}", "" if row.text is None else row.text, "n"]
        writer.writerow([*cells, "extra"] if row.bad else cells)
    path.write_bytes(out.getvalue().encode("utf-8"))


@pytest.mark.parametrize("errors", ["raise", "skip"])
@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
@SETTINGS
@given(rows=CSV_ROWS)
def test_delimited_tables(tmp_path, suffix, delimiter, errors, rows):
    path = tmp_path / f"table{suffix}"
    _write_csv(path, rows, delimiter)
    expected = [_expected_csv(row.text) for row in rows]
    _check(path, rows, expected, errors)


JSON_SCALAR = st.one_of(
    SCALAR_TEXT, st.integers(), st.floats(allow_nan=False, allow_infinity=False)
)
JSON_CELL = st.one_of(JSON_SCALAR, st.lists(JSON_SCALAR, max_size=4))
#: Cells that are not text: each makes its row bad.
NOT_TEXT = st.one_of(
    st.booleans(),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
    st.lists(st.booleans(), min_size=1, max_size=2),
)
JSONL_ROWS = st.lists(
    st.one_of(
        st.builds(Row, JSON_CELL),
        st.builds(Row, NOT_TEXT, st.just("not text")),
        st.builds(Row, st.just("x"), st.sampled_from(["duplicate key", "not JSON"])),
    ),
    min_size=1,
    max_size=8,
)


def _jsonl_line(number: int, row: Row) -> str:
    if row.bad == "duplicate key":
        return f'{{"id": "r{number}", "text": "a", "text": "b"}}'
    if row.bad == "not JSON":
        return f'{{"id": "r{number}", "text": '
    return json.dumps({"id": f"r{number}", "text": row.text})


@pytest.mark.parametrize("errors", ["raise", "skip"])
@SETTINGS
@given(rows=JSONL_ROWS)
def test_json_lines(tmp_path, errors, rows):
    path = tmp_path / "table.jsonl"
    lines = [_jsonl_line(n, row) for n, row in enumerate(rows, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    file_rows = [Row(row.text, row.bad if row.bad != "not text" else None) for row in rows]
    expected = [None if row.bad else _expected_json(row.text) for row in rows]
    _check(path, file_rows, expected, errors)


PARQUET_ROWS = st.lists(
    st.one_of(
        st.builds(Row, SCALAR_TEXT),
        st.builds(Row, st.binary(max_size=4).map(lambda b: b"\xff" + b), st.just("not UTF-8")),
    ),
    min_size=1,
    max_size=8,
)


@pytest.mark.parametrize("errors", ["raise", "skip"])
@SETTINGS
@given(rows=PARQUET_ROWS)
def test_parquet(tmp_path, errors, rows):
    path = tmp_path / "table.parquet"
    cells = [
        row.text if isinstance(row.text, bytes) or row.text is None else row.text.encode()
        for row in rows
    ]
    ids = [f"r{n}" for n in range(1, len(rows) + 1)]
    pq.write_table(pa.table({"id": ids, "text": pa.array(cells, pa.binary())}), path)
    file_rows = [Row(row.text) for row in rows]
    expected = [None if row.bad else _normalised(row.text) for row in rows]
    _check(path, file_rows, expected, errors)
