"""Pieces shared by the subcommands: reading inputs, printing and writing tables."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd


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


def read_input(args: argparse.Namespace) -> pd.DataFrame:
    """Load the articles that ``args`` names (``--dataset`` or SOURCE paths)."""
    from corpuskit.datasets.api import load_dataset
    from corpuskit.io.read import read_articles

    sources = getattr(args, "sources", None) or []
    if args.dataset and sources:
        raise ValueError("give either SOURCE paths or --dataset, not both")
    if args.dataset:
        return load_dataset(args.dataset)
    if not sources:
        raise ValueError("no input: give SOURCE paths or --dataset NAME")
    return read_articles(
        sources if len(sources) > 1 else sources[0],
        format=args.format,
        columns=parse_column_mapping(args.column),
        encoding=args.encoding,
        year=args.year,
        outlet=args.outlet,
        errors="skip" if args.skip_errors else "raise",
    )


def write_table(frame: pd.DataFrame, path: str | Path, *, safe_csv: bool = True) -> Path:
    """Write ``frame`` as Parquet, CSV or TSV by the file's extension.

    CSV and TSV go through :func:`corpuskit.io.export.to_csv`: text cells that a
    spreadsheet would run as formulas get a leading ``'`` unless ``safe_csv`` is false.
    """
    from corpuskit.io.export import to_csv

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".parquet", ".csv", ".tsv"}:
        raise ValueError(f"--out must end in .parquet, .csv or .tsv, got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        to_csv(frame, path, safe=safe_csv, sep="\t" if suffix == ".tsv" else ",")
    return path


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


def add_analysis_parser(
    subparsers: argparse._SubParsersAction,
    name: str,
    *,
    help: str,
    description: str,
    epilog: str,
    by: str | None = "compare the groups of this column",
    n_boot: bool = False,
) -> argparse.ArgumentParser:
    """Add an analysis subcommand with the shared input, corpus and grouping options.

    Args:
        subparsers: the ``add_subparsers`` object of the main parser.
        name: the subcommand.
        help: one line for ``corpuskit --help``.
        description: the subcommand's ``--help`` description.
        epilog: examples shown at the end of ``--help``.
        by: help text of ``--by COLUMN``; ``None`` adds no ``--by``.
        n_boot: add ``--n-boot`` (bootstrap resamples, default 1000).

    Returns:
        The new parser, for the subcommand's own options.
    """
    parser = subparsers.add_parser(
        name, help=help, description=description, epilog=epilog, formatter_class=HelpFormatter
    )
    add_input_arguments(parser)
    add_corpus_arguments(parser)
    if by is not None:
        parser.add_argument("--by", metavar="COLUMN", help=by)
    if n_boot:
        parser.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples")
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


def prepare_input(args: argparse.Namespace) -> pd.DataFrame:
    """Read the input (:func:`read_input`), then add groups and events and apply --where."""
    from corpuskit.filters import parse_filter
    from corpuskit.report.prepare import parse_event, prepare_articles

    if getattr(args, "top", 1) < 1:
        raise UsageError(f"--top must be at least 1, got {args.top}")
    out = getattr(args, "out", None)
    if out and Path(out).suffix.lower() not in {".parquet", ".csv", ".tsv"}:
        raise UsageError(f"--out must end in .parquet, .csv or .tsv, got {out!r}")
    try:
        events = [parse_event(spec) for spec in args.event]
        where = parse_filter(args.where, argument="--where") if args.where else None
    except ValueError as error:
        raise UsageError(str(error)) from error
    articles = read_input(args)
    try:
        prepared = prepare_articles(articles, groups=args.groups, events=events, where=where)
    except ValueError as error:
        raise UsageError(str(error)) from error
    if events:
        counts = ", ".join(f"{k}: {v}" for k, v in prepared.attrs.get("events", {}).items())
        info(args, f"events: {counts}")
    if args.where:
        info(args, f"--where kept {len(prepared)} of {len(articles)} documents")
    if prepared.empty:
        raise UsageError("no documents left to analyse (check --where and --event)")
    return prepared


def check_column(articles: pd.DataFrame, column: str | None, option: str) -> None:
    """Raise a :class:`UsageError` when ``column`` is not a column of ``articles``."""
    if column is not None and column not in articles.columns:
        raise UsageError(
            f"{option} {column!r} is not a column; the articles have {list(articles.columns)} "
            "(outlet_group needs --groups, event needs --event)"
        )


def progress_flag(args: argparse.Namespace) -> bool | None:
    """``False`` with --quiet, else ``None`` (bars only in interactive terminals)."""
    return False if getattr(args, "quiet", False) else None


def info(args: argparse.Namespace, message: str) -> None:
    """Print a line of information unless --quiet."""
    if not getattr(args, "quiet", False):
        print(message)


def finish_table(
    args: argparse.Namespace,
    frame: pd.DataFrame,
    *,
    shown: pd.DataFrame | None = None,
    limit: int | None = None,
) -> None:
    """Print the rows of ``shown`` (default: the first --top rows of ``frame``), write --out.

    Args:
        args: the parsed arguments (``top``, ``out``, ``quiet``).
        frame: the complete table, written to --out.
        shown: the rows to print, when not simply the head of ``frame``.
        limit: how many rows of ``shown`` to print (default --top).
    """
    shown = frame if shown is None else shown
    limit = args.top if limit is None else limit
    print_table(shown.head(limit), max_rows=limit)
    if len(shown) > limit:
        info(args, f"({len(shown) - limit} more rows: --top N shows more, --out FILE saves all)")
    if args.out:
        path = write_table(frame, args.out, safe_csv=not args.raw_csv)
        info(args, f"wrote {len(frame)} rows to {path}")
