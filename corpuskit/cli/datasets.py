"""``corpuskit datasets list|info|fetch``: the dataset registry from the shell."""

from __future__ import annotations

import argparse

from corpuskit.cli.common import HelpFormatter, print_table
from corpuskit.datasets.api import dataset_info, fetch_dataset, list_datasets

EPILOG = """examples:
  corpuskit datasets list
  corpuskit datasets info fakes
  corpuskit datasets fetch bbc_news      # downloads into the user cache (needs network)
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``datasets`` subcommand group."""
    parser = subparsers.add_parser(
        "datasets",
        help="list, describe and fetch registered datasets",
        description="The registry of public datasets that corpuskit can load by name.",
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="one line per registered dataset").set_defaults(func=run_list)
    info = actions.add_parser("info", help="description, citation, licence, files and checksums")
    info.add_argument("name")
    info.set_defaults(func=run_info)
    fetch = actions.add_parser("fetch", help="download a dataset into the cache and verify it")
    fetch.add_argument("name")
    fetch.add_argument("--dest", help="folder to write into (default: the user cache)")
    fetch.set_defaults(func=run_fetch)


def run_list(args: argparse.Namespace) -> int:
    """Print the registry as a table."""
    table = list_datasets()
    print_table(table[[c for c in ("name", "n_docs", "title", "licence") if c in table]])
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Print one registry entry."""
    print(dataset_info(args.name))
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    """Download, prepare and verify one dataset."""
    path = fetch_dataset(args.name, dest=args.dest)
    print(f"{args.name}: ready in {path}")
    return 0
