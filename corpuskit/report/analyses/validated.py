"""Hand labels (``labels = "sheet.csv"``): accuracy tables, or the words "not validated"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from corpuskit.report.analyses.evidence import as_list
from corpuskit.report.analyses.section import Context, Options, Section
from corpuskit.validation.accuracy import accuracy_by_group, class_accuracy
from corpuskit.validation.labels import read_labels

__all__ = ["AGENCY_LABELS", "NOT_VALIDATED", "add_validation", "read_hand_labels"]


#: labels an agency sheet may hold beside its predictions (constructions, agent types)
AGENCY_LABELS = (
    "active",
    "passive_agent",
    "passive_agentless",
    "intransitive",
    "nominal",
    "actor",
    "means",
    "(missing)",
    "not_a_clause",
)
#: what a section says when its analysis has no ``labels``
NOT_VALIDATED = (
    "Not validated against hand labels: the estimates are the automated measure's, "
    'uncorrected for its errors (add labels = "sheet.csv" to this analysis to correct them).'
)


def read_hand_labels(options: Options, extra: list[str] | tuple[str, ...]) -> pd.DataFrame | None:
    """The analysis's ``labels`` sheet read back, or ``None``.

    Allowed labels: the sheet's predictions and ``extra`` (the analysis's
    other labels, such as ``not_a_clause``).
    """
    path = options["labels"]
    if path is None:
        return None
    spec = options.spec
    if not Path(path).is_file():
        raise ValueError(f"analysis {spec.name!r} ({spec.kind}): labels = {path!r} is not a file")
    return read_labels(path, extra_labels=extra)


def add_validation(section: Section, labels: pd.DataFrame | None, by: Any, ctx: Context) -> None:
    """Accuracy tables and findings of the hand labels, or the words "not validated"."""
    if labels is None:
        section.findings.append(NOT_VALIDATED)
        return
    groups = [c for c in as_list(by) if c is not None and c in labels.columns]
    per_class, per_group = [], []
    for variable, part in labels.groupby("variable", sort=True):
        per_class.append(class_accuracy(part, seed=ctx.seed).assign(variable=variable))
        per_group.append(accuracy_by_group(part, by=groups).assign(variable=variable))
        overall = accuracy_by_group(part).iloc[0]
        section.findings.append(
            f"Validated against {part['item_id'].nunique()} hand-labelled items of "
            f"{variable}: accuracy {overall['accuracy']:.0%} [{overall['low']:.0%}, "
            f"{overall['high']:.0%}]; the corrected estimates (columns *_corrected, with "
            "n_labelled) stand beside the naive ones."
        )
    for name, parts in (("accuracy", per_class), ("accuracy_by_group", per_group)):
        table = pd.concat(parts, ignore_index=True)
        table = table[["variable", *[c for c in table.columns if c != "variable"]]]
        section.tables[name] = section.shown[name] = table
