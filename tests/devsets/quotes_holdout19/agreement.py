"""Agreement between the two labelling passes of the nineteenth quotes hold-out set (hold-out 19).

The first quotes set's rules, as hold-outs 14 to 18 apply them (hold-out 16's functions,
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

On this set's passes (296 rows each, the same 296 spans: no stretch in one pass only and no
span that differs): is a quote 296 units, 0.997 / 0.986 (1 differs: g009 'shadow banning');
kind 254 both call quotes, 1.000 / 1.000; speaker type 254, 0.992 / 0.989 (2 differ: g003
Arpaio x2, official or politician); speaker (exact) 254, 0.937 (16 of the 254 differ: 14 in the
written form of the same document or description, a determiner or a description's length: the
g001 White House report x4 and the U.S. code, g010 the indictment, g022 the letter x2, g026 the
liaisons, the French report and the official statement x2, g029 the petition, g031 the head
office; g022 398 the senators as a count or as McConnell and 21 colleagues; g036 'the UN' or
the UN World Food Programme; g024 'CELEBRITIES' / 'Celebrities' is equal after lower-casing).
The other disagreements of the passes are in fields this table does not measure (speaker_title,
speaks_for, speaker_as_written, the non-quote reason; see ``adjudicate.py``).

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
