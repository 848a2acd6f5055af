"""``corpuskit report``: run a configured set of analyses into one HTML report."""

from __future__ import annotations

import argparse
import dataclasses
import time
from typing import TYPE_CHECKING

from corpuskit.cli.common import (
    HelpFormatter,
    UsageError,
    add_raw_csv_argument,
    info,
    progress_flag,
)

if TYPE_CHECKING:
    from corpuskit.report.config import ReportConfig

EPILOG = """examples:
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


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="run the analyses of a TOML/YAML configuration into an HTML report",
        description="Run the analyses a configuration file lists and write an HTML report.",
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument("config", metavar="CONFIG", help="a .toml, .yaml or .yml configuration")
    add_report_output_arguments(parser, default_out=None)
    parser.set_defaults(func=run)


def add_report_output_arguments(
    parser: argparse.ArgumentParser, *, default_out: str | None
) -> None:
    """Add --out DIR, --overwrite, --raw-csv, --seed, --quiet (shared with ``corpuskit demo``)."""
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


def write_report(config: ReportConfig, args: argparse.Namespace) -> int:
    """Build the report of ``config`` into ``args.out`` and say where it is."""
    from corpuskit.report.build import build_report

    if args.seed is not None:
        config = dataclasses.replace(config, seed=args.seed)
    _check_out(args)
    started = time.perf_counter()
    report = build_report(
        config,
        progress=progress_flag(args),
        log=None if args.quiet else (lambda line: print(f"  running {line}", flush=True)),
    )
    _check_out(args)  # again: the folder may have changed while the analyses ran
    path = report.write(args.out, overwrite=args.overwrite, safe_csv=not args.raw_csv)
    meta = report.metadata
    info(
        args,
        f"{meta['n_docs_used']} documents, {len(report.sections)} analyses in "
        f"{time.perf_counter() - started:.1f} s",
    )
    print(path)
    return 0


def _check_out(args: argparse.Namespace) -> None:
    """Raise a :class:`UsageError` naming --overwrite when --out may not be written."""
    from corpuskit.report.build import check_output

    try:
        check_output(args.out, overwrite=args.overwrite, flag="--overwrite")
    except FileExistsError as error:
        raise UsageError(f"--out: {error}") from error


def run(args: argparse.Namespace) -> int:
    """Read the configuration, build and write the report."""
    from corpuskit.report.analyses import ANALYSES
    from corpuskit.report.config import load_config

    try:
        config = load_config(args.config)
    except ValueError as error:
        raise UsageError(str(error)) from error
    unknown = [spec.kind for spec in config.analyses if spec.kind not in ANALYSES]
    if unknown:
        raise UsageError(
            f"{args.config}: unknown analysis kind(s) {unknown}; known: {sorted(ANALYSES)}"
        )
    return write_report(config, args)
