"""Agreement of the two labelling passes of the thirty-fourth naming test set nh34 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout33/agreement.py``):
one unit per naming hit (172 items, ``nh0001``-``nh0172``, from 170 documents, drawn in session 37
on 2026-12-07 at about 20:36 UTC with seed 20261529 (code ``e125131``), before any of the session's
naming rules, and sealed outside the repository until its single scoring, by hold-out 33's rule,
hold-out 20's two-stage draw: stage 1 (``pool`` = ``war``) from news, BBC News 2004-2005,
EUvsDisinfo case texts and SemEval-2020 task 11's propaganda articles, 106 hits; stage 2 (``pool`` =
``outside_wars``) topping each stratum up from UN General Debate speeches of 2011-2024, 66 hits; no
insurgents, jihadists or army hit, militants 2; both coders labelled every one); percent agreement
and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the empty use of a
hit coded ``none`` read as its own value ``(none)``), and on ``use`` over the hits both coders say
name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 169/172 (0.983, Krippendorff's alpha 0.976), use
168/172 (0.977, alpha 0.943; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 131 hits both passes call an actor 130/131 (0.992, alpha 0.919). The same functions on
hold-out 33's folder reproduce that set's published figures (referent 206/209, alpha 0.982; use
209/209), on hold-out 31's its referent 128/128 (use 127/128, alpha 0.986), on hold-out 17's its
referent 200/205 (alpha 0.970) and on hold-out 18's its referent 234/242 (alpha 0.956). There are
four label disagreements: three on ``referent`` (and so on ``use``), nh0082 ("But it's not about the
opposition, it's about us."), ``none`` for coder a and ``rebels``/``person`` for coder b; nh0089
("The US is campaigning against Russia, backing the so-called opposition"), ``rebels``/``person``
for a and ``none`` for b; nh0118 ("I don't think a responsible government can stand aside and do
nothing"), ``none`` for a and ``unknown``/``person`` for b; and one on ``use`` only, nh0116 ("a
change of government could lead to Turkey reneging"), ``turkey``/``person`` for a and
``turkey``/``event_adjective`` for b. Coder b names a's code as its alternative on all four, coder a
b's on nh0089 and nh0118; ``adjudicate.py`` decides nh0082, nh0116 and nh0118 for a (a contest's
rival names no armed actor, C4; the hit is the noun the change is of, as "the overthrow of the
regime"; a generic "a responsible government" is government in the abstract, as m0109) and nh0089
for b (an opposition placed by Russia is Russia's political opposition, as ng0119 and ng0124). Of
the other 168 items 143 differ in the free-text note only and 25 are identical apart from the
``coder`` column. The referent confusion matrix has three cells off the diagonal, one item each (a
``none``, b ``rebels``; a ``none``, b ``unknown``; a ``rebels``, b ``none``), and agrees on unknown
59, other 52, none 38, western_other 7, us 6, rebels 2, turkey 2, isis 1, russia 1, iran 1; the use
matrix agrees on person 124, event_adjective 6 and ``(none)`` 38, with four items off the diagonal
(a ``(none)``, b ``person``: 2; a ``person``, b ``(none)``: 1; a ``person``, b ``event_adjective``:
1). So the gold has pass a's labels throughout but for nh0089 (pass b's row), and
``adjudicate.py``'s docstring lists the weak agreed rows (among them nh0002 and nh0005 ``rebels``,
bare rebels in UN speeches by rule 5 read literally; nh0054 and nh0063 ``other``, NATO and "the
West" named terrorist by a claim; nh0056 ``unknown``, the class denied of Assad; nh0131 ``us`` and
nh0159 ``western_other``, an American consulate and a British charity placing a government and
authorities; nh0084 and nh0085 ``none``, Belarus's and Venezuela's oppositions said to prepare a
coup or receive weapons), where both coders gave the same alternative. Four hits repeat earlier
sets' sentences (nh0068 = m0025, nh0071 = v0116, nh0160 = v0178, nh0120 ~ ng0161), and both passes
coded them as that gold. The high agreement is that of two sessions of one AI annotator with the
same brief and precedents, not of independent people: it shows the written conventions applied the
same way twice, not that they settle the weak rows.
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
