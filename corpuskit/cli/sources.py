"""``corpuskit quotes`` and ``corpuskit stance``: who is quoted, how targets are written of.

Their arguments are generated from :mod:`corpuskit.specs.voices`.
"""

from __future__ import annotations

import argparse

from corpuskit.cli.common import info, progress_flag
from corpuskit.cli.inputs import check_column, finish_table, prepare_input
from corpuskit.voices.quotes import quotes
from corpuskit.voices.sources import source_table
from corpuskit.voices.stance import stance, stance_summary

__all__ = ["run_quotes", "run_stance"]


def run_quotes(args: argparse.Namespace) -> int:
    """Find the quotes; tabulate speakers by group."""
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
