"""Pieces shared by the subcommands: their arguments, usage errors, printing tables.

This module is imported to build the parser, so it imports no analysis and
no reader; what the commands run with is in :mod:`corpuskit.cli.inputs`.
"""

from __future__ import annotations

import argparse
from typing import Any

import pandas as pd

from corpuskit.specs import Option, Spec


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the examples in epilogs as written."""


def add_input_arguments(parser: argparse.ArgumentParser, *, sources: bool = True) -> None:
    """Add the options that say where articles come from."""
    if sources:
        parser.add_argument(
            "sources", nargs="*", metavar="SOURCE", help="files, folders or globs of articles"
        )
    parser.add_argument("--dataset", metavar="NAME", help="a registered dataset instead of files")
    parser.add_argument(
        "--format", help="force a format: txt, csv, tsv, jsonl, json, parquet, html"
    )
    parser.add_argument("--encoding", default="auto", help="text encoding (default: auto)")
    parser.add_argument("--year", type=int, help="year for datelines that give none")
    parser.add_argument("--outlet", help="outlet for sources that name none")
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FILE_COLUMN=SCHEMA_COLUMN",
        help="map a table column to a schema column (repeatable), e.g. article_content=text",
    )
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help="skip unreadable records (reported) instead of stopping at the first",
    )


def parse_column_mapping(pairs: list[str]) -> dict[str, str] | None:
    """Turn ``["a=text", "b=title"]`` into ``{"a": "text", "b": "title"}``."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"--column expects FILE_COLUMN=SCHEMA_COLUMN, got {pair!r}")
        left, right = pair.split("=", 1)
        mapping[left.strip()] = right.strip()
    return mapping or None


def add_raw_csv_argument(parser: argparse.ArgumentParser) -> None:
    """Add --raw-csv: write CSV/TSV cells without neutralising spreadsheet formulas."""
    parser.add_argument(
        "--raw-csv",
        action="store_true",
        help="write .csv/.tsv cells as they are; by default text beginning with =, +, -, @, "
        "tab or carriage return gets a leading ' so spreadsheets do not run it as a formula",
    )


def print_table(frame: pd.DataFrame, *, max_rows: int = 40, max_colwidth: int = 60) -> None:
    """Print a DataFrame readably in a terminal."""
    with pd.option_context(
        "display.max_rows",
        max_rows,
        "display.max_columns",
        20,
        "display.width",
        120,
        "display.max_colwidth",
        max_colwidth,
    ):
        print(frame.to_string(index=False, max_rows=max_rows, max_colwidth=max_colwidth))


class UsageError(ValueError):
    """A bad combination or value of command-line arguments (exit code 2)."""


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options that group and filter the articles: groups, events, --where."""
    parser.add_argument(
        "--groups",
        metavar="MAPPING",
        help="add an outlet_group column from a CSV with outlet,group columns, "
        "or 'fakes' for the bundled FA-KES mapping",
    )
    parser.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="NAME='KEYWORD'@START..END",
        help="define an event by keyword (regex, whole words, any case) and date window "
        "(repeatable); adds an 'event' column. Documents matching several events or none "
        "get no event",
    )
    parser.add_argument(
        "--where",
        metavar="FILTER",
        help="keep the documents matching this filter, e.g. \"event == 'aleppo' and date >= "
        "'2016-07-01'\" (columns compared with literals; may use outlet_group and event)",
    )


def add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    """Add one option of a spec as an argparse argument (``--min-count N``, a flag, ...).

    A positional option takes one value on the command line (a report may give a list).
    """
    kwargs: dict[str, Any] = {}
    if option.help is not None:
        kwargs["help"] = option.help
    if option.metavar is not None and not option.positional:
        kwargs["metavar"] = option.metavar
    if option.positional:
        parser.add_argument(option.name, metavar=option.metavar, **kwargs)
        return
    if option.type is bool:
        parser.add_argument(option.flag, action="store_true", **kwargs)
        return
    if option.type in (int, float):
        kwargs["type"] = option.type
    if option.choices is not None:
        kwargs["choices"] = option.choices
    if option.many:
        kwargs["action"] = "append"
    if option.command_line_required():
        kwargs["required"] = True
    default = option.command_line_default()
    if default is not None:
        kwargs["default"] = default
    parser.add_argument(option.flag, **kwargs)


def add_spec_parser(
    subparsers: argparse._SubParsersAction, spec: Spec, *, func: Any
) -> argparse.ArgumentParser:
    """Add the subcommand of an analysis, its arguments generated from its spec.

    The order of ``--help``: the positional options (``PATTERN``), the input
    options, the corpus options (``--groups``, ``--event``, ``--where``), the
    spec's other options, then ``--top``, ``--out``, ``--raw-csv``, ``--seed``
    and ``--quiet``.

    Args:
        subparsers: the ``add_subparsers`` object of the main parser.
        spec: the analysis's spec (:mod:`corpuskit.specs`).
        func: what runs the subcommand (set as ``func``).

    Returns:
        The new parser.
    """
    parser = subparsers.add_parser(
        spec.kind,
        help=spec.help,
        description=spec.description,
        epilog=spec.epilog,
        formatter_class=HelpFormatter,
    )
    options = spec.cli_options
    for option in options:
        if option.positional:
            add_option(parser, option)
    add_input_arguments(parser)
    if spec.corpus:
        add_corpus_arguments(parser)
    for option in options:
        if not option.positional:
            add_option(parser, option)
    add_output_arguments(parser, top=spec.top)
    parser.set_defaults(func=func)
    return parser


def add_output_arguments(parser: argparse.ArgumentParser, *, top: int = 20) -> None:
    """Add --top, --out, --raw-csv, --seed and --quiet."""
    parser.add_argument(
        "--top", type=int, default=top, metavar="N", help=f"rows to print (default: {top})"
    )
    parser.add_argument("--out", help="also write the full table to .csv, .tsv or .parquet")
    add_raw_csv_argument(parser)
    parser.add_argument(
        "--seed", type=int, default=0, help="random seed of the resampling (default: 0)"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no progress bars; print only the table"
    )


def progress_flag(args: argparse.Namespace) -> bool | None:
    """``False`` with --quiet, else ``None`` (bars only in interactive terminals)."""
    return False if getattr(args, "quiet", False) else None


def info(args: argparse.Namespace, message: str) -> None:
    """Print a line of information unless --quiet."""
    if not getattr(args, "quiet", False):
        print(message)


def check_window(window: int) -> None:
    """Raise a :class:`UsageError` for a negative ``--window``."""
    if window < 0:
        raise UsageError(f"--window must be >= 0, got {window}")
