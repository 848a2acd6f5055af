"""``corpuskit load``: read articles from files or a dataset and write them as one table.

Its arguments are declared in :mod:`corpuskit.cli.parsers`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.inputs import read_input, write_table
from corpuskit.io.export import to_csv
from corpuskit.io.report import LoadReport, load_report

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Load, write, report."""
    articles = read_input(args)
    try:
        report = load_report(articles)
    except KeyError:
        report = LoadReport(total=len(articles), loaded=len(articles))
    path = write_table(articles, args.out, safe_csv=not args.raw_csv)
    print(report.summary())
    print(f"wrote {len(articles)} article(s) to {path}")
    if args.skipped:
        to_csv(report.to_frame(), args.skipped, safe=not args.raw_csv)
        print(f"wrote {report.skipped} skip(s) to {args.skipped}")
    return 0
