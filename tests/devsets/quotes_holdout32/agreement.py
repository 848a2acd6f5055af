"""Agreement between the two labelling passes of the thirty-second quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 31 apply them (hold-out 16's functions,
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

This set (40 articles zg001-zg040) was labelled in session 25's q32 folder outside the
repository, /work/s25/q32, where ``texts/`` holds the staged articles and ``../quotes_holdout16``
is a link to the repository's hold-out 16 folder, so that this script resolves there as it does
in the repository. On its passes (255 rows each; the same 255 stretches, all with the same
start, end and ``quote``; every row boundary a quotation mark but for two open paragraph ends
in zg039, cut alike by both): is a quote 255 units, 1.000 / 1.000 (none differs); kind 227 both
call quotes, 0.996 / 0.990 (1 differs: zg033 2646, Hollande 'was quoted saying if that’s the
case, “there won’t be an agreement.”', a's full or b's fragment); speaker type 227, 0.987 /
0.983 (3 differ, each a famous politician the article names with no role: zg003 2086, Lindsey
Graham in a link headline, zg034 2374, 'BIDEN' in a link headline, and zg037 1827, 'Hillary
Clinton also chimed in', a's politician or b's unknown); speaker (exact) 227, 0.996 (1 differs:
zg033 1800, 'He and Sen. Jim Inhofe ... sent a letter to Obama signed by more than three-dozen
senators likewise urging ... that Congress “will not be forthcoming”', a's 'John Barrasso and
Jim Inhofe' or b's document speaker 'a letter to Obama signed by more than three-dozen
senators'; zg034's 'BIDEN' and 'Biden' count as the same after lower-casing). The passes agree
on every is_quote call and on every other kind and type call, the ones each flags as unsure
included; agreement alone does not show those calls right, as both passes read the same
precedents (hold-outs 30 and 31).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 255 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 227 both call quotes | 0.996 | 0.990 |
| speaker type | 227 | 0.987 | 0.983 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 227 | 0.996 | |

The other disagreements of the passes (24 stretches in 10 articles differ in a labelled field)
are in fields this table does not measure: grouping 4 (zg032 3082, '“...,” he answered. But the
main thing to understand is that his job is “...”', a's part 2 of McConnell's answer or b's own
id, and 3232, 3707 and 3857 renumbered after it), reason 1 (zg032 2824, 'his “not a scientist”
position', ``scare`` or ``name``), speaker_title 9 (zg007 2752, 'newly inaugurated US
President' or 'US President'; zg022 1144 and 1309, Daniel Simone, 'journalist' with or without
', the author of a new book about the killer'; zg025 1407, 'leader' or 'Its leader'; zg031
1717, 1878 and 1995, Danielle Brown's title with or without 'its'; zg032 1105, Chuck Todd, with
or without 'the left-leaning'; zg033 1800 with its speaker), speaks_for 5 (zg033 2796, 'An
official', 'State Department' or empty; zg039 950, 1367, 1858 and 1976, Justice Elena Kagan,
'Supreme Court' or empty) and speaker_as_written 2 (zg033 1800 with its speaker; zg033 2473,
Kerry 'when he was quoted ... saying', 'Secretary of State John Kerry' or 'he'); see
``adjudicate.py``.

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
