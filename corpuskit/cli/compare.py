"""``corpuskit keyness`` and ``corpuskit compare``: which words set groups of documents apart.

Their arguments are generated from :mod:`corpuskit.specs.keyness`.
"""

from __future__ import annotations

import argparse

import pandas as pd

from corpuskit.cli.common import UsageError, info, progress_flag
from corpuskit.cli.inputs import check_column, finish_table, prepare_input
from corpuskit.compare.groups import side_mask
from corpuskit.compare.keyness import keyness, keyness_each
from corpuskit.docterm import dtm

__all__ = ["run_compare", "run_keyness"]


def _side(articles: pd.DataFrame, values: list[str], by: str | None, option: str) -> pd.Series:
    """The documents ``--target`` or ``--reference`` names (:func:`side_mask`)."""
    if by is None and len(values) != 1:
        raise UsageError(f"without --by, {option} takes one filter, got {len(values)}")
    try:
        mask = side_mask(
            articles,
            values if by is not None else values[0],
            by=by,
            argument=option,
            filter_argument=option,
            by_name="--by",
        )
    except ValueError as error:
        raise UsageError(str(error)) from error
    return pd.Series(mask, index=articles.index)


def run_keyness(args: argparse.Namespace) -> int:
    """Prepare the corpus, count terms, compare the two sides."""
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
