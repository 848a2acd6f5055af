"""How well ``ck.strip_boilerplate`` separates page furniture from article text.

The sample (``paragraphs.csv``, rule in ``make_sample.py``) was stratified by
what the rules of the time did: removed paragraphs by rule, and kept ones.
Each stratum is weighted by its size in the corpus (:data:`STRATA`, counted
by the sampling run), so every figure below estimates the whole of
article_bias_prediction. The *current* rules are run on the whole corpus and
each sampled paragraph gets its current decision, so the figures follow the
rules as they are now (post-stratified estimates). Against the adjudicated
labels (``labels_gold.csv``):

* **precision**: of the paragraphs removed, the share that are not prose
  (``furniture`` or ``metadata``: bylines, captions), and the share that are
  ``furniture``;
* **recall**: of the corpus's ``furniture`` paragraphs, the share removed;
* **left behind**: of the paragraphs kept, the share that are ``furniture``.

Intervals: 95% percentile bootstrap, items resampled within each stratum.
Run from the repository root (``--half tuning|test|all``):
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/boilerplate/evaluate.py``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

HERE = Path(__file__).parent
SEED = 0

#: Paragraphs of article_bias_prediction in each sampling stratum (the rule that
#: removed them when the sample was drawn, or ``kept``), from make_sample.py's run.
STRATA: dict[str, int] = {
    "repeated": 30_187,
    "copyright": 4_932,
    "cnn_video": 4_801,
    "continued_below": 2_290,
    "related_link": 966,
    "click_here": 948,
    "photo_credit": 905,
    "cnn_gallery": 662,
    "share_buttons": 570,
    "reprint": 11,
    "kept": 869_032,
}


def labelled(labels: str = "labels_gold.csv") -> pd.DataFrame:
    """The sample with its labels and its sampling stratum."""
    sample = pd.read_csv(HERE / "paragraphs.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / labels, dtype=str, keep_default_na=False)
    table = sample.merge(gold[["item", "label"]], on="item", validate="one_to_one")
    table["paragraph"] = table["paragraph"].astype(int)
    return table.assign(stratum=table["rule"].where(table["stratum"] == "removed", "kept"))


def current_rules(table: pd.DataFrame) -> pd.DataFrame:
    """Each sampled paragraph's decision under the current rules (run on the whole corpus)."""
    articles = ck.load_dataset("article_bias_prediction")
    removed = ck.strip_boilerplate(articles, by="outlet", dry_run=True)
    rule = removed.set_index(["doc_id", "paragraph"])["rule"]
    keys = pd.MultiIndex.from_frame(table[["doc_id", "paragraph"]])
    now = rule.reindex(keys).to_numpy()
    return table.assign(rule_now=pd.Series(now, index=table.index).fillna(""))


def estimates(table: pd.DataFrame) -> dict[str, float]:
    """Corpus-level precision, recall and furniture left behind, from stratum means."""
    weight = table["stratum"].map(STRATA) / table.groupby("stratum")["item"].transform("size")
    removed = table["rule_now"] != ""
    furniture = table["label"] == "furniture"
    not_prose = table["label"] != "prose"

    def total(flags: pd.Series) -> float:
        return float((weight * flags).sum())

    return {
        "precision_not_prose": total(removed & not_prose) / total(removed),
        "precision_furniture": total(removed & furniture) / total(removed),
        "recall_furniture": total(removed & furniture) / total(furniture),
        "furniture_left_in_kept": total(~removed & furniture) / total(~removed),
    }


def with_intervals(table: pd.DataFrame, n_boot: int = 2000) -> pd.DataFrame:
    """The estimates with percentile intervals from resampling items within strata."""
    rng = np.random.default_rng(SEED)
    groups = [part.index.to_numpy() for _, part in table.groupby("stratum")]
    draws = []
    for _ in range(n_boot):
        rows = np.concatenate([rng.choice(g, len(g)) for g in groups])
        draws.append(estimates(table.loc[rows]))
    draws_frame = pd.DataFrame(draws)
    point = estimates(table)
    return pd.DataFrame(
        {
            "estimate": point,
            "low": draws_frame.quantile(0.025),
            "high": draws_frame.quantile(0.975),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tuning", "test", "all"], default="all")
    args = parser.parse_args()
    table = current_rules(labelled())
    if args.half != "all":
        table = table[table["half"] == args.half]
    pd.set_option("display.width", 160)
    print(f"half={args.half}: {len(table)} paragraphs")
    removed = table["rule_now"] != ""
    print(pd.crosstab(table["rule_now"].replace("", "(kept)"), table["label"]).to_string())
    print()
    print(with_intervals(table.reset_index(drop=True)).round(3).to_string())
    if args.half == "tuning":
        errors = table[
            (removed & (table["label"] == "prose")) | (~removed & (table["label"] == "furniture"))
        ]
        print(errors[["item", "outlet", "rule_now", "label", "text"]].to_string(index=False))


if __name__ == "__main__":
    main()
