"""Agreement between the two labelling passes of the seventeenth naming hold-out set (session 18).

The same units and variables as the earlier naming hold-outs
(``naming_holdout16/agreement.py``, itself modelled on
``naming_holdout15/agreement.py``): one unit per naming hit (205 items,
``v0001``-``v0205``, both coders labelled every one); percent agreement and
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
reproduces hold-out 16's published figures: referent 0.986 (alpha 0.983), use
1.000, use over actors 1.000).

Figures on this set: referent 200/205 (0.976, alpha 0.970), use 204/205
(0.995, alpha 0.989), use over the 150 hits both passes call an actor 150/150
(1.000, alpha 1.000). The five label disagreements are all on ``referent``:
v0035 (a ``other``, b ``unknown``), v0062 (a ``turkey``, b ``other``), v0094
(a ``us``, b ``unknown``), v0139 (a ``unknown``, b ``western_other``) and
v0142 (a ``none``, b ``western_other``/``person``, the one ``use``
disagreement).

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
