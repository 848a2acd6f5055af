"""Score ``resolve_hit`` on the extra tuning hits (``extra_tuning*.csv``).

The sentences are read back from the corpora by their offsets (CORPUSKIT_DATA
must hold fakes, fnc1 and article_bias_prediction). Prints the referent and
use accuracy with Wilson 95% intervals, the confusion matrix and every miss:
``python tests/devsets/naming/extra_tuning_evaluate.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from corpuskit.framing.referents import resolve_hit

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from evaluate import report  # noqa: E402
from make_sample import documents  # noqa: E402


def scored() -> pd.DataFrame:
    """The extra hits with their sentences, labels and the resolver's answers."""
    hits = pd.read_csv(HERE / "extra_tuning.csv").merge(
        pd.read_csv(HERE / "extra_tuning_labels.csv", keep_default_na=False), on="item"
    )
    texts: dict[str, str] = {}
    for corpus in sorted(set(hits["corpus"])):
        articles = documents(corpus)
        texts.update(zip(articles["doc_id"].astype(str), articles["text"]))
    sentences = []
    for row in hits.itertuples(index=False):
        sentence = texts[str(row.doc_id)][row.sentence_start : row.sentence_end]
        if sentence[row.hit_start : row.hit_end] != row.hit:
            raise ValueError(f"{row.item}: the corpus text at its offsets is not {row.hit!r}")
        sentences.append(sentence)
    hits["sentence_text"] = sentences
    found = [
        resolve_hit(row.sentence_text, row.hit_start, row.hit_end)
        for row in hits.itertuples(index=False)
    ]
    hits["predicted"] = [f.referent for f in found]
    hits["predicted_use"] = [f.use for f in found]
    hits["reason"] = [f.reason for f in found]
    return hits


if __name__ == "__main__":
    table = scored()
    print(report(table))
    wrong = table[
        (table["predicted"] != table["referent"])
        | ((table["referent"] != "none") & (table["predicted_use"] != table["use"]))
    ]
    for row in wrong.itertuples(index=False):
        text = row.sentence_text
        marked = (
            f"{text[: row.hit_start]}[[{text[row.hit_start : row.hit_end]}]]{text[row.hit_end :]}"
        )
        print(
            f"{row.item} gold={row.referent}/{row.use} got={row.predicted}/{row.predicted_use} "
            f"({row.reason}): {marked[:300]}"
        )
