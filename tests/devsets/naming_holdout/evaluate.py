"""Score the naming resolver on the naming hold-out set (scored once).

Resolves every hit with :func:`corpuskit.framing.referents.resolve_hit` (the
sentence reading, ``ck.naming``'s default) and prints the first set's report
(``../naming/evaluate.py``): referent accuracy and use accuracy with Wilson 95%
intervals and the referent confusion matrix (rows: gold).

Run from the repository root: ``python tests/devsets/naming_holdout/evaluate.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

from corpuskit.framing.referents import resolve_hit

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_evaluate", HERE.parent / "naming" / "evaluate.py"
)
first_set = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_set)


def scored() -> pd.DataFrame:
    """Every hit with its gold labels and the resolver's answers."""
    hits = pd.read_csv(HERE / "hits.csv").merge(
        pd.read_csv(HERE / "labels_gold.csv", keep_default_na=False), on="item"
    )
    found = [
        resolve_hit(row.sentence_text, row.hit_start, row.hit_end)
        for row in hits.itertuples(index=False)
    ]
    hits["predicted"] = [f.referent for f in found]
    hits["predicted_use"] = [f.use for f in found]
    return hits


if __name__ == "__main__":
    print(first_set.report(scored()))
