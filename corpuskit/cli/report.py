"""``corpuskit report``: run a configured set of analyses into one HTML report.

Its arguments are declared in :mod:`corpuskit.cli.parsers`.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from corpuskit.cli.common import UsageError, info, progress_flag
from corpuskit.report.analyses import ANALYSES
from corpuskit.report.build import build_report, check_output
from corpuskit.report.config import ReportConfig, load_config

__all__ = ["run", "write_report"]


def write_report(config: ReportConfig, args: argparse.Namespace) -> int:
    """Build the report of ``config`` into ``args.out`` and say where it is."""
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
    try:
        check_output(args.out, overwrite=args.overwrite, flag="--overwrite")
    except FileExistsError as error:
        raise UsageError(f"--out: {error}") from error


def run(args: argparse.Namespace) -> int:
    """Read the configuration, build and write the report."""
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
