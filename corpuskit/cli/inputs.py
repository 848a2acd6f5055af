"""What the subcommands run with: reading the input, preparing the corpus, writing tables."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from corpuskit.cli.common import UsageError, info, parse_column_mapping, print_table
from corpuskit.datasets.api import load_dataset
from corpuskit.filters import parse_filter
from corpuskit.io.export import to_csv
from corpuskit.io.read import read_articles
from corpuskit.report.prepare import parse_event, prepare_articles

__all__ = ["check_column", "finish_table", "prepare_input", "read_input", "write_table"]


def read_input(args: argparse.Namespace) -> pd.DataFrame:
    """Load the articles that ``args`` names (``--dataset`` or SOURCE paths)."""
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


def prepare_input(args: argparse.Namespace) -> pd.DataFrame:
    """Read the input (:func:`read_input`), then add groups and events and apply --where."""
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
