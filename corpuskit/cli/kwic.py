"""``corpuskit kwic``: every hit of a pattern with the words around it.

Its arguments are generated from :data:`corpuskit.specs.search.KWIC`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import check_window, info
from corpuskit.cli.inputs import finish_table, prepare_input
from corpuskit.compare.kwic import kwic

__all__ = ["run_kwic"]


def run_kwic(args: argparse.Namespace) -> int:
    """Find the pattern and print its concordance."""
    check_window(args.window)
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
