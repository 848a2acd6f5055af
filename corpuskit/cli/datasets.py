"""``corpuskit datasets list|info|fetch``: the dataset registry from the shell.

The subcommands are declared in :mod:`corpuskit.cli.parsers`, which imports
this module only when one of them runs.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import print_table
from corpuskit.datasets.api import dataset_info, fetch_dataset, list_datasets


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
