"""Agreement between the two labelling passes of the fifty-fourth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 53 apply them (hold-out 16's functions,
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

This set (40 articles zzd001-zzd040, the fifty-fourth hold-out; strata as ``articles.csv`` gives
them: article_bias_prediction war 10, other 4 and other top-up 18, FNC-1 8; seed 20261543, drawn in
session 38 on 2026-12-07 at about 22:53 UTC at the session's start (code `f7020a3`), before any of
the session's rules, by hold-out 53's rule (item prefix 'zzd'), and sealed outside the repository
until its single scoring) was labelled outside the repository, in /work/s38/q54, where ``texts/``
holds the staged articles and ``../quotes_holdout16`` is a link to the repository's hold-out 16
folder, so that this script resolves there as it does in the repository. The passes were two
separate sessions of an AI annotator, not people. On its passes (352 rows in pass a and 352 in pass
b: the same 352 stretches, all with the same start, so every unit is a pair, nested stretches
included; all with the same end and ``quote`` but zzd008 892 and 3280, whose paragraphs lost their
breaks, a's ending before the space before the shared reopening mark and b's at that mark; every
row starting right after a quotation mark and ending at its closing mark but those two, zzd006
1347-1422 (no closing mark, ended before ', but added,') and zzd013 2736-3042 (a wire-convention
paragraph left open); no row holds a newline; pass a 308 quote parts, 188 full and 120 fragment,
pass b 308, 184 and 124): is a quote 352 units, 0.994 / 0.974 (2 differ: zzd022 1242 'taken aback'
after 'was said to have been', a's quote of an unknown speaker or b's ``scare``; zzd028 322, the
question the conversation 'kept circling around to' nested in Lankford's quote, a's ``other`` or
b's quote of an unknown speaker); kind 307 both call quotes, 0.987 / 0.973 (4 differ: the
noun-phrase crossheads zzd005 1765 ‘CLEAR DIRECTION’, zzd007 3657 "LARGER DOSE OF TRUMP" and zzd025
1947 ‘OUTRAGEOUS PRICE FOR A VERY MODEST DRUG’, and zzd009 106, Rand Paul's 'saying, “I am not an
isolationist,” and laying out ...', a's ``full`` or b's ``fragment`` on all four); speaker type
307, 0.954 / 0.942 (14 differ: zzd001 2377 and 2637, the professor Misurell-Mitchell at the
protest, a's ``witness_resident`` or b's ``expert``; zzd004 255, 3327 and 4052, Nidal Hasan, a's
``armed_group`` or b's ``unknown``; zzd022 1601 and 1871, Kushner's lawyer Jamie Gorelick, a's
``unknown`` or b's ``official``; zzd029 1316 and 1557, the farmers' attorney Mark Wasser, a's
``expert`` or b's ``witness_resident``; zzd038 2724, 2931, 2967, 3092 and 3269, Matt Bevin's tweets
after leaving office, a's ``official`` or b's ``politician``); speaker (exact) 307, 0.984 (5
differ: zzd026 3436, the dash line '— Editorial, Wall Street Journal', a's 'Wall Street Journal' or
b's 'Editorial'; zzd027 425 and 1635, 'The Wrap' or 'Wrap' and 'The Hill' or 'Hill'; zzd036 329 and
714, 'invaders.', a's 'Donald Trump campaign' or b's 'a campaign of hate'). Their other
disagreements (in 91 stretches of 26 articles that differ in a labelled field, none in the
grouping: as-written phrases in 51, nearly all a's name against b's whole attributing phrase with
its appositive or relative clause; speaks_for in 23, among them zzd011 5005 "South Korea’s main
opposition party" or none, zzd020 335 and 647 Cringely's 'Forbes.com' or none, zzd031's ten
Abramson rows 'Harvard' or none, zzd034 1250 McCain's 'Senate Committee on Armed Services' or none,
and names with or without 'The'; titles in 9, zzd001 1748 'protester' or none, zzd004 3624 and 3772
'One of the prosecutors, Lt. Col.' or 'Lt. Col., one of the prosecutors', zzd038 2007
'Commonwealth’s Attorney' or 'Commonwealth’s Attorney, also a Republican' and zzd040's five Romney
rows 'the candidate' or none; and the reasons of the two is_quote differences) are not measured
here; agreement alone does not show the agreed calls right, as both passes read the same precedents
(hold-out 53 and earlier gold files): the adjudication decided 16 stretches for a, 74 for b
(zzd008's two ends among them) and 3 for neither (zzd001 1748, b's as-written with the title
'Another protester'; zzd004 3624, b's as-written with a's title; zzd031 213, b's as-written with
a's speaks_for 'Harvard'), and corrected no agreed row.
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
