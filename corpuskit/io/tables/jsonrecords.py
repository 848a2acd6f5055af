"""JSON Lines and JSON files read into a raw table, bad records recorded in its report."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.cells import SURROGATE as _SURROGATE
from corpuskit.io.cells import WrittenFloat
from corpuskit.io.report import LoadReport
from corpuskit.io.tables.columns import _stringy
from corpuskit.io.tables.raw import RawTable


def _read_jsonl(text: str, source: str, errors: str, columns: dict[str, str] | None) -> RawTable:
    report = LoadReport()
    records: list[dict] = []
    rows: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _loads(line)
            if not isinstance(record, dict):
                raise _NotAnObject(type(record).__name__)
        except (json.JSONDecodeError, _NotAnObject, _BadObject) as error:
            if isinstance(error, json.JSONDecodeError):
                reason = f"not valid JSON: {error.msg} at character {error.pos + 1}"
            elif isinstance(error, _BadObject):
                reason = str(error)
            else:
                reason = f"expected a JSON object, got a JSON {_json_kind(str(error))}"
            if errors == "raise":
                raise LoadError(source, reason, row=number) from None
            report.skip(source, reason, row=number)
            continue
        records.append(record)
        rows.append(number)
    return RawTable(_json_frame(records, columns), np.array(rows, dtype=int), report)


def _read_json(text: str, source: str, errors: str, columns: dict[str, str] | None) -> RawTable:
    report = LoadReport()
    try:
        data = _loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(
            source,
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            hint="a file of one JSON object per line should be named .jsonl",
        ) from None
    except _BadObject as error:
        raise LoadError(source, str(error)) from None
    if isinstance(data, dict):
        if len(data) != 1 or not isinstance(next(iter(data.values())), list):
            return RawTable(_json_frame([data], columns), np.array([0]), report)
        key = next(iter(data))
        report.notes.append(f"{source}: read the records of key {key!r}")
        data = data[key]
    if not isinstance(data, list):
        raise LoadError(
            source,
            "expected a JSON array of objects, an object holding one such array, or one "
            f"object (one article), got a JSON {_json_kind(type(data).__name__)}",
        )
    records: list[dict] = []
    rows: list[int] = []
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            reason = f"expected a JSON object, got a JSON {_json_kind(type(record).__name__)}"
            if errors == "raise":
                raise LoadError(source, reason + " (row = element of the array)", row=number)
            report.skip(source, reason, row=number)
            continue
        records.append(record)
        rows.append(number)
    return RawTable(_json_frame(records, columns), np.array(rows, dtype=int), report)


class _NotAnObject(Exception):
    """A JSON Lines line that holds valid JSON but not an object."""


class _BadObject(Exception):
    """A JSON object that gives a key twice or holds text that is not valid Unicode."""


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """``object_pairs_hook``: the object as a dict, or :class:`_BadObject` saying why not."""
    record: dict[str, object] = {}
    for key, value in pairs:
        if key in record:
            raise _BadObject(
                f"key {key!r} appears more than once in one JSON object "
                "(which value is meant is ambiguous)"
            )
        for text in (key, *(value if isinstance(value, list) else [value])):
            lone = _SURROGATE.search(text) if isinstance(text, str) else None
            if lone is not None:
                raise _BadObject(
                    f"key {key!r} holds a lone surrogate (U+{ord(lone.group()):04X}), "
                    "which is not valid Unicode text"
                )
        record[key] = value
    return record


def _loads(text: str) -> object:
    """``json.loads`` that rejects duplicate keys and keeps how each float was written."""
    return json.loads(text, object_pairs_hook=_unique_keys, parse_float=WrittenFloat.parse)


def _json_frame(records: list[dict], columns: dict[str, str] | None) -> pd.DataFrame:
    """JSON records as a frame; the cells of string columns (:func:`_stringy`) kept as parsed.

    Other columns get the types pandas infers (numbers, booleans, objects).
    """
    frame = pd.DataFrame.from_records(records)
    for name in frame.columns:
        if _stringy(name, columns):
            cells = [record.get(name) for record in records]
            frame[name] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


def _json_kind(python_type: str) -> str:
    kinds = {
        "list": "array",
        "dict": "object",
        "str": "string",
        "int": "number",
        "float": "number",
        "bool": "boolean",
        "NoneType": "null",
    }
    return kinds.get(python_type, python_type)
