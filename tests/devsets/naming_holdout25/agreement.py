"""Agreement of the two labelling passes of the twenty-fifth naming test set l25 (war and US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout24/agreement.py``): one unit per naming hit (203 items, ``l0001``-``l0203``,
drawn in session 31 on 2026-12-07 with seed 20261477 after the session's naming rules; both coders
labelled every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on
``use`` over all items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and
on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 201/203 (0.990, Krippendorff's alpha
0.986), use 203/203 (1.000, alpha 1.000; the empty use of a ``none`` hit read as its own value
``(none)``), use over the 114 hits both passes call an actor 114/114 (1.000, alpha 1.000). The
same functions on hold-out 24's folder reproduce that set's published figures (referent 213/220,
alpha 0.956; use 216/220, alpha 0.967; use over actors 119/119), and on hold-out 23's folder
that set's (referent 248/252, alpha 0.979; use 251/252, alpha 0.993; use over actors 155/155).
The two label disagreements are both on ``referent``, between two actor codes, so there is no
disagreement on ``use``: l0067 (a ``unknown``/``person``, b ``isis``/``person``) and l0177 (a
``unknown``/``person``, b ``us``/``person``). The decisions are in ``adjudicate.py`` (l0067 for
a; l0177 for b).
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
