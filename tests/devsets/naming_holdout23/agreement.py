"""Agreement of the two labelling passes of the twenty-third naming test set n23 (war and US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout22/agreement.py``, itself modelled on
``naming_holdout21/agreement.py``): one unit per naming hit (252 items,
``n0001``-``n0252``, from 248 documents: 88 drawn from the articles about the
Syrian and Iraqi wars of article_bias_prediction, FA-KES and FNC-1 (the
government, opposition, regime and terrorists strata), 164 topped up from the
US news outside the wars of article_bias_prediction and BASIL; both coders
labelled every one); percent agreement and Krippendorff's alpha (nominal) on
``referent``, on ``use`` over all items (the empty use of a hit coded ``none``
read as its own value ``(none)``), and on ``use`` over the hits both coders
say name an actor (``referent != none``). Confusion tables of ``referent`` and
``use`` (rows: coder a, columns: coder b) and the list of label disagreements
follow.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``,
self-contained: it computes alpha itself, nominal data, two coders, no missing
values, instead of importing the library), so it runs next to the label files
wherever the folder is. Given another folder as its argument it scores that
folder's ``labels_a.csv`` and ``labels_b.csv`` instead (used to check that it
reproduces hold-out 22's published figures: referent 248/252 (0.984, alpha
0.978), use 248/252 (0.984, alpha 0.971), use over actors 152/152 (1.000, alpha
1.000)).

Figures on this set: referent 248/252 (0.984, alpha 0.979), use 251/252
(0.996, alpha 0.993), use over the 155 hits both passes call an actor 155/155
(1.000, alpha 1.000). The four label disagreements are all on ``referent``;
one of them is ``none`` on one side, so it is also the one disagreement on
``use`` (the use of the side that names an actor against an empty one):
n0053 (a ``unknown``/``person``, b ``none``), n0061 (a ``other``/``person``,
b ``iran``/``person``), n0107 (a ``other``/``event_adjective``, b
``unknown``/``event_adjective``) and n0230 (a ``unknown``/``person``, b
``us``/``person``). The decisions are in ``adjudicate.py`` (n0053 for a;
n0061, n0107, n0230 for b).

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
