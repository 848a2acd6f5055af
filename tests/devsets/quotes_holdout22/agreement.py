"""Agreement between the two labelling passes of the twenty-second quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 21 apply them (hold-out 16's functions,
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

On this set's passes (342 rows each; the same 342 stretches, all starting at the same offsets,
one of them, d026 1060, ending at 1193 in a and 1194 in b, which pairs as one unit by overlap;
the paragraph parts of d019, d022, d025, d026, d029, d031 and d036 cut at the same offsets):
is a quote 342 units, 0.985 / 0.952 (5 differ: d015 'white hat' and 'black hat', scare or Will
Sommer's after 'According to'; d020 'deferred action', scare or Fox News's; d027 'red Indian'
and 'white privilege.', the words the false claims give Bachmann and Palin or scare); kind 276
both call quotes, 1.000 / 1.000; speaker type 276, 0.953 / 0.941 (13 differ: d016 Tom Hanks x3,
unknown or media; Quinton Winter x10 in d026, d030 and d031, witness_resident or unknown);
speaker (exact) 276, 1.000. The other disagreements of the passes are in fields this table
does not measure (grouping 7 rows in d004, speaks_for 13, speaker_title 14 and
speaker_as_written 8 outside the is_quote differences, and the end of d026 1060; see
``adjudicate.py``).

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
