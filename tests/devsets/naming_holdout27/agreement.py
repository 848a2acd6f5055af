"""Agreement of the two labelling passes of the twenty-seventh naming test set na27 (war, US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout26/agreement.py``): one unit per naming hit (190 items, ``na0001``-``na0190``,
drawn in session 32 on 2026-12-07 with seed 20261489 after the session's naming rules (merged at
``e3844e1``) and sealed outside the repository until its single scoring; both coders labelled every
one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all
items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use`` over
the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 188/190 (0.989, Krippendorff's alpha 0.985), use
189/190 (0.995, alpha 0.991; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 102 hits both passes call an actor 102/102 (1.000, alpha 1.000). The same functions on
hold-out 26's folder reproduce that set's published figures (referent 188/190, alpha 0.985; use
188/190, alpha 0.981; use over actors 93/93), and on hold-out 25's folder that set's (referent
201/203, alpha 0.986; use 203/203, alpha 1.000; use over actors 114/114). The two label
disagreements: na0035 (a ``none``, b ``other``/``person``), which counts on both ``referent`` and
``use`` because one pass codes the hit ``none`` (which has no use) and the other an actor; and
na0136 (a ``other``, b ``russia``, both ``person``), on ``referent`` only. Over the hits both passes
call an actor there is no disagreement on ``use``. The other 188 items agree on both labels (151 of
them differ in the free-text note only). The decisions are in ``adjudicate.py`` (both for a: na0035
``none``, "fringe militant groups like Survivors of the Abortion Holocaust and Operation Rescue",
unarmed protest groups; na0136 ``other``/``person``, "the former government of Ukraine — a Putin
puppet regime", Ukraine's government by the apposition).
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
