"""Agreement between the two labelling passes of the nineteenth naming test set n19 (US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout18/agreement.py``, itself modelled on
``naming_holdout17/agreement.py``): one unit per naming hit (252 items,
``w0001``-``w0252``, from 239 articles not about the Syrian or Iraqi wars;
both coders labelled every one); percent agreement and Krippendorff's alpha
(nominal) on ``referent``, on ``use`` over all items (the empty use of a hit
coded ``none`` read as its own value ``(none)``), and on ``use`` over the hits
both coders say name an actor (``referent != none``). Confusion tables of
``referent`` and ``use`` (rows: coder a, columns: coder b) and the list of
label disagreements follow.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``,
self-contained: it computes alpha itself, nominal data, two coders, no missing
values, instead of importing the library), so it runs next to the label files
wherever the folder is. Given another folder as its argument it scores that
folder's ``labels_a.csv`` and ``labels_b.csv`` instead (used to check that it
reproduces hold-out 18's published figures: referent 234/242 (0.967, alpha
0.956), use 238/242 (0.983, alpha 0.956), use over actors 202/202 (1.000)).

Figures on this set: referent 249/252 (0.988, alpha 0.984), use 252/252
(1.000, alpha 1.000), use over the 169 hits both passes call an actor 169/169
(1.000, alpha 1.000). The three label disagreements are all on ``referent``
alone, with the same ``use``: w0033 (a ``other``, b ``unknown``; ``person``),
w0095 (a ``other``, b ``unknown``; ``event_adjective``) and w0190 (a
``unknown``, b ``us``; ``event_adjective``); no hit is ``none`` on one side
only, so there is no ``use`` disagreement. The decisions are in
``adjudicate.py`` (for a: w0095; for b: w0033, w0190).

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
