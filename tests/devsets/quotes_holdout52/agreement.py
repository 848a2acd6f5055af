"""Agreement between the two labelling passes of the fifty-second quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 51 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the same
unit when they belong to the same article and their spans overlap (each row of pass b pairs with at
most one row of pass a, the first overlapping one in pass a's order); a span listed by one coder
only counts as ``is_quote = no`` for the other. Krippendorff's alpha (nominal) on ``is_quote`` over
all units, and on ``kind`` and ``speaker_type`` over the units both coders call quotes; exact
agreement on the resolved speaker after lower-casing and removing titles of address (*Mr., Mrs.,
Ms., Dr.*). Rows with ``quote_id = 0`` (articles without marks) are left out; this set has none.

The computation reproduces hold-out 15's published table (``quotes_holdout15/README.md``: is a
quote 306 units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927; speaker
260, 0.992) when run on that folder's passes: ``python agreement.py path/to/quotes_holdout15``.

This set (40 articles zzb001-zzb040, the fifty-second hold-out; seed 20261517, drawn in session 36
on 2026-12-07 at about 17:10 UTC at the session's start (code `85c9d50`), before any of the
session's rules, by hold-out 51's rule, and sealed outside the repository until its single scoring)
was labelled outside the repository, in /work/s36/q52, where ``texts/`` holds the staged articles
and ``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. The passes were two separate sessions of an AI
annotator, not people. On its passes (334 rows in pass a and 334 in pass b: the same 334 stretches,
all with the same start, end and ``quote``, so every unit is a pair, nested stretches included;
every row starting right after a quotation mark and ending at its closing mark but two: zzb002
4506-4622, Rycroft's first part, which has no closing mark and ends just before ' Rycroft said';
zzb014 628-745, the open paragraph of Murren's quote, ended before its newline; no row holds a
newline): is a quote 334 units, 0.985 / 0.938 (5 differ: zzb024 1150 'plausible outsider.' and 2864
'all in here,', the wording of questions put to Jeb Bush in the passive, a's ``scare`` or b's quote
of an unknown questioner; zzb032 370 'wouldn't.', the word Trump meant to say, a's ``scare`` or b's
quote of Trump; zzb032 615, the nested 'I don't see any reason why it wouldn't be Russia.' of 'The
sentence should have been, ...', a's quote of Trump or b's ``other``; zzb037 1314 'no,' of 'Many
observers will argue', a's ``other`` or b's quote of 'Many observers'); kind 285 both call quotes,
0.996 / 0.992 (1 differs: zzb013 405, the state police statement after the reporter's 'After a
2-mile chase,', a's ``full`` or b's ``fragment``); speaker type 285, 0.979 / 0.972 (6 differ:
zzb010 1434, 1450 and 1483, Trump's praise of Putin 'in the years leading up to his election', a's
``official`` or b's ``politician``; zzb023 4029, Trump's election-night tweet of 2012, a's
``unknown`` or b's ``politician``; zzb030 1591, the Oregon secretary of state Kate Brown's
'bizarre', a's ``official`` or b's ``politician``; zzb034 3224, Hillary Clinton's ' at his word '
of 2008, a's ``unknown`` or b's ``politician``); speaker (exact) 285, 1.000 (none differs). Their
other disagreements (in 63 stretches of 20 articles: the grouping of three closed next paragraphs,
zzb002 1393 and 3063 and zzb036 3207, a's part 2 or b's own quote, which renumbers the 20 later
stretches of zzb002; titles in 18 stretches and as-written phrases in 9 (two and three of them
among the is_quote differences above), speaks_for in 7 and reasons in 3 besides the is_quote ones:
zzb004 1656 the Shahada, a's ``other`` or b's ``name``, zzb017 229 'one ring' and zzb037 903
'do-nothing Congress', a's ``scare`` or b's ``name``) are not measured here; agreement alone does
not show the agreed calls right, as both passes read the same precedents (hold-out 51 and earlier
gold files): the adjudication decided 44 stretches for a, 17 for b and 2 for neither (zzb023 4029,
a's as-written with b's type; zzb036 1130, b's row with its body written as the article writes it,
'White House’s coronavirus task force'), and corrected no agreed row.
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
