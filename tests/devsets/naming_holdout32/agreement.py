"""Agreement of the two labelling passes of the thirty-second naming test set nf32 (war, US news).

The same units and variables as the earlier naming hold-outs (``naming_holdout31/agreement.py``):
one unit per naming hit (128 items, ``nf0001``-``nf0128``, drawn in session 36 on 2026-12-07 at
about 17:10 UTC with seed 20261519 at the session's start (code ``85c9d50``), before any of the
session's rules, by hold-out 31's two-stage rule, and sealed outside the repository until its single
scoring; both coders labelled every one); percent agreement and Krippendorff's alpha (nominal) on
``referent``, on ``use`` over all items (the empty use of a hit coded ``none`` read as its own value
``(none)``), and on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 126/128 (0.984, Krippendorff's alpha 0.979), use
126/128 (0.984, alpha 0.973; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 74 hits both passes call an actor 73/74 (0.986, alpha 0.952). The same functions on
hold-out 31's folder reproduce that set's published figures (referent 128/128, alpha 1.000; use
127/128, alpha 0.986; use over actors 74/75, alpha 0.945), and on hold-out 30's its 150/150
throughout (alpha 1.000). There are three label disagreements: nf0078 ("Vilsack has served at almost
every level of government, beginning as mayor of Mt. Pleasant, Iowa"), ``us``/``person`` for coder a
and ``none`` for coder b, on both variables; nf0083 ("an official Saudi government building"),
``other``/``event_adjective`` for a and ``other``/``person`` for b, on ``use`` alone; and nf0105
("the peaceful revolution that demolished the communist regime", Steinmeier and central Europeans),
``other``/``person`` for a and ``unknown``/``person`` for b, on ``referent`` alone.
``adjudicate.py`` decides nf0078 for b (government as a career and structure, as hold-out 16's u0095
"serving in government during the prior Obama administration"), nf0083 for b (a building is a place,
as hold-out 29's nc0125 "a nearby government building") and nf0105 for a (a regime placed in a
region where no coded state is, as hold-out 28's nb0146 "communist regimes in Central America"). Of
the other 125 items 113 differ in the free-text note only and 12 are identical apart from the
``coder`` column. The referent confusion matrix has two cells off the diagonal (a ``us``, b
``none``: nf0078; a ``other``, b ``unknown``: nf0105) and agrees on none 53, unknown 33, other 15,
us 13, isis 4, iran 3, russia 3, turkey 1 and western_other 1; the use matrix has two (a ``person``,
b ``(none)``: nf0078; a ``event_adjective``, b ``person``: nf0083) and agrees on person 61,
event_adjective 12, ``(none)`` 53. So the gold is pass a's labels but for nf0078 and nf0083, and
``adjudicate.py``'s docstring lists the weak agreed rows (among them nf0110 ``russia``, "he has
embraced regimes" after Russia, Iran and Cuba, the first named; nf0051 ``none``, "The opposition was
strategic from the start"; nf0084 ``us``, the "CAMBRIDGE, Mass." dateline with "the federal
government"; nf0116 and nf0126 ``us``, the Secret Service and the EIP Cards; nf0090, nf0091 and
nf0101 ``unknown``, plural "regimes"), where both coders gave the same alternative. The near-perfect
agreement is that of two sessions of one AI annotator with the same brief and precedents, not of
independent people: it shows the written conventions applied the same way twice, not that they
settle the weak rows.
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
