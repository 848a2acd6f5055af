"""Agreement between the two labelling passes of the forty-sixth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 45 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the same
unit when they belong to the same article and their spans overlap (each row of pass b pairs with at
most one row of pass a, the first overlapping one in pass a's order); a span listed by one coder
only counts as ``is_quote = no`` for the other. Krippendorff's alpha (nominal) on ``is_quote`` over
all units, and on ``kind`` and ``speaker_type`` over the units both coders call quotes; exact
agreement on the resolved speaker after lower-casing and removing titles of address (*Mr., Mrs.,
Ms., Dr.*). Rows with ``quote_id = 0`` (articles without marks) are left out.

The computation reproduces hold-out 15's published table (``quotes_holdout15/README.md``: is a quote
306 units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927; speaker 260,
0.992) when run on that folder's passes: ``python agreement.py path/to/quotes_holdout15``.

This set (40 articles zv001-zv040, the forty-sixth hold-out; seed 20261481, drawn in session 32
on 2026-12-07 at about 07:15 UTC at the session's start, code ``033afa8``, and sealed outside the
repository while the session's rules were written) was labelled outside the repository, in
/work/s32/q46, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to
the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (365 rows in pass a, 364 in pass b: the same 364 stretches, all with the
same start, end and ``quote``, and a's one more, zv032 3468-3572, Hillary Clinton's words nested in
Trump's tweet and sharing its opening mark, which pairs with no row of pass b and so counts as a
unit of its own, a's ``yes`` against ``no``; every row starting right after a quotation mark and all
but six ending at one: the wire convention's open paragraphs of zv003, the Times story's nut graph,
two of Dowd's and one of Bai's, and zv035, the administration official's first, and zv030 2155-2234,
Nadelmann's unclosed words; no row holds a newline): is a quote 365 units, 0.989 / 0.955 (4 differ:
zv008 692, 'a few months' in the Times excerpt, a's scare or b's quote of an unknown source; zv010
4329, 'Iranian Logistics Compound' in the IDF's list, a's name or b's quote of the IDF; zv023 395,
'gender theory', a's quote of the Vatican's document or b's scare; zv032 3468-3572, a's alone); kind
311 both call quotes, 0.997 / 0.993 (1 differs: zv003 2285, 'And: “Some Democrats say, ...”', a's
full or b's fragment); speaker type 311, 0.990 / 0.988 (3 differ: zv016 405, the rumor report of
'female users', a's ``unknown`` or b's ``media``; zv022 3552, 'win-win,', a's ``official`` or b's
``anonymous``; zv040 2417, Alan García, a's ``official`` or b's ``politician``); speaker (exact)
311, 0.990 (3 differ: zv001 2585, a's 'the document' or b's 'one document'; zv016 405, a's 'the
report' or b's 'One slightly sketchy rumor'; zv022 3552, a's 'White House' or b's 'Sources'). Their
other disagreements (in 72 stretches of 21 articles once a's extra row is set aside: 35 titles, 20
as-written phrases, 15 quote_ids, 14 of them zv032's later quotes numbered one higher by pass a
after its extra row, 5 speaks_for and one part) are not measured here; agreement alone does not show
the agreed calls right, as both passes read the same precedents (hold-outs 44 and 45): the
adjudication left a's nested row out (the gold keys its rows by their start, and one opening mark
opens one row) and, on two decided stretches, corrected a type both passes gave alike (zv020 1822
and 2031, Sheikh Ahmed Aburisha, ``armed_group`` -> ``witness_resident``, as holdout26's gold gives
the same body, za032).
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
