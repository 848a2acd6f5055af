"""Agreement of the two labelling passes of the thirty-first naming test set ne31 (war, US news).

The same units and variables as the earlier naming hold-outs (``naming_holdout30/agreement.py``):
one unit per naming hit (128 items, ``ne0001``-``ne0128``, drawn in session 35 on 2026-12-07 at
about 14:40 UTC with seed 20261513 at the session's start (code ``328e664``), before any of the
session's rules, and sealed outside the repository until its single scoring; both coders labelled
every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over
all items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use``
over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 128/128 (1.000, Krippendorff's alpha 1.000), use
127/128 (0.992, alpha 0.986; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 75 hits both passes call an actor 74/75 (0.987, alpha 0.945). The same functions on
hold-out 29's folder reproduce that set's published figures (referent 183/187, alpha 0.970; use
185/187, alpha 0.981; use over actors 98/98, alpha 1.000), and on hold-out 30's its 150/150
throughout (alpha 1.000). There is one label disagreement, on ``use`` alone: ne0071 ("a growing debt
problem at the federal government level"), ``us``/``person`` for coder a and
``us``/``event_adjective`` for coder b, each naming the other's use as its alternative;
``adjudicate.py`` decides it for b (the hit premodifies "level", a tier, not people, a group or a
place, as hold-out 30's nd0082 "government posts"). No item differs on ``referent``; of the other
127 items 92 differ in the free-text note only and 35 are identical apart from the ``coder`` column.
The referent confusion matrix is diagonal (none 53, unknown 29, us 19, other 16, iran 4, isis 3,
western_other 2, russia 1, israel 1); the use matrix has one cell off the diagonal (a ``person``, b
``event_adjective``: ne0071) and agrees on person 64, event_adjective 10, ``(none)`` 53. So the gold
is pass a's labels but for ne0071, and ``adjudicate.py``'s docstring lists the weak agreed rows
(among them ne0034 ``other``, "terror groups including the Taliban, Al Qaeda and the Islamic State";
ne0100 ``us``, Reconstruction's "tyrannical Northern regime"; ne0051 ``none``, "the opposition
leader"; ne0070 and ne0072 ``us``, Yang's "a president and government" and Marbury v. Madison's
"branches of government"; ne0119 ``us``, the Cleveland captives named in full), where both coders
gave the same alternative. The near-perfect agreement is that of two sessions of one AI annotator
with the same brief and precedents, not of independent people: it shows the written conventions
applied the same way twice, not that they settle the weak rows.
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
