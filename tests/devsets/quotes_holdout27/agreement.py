"""Agreement between the two labelling passes of the twenty-seventh quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 26 apply them (hold-out 16's functions,
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

On this set's passes (40 articles zb001-zb040, 217 rows each; the same 217 stretches, all with
the same start, end and ``quote``, and the same quote_ids and parts; every row boundary is a
quotation mark but four, which both passes cut alike: zb013 681, a paragraph with a closing
mark and no opening one; zb026 837, a lone closing mark after a closed pair; zb035 2083, a
mark that never closes; zb038 2187, the wire convention's open paragraph): is a quote 217
units, 0.986 / 0.947 (3 differ: zb021 1615 'black', a's quote of Aiden Steward or b's scare;
zb022 1538 'barely contain', a's quote of BBC News or b's scare; zb027 1743 'caliphate', a's
scare or b's quote of the Islamic State); kind 182 both call quotes, 0.984 / 0.965 (3 differ:
zb009 2111, Fallon's stretch continued by the reporter's 'the divisions in 2016', a's fragment
or b's full; zb036 296 and 469, 'President Trump says ‘Robert E. Lee was a great general’
during Ohio rally' in NBC's tweet, a's full or b's fragment); speaker type 182, 0.989 / 0.986
(2 differ: zb019 1375 'Another intermediary', unknown or anonymous; zb031 714, the marked
report sentence 'Meanwhile a source on the ground said ...', a's source, anonymous, or b's
Sana, media); speaker (exact) 182, 0.978 (4 differ: zb001 2727 and 3047, the former DHS
secretaries' letter, 'a letter to the president and Congress' with or without 'on Thursday
asking them restore the department’s funding'; zb026 1163, 'a local activist' with or without
'speaking to AFP on condition of anonymity'; zb031 714, 'a source on the ground' or 'Sana').

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 217 stretches | 0.986 | 0.947 |
| kind (full / fragment) | 182 both call quotes | 0.984 | 0.965 |
| speaker type | 182 | 0.989 | 0.986 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 182 | 0.978 | |

The other disagreements of the passes (23 stretches in 15 articles differ in a labelled field)
are in fields this table does not measure: speaker_title 10 (zb007 Dowd x3, 'their colleague' or
none; zb012 Mattis x2, with or without 'a retired four-star Marine general whom the president
previously called a hero'; zb023 Whitman x2, with or without 'who has the job of reviving the
fortunes of the 75-year-old firm'; zb024 Persson, with or without 'who is better known in the
gaming world by his gamer name, Notch'; zb035 Khamenei x2, with or without 'trusted'),
speaks_for 7, four of them outside the is_quote and speaker differences (zb007 Dowd x3, New York
Times or none; zb024 Persson, Mojang or none) and speaker_as_written 7, three of them outside
those (zb001 251 'President Trump' or 'he'; zb007 2320 'she' or 'her'; zb008 2030 Pompeo with or
without his relative clause); see ``adjudicate.py``.

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
