"""Fit the bundled speaker type model, or measure it by leaving each set out.

Training data: the gold quote parts of the first set's **tuning half** and of the first to
forty-seventh hold-outs (the first to twenty-sixth until session 33) that ``ck.quotes``
(rules alone, ``type_threshold=None``) finds with the right speaker, not one of the speaker
ranker's (``speaker_source == "model"``); the gold
``speaker_type`` is the label, the features are those of
:func:`corpuskit.voices.speakers.type_model.type_features` on the library's row (its
speaker, title, organisation, source, verb and attribution offsets, and the article), and
the parts the rules leave ``unknown`` weigh :data:`UNKNOWN_WEIGHT` times. The first set's
test half is never used for fitting or for choosing ``C`` and the threshold, and neither
is any later hold-out.

``fit`` writes ``corpuskit/voices/data/speaker_type_model.tsv.gz`` (the same bytes on
every run). ``loso`` leaves each set out in turn: the model fitted on the other sets types
the left-out set's speakers that the rules leave ``unknown``, at each threshold, and the
script prints the types right over all parts found (every speaker, right or not) and the
share typed ``unknown``.

Run from the repository root with ``CORPUSKIT_PROGRESS=0``:
``python tests/devsets/quotes/type_model.py fit`` or
``python tests/devsets/quotes/type_model.py loso [--C 1.0]``.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck
from corpuskit.voices.quote_eval import _best_match, normalise_speaker
from corpuskit.voices.speakers.type_model import (
    FEATURE_COLUMNS,
    SpeakerTypeClassifier,
    speaker_probability,
)

HERE = Path(__file__).parent
DEVSETS = HERE.parent
REPO = DEVSETS.parents[1]
MODEL = REPO / "corpuskit" / "voices" / "data" / "speaker_type_model.tsv.gz"
HOLDOUTS = ["", *range(2, 48)]
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
#: the weight of a training part whose speaker the rules leave ``unknown``
UNKNOWN_WEIGHT = 3.0
#: the fewest training parts a feature must occur in (5 and 2 do equally well left-one-out)
MIN_COUNT = 5


@functools.cache
def _corpus(name: str) -> pd.DataFrame:
    return ck.load_dataset(name)


def _articles(folder: Path, half: str | None) -> pd.DataFrame:
    items = pd.read_csv(folder / "articles.csv")
    if half is not None:
        items = items[items["half"] == half]
    frames = []
    for corpus, rows in items.groupby(items["stratum"].str.split(":").str[0]):
        loaded = _corpus(corpus)
        chosen = loaded[loaded["doc_id"].isin(rows["doc_id"])]
        frames.append(chosen.merge(rows[["doc_id", "item"]], on="doc_id"))
    return pd.concat(frames, ignore_index=True).sort_values("item", ignore_index=True)


def matched_parts(folder: Path, half: str | None = None) -> pd.DataFrame:
    """Each gold quote part the rules find, with the library's row (its feature columns,
    ``speaker_type`` as ``rule_type``), the gold type and whether the speaker is right."""
    articles = _articles(folder, half)
    gold = pd.read_csv(folder / "labels_gold.csv", dtype=str, keep_default_na=False)
    gold = gold[(gold["quote_id"] != "0") & (gold["is_quote"] == "yes")]
    gold = gold.merge(articles[["item", "doc_id"]], on="item").astype({"start": int, "end": int})
    found = ck.quotes(articles, type_threshold=None)
    found = found[(found["kind"] == "direct") & (found["field"] == "text")]
    by_doc = dict(list(found.groupby("doc_id")))
    texts = dict(zip(articles["doc_id"], articles["text"]))
    rows = []
    for part in gold.itertuples(index=False):
        candidates = by_doc.get(part.doc_id, found.iloc[0:0])
        match = _best_match(candidates, part.start, part.end)
        if match is None:
            continue
        row = {c: match[c] for c in FEATURE_COLUMNS if c != "text"}
        row.update(text=texts[part.doc_id], rule_type=match["speaker_type"],
                   gold_type=part.speaker_type, doc_id=part.doc_id,
                   has_speaker=isinstance(match["speaker"], str),
                   ranked=str(match["speaker_source"]) == "model",
                   speaker_right=normalise_speaker(match["speaker"])
                   == normalise_speaker(part.speaker))  # fmt: skip
        rows.append(row)
    return pd.DataFrame(rows)


def labelled_sets() -> dict[str, pd.DataFrame]:
    """Set name -> matched parts: the first set's tuning half and the hold-outs."""
    sets = {"quotes:tuning": matched_parts(HERE, "tuning")}
    for n in HOLDOUTS:
        folder = DEVSETS / f"quotes_holdout{n}"
        sets[folder.name] = matched_parts(folder)
    return sets


def training_rows(parts: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    # the rules' speakers only: the speaker ranker's (``speaker_source == "model"``, issue #21)
    # came after the model was fitted and are typed by it, not fitted to
    kept = parts[parts["has_speaker"] & parts["speaker_right"] & ~parts["ranked"]]
    weights = np.where(kept["rule_type"] == "unknown", UNKNOWN_WEIGHT, 1.0)
    return kept, kept["gold_type"].to_numpy(), weights


def fit(C: float = 1.0, out: Path = MODEL) -> SpeakerTypeClassifier:
    """Fit the model on every labelled set and write it to ``out``."""
    parts = pd.concat(labelled_sets().values(), ignore_index=True)
    X, y, weights = training_rows(parts)
    model = SpeakerTypeClassifier(C=C, min_count=MIN_COUNT).fit(X, y, sample_weight=weights)
    model.save(out)
    print(f"{len(X)} parts, {len(model.weights_)} features -> {out}")
    return model


def _per_speaker(model: SpeakerTypeClassifier, parts: pd.DataFrame) -> np.ndarray:
    """Each part's probabilities as ``ck.quotes`` decides them: from all the parts of its
    speaker in its article (:func:`speaker_probability`)."""
    rows = parts.to_dict("records")
    keys = list(zip(parts["doc_id"], parts["speaker"], strict=True))
    by_speaker = {
        key: [r for r, k in zip(rows, keys, strict=True) if k == key] for key in set(keys)
    }
    decided = {key: speaker_probability(model, members) for key, members in by_speaker.items()}
    return np.array([decided[key] for key in keys])


def loso(C: float) -> None:
    sets = labelled_sets()
    right = {t: 0 for t in THRESHOLDS}
    unknown = {t: 0 for t in THRESHOLDS}
    base = total = base_unknown = 0
    for name, held in sets.items():
        others = pd.concat([p for n, p in sets.items() if n != name], ignore_index=True)
        X, y, weights = training_rows(others)
        model = SpeakerTypeClassifier(C=C, min_count=MIN_COUNT).fit(X, y, sample_weight=weights)
        candidates = (held["rule_type"] == "unknown") & held["has_speaker"]
        probability = _per_speaker(model, held[candidates]) if candidates.any() else None
        base += int((held["rule_type"] == held["gold_type"]).sum())
        base_unknown += int((held["rule_type"] == "unknown").sum())
        total += len(held)
        for threshold in THRESHOLDS:
            typed = held["rule_type"].to_numpy(dtype=object).copy()
            if probability is not None:
                best = model.classes_[probability.argmax(axis=1)]
                sure = probability.max(axis=1) >= threshold
                typed[np.flatnonzero(candidates)[sure]] = best[sure]
            right[threshold] += int((typed == held["gold_type"].to_numpy()).sum())
            unknown[threshold] += int((typed == "unknown").sum())
    print(f"C={C}: {total} parts found; rules alone: {base} types right, "
          f"unknown share {base_unknown / total:.3f}")  # fmt: skip
    for threshold in THRESHOLDS:
        print(f"  threshold {threshold}: {right[threshold]} right, "
              f"unknown share {unknown[threshold] / total:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fit", "loso"])
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()
    (fit if args.command == "fit" else loso)(args.C)


if __name__ == "__main__":
    main()
