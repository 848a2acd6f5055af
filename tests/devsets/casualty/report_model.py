"""Fit the bundled casualty report model, or measure it by leaving each hold-out set out.

Training data: every candidate clause the rules find (``ck.agency(..., unit="document",
include_excluded=True, report_threshold=None)``: kept or excluded, with the rules'
reason and construction) in the sentences of the first set's **tuning half** and of the
first to fortieth hold-outs, labelled 1 when it overlaps a trigger the gold labels
call a casualty clause and 0 otherwise. The first set's test half is never used for
fitting or for choosing ``C`` and the threshold, and neither is any later hold-out. The
model depends on the rules' candidates: refit it whenever a rule changes (the test of the
bundled model fails until then).

``fit`` writes ``corpuskit/framing/data/casualty_report_model.tsv.gz`` (the same bytes
on every run). ``loso`` leaves each hold-out out in turn: the model fitted on the other
sets scores the left-out set's candidates, and each threshold keeps those scored at or
above it (as ``ck.agency`` does: rescuing excluded ones but for ``FIXED_REASONS``); it
prints each set's ``tp/predicted/gold`` and the pooled precision and recall per
threshold, over all sets and over the seventeenth and later (US news). ``--at-draw DIR``
reads the left-out set's candidates from ``DIR/atdraw_h<N>.pkl`` instead (the rules as
they were when the set was first scored, written by ``at_draw``), which is how fresh news
meets the rules; the training candidates are always the current rules'.

Run from the repository root with ``CORPUSKIT_PROGRESS=0``:
``python tests/devsets/casualty/report_model.py fit``,
``python tests/devsets/casualty/report_model.py loso [--C 1.0] [--at-draw DIR]``, or
``python tests/devsets/casualty/report_model.py at_draw DIR [--only N ...]`` (needs the git history:
each hold-out's candidates from the parent of the commit that added its gold labels).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from corpuskit.framing.agency import agency
from corpuskit.framing.agency.report import FIXED_REASONS, CasualtyReportClassifier
from corpuskit.framing.agency_eval import evaluate_clauses

HERE = Path(__file__).parent
DEVSETS = HERE.parent
REPO = DEVSETS.parents[1]
MODEL = REPO / "corpuskit" / "framing" / "data" / "casualty_report_model.tsv.gz"
HOLDOUTS = ["", *range(2, 41)]
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
#: the first hold-out of US news (article_bias_prediction), reported apart by ``loso``
FIRST_US = 17
FEATURES = ["text", "start", "end", "reason", "construction"]


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def labelled_sets() -> Sets:
    """Set name -> (sentences, gold rows): the first set's tuning half and the hold-outs."""
    sentences, gold = _read(HERE / "sentences.csv"), _read(HERE / "labels_gold.csv")
    tuning = sentences[sentences["half"] == "tuning"]
    sets = {"casualty:tuning": (tuning, gold[gold["item"].isin(set(tuning["item"]))])}
    for n in HOLDOUTS:
        folder = DEVSETS / f"casualty_holdout{n}"
        sets[folder.name] = (_read(folder / "sentences.csv"), _read(folder / "labels_gold.csv"))
    return sets


Sets = dict[str, tuple[pd.DataFrame, pd.DataFrame]]


def candidates(sentences: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The rules' candidate clauses of a set's sentences, each with its sentence's ``text``
    and its ``label``: 1 when it overlaps a gold casualty trigger of its sentence."""
    texts = pd.DataFrame({"doc_id": sentences["item"], "text": sentences["text"]})
    found = agency(texts, unit="document", include_docvars=False, progress=False,
                   include_excluded=True, report_threshold=None)  # fmt: skip
    return labelled(found, sentences, gold)


def labelled(found: pd.DataFrame, sentences: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """``found`` (clauses of ``ck.agency`` on a set's sentences) with their sentence's
    ``text`` and their ``label``."""
    yes = gold[(gold["casualty"] == "yes") & (gold["trigger_start"] != "")]
    spans: dict[str, list[tuple[int, int]]] = {}
    for item, start, trigger in zip(yes["item"], yes["trigger_start"].astype(int), yes["trigger"]):
        spans.setdefault(item, []).append((start, start + len(trigger)))
    label = [
        int(any(a < end and start < b for a, b in spans.get(doc, [])))
        for doc, start, end in zip(found["doc_id"], found["start"], found["end"])
    ]
    text = found["doc_id"].map(sentences.set_index("item")["text"])
    return found.assign(text=text, label=label).reset_index(drop=True)


def training_rows(sets: Sets) -> tuple[pd.DataFrame, list[int]]:
    """Every candidate clause of the sets: the model's columns and the labels."""
    table = pd.concat([candidates(*pair) for pair in sets.values()], ignore_index=True)
    return table[FEATURES], table["label"].tolist()


def fit(C: float = 1.0, out: Path = MODEL) -> None:
    """Fit the model on every training set and write it to ``out``."""
    X, y = training_rows(labelled_sets())
    CasualtyReportClassifier(C=C).fit(X, y).save(out)
    print(f"{out}: fitted on {len(y)} candidate clauses ({sum(y)} casualty)")


def kept(rows: pd.DataFrame, score, threshold: float) -> pd.Series:
    """Which candidates ``ck.agency`` keeps at ``threshold``: the model's verdict, but for
    the reasons it never overrules."""
    fixed = rows["reason"].isin(list(FIXED_REASONS)).to_numpy()
    return (score >= threshold) & ~fixed


def loso(C: float, at_draw: Path | None) -> None:
    sets = labelled_sets()
    rows = {name: candidates(*pair) for name, pair in sets.items()}
    totals = {t: [[0, 0, 0], [0, 0, 0]] for t in THRESHOLDS}
    for held in [name for name in sets if name.startswith("casualty_holdout")]:
        train = pd.concat([r for name, r in rows.items() if name != held], ignore_index=True)
        model = CasualtyReportClassifier(C=C).fit(train[FEATURES], train["label"].tolist())
        sentences, gold = sets[held]
        number = held.removeprefix("casualty_holdout")
        if at_draw is None:
            test = rows[held]
        else:
            test = labelled(pd.read_pickle(at_draw / f"atdraw_h{number}.pkl"), sentences, gold)
        score = model.predict_proba(test[FEATURES])[:, 1]
        clauses = test.drop(columns=["text", "label"])
        line = [held]
        for threshold in THRESHOLDS:
            chosen = clauses[kept(test, score, threshold)]
            metrics = evaluate_clauses(chosen, gold, n_boot=10).metrics.set_index("metric")
            tp, n_pred = int(metrics.at["precision", "k"]), int(metrics.at["precision", "n"])
            n_gold = int(metrics.at["recall", "n"])
            for group in (0, 1) if int(number or 1) >= FIRST_US else (0,):
                for i, value in enumerate((tp, n_pred, n_gold)):
                    totals[threshold][group][i] += value
            line.append(f"{threshold}:{tp}/{n_pred}/{n_gold}")
        print(" ".join(line), flush=True)
    for threshold, groups in totals.items():
        for label, (tp, n_pred, n_gold) in zip(("all", f"{FIRST_US}+"), groups):
            print(f"pooled {label} threshold={threshold} precision={tp}/{n_pred}={tp / n_pred:.3f} "
                  f"recall={tp}/{n_gold}={tp / n_gold:.3f}")  # fmt: skip


def write_at_draw(out: Path, only: list[int] | None = None) -> None:
    """Each hold-out's candidates from the rules of the parent of the commit adding its gold
    (kept and excluded, without the report model where that code has one)."""
    out.mkdir(parents=True, exist_ok=True)
    for n in HOLDOUTS if only is None else only:
        folder = f"tests/devsets/casualty_holdout{n}"
        added = subprocess.run(
            ["git", "-C", str(REPO), "log", "--diff-filter=A", "--format=%h", "--",
             f"{folder}/labels_gold.csv"], capture_output=True, text=True, check=True,
        ).stdout.split()[-1]  # fmt: skip
        with tempfile.TemporaryDirectory() as tree:
            archive = subprocess.run(["git", "-C", str(REPO), "archive", f"{added}^", "corpuskit"],
                                     capture_output=True, check=True).stdout  # fmt: skip
            subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
            code = (
                "import sys, pandas as pd, corpuskit as ck\n"
                f"s = pd.read_csv({str(REPO / folder / 'sentences.csv')!r}, dtype=str, "
                "keep_default_na=False)\n"
                "t = pd.DataFrame({'doc_id': s['item'], 'text': s['text']})\n"
                "import inspect\n"
                "p = inspect.signature(ck.agency).parameters\n"
                "rules = {'report_threshold': None} if 'report_threshold' in p else {}\n"
                "rules |= {'include_excluded': True} if 'include_excluded' in p else {}\n"
                "ck.agency(t, unit='document', include_docvars=False, progress=False, **rules)"
                f".to_pickle({str(out / f'atdraw_h{n}.pkl')!r})\n"
            )
            environment = {**os.environ, "PYTHONPATH": tree}
            subprocess.run([sys.executable, "-c", code], cwd=tree, env=environment, check=True)
        print(f"{folder}: clauses of {added}^")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fit", "loso", "at_draw"])
    parser.add_argument("directory", nargs="?", type=Path, help="at_draw: where to write")
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--at-draw", type=Path, default=None)
    parser.add_argument("--only", type=int, nargs="*", help="at_draw: these hold-outs only")
    args = parser.parse_args()
    if args.command == "fit":
        fit(args.C)
    elif args.command == "loso":
        loso(args.C, args.at_draw)
    else:
        write_at_draw(args.directory, args.only)


if __name__ == "__main__":
    main()
