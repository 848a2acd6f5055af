"""The ``corpuskit`` command: entry point and subcommand dispatch.

Each subcommand group lives in its own module with a ``register(subparsers)``
function that adds its parser and sets ``func`` to a ``run(args) -> int``.

Example:
    $ corpuskit datasets list
    $ corpuskit describe --dataset fakes --by outlet
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from corpuskit import __version__
from corpuskit.cli import datasets, describe, load
from corpuskit.errors import CorpuskitError

EPILOG = """examples:
  corpuskit datasets list
  corpuskit datasets info fakes
  corpuskit load articles/ --out articles.parquet
  corpuskit describe --dataset fakes --by outlet

Data: registered datasets are read from the folder named by CORPUSKIT_DATA
(e.g. export CORPUSKIT_DATA=../shared/corpora), then from the user cache.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``corpuskit`` command, with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="corpuskit",
        description="Compare how news media cover events.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"corpuskit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (datasets, load, describe):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Exit codes: 0 success, 1 a corpuskit error (bad data, missing dataset),
    2 bad arguments (argparse's convention).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (CorpuskitError, FileNotFoundError, ValueError) as error:
        print(f"corpuskit {args.command}: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `corpuskit datasets list | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
