"""Report sections ``keyness`` and ``compare``: which words set groups of documents apart."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.explorer import explore_terms
from corpuskit.compare.groups import side_mask
from corpuskit.compare.keyness import keyness, keyness_each
from corpuskit.docterm import dtm
from corpuskit.plot import keyness as plot_keyness
from corpuskit.report.analyses.evidence import (
    by_option,
    check_columns,
    join_evidence,
    kwic_lines,
    png,
    side_label,
)
from corpuskit.report.analyses.section import Context, Options, Section

__all__ = ["compare_section", "keyness_section"]


def _keyness_evidence(
    articles: pd.DataFrame, result: pd.DataFrame, masks: dict[str, pd.Series], n: int = 3
) -> pd.DataFrame | None:
    parts = []
    for side, mask in masks.items():
        top = result[(result["direction"] == side) & (result["p_adjusted"] < 0.05)]
        top = (top if side == "target" else top.iloc[::-1]).head(n)
        for feature in top["feature"]:
            parts.append(
                kwic_lines(articles[mask], feature, finding=f"key in {side}: {feature}", n=2)
            )
    return join_evidence(parts)


def _side(articles: pd.DataFrame, value: Any, by: str | None, argument: str) -> pd.Series:
    """Documents of one side of a contrast: values of ``by``, or a filter without it."""
    mask = side_mask(
        articles, value, by=by, argument=argument, filter_argument=argument, by_name="by"
    )
    return pd.Series(mask, index=articles.index)


def keyness_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = by_option(articles, options)
    target = options["target"]
    reference = options["reference"]
    measure = options["measure"]
    min_count = options["min_count"]
    min_docs = options["min_docs"]
    stopwords = options["stopwords"]
    n = options["n"]
    explorer = options["explorer"]
    target_mask = _side(articles, target, by, f"analysis {spec.name!r} target =")
    reference_mask = (
        ~target_mask
        if reference is None
        else _side(articles, reference, by, f"analysis {spec.name!r} reference =") & ~target_mask
    )
    used = articles[target_mask | reference_mask]
    matrix = dtm(used, stopwords=stopwords, n_jobs=1, progress=ctx.progress)
    labels = (side_label(target), "the rest" if reference is None else side_label(reference))
    result = keyness(
        matrix,
        target=np.asarray(target_mask[target_mask | reference_mask]),
        reference=np.asarray(reference_mask[target_mask | reference_mask]),
        measure=measure,
        min_count=min_count,
        min_docs=min_docs,
        labels=labels,
        seed=ctx.seed,
    )
    section = Section(spec.name, "keyness", spec.title)
    section.tables["terms"] = result
    significant = result[result["p_adjusted"] < 0.05]
    shown_columns = [
        "feature",
        "direction",
        "n_target",
        "n_reference",
        "docs_target",
        "docs_reference",
        "g2",
        "p_adjusted",
        "log_ratio",
        "log_ratio_low",
        "log_ratio_high",
    ]
    section.shown["terms"] = pd.concat(
        [
            result[result["direction"] == "target"].head(n),
            result[result["direction"] == "reference"].tail(n).iloc[::-1],
        ]
    )[shown_columns]
    section.findings.append(
        f"{labels[0]}: {int(target_mask.sum())} documents; {labels[1]}: "
        f"{int(reference_mask.sum())} documents; {len(result)} terms with at least "
        f"{min_count} occurrences and in at least {result.min_docs} documents of the "
        f"side they are key for ({result.n_features_min_docs} terms found in fewer "
        f"left out), {len(significant)} significant at FDR 5% (Benjamini-Hochberg)."
    )
    for side, label in (("target", labels[0]), ("reference", labels[1])):
        ranked = significant[significant["direction"] == side]["feature"]
        top = (ranked if side == "target" else ranked.iloc[::-1]).head(8).tolist()
        if top:
            section.findings.append(f"Most key in {label}: {', '.join(top)}.")
    result.target_label, result.reference_label = labels
    shown_n = min(n, 15)
    ax = plot_keyness(result, n=shown_n, labels=labels)
    section.figures["main"] = png(ax)
    section.captions["main"] = (
        f"The {shown_n} terms most over-represented in {labels[0]} (right) and in "
        f"{labels[1]} (left), chosen by log-likelihood (G²) and drawn by log ratio "
        "(log2 of the ratio of relative frequencies) with 95% confidence intervals."
    )
    masks = {"target": target_mask, "reference": reference_mask}
    section.evidence = _keyness_evidence(articles, result, masks)
    if explorer:
        _add_explorer(section, matrix, used, masks, labels=labels, min_count=min_count)
    return section


def _add_explorer(
    section: Section,
    matrix: Any,
    used: pd.DataFrame,
    masks: dict[str, pd.Series],
    *,
    labels: tuple[str, str],
    min_count: int,
) -> None:
    """Add the interactive term explorer of the keyness contrast as a page of ``section``."""
    explorer = explore_terms(
        matrix,
        target=masks["target"].loc[used.index].to_numpy(),
        reference=masks["reference"].loc[used.index].to_numpy(),
        articles=used,
        labels=labels,
        min_count=min_count,
    )
    section.pages["explorer"] = explorer.to_html()
    section.findings.append(
        f"Every term, searchable, with its contexts: the interactive term explorer "
        f"(pages/{section.page_files()['explorer']}; {len(explorer.terms)} terms)."
    )


def compare_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    by = check_columns(articles, options["by"], spec)[0]
    measure = options["measure"]
    min_count = options["min_count"]
    min_docs = options["min_docs"]
    n = options["n"]
    used = articles.dropna(subset=[by])
    matrix = dtm(used, stopwords=True, n_jobs=1, progress=ctx.progress)
    result = keyness_each(
        matrix, by=by, measure=measure, min_count=min_count, min_docs=min_docs, seed=ctx.seed
    )
    section = Section(spec.name, "compare", spec.title)
    section.tables["terms"] = result
    top = result[(result["direction"] == "target") & (result["p_adjusted"] < 0.05)]
    top = top.groupby("group", sort=True).head(n)
    section.shown["terms"] = top[
        ["group", "feature", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio"]
    ]
    for group, rows in top.groupby("group", sort=True):
        section.findings.append(f"{group}: {', '.join(rows['feature'].head(8))}.")
    return section
