"""Actor-to-actor stance in Russian: the supervised stance classifier on RuSentRel.

RuSentRel labels the attitude (``pos``/``neg``) of one named actor towards
another per article. This script turns each labelled pair into texts the
classifier can read and scores it, as ``docs/languages.md`` reports:

1. The author tags are removed (``{Author, Unknown}`` at the start of each
   line) and the articles split with ``ck.sentences``.
2. Each actor is found through ``table="synonyms"`` (every variant of its
   entity): a variant word of up to 4 letters must match whole (``сша``); a
   longer one matches any ending after dropping its last two letters
   (``россия`` -> ``росси\\w*``).
3. A pair's text is every sentence naming both actors, joined, with the source
   replaced by ``SOURCE`` and the target by ``TARGET``; pairs with no such
   sentence are left out (and counted).
4. ``ck.StanceClassifier()`` with its defaults; nothing tuned.

It prints (a) five-fold cross-validation on the train split with folds grouped
by article (``groups=``, so no article is on both sides of a split, and the
bootstrap resamples articles), and (b) the model fit on the train split and
scored once on the test split, with a bootstrap over the test articles: on
the whole test split, and on its 16 articles that are not copies of train
articles (13 test files repeat train files exactly: ``duplicate_of``).

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/rusentrel_stance/evaluate.py``.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

import corpuskit as ck
from corpuskit.datasets.catalog.rusentrel import AUTHOR_TAG
from corpuskit.voices.supervised import StanceClassifier

SEED = 0


def variant_pattern(variants: list[str]) -> re.Pattern[str]:
    """One regular expression for all variants of an entity (rule 2)."""
    parts = []
    for variant in sorted(set(variants), key=len, reverse=True):
        words = variant.lower().split()
        pieces = [re.escape(w) if len(w) <= 4 else re.escape(w[:-2]) + r"\w*" for w in words]
        parts.append(r"\s+".join(pieces))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def pair_texts() -> pd.DataFrame:
    """One row per labelled pair with a sentence naming both actors: ``text``, ``label``, ...."""
    articles = ck.load_dataset("rusentrel")
    copies = set(articles.loc[articles["duplicate_of"].notna(), "doc_id"])
    attitudes = ck.load_dataset("rusentrel", table="attitudes")
    synonyms = ck.load_dataset("rusentrel", table="synonyms")
    groups = synonyms.groupby("entity")["variant"].agg(list)
    compiled = {entity: variant_pattern(variants) for entity, variants in groups.items()}
    # an attitude names an actor by any of its variants: map each variant to its entity's pattern
    patterns = {
        variant.lower(): compiled[entity] for entity, variant in synonyms.itertuples(index=False)
    }
    cleaned = articles.assign(text=articles["text"].str.replace(AUTHOR_TAG, "", regex=True))
    sentences = ck.sentences(cleaned[["doc_id", "text"]])
    by_doc = sentences.groupby("doc_id")["text"].agg(list)
    rows = []
    for pair in attitudes.itertuples(index=False):
        if pair.doc_id not in by_doc.index:
            continue  # an article the origin has no text for
        source = patterns.get(pair.source.lower())
        target = patterns.get(pair.target.lower())
        if source is None or target is None:
            continue
        both = [s for s in by_doc[pair.doc_id] if source.search(s) and target.search(s)]
        if not both:
            continue
        masked = [target.sub(" TARGET ", source.sub(" SOURCE ", s)) for s in both]
        rows.append(
            {
                "doc_id": pair.doc_id,
                "split": pair.split,
                "copy": pair.doc_id in copies,
                "label": pair.label,
                "text": " ".join(masked),
            }
        )
    table = pd.DataFrame(rows)
    table.attrs["n_pairs"] = len(attitudes)
    return table


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    scores = []
    for label in np.union1d(truth, predicted):
        tp = np.sum((truth == label) & (predicted == label))
        fp = np.sum((truth != label) & (predicted == label))
        fn = np.sum((truth == label) & (predicted != label))
        scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def held_out(table: pd.DataFrame, n_boot: int = 1000) -> pd.DataFrame:
    """Fit on train, score on test once; percentile intervals over test articles."""
    train, test = table[table["split"] == "train"], table[table["split"] == "test"]
    model = StanceClassifier().fit(train["text"].tolist(), train["label"].to_numpy())
    predicted = {
        "classifier": model.predict(test["text"].tolist()),
        "majority baseline": np.full(len(test), train["label"].mode().iat[0]),
    }
    truth = test["label"].to_numpy()
    codes, articles = pd.factorize(test["doc_id"])
    rng = np.random.default_rng(SEED)
    replicates: dict[str, list[float]] = {name: [] for name in predicted}
    for _ in range(n_boot):
        drawn = rng.integers(0, len(articles), len(articles))
        rows = np.concatenate([np.flatnonzero(codes == a) for a in drawn])
        for name, labels in predicted.items():
            replicates[name].append(macro_f1(truth[rows], labels[rows]))
    out = []
    for name, labels in predicted.items():
        low, high = np.quantile(replicates[name], [0.025, 0.975])
        out.append({"model": name, "macro_f1": macro_f1(truth, labels), "low": low, "high": high})
    diff = np.subtract(replicates["classifier"], replicates["majority baseline"])
    out.append(
        {
            "model": "difference",
            "macro_f1": out[0]["macro_f1"] - out[1]["macro_f1"],
            "low": float(np.quantile(diff, 0.025)),
            "high": float(np.quantile(diff, 0.975)),
        }
    )
    return pd.DataFrame(out).assign(n_pairs=len(test), n_articles=len(articles))


def main() -> None:
    table = pair_texts()
    print(f"pairs with a sentence naming both: {len(table)} of {table.attrs['n_pairs']}")
    print(table.groupby(["split", "label"]).size().to_string())
    train = table[table["split"] == "train"]
    grouped = ck.cross_validate_stance(
        train["text"], labels=train["label"], cv=5, groups=train["doc_id"], seed=SEED
    )
    print("\ncross-validation on train, folds grouped by article:")
    print(grouped.round(3).to_string(index=False))
    print("\nfit on train, scored on the whole test split:")
    print(held_out(table).round(3).to_string(index=False))
    print("\nfit on train, scored on the test articles that copy no train article:")
    print(held_out(table[~table["copy"]]).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
