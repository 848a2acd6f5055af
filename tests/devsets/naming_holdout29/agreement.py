"""Agreement of the two labelling passes of the twenty-ninth naming test set nc29 (war, US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout28/agreement.py``): one unit per naming hit (187 items, ``nc0001``-``nc0187``,
drawn in session 33 on 2026-12-07 at about 10:28 UTC with seed 20261501 after the session's naming
rules (code ``6fbe951``), and sealed outside the repository until its single scoring; both coders
labelled every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on
``use`` over all items (the empty use of a hit coded ``none`` read as its own value ``(none)``),
and on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 183/187 (0.979, Krippendorff's alpha 0.970), use
185/187 (0.989, alpha 0.981; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 98 hits both passes call an actor 98/98 (1.000, alpha 1.000). The same functions on
hold-out 28's folder reproduce that set's published figures (referent 185/190, alpha 0.961; use
185/190, alpha 0.952; use over actors 90/92, alpha 0.897). The four label disagreements: two count
on both ``referent`` and ``use`` because one pass codes the hit ``none`` (which has no use) and the
other an actor: nc0094 (a ``none``, b ``rebels``/``person``) and nc0106 (a ``none``, b
``unknown``/``person``); two are on ``referent`` only: nc0064 (a ``unknown``, b ``isis``, both
``event_adjective``) and nc0142 (a ``russia``, b ``other``, both ``person``); none is on ``use``
only. The other 183 items agree on both labels (135 of them differ in the free-text note only). The
decisions are in ``adjudicate.py`` (for a: nc0094 ``none``, "Opposition medics said that 100
protesters died Thursday in clashes with police", the opposition of a street protest, marked
political (C4); nc0064 ``unknown``/``event_adjective``, "the Islamic State's effort to inspire
terrorist violence", the violence of those it inspires, inspiration not membership; for b: nc0106
``unknown``/``person``, "career government servants", officials of a government "our" does not
place (C3); nc0142 ``other``/``person``, "the Soviet socialist regime", the USSR, a state other
than Russia).
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
