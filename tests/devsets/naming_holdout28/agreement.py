"""Agreement of the two labelling passes of the twenty-eighth naming test set nb28 (war, US news).

The same units and variables as the earlier naming hold-outs
(``naming_holdout27/agreement.py``): one unit per naming hit (190 items, ``nb0001``-``nb0190``,
drawn in session 33 on 2026-12-07 with seed 20261495 at the session's start (code ``cea5e9b``),
before any of the session's rules, and sealed outside the repository until its single scoring;
both coders labelled every one); percent agreement and Krippendorff's alpha (nominal) on
``referent``, on ``use`` over all items (the empty use of a hit coded ``none`` read as its own
value ``(none)``), and on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 185/190 (0.974, Krippendorff's alpha 0.961), use
185/190 (0.974, alpha 0.952; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 92 hits both passes call an actor 90/92 (0.978, alpha 0.897). The same functions on
hold-out 27's folder reproduce that set's published figures (referent 188/190, alpha 0.985; use
189/190, alpha 0.991; use over actors 102/102), and on hold-out 26's folder that set's (referent
188/190, alpha 0.985; use 188/190, alpha 0.981; use over actors 93/93). The seven label
disagreements: three count on both ``referent`` and ``use`` because one pass codes the hit ``none``
(which has no use) and the other an actor: nb0052 (a ``none``, b ``unknown``/``event_adjective``),
nb0129 and nb0151 (a ``unknown``/``person``, b ``none``); two are on ``referent`` only: nb0117 (a
``us``, b ``unknown``, both ``event_adjective``) and nb0153 (a ``us``, b ``unknown``, both
``person``); and two are on ``use`` only, over hits both passes call an actor: nb0128 (both
``syria_gov``) and nb0138 (both ``other``), a ``person``, b ``event_adjective``. The other 183 items
agree on both labels (141 of them differ in the free-text note only). The decisions are in
``adjudicate.py`` (for a: nb0117 and nb0153 ``us``, Secretary Shulkin's "government expense" and
the authorities that should look into Senator Burr's briefings, public officials known by name; for
b: nb0052 ``unknown``/``event_adjective``, "countries that have terrorist tendencies", a quality;
nb0128 and nb0138 ``event_adjective``, "Syrias government run TV" and "the regime mouthpiece's
operation", media as things; nb0129 ``none``, "Government's broken!", government in the abstract;
nb0151 ``none``, "This whole regime is an atrocity.", a system or order).
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
