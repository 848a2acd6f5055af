"""Agreement between the two labelling passes of the forty-eighth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 47 apply them (hold-out 16's functions,
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

This set (40 articles zx001-zx040, the forty-eighth hold-out; seed 20261493, drawn in session 33
on 2026-12-07 at about 09:17 UTC at the session's start (code `cea5e9b`), before any of the
session's rules, and sealed outside the repository until its single scoring) was labelled outside
the repository, in /work/s33/q48, where ``texts/`` holds the staged articles and
``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. On its passes (331 rows in pass a and 331 in pass b:
the same 331 stretches, all with the same start, end and ``quote``, so every unit is a pair, nested
stretches included; every row starting right after a quotation mark but two, zx018's second and
third paragraphs of a Reddit post inside one pair of marks, and ending at a closing mark but
twelve: the wire convention's open paragraphs of zx005, zx006, zx009 and zx039, zx004's three open
paragraphs ended at the reopening marks glued to the next sentence, zx018's first two paragraphs
and zx031 1265-1396, Hanna's part 2 with no closing mark; zx019's 42 JavaScript string literals
are units, ``other`` in both; no row holds a newline): is a quote 331 units, 0.997 / 0.992 (1
differs: zx021 732, 'almost always have the goods . ' in a machine-translated sentence of what 'is
reported in the supply chain', a's scare or b's quote of the supply chain); kind 243 both call
quotes, 0.996 / 0.992 (1 differs: zx030 380, 'some of his rally attendees have chanted "CNN
sucks" when Trump broaches ...', a's fragment or b's full); speaker type 243, 0.967 / 0.958 (8
differ: zx011 3893 and 4083, Trotsky, 'an idea man behind the Russian Revolution', a's
``unknown`` or b's ``politician``; zx023 267 and 2139, Doug Letter, the House Judiciary
Committee's lawyer, a's ``official`` or b's ``politician``; zx028 314 and 377, 'two Americas,'
and 'daily ugliness.', a's Martin Luther King Jr. ``unknown`` or b's Rand Paul ``politician``;
zx034 3279 and 3344, Obama's 'millionaires and billionaires' and 'war on women.', a's
``official`` or b's ``politician``); speaker (exact) 243, 0.984 (4 differ: zx002 1593,
'support', a's "NBC's debate moderator and many others" or b's "NBC's debate moderator"; zx028
314 and 377, a's Martin Luther King Jr. or b's Rand Paul; zx031 3164, 'systemic failures', a's
Accountability Review Board or b's 'the board’s recommendations'). Their other disagreements (in
42 stretches of 17 articles: 17 titles, 12 speaks_for, 11 as-written phrases, and the reason,
kind, speaker and type that go with zx021's is_quote difference; no quote_id or part differs) are
not measured here; agreement alone does not show the agreed calls right, as both passes read the
same precedents (hold-outs 46 and 47): the adjudication decided 26 stretches for a, 15 for b and 1
for neither (zx040 741, 'The party chairman' with no title), and corrected one agreed row (zx026
958, Mulvaney, named only in a related-link widget, ``unknown`` for both passes' ``official``).
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
