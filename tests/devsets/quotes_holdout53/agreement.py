"""Agreement between the two labelling passes of the fifty-third quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 52 apply them (hold-out 16's functions,
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

This set (40 articles zzc001-zzc040, the fifty-third hold-out; seed 20261525, drawn in session 37
on 2026-12-07 at about 20:36 UTC at the session's start (code `e125131`), before any of the
session's rules, by hold-out 52's rule, and sealed outside the repository until its single scoring)
was labelled outside the repository, in /work/s37/q53, where ``texts/`` holds the staged articles
and ``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so that this script
resolves there as it does in the repository. The passes were two separate sessions of an AI
annotator, not people. On its passes (346 rows in pass a and 346 in pass b: the same 346 stretches,
all with the same start, end and ``quote``, so every unit is a pair, nested stretches included;
every row starting right after a quotation mark and ending at its closing mark but twelve: the
paragraphs left open in zzc016 (506, 573, 636, 888), zzc019 (626, 1078, 1316, 1400, 1614) and
zzc039 (208), each ended at its paragraph or, where the breaks were lost, before the next mark,
link line or caption, and zzc031's 1232-1294 and 1627-1852, whose single straight mark also opens
the next stretch; no row holds a newline): is a quote 346 units, 0.988 / 0.952 (4 differ: zzc023
3192 'True' and 3202 'Mostly True.' of 'Everything they investigated for veracity was rated as
...', and 3229 'true' and 3287 'mostly true' of 'Hillary was “true” in saying ...', CNN's rating
labels, a's quotes of CNN or b's ``scare``); kind 296 both call quotes, 0.980 / 0.958 (6 differ:
zzc005 112, Trump's 'They threw Russia out' between dashes inside the reporter's sentence, a's
``fragment`` or b's ``full``; zzc014 4215, 4243, 4502 and 4530, Feinstein's ‘I know what I’m doing’
and ‘you didn’t vote for me’ nested in Hasan's quote and again in his embedded tweet, a's ``full``
or b's ``fragment``; zzc029 3907, a Guardian article's clause after the reporter's 'and according
to a separate Guardian article', a's ``fragment`` or b's ``full``); speaker type 296, 1.000 / 1.000
(none differs); speaker (exact) 296, 0.970 (9 differ: zzc015 722, the police document, a's
description with 'describing a baggage theft' or b's without; zzc029 2986, 2998 and 3017, 'The Wall
Street Journal' or 'Wall Street Journal'; zzc038 2300, a's 'Uber' or b's 'the message from Uber';
zzc040 589, 799, 2699 and 3085, a's 'a letter to congressional committees' or b's 'Langhofer’s
letter'). Their other disagreements (in 35 stretches of 19 articles, none in the grouping:
speaks_for in 12, among them zzc009 1788 Comey's 'FBI' or none, zzc019 626 and 780 Cringely's
'Forbes' or none and zzc020 1073 and 1404 Mladenov's 'U.N.' or 'United Nations'; as-written phrases
in 8, four of them among the is_quote differences above; titles in 3, zzc004 1207 'House Speaker, a
Republican' or 'House Speaker' and zzc033 478 and 1034 'the president' or 'The president'; reasons
in 4 besides the is_quote ones, zzc006 1663 'entity list' a's ``scare`` or b's ``name``, zzc024
1339 and 1354 'SBU' and 'Sensitive But Unclassified.' a's ``other`` or b's ``scare``, zzc039 2929
'Democrat Party' a's ``name`` or b's ``scare``; and zzc011 743's capitals, which the lower-cased
comparison does not count) are not measured here; agreement alone does not show the agreed calls
right, as both passes read the same precedents (hold-out 52 and earlier gold files): the
adjudication decided 15 stretches for a, 19 for b and 1 for neither (zzc015 722, b's empty
as-written with a's fuller description of the document), and corrected no agreed row.
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
