"""Agreement of the two labelling passes of the thirtieth naming test set nd30 (war, US news).

The same units and variables as the earlier naming hold-outs (``naming_holdout29/agreement.py``):
one unit per naming hit (150 items, ``nd0001``-``nd0150``, drawn in session 34 on 2026-12-07 at
about 11:52 UTC with seed 20261507 at the session's start (code ``c5b8cc0``), before any of the
session's rules, and sealed outside the repository until its single scoring; both coders labelled
every one); percent agreement and Krippendorff's alpha (nominal) on ``referent``, on ``use`` over
all items (the empty use of a hit coded ``none`` read as its own value ``(none)``), and on ``use``
over the hits both coders say name an actor.

This file loads the twelfth hold-out's functions (``../naming_holdout12/agreement.py``), pointed at
this folder (labelled outside the repository, where ``../naming_holdout12`` was a link to the
repository's folder). On its passes: referent 150/150 (1.000, Krippendorff's alpha 1.000), use
150/150 (1.000, alpha 1.000; the empty use of a ``none`` hit read as its own value ``(none)``), use
over the 89 hits both passes call an actor 89/89 (1.000, alpha 1.000). The same functions on
hold-out 29's folder reproduce that set's published figures (referent 183/187, alpha 0.970; use
185/187, alpha 0.981; use over actors 98/98, alpha 1.000). There is no label disagreement: all 150
items agree on both ``referent`` and ``use`` (118 of them differ in the free-text note only, 32 are
identical apart from the ``coder`` column), none differs on ``referent`` or on ``use`` alone, and
the confusion matrices are diagonal (referent: none 61, unknown 38, other 24, us 11, iran 4, russia
4, hezbollah 2, isis 2, western_other 2, rebels 1, syria_gov 1; use: person 78, event_adjective 11,
``(none)`` 61). So ``adjudicate.py`` decides no label: the gold is pass a's labels, and its
docstring lists the weak agreed rows (among them nd0113 ``syria_gov``, a bare "the regime" by rule
6's default; nd0014 ``unknown``, "a risk of rebels coming in"; nd0120 ``unknown``, "the regime"
after Japan's elections; nd0114 and nd0123 ``other``, the regime of "its war in Yemen" and
"apartheid regimes"), where both coders gave the same alternative. The perfect agreement is that of
two sessions of one AI annotator with the same brief and precedents, not of independent people: it
shows the written conventions applied the same way twice, not that they settle the weak rows.
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
