"""Agreement between the two labelling passes of the thirty-seventh quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 36 apply them (hold-out 16's functions,
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

This set (40 articles zl001-zl040, the thirty-seventh hold-out) was labelled outside the
repository, in /work/s27/q37, where ``texts/`` holds the staged articles and
``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. On its passes (272 rows each; the same 272
stretches, all with the same start, end and ``quote`` and the same quote_ids and parts; every row
starting right after a quotation mark, and every row ending at one but for seven ends cut alike by
both: zl011's missing closing mark, ended before ' he said', and the open paragraphs in the wire
convention of zl012 (five) and zl021 (one); one closing mark, zl018 1413, ends an outer quote and
the stretch nested in it; no row holds a newline): is a quote 272 units, 0.982 / 0.939 (5 differ:
zl011 430 and 705, the poll category 'described themselves as “extremely” interested' and
'motivated', a's ``scare`` or b's quotes of the polls as documents; zl012 1729, 'Obama expressed
his concern without taking a strong stand, settling for a "review."', a's quote of Obama or b's
``scare``, the writer's echo; zl039 2405 and 2456, 'Republicans were 25% more likely to call them
a “terrorist;” Democrats were 25% more likely to use “terrorist”', a's quotes of the Twitter users
or b's ``scare``, a word used as a word); kind 219 both call quotes, 1.000 / 1.000; speaker type
219, 1.000 / 1.000; speaker (exact) 219, 0.991 (2 differ: zl019 2217 and 2394, the anaphoric
'The FSA source' and 'The FSA official' resolved by both to the fullest description, a's 'a
senior official in the Free Syrian Army' or b's with the parenthetical '(FSA)'). The passes agree
on every other is_quote, kind and type call, the ones each flags as unsure included; agreement
alone does not show those calls right, as both passes read the same precedents (hold-outs 35 and
36).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 272 stretches | 0.982 | 0.939 |
| kind (full / fragment) | 219 both call quotes | 1.000 | 1.000 |
| speaker type | 219 | 1.000 | 1.000 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 219 | 0.991 | |

The other disagreements of the passes (39 stretches in 17 articles differ in a labelled field)
are in fields this table does not measure: speaker_as_written 25 (19 rows where a keeps and b
leaves out the appositive, relative clause or party tag after the attributing name, e.g. 'Leon
Panetta, one of former President Obama’s defense secretaries' or 'Leon Panetta', 'Pelosi,
D-Calif.' or 'Pelosi'; zl022 1853, 'Whitman’s initial assessment of the company' or 'Whitman’s
initial assessment'; and the five is_quote rows), speaks_for 9 (zl007 2860, 3081 and 3264,
Stephen Miller, 'Donald Trump campaign' or none; zl019 2723, 'US State Department' or 'State
Department'; zl027 4162 and 4689, Steffen Seibert, 'German government' or none; zl028 491,
'Kurdish YPG militia' or 'YPG'; and zl011's two is_quote rows), speaker_title 5 (zl021 4122, 4174
and 4291, 'Rev.' or 'the Rev.'; zl040 2162, 'Professor' or 'the late Professor'; and zl012 1729)
and reason 6 (zl035 2164, 'answered “No”', ``scare`` or ``other``; and the five is_quote rows);
the passes give the same quote_ids and parts throughout; see ``adjudicate.py``.

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
