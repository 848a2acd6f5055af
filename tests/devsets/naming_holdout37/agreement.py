"""Agreement of the two labelling passes of the thirty-seventh naming test set nk37 (news, UN GD).

The same units and variables as the earlier naming hold-outs (``naming_holdout36/agreement.py``):
one unit per naming hit (115 items, ``nk0001``-``nk0115``, from 114 documents, drawn in session 38
on 2026-12-07 at about 23:30 UTC with seed 20261549 (main at ``e8b4e4b``), after the session's two
rounds of naming rules, so that it measures them on unseen hits, and sealed outside the repository
until its single scoring, by hold-out 36's rule, hold-out 20's two-stage draw: stage 1 (``pool`` =
``war``) from news, BBC News 2004-2005 (34), EUvsDisinfo case texts (58) and SemEval-2020 task 11's
propaganda articles (7), 99 hits; stage 2 (``pool`` = ``outside_wars``) topping strata up from UN
General Debate speeches of 2011-2024, 16 hits; authorities 18, fighters 9, government, opposition,
regime and terrorists 22 each, no armed groups, rebels, militants, insurgents, jihadists or army
hit, every document of every earlier set, hold-out 36 included, left out; both coders labelled
every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over
all items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use``
over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 113/115 (0.983, Krippendorff's alpha 0.978), use
115/115 (1.000, alpha 1.000; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 83 hits both passes call an actor 83/83 (1.000, alpha 1.000). There are two label
disagreements, both on ``referent`` only: nk0099 ("punished by the authorities for the political
ambitions of Mr Khodorkovsky"), ``russia`` for coder a and ``unknown`` for coder b, and nk0115
("defying calls by authorities" with Honduran migrants, Guatemala and Trump), ``other`` for coder a
and ``unknown`` for coder b, each with the other's code as its alternative; ``adjudicate.py``
decides both for b (a surname of a private person does not place, as ng0150; several countries and
the authorities tied to none, as nd0133). Of the other 113 items 92 differ in the free-text note
only and 21 are identical apart from the ``coder`` column. The referent confusion matrix has two
cells off the diagonal (a ``russia``, b ``unknown``: 1; a ``other``, b ``unknown``: 1), and agrees
on unknown 35, none 32, other 21, western_other 10, syria_gov 4, us 4, isis 2, israel 2, russia 2,
iran 1; the use matrix agrees on person 70, event_adjective 13 and ``(none)`` 32, with nothing off
the diagonal. So the gold has pass a's labels but for these two, and ``adjudicate.py``'s docstring
lists the weak agreed rows (among them nk0002 and nk0009 ``isis``, fighters recruited by or
joining Da'esh; nk0011 ``unknown``, "Caliphate terrorists"; nk0016 ``other``, "Poroshenko is
behind the terrorist attacks"; nk0050, nk0051 and nk0053 ``none``, violent claims about the
Belarusian and Venezuelan oppositions; nk0061 and nk0064, "in government"; nk0082 ``none``, "the
corona regime"; nk0092 ``syria_gov``, Bahrain's "that regime" by rule 6's default), where both
coders gave the same alternative. One hit repeats an earlier set's unit (nk0038 = hold-out 35's
ni0055, "Leader of the Opposition", from another BBC document of the same story), and both passes
coded it as that gold (``none``); one more repeats hold-out 34's nh0154's sentence with another hit
(nk0089, "the sanctions regime", ``none``). The high agreement is that of two sessions of one AI
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
