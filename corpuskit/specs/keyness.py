"""``keyness`` and ``compare``: which words set groups of documents apart."""

from __future__ import annotations

from corpuskit.specs.base import Option, Spec
from corpuskit.specs.common import by, rows

__all__ = ["COMPARE", "KEYNESS", "MEASURES"]

#: the keyness measures (:data:`corpuskit.compare.keyness.MEASURES`)
MEASURES = ("g2", "chi2", "log_ratio", "pct_diff", "fw_delta", "fw_z")

_SIDE_TYPES = (str, float)  # a number may be an integer

#: the options that count and rank the terms, shared by both analyses
TERM_OPTIONS = (
    Option("measure", str, "g2", choices=MEASURES, help="sort by (default g2)"),
    Option("min_count", int, 5, help="keep terms seen this often (default 5)"),
    Option(
        "min_docs",
        int,
        help="keep terms found in at least this many documents of their side",
        cli=False,
    ),
    Option("keep_stopwords", bool, False, help="count function words too", report=False),
)

KEYNESS_EPILOG = """examples:
  corpuskit keyness --dataset fakes --by outlet --target sana --target tass --reference reuters
  corpuskit keyness --dataset fakes \\
      --event aleppo='aleppo'@2016-06-01..2016-12-31 \\
      --event mosul='mosul'@2016-10-01..2017-07-31 \\
      --by event --target aleppo --reference mosul --out keyness.csv
  corpuskit keyness --dataset fakes --groups fakes --where "event == 'aleppo'" ...
  corpuskit keyness --dataset fakes --target "outlet == 'sana'"    # a filter, no --by

Without --reference the target is compared with every other document. Rows
show the top --top terms of the target, then of the reference; --out writes
every term. Significance is the Benjamini-Hochberg adjusted G2 p-value;
log_ratio (with its 95% interval) is the effect size.
"""

COMPARE_EPILOG = """examples:
  corpuskit compare --dataset fakes --by outlet --top 5
  corpuskit compare --dataset fakes --groups fakes --by outlet_group --out compare.csv

Each level of --by is compared with all other documents (keyness); the table
shows its --top most key terms (significant at FDR 5%).
"""

KEYNESS = Spec(
    "keyness",
    help="key terms of a target group of documents against a reference group",
    description="Key terms of a target group of documents against a reference group.",
    epilog=KEYNESS_EPILOG,
    options=(
        by("the column --target/--reference name"),
        Option(
            "target",
            _SIDE_TYPES,
            required=True,
            many=True,
            metavar="VALUE",
            help="a value of --by (repeatable), or a filter without --by (see --where)",
        ),
        Option(
            "reference",
            _SIDE_TYPES,
            many=True,
            metavar="VALUE",
            help="a value of --by (repeatable), or a filter; default: all other documents",
        ),
        *TERM_OPTIONS,
        Option(
            "stopwords",
            (bool, str, list),
            True,
            help="leave out function words (true: the English list)",
            cli=False,
        ),
        rows(15, "terms shown per side"),
        Option(
            "explorer",
            bool,
            False,
            help="also write the interactive term explorer (needs the explore extra)",
            cli=False,
        ),
    ),
)

COMPARE = Spec(
    "compare",
    help="the key terms of every group (each level of --by against the rest)",
    description="The key terms of every level of a column against all other documents.",
    epilog=COMPARE_EPILOG,
    top=10,
    options=(
        by("the grouping column", required=True, cli_required=True),
        *TERM_OPTIONS,
        rows(10, "terms shown per group"),
    ),
)
