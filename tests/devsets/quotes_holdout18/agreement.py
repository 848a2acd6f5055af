"""Agreement between the two labelling passes of the eighteenth quotes hold-out set (hold-out 18).

The first quotes set's rules, as hold-outs 14 to 17 apply them (hold-out 16's functions,
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

On this set's passes (315 rows each, the same 315 spans: no stretch in one pass only and no
span that differs): is a quote 315 units, 0.990 / 0.963 (3 differ: h014 'propertarianism' and
'democratize', h028 'What could go wrong?'); kind 266 both call quotes, 1.000 / 1.000; speaker
type 266, 1.000 / 1.000; speaker (exact) 266, 0.981 (5 of the 266 differ: the h019 Biden ads
x2, the campaign or the ads, h030 'Army' / 'The Army', h035 'Syrias armed forces' / 'Syrian
armed forces' x2). The other disagreements of the passes are in fields this table does not
measure (quote_id and part, speaker_as_written, speaker_title, speaks_for, the non-quote
reason; see ``adjudicate.py``).

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
