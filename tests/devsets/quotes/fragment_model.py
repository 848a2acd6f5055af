"""Fit the bundled filter of short stretches, or measure it leaving each set out (issue #21).

Candidates: every direct stretch of one part and one to four words, with no attribution of
its own but a woven subject's, that ``ck.quotes`` finds between quotation marks in an
article's body (rules alone: the filter is switched off while the features are read), in
the first set's **tuning half** and in the forty-nine hold-outs; its label is whether it
overlaps a gold ``is_quote = yes`` part. The features are those of
:func:`corpuskit.voices.quotes.fragment_model.fragment_features`. The first set's test half
is never used.

``fit`` writes ``corpuskit/voices/data/fragment_model.json`` (a standardised logistic
regression, ``C`` = :data:`C`, threshold :data:`THRESHOLD`) and asserts the candidate counts.
``evaluate`` prints, per set and pooled, the gold quotes found and the false positives among
the candidates by the rules and by the model fitted without that set (leave-one-set-out),
then the forward-chained check (fitted on the sets up to the 44th hold-out, tested on the
45th to 49th).

Run from the repository root with ``CORPUSKIT_PROGRESS=0``:
``python tests/devsets/quotes/fragment_model.py fit`` or ``... evaluate``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

import corpuskit as ck
from corpuskit.voices.quotes.fragment_model import FEATURES, fragment_features, is_candidate
from corpuskit.voices.quotes.records import Quote

HERE = Path(__file__).parent
DEVSETS = HERE.parent
MODEL = DEVSETS.parents[1] / "corpuskit" / "voices" / "data" / "fragment_model.json"
SETS = ["quotes", "quotes_holdout", *(f"quotes_holdout{n}" for n in range(2, 50))]
C = 0.3
THRESHOLD = 0.7
#: the candidates and gold quotes among them that ``fit`` expects
EXPECTED = (2347, 1039)
_table = importlib.import_module("corpuskit.voices.quotes.table")


def _type_model_script():
    """The speaker type model's fit script, whose reading of a set's articles this one shares."""
    spec = importlib.util.spec_from_file_location("quotes_type_model", HERE / "type_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TYPE_MODEL = _type_model_script()


def _articles(folder: Path) -> pd.DataFrame:
    """A set's articles with their ``item``: the first set's tuning half only."""
    return _TYPE_MODEL._articles(folder, "tuning" if folder == HERE else None)


def candidates(name: str) -> pd.DataFrame:
    """One set's candidate stretches: ``set``, ``doc_id``, ``start``, ``end``, ``rule`` (kept
    by the rules), ``y`` (a gold quote) and the features."""
    folder = DEVSETS / name
    articles = _articles(folder)
    docs = dict(zip(articles["text"], articles["doc_id"]))
    seen: dict[tuple[str, int, int], list[float]] = {}

    def record(
        text: str, quote: Quote, reason: str | None, decided: set, sentences: list
    ) -> str | None:
        if is_candidate(text, quote, reason):
            seen[(docs[text], *quote.parts[0])] = fragment_features(text, sentences, quote, reason)
        return reason

    original, _table.fragment_reason = _table.fragment_reason, record
    try:
        found = ck.quotes(articles, include_excluded=True, n_jobs=1)
    finally:
        _table.fragment_reason = original
    gold = pd.read_csv(folder / "labels_gold.csv", dtype=str, keep_default_na=False)
    gold = gold[(gold["quote_id"] != "0") & (gold["is_quote"] == "yes")]
    gold = gold.merge(articles[["item", "doc_id"]], on="item").astype({"start": int, "end": int})
    by_doc = dict(list(gold.groupby("doc_id")))
    kept = found[(found["field"] == "text") & (found["kind"] == "direct")]
    kept = set(zip(kept["doc_id"], kept["start"], kept["end"]))
    rows = []
    for (doc, start, end), features in seen.items():
        spans = by_doc.get(doc, gold.iloc[0:0])
        y = bool(((spans["start"] < end) & (start < spans["end"])).any())
        rows.append({"set": name, "doc_id": doc, "start": start, "end": end,
                     "rule": (doc, start, end) in kept, "y": y,
                     **dict(zip(FEATURES, features))})  # fmt: skip
    return pd.DataFrame(rows)


def all_candidates() -> pd.DataFrame:
    return pd.concat([candidates(name) for name in SETS], ignore_index=True)


def _fit(table: pd.DataFrame) -> tuple[StandardScaler, LogisticRegression]:
    x = table[list(FEATURES)].to_numpy(float)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(x), table["y"])
    return scaler, model


def _predict(fitted: tuple[StandardScaler, LogisticRegression], table: pd.DataFrame) -> np.ndarray:
    scaler, model = fitted
    x = scaler.transform(table[list(FEATURES)].to_numpy(float))
    return model.predict_proba(x)[:, 1] >= THRESHOLD


def fit(out: Path = MODEL) -> None:
    """Fit on every candidate and write the coefficients to ``out``."""
    table = all_candidates()
    assert (len(table), int(table["y"].sum())) == EXPECTED, (len(table), table["y"].sum())
    scaler, model = _fit(table)
    coefficients = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "candidates": len(table),
        "quotes": int(table["y"].sum()),
    }
    out.write_text(json.dumps(coefficients, indent=1) + "\n")
    print(f"wrote {out}: {len(table)} candidates, {int(table['y'].sum())} quotes")


def _counts(decided: np.ndarray, y: np.ndarray) -> str:
    return f"{int((decided & y).sum()):5d} {int((decided & ~y).sum()):4d}"


def evaluate() -> None:
    """Print the leave-one-set-out and forward-chained tables, rules against model."""
    table = all_candidates()
    model = np.zeros(len(table), bool)
    for name in SETS:
        left = (table["set"] == name).to_numpy()
        model[left] = _predict(_fit(table[~left]), table[left])
    y, rule = table["y"].to_numpy(), table["rule"].to_numpy()
    print("set                 quotes  rules: found  fp  model: found  fp")
    for name in [*SETS, "pooled"]:
        rows = np.ones(len(table), bool) if name == "pooled" else (table["set"] == name).to_numpy()
        print(f"{name:20s} {int(y[rows].sum()):5d}   {_counts(rule[rows], y[rows])}"
              f"   {_counts(model[rows], y[rows])}")  # fmt: skip
    newest = table["set"].isin(SETS[45:]).to_numpy()
    ahead = _predict(_fit(table[~newest]), table[newest])
    print(f"forward (fit to {SETS[44]}, test {SETS[45]}..{SETS[-1]}): quotes "
          f"{int(y[newest].sum())}, rules {_counts(rule[newest], y[newest])}, "
          f"model {_counts(ahead, y[newest])}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fit", "evaluate"])
    (fit if parser.parse_args().command == "fit" else evaluate)()


if __name__ == "__main__":
    main()
