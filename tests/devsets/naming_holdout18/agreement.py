"""Agreement between the two labelling passes of the naming test set n18 (UN General Debate).

The same units and variables as the earlier naming hold-outs
(``naming_holdout17/agreement.py``, itself modelled on
``naming_holdout16/agreement.py``): one unit per naming hit (242 items,
``a0001``-``a0242``, both coders labelled every one); percent agreement and
Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the
empty use of a hit coded ``none`` read as its own value ``(none)``), and on
``use`` over the hits both coders say name an actor (``referent != none``).
Confusion tables of ``referent`` and ``use`` (rows: coder a, columns: coder b)
and the list of label disagreements follow.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``,
self-contained: it computes alpha itself, nominal data, two coders, no missing
values, instead of importing the library), so it runs next to the label files
wherever the folder is. Given another folder as its argument it scores that
folder's ``labels_a.csv`` and ``labels_b.csv`` instead (used to check that it
reproduces hold-out 17's published figures: referent 200/205 (0.976, alpha
0.970), use 204/205 (0.995, alpha 0.989), use over actors 150/150 (1.000)).

Figures on this set: referent 234/242 (0.967, alpha 0.956), use 238/242
(0.983, alpha 0.956), use over the 202 hits both passes call an actor 202/202
(1.000, alpha 1.000). The eight label disagreements are all on ``referent``:
a0020 (a ``none``, b ``other``/``person``), a0108 (a ``other``, b
``unknown``), a0144 and a0157 (a ``unknown``, b ``other``), a0168, a0173 and
a0181 (a ``unknown``/``person``, b ``none``) and a0242 (a ``unknown``, b
``western_other``); the four with a ``none`` on one side (a0020, a0168, a0173,
a0181) are the four ``use`` disagreements. The decisions are in
``adjudicate.py`` (for a: a0108, a0168, a0173, a0181; for b: a0020, a0144,
a0157, a0242).

Run: ``python agreement.py`` (paths are relative to this file).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_holdout12_agreement", HERE.parent / "naming_holdout12" / "agreement.py"
)
twelfth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(twelfth)
agreement = twelfth.agreement


def pairs() -> pd.DataFrame:
    """One row per item of this set's ``hits.csv``: referent/use of coder a and coder b."""
    return twelfth.pairs(HERE)


if __name__ == "__main__":
    twelfth.main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
