"""Score ``ck.relevance`` on one half of the US-coverage relevance set.

The development set's script (``../relevance/evaluate.py``: the articles read
from the corpora, precision, recall and F1 of ``report`` with 95% percentile
bootstrap intervals over items, the confusion matrix) on this folder's items,
with ``ck.relevance`` called as a user with a city the bundled lexicon lacks
would call it: ``about=`` the city and ``terms={"names": [...]}`` its
spellings (``NAMES``), nothing else (no local terms, no actors). Tune on
``tuning`` only; ``test`` is scored once, after the last change.

Run from the repository root:
``PYTHONPATH=. python tests/devsets/relevance_us/evaluate.py tuning [--errors]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

from corpuskit.framing.relevance import relevance

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "relevance_evaluate", HERE.parent / "relevance" / "evaluate.py"
)
dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dev)
dev.HERE = HERE
#: the spellings a user would give for each city (those of ``make_sample.PLACES``)
NAMES = {
    "raqqa": ["Raqqa", "Raqqah", "Raqa"],
    "fallujah": ["Fallujah", "Falluja"],
    "ramadi": ["Ramadi"],
    "idlib": ["Idlib"],
    "homs": ["Homs"],
    "ghouta": ["Ghouta"],
    "kobani": ["Kobani", "Kobane"],
    "manbij": ["Manbij"],
    "tikrit": ["Tikrit"],
    "palmyra": ["Palmyra"],
    "afrin": ["Afrin"],
    "deir_ezzor": ["Deir ez-Zor", "Deir ez-Zour", "Deir al-Zour", "Deir el-Zour", "Deir Ezzor"],
}


def predict(table: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """The items with the scorer's ``score`` and ``relevant`` for their city."""
    rows = []
    for place, part in table.groupby("place", sort=True):
        chosen = texts[texts["doc_id"].isin(set(part["doc_id"]))]
        scored = relevance(
            chosen, about=place, terms={"names": NAMES[place]}, include_docvars=False
        )
        part = part.drop(columns=["n_mentions", "in_title"])
        rows.append(part.merge(scored.drop(columns="about"), on="doc_id", how="left"))
    return pd.concat(rows).sort_values("item").reset_index(drop=True)


dev.predict = predict

if __name__ == "__main__":
    sys.argv[0] = str(Path(__file__))
    dev.main()
