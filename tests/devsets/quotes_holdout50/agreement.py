"""Agreement between the two labelling passes of the fiftieth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 49 apply them (hold-out 16's functions,
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

This set (40 articles zz001-zz040, the fiftieth hold-out; seed 20261505, drawn in session 34 on
2026-12-07 at about 11:52 UTC at the session's start (code `c5b8cc0`), before any of the session's
rules, and sealed outside the repository until its single scoring) was labelled outside the
repository, in /work/s34/q50, where ``texts/`` holds the staged articles and ``../quotes_holdout16``
is a link to the repository's hold-out 16 folder, so that this script resolves there as it does in
the repository. On its passes (391 rows in pass a and 391 in pass b: the same 391 stretches, all
with the same start, end and ``quote``, so every unit is a pair, nested stretches included; every
row starting right after a quotation mark but one, zz019 891-1223, the second paragraph of IBM's
statement inside one pair of marks, and ending at a closing mark but seven: the wire convention's
open paragraphs of zz001, zz010, zz017 (two) and zz022, IBM's first paragraph and zz040's unclosed
part of Santorum's words; no row holds a newline): is a quote 391 units, 0.992 / 0.976 (3 differ:
zz013 1899, the words God 'says this morning through His Word' in Tyson's sermon, a's ``other`` or
b's quote of 'God'; zz029 2387 'negative tone' and 2749 'offensive,', what the writer 'was
encouraged' and 'had been told' in class, a's ``scare`` or b's quotes of an unknown speaker); kind
312 both call quotes, 1.000 / 1.000 (none differs); speaker type 312, 0.978 / 0.971 (7 differ: zz007
93, Netanyahu, given no role in the op-ed, a's ``official`` or b's ``unknown``; zz009 1633, Hawaii
Lieutenant Governor Doug Chin on the travel ban, a's ``official`` or b's ``politician``; zz009 4217
and zz036 3116, the former officials John Bellinger and Ari Fleischer, a's ``expert`` or b's
``official``; zz030 2304, 2575 and 2693, Mayor Rahm Emanuel on the teachers' contract, a's
``official`` or b's ``politician``); speaker (exact) 312, 0.974 (8 differ: zz006 505 and 750, a's
'Rigell’s letter' or b's 'a letter to colleagues'; zz006 4119 and 4209, a's 'Howard “Buck” McKeon'
or b's 'Howard McKeon'; zz021 333, a's 'Sheikh Motlab al Nabet' or b's 'Motlab al Nabet'; zz026
2120, a White House statement, a's 'an official statement' or b's 'White House'; zz036 5163, a's
'Buzzfeed' or b's "Buzzfeed's post"; zz036 5201, a's 'a “source close to the show”' or b's 'source
close to the show'). Their other disagreements (in 44 stretches of 18 articles: 13 titles, 8
speaks_for, 7 as-written phrases and one reason, zz021 2059, besides the is_quote, type and speaker
differences; no quote_id or part differs) are not measured here; agreement alone does not show the
agreed calls right, as both passes read the same precedents (hold-outs 48 and 49): the adjudication
decided 16 stretches for a, 28 for b and none for neither, and corrected two agreed rows (zz036
3435, 'a White House official', given the White House as speaks_for, which both passes left empty;
zz039 1857, 'Stand With Rand' on sweatshirts with no slogan label, ``other`` for both passes'
``name``).
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
