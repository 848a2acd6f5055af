"""Every subcommand's arguments, and where the code that runs it lives.

Building the parser imports no analysis and no reader: the analysis
subcommands are generated from their specs (:mod:`corpuskit.specs`), and each
subcommand's ``func`` is a ``"module:function"`` string that
:func:`resolve` imports when that subcommand runs. This is the command
line's one place of lazy loading; it keeps ``corpuskit --help`` fast (the
analyses import scipy, spaCy's models, scikit-learn...).

Example:
    >>> resolve("corpuskit.cli.describe:run").__name__
    'run'
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any

from corpuskit.cli.common import (
    HelpFormatter,
    add_input_arguments,
    add_option,
    add_raw_csv_argument,
    add_spec_parser,
)
from corpuskit.specs import SPECS

__all__ = ["COMMANDS", "register_all", "resolve"]

#: analysis subcommand -> its run function, in the order of ``corpuskit --help``
COMMANDS = {
    "keyness": "corpuskit.cli.compare:run_keyness",
    "compare": "corpuskit.cli.compare:run_compare",
    "kwic": "corpuskit.cli.kwic:run_kwic",
    "collocations": "corpuskit.cli.collocations:run_collocations",
    "frames": "corpuskit.cli.framing:run_frames",
    "naming": "corpuskit.cli.framing:run_naming",
    "agency": "corpuskit.cli.framing:run_agency",
    "quotes": "corpuskit.cli.sources:run_quotes",
    "stance": "corpuskit.cli.sources:run_stance",
}

LOAD_EPILOG = """examples:
  corpuskit load wire/ --year 2017 --out wire.parquet
  corpuskit load fakes.csv --encoding cp1252 --column article_content=text --out fakes.parquet
  corpuskit load --dataset ungdc --out ungdc.parquet
  corpuskit load scraped/ --skip-errors --out articles.parquet --skipped skipped.csv
"""

DESCRIBE_EPILOG = """examples:
  corpuskit describe --dataset fakes
  corpuskit describe --dataset ungdc --by year
  corpuskit describe articles/ --by outlet --by dateline --out summary.csv
"""

REPORT_EPILOG = """examples:
  corpuskit report study.toml --out report/
  corpuskit report study.yaml --out report/ --seed 7 --quiet
  corpuskit report study.toml --out report/ --overwrite   # replace the earlier run
  corpuskit demo --print-config > study.toml    # a complete configuration to start from

Writes DIR/report.html (self-contained: figures embedded), DIR/tables/*.csv
(every table in full), DIR/figures/*.png, DIR/config.toml (a copy) and
DIR/metadata.json (corpuskit version, data checksums, document counts and the
load report, events, seed). The same configuration on the same data gives the
same tables. DIR must be new or empty; --overwrite replaces an earlier report
there as a whole (a folder holding other files is never replaced). Text cells
that a spreadsheet would run as formulas (=, +, -, @) get a leading ' in the
CSV tables unless --raw-csv. The configuration keys are described in docs/cli.md.
"""

DEMO_EPILOG = """examples:
  corpuskit demo                          # writes corpuskit-demo/report.html
  corpuskit demo --out /tmp/demo --quiet
  corpuskit demo --overwrite              # run again, replacing corpuskit-demo/
  corpuskit demo --print-config > study.toml && corpuskit report study.toml --out study/

The demo runs on the FA-KES dataset (`corpuskit datasets info fakes`): events
by keyword and date window (Aleppo, 2016-06-01..2016-12-31; Mosul,
2016-10-01..2017-07-31), outlets grouped by the bundled mapping; key terms
Aleppo vs Mosul and pro-government vs opposition-aligned outlets on Aleppo;
naming of the armed opposition; frames; agency; quoted speakers; a timeline
with the Aleppo evacuation (2016-12-13) and the Mosul air strike (2017-03-17).
It needs the data: set CORPUSKIT_DATA to the folder holding fakes/ or run
`corpuskit datasets fetch fakes`.
"""


DATASETS_EPILOG = """examples:
  corpuskit datasets list
  corpuskit datasets info fakes
  corpuskit datasets fetch bbc_news      # downloads into the user cache (needs network)
"""


def _register_datasets(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``datasets`` subcommand group."""
    parser = subparsers.add_parser(
        "datasets",
        help="list, describe and fetch registered datasets",
        description="The registry of public datasets that corpuskit can load by name.",
        epilog=DATASETS_EPILOG,
        formatter_class=HelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="one line per registered dataset").set_defaults(
        func="corpuskit.cli.datasets:run_list"
    )
    info = actions.add_parser("info", help="description, citation, licence, files and checksums")
    info.add_argument("name")
    info.set_defaults(func="corpuskit.cli.datasets:run_info")
    fetch = actions.add_parser("fetch", help="download a dataset into the cache and verify it")
    fetch.add_argument("name")
    fetch.add_argument("--dest", help="folder to write into (default: the user cache)")
    fetch.set_defaults(func="corpuskit.cli.datasets:run_fetch")


def resolve(target: Any) -> Callable[[argparse.Namespace], Any]:
    """The function a ``"module:function"`` string names, imported now (other values as given)."""
    if not isinstance(target, str):
        return target
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def register_all(subparsers: argparse._SubParsersAction) -> None:
    """Add every subcommand, in the order of ``corpuskit --help``."""
    _register_datasets(subparsers)
    _register_load(subparsers)
    _register_describe(subparsers)
    for kind, func in COMMANDS.items():
        add_spec_parser(subparsers, SPECS[kind], func=func)
    _register_report(subparsers)
    _register_demo(subparsers)


def _register_load(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "load",
        help="read articles into one Parquet/CSV table and print a load report",
        description=(
            "Read text files, folders, tables or HTML (or a registered dataset) into the "
            "article schema, write them to --out, and print what was loaded and skipped."
        ),
        epilog=LOAD_EPILOG,
        formatter_class=HelpFormatter,
    )
    add_input_arguments(parser)
    parser.add_argument("--out", required=True, help="output file: .parquet, .csv or .tsv")
    parser.add_argument("--skipped", help="also write the skip report to this CSV file")
    add_raw_csv_argument(parser)
    parser.set_defaults(func="corpuskit.cli.load:run")


def _register_describe(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "describe",
        help="summarise a corpus: documents, words and dates by group",
        description="Summarise a corpus: documents, words and dates per group.",
        epilog=DESCRIBE_EPILOG,
        formatter_class=HelpFormatter,
    )
    add_input_arguments(parser)
    add_option(parser, SPECS["describe"].option("by"))
    parser.add_argument("--out", help="also write the table to .csv, .tsv or .parquet")
    add_raw_csv_argument(parser)
    parser.set_defaults(func="corpuskit.cli.describe:run")


def _register_report(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="run the analyses of a TOML/YAML configuration into an HTML report",
        description="Run the analyses a configuration file lists and write an HTML report.",
        epilog=REPORT_EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument("config", metavar="CONFIG", help="a .toml, .yaml or .yml configuration")
    add_report_output_arguments(parser, default_out=None)
    parser.set_defaults(func="corpuskit.cli.report:run")


def _register_demo(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="the Aleppo-vs-Mosul report on FA-KES, in one command",
        description="Write the demo report: Aleppo vs Mosul coverage in the FA-KES corpus.",
        epilog=DEMO_EPILOG,
        formatter_class=HelpFormatter,
    )
    add_report_output_arguments(parser, default_out="corpuskit-demo")
    parser.add_argument(
        "--print-config", action="store_true", help="print the demo configuration and stop"
    )
    parser.set_defaults(func="corpuskit.cli.demo:run")


def add_report_output_arguments(
    parser: argparse.ArgumentParser, *, default_out: str | None
) -> None:
    """Add --out DIR, --overwrite, --raw-csv, --seed, --quiet (``report`` and ``demo``)."""
    if default_out is None:
        parser.add_argument("--out", required=True, metavar="DIR", help="the output folder")
    else:
        parser.add_argument(
            "--out", default=default_out, metavar="DIR", help=f"the output folder ({default_out})"
        )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an earlier corpuskit report in --out as a whole (never another folder)",
    )
    add_raw_csv_argument(parser)
    parser.add_argument("--seed", type=int, help="override the configuration's seed")
    parser.add_argument("--quiet", action="store_true", help="no progress; print only the path")
