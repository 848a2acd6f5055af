"""``corpuskit quotes`` and ``corpuskit stance``: who is quoted, how targets are written of."""

from __future__ import annotations

import argparse

from corpuskit.cli.common import (
    add_analysis_parser,
    add_output_arguments,
    check_column,
    finish_table,
    info,
    prepare_input,
    progress_flag,
)

QUOTES_EPILOG = """examples:
  corpuskit quotes --dataset fakes --groups fakes --by outlet_group
  corpuskit quotes --dataset fakes --by outlet --speaker-type --out sources.csv
  corpuskit quotes --dataset fakes --list --where "outlet == 'sana'" --out sana_quotes.csv

The table gives, per group, each speaker's number and share of quotes and of
quoted words, with 95% intervals from resampling documents (unresolved
speakers are counted as "(unresolved)"). --speaker-type counts speaker types
(official, military, un, ngo, ...) instead; --list prints the quotes.
"""

STANCE_EPILOG = """examples:
  corpuskit stance --dataset fakes --groups fakes --by outlet_group
  corpuskit stance --dataset fakes --by outlet --window sentence --out stance.csv
  corpuskit stance --dataset fakes --list --where "outlet == 'tass'"

Each mention of a target (Russia, the Syrian government, the armed
opposition, civilians, ...) is scored on its clause with every target name
masked (VADER sentiment by default: a proxy for stance, see docs/stance.md).
The table gives per group and target the mean score and the shares of
favor / against / neutral mentions, with 95% document-bootstrap intervals.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``quotes`` and ``stance`` subcommands."""
    quotes = add_analysis_parser(
        subparsers,
        "quotes",
        help="who is quoted: quotes, speakers and their shares by group",
        description="Find quotes and their speakers; the share of each speaker by group.",
        epilog=QUOTES_EPILOG,
        by="compare the groups of this column",
        n_boot=True,
    )
    quotes.add_argument(
        "--speaker-type", action="store_true", help="count speaker types, not speakers"
    )
    quotes.add_argument("--direct-only", action="store_true", help="leave out indirect speech")
    quotes.add_argument("--list", action="store_true", help="output the quotes themselves")
    add_output_arguments(quotes)
    quotes.set_defaults(func=run_quotes)

    stance = add_analysis_parser(
        subparsers,
        "stance",
        help="stance toward targets (Russia, the government, rebels...) by group",
        description="Score the stance toward each mention of each target; summarise by group.",
        epilog=STANCE_EPILOG,
        by="compare the groups of this column",
        n_boot=True,
    )
    stance.add_argument(
        "--window",
        default="clause",
        help="clause (default), sentence, or a number of tokens either side",
    )
    stance.add_argument("--targets", metavar="YAML", help="a targets file (default: bundled)")
    stance.add_argument("--list", action="store_true", help="output the scored mentions")
    add_output_arguments(stance, top=40)
    stance.set_defaults(func=run_stance)


def run_quotes(args: argparse.Namespace) -> int:
    """Find the quotes; tabulate speakers by group."""
    from corpuskit.voices.quotes import quotes
    from corpuskit.voices.sources import source_table

    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    if args.by:
        articles = articles.dropna(subset=[args.by])
    found = quotes(articles, include_indirect=not args.direct_only, progress=progress_flag(args))
    n_quotes = found.drop_duplicates(["doc_id", "quote_id"]).shape[0]
    info(args, f"{n_quotes} quotes in {found['doc_id'].nunique()} of {len(articles)} documents")
    if args.list:
        keep = [c for c in ("doc_id", "outlet", "speaker", "verb", "kind", "quote") if c in found]
        finish_table(args, found, shown=found[keep])
        return 0
    table = source_table(
        found,
        by=args.by,
        speaker_col="speaker_type" if args.speaker_type else "speaker",
        n_boot=args.n_boot,
        seed=args.seed,
    )
    columns = [
        *([args.by] if args.by else []),
        "speaker",
        "n_docs",
        "n_quotes",
        "share_quotes",
        "share_quotes_low",
        "share_quotes_high",
        "n_words",
        "share_words",
    ]
    keys, ascending = ([args.by, "n_quotes"], [True, False]) if args.by else (["n_quotes"], [False])
    ordered = table.sort_values(keys, ascending=ascending, kind="stable")
    shown = ordered.groupby(args.by, sort=True).head(args.top) if args.by else ordered
    finish_table(args, table, shown=shown[columns], limit=len(shown) if args.by else None)
    return 0


def _window(value: str) -> str | int:
    return int(value) if value.isdigit() else value


def run_stance(args: argparse.Namespace) -> int:
    """Score the mentions; summarise by group."""
    from corpuskit.voices.stance import stance, stance_summary

    articles = prepare_input(args)
    check_column(articles, args.by, "--by")
    if args.by:
        articles = articles.dropna(subset=[args.by])
    scores = stance(articles, targets=args.targets, window=_window(args.window))
    info(args, f"{len(scores)} mentions of {scores['target'].nunique()} targets scored")
    if args.list:
        keep = [
            c
            for c in ("doc_id", "outlet", "target", "match", "score", "label", "window")
            if c in scores
        ]
        finish_table(args, scores, shown=scores[keep])
        return 0
    table = stance_summary(scores, by=args.by, n_boot=args.n_boot, seed=args.seed)
    columns = [
        *([args.by] if args.by else []),
        "target",
        "n_docs",
        "n_mentions",
        "mean_score",
        "mean_score_low",
        "mean_score_high",
        "share_favor",
        "share_against",
        "share_neutral",
    ]
    finish_table(args, table, shown=table[columns])
    return 0
