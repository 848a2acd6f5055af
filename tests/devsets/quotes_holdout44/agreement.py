"""Agreement between the two labelling passes of the forty-fourth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 43 apply them (hold-out 16's functions,
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

This set (40 articles zt001-zt040, the forty-fourth hold-out; seed 20261469, drawn in session 30
on 2026-12-07 at about 02:48 UTC after all the session's quote rules, code ``cb778bb``) was labelled
outside the repository, in /work/s30/q44, where ``texts/`` holds the staged articles and
``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. On its passes: (377 rows each; the same 377 stretches,
all with the same start, end and ``quote`` and the same quote_ids and parts; every row starting
right after a quotation mark and all but four ending at one: zt011 2832, Cillizza's paragraph left
open by the wire convention, zt024 1681 and 1880, the open third paragraph of Gorka's letter and its
last paragraph with no closing mark, and zt035 4831, Trump's last tweet running to the end of the
text; no row holds a newline): is a quote 377 units, 0.979 / 0.917 (8 differ: zt004 111 and 136, the
story highlight's "binders full of women," and "horses and bayonets", a's ``scare`` or b's fragment
quotes of Mitt Romney and Obama; zt004 1177, 1296, 1332, 1357 and 1402, 'oops!' and the four
'botched phrases deemed to be gaffes', a's ``scare`` or b's quotes with the speaker unknown; zt011
755, ‘Benghazi’ 'was the term that stood out most', a's ``scare`` or b's quote of the respondents);
kind 316 both call quotes, 0.994 / 0.987 (2 differ: zt006 2320, Christie's 'But still, "you have to
take him seriously ..."', and zt011 528, the poll's 'And "nearly one-quarter of Republicans ..."',
a's full or b's fragment); speaker type 316, 0.949 / 0.932 (16 differ: zt001 2816, Bush at Yale, a's
``witness_resident`` or b's ``official``; zt004 913, Obama's debate line, a's ``politician`` or b's
``official``; zt011 740, 'described as "strong,"', a's respondents ``witness_resident`` or b's poll
``media``; zt014 244, 353, 560, 3678, 3722, 3916, 3929 and 3965, the Chiefs' Kelce, Hill and coach
Reid, a's ``unknown`` or b's ``witness_resident``; zt023 2777 and 4084, Sekulow, a's ``ngo_un`` or
b's ``expert``; zt027 2065, a's Rodriguez ``official`` or b's critics ``politician``; zt034 3168,
Bill Clinton in 2008, a's ``politician`` or b's ``official``; zt040 1007, Smollett's attorneys, a's
``unknown`` or b's ``expert``); speaker (exact) 316, 0.984 (5 differ: zt007 777, a's 'NBC's "Today"
show' or b's 'NBC'; zt010 2080 and 2255, a's 'Bret Steph' as printed or b's 'Bret Stephens'; zt011
740, a's 'respondents' or b's 'a new Reuters/Ipsos poll'; zt027 2065, a's 'Jose A Rodriguez Jr' or
b's 'some of today's biggest critics'). Their other disagreements (titles, speaks_for, as-written
phrases and the reasons of three non-quotes, zt032 891, 1646 and 1767) are not measured here; the
passes agree on every other is_quote, kind and type call, and agreement alone does not show those
calls right, as both passes read the same precedents (hold-outs 42 and 43).
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
