"""``corpuskit describe``: documents, words and dates per outlet (or any column).

Its arguments are declared in :mod:`corpuskit.cli.parsers`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import print_table
from corpuskit.cli.inputs import read_input, write_table
from corpuskit.schema import CORE_COLUMNS
from corpuskit.summary import describe

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Load and summarise."""
    articles = read_input(args)
    overall = describe(articles, by=None).iloc[0]
    first, last = overall["first_date"], overall["last_date"]
    span = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}" if overall["n_dated"] else "no dates"
    print(
        f"{len(articles)} documents, {int(overall['n_words']):,} words, "
        f"{int(overall['n_dated'])} dated ({span})"
    )
    extra = [c for c in articles.columns if c not in CORE_COLUMNS]
    if extra:
        print("metadata columns: " + ", ".join(extra))
    table = describe(articles, by=args.by or ["outlet"])
    print_table(table)
    if args.out:
        print(f"wrote {write_table(table, args.out, safe_csv=not args.raw_csv)}")
    return 0
