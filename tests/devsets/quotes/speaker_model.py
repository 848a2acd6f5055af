"""Fit the bundled speaker ranker, or measure it through ``ck.quotes`` leaving each set out
(issue #21).

Candidates: for every direct quote of an article's body that ``ck.quotes`` leaves without a
speaker (the ranker switched off while the features are read), the candidates and features
of :func:`corpuskit.voices.quotes.speaker_model.candidate_features`, in the first set's
**tuning half** and the fifty hold-outs; a quote that overlaps no gold quote is left out. A
candidate's label is whether its name, normalised as
:func:`~corpuskit.voices.quote_eval.normalise_speaker` does, is the gold speaker's. The first
set's test half is never used.

``fit`` writes ``corpuskit/voices/data/speaker_model.json`` (a standardised logistic
regression, ``C`` = :data:`C`, threshold :data:`THRESHOLD`, both fixed before the evaluation)
and asserts the candidate counts. ``evaluate`` runs the whole ``ck.quotes`` on every set with
the rules alone and with the ranker fitted without that set (leave-one-set-out), and prints
per set and pooled the gold parts, those found, the false positives, the speakers and types
right, the speakers lost and the share of found parts typed ``unknown``; then the same for
the forward-chained check (fitted on the sets up to the 45th hold-out, tested on the 46th to
50th).

Run from the repository root with ``CORPUSKIT_PROGRESS=0``:
``python tests/devsets/quotes/speaker_model.py fit`` or ``... evaluate``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

import corpuskit as ck
from corpuskit.voices.quote_eval import evaluate_quotes, normalise_speaker
from corpuskit.voices.quotes.speaker_model import FEATURES

HERE = Path(__file__).parent
DEVSETS = HERE.parent
MODEL = DEVSETS.parents[1] / "corpuskit" / "voices" / "data" / "speaker_model.json"
SETS = ["quotes", "quotes_holdout", *(f"quotes_holdout{n}" for n in range(2, 51))]
#: the sets the forward-chained check fits on (up to the 45th hold-out); the rest it tests
EARLY = SETS[:46]
C = 0.3
THRESHOLD = 0.5
#: the candidate rows, their gold speakers and the quotes (with a gold quote) that ``fit`` expects
EXPECTED = (5524, 439, 781)
_module = importlib.import_module("corpuskit.voices.quotes.speaker_model")


def _type_model_script():
    """The speaker type model's fit script, whose reading of a set's articles this one shares."""
    spec = importlib.util.spec_from_file_location("quotes_type_model", HERE / "type_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TYPE_MODEL = _type_model_script()


def _articles(name: str) -> pd.DataFrame:
    """A set's articles with their ``item``: the first set's tuning half only."""
    folder = DEVSETS / name
    return _TYPE_MODEL._articles(folder, "tuning" if folder == HERE else None)


def _gold(name: str, articles: pd.DataFrame) -> pd.DataFrame:
    gold = pd.read_csv(DEVSETS / name / "labels_gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold["quote_id"] != "0"].merge(articles[["item", "doc_id"]], on="item")
    return gold.astype({"start": int, "end": int})


def _run(name: str, choose: Callable[[str, int, list[str], list], int | None]):
    """``ck.quotes`` on one set with the ranker's choice given by ``choose(doc_id, start,
    names, features)``; the set's scored parts and false positives, and every quote's
    candidates ``(doc_id, parts, names, features)``."""
    articles = _articles(name)
    docs = dict(zip(articles["text"], articles["doc_id"]))
    seen: list[tuple] = []
    original_features, original_pick = _module.candidate_features, _module._pick

    def features(text, parts):
        names, rows = original_features(text, parts)
        seen.append((docs[text.body], parts, names, rows))
        return names, rows

    def pick(names, rows):
        doc, parts = seen[-1][:2]
        return choose(doc, parts[0][0], names, rows)

    _module.candidate_features, _module._pick = features, pick
    try:
        found = ck.quotes(articles, n_jobs=1)
    finally:
        _module.candidate_features, _module._pick = original_features, original_pick
    scored = evaluate_quotes(found, _gold(name, articles))
    return scored.parts, scored.false_positives, seen


def candidates(name: str, seen: list[tuple] | None = None) -> pd.DataFrame:
    """One set's candidate rows: ``set``, ``doc_id``, ``start``, ``quote`` (a number),
    ``parts`` (gold parts it covers), ``name``, ``y`` (the gold speaker) and the features."""
    articles = _articles(name)
    if seen is None:
        seen = _run(name, lambda *_: None)[2]
    gold = _gold(name, articles)
    by_doc = dict(list(gold[gold["is_quote"] == "yes"].groupby("doc_id")))
    rows = []
    for number, (doc, parts, names, features) in enumerate(seen):
        spans = by_doc.get(doc)
        if spans is None:
            continue
        hit = np.logical_or.reduce([(spans["start"] < e) & (s < spans["end"]) for s, e in parts])
        if not hit.any():
            continue  # no gold quote: its speaker is not scored
        said = normalise_speaker(spans[hit]["speaker"].iloc[0])
        for candidate, values in zip(names, features):
            rows.append({"set": name, "doc_id": doc, "start": parts[0][0], "quote": number,
                         "parts": int(hit.sum()), "name": candidate,
                         "y": normalise_speaker(candidate) == said,
                         **dict(zip(FEATURES, values))})  # fmt: skip
    return pd.DataFrame(rows)


def _fit(table: pd.DataFrame) -> tuple[StandardScaler, LogisticRegression]:
    x = table[list(FEATURES)].to_numpy(float)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(x), table["y"])
    return scaler, model


def _chooser(fitted: tuple[StandardScaler, LogisticRegression]):
    """The best candidate by a fitted ranker when its probability reaches :data:`THRESHOLD`."""
    scaler, model = fitted

    def choose(doc: str, start: int, names: list[str], rows: list) -> int | None:
        if not names:
            return None
        p = model.predict_proba(scaler.transform(np.asarray(rows, float)))[:, 1]
        return int(p.argmax()) if p.max() >= THRESHOLD else None

    return choose


def _counts(table: pd.DataFrame) -> tuple[int, int, int]:
    quotes = table.drop_duplicates("quote").set_index("quote")
    quotes = quotes.assign(named=table.groupby("quote")["y"].any())
    return len(table), int((quotes["parts"] * quotes["named"]).sum()), len(quotes)


def fit(out: Path = MODEL) -> None:
    """Fit on every candidate and write the coefficients to ``out``."""
    table = pd.concat([candidates(name) for name in SETS], ignore_index=True)
    table["quote"] = table["set"] + "|" + table["quote"].astype(str)
    assert _counts(table) == EXPECTED, _counts(table)
    scaler, model = _fit(table)
    coefficients = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "candidates": len(table),
        "quotes": EXPECTED[2],
    }
    out.write_text(json.dumps(coefficients, indent=1) + "\n")
    print(f"wrote {out}: {_counts(table)} (candidates, gold parts named, quotes)")


def _line(label: str, rules: tuple, model: tuple) -> str:
    (p, f), (q, g) = rules, model
    m = p.merge(q, on=["doc_id", "start", "end"], suffixes=("", "_m"))
    found = m[m["found"]]
    lost = int((found["speaker_right"] & ~found["speaker_right_m"]).sum())
    return (
        f"{label:18s} {len(m):6d} {int(m['found'].sum()):6d} {int(m['found_m'].sum()):6d}"
        f" {len(f):4d} {len(g):4d} {int(found['speaker_right'].sum()):6d}"
        f" {int(found['speaker_right_m'].sum()):6d} {lost:4d} {int(found['type_right'].sum()):6d}"
        f" {int(found['type_right_m'].sum()):6d}"
        f" {found['predicted_type'].eq('unknown').mean():.3f}"
        f" {found['predicted_type_m'].eq('unknown').mean():.3f}"
    )


def _table(title: str, rules: dict, model: dict) -> None:
    print(f"\n{title}\nset                 parts found(rules model) fp(rules model) speaker right"
          " (rules model lost) type right (rules model) unknown type (rules model)")  # fmt: skip
    for name in model:
        print(_line(name, rules[name], model[name]))
    pooled = [
        tuple(pd.concat([r[name][i] for name in model]) for i in (0, 1)) for r in (rules, model)
    ]
    print(_line("pooled", *pooled))


def evaluate() -> None:
    """Print the leave-one-set-out and forward-chained tables, rules against the ranker."""
    rules, seen = {}, {}
    for name in SETS:
        parts, false, seen[name] = _run(name, lambda *_: None)
        rules[name] = (parts, false)
    table = pd.concat([candidates(name, seen[name]) for name in SETS], ignore_index=True)
    loso = {}
    for name in SETS:
        loso[name] = _run(name, _chooser(_fit(table[table["set"] != name])))[:2]
    _table("leave-one-set-out", rules, loso)
    ahead = _chooser(_fit(table[table["set"].isin(EARLY)]))
    forward = {name: _run(name, ahead)[:2] for name in SETS[len(EARLY) :]}
    _table(f"forward (fit to {EARLY[-1]}, test {SETS[len(EARLY)]}..{SETS[-1]})", rules, forward)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fit", "evaluate"])
    (fit if parser.parse_args().command == "fit" else evaluate)()


if __name__ == "__main__":
    main()
