"""Agreement between the two labelling passes of the thirty-eighth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 37 apply them (hold-out 16's functions,
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

This set (40 articles zm001-zm040, the thirty-eighth hold-out) was labelled outside the repository,
in /work/s28/q38, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link
to the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (289 rows each; the same 289 stretches, all with the same start, end and
``quote``; every row starting right after a quotation mark but zm032 2789, where the opening mark
was lost, and every row ending at one but for four ends cut alike by both: the open paragraphs in
the wire convention of zm001 and zm012, the paragraph break lost in zm025's one-line text and
zm030's missing closing mark; no row holds a newline): is a quote 289 units, 1.000 / 1.000 (the
passes agree on every is_quote call); kind 247 both call quotes, 0.996 / 0.992 (1 differs: zm039
395, 'says Dean Obeidallah, ... And “up until a few years ago, ...”', a's full or b's fragment after
the reporter's 'And'); speaker type 247, 0.988 / 0.984 (3 differ: zm001 1153, 5144 and 5329,
Madeleine K. Albright 'in a conference call arranged by the Obama campaign', a's ``politician`` or
b's ``official``); speaker (exact) 247, 0.968 (8 differ: zm007 2943, a's 'Prophet Muhammad' or b's
'Muhammad'; zm025 1251 and zm027 375 and 1031, a's 'Islamic State group' and 'Islamic State
militants group' or b's 'Islamic State'; zm033 1057, a's 'The first definition' or b's 'its first
definition of racism'; zm033 4387, 4730 and 4962, a's 'The text of the resolution' or b's with ',
which is sponsored by freshman Rep. Tom Malinowski (D-N.J.)'). The passes agree on every other
is_quote, kind and type call, the ones each flags as unsure included; agreement alone does not show
those calls right, as both passes read the same precedents (hold-outs 36 and 37).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 289 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 247 both call quotes | 0.996 | 0.992 |
| speaker type | 247 | 0.988 | 0.984 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 247 | 0.968 | |

The other disagreements of the passes (32 stretches in 14 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 14 (zm005 288, 315, 419, 444 and 2128, Trump,
'President' or 'the president'; zm005 1298, 1399 and 1472, McMaster, 'national security adviser' or
'his national security adviser'; zm011 1512, Reid, 'Senate Majority Leader, Nevada Democrat' or
'Senate Majority Leader'; zm012 2169 and 2230, Warner, 'Sen., of Virginia' or 'Sen.'; zm036 1462,
Trump, 'the president' or 'President'; zm007 2943, none or 'the Prophet'; zm001 5329, 'former
Secretary of State' or 'the former secretary of state'), speaks_for 4 (zm040 1508, the campaign ad,
none or 'J.D. Winteregg campaign'; and the three Islamic State rows), quote_id 3 and part 1 (zm012
3473, Fitch's 'he added' paragraph after his open one, part 3 of his quote or a quote of its own,
which renumbers 4327 and 4724), speaker_as_written 3 (zm006 332, the Harder letter with or without
'representing Trump and his campaign'; zm037 2139, 'Mr. Trump’s comments in a tweet' with or without
'earlier Thursday'; zm040 1068, 'a toddler-toting woman' with or without the scene after it) and
reason 1 (zm018 1301, 'several of his “family” members', ``scare`` or ``name``); see
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
