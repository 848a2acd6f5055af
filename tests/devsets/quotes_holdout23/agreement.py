"""Agreement between the two labelling passes of the twenty-third quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 22 apply them (hold-out 16's functions,
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

On this set's passes (315 rows each; the same 315 stretches, all with the same start, end and
``quote``; the paragraph parts of c025 and c030 and the damaged-mark span c004 3100-3234 cut
at the same offsets by both): is a quote 315 units, 0.994 / 0.974 (2 differ: c015 4571
'roaming', a's scare or b's quote of Trump; c029 61 'magical moment', a's quote of Kirchner or
b's scare); kind 269 both call quotes, 1.000 / 1.000; speaker type 269, 0.993 / 0.991 (2
differ: c007 721 'aides', anonymous or politician; c013 3624 the nested 'Well, what exactly are
you talking about?', Obama's official or b's unknown); speaker (exact) 269, 0.985 (4 differ:
c009 2798 and 3036 'Washington Post’s editorial board' or 'Washington Post editorial board';
c013 3624 Obama or unknown; c022 2497 'Two survivors from the Florida high school shooting' or
'David Hogg and Cameron Kasky'). The other disagreements of the passes are in fields this
table does not measure (grouping 4 rows in c019, speaker_title 20 rows outside the is_quote
and type differences, speaker_as_written 6 and speaks_for 1, and the reason of three
stretches both call not quotes: c004 'birthers', c012 'party of stupid.', c023 'star'; see
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
