"""``corpuskit frames``, ``naming`` and ``agency``: how coverage frames, names and blames."""

from __future__ import annotations

import argparse

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

FRAMES_EPILOG = """examples:
  corpuskit frames --dataset fakes --groups fakes --by outlet_group
  corpuskit frames --dataset fakes --lexicon humanitarian --by outlet --out frames.csv
  corpuskit frames --dataset fakes --by outlet --scores --out scores.parquet

The table gives, per group, the share of documents in which each frame is
indicated (at least one lexicon match), with a 95% document-bootstrap
interval. --scores prints and writes the per-document scores instead.
"""

NAMING_EPILOG = """examples:
  corpuskit naming --dataset fakes --groups fakes --by outlet_group
  corpuskit naming --dataset fakes --referent government --by outlet --out naming.csv
  corpuskit naming --dataset fakes --groups fakes --by outlet_group \\
      --event aleppo='aleppo'@2016-06-01..2016-12-31 --where "event == 'aleppo'"

Per group: each label's count and share of the group's mentions (95%
document-bootstrap interval), then the chi-squared test of whether the label
mix differs across groups (permutation p-value, Cramér's V).
"""

AGENCY_EPILOG = """examples:
  corpuskit agency --dataset fakes --groups fakes --by outlet_group
  corpuskit agency --dataset fakes --groups fakes --by outlet_group --reference other
  corpuskit agency --dataset fakes --by outlet --clauses --out clauses.csv

Per group, the share of violence clauses in each construction (active,
passive with or without agent, intransitive, nominal) and the agentless
share, with 95% intervals from resampling documents. --clauses prints and
writes the clauses themselves.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``frames``, ``naming`` and ``agency`` subcommands."""
    frames = add_analysis_parser(
        subparsers,
        "frames",
        help="frame prevalence by group, from a frame lexicon",
        description="Frame prevalence per group: share of documents indicating each frame.",
        epilog=FRAMES_EPILOG,
        by="compare the groups of this column",
        n_boot=True,
    )
    frames.add_argument(
        "--lexicon", default="generic_frames", help="a bundled lexicon (default generic_frames)"
    )
    frames.add_argument(
        "--scores", action="store_true", help="output the per-document scores instead"
    )
    add_output_arguments(frames)
    frames.set_defaults(func=run_frames)

    naming = add_analysis_parser(
        subparsers,
        "naming",
        help="which labels name an actor (rebels, terrorists, opposition...) by group",
        description="The labels used for one referent, per group, and a test of the difference.",
        epilog=NAMING_EPILOG,
        by="compare the groups of this column",
        n_boot=True,
    )
    naming.add_argument(
        "--referent",
        default="armed_opposition",
        help="armed_opposition (default), government, army, isis, coalition, russia",
    )
    naming.add_argument("--n-perm", type=int, default=1000, help="permutations of the test")
    add_output_arguments(naming, top=40)
    naming.set_defaults(func=run_naming)

    agency = add_analysis_parser(
        subparsers,
        "agency",
        help="who is made the agent of killing: constructions of violence clauses",
        description="Shares of active, passive and agentless violence clauses per group.",
        epilog=AGENCY_EPILOG,
        by="compare the groups of this column",
        n_boot=True,
    )
    agency.add_argument("--reference", metavar="VALUE", help="a group to compare each with")
    agency.add_argument("--clauses", action="store_true", help="output the clauses instead")
    add_output_arguments(agency, top=40)
    agency.set_defaults(func=run_agency)


def _grouped(args: argparse.Namespace):
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
    from corpuskit.framing.contrasts import prevalence
    from corpuskit.framing.scores import frames

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
    from corpuskit.framing.naming import REFERENTS, naming

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
    from corpuskit.framing.agency import agency, agency_summary

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
