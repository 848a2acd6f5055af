"""Agreement between the two labelling passes of the forty-second quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 41 apply them (hold-out 16's functions,
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

This set (40 articles zr001-zr040, 122,928 characters, the forty-second hold-out; seed 20261461,
drawn in session 29 on 2026-12-07 at about 00:45 UTC after all its quote rules and the type
threshold of 0.5, code ``6af3486``) was labelled outside the repository, in /work/s29/q42, where
``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to the repository's
hold-out 16 folder, so that this script resolves there as it does in the repository. On its passes
(319 rows each; the same 319 stretches, all with the same start, end and ``quote``; every row
starting right after a quotation mark and ending at one, zr006's run-together paragraphs letting the
straight mark at 1474 end the board's open paragraph and open the endorsement's next one; no row
holds a newline): is a quote 319 units, 0.994 / 0.972 (2 differ: zr037 4292, 'the [cancellation]
notices that say, ‘You’ve lost your plan,’' nested in Glenn Kessler's quote, a's quote of the
notices or b's ``other``; zr039 68, 'Stirewalt adopted the false, GOP-inspired label of “government
run health insurance”', a's ``scare`` or b's fragment quote of Stirewalt); kind 277 both call
quotes, 1.000 / 1.000; speaker type 277, 0.996 / 0.995 (1 differs: zr025 1461, the 'rescuers' who
shouted "God is Great", a's ``ngo_un`` or b's ``witness_resident``); speaker (exact) 277, 0.953 (13
differ: zr006's eleven rows of the Times's editorial board, a's 'the Times editorial board' or b's
'New York Times editorial board', and 1377, a's board or b's 'the Times endorsement'; zr007 1771,
a's 'an executive order that will slap sanctions on any foreign companies or people who interfere in
U.S. elections' or b's 'the executive order'). Their other disagreements (titles, speaks_for,
as-written phrases and the grouping of zr006 1377 and 1475) are not measured here; the passes agree
on every other is_quote, kind and type call, and agreement alone does not show those calls right,
as both passes read the same precedents (hold-outs 40 and 41).
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
