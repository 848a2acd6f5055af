"""Agreement between the two labelling passes of the forty-fifth quotes hold-out set.

The first quotes set's rules, as hold-outs 14 to 44 apply them (hold-out 16's functions,
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

This set (40 articles zu001-zu040, the forty-fifth hold-out; seed 20261475, drawn in session 31
on 2026-12-07 at about 05:00 UTC after the session's speaker rules and the type model's refit, code
``da1ebcd``) was labelled outside the repository, in /work/s31/q45, where ``texts/`` holds the
staged articles and ``../quotes_holdout16`` is a link to the repository's hold-out 16 folder, so
that this script resolves there as it does in the repository. On its passes: (316 rows each; the
same 316 stretches, all with the same start, end and ``quote`` and the same quote_ids and parts;
every row starting right after a quotation mark and all but eleven ending at one: the five open
paragraphs of Cai Tuan's quote and the hospital spokesman's first paragraph in zu016 and three open
excerpt paragraphs in zu026, left open by the wire convention, zu026 3233-3839, ended before the
zero-width joiner that stands for a lost break, and zu017 1033-1057, Cameron's words cut by a photo
credit; no row holds a newline; four rows, the empty string literals of zu017's page JavaScript at
3618, 3651, 3688 and 3725, have start = end and so overlap no row, and each pass's four count as
units of their own, which is why the table has 320 units for 312 paired stretches): is a quote 320
units, 1.000 / 1.000 (none differ); kind 270 both call quotes, 1.000 / 1.000 (none differ);
speaker type 270, 0.996 / 0.995 (1 differs: zu037 4330, Odysseas Papadimitriou, 'head of CardHub, a
credit-card research site', a's ``unknown`` or b's ``expert``); speaker (exact) 270, 0.996 (1
differs: zu008 4449, 'the government there once called John Bolton "human scum"', a's 'the
government there' or b's 'North Korea'). Their other disagreements (29 as-written phrases, 11
titles, 5 speaks_for, in 38 stretches of 12 articles) are not measured here; the passes agree on
every is_quote, reason and kind and on every other type, and agreement alone does not show those
calls right, as both passes read the same precedents (hold-outs 43 and 44): the adjudication
corrected three agreed types (zu009 1762 and zu033 763, the EU's, ``ngo_un``; zu011 2842, Ailes,
named only in a link line, ``unknown``) and, on two decided stretches, the hospital spokesman's
(zu016 1051 and 1216, ``unknown``).
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
