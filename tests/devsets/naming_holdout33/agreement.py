"""Agreement of the two labelling passes of the thirty-third naming test set ng33 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout31/agreement.py``):
one unit per naming hit (209 items, ``ng0001``-``ng0209``, drawn in session 36 on 2026-12-07 at
about 17:25 UTC with seed 20261523 (code ``85c9d50``), before any of the session's naming rules, and
sealed outside the repository until its single scoring, by hold-out 20's two-stage draw with new
pools: stage 1 (``pool`` = ``war``) from news, BBC News 2004-2005, EUvsDisinfo case texts and
SemEval-2020 task 11's propaganda articles, 122 hits; stage 2 (``pool`` = ``outside_wars``) from
UN General Debate speeches of 2011-2024, 87 hits; both coders labelled every one); percent
agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the empty
use of a hit coded ``none`` read as its own value ``(none)``), and on ``use`` over the hits both
coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 206/209 (0.986, Krippendorff's alpha 0.982), use
209/209 (1.000, alpha 1.000; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 168 hits both passes call an actor 168/168 (1.000, alpha 1.000). The same functions on
hold-out 31's folder reproduce that set's published figures (referent 128/128, alpha 1.000; use
127/128, alpha 0.986), on hold-out 17's its referent 200/205 (alpha 0.970) and on hold-out 18's its
referent 234/242 (alpha 0.956). There are three label disagreements, all on ``referent`` with the
same ``use``: ng0018 ("Our brothers in the rebellion ... declined to sign"), ``rebels`` for coder a
and ``unknown`` for coder b; ng0021 ("the violent and terrorist rebel groups that are forcibly
imposing their will on the people"), ``rebels`` for a and ``unknown`` for b; ng0156 ("a spokesman
for Mr Prescott ... the local government pension scheme"), ``western_other`` for a and ``unknown``
for b (both ``event_adjective``); each coder names the other's code as its alternative (a marks all
three weak), and ``adjudicate.py`` decides all three for b (an unplaced "rebellion" read as a group;
a class of rebel groups, C10; a surname does not place, v0141). Of the other 206 items 168 differ
in the free-text note only and 38 are identical apart from the ``coder`` column. The referent
confusion matrix has two cells off the diagonal, three items (a ``rebels``, b ``unknown``: 2; a
``western_other``, b ``unknown``: 1) and agrees on unknown 64, other 56, none 41, isis 18,
western_other 13, rebels 6, us 4, iraq_gov 2, iran 1, russia 1; the use matrix is diagonal (person
148, event_adjective 20, ``(none)`` 41). So the gold has pass b's labels throughout (pass a's rows
and notes but for the three), and ``adjudicate.py``'s docstring lists the weak agreed rows (among
them ng0013, ng0017 and ng0019 ``rebels``, bare rebel groups in UN speeches by rule 5 read
literally; ng0123 ``rebels``, EUvsDisinfo's bare "the opposition" with American backers, C4;
ng0120 and ng0125 ``none``, Belarus's opposition said to acquire weapons and attempt a terrorist
act; ng0061 to ng0063 ``isis`` by the first-named line and coreference; ng0187 ``iran``, regime
change against Mossadegh and four others), where both coders gave the same alternative. Four hits
repeat hold-out 17's sentences (ng0045 = v0049, ng0085 ~ v0084, ng0159 ~ v0142, ng0179 = v0166),
and both passes coded them as that set's gold. The high agreement is that of two sessions of one AI
annotator with the same brief and precedents, not of independent people: it shows the written
conventions applied the same way twice, not that they settle the weak rows.
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
