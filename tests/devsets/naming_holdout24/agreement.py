"""Agreement of the two labelling passes of the twenty-fourth naming test set c24 (war and US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout23/agreement.py``): one unit per naming hit (220 items, ``c0001``-``c0220``,
drawn in session 30 on 2026-12-07 with seed 20261471 after the session's naming rules; both coders
labelled every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on
``use`` over all items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and
on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 213/220 (0.968, Krippendorff's alpha 0.956), use
216/220 (0.982, alpha 0.967; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 119 hits both passes call an actor 119/119 (1.000, alpha 1.000). The same functions on
hold-out 23's folder reproduce that set's published figures (referent 248/252, alpha 0.979; use
251/252, alpha 0.993; use over actors 155/155). The seven label disagreements are all on
``referent``; four of them are ``none`` on one side, so they are also the four disagreements on
``use`` (the use of the side that names an actor against an empty one): c0031 (a
``unknown``/``person``, b ``other``/``person``), c0033 (a ``other``/``person``, b
``unknown``/``person``), c0044 (a ``unknown``/``person``, b ``none``), c0078 (a
``unknown``/``person``, b ``other``/``person``), c0146 and c0155 (the same sentence from two
documents; a ``none``, b ``us``/``person``) and c0172 (a ``none``, b ``other``/``event_adjective``).
The decisions are in ``adjudicate.py`` (c0033, c0044, c0078 and c0172 for a; c0031, c0146 and c0155
for b).
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
