"""Agreement of the two labelling passes of the thirty-sixth naming test set nj36 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout35/agreement.py``):
one unit per naming hit (148 items, ``nj0001``-``nj0148``, from 147 documents, drawn in session 38
on 2026-12-07 at about 22:53 UTC at the session's start with seed 20261547 (main at ``f7020a3``),
before any of the session's rules, and sealed outside the repository until its single scoring, by
hold-out 35's rule, hold-out 20's two-stage draw: stage 1 (``pool`` = ``war``) from news, BBC News
2004-2005 (37), EUvsDisinfo case texts (61) and SemEval-2020 task 11's propaganda articles (8), 106
hits; stage 2 (``pool`` = ``outside_wars``) topping each stratum up from UN General Debate speeches
of 2011-2024, 42 hits; armed_groups 20, authorities 18, fighters, government, opposition, regime and
terrorists 22 each, no rebels, militants, insurgents, jihadists or army hit, every document of
every earlier set, hold-out 35 included, left out; both coders labelled every one); percent
agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the empty
use of a hit coded ``none`` read as its own value ``(none)``), and on ``use`` over the hits both
coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 147/148 (0.993, Krippendorff's alpha 0.991), use
147/148 (0.993, alpha 0.984; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 113 hits both passes call an actor 113/113 (1.000, alpha 1.000). There is one label
disagreement, on ``referent`` and so on ``use``: nj0106 ("it isn't that anyone is putting this past
a government to lie for profits, but health officials have even warned tourists ... to stay away
from Madagascar"), ``none`` for coder a and ``other``/``person`` for coder b, each weak with the
other's code as its alternative; ``adjudicate.py`` decides it for a (a generic indefinite "a
government", government in the abstract, as m0109 and nh0118). Of the other 147 items 144 differ
in the free-text note only and 3 are identical apart from the ``coder`` column. The referent
confusion matrix has one cell off the diagonal (a ``none``, b ``other``: 1), and agrees on other
49, unknown 43, none 34, us 7, western_other 5, isis 2, russia 2, syria_gov 2, iran 1, iraq_gov 1,
rebels 1; the use matrix agrees on person 106, event_adjective 7 and ``(none)`` 34, with one item
off the diagonal (a ``(none)``, b ``person``). So the gold has pass a's labels throughout, and
``adjudicate.py``'s docstring lists the weak agreed rows (among them nj0003 and nj0004
``unknown``, freedom fighters of "our motherland"; nj0027 ``other``, "the children of Donbas" seen
as terrorists; nj0044 ``unknown``, "White Helmets, terrorists" read as a list; nj0060 and
nj0063-nj0065 ``none``, violent claims about the Belarusian and Euromaidan oppositions; nj0073 and
nj0085 ``other``, armed groups of the Sahel and of "the African continent"; nj0130 ``us``, "USA, EU
and Canada are imperialistic regimes", first named), where both coders gave the same alternative.
One hit repeats an earlier set's sentence (nj0110 = hold-out 17's v0154, "a harsh regime" of a
strict father, from another BBC document of the same story), and both passes coded it as that gold
(``none``). The high agreement is that of two sessions of one AI annotator with the same brief and
precedents, not of independent people: it shows the written conventions applied the same way
twice, not that they settle the weak rows.
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
