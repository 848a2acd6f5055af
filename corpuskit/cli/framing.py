"""``corpuskit frames``, ``naming`` and ``agency``: how coverage frames, names and blames.

Their arguments are generated from :mod:`corpuskit.specs.framing`.
"""

from __future__ import annotations

import argparse

import pandas as pd

from corpuskit.cli.common import UsageError, info, progress_flag
from corpuskit.cli.inputs import check_column, finish_table, prepare_input
from corpuskit.framing.agency import agency, agency_summary
from corpuskit.framing.contrasts import prevalence
from corpuskit.framing.naming import REFERENTS, naming
from corpuskit.framing.scores import frames

__all__ = ["run_agency", "run_frames", "run_naming"]


def _grouped(args: argparse.Namespace) -> pd.DataFrame:
    """The prepared articles, with --by checked and rows missing it left out."""
    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    if args.by is None:
        return articles
    used = articles.dropna(subset=[args.by])
    if len(used) < len(articles):
        info(args, f"{len(articles) - len(used)} documents with no {args.by} left out")
    return used


def run_frames(args: argparse.Namespace) -> int:
    """Score frames, then their prevalence by group."""
    articles = _grouped(args)
    scores = frames(articles, lexicon=args.lexicon, progress=progress_flag(args))
    info(args, f"{len(articles)} documents scored with {scores.lexicon}")
    if args.scores:
        table = scores.scores
        keep = ["doc_id", *([args.by] if args.by else []), *scores.frames]
        finish_table(args, table, shown=table[keep])
        return 0
    columns = [f"{frame}_present" for frame in scores.frames]
    table = prevalence(
        scores.scores, columns=columns, by=args.by, n_boot=args.n_boot, seed=args.seed
    )
    table["variable"] = table["variable"].str.removesuffix("_present")
    table = table.rename(columns={"variable": "frame", "value": "share_docs"})
    finish_table(args, table)
    return 0


def run_naming(args: argparse.Namespace) -> int:
    """Count the labels per group and test the difference."""
    if args.referent not in REFERENTS:
        raise UsageError(f"--referent must be one of {sorted(REFERENTS)}, got {args.referent!r}")
    articles = _grouped(args)
    result = naming(
        articles,
        referent=args.referent,
        by=args.by,
        n_boot=args.n_boot,
        n_perm=args.n_perm,
        seed=args.seed,
        progress=progress_flag(args),
    )
    shares = result.shares
    finish_table(args, shares, shown=shares[shares["count"] > 0])
    if result.test is not None:
        test = result.test.iloc[0]
        print(
            f"\ntest of homogeneity across {args.by}: chi2 = {test['chi2']:.2f}, "
            f"df = {int(test['dof'])}, p = {test['p_value']:.4g}, permutation p = "
            f"{test['p_perm']:.4g} ({int(test['n_perm'])} permutations), "
            f"Cramér's V = {test['cramers_v']:.3f}"
        )
    return 0


def run_agency(args: argparse.Namespace) -> int:
    """Find the violence clauses; summarise constructions per group."""
    if args.by is None and not args.clauses:
        raise UsageError("agency needs --by COLUMN (or --clauses to list the clauses)")
    articles = _grouped(args)
    clauses = agency(articles, progress=progress_flag(args))
    info(args, f"{len(clauses)} violence clauses in {clauses['doc_id'].nunique()} documents")
    if args.clauses:
        keep = [
            c
            for c in ("doc_id", "outlet", "construction", "agent", "verb", "victim")
            if c in clauses
        ]
        finish_table(args, clauses, shown=clauses[keep])
        return 0
    if args.reference is not None and args.reference not in set(articles[args.by].astype(str)):
        raise UsageError(f"--reference {args.reference!r} is not a value of {args.by!r}")
    summary = agency_summary(
        clauses, by=args.by, n_boot=args.n_boot, seed=args.seed, reference=args.reference
    )
    finish_table(args, summary)
    return 0
