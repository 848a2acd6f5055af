"""Agreement between the two labelling passes of the twenty-eighth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 27 apply them (hold-out 16's functions,
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

On this set's passes (40 articles zc001-zc040, 305 rows each; the same 305 stretches, all with
the same start, end and ``quote``; every row boundary is a quotation mark but seven, which both
passes cut alike: zc005 3875, a lone closing mark after a closed pair; zc005 4819, the wire
convention's open paragraph; zc009 1940, a paragraph with a closing mark and no opening one;
zc018 2412 and zc025 438, marks that never close, ended before the attribution; zc025 2638 and
zc028 751, open stretches in one-line FA-KES texts whose paragraph break became a space): is a
quote 305 units, 0.997 / 0.984 (1 differs: zc001 1157, the crosshead 'Checks and Balances',
a's quote of Donald Trump or b's scare); kind 270 both call quotes, 1.000 / 1.000 (none
differs); speaker type 270, 1.000 / 1.000 (none differs); speaker (exact) 270, 0.981 (5
differ: zc011 1543, 1625, 3946, 4061 and 4121, a's 'Jon Stewart', written only inside
Warren's quote, or b's 'Stewart').

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 305 stretches | 0.997 | 0.984 |
| kind (full / fragment) | 270 both call quotes | 1.000 | 1.000 |
| speaker type | 270 | 1.000 | 1.000 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 270 | 0.981 | |

The other disagreements of the passes (24 stretches in 6 articles differ in a labelled field)
are in fields or groupings this table does not measure: grouping (zc010 4720, 'I would bring
this country back ...' after the sentence that attributes the "fantastic job" fragment, a's
part 2 or b's own id, with zc010's four later quote_ids renumbered), speaker_title 17 (zc001
1157 with its is_quote; zc011 Stewart x5, none or 'the host'; zc017 Tridevil x5, none or
'Florida woman'; zc018 Obama x4, 'President' or 'the President'; zc038 Jordan x2, with or
without ', R-Ohio'), speaker_as_written 2 (zc001 1157; zc017 681, 'the report' with or
without 'which listed the missing contents') and speaks_for 1 (zc038 736, the former Energy
Department loan director Whitcombe, none or 'Energy Department'); see ``adjudicate.py``.

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
