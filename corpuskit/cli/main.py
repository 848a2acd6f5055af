"""The ``corpuskit`` command: entry point and subcommand dispatch.

The subcommands' arguments are declared in :mod:`corpuskit.cli.parsers` (the
analysis subcommands generated from :mod:`corpuskit.specs`); each sets
``func`` to the ``"module:function"`` of its ``run(args) -> int``, imported
only when it runs (:func:`corpuskit.cli.parsers.resolve`).

Example:
    $ corpuskit datasets list
    $ corpuskit describe --dataset fakes --by outlet
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence

from corpuskit import __version__
from corpuskit.cli.common import UsageError
from corpuskit.cli.parsers import register_all, resolve
from corpuskit.errors import CorpuskitError

EPILOG = """examples:
  corpuskit demo                                   # the Aleppo-vs-Mosul report on FA-KES
  corpuskit datasets list
  corpuskit datasets info fakes
  corpuskit load articles/ --out articles.parquet
  corpuskit describe --dataset fakes --by outlet
  corpuskit keyness --dataset fakes --by outlet --target sana --target tass --reference reuters
  corpuskit kwic "liberat*" --dataset fakes
  corpuskit naming --dataset fakes --groups fakes --by outlet_group
  corpuskit report study.toml --out report/

Every analysis subcommand takes --groups MAPPING (outlet groups), --event
NAME='KEYWORD'@START..END (repeatable) and --where FILTER (columns compared with
literals: "event == 'aleppo' and date >= '2016-07-01'"); see its --help.

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
    register_all(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Exit codes: 0 success, 1 a corpuskit error (bad data, missing dataset,
    unreadable file), 2 bad arguments (argparse's convention, and
    :class:`~corpuskit.cli.common.UsageError` for bad values found later).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    formatwarning = warnings.formatwarning
    warnings.formatwarning = _short_warning
    try:
        return int(resolve(args.func)(args) or 0)
    except BrokenPipeError:  # e.g. `corpuskit datasets list | head`
        return 0
    except UsageError as error:
        print(f"corpuskit {args.command}: error: {error}", file=sys.stderr)
        return 2
    except (CorpuskitError, OSError, ValueError) as error:
        print(f"corpuskit {args.command}: error: {error}", file=sys.stderr)
        return 1
    finally:
        warnings.formatwarning = formatwarning


def _short_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    line: str | None = None,
) -> str:
    """Warnings as one line (``corpuskit: UnmappedOutletWarning: ...``), without source lines."""
    return f"corpuskit: {category.__name__}: {message}\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
