"""``corpuskit keyness`` and ``corpuskit compare``: which words set groups of documents apart."""

from __future__ import annotations

import argparse

import pandas as pd

from corpuskit.cli.common import (
    UsageError,
    add_analysis_parser,
    add_output_arguments,
    check_column,
    finish_table,
    info,
    prepare_input,
    progress_flag,
)
from corpuskit.filters import FilterError, filter_mask

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

MEASURES = ("g2", "chi2", "log_ratio", "pct_diff", "fw_delta", "fw_z")


def _add_term_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--measure", choices=MEASURES, default="g2", help="sort by (default g2)")
    parser.add_argument(
        "--min-count", type=int, default=5, help="keep terms seen this often (default 5)"
    )
    parser.add_argument("--keep-stopwords", action="store_true", help="count function words too")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``keyness`` and ``compare`` subcommands."""
    keyness = add_analysis_parser(
        subparsers,
        "keyness",
        help="key terms of a target group of documents against a reference group",
        description="Key terms of a target group of documents against a reference group.",
        epilog=KEYNESS_EPILOG,
        by="the column --target/--reference name",
    )
    keyness.add_argument(
        "--target",
        action="append",
        required=True,
        metavar="VALUE",
        help="a value of --by (repeatable), or a filter without --by (see --where)",
    )
    keyness.add_argument(
        "--reference",
        action="append",
        metavar="VALUE",
        help="a value of --by (repeatable), or a filter; default: all other documents",
    )
    _add_term_options(keyness)
    add_output_arguments(keyness)
    keyness.set_defaults(func=run_keyness)

    compare = add_analysis_parser(
        subparsers,
        "compare",
        help="the key terms of every group (each level of --by against the rest)",
        description="The key terms of every level of a column against all other documents.",
        epilog=COMPARE_EPILOG,
        by=None,
    )
    compare.add_argument("--by", metavar="COLUMN", required=True, help="the grouping column")
    _add_term_options(compare)
    add_output_arguments(compare, top=10)
    compare.set_defaults(func=run_compare)


def _side(articles: pd.DataFrame, values: list[str], by: str | None, option: str) -> pd.Series:
    if by is not None:
        present = set(articles[by].dropna().astype(str))
        absent = [v for v in values if v not in present]
        if absent:
            raise UsageError(
                f"{option} {absent} not found in column {by!r}; its values: {sorted(present)[:25]}"
            )
        return articles[by].astype(str).isin(values)
    if len(values) != 1:
        raise UsageError(f"without --by, {option} takes one filter, got {len(values)}")
    try:
        mask = filter_mask(articles, values[0], argument=option)
    except FilterError as error:
        raise UsageError(str(error)) from error
    return pd.Series(mask, index=articles.index)


def run_keyness(args: argparse.Namespace) -> int:
    """Prepare the corpus, count terms, compare the two sides."""
    from corpuskit.compare.keyness import keyness
    from corpuskit.docterm import dtm

    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    target = _side(articles, args.target, args.by, "--target")
    if args.reference:
        reference = _side(articles, args.reference, args.by, "--reference")
        if (target & reference).any():
            raise UsageError("--target and --reference share documents")
    else:
        reference = ~target
    if not target.any() or not reference.any():
        raise UsageError("--target and --reference must each select at least one document")
    used = articles[target | reference]
    info(args, f"target: {int(target.sum())} documents; reference: {int(reference.sum())}")
    matrix = dtm(
        used, stopwords=None if args.keep_stopwords else True, progress=progress_flag(args)
    )
    result = keyness(
        matrix,
        target=target[target | reference].to_numpy(),
        reference=reference[target | reference].to_numpy(),
        measure=args.measure,
        min_count=args.min_count,
        seed=args.seed,
    )
    columns = [
        "feature",
        "direction",
        "n_target",
        "n_reference",
        "g2",
        "p_adjusted",
        "log_ratio",
        "log_ratio_low",
        "log_ratio_high",
    ]
    half = max(1, args.top // 2)
    shown = pd.concat(
        [
            result[result["direction"] == "target"].head(half),
            result[result["direction"] == "reference"].tail(args.top - half).iloc[::-1],
        ]
    )[columns]
    finish_table(args, result, shown=shown)
    return 0


def run_compare(args: argparse.Namespace) -> int:
    """Every level of --by against the rest."""
    from corpuskit.compare.keyness import keyness_each
    from corpuskit.docterm import dtm

    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    used = articles.dropna(subset=[args.by])
    if used[args.by].nunique() < 2:
        raise UsageError(f"--by {args.by!r} needs at least two groups")
    matrix = dtm(
        used, stopwords=None if args.keep_stopwords else True, progress=progress_flag(args)
    )
    result = keyness_each(
        matrix, by=args.by, measure=args.measure, min_count=args.min_count, seed=args.seed
    )
    key = result[(result["direction"] == "target") & (result["p_adjusted"] < 0.05)]
    shown = key.groupby("group", sort=True).head(args.top)
    columns = ["group", "feature", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio"]
    finish_table(args, result, shown=shown[columns], limit=len(shown))
    return 0
