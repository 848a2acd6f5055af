"""Agreement between the two labelling passes of the twenty-fourth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 23 apply them (hold-out 16's functions,
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

On this set's passes (40 articles b001-b040, 285 rows each; the same 285 stretches, all with
the same start, end and ``quote``; the paragraph parts of b001, b019, b029, b030 and b031 and
the damaged-mark span b032 2940-3012 cut at the same offsets by both): is a quote 285 units,
0.993 / 0.970 (2 differ: b017 162 'mystery bombers', a's scare or b's quote of 'reports'; b027
1061 'A second message to America', a's quote of Islamic State or b's title); kind 245 both call
quotes, 1.000 / 1.000; speaker type 245, 0.996 / 0.994 (1 differs: b024 426 'experts', the
'Officials' anonymous or official); speaker (exact) 245, 0.984 (4 differ: b018 19, 1054 and
1118, 'the final report by the House Intelligence Committee' or 'House Intelligence Committee';
b034 931 'White Helmets civil defence group' or 'White Helmets').

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 285 stretches | 0.993 | 0.970 |
| kind (full / fragment) | 245 both call quotes | 1.000 | 1.000 |
| speaker type | 245 | 0.996 | 0.994 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 245 | 0.984 | |

The other disagreements of the passes (50 stretches in 12 articles differ in a labelled field)
are in fields this table does not measure: grouping (10 rows of b018, 'contrary intelligence'
part 2 or its own quote and the nine later quote_ids), speaks_for 13 rows outside the is_quote
and speaker differences (b002 Lew, b009 Gowdy and Cummings, b019 the state Senate's president
pro-tem, b026 the Sony executives), speaker_title 19 (b009 Merrill, b014 Sandy Levin, b019
Pelosi, b031 Zhang Hung) and speaker_as_written 1 (b010 'new national pride'); see
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
