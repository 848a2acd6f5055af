"""Agreement between the two labelling passes of the forty-ninth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 48 apply them (hold-out 16's functions,
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

This set (40 articles zy001-zy040, the forty-ninth hold-out; seed 20261499, drawn in session 33 on
2026-12-07 at about 10:28 UTC after the session's quote rules (code `6fbe951`), and sealed outside
the repository until its single scoring) was labelled outside the repository, in /work/s33/q49,
where ``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to the
repository's hold-out 16 folder, so that this script resolves there as it does in the repository.
On its passes (363 rows in pass a and 363 in pass b: the same 363 stretches, all with the same
start, end and ``quote``, so every unit is a pair, nested stretches included; every row starting
right after a quotation mark but one, zy005 1268-1347, Turnbull's words after 'but, he added,'
whose opening mark is missing, and ending at a closing mark but eight: the wire convention's open
paragraphs of zy009, zy011 and zy016 and zy009's parts ended before a reopening mark where NPR's
text has lost the paragraph break; no row holds a newline): is a quote 363 units, 1.000 / 1.000
(none differs); kind 310 both call quotes, 0.997 / 0.993 (1 differs: zy005 1268, 'Turnbull says
he's aware ..., but, he added, the question is ...', a's full or b's fragment); speaker type 310,
0.997 / 0.996 (1 differs: zy025 3765, Denise Roth Barber of the National Institute on Money in
State Politics, a's ``expert`` or b's ``ngo_un``); speaker (exact) 310, 0.945 (17 differ: zy015
367, the tweet of a's '@Lilakoi_Moon account' or b's 'a Twitter account claiming to be that of “The
Cosby Show” actress Lisa Bonet'; zy016 182, a's 'the diplomatic source' or b's 'foreign diplomatic
sources'; zy025 2007, 2118, 2780 and 2830 and zy035 351, 364, 462, 552, 672 and 762, poll answers
that a share of respondents 'said', a's groups ('likely voters', 'likely Pennsylvania voters',
'Clinton supporters', 'Trump supporters') or b's shares as written ('44 percent', 'Sixty-nine
percent of likely voters in the state', 'Nine percent', ...); zy030 675, 744, 980, 1008 and 1568,
a's 'Ryan' and 'Romney' or b's 'Paul Ryan' and 'Mitt Romney', names that stand only inside
quotation marks). Their other disagreements (in 45 stretches of 11 articles: 16 titles and 10
speaks_for besides the 17 speakers, the kind and the type; no is_quote, reason, as-written,
quote_id or part differs) are not measured here; agreement alone does not show the agreed calls
right, as both passes read the same precedents (hold-outs 46 and 47): the adjudication decided 22
stretches for a, 23 for b and none for neither, and corrected three agreed rows (zy004 1914,
Franklin Roosevelt, given no role in the column, ``unknown`` for both passes' ``official``; zy037
3053 and zy038 4667, the main clause after a fronted adverbial and 'she says,' or 'he said,',
``full`` for both passes' ``fragment``).
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
