"""Agreement between the two labelling passes of the forty-third quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 42 apply them (hold-out 16's functions,
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

This set (40 articles zs001-zs040, the forty-third hold-out; seed 20261467, drawn in session 30
on 2026-12-07 at about 02:05 UTC after its name rules, code ``5da6698``) was labelled outside the
repository, in /work/s30/q43, where ``texts/`` holds the staged articles and ``../quotes_holdout16``
is a link to the repository's hold-out 16 folder, so that this script resolves there as it does in
the repository. On its passes: (292 rows each; the same 292 stretches, all with the same start, end
and ``quote`` and the same quote_ids and parts; every row starting right after a quotation mark and
all but four ending at one: zs005 2820, the title “This Week. whose closing mark is lost before
Rogers's reopening mark, zs026 1094, a missing closing mark ended before the attribution, and zs031
2290 and 2446, the AP excerpt's flattened paragraph breaks; no row holds a newline): is a quote 292
units, 0.986 / 0.956 (4 differ: zs008 1338 and 1508, 'Heil Victory.' and 'Change The World.' nested
in the headlines of the Times and NPR, a's quotes of the alt-right and the white nationalists or b's
``name`` and ``scare``; zs035 1148, 'what economists refer to as “price insensitivity”', a's quote
of 'economists' or b's ``scare``; zs039 1553, 'apply for a "premises" license', a's quote of the
statute or b's ``scare``); kind 234 both call quotes, 0.996 / 0.991 (1 differs: zs021 3832, 'People
say "it gets better" but that isn't true', a's fragment or b's full); speaker type 234, 0.983 /
0.979 (4 differ: zs021 3832, a's ``unknown`` or b's ``witness_resident``; zs022 286 and 1786, Steven
Sotloff, a's ``witness_resident`` or b's ``media``; zs029 1957, 'President Trump's lawyer', a's
``expert`` or b's ``unknown``); speaker (exact) 234, 0.966 (8 differ: zs008 1704 and 1736, a's 'NPR
piece' or b's 'the NPR piece'; zs011 3380, a's 'Church' or b's 'the Church'; zs014 1203 and 1431,
a's 'Mitch McConnell' or b's 'McConnell'; zs020 3247, a's 'an article that is published on the Saudi
news website Hail News' or b's 'Hail News'; zs021 249 and 296, a's 'a Tumblr note' or b's 'Leelah
Alcorn'). Their other disagreements (titles, speaks_for, as-written phrases and the reasons of two
non-quotes, zs013 1990 and zs031 368) are not measured here; the passes agree on every other
is_quote, kind and type call, and agreement alone does not show those calls right, as both passes
read the same precedents (hold-outs 41 and 42).
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
