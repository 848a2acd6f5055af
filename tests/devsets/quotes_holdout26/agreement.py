"""Agreement between the two labelling passes of the twenty-sixth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 25 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the
same unit when they belong to the same article and their spans overlap (each row of pass b
pairs with at most one row of pass a, the first overlapping one in pass a's order); a span
listed by one coder only counts as ``is_quote = no`` for the other. Krippendorff's alpha
(nominal) on ``is_quote`` over all units, and on ``kind`` and ``speaker_type`` over the units
both coders call quotes; exact agreement on the resolved speaker after lower-casing and
removing titles of address (*Mr., Mrs., Ms., Dr.*). Rows with ``quote_id = 0`` (articles
without marks) are left out; this set has none.

The computation reproduces hold-out 15's published table (``quotes_holdout15/README.md``: is
a quote 306 units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927;
speaker 260, 0.992) when run on that folder's passes: ``python agreement.py
path/to/quotes_holdout15``.

On this set's passes (40 articles za001-za040, 279 rows each; the same 279 stretches, all with
the same start, end and ``quote``; no damaged marks, no open paragraphs and no pair of marks
over a paragraph break, so every row boundary is a quotation mark): is a quote 279 units,
0.993 / 0.974 (2 differ: za012 3278 'the wrong side of history.', a's scare or b's quote of
Obama; za017 2676 'dissenting and alternative views ...', a's scare or b's quote of no one
named); kind 232 both call quotes, 0.991 / 0.982 (2 differ: za020 1169 and 1226, Greenfield's
split sentence 'But "electability," as ... observes in Politico, "is less potent ..."', a's
fragment or b's full); speaker type 232, 0.991 / 0.989 (2 differ: za032 1919 and 2128, the
tribal sheikh Ahmed Aburisha, witness_resident or armed_group); speaker (exact) 232, 0.970 (7
differ: za011 2174, 'the 1951 Refugee Convention' or '1951 Refugee Convention'; za012 3786, 'the
renowned 11th edition of the Encyclopedia Britannica' or '11th edition of the Encyclopedia
Britannica'; za015 2159, 'those polled' or 'Fully 75 percent of those polled'; za017 1437, 'a
cable on the State Department's dissent channel' or 'an internal memo calling for a change in
the way the United States approaches Syria'; za018 1512, 'a count by Cato Institute immigration
analyst Alex Nowrasteh' or 'Alex Nowrasteh'; za018 3260, 'an internal Department of Homeland
Security report prepared last March' with or without 'an'; za024 789 'blank check', 'Obama' or
'Trump').

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 279 stretches | 0.993 | 0.974 |
| kind (full / fragment) | 232 both call quotes | 0.991 | 0.982 |
| speaker type | 232 | 0.991 | 0.989 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 232 | 0.970 | |

The other disagreements of the passes (45 stretches in 17 articles differ in a labelled field)
are in fields this table does not measure: grouping 1 (za011 4071, own id or part 2 of the
stretch before), speaker_title 19 rows outside the speaker differences (za003 Goodlatte, za007
Cruz, za015 Amy Walter, za017 Michele Kelemen, za018 Trump, za019 Schumer, za022 Julie Myers
Wood, za024 Coulter), speaks_for 11 (za003 Goodlatte, za004 "Weiner's office", za009 'DOJ’s
inspector general', za019 Ratcliffe, za032 Mladenov, za033 de Mistura) and speaker_as_written 4
outside them (za005 'Mr. Jackson, 47' with or without the closing comma, za018 3832 with or
without '(mostly from Democratic administrations)', za034 'Bibars Mishal' with or without his
appositive); see ``adjudicate.py``.

Run: ``python agreement.py`` (reads ``labels_a.csv`` and ``labels_b.csv`` next to this file).
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
