"""Coverage of naive and corrected share intervals on simulated validation studies.

Each simulated study has two groups of items ("aleppo", "mosul") with a
known true share ``p_g`` of positive items, a classifier whose sensitivity
and specificity differ by group, and a validation sample stratified by group
and predicted label (``n_per_stratum`` items each, without replacement).
All studies go through :func:`corpuskit.corrected_shares` in one call
(the study is a ``by`` column), so the numbers are those of the library.

    python benchmarks/ppi_coverage.py [--studies 5000] [--seed 0]

prints a Markdown table of coverage (share of studies whose 95 % interval
holds the truth) and mean interval width per design, for the group shares
and for the difference mosul - aleppo; docs/validation.md shows its output.
``tests/validation/test_ppi.py`` runs a smaller version (1,000 studies, one design).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import numpy as np
import pandas as pd

import corpuskit as ck

GROUPS = ("aleppo", "mosul")


@dataclass(frozen=True)
class Design:
    """One simulated setting: per group (aleppo, mosul) size, truth and classifier."""

    name: str
    n_items: tuple[int, int]
    share: tuple[float, float]
    sensitivity: tuple[float, float]
    specificity: tuple[float, float]
    n_per_stratum: int


DESIGNS = (
    Design("equal truth, mosul errors", (400, 400), (0.4, 0.4), (0.9, 0.7), (0.9, 0.85), 40),
    Design("different truth, mosul errors", (400, 400), (0.5, 0.3), (0.9, 0.7), (0.9, 0.85), 40),
    Design("small sample", (400, 400), (0.4, 0.4), (0.9, 0.7), (0.9, 0.85), 20),
    Design("larger corpus", (1500, 800), (0.4, 0.3), (0.85, 0.7), (0.95, 0.8), 50),
)


def simulate(design: Design, studies: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The items of all studies (a result) and the hand labels of their samples.

    Returns:
        ``(result, labels)``: ``result`` has ``item``, ``study``, ``group``,
        ``pred`` (``"0"``/``"1"``) and ``truth`` (0/1); ``labels`` is shaped
        like :func:`corpuskit.read_labels` output, one coder.
    """
    rng = np.random.default_rng(seed)
    sizes = np.array(design.n_items)
    group = np.tile(np.repeat(np.arange(2), sizes), studies)
    study = np.repeat(np.arange(studies), sizes.sum())
    truth = rng.random(len(group)) < np.array(design.share)[group]
    hit = rng.random(len(group))
    positive = np.where(
        truth, hit < np.array(design.sensitivity)[group], hit > np.array(design.specificity)[group]
    )
    stratum = (study * 2 + group) * 2 + positive
    stratum_size = np.bincount(stratum)
    order = np.lexsort((rng.random(len(group)), stratum))
    starts = np.concatenate([[0], np.cumsum(stratum_size)[:-1]])
    rank = np.empty(len(group), dtype=int)
    rank[order] = np.arange(len(group)) - starts[stratum[order]]
    sampled = np.flatnonzero(rank < design.n_per_stratum)
    result = pd.DataFrame(
        {
            "item": np.arange(len(group)),
            "study": study,
            "group": np.asarray(GROUPS)[group],
            "pred": np.where(positive, "1", "0"),
            "truth": truth.astype(int),
        }
    )
    labels = pd.DataFrame(
        {
            "item_id": sampled.astype(str),
            "coder": "c",
            "variable": "pred",
            "label": np.where(truth[sampled], "1", "0"),
            "stratum": stratum[sampled].astype(str),
            "stratum_size": stratum_size[stratum[sampled]],
        }
    )
    return result, labels


def _covered(name: str, estimate: np.ndarray, low: np.ndarray, high: np.ndarray,
             truth: np.ndarray) -> dict:  # fmt: skip
    return {
        f"{name}_coverage": float(((low <= truth) & (truth <= high)).mean()),
        f"{name}_width": float((high - low).mean()),
        f"{name}_bias": float((estimate - truth).mean()),
    }


def _naive_and_corrected(table: pd.DataFrame, truth: np.ndarray, diff: bool) -> dict:
    naive, corrected = ("naive_diff", "diff") if diff else ("naive", "corrected")
    columns = {
        "naive": [naive, f"{naive}_low", f"{naive}_high"],
        "corrected": [corrected, f"{corrected}_low", f"{corrected}_high"],
    }
    out: dict = {}
    for name, (estimate, low, high) in columns.items():
        out |= _covered(name, *(table[c].to_numpy() for c in (estimate, low, high)), truth)
    return out


def _estimates(design: Design, studies: int, seed: int, inference: str) -> pd.DataFrame:
    """corrected_shares of ``studies`` simulated studies, with each row's ``truth``."""
    result, labels = simulate(design, studies, seed)
    table = ck.corrected_shares(
        result,
        labels,
        by=["study", "group"],
        classes={"positive": ["1"]},
        reference="aleppo",
        inference=inference,
        id_columns=["item"],
    )
    if inference == "finite":
        realised = result.groupby(["study", "group"])["truth"].mean()
        index = pd.MultiIndex.from_frame(table[["study", "group"]])
        table["truth"] = realised.reindex(index).to_numpy()
    else:
        table["truth"] = table["group"].map(dict(zip(GROUPS, design.share))).to_numpy()
    return table


def coverage(
    design: Design, studies: int, seed: int, inference: str, *, chunk: int = 1000
) -> pd.DataFrame:
    """Coverage, width and bias of naive and corrected intervals, per group and difference.

    The studies are simulated ``chunk`` at a time (seeds ``seed``, ``seed + 1``, ...),
    so memory stays bounded.
    """
    table = pd.concat(
        [
            _estimates(design, min(chunk, studies - start), seed + i, inference)
            for i, start in enumerate(range(0, studies, chunk))
        ],
        ignore_index=True,
    )
    truth = table["truth"].to_numpy()
    head = {"design": design.name, "inference": inference}
    rows = []
    for group in GROUPS:
        part = (table["group"] == group).to_numpy()
        rows.append(
            head | {"estimand": f"share {group}"}
            | _naive_and_corrected(table[part], truth[part], diff=False)
        )  # fmt: skip
    mosul = (table["group"] == "mosul").to_numpy()
    aleppo = (table["group"] == "aleppo").to_numpy()
    rows.append(
        head | {"estimand": "mosul - aleppo"}
        | _naive_and_corrected(table[mosul], truth[mosul] - truth[aleppo], diff=True)
    )  # fmt: skip
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studies", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    tables = [
        coverage(design, args.studies, args.seed + 1000 * i, inference)
        for i, design in enumerate(DESIGNS)
        for inference in ("superpopulation", "finite")
    ]
    table = pd.concat(tables, ignore_index=True)
    columns = ["design", "inference", "estimand", "naive_coverage", "corrected_coverage",
               "naive_width", "corrected_width", "naive_bias", "corrected_bias"]  # fmt: skip
    print(markdown(table[columns]))


def markdown(table: pd.DataFrame) -> str:
    """A Markdown table, numbers with 3 decimals."""
    cells = [[f"{v:.3f}" if isinstance(v, float) else str(v) for v in row] for row in table.values]
    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * table.shape[1]]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in cells])


if __name__ == "__main__":
    main()
