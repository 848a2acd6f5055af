"""Agreement between the two labelling passes of the thirty-fifth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 34 apply them (hold-out 16's functions,
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

This set (40 articles zj001-zj040) was labelled outside the repository, in /work/s26/q35, where
``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to the repository's
hold-out 16 folder, so that this script resolves there as it does in the repository. On its passes
(343 rows each; the same 343 stretches, all with the same start, end and ``quote``, and the same
quote_ids and parts; every row boundary a quotation mark but for three ends and two starts cut
alike by both: zj012's and zj023's lost opening marks, zj015's unclosed title, zj020's open
paragraph in the wire convention and zj033's lost closing mark; one row of each pass, zj019
930-1122, runs over a single newline and is cut in two in the gold): is a quote 343 units, 0.997 /
0.990 (1 differs: zj035 1026, 'Described by some as a “destination-based” tax', a's quote of
'some' or b's ``scare``); kind 284 both call quotes, 0.982 / 0.962 (5 differ: zj007 946, Obama's
'"..." adding that ...', a's full or b's fragment; zj012 2993, 'But he quickly added: "through
attrition."', a's fragment or b's full; zj030 367, '"..." a village south of Jarabulus said ...',
a's full or b's fragment; zj031 3127, Kahan's part 2 '"helped to offset bias ..."', a's fragment or
b's full; zj039 2002, 'as he then slammed, "The Radical Left Do Nothing Democrats."', a's fragment
or b's full); speaker type 284, 0.975 / 0.970 (7 differ: zj028 944 and 957, 'statements about
"errors" and "negligence" from those whose military operation ...', a's military or b's official;
zj038 1525, Bannon at Moore's rally, a's media or b's politician; zj039 3596, 3642, 3849 and 3940,
Trump at the Tulsa rally, a's official or b's politician); speaker (exact) 284, 0.975 (7 differ:
zj024 425 and 832, a's 'defence ministry in Moscow' or b's with 'the'; zj028 944 and 957, a's
'those whose military operation ...' or b's 'Russian Foreign Ministry'; zj029 1537, a's 'Assad
regime' or b's 'President Bashar Assads regime'; zj029 2444 and 2464, a's 'state news agency' or
b's 'The state news agency'; zj029 2678 differs only in case, which the measure ignores). The
passes agree on every other is_quote, kind and type call, the ones each flags as unsure included;
agreement alone does not show those calls right, as both passes read the same precedents
(hold-outs 33 and 34).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 343 stretches | 0.997 | 0.990 |
| kind (full / fragment) | 284 both call quotes | 0.982 | 0.962 |
| speaker type | 284 | 0.975 | 0.970 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 284 | 0.975 | |

The other disagreements of the passes (38 stretches in 19 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 9 (zj003 1759, Mattis, 'a retired Marine Corps
four-star general' or 'Former Defense Secretary'; zj005 2689, Marks, 'president of the National
Association of Immigration Judges' or 'San Francisco immigration Judge'; zj010 2901 and 3096,
Clinton, 'rival' or 'the former secretary of state'; zj023 3466, 3581, 3634 and 3697, Ahmed, 'A
Madaya resident speaking from the bus garage inside Aleppo' or 'A Madaya resident'; zj037 1008,
Trump, 'The president' or 'the president'), speaker_as_written 9 (zj017 2639 and zj033 1181, with
or without 'himself'; zj036 840, 'he' or 'Paul'; zj039 397, 'the supporters' or 'They'; zj039
3849 and 3940, 'His few references to race' or 'His'; and zj028 944 and 957 and zj035 1026 with
their speakers), speaks_for 7 (zj014 3351, 3814 and 4032, Damore, 'University of Nevada, Las Vegas'
or 'Latino Decisions'; zj005 2689, zj028 944 and 957 and zj029 1537 with their titles or
speakers) and reason 4 (zj005 700, 'rocket docket', ``name`` or ``scare``; zj039 664 and 681, the
signs' "Trump 2020" and "America First.", ``name`` or ``other``; and the is_quote row); quote_id
and part never differ; see ``adjudicate.py``.

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
