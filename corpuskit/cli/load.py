"""``corpuskit load``: read articles from files or a dataset and write them as one table."""

from __future__ import annotations

import argparse

from corpuskit.cli.common import (
    HelpFormatter,
    add_input_arguments,
    add_raw_csv_argument,
    read_input,
    write_table,
)

EPILOG = """examples:
  corpuskit load wire/ --year 2017 --out wire.parquet
  corpuskit load fakes.csv --encoding cp1252 --column article_content=text --out fakes.parquet
  corpuskit load --dataset ungdc --out ungdc.parquet
  corpuskit load scraped/ --skip-errors --out articles.parquet --skipped skipped.csv
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``load`` subcommand."""
    parser = subparsers.add_parser(
        "load",
        help="read articles into one Parquet/CSV table and print a load report",
        description=(
            "Read text files, folders, tables or HTML (or a registered dataset) into the "
            "article schema, write them to --out, and print what was loaded and skipped."
        ),
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    add_input_arguments(parser)
    parser.add_argument("--out", required=True, help="output file: .parquet, .csv or .tsv")
    parser.add_argument("--skipped", help="also write the skip report to this CSV file")
    add_raw_csv_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load, write, report."""
    from corpuskit.io.export import to_csv
    from corpuskit.io.report import LoadReport, load_report

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
