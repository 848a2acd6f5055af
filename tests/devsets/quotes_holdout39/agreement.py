"""Agreement between the two labelling passes of the thirty-ninth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 38 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the same
unit when they belong to the same article and their spans overlap (each row of pass b pairs with at
most one row of pass a, the first overlapping one in pass a's order); a span listed by one coder
only counts as ``is_quote = no`` for the other. Krippendorff's alpha (nominal) on ``is_quote`` over
all units, and on ``kind`` and ``speaker_type`` over the units both coders call quotes; exact
agreement on the resolved speaker after lower-casing and removing titles of address (*Mr., Mrs.,
Ms., Dr.*). Rows with ``quote_id = 0`` (articles without marks) are left out; this set has none.

The computation reproduces hold-out 15's published table (``quotes_holdout15/README.md``: is a quote
306 units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927; speaker 260,
0.992) when run on that folder's passes: ``python agreement.py path/to/quotes_holdout15``.

This set (40 articles zn001-zn040, the thirty-ninth hold-out) was labelled outside the repository,
in /work/s28/q39, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link
to the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (321 rows each; the same 321 stretches, all with the same start, end and
``quote`` and the same quote_ids and parts; every row starting right after a quotation mark but
four, where the opening mark was lost (zn003 461, zn015 636, zn022 1076, zn037 1461), and every row
ending at one but for 27 ends cut alike by both: zn001's missing closing mark, ended after
'desperate,' where the reporter's words resume, and 26 open paragraphs in the wire convention (zn015
13, zn019 1, zn022 9, zn037 1, zn039 2); no row holds a newline): is a quote 321 units, 1.000 /
1.000 (the passes agree on every is_quote call); kind 286 both call quotes, 0.997 / 0.992 (1
differs: zn031 4539, 'If it didn’t make sense for taxpayers, Forrester says, “We wouldn’t do it.”',
a's full or b's fragment); speaker type 286, 0.969 / 0.960 (9 differ: zn010 2487, Juan Zarate, 'a
terrorism adviser to President George W. Bush', a's ``official`` or b's ``expert``; zn014 2530, 2848
and 4609, Michael Cohen, a's ``unknown`` or b's ``witness_resident``; zn027 1484, 'Experts and
officials', a's ``anonymous`` or b's ``expert``; zn029 1069 and 1158, Mohammad Zein Khandaqani of
the opposition's Medical Council, a's ``official`` or b's ``witness_resident``; zn031 779, John
Cranley's anger at the Paris withdrawal, a's ``official`` or b's ``politician``; zn036 1795, 'A DNC
member', a's ``anonymous`` or b's ``politician``); speaker (exact) 286, 0.969 (9 differ: zn022 578,
590, 871, 962, 1064 and 1076, the girl's letter, a's 'This letter of support' or b's 'This letter
from a little girl in support of her gay teacher'; zn035 717, a's 'The report by NBC News' or b's 'a
report by NBC News'; zn035 1960, a's 'Department of Homeland Security and Office of the Director of
National Intelligence' or b's 'a joint statement on behalf of the U.S. Intelligence Community';
zn035 2478, a's 'the 17 American intelligence agencies' or b's without 'the'). The passes agree on
every other is_quote, kind and type call, the ones each flags as unsure included; agreement alone
does not show those calls right, as both passes read the same precedents (hold-outs 37 and 38).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 321 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 286 both call quotes | 0.997 | 0.992 |
| speaker type | 286 | 0.969 | 0.960 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 286 | 0.969 | |

The other disagreements of the passes (29 stretches in 13 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 8 (zn005 1550, Sanders, 'The Vemont senator' or
'the Vemont senator'; zn013 467 and 1347, Don Young, 'Alaska Rep.' or the attributing mentions' 'the
second-most senior Republican in the House' and 'an Alaska congressman'; zn017 1064 and 1161, Wayne
Tinkle, 'Oregon State coach' or 'Beavers coach'; zn031 1147, 1335 and 4759, Gregory Wetstone, 'who
heads the American Council on Renewable Energy' with or without ', an organization that advocates
for a transition to renewables in the energy sector'), speaks_for 1 (zn023 2442, 'a senior army
officer', 'army' or none), speaker_as_written 1 (zn035 1960, the agencies or the joint statement,
with its speaker) and reason 1 (zn008 1734, 'It is more like a “welcome” sign.', ``other`` or
``scare``); see ``adjudicate.py``.

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
