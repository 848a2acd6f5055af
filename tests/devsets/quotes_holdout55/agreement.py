"""Agreement between the two labelling passes of the fifty-fifth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 54 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the same
unit when they belong to the same article and their spans overlap (each row of pass b pairs with at
most one row of pass a, the first overlapping one in pass a's order); a span listed by one coder
only counts as ``is_quote = no`` for the other. Krippendorff's alpha (nominal) on ``is_quote`` over
all units, and on ``kind`` and ``speaker_type`` over the units both coders call quotes; exact
agreement on the resolved speaker after lower-casing and removing titles of address (*Mr., Mrs.,
Ms., Dr.*). Rows with ``quote_id = 0`` (articles without marks) are left out; this set has none.

This set (40 articles zze001-zze040, the fifty-fifth hold-out; strata as ``articles.csv`` gives
them: article_bias_prediction war 10, other 4 and other top-up 18, FNC-1 8; seed 20261555, drawn in
session 39 on 2026-12-08 at about 01:31 UTC at the session's start (code `afeeeec`), before any of
the session's rules, by hold-out 54's rule (item prefix 'zze'), and sealed outside the repository
until its single scoring) was labelled outside the repository, in /work/s39/q55, where ``texts/``
holds the staged articles and ``../quotes_holdout16`` is a link to the repository's hold-out 16
folder, so that this script resolves there as it does in the repository. The passes were two
separate sessions of an AI annotator, not people. On its passes (397 rows in pass a and 398 in pass
b: the same 397 stretches with the same starts and ends, and b's one more, zze007 1928-2032, the
open paragraph of Lauren Frayer's report holding the migrants' nested words, which b reads after
the shared mark at 1927; pass a 352 quote parts, 227 full and 125 fragment, in 286 quotes; pass b
350, 225 and 125, in 283): is a quote 398 units, 0.975 / 0.880 (10 differ: zze003 1503 'Mr.
Secretary.', zze011 165 'Donna Trump', 2697 'Hon,' and 2704 'Dear.' and zze026 4810 'kung flu',
a's quotes or b's ``name``; zze005 2057 and 2097, the phrases of Obama's statement, a's ``scare``
or b's quotes of Obama; zze014 2188 'we’ll stop it', a's ``scare`` or b's quote of Strzok; zze035
997 'toss-up', a's quote of the Cook Political Report or b's ``scare``; and zze007, where pass a's
nested row 1930 pairs with b's extra row 1928 and b's own nested row 1930 is left unpaired, a
quote of b's only); kind 346 both call quotes, 0.991 / 0.981 (3 differ: zze014 4068, zze029 1451
and zze036 1654, a's ``full`` or b's ``fragment``); speaker type 346, 0.986 / 0.981 (5 differ:
zze008 1, 299, 520 and 3740, Bolton's M.E.K. clips, a's ``official`` or b's ``unknown``; zze007,
the migrants' row against b's extra row of Frayer's, ``witness_resident`` or ``media``, an
artefact of the pairing); speaker (exact) 346, 0.980 (7 differ: the same zze007 pair; zze011
2935, 2991, 3423 and 3459, 'Barbara A. Res' or 'Res'; zze013 1356, 'Downing Street' or 'No 10';
zze034 151, 'an article' or 'New York Times').

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 398 stretches | 0.975 | 0.880 |
| kind (full / fragment) | 346 both call quotes | 0.991 | 0.981 |
| speaker type | 346 | 0.986 | 0.981 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 346 | 0.980 | |

Their other disagreements (49 stretches in 18 articles differ in a labelled field: titles in 17,
as-written phrases in 16, speaks_for in 6, reasons of not-quotes in 14 (the five medley words of
zze034, a's ``other`` or b's ``scare``, beside the is_quote differences), and zze007 2037's part)
are not measured here; agreement alone does not show the agreed calls right, as both passes read
the same precedents (hold-out 54's README and ``adjudicate.py`` and earlier gold files): the
adjudication decided 19 stretches for a, 28 for b (and kept b's extra row) and 2 for neither
(zze005 3118, a's as-written with b's title; zze014 3834, the as-written 'Strzok'), and corrected
no agreed row.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "quotes_holdout16_agreement", HERE.parent / "quotes_holdout16" / "agreement.py"
)
sixteenth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(sixteenth)
align, agreement = sixteenth.align, sixteenth.agreement


def read(name: str) -> pd.DataFrame:
    """One labels file of this folder (``quote_id`` 0 rows left out)."""
    return sixteenth.read(name, HERE)


if __name__ == "__main__":
    sixteenth.HERE = HERE  # its main() reads this folder unless given another
    sixteenth.main()
