"""``corpuskit kwic`` and ``corpuskit collocations``: words in their contexts.

Their arguments are generated from :mod:`corpuskit.specs.search`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import UsageError, info
from corpuskit.cli.inputs import check_column, finish_table, prepare_input
from corpuskit.compare.collocations import collocations
from corpuskit.compare.kwic import kwic

__all__ = ["run_collocations", "run_kwic"]


def _check_window(window: int) -> None:
    if window < 0:
        raise UsageError(f"--window must be >= 0, got {window}")


def run_kwic(args: argparse.Namespace) -> int:
    """Find the pattern and print its concordance."""
    _check_window(args.window)
    articles = prepare_input(args)
    lines = kwic(
        articles,
        args.pattern,
        window=args.window,
        pattern_type="regex" if args.regex else "glob",
        case_sensitive=args.case_sensitive,
        sort=args.sort,
    ).to_frame()
    info(args, f"{len(lines)} hits in {lines['doc_id'].nunique()} documents")
    columns = [c for c in ("doc_id", "outlet", "left", "keyword", "right") if c in lines]
    finish_table(args, lines, shown=lines[columns])
    return 0


def run_collocations(args: argparse.Namespace) -> int:
    """Score the collocates of the node."""
    _check_window(args.window)
    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    table = collocations(
        articles,
        args.node,
        window=args.window,
        span=args.span,
        min_count=args.min_count,
        by=args.by,
        stopwords="en",
        pattern_type="regex" if args.regex else "glob",
        sort=args.sort,
    )
    columns = [
        *(["group"] if args.by else []),
        "node",
        "collocate",
        "observed",
        "expected",
        "log_dice",
        "pmi",
        "log_likelihood",
        "t_score",
    ]
    if args.by:
        shown = table.groupby("group", sort=False).head(args.top)
        finish_table(args, table, shown=shown[columns], limit=len(shown))
    else:
        finish_table(args, table, shown=table[columns])
    return 0
