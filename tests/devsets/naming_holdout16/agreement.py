"""Agreement between the two labelling passes of the sixteenth naming hold-out set (session 18).

The same units and variables as the earlier naming hold-outs
(``naming_holdout15/agreement.py``, itself modelled on
``naming_holdout14/agreement.py``): one unit per naming hit (140 items,
``u0001``-``u0140``, both coders labelled every one); percent agreement and
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
reproduces hold-out 15's published figures: referent 1.000, use 0.982, use over
actors 0.929).

Figures on this set: referent 138/140 (0.986, alpha 0.983), use 140/140
(1.000, alpha 1.000), use over the 110 hits both passes call an actor 110/110
(1.000, alpha 1.000). The two label disagreements are on ``referent`` only:
u0079 (a ``unknown``, b ``us``) and u0110 (a ``russia``, b ``unknown``).

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
