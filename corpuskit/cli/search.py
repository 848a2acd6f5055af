"""``corpuskit kwic`` and ``corpuskit collocations``: words in their contexts."""

from __future__ import annotations

import argparse

from corpuskit.cli.common import (
    HelpFormatter,
    UsageError,
    add_corpus_arguments,
    add_input_arguments,
    add_output_arguments,
    check_column,
    finish_table,
    info,
    prepare_input,
)

KWIC_EPILOG = """examples:
  corpuskit kwic "liberat*" --dataset fakes --top 20
  corpuskit kwic "humanitarian corridor" --dataset fakes --window 8 --out corridor.csv
  corpuskit kwic "terroris[mt]s?" --regex --dataset fakes --groups fakes \\
      --where "outlet_group == 'pro-government-aligned'"

PATTERN is a word, a phrase, or a glob (* and ?); --regex reads it as a
regular expression. Lines are in text order; --sort orders them.
"""

COLLOCATIONS_EPILOG = """examples:
  corpuskit collocations rebels --dataset fakes
  corpuskit collocations "civilian*" --dataset fakes --groups fakes --by outlet_group --top 10
  corpuskit collocations aleppo --dataset fakes --window 3 --span right --out aleppo.csv

Collocates are scored by logDice (default), PMI, log-likelihood and t-score
over the spans of --window tokens around each hit; stopwords are left out.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``kwic`` and ``collocations`` subcommands."""
    kwic = subparsers.add_parser(
        "kwic",
        help="keyword in context: every hit of a pattern with the words around it",
        description="Keyword in context: every hit of a pattern with the words around it.",
        epilog=KWIC_EPILOG,
        formatter_class=HelpFormatter,
    )
    kwic.add_argument("pattern", metavar="PATTERN", help="word, phrase, glob or (--regex) regex")
    add_input_arguments(kwic)
    add_corpus_arguments(kwic)
    kwic.add_argument("--window", type=int, default=6, help="tokens of context (default 6)")
    kwic.add_argument("--regex", action="store_true", help="PATTERN is a regular expression")
    kwic.add_argument("--case-sensitive", action="store_true", help="match case exactly")
    kwic.add_argument(
        "--sort", choices=("left", "right", "keyword"), help="sort the lines by context"
    )
    add_output_arguments(kwic)
    kwic.set_defaults(func=run_kwic)

    collocations = subparsers.add_parser(
        "collocations",
        help="the words that occur near a node word more often than chance",
        description="The collocates of a node: words near it more often than chance.",
        epilog=COLLOCATIONS_EPILOG,
        formatter_class=HelpFormatter,
    )
    collocations.add_argument("node", metavar="NODE", help="word, phrase, glob or regex")
    add_input_arguments(collocations)
    add_corpus_arguments(collocations)
    collocations.add_argument("--window", type=int, default=5, help="span (default 5 tokens)")
    collocations.add_argument("--span", choices=("both", "left", "right"), default="both")
    collocations.add_argument(
        "--min-count", type=int, default=3, help="least co-occurrences (default 3)"
    )
    collocations.add_argument("--by", metavar="COLUMN", help="one table per group")
    collocations.add_argument("--regex", action="store_true", help="NODE is a regular expression")
    collocations.add_argument(
        "--sort",
        choices=("log_dice", "pmi", "log_likelihood", "t_score", "observed"),
        default="log_dice",
    )
    add_output_arguments(collocations)
    collocations.set_defaults(func=run_collocations)


def _check_window(window: int) -> None:
    if window < 0:
        raise UsageError(f"--window must be >= 0, got {window}")


def run_kwic(args: argparse.Namespace) -> int:
    """Find the pattern and print its concordance."""
    from corpuskit.compare.kwic import kwic

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
    from corpuskit.compare.collocations import collocations

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
