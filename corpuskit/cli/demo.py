"""``corpuskit demo``: the Aleppo-vs-Mosul report on the bundled-registry FA-KES corpus."""

from __future__ import annotations

import argparse
from importlib import resources

from corpuskit.cli.common import HelpFormatter
from corpuskit.cli.report import add_report_output_arguments, write_report

EPILOG = """examples:
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


def demo_config_text() -> str:
    """The text of the bundled demo configuration (``corpuskit/report/data/demo.toml``)."""
    path = resources.files("corpuskit.report").joinpath("data", "demo.toml")
    return path.read_text(encoding="utf-8")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``demo`` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        help="the Aleppo-vs-Mosul report on FA-KES, in one command",
        description="Write the demo report: Aleppo vs Mosul coverage in the FA-KES corpus.",
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    add_report_output_arguments(parser, default_out="corpuskit-demo")
    parser.add_argument(
        "--print-config", action="store_true", help="print the demo configuration and stop"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the demo report (or print its configuration)."""
    from corpuskit.report.config import parse_config

    text = demo_config_text()
    if args.print_config:
        print(text, end="")
        return 0
    return write_report(parse_config(text, format="toml"), args)
