"""Report sections ``frames``, ``naming`` and ``agency``: how coverage frames, names, blames."""

from __future__ import annotations

import pandas as pd

from corpuskit.framing.agency import agency, agency_summary, corrected_agency_summary
from corpuskit.framing.contrasts import prevalence
from corpuskit.framing.naming import naming, naming_labels
from corpuskit.framing.relevance import keep_relevant
from corpuskit.framing.scores import frames
from corpuskit.lexicons.lookup import lookup
from corpuskit.plot import agency as plot_agency
from corpuskit.plot import frames as plot_frames
from corpuskit.plot import naming as plot_naming
from corpuskit.report.analyses.evidence import (
    by_option,
    check_columns,
    column_words,
    context_lines,
    join_evidence,
    png,
)
from corpuskit.report.analyses.section import Context, Options, Section
from corpuskit.report.analyses.validated import AGENCY_LABELS, add_validation, read_hand_labels

__all__ = ["agency_section", "frames_section", "naming_section"]


def frames_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = by_option(articles, options)
    lexicon = options["lexicon"]
    n_boot = options["n_boot"]
    labels = read_hand_labels(options, ["True", "False"])
    used = articles.dropna(subset=[by]) if by else articles
    scores = frames(used, lexicon=lexicon, progress=ctx.progress)
    columns = [f"{frame}_present" for frame in scores.frames]
    table = prevalence(
        scores.scores, columns=columns, by=by, n_boot=n_boot, seed=ctx.seed, hand_labels=labels
    )
    figure = png(plot_frames(table))
    table["variable"] = table["variable"].str.removesuffix("_present")
    section = Section(spec.name, "frames", spec.title)
    add_validation(section, labels, by, ctx)
    section.tables["prevalence"] = table
    section.shown["prevalence"] = table
    section.tables["scores"] = scores.scores
    section.percent = ["value", "low", "high"]
    section.figures["main"] = figure
    section.captions["main"] = (
        f"Share of documents indicating each frame of the {scores.lexicon} lexicon"
        + (f", by {column_words(by)}" if by else "")
        + ", with 95% intervals from resampling documents."
    )
    overall = table.groupby("variable", sort=False)["value"].mean().sort_values(ascending=False)
    section.findings.append(
        f"{len(used)} documents, lexicon {scores.lexicon}. Most present frames: "
        + ", ".join(f"{frame} ({share:.1%})" for frame, share in overall.head(3).items())
        + " (share of documents; 95% document-bootstrap intervals in the table)."
    )
    if by:
        spread = table.groupby("variable")["value"].agg(lambda v: v.max() - v.min())
        widest = spread.idxmax()
        section.findings.append(
            f"Largest gap between {by} groups: {widest} ({spread[widest]:.1%} points)."
        )
    hits = scores.hits
    parts = [
        context_lines(used, hits[hits["frame"] == frame], finding=f"frame: {frame}", n=3)
        for frame in overall.head(3).index
    ]
    section.evidence = join_evidence(parts)
    return section


def naming_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = by_option(articles, options)
    referent = options["referent"]
    n_boot = options["n_boot"]
    n_perm = options["n_perm"]
    labels = read_hand_labels(options, [*naming_labels(referent).categories, "not_a_mention"])
    used = articles.dropna(subset=[by]) if by else articles
    result = naming(
        used,
        referent=referent,
        by=by,
        n_boot=n_boot,
        n_perm=n_perm,
        seed=ctx.seed,
        progress=ctx.progress,
        hand_labels=labels,
    )
    section = Section(spec.name, "naming", spec.title)
    section.percent = ["share", "share_low", "share_high"]
    add_validation(section, labels, by, ctx)
    section.tables["shares"] = result.shares
    section.shown["shares"] = result.shares[result.shares["count"] > 0]
    if result.test is not None:
        section.tables["test"] = result.test
        section.shown["test"] = result.test
        test = result.test.iloc[0]
        section.findings.append(
            f"Label mix differs across {by} groups: chi2 = {test['chi2']:.1f} "
            f"(df {int(test['dof'])}), permutation p = {test['p_perm']:.3f}, "
            f"Cramér's V = {test['cramers_v']:.2f}, {int(test['n_mentions'])} mentions in "
            f"{int(test['n_docs'])} documents."
        )
    if by:
        section.figures["main"] = png(plot_naming(result))
        section.captions["main"] = (
            f"Share of the mentions of the {referent.replace('_', ' ')} that use each label, "
            f"by {column_words(by)}, with 95% intervals from resampling documents."
        )
        for group, rows in result.shares.groupby(by, sort=True):
            top = rows.sort_values("share", ascending=False).head(3)
            section.findings.append(
                f"{group}: " + ", ".join(f"{r.label} {r.share:.1%}" for r in top.itertuples()) + "."
            )
    _, matches = lookup(used, naming_labels(referent), return_matches=True)
    section.tables["hits"] = matches
    matches = matches.assign(label=matches["category"].str.split("/").str[-1])
    top_labels = matches["label"].value_counts().head(4).index
    section.evidence = join_evidence(
        [
            context_lines(used, matches[matches["label"] == label], finding=f"label: {label}", n=3)
            for label in top_labels
        ]
    )
    return section


def agency_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = check_columns(articles, options["by"], spec)[0]
    reference = options["reference"]
    n_boot = options["n_boot"]
    labels = read_hand_labels(options, AGENCY_LABELS)
    used = articles.dropna(subset=[by])
    kept = None
    if options["about"]:  # the event's articles only (ck.keep_relevant), counted below
        about = options["about"]
        n_before = len(used)
        used = keep_relevant(used, about=about)
        places = ", ".join([about] if isinstance(about, str) else about)
        kept = (
            f"Articles about {places} (ck.keep_relevant): {len(used)} of {n_before} kept, "
            f"{n_before - len(used)} dropped."
        )
    clauses = agency(used, progress=ctx.progress)
    if labels is None:
        summary = agency_summary(clauses, by=by, n_boot=n_boot, seed=ctx.seed, reference=reference)
    else:
        summary = corrected_agency_summary(
            clauses, labels, by=by, n_boot=n_boot, seed=ctx.seed, reference=reference
        )
    section = Section(spec.name, "agency", spec.title)
    add_validation(section, labels, by, ctx)
    section.tables["summary"] = summary
    section.tables["clauses"] = clauses
    section.shown["summary"] = summary
    section.percent = ["share", "low", "high", "diff", "diff_low", "diff_high"]
    section.figures["main"] = png(plot_agency(summary)[0])
    section.captions["main"] = (
        f"Casualty clauses by {column_words(by)}. A: how each clause is told (its construction; "
        "the bars sum to 100%). B: share of casualty clauses without a named agent, and with an "
        "actor (not a weapon) as the agent, with 95% intervals from resampling documents."
    )
    agentless = summary[summary["measure"] == "agentless"]
    if kept is not None:
        section.findings.append(kept)
    section.findings.append(
        f"{len(clauses)} violence clauses in {clauses['doc_id'].nunique()} documents. Agentless "
        "share (no one named as the agent): "
        + "; ".join(
            f"{r[by]} {r.share:.1%} [{r.low:.1%}, {r.high:.1%}]" for _, r in agentless.iterrows()
        )
        + "."
    )
    examples = [
        context_lines(
            used,
            clauses[clauses["construction"] == construction],
            finding=f"construction: {construction}",
            n=3,
        )
        for construction in ("active", "passive_agentless")
    ]
    section.evidence = join_evidence(examples)
    return section
