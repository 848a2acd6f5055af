"""Agreement of the two labelling passes of the thirty-fifth naming test set ni35 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout34/agreement.py``):
one unit per naming hit (156 items, ``ni0001``-``ni0156``, from 152 documents, drawn in session 37
on 2026-12-07 at about 21:59 UTC with seed 20261531 (main at ``8d5852c``), after the session's
naming rules, so that it measures them on unseen hits, and sealed outside the repository until its
single scoring, by hold-out 33's rule, hold-out 20's two-stage draw: stage 1 (``pool`` = ``war``)
from news, BBC News 2004-2005, EUvsDisinfo case texts and SemEval-2020 task 11's propaganda
articles, 106 hits; stage 2 (``pool`` = ``outside_wars``) topping each stratum up from UN General
Debate speeches of 2011-2024, 50 hits; rebels 8, no militants, insurgents, jihadists or army hit,
every document of every earlier set, hold-out 34 included, left out; both coders labelled every
one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all
items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use`` over
the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 151/156 (0.968, Krippendorff's alpha 0.957), use
155/156 (0.994, alpha 0.985; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 119 hits both passes call an actor 119/119 (1.000, alpha 1.000). There are five label
disagreements, all on ``referent``: ni0013 (fighters imported "from the Syrian theatre ...
disregarding the interests of Libya"), ``unknown`` for coder a and ``other`` for coder b; ni0016
("our armed forces, the popular mobilization forces and the tribal fighters"), ``iraq_gov`` for a
and ``unknown`` for b; ni0041 ("The 9/11 terrorist attack was organised by the US"), ``us`` for a
and ``unknown`` for b, both ``event_adjective``; ni0045 ("UK and France have eliminated Libya and
populated it with terrorists"), ``unknown`` for a and ``other`` for b; and ni0130 ("The occupation
regime, introduced by the victorious countries in Germany…"), ``none`` for a and
``unknown``/``person`` for b, the one disagreement on ``use``. Each coder names the other's code as
its alternative on all five; ``adjudicate.py`` decides ni0013, ni0041 and ni0130 for a (fighters
placed only by their Syrian origin, as nh0030; an attack ascribed to a state by the claim, rule 3,
as ng0084 and nh0066; a regime "introduced" as a system of rule, as the visa-free regimes) and
ni0016 and ni0045 for b (unnamed Iraqi tribal fighters, as p0065 and g0049; terrorists placed in
Libya after the war on it, as l0072 and n0080). Of the other 151 items 148 differ in the free-text
note only and 3 are identical apart from the ``coder`` column. The referent confusion matrix has
four cells off the diagonal (a ``unknown``, b ``other``: 2; a ``iraq_gov``, b ``unknown``: 1; a
``us``, b ``unknown``: 1; a ``none``, b ``unknown``: 1), and agrees on unknown 53, other 39, none
36, us 7, western_other 6, russia 5, isis 3, iraq_gov 1, rebels 1; the use matrix agrees on person
112, event_adjective 7 and ``(none)`` 36, with one item off the diagonal (a ``(none)``, b
``person``). So the gold has pass a's labels throughout but for ni0016 and ni0045 (pass b's rows),
and ``adjudicate.py``'s docstring lists the weak agreed rows (among them ni0006 ``rebels``, bare
"rebel-held" beside Syria and Yemen; ni0061 and ni0068 ``none``, Belarus's opposition said to
smuggle arms and attack believers; ni0077, ni0078 and ni0081 ``other``, armed groups placed by the
Sahel, Kasai and Amazonia; ni0102 ``western_other``, "the workings of government" with Blair and
Brown; ni0128 ``unknown``, "Totalitarian Regimes" inside the name of a day; ni0140 ``russia``,
authorities beside the Rosneft-Gazprom merger), where both coders gave the same alternative. One
hit repeats an earlier set's sentence (ni0134 = hold-out 33's ng0186, from the same EUvsDisinfo
case without its ``-2`` suffix), and both passes coded it as that gold (``other``/``person``). The
high agreement is that of two sessions of one AI annotator with the same brief and precedents, not
of independent people: it shows the written conventions applied the same way twice, not that they
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
