"""Agreement between the two labelling passes of the twentieth quotes hold-out set (hold-out 20).

The first quotes set's rules, as hold-outs 14 to 19 apply them (hold-out 16's functions,
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

On this set's passes (289 rows each, the same 289 spans: no stretch in one pass only, no span
that differs, and the paragraph parts of f004, f006, f010, f026 and f029 cut at the same
offsets): is a quote 289 units, 0.997 / 0.986 (1 differs: f032 'clean coal', scare or Trump's
words); kind 245 both call quotes, 1.000 / 1.000; speaker type 245, 0.976 / 0.967 (6 differ:
f008 Merrill x2, official or politician; f017 x2, the officials ``anonymous`` or Trump
``official``; f022 'one cynic', unknown or anonymous; f034 'Russia', military or official);
speaker (exact) 245, 0.984 (4 of the 245 differ: f010 2643 John Dowd or Sally Yates, f017 x2
'White House officials' or Donald Trump, f022 1552 'Washington Post' or 'this preposterous
article'; f034 'the defence ministry' / 'The defence ministry' x2 is equal after
lower-casing). The other disagreements of the passes are in fields this table does not
measure (speaker_title 26, speaks_for 12, speaker_as_written 6, the non-quote reason 3; see
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
