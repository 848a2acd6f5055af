"""Fit the bundled casualty report model, or measure it by leaving each hold-out set out.

Training data: every hand-labelled candidate trigger (gold ``casualty`` yes/no, with its
offset) of the first set's **tuning half** and of the first to twenty-fourth hold-outs. The
first set's test half is never used for fitting or for choosing ``C`` and the threshold,
and neither is any later hold-out.

``fit`` writes ``corpuskit/framing/data/casualty_report_model.tsv.gz`` (the same bytes
on every run). ``loso`` leaves each hold-out out in turn: the model fitted on the other
sets scores the clauses ``ck.agency`` finds in the left-out set without the model
(``report_threshold=None``), and clauses below each threshold are dropped; it prints
each set's ``tp/predicted/gold`` and the pooled precision and recall per threshold.
``--at-draw DIR`` reads the left-out set's clauses from ``DIR/atdraw_h<N>.pkl`` instead
(the clauses of the rules as they were when the set was first scored, written by
``at_draw``), which is how fresh news meets the model.

Run from the repository root with ``CORPUSKIT_PROGRESS=0``:
``python tests/devsets/casualty/report_model.py fit``,
``python tests/devsets/casualty/report_model.py loso [--C 1.0] [--at-draw DIR]``, or
``python tests/devsets/casualty/report_model.py at_draw DIR [--only N ...]`` (needs the git history:
each hold-out's clauses from the parent of the commit that added its gold labels).
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
from corpuskit.framing.agency.report import CasualtyReportClassifier
from corpuskit.framing.agency_eval import evaluate_clauses

HERE = Path(__file__).parent
DEVSETS = HERE.parent
REPO = DEVSETS.parents[1]
MODEL = REPO / "corpuskit" / "framing" / "data" / "casualty_report_model.tsv.gz"
HOLDOUTS = ["", *range(2, 25)]
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


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


def training_rows(sets: Sets) -> tuple[pd.DataFrame, list[int]]:
    """Every gold row with a trigger: ``text``, ``start``, ``end`` and its label."""
    frames = []
    for sentences, gold in sets.values():
        rows = gold[gold["trigger_start"] != ""]
        text = rows["item"].map(sentences.set_index("item")["text"])
        start = rows["trigger_start"].astype(int)
        frames.append(
            pd.DataFrame(
                {"text": text, "start": start, "end": start + rows["trigger"].str.len(),
                 "label": (rows["casualty"] == "yes").astype(int)}
            )
        )  # fmt: skip
    table = pd.concat(frames, ignore_index=True)
    return table[["text", "start", "end"]], table["label"].tolist()


def fit(C: float = 1.0, out: Path = MODEL) -> None:
    """Fit the model on every training set and write it to ``out``."""
    X, y = training_rows(labelled_sets())
    CasualtyReportClassifier(C=C).fit(X, y).save(out)
    print(f"{out}: fitted on {len(y)} triggers ({sum(y)} casualty)")


def _clauses(sentences: pd.DataFrame) -> pd.DataFrame:
    texts = pd.DataFrame({"doc_id": sentences["item"], "text": sentences["text"]})
    return agency(texts, unit="document", include_docvars=False, progress=False,
                  report_threshold=None)  # fmt: skip


def loso(C: float, at_draw: Path | None) -> None:
    sets = labelled_sets()
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for held in [name for name in sets if name.startswith("casualty_holdout")]:
        model = CasualtyReportClassifier(C=C).fit(
            *training_rows({k: v for k, v in sets.items() if k != held})
        )
        sentences, gold = sets[held]
        if at_draw is None:
            clauses = _clauses(sentences)
        else:
            number = held.removeprefix("casualty_holdout")
            clauses = pd.read_pickle(at_draw / f"atdraw_h{number}.pkl")
        text = clauses["doc_id"].map(sentences.set_index("item")["text"])
        score = model.predict_proba(pd.DataFrame({"text": text, "start": clauses["start"],
                                                  "end": clauses["end"]}))[:, 1]  # fmt: skip
        line = [held]
        for threshold in THRESHOLDS:
            kept = clauses[score >= threshold] if threshold else clauses
            metrics = evaluate_clauses(kept, gold, n_boot=10).metrics.set_index("metric")
            tp, n_pred = int(metrics.at["precision", "k"]), int(metrics.at["precision", "n"])
            n_gold = int(metrics.at["recall", "n"])
            for i, value in enumerate((tp, n_pred, n_gold)):
                totals[threshold][i] += value
            line.append(f"{threshold}:{tp}/{n_pred}/{n_gold}")
        print(" ".join(line), flush=True)
    for threshold, (tp, n_pred, n_gold) in totals.items():
        print(f"pooled threshold={threshold} precision={tp}/{n_pred}={tp / n_pred:.3f} "
              f"recall={tp}/{n_gold}={tp / n_gold:.3f}")  # fmt: skip


def write_at_draw(out: Path, only: list[int] | None = None) -> None:
    """Each hold-out's clauses from the rules of the parent of the commit adding its gold
    (without the report model where that code has one: the clauses the model then scores)."""
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
                "rules = {'report_threshold': None} if 'report_threshold' in "
                "inspect.signature(ck.agency).parameters else {}\n"
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
