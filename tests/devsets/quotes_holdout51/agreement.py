"""Agreement between the two labelling passes of the fifty-first quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 50 apply them (hold-out 16's functions,
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

This set (40 articles zza001-zza040, the fifty-first hold-out; seed 20261511, drawn in session 35
on 2026-12-07 at about 14:40 UTC at the session's start (code `328e664`), before any of the
session's rules, and sealed outside the repository until its single scoring) was labelled outside
the repository, in /work/s35/q51, where ``texts/`` holds the staged articles and
``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. On its passes (331 rows in pass a and 331 in pass b:
the same 331 stretches, all with the same start, end and ``quote``, so every unit is a pair, nested
stretches included; every row starting right after a quotation mark and ending at its closing mark
but four: zza015 442-507, the open first paragraph of al-Adnani's tweet; zza012 796-962 and
4576-4815, each ended at the reopening mark of the next part where the Newsmax text has lost its
paragraph breaks; zza012 4848-4964, Trump's nested words, never closed, ended at the outer closing
mark; no row holds a newline): is a quote 331 units, 1.000 / 1.000 (none differs); kind 281 both
call quotes, 1.000 / 1.000 (none differs); speaker type 281, 0.961 / 0.952 (11 differ: zza002 2319,
Chris Christie's 'reexamine', given no role, a's ``unknown`` or b's ``politician``; zza016 167,
1285, 1422 and 1535, Raven-Symone denying a parody site's Cosby story, a's ``unknown`` or b's
``witness_resident``; zza018 183 and 222, what 'reports' say of al-Baghdadi, a's ``unknown`` or b's
``media``; zza026 822, Mitch Baker of the Washington Association of Sheriffs and Police Chiefs, a's
``ngo_un`` or b's ``official``; zza035 1640 and 1926, Mark Krikorian of the Center for Immigration
Studies, 'which advocates limited immigration', a's ``expert`` or b's ``ngo_un``; zza036 423, the
question the House Republicans 'framed', as NPR's Ailsa Chang said on Morning Edition, a's
``politician`` (Republicans in the House) or b's ``media`` (Ailsa Chang)); speaker (exact) 281,
0.989 (3 differ: zza009 1358 and 1481, a's 'a local resident' or b's 'a local resident who had
relatives there'; zza036 423, a's 'Republicans in the House' or b's 'Ailsa Chang'). Their other
disagreements (in 42 stretches of 23 articles: 24 titles, 7 as-written phrases, 4 speaks_for and one
reason, zza001 2900 'cultural paratroopers', a's ``name`` or b's ``scare``, besides the type and
speaker differences; no is_quote, kind, quote_id or part differs) are not measured here; agreement
alone does not show the agreed calls right, as both passes read the same precedents (hold-outs 49
and 50): the adjudication decided 22 stretches for a, 15 for b and 5 for neither (zza016's four, a's
title 'the actress' with b's type; zza026 822, a's type with b's empty title), and corrected no
agreed row.
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
