"""Agreement between the two labelling passes of the thirty-fourth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 33 apply them (hold-out 16's functions,
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

This set (40 articles zi001-zi040) was labelled outside the repository, in /work/s26/q34, where
``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to the repository's
hold-out 16 folder, so that this script resolves there as it does in the repository. On its passes
(293 rows each; the same 293 stretches, all with the same start, end and ``quote``; every row
boundary a quotation mark but for five ends and three starts cut alike by both: zi016's open
paragraph in the wire convention, the four lines of zi021's epigraph in one pair of marks, and
zi024's stretch that lost its closing mark): is a quote 293 units, 0.990 / 0.956 (3 differ: zi001
2234 and 2253, 'he prefers the descriptor "libertarian" over "libertarian-leaning Republican."', a's
``scare`` or b's quotes of Amash; zi039 996, 'just the demand that we “believe all women.”', a's
quote of the Democrats or b's ``name``); kind 252 both call quotes, 0.996 / 0.991 (1 differs: zi004
1209, Nowrasteh's part 2 '“but it is manageable ...”', a's full or b's fragment); speaker type 252,
1.000 / 1.000; speaker (exact) 252, 0.976 (6 differ: zi021 1874, a's 'Naif' or b's 'Prince Naif';
zi033 316, a's 'Hill' or b's 'The Hill'; zi038 2217 and 2266, a's 'a daffy document drafted by
hotheads' or b's 'a list of demands'; zi039 1984 and 2118, a's 'CNBC' or b's 'the CNBC headline').
The passes agree on every other is_quote, kind and type call, the ones each flags as unsure
included; agreement alone does not show those calls right, as both passes read the same precedents
(hold-outs 32 and 33).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 293 stretches | 0.990 | 0.956 |
| kind (full / fragment) | 252 both call quotes | 0.996 | 0.991 |
| speaker type | 252 | 1.000 | 1.000 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 252 | 0.976 | |

The other disagreements of the passes (42 stretches in 14 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 19 (zi001, Amash's title with or without ', the
most libertarian member of Congress', 9 rows, the two is_quote rows among them; zi006, Putin, 'the
Russian leader' or 'Russian leader', 3 rows; zi009, Hutchison's title with or without 'the', 2 rows;
zi011, Glaser's 'Professor' or his appositive, 4 rows, and Jones-Brown's title with or without her
book), speaks_for 9 (zi010, the video's fighter, 'Levant Liberation Committee' or 'Tahrir al-Sham',
2 rows; zi021, Merriam-Webster or empty, 3 rows; zi023, Gilleran, empty or 'U.S.-led coalition', 2
rows; zi024 1357, 'hospital' or empty; zi033 316 with its speaker), quote_id 5 and part 4 (zi035,
the jokes listed under 'Romney' and 'Obama', one id each or one quote per heading in three parts),
reason 4 (zi010 577, the logo's “What Are You Waiting For?”, ``other`` or ``name``, and the three
is_quote rows) and speaker_as_written 4 (zi036 232, "Rubio's claims" or 'Rubio', and the three
is_quote rows); see ``adjudicate.py``.

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
