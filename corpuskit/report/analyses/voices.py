"""Report sections ``quotes`` and ``stance``: who is quoted, how targets are written of."""

from __future__ import annotations

import pandas as pd

from corpuskit.plot import sources
from corpuskit.plot import stance as plot_stance
from corpuskit.report.analyses.evidence import (
    by_option,
    column_words,
    context_lines,
    join_evidence,
    png,
)
from corpuskit.report.analyses.section import Context, Options, Section
from corpuskit.report.analyses.validated import add_validation, read_hand_labels
from corpuskit.voices.quotes import quotes
from corpuskit.voices.sources import source_table
from corpuskit.voices.stance import stance, stance_summary

__all__ = ["quotes_section", "stance_section"]


def quotes_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = by_option(articles, options)
    n = options["n"]
    n_boot = options["n_boot"]
    labels = read_hand_labels(options, ["not_a_quote"])
    used = articles.dropna(subset=[by]) if by else articles
    found = quotes(used, progress=ctx.progress)
    variables = set() if labels is None else set(labels["variable"])
    if labels is not None and not variables & {"speaker", "speaker_type"}:
        raise ValueError(
            f"analysis {spec.name!r} (quotes): labels = holds {sorted(variables)}, not "
            "'speaker_type' or 'speaker'; draw the sample from the quotes table"
        )
    speakers, types = (
        source_table(
            found,
            by=by,
            speaker_col=column,
            n_boot=n_boot,
            seed=ctx.seed,
            hand_labels=labels if column in variables else None,
        )
        for column in ("speaker", "speaker_type")
    )
    section = Section(spec.name, "quotes", spec.title)
    section.percent = [
        f"share_{what}{end}" for what in ("quotes", "words") for end in ("", "_low", "_high")
    ]
    add_validation(section, labels, by, ctx)
    section.tables["speakers"] = speakers
    section.tables["speaker_types"] = types
    section.tables["quotes"] = found
    resolved = speakers[speakers["speaker"] != "(unresolved)"]
    top = (
        resolved.sort_values([by, "n_quotes"], ascending=[True, False], kind="stable")
        .groupby(by, sort=True)
        .head(n)
        if by
        else resolved.head(n)
    )
    section.shown["speakers"] = top
    section.shown["speaker_types"] = types
    if by:
        section.figures["main"] = png(sources(types))
        section.captions["main"] = (
            f"Share of the quotes by speaker type, by {column_words(by)} (a quote in several parts "
            "counts once)."
        )
    n_quotes = found.drop_duplicates(["doc_id", "quote_id"]).shape[0]
    section.findings.append(
        f"{n_quotes} quotes in {found['doc_id'].nunique()} of {len(used)} documents."
    )
    overall = found.dropna(subset=["speaker"]).drop_duplicates(["doc_id", "quote_id"])
    leaders = overall["speaker"].value_counts().head(5)
    if len(leaders):
        section.findings.append(
            "Most quoted: " + ", ".join(f"{s} ({c})" for s, c in leaders.items()) + "."
        )
    first = overall[overall["speaker"].isin(leaders.index)].drop_duplicates("speaker")
    section.evidence = (
        pd.DataFrame(
            {
                "finding": "quoted: " + first["speaker"].astype(str),
                "doc_id": first["doc_id"],
                "outlet": first.get("outlet", pd.NA),
                "left": first["speaker_mention"].astype(object).fillna(""),
                "keyword": first["quote"],
                "right": first["verb"].astype(object).fillna(""),
            }
        )
        if len(first)
        else None
    )
    return section


def stance_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = by_option(articles, options)
    window = options["window"]
    n_boot = options["n_boot"]
    labels = read_hand_labels(options, ["favor", "against", "neutral", "not_about_target"])
    used = articles.dropna(subset=[by]) if by else articles
    scores = stance(used, window=window)
    summary = stance_summary(scores, by=by, n_boot=n_boot, seed=ctx.seed, hand_labels=labels)
    section = Section(spec.name, "stance", spec.title)
    section.percent = [
        f"share_{label}{end}"
        for label in ("favor", "against", "neutral")
        for end in ("", "_low", "_high")
    ]
    add_validation(section, labels, by, ctx)
    section.tables["summary"] = summary
    section.tables["mentions"] = scores
    section.shown["summary"] = summary
    section.findings.append(
        f"{len(scores)} mentions of {scores['target'].nunique()} targets in "
        f"{scores['doc_id'].nunique()} documents, scored on their {window} with every target "
        "name masked (VADER sentiment: a proxy for stance)."
    )
    if by:
        span = window if isinstance(window, str) else f"{window} words around the mention"
        section.figures["main"] = png(plot_stance(summary))
        section.captions["main"] = (
            f"Mean stance score of the mentions of each target, by {column_words(by)}, with 95% "
            "intervals from resampling documents (VADER sentiment of the "
            f"{span}, target names masked)."
        )
    negative = scores.sort_values("score", kind="stable")
    section.evidence = join_evidence(
        [
            context_lines(
                used, negative[negative["target"] == target], finding=f"against: {target}", n=2
            )
            for target in summary.sort_values("mean_score")["target"].drop_duplicates().head(3)
        ]
    )
    return section
