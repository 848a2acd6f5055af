"""Agreement of the two labelling passes of the thirty-eighth naming test set nl38 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout37/agreement.py``):
one unit per naming hit (106 items, ``nl0001``-``nl0106``, from 105 documents, drawn in session 39
on 2026-12-08 at about 01:31 UTC with seed 20261559 (main at ``afeeeec``), at the session's start,
before any of the session's rules, and sealed outside the repository until its single scoring, by
hold-out 37's rule, hold-out 20's two-stage draw: stage 1 (``pool`` = ``war``) from news, BBC News
2004-2005 (28), EUvsDisinfo case texts (43) and SemEval-2020 task 11's propaganda articles (6), 77
hits; stage 2 (``pool`` = ``outside_wars``) topping strata up from UN General Debate speeches of
2011-2024, 29 hits; authorities 18, government 22, opposition 22 (15 + 7), regime 22 (all from the
UN speeches), terrorists 22, no fighters, armed groups, rebels, militants, insurgents, jihadists or
army hit, every document of every earlier set, hold-out 37 included, left out; both coders
labelled every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on
``use`` over all items (the empty use of a hit coded ``none`` read as its own value ``(none)``),
and on ``use`` over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 101/106 (0.953, Krippendorff's alpha 0.940), use
103/106 (0.972, alpha 0.945; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 74 hits both passes call an actor 74/74 (1.000, alpha 1.000). There are five label
disagreements, all on ``referent``, three of them also on ``use`` because one pass codes ``none``:
nl0003 ("All Muslims are terrorists") and nl0019 ("label Trump supporters as terrorists"), ``none``
for coder a and ``other``/``person`` for coder b; nl0013 and nl0014 (the same sentence, "The US is
soon launching a new terrorist group in…"), ``us`` for coder a and ``unknown`` for coder b; and
nl0044 ("opposition groups" consulted beside civil society in "our peace process"),
``rebels``/``person`` for coder a and ``none`` for coder b; each coder flags its call weak or names
the other's code as its alternative. ``adjudicate.py`` decides all five for b (a label put on a
named group by a predicate names that group, as w0067 and nj0027; launching a group is founding it,
not proxy wording, as ng0082; a consulted opposition in a national dialogue is political, as a0123
and a0139), and corrects one agreed row, nl0104 (the authorities beside Nemtsov, a Russian
politician, ``russia`` for both passes' ``unknown``). Of the other 101 items all differ in the
free-text note only; none is identical apart from the ``coder`` column. The referent confusion
matrix has five cells off the diagonal (a ``none``, b ``other``: 2; a ``us``, b ``unknown``: 2; a
``rebels``, b ``none``: 1), and agrees on none 29, unknown 28, other 24, western_other 7, us 6,
syria_gov 3, isis 2, iran 1, rebels 1; the use matrix agrees on person 65, event_adjective 9 and
``(none)`` 29, with three cells off the diagonal (a ``(none)``, b ``person``: 2; a ``person``, b
``(none)``: 1). So the gold has pass a's labels but for these five and nl0104, and
``adjudicate.py``'s docstring lists the weak agreed rows (among them nl0011 and nl0012 ``us``, the
US and UK's "irregular troops" and "support and use terrorists"; nl0018 ``other``, the Russian
monarchists labelled terrorists; nl0020 and nl0021 ``unknown``, attacks "funded" by the USA and
"ordered" by Western services and Qatar; nl0038 ``none``, Chile's call for dialogue between "the
Government and the opposition"; nl0052, nl0054 and nl0058 ``western_other``, the Royal Prerogative,
UK troops and the British Board of Film Classification; nl0068 ``syria_gov``/``event_adjective``,
"policies of regime change" behind the war in Syria), with the alternatives the coders name.
Three hits repeat an earlier set's unit, each from another document of the same story: nl0025 =
hold-out 33's ng0111 ("Labour's long period in opposition"), nl0026 = hold-out 37's nk0037
("authentic opposition", but for "have also") and nl0065 = hold-out 10's m0097 ("The Chinese
government has assured us", "continued" for "said"); both passes coded each as that gold (``none``,
``none``, ``other``), so a score on them is not fresh. The agreement is that of two sessions of one
AI annotator with the same brief and precedents, not of independent people: it shows the written
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
