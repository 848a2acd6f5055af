"""Agreement between the two labelling passes of the thirty-first quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 30 apply them (hold-out 16's functions,
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

This set (40 articles zf001-zf040) was labelled in session 24's q31 folder outside the
repository, /work/s24/q31, where ``texts/`` holds the staged articles and ``../quotes_holdout16``
is a link to the repository's hold-out 16 folder, so that this script resolves there as it does
in the repository. On its passes (275 rows each; the same 275 stretches, all with the same
start, end and ``quote``; every row boundary a quotation mark but for eleven open paragraph
ends, cut alike by both): is a quote 275 units, 1.000 / 1.000 (none differs); kind 229 both call
quotes, 1.000 / 1.000 (none differs); speaker type 229, 1.000 / 1.000 (none differs); speaker
(exact) 229, 0.991 (2 differ: zf015 1063, '“...,” said one.' after 'Wildlife experts believe
...', a's 'one' or b's 'Wildlife experts'; zf034 817, the State Department's health warning
'saying an employee in China had reported “...”', a's 'a health warning' or b's 'State
Department'). The passes agree on every is_quote, kind and type call, the ones each flags
as unsure included; agreement alone does not show those calls right, as both passes read the
same precedents (hold-outs 29 and 30).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 275 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 229 both call quotes | 1.000 | 1.000 |
| speaker type | 229 | 1.000 | 1.000 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 229 | 0.991 | |

The other disagreements of the passes (16 stretches in 8 articles differ in a labelled field)
are in fields this table does not measure: reason 1 (zf007 5332, 'putting domestic steel mills
“at risk.”', ``scare`` or ``other``), speaker_title 7 (zf003 4332 and 4657, Ranj Alaaldin, with
or without 'and author of a forthcoming book on Shia militias'; zf008 125 and 1307, Hollande,
'President, of France' or 'President'; zf038 2475, 3001 and 3049, Paul McHale, with or without
', and before that a three-term Democratic congressman'), speaks_for 5 (zf011 4630 and 4655,
the Marist poll, 'Marist–Knights of Columbus' or 'Marist'; zf038 5414, 5482 and 5524, Sen. Dan
Sullivan, 'Armed Services Committee' or 'Senate Armed Services Committee') and
speaker_as_written 3 (zf013 1013, the crosshead 'Proudly Nigerian', 'Nnaji' or empty; zf034 817
with its speaker; zf038 5482, “Semper Fi!”, 'his statement' or 'Sen. Dan Sullivan, ...'); see
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
