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


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` as Parquet, CSV or TSV by the file's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".parquet", ".csv", ".tsv"}:
        raise ValueError(f"--out must end in .parquet, .csv or .tsv, got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False, sep="\t" if suffix == ".tsv" else ",")
    return path


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
