"""Agreement between the two labelling passes of the fortieth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 39 apply them (hold-out 16's functions,
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

This set (40 articles zo001-zo040, the fortieth hold-out) was labelled outside the repository, in
/work/s29/q40, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to
the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (283 rows each; the same 283 stretches, all with the same start, end and
``quote`` and the same quote_ids and parts; every row starting right after a quotation mark but one,
zo019 306, where the opening mark was lost, and every row ending at one but for five ends cut alike
by both: two open paragraphs in the wire convention (zo013 985, zo035 4643) and three paragraphs of
NPR's block quotes whose breaks were flattened into spaces (zo040 961, 1098, 2095); no row holds a
newline): is a quote 283 units, 0.993 / 0.973 (2 differ: zo022 2854, 'the recent "hiatus" in global
warming can be explained ..., according to D’Aleo', a's fragment quote of Joseph D’Aleo or b's
``scare``; zo028 661, 'in "barrel bomb" attacks - strikes in which ... - the group said', a's
fragment quote of the Syrian Observatory for Human Rights or b's ``scare``); kind 239 both call
quotes, 1.000 / 1.000 (the passes agree on every kind of the stretches both call quotes); speaker
type 239, 0.996 / 0.994 (1 differs: zo001 2683, Obama's 'get the transcript.' in the 2012 debate,
a's ``official`` or b's ``politician``); speaker (exact) 239, 0.979 (5 differ: zo004 799 and 2540,
a's 'the church’s leadership' or b's 'the church leaders'; zo022 2600, 'temperature time series each
having a flat trend.', a's 'D’Aleo and his colleagues' or b's 'the report by economist James
Wallace, climatologist John Christy and meteorologist Joseph D’Aleo'; zo040 1847 and 2097, a's
'(Charleston) Post and Courier' or b's 'The (Charleston) Post and Courier'). The passes agree on
every other is_quote, kind and type call, the ones each flags as unsure included; agreement alone
does not show those calls right, as both passes read the same precedents (hold-outs 38 and 39).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 283 stretches | 0.993 | 0.973 |
| kind (full / fragment) | 239 both call quotes | 1.000 | 1.000 |
| speaker type | 239 | 0.996 | 0.994 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 239 | 0.979 | |

The other disagreements of the passes (28 stretches in 15 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 16 (zo002 2036, Trump, 'the front-runner for
Republicans’ presidential nomination' or 'The GOP presidential candidate'; zo004 3893, 3926 and
4198, Noelle York-Simmons, 'Rev., the rector' or 'the rector'; zo005 3902, Roizman, "the mayor of
Russia's fourth-largest city, Yekaterinburg" or 'one of the rare opposition politicians to hold a
significant elected office'; zo008 1387, Obama, 'President' or 'the president'; zo013 3243, Reid,
'Senate Majority Leader' or 'the majority leader'; zo022 2854, D’Aleo's 'meteorologist' or none,
with the is_quote difference; zo028 1073, SANA, none or 'state news agency'; zo032 3969, Don Jr.,
'The president’s son' or 'the president’s son'; zo035 4259, 4522, 4646 and 4710, Mike Johanns, with
or without 'worried about marijuana traveling up the Interstate 76 corridor from Colorado into his
state'; zo036 2467 and 2550, the trio, 'Sen.; Sens.; Sens.' or 'Sen., of Utah; Sens., of Texas;
Sens., of Florida'), speaks_for 5 (zo002 822 and 1192, Victoria Atkins, 'a conservative member of
Parliament', none or 'Parliament'; zo028 661, with the is_quote difference; zo040 1847 and 2097,
with the speaker), speaker_as_written 6 (zo006 5468, Reid's 'rash', 'he' or 'Senate Majority Leader
Harry Reid'; zo009 626, 'Gabbard, who is not running for reelection to Congress' or 'Gabbard'; zo014
2290, 'his line' or 'his'; zo022 2600, 'D’Aleo and his colleagues' or none, with the speaker; zo022
2854 and zo028 661, with the is_quote difference), and reason 2 and kind 2 (the two is_quote
differences); see ``adjudicate.py``.

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
