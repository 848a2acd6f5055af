"""Agreement between the two labelling passes of the twenty-ninth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 28 apply them (hold-out 16's functions,
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

On this set's passes (40 articles zd001-zd040, 241 rows each; the same 241 stretches, all with
the same start, end and ``quote``, and the same quote_ids and parts; every row boundary is a
quotation mark but three, which both passes cut alike: zd020 1713, the wire convention's open
paragraph; zd021 1773 and 1775, Business Insider's block quote, whose first paragraph does not
close and whose second has a closing mark and no opening one): is a quote 241 units,
0.996 / 0.987 (1 differs: zd022 1484, the phone's spoken time '"Eight forty. Forty eight ...
"- said in a metallic voice my machine', a's quote of 'my machine' or b's ``other``); kind 193
both call quotes, 1.000 / 1.000 (none differs); speaker type 193, 0.943 / 0.928 (11 differ:
zd005 3243 and 3276, the retired federal judge, a's official or b's expert; zd008 979, 1164,
2003, 2044, 2126 and 2249, Jim DeMint, the former senator heading the Heritage Foundation, a's
expert or b's politician; zd033 1525 and 2500, the poll wordings, a's polls (media, unknown) or
b's respondents (witness_resident); zd036 3317, Trump's 2008 words, a's politician or b's
unknown); speaker (exact) 193, 0.959 (8 differ: zd017 2072, a petition with or without 'calling
on EL AL to protect its female travelers'; zd021 2287, 'Verge' or 'The Verge'; zd032 2777 and
2847, 'Blue and White party' or 'Blue and White'; zd033 1525 and 2500, the polls or the
respondents; zd038 2472 and 2509, 'the researchers' or 'Researchers'; zd026's 'a' or 'A
pro-regime military source' counts alike, the comparison ignoring case).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 241 stretches | 0.996 | 0.987 |
| kind (full / fragment) | 193 both call quotes | 1.000 | 1.000 |
| speaker type | 193 | 0.943 | 0.928 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 193 | 0.959 | |

The other disagreements of the passes (44 stretches in 16 articles differ in a labelled field)
are in fields this table does not measure: reason 2 beyond zd022 (zd016 615 and 853, 'Merry
Christmas!' nested in "Don't say, ...", scare or other), speaker_title 17 (zd003 1222
Wildstein, with or without 'one'; zd014 Rubio x5, 'Sen.' or 'Sens.'; zd020 Tridevil x7,
'Tampa resident' or 'A massage therapist'; zd029 1182 Townsend, with or without 'The'; zd038
Freud x3, none or 'The man who popularized psychoanalysis'), speaks_for 7 (zd021 2287 and zd032
x2 with their speakers; zd026 1667, 'Noureddin al-Zinki' with or without 'rebel faction';
zd033 1525, CNN or none; zd035 2891 and 3361, Ian Prior, the National Republican Congressional
Committee or Mercury Public Affairs) and speaker_as_written 6 (zd003 2079, 'Pataki' or 'he';
zd016 1313, 'reportedly' or 'the New York Post'; zd020 151, with or without '(not her real
name)'; zd022 1484 and zd033 x2 with their speakers); see ``adjudicate.py``.

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
