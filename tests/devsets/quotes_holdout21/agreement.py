"""Agreement between the two labelling passes of the twenty-first quotes hold-out set (hold-out 21).

The first quotes set's rules, as hold-outs 14 to 20 apply them (hold-out 16's functions,
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

On this set's passes (280 rows each; 279 stretches with the same span, and e010's damaged
stretch, which a starts at 2899 and b at 2884 with the same end, pairs as one unit by overlap;
the paragraph parts of e010 and e012 cut at the same offsets): is a quote 280 units, 0.982 /
0.913 (5 differ: e004 'Akin plank', name or the DNC officials' words; e012 'a fairly recent
convert to Islam', scare or Northam's; e016 'the Middle East conflict.', the vague group's
words or scare; e022 'full democracies', the EIU's or scare; e035 'double tap', Siege Watch's
or scare); kind 245 both call quotes, 1.000 / 1.000; speaker type 245, 0.996 / 0.995 (1
differs: e026 Judy Norman, witness_resident or unknown); speaker (exact) 245, 0.996 (1 of the
245 differs: e012 the headline's 'Authorities' or Bob Paulson). The other disagreements of the
passes are in fields this table does not measure (speaker_title 12, speaks_for 5 and
speaker_as_written 3 outside the is_quote differences, the non-quote reason once, and the start
of e010's damaged stretch; see ``adjudicate.py``).

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
