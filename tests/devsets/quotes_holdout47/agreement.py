"""Agreement between the two labelling passes of the forty-seventh quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 46 apply them (hold-out 16's functions,
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

This set (40 articles zw001-zw040, the forty-seventh hold-out; seed 20261487, drawn in session
32 on 2026-12-07 at about 08:05 UTC, after the session's quote rules (code `ebe7ee8`), and sealed
outside the repository until its single scoring) was labelled outside the repository, in
/work/s32/q47, where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to
the repository's hold-out 16 folder, so that this script resolves there as it does in the
repository. On its passes (401 rows in pass a and 401 in pass b: the same 401 stretches, all with
the same start, end and ``quote``, so every unit is a pair; every row starting right after a
quotation mark but nine and ending at one but thirteen: zw013's verse, one pair of marks over ten
one-line paragraphs, one part per paragraph, the wire convention's open paragraphs of zw021,
Tridevil's two around a photo caption, and zw023, Hanel's first, and zw024 3788-4046, Trump's
unclosed part 2; zw028's nested 'Heil Hitler.' ends at the outer quote's closing mark; no row holds
a newline): is a quote 401 units, 0.980 / 0.923 (8 differ: zw009 4748, 'separation' in the field
manual's appendix, a's quote of Fallon or b's scare; zw019 3653, 'feminist' in van Wilgenburg's
clause, a's quote or b's scare; zw028 2160, '"Exterminating Latinos."' at the head of the
columnist's paragraph, a's quote of Wallace or b's scare; zw036 1117, 1191, 1223 and 1265, the
Berkeley counter-protesters' signs, a's other or b's quotes of the protesters; zw040 19, the
standfirst's 'most comprehensive', a's scare or b's quote of the American Bar Association); kind 336
both call quotes, 0.997 / 0.993 (1 differs: zw002 421, '..., he said, "but there's enough of them
..."', a's full or b's fragment); speaker type 336, 0.967 / 0.960 (11 differ: zw011 906, the
interviewer's question, a's ``media`` or b's ``unknown``; zw011 1114, 'Obama aides', a's
``official`` or b's ``politician``; zw021 241, 'show the struggles she faces ...', a's ``unknown``
or b's ``witness_resident``; zw030 193, 304, 807, 881, 1196 and 3515, the IOC's Dick Pound and
spokesman and Australia's Olympic Committee, a's ``ngo_un`` or b's ``unknown``; zw038 1948 and 2041,
the White House petition, a's ``witness_resident`` or b's ``unknown``); speaker (exact) 336, 0.964
(12 differ: zw005 1890, a's 'Democrat Rep. Ron Barber’s first campaign ad' or b's Ron Barber; zw014
1376, 1580 and 2207, zw038 1152, 1247, 1948 and 2041 and zw039 2092, the documents' descriptions,
a's without their article or b's with it; zw021 241, a's 'unknown' or b's Jasmine Tridevil; zw021
2057, a's 'One user' or b's 'social media users'; zw033 2278, a's 'mailers' or b's United for
Progress). Their other disagreements (in 101 stretches of 19 articles: 61 quote_ids, all of them
from three grouping differences and the later ids they shift, zw009 768, zw013 884 and zw036's
signs; 18 titles, 15 as-written phrases, 8 speaks_for, 4 parts and one reason, zw040 3726
'GDPR-lite', a's name or b's scare) are not measured here; agreement alone does not show the agreed
calls right, as both passes read the same precedents (hold-outs 45 and 46): the adjudication decided
13 stretches for a, 81 for b and 7 for neither (zw009's two Panetta stretches, zw030's four Pound
parts and zw033 2278), and corrected no agreed row.
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
