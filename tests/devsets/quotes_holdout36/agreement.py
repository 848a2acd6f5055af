"""Agreement between the two labelling passes of the thirty-sixth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 35 apply them (hold-out 16's functions,
``../quotes_holdout16/agreement.py``, pointed at this folder): rows of the two passes are the
same unit when they belong to the same article and their spans overlap (each row of pass b
pairs with at most one row of pass a, the first overlapping one in pass a's order); a span
listed by one coder only counts as ``is_quote = no`` for the other. Krippendorff's alpha
(nominal) on ``is_quote`` over all units, and on ``kind`` and ``speaker_type`` over the units
both coders call quotes; exact agreement on the resolved speaker after lower-casing and
removing titles of address (*Mr., Mrs., Ms., Dr.*). Rows with ``quote_id = 0`` (articles
without marks) are left out; this set has none.

The computation reproduces hold-out 15's published table (``quotes_holdout15/README.md``: is
a quote 306 units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927;
speaker 260, 0.992) when run on that folder's passes: ``python agreement.py
path/to/quotes_holdout15``.

This set (40 articles zk001-zk040) was labelled outside the repository, in /work/s27/q36, where
``texts/`` holds the staged articles and ``../quotes_holdout16`` is a link to the repository's
hold-out 16 folder, so that this script resolves there as it does in the repository. On its passes
(322 rows each; the same 322 stretches, all with the same start, end and ``quote``; every row
boundary a quotation mark but for five ends and two starts cut alike by both: the open paragraphs
in the wire convention of zk018, zk021 (two) and zk037, zk036's unclosed list entry, and zk030's
and zk036's lost opening marks; no row holds a newline): is a quote 322 units, 0.991 / 0.969 (3
differ: zk005 278, the columnist's echo 'no longer “happening.”', a's ``scare`` or b's quote of
Michael Goodwin; zk006 2790, 'serial presidential speeches about backing up our national "ideals
and principles"', a's ``scare`` or b's quote of the speeches; zk008 1555, 'One of those "big
things"', a's ``scare`` or b's quote of Obama); kind 262 both call quotes, 0.992 / 0.984 (2
differ: zk031 1233, '"Then the women's movement came alive at the end of the '60s," and "..."',
a's fragment or b's full; zk031 4425, the Fourteenth Amendment's clause between dashes after 'The
words of ...', a's fragment or b's full); speaker type 262, 0.943 / 0.927 (15 differ: zk008 4483
and 4656, Van Jones, 'now a CNN political contributor', a's expert or b's media; zk012 60 and
3583, 'Husband Bill' Clinton, and zk040 804, 904, 1137, 1244, 2383 and 2608, George Conway and
Eric Trump, relatives given no other role, a's witness_resident or b's unknown; zk037 594 and
767, Meghan McCain on The View, a's media or b's witness_resident; zk037 4220, 4268 and 4336,
the retired general and 'television analyst' McInerney, a's military or b's expert); speaker
(exact) 262, 1.000 (the passes give a different speaker only on the three is_quote rows, where
one of them gives none). The passes agree on every other is_quote, kind and type call, the ones
each flags as unsure included; agreement alone does not show those calls right, as both passes
read the same precedents (hold-outs 34 and 35).

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 322 stretches | 0.991 | 0.969 |
| kind (full / fragment) | 262 both call quotes | 0.992 | 0.984 |
| speaker type | 262 | 0.943 | 0.927 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 262 | 1.000 | |

The other disagreements of the passes (45 stretches in 12 articles differ in a labelled field) are
in fields this table does not measure: speaker_title 19 (zk031's fifteen Ginsburg rows, 'Justice,
the 86-year-old feminist icon' or 'Justice'; zk006 295, Kennedy, none or 'the new president';
zk011 706, Giuliani, his appositive or the lede's "President Donald Trump's personal attorney";
zk038 3682, Cruz, none or 'Senator'; and zk008 1555 with its speaker), speaker_as_written 4 (zk022
1508 and 1595, 'he' or 'New York plastic surgeon Matthew Schulman'; zk022 2590, empty or 'she';
and zk006 2790 with its speaker), grouping (zk022 2590, the stand-alone '“Omg ... going viral
right now,”', its own id or part 2 of the 'she wrote' quote, with quote_id 3 and part 1 differing
as the later ids are renumbered), reason 5 (zk011 956, the nested 'Can the president pardon
himself?', ``other`` or ``scare``; zk036 1434, 'chained CPI', ``scare`` or ``name``; and the three
is_quote rows) and speaks_for 1 (zk015 490, 'the man in the video', 'ISIS' or none); see
``adjudicate.py``.

Run: ``python agreement.py`` (reads ``labels_a.csv`` and ``labels_b.csv`` next to this file).
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
