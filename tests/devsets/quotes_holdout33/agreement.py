"""Agreement between the two labelling passes of the thirty-third quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 32 apply them (hold-out 16's functions,
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

This set (40 articles zh001-zh040) was labelled in session 25's q33 folder outside the repository,
/work/s25/q33, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to
the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (293 rows each; the same 293 stretches, all with the same start, end and
``quote``; every row boundary a quotation mark but for ten open or damaged ends (zh005, zh012,
zh016, zh020, zh030, zh031, zh040) and the start of zh020's postscript, which lost its opening mark,
cut alike by both): is a quote 293 units, 0.993 / 0.973 (2 differ: zh006 51, 'legislative language
"authorizing" President Obama's war ... Earnest confirmed', a's quote of Earnest or b's ``scare``;
zh031 2089, the crosshead 'Perjury trap', a's ``scare`` or b's quote of Giuliani); kind 248 both
call quotes, 0.988 / 0.972 (3 differ: zh004 301, 'their response is consistent: "..." And "We need
fewer guns, not more guns."', and zh007 507, 'the following lines: “...,” and “the economy is a much
bigger problem.”', a's full or b's fragment; zh037 3746, 'Wolff added, "...," but quickly turned
...', a's full or b's fragment); speaker type 248, 0.976 / 0.970 (6 differ: zh014 3248, Al Sharpton,
a's ngo_un or b's unknown; zh033 337, 1134, 1645 and 1718, the cosmonaut Alexei Leonov, a's
witness_resident or b's unknown; zh038 4414, Jason Bordoff, given no role, a's expert or b's
unknown); speaker (exact) 248, 0.952 (12 differ: zh020's five teacher rows, a's 'the unidentified
teacher' or b's 'a primary school teacher', and five letter rows, a's 'The unidentified girl' or b's
'A nine-year-old child'; zh030 857, a's 'the terrorists' or b's 'Syria insurgents'; zh037 530, a's
'a notable passage in Fire and Fury' or b's 'a notable passage in "Fire and Fury"'). The passes
agree on every other is_quote, kind and type call, the ones each flags as unsure included; agreement
alone does not show those calls right, as both passes read the same precedents (hold-outs 31 and
32).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 293 stretches | 0.993 | 0.973 |
| kind (full / fragment) | 248 both call quotes | 0.988 | 0.972 |
| speaker type | 248 | 0.976 | 0.970 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 248 | 0.952 | |

The other disagreements of the passes (55 stretches in 16 articles differ in a labelled field; none
in quote_id or part) are in fields this table does not measure: speaker_title 25 (zh021, Tomaselli's
and Fonarow's titles with or without what follows the name, 5 rows; zh025 1164, 'director' or 'SOHRs
director'; zh031, Giuliani's title with or without 'one of Trump's lawyers in the Russia
investigation', 16 rows; zh032 1035, Kasich, 'its governor' with or without 'and his rival'; the two
is_quote rows), speaker_as_written 11 (zh007 461 and 507, 'Trump' or 'he'; zh007 2298 and 2367,
'his' or empty; zh016 942 and 1089, with or without the dashed 'now recovering from his mauling';
zh031 4789 and 5000 and zh039 2130, with or without a relative clause; zh037 530, with or without
'in "Fire and Fury,"'; zh006 51 with its quote), speaks_for 3 (zh030 410, 'police' or empty; zh033
3899, empty or 'Science Museum'; zh006 51 with its quote) and reason 3 (zh019 895, 'Duo camera',
``scare`` or ``name``, and the two is_quote rows); see ``adjudicate.py``.

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
