"""``kwic`` and ``collocations``: words in their contexts."""

from __future__ import annotations

from corpuskit.specs.base import Option, Spec
from corpuskit.specs.common import by, rows

__all__ = ["COLLOCATIONS", "KWIC"]

#: how a report reads a pattern (the command line has ``--regex``)
PATTERN_TYPES = ("glob", "fixed", "regex")

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

KWIC = Spec(
    "kwic",
    help="keyword in context: every hit of a pattern with the words around it",
    description="Keyword in context: every hit of a pattern with the words around it.",
    epilog=KWIC_EPILOG,
    options=(
        Option(
            "pattern",
            str,
            required=True,
            many=True,
            positional=True,
            metavar="PATTERN",
            help="word, phrase, glob or (--regex) regex",
        ),
        Option("window", int, 8, cli_default=6, help="tokens of context (default 6)"),
        Option("pattern_type", str, "glob", choices=PATTERN_TYPES, cli=False),
        Option("regex", bool, False, help="PATTERN is a regular expression", report=False),
        Option("case_sensitive", bool, False, help="match case exactly", report=False),
        Option(
            "sort",
            str,
            choices=("left", "right", "keyword"),
            help="sort the lines by context",
            report=False,
        ),
        rows(30, "lines shown"),
    ),
)

COLLOCATIONS = Spec(
    "collocations",
    help="the words that occur near a node word more often than chance",
    description="The collocates of a node: words near it more often than chance.",
    epilog=COLLOCATIONS_EPILOG,
    options=(
        Option(
            "node",
            str,
            required=True,
            many=True,
            positional=True,
            metavar="NODE",
            help="word, phrase, glob or regex",
        ),
        Option("window", int, 5, help="span (default 5 tokens)"),
        Option("span", str, "both", choices=("both", "left", "right"), report=False),
        Option("min_count", int, 3, help="least co-occurrences (default 3)"),
        by("one table per group"),
        Option("regex", bool, False, help="NODE is a regular expression", report=False),
        Option(
            "sort",
            str,
            "log_dice",
            choices=("log_dice", "pmi", "log_likelihood", "t_score", "observed"),
            report=False,
        ),
        rows(20, "collocates shown (per group)"),
    ),
)
