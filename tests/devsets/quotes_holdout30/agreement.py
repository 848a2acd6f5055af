"""Agreement between the two labelling passes of the thirtieth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 29 apply them (hold-out 16's functions,
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

This set (40 articles ze001-ze040) was labelled in session 24's q30 folder outside the
repository, /work/s24/q30, where ``texts/`` holds the staged articles and ``../quotes_holdout16``
is a link to the repository's hold-out 16 folder, so that this script resolves there as it does
in the repository. On its passes (277 rows each; the same 277 stretches, all with the same
start, end and ``quote``; every row boundary a quotation mark): is a quote 277 units,
0.996 / 0.979 (1 differs: ze031 1967, 'membership has "dwindled."' after 'According to press
reports', a's quote of 'press reports' or b's ``scare``); kind 250 both call quotes,
0.996 / 0.992 (1 differs: ze036 3785, 'During a private meeting ..., "there was a lot of
discussion ...," said Rep. Mick Mulvaney', a's full or b's fragment); speaker type 250,
0.992 / 0.990 (2 differ: ze001 4896, Biden's 2012 claims, a's politician or b's official; ze036
1192, 'An aide to Sen. Claire McCaskill (D., Mo.) said she believes "..."', a's McCaskill,
politician, or b's aide, anonymous); speaker (exact) 250, 0.988 (3 differ: ze031 2036, 'Gates
and Tillerson' or 'Robert Gates and Rex Tillerson'; ze031 3379, 'the Boy Scouts’ annual report'
with or without 'the'; ze036 1192, McCaskill or her aide).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 277 stretches | 0.996 | 0.979 |
| kind (full / fragment) | 250 both call quotes | 0.996 | 0.992 |
| speaker type | 250 | 0.992 | 0.990 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 250 | 0.988 | |

The other disagreements of the passes (17 stretches in 9 articles differ in a labelled field)
are in fields this table does not measure: grouping 4 (ze004 982, Benedict's 'The faster we can
move ...' after 'Benedict said.' and a furniture line, part 2 of quote 1 or its own id, with
1170, 1208 and 1424 renumbered), speaker_title 3 (ze007 1792 and 2074, R. Nicholas Burns, with
or without 'during the early days of the Afghanistan war'; ze036 1192 with its speaker),
speaks_for 3 (ze019 992 and 1086, Wayne Tinkle, 'Oregon State' or 'Oregon State University';
ze028 1613, 'government of President Bashar al-Assad' with or without 'the') and
speaker_as_written 5 (ze004 982, 'Benedict' or 'he'; ze008 2733, 'Mr Ross, 69' or 'Mr Ross';
ze010 1136, 'Trump, who has said that he plans to meet ...' or 'Trump'; ze031 1967 and ze036
1192 with their speakers); see ``adjudicate.py``.

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
