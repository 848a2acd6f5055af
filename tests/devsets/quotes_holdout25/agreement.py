"""Agreement between the two labelling passes of the twenty-fifth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 24 apply them (hold-out 16's functions,
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

On this set's passes (40 articles a001-a040, 273 rows each; the same 273 stretches, all with
the same start, end and ``quote``; the paragraph parts of a001, a010 and a022 and the
damaged-mark spans a004 2848-2972, a009 1679-1769 and a030 1619-1703 cut at the same offsets
by both): is a quote 273 units, 0.996 / 0.970 (1 differs: a019 202 'ambitious scrub', a's
quote of 'the report' or b's scare); kind 255 both call quotes, 0.996 / 0.991 (1 differs:
a027 1445, the OHCHR's claim, a's fragment or b's full); speaker type 255, 0.957 / 0.946 (11
differ: a006 916, 990, 1253, 1301, 1752 and 3968, Gov. Mike Pence, politician or official;
a013 2011, anonymous or military; a018 711, politician or anonymous; a024 842, 1293 and 1477,
Donna Brazile, expert or politician); speaker (exact) 255, 0.965 (9 differ: a004 821, 'The
ARB, in its unclassified form' or 'the review by a State Department Accountability Review
Board'; a007 2178, 'The social media posts' or 'Make America Awesome PAC'; a011 899, 'a
statement carried on the state-run Korean Central News Agency' or 'a spokesman for the
foreign ministry'; a011 1125, 'Obama' or 'an executive order'; a013 1942, 1957 and 2011,
'Pentagon officials' or 'Multiple sr defense officials' / 'Pentagon'; a018 711, 'Jeb Bush' or
'two people in the room'; a020 935, 'administration sources' or 'White House people'; a021
1424, 'smugglers' or 'Smugglers', differs only in case and counts as agreeing).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 273 stretches | 0.996 | 0.970 |
| kind (full / fragment) | 255 both call quotes | 0.996 | 0.991 |
| speaker type | 255 | 0.957 | 0.946 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 255 | 0.965 | |

The other disagreements of the passes (58 stretches in 19 articles differ in a labelled field;
none in quote_id or part) are in fields this table does not measure: speaker_title 34 rows
outside the speaker differences (a001 Gibbs, a003 Hutchinson, a005 Overman and Vicente, a010
Giuliani and Sekulow, a018 Jeb Bush, a019 Binney and Inman, a020 McCain and Hagel, a021 'one
immigration attorney', a023 Hurd and Pearce, a032 Abu Thayyab), speaks_for 1 outside them (a040
'a source in Salamiyeh National Hospital') and speaker_as_written 2 (a007 1676 'an article'
or 'an article giving ten reasons'; a038 242 with or without '(IFRC)'); see ``adjudicate.py``.

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
