"""``corpuskit demo``: the Aleppo-vs-Mosul report on the bundled-registry FA-KES corpus.

Its arguments are declared in :mod:`corpuskit.cli.parsers`.
"""

from __future__ import annotations

import argparse
from importlib import resources

from corpuskit.cli.report import write_report
from corpuskit.report.config import parse_config

__all__ = ["demo_config_text", "run"]


def demo_config_text() -> str:
    """The text of the bundled demo configuration (``corpuskit/report/data/demo.toml``)."""
    path = resources.files("corpuskit.report").joinpath("data", "demo.toml")
    return path.read_text(encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    """Build the demo report (or print its configuration)."""
    text = demo_config_text()
    if args.print_config:
        print(text, end="")
        return 0
    return write_report(parse_config(text, format="toml"), args)
