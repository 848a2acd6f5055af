"""``corpuskit describe``: documents, words and dates per outlet (or any column)."""

from __future__ import annotations

import argparse

from corpuskit.cli.common import (
    HelpFormatter,
    add_input_arguments,
    add_raw_csv_argument,
    print_table,
    read_input,
    write_table,
)

EPILOG = """examples:
  corpuskit describe --dataset fakes
  corpuskit describe --dataset ungdc --by year
  corpuskit describe articles/ --by outlet --by dateline --out summary.csv
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``describe`` subcommand."""
    parser = subparsers.add_parser(
        "describe",
        help="summarise a corpus: documents, words and dates by group",
        description="Summarise a corpus: documents, words and dates per group.",
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--by", action="append", metavar="COLUMN", help="group by this column (default: outlet)"
    )
    parser.add_argument("--out", help="also write the table to .csv, .tsv or .parquet")
    add_raw_csv_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load and summarise."""
    from corpuskit.summary import describe

    articles = read_input(args)
    overall = describe(articles, by=None).iloc[0]
    first, last = overall["first_date"], overall["last_date"]
    span = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}" if overall["n_dated"] else "no dates"
    print(
        f"{len(articles)} documents, {int(overall['n_words']):,} words, "
        f"{int(overall['n_dated'])} dated ({span})"
    )
    extra = [c for c in articles.columns if c not in _core_columns()]
    if extra:
        print("metadata columns: " + ", ".join(extra))
    table = describe(articles, by=args.by or ["outlet"])
    print_table(table)
    if args.out:
        print(f"wrote {write_table(table, args.out, safe_csv=not args.raw_csv)}")
    return 0


def _core_columns() -> tuple[str, ...]:
    from corpuskit.schema import CORE_COLUMNS

    return tuple(CORE_COLUMNS)
