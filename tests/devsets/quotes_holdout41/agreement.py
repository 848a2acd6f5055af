"""Agreement between the two labelling passes of the forty-first quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 40 apply them (hold-out 16's functions,
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

This set (40 articles zq001-zq040, the forty-first hold-out) was labelled outside the repository, in
/work/s29/q41, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to
the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (266 rows each; the same 266 stretches, all with the same start, end and
``quote`` and the same quote_ids and parts; every row starting right after a quotation mark, and
every row ending at one but for ten ends cut alike by both: seven open paragraphs in the wire
convention (zq004 1824, zq034 982, 2399, 3719 and 4394, zq035 1373, zq036 3451), two missing closing
marks (zq010 3484, ended at its paragraph's end, and zq013 4487, ended before the columnist's
closing parenthesis) and one paragraph break of The Flip Side's excerpts flattened into a space, a
zero-width joiner and a space (zq034 5675); no row holds a newline): is a quote 266 units, 0.996 /
0.984 (1 differs: zq039 457, 'expectations have been lowered over the constant refrain of “What
about your gaffes?”', a's ``other`` or b's fragment quote with the speaker ``unknown``); kind 230
both call quotes, 0.996 / 0.991 (1 differs: zq034 5489, 'But… ‘even when a corrupt deal is struck
implicitly, ...’' nested in Noah Feldman's excerpt, a's full or b's fragment); speaker type 230,
0.965 / 0.955 (8 differ: zq002 1689, 'Surveys ..., according to the report, showed 40 percent of
analysts later claimed they “had experienced an attempt to distort or suppress intelligence.”', a's
'40 percent of analysts' ``military`` or b's the task force's report ``politician``; zq013 1,
Margaret Thatcher 'as former prime minister speaking to a member of her party', a's ``politician``
or b's ``official``; zq027 411, the 'men' who 'shouted "Allahu akbar"' in rebel videos, a's
``unknown`` or b's ``witness_resident``; zq032 1, 108, 3335 and 3444, 'Hice', whom the excerpt gives
no role, a's ``unknown`` or b's ``politician``; zq034 3766, 'one New York-based strategist', a's
``anonymous`` or b's ``expert``); speaker (exact) 230, 0.978 (5 differ: zq002 1689, a's '40 percent
of analysts' or b's 'a bombshell report released Thursday by a House Republican task force'; zq018
3914 and 4047, a's 'A commentary on the website of the People’s Daily, the Chinese Communist Party’s
main newspaper' or b's without the appositive; zq030 637 and 901, a's 'the opposition "Cham" TV
network' or b's 'Cham TV network'). The passes agree on every other is_quote, kind and type call,
the ones each flags as unsure included; agreement alone does not show those calls right, as both
passes read the same precedents (hold-outs 39 and 40).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 266 stretches | 0.996 | 0.984 |
| kind (full / fragment) | 230 both call quotes | 0.996 | 0.991 |
| speaker type | 230 | 0.965 | 0.955 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 230 | 0.978 | |

The other disagreements of the passes (58 stretches in 19 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 30 (zq002 965, 981, 1084 and 2242, Mike Pompeo,
'Rep., R-Kan.' or with ', who was involved in the House report'; zq010 2845 and 2877, Saif bin Zayed
Al Nahyan, 'Interior Minister' or with ', who is also deputy prime minister'; zq011 354, 577, 1304
and 1405, Kelly Ayotte, 'New Hampshire Sen.' or with ', a Republican'; zq032 976 and 1129, John
Cornyn, 'Sen.' or with ', who is up for reelection this fall'; zq037 1682, Michael Horowitz,
'Department of Justice Inspector General' or 'the inspector general'; zq038 1637, Deborah Fein, with
or without ', who has researched older children whose autism symptoms disappeared'; zq038 2836 and
3006, Lisa Shulman, with or without 'Dr.' before 'director of Infant and Toddler Services at ...';
zq039 1369 and 1425, Dick Harpootlian, 'South Carolina Democratic Party Chairman' or 'the
congenitally quotable South Carolina Democratic Party Chairman'; zq040 363, 531, 813, 1045, 3231,
3243, 3299, 4445, 4604, 4685, 5226 and 5277, Paul Ryan, 'House Budget Chairman' or with ', R-Wis.'),
speaks_for 28 (zq002 1689, with the speaker; zq004 2575, Bob Costas, none or 'NBC Sports'; zq004
3120 and 3642, Margaret Sullivan, 'Public Editor', none or 'New York Times'; zq009 468, Abdul Karim
Khalaf, "Iraq's military" or 'military'; zq028 2867, Shadi Matar, 'Local council' or 'local
council'; zq028 3935, Mark Toner, 'State Department' or 'United States State Department'; zq029 305
and 579, 'Military sources', 'military' or none; zq030 637 and 901, with the speaker, and 1147, 'the
opposition story', 'the opposition "Cham" TV network' or 'Cham TV network'; zq036 1707 and 1918,
Patrick Meehan, 'chairman of a House subcommittee on cybersecurity', none or 'House subcommittee on
cybersecurity'; zq038 2836 and 3006, with the title, 'Albert Einstein College of Medicine' or
"Albert Einstein College of Medicine's Children's Evaluation and Rehabilitation Center"; zq040,
Ryan's twelve rows, with the title, 'House Budget Committee' or 'Budget committee'),
speaker_as_written 3 (zq002 1689, with the speaker, '40 percent of analysts' or 'the report'; zq017
456, 'a report in the Vancouver Province' or with ', citing sources close to the situation'; zq034
2984, Chelsea Janes's excerpt after 'Yet some have noted', the byline 'Chelsea Janes, Washington
Post' or 'some'), and reason 2 and kind 2 (zq028 4282, 'the Russian-US brokered "cessation of
hostilities" deal', a's ``name`` or b's ``scare``; the is_quote difference, zq039 457, in both; and
the kind difference above); see ``adjudicate.py``.

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
