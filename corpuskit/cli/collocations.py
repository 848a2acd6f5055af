"""``corpuskit collocations``: the words that occur near a node more often than chance.

Its arguments are generated from :data:`corpuskit.specs.search.COLLOCATIONS`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import check_window
from corpuskit.cli.inputs import check_column, finish_table, prepare_input
from corpuskit.compare.collocations import collocations

__all__ = ["run_collocations"]


def run_collocations(args: argparse.Namespace) -> int:
    """Score the collocates of the node."""
    check_window(args.window)
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
