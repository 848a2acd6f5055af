"""Agreement of the two labelling passes of the twenty-sixth naming test set o26 (war and US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout25/agreement.py``): one unit per naming hit (190 items, ``o0001``-``o0190``,
drawn in session 32 on 2026-12-07 with seed 20261483 at the session's start and sealed outside
the repository while the session's rules were written; both coders labelled every one); percent
agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the
empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use`` over the hits
both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 188/190 (0.989, Krippendorff's alpha 0.985), use
188/190 (0.989, alpha 0.981; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 93 hits both passes call an actor 93/93 (1.000, alpha 1.000). The same functions on
hold-out 25's folder reproduce that set's published figures (referent 201/203, alpha 0.986; use
203/203, alpha 1.000; use over actors 114/114), and on hold-out 24's folder that set's (referent
213/220, alpha 0.956; use 216/220, alpha 0.967; use over actors 119/119). The two label
disagreements are each on both ``referent`` and ``use``, because one pass codes the hit ``none``
(which has no use) and the other an actor: o0040 (a ``none``, b ``unknown``/``person``) and o0069 (a
``unknown``/``person``, b ``none``); over the hits both passes call an actor there is no
disagreement on ``use``. The decisions are in ``adjudicate.py`` (o0069 for a; o0040 for neither
pass, ``unknown``/``event_adjective``).
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
