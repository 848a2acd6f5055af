"""Draw the thirty-fifth naming-referent hold-out sample (run once; the output is committed).

The thirty-fifth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261531, drawn 2026-12-07 at about 21:59 UTC in session 37 (main at ``8d5852c``), after the
session's naming rules, so that it measures them on unseen hits, and kept sealed outside the
repository until its single scoring. By hold-out 33's rule: the corpora of hold-out 33 (BBC News
and EUvsDisinfo, hold-out 17's; the UN General Debate, hold-out 18's; the SemEval-2020 task 11
articles, hold-out 10's) by hold-out 20's two-stage draw (``draw_sample`` of
``../naming_holdout20/make_sample.py``: every hit of the ``opposition``, ``government`` and
``army`` branches of ``actor_naming`` in sentences of 20 to 600 characters, at most one hit per
document and stratum, leaving out every document of every earlier set: the first set, its
tuning-only extra sample and hold-outs 1 to 34):

1. each stratum drawn from news: BBC News (2004-2005), the SemEval-2020 task 11 propaganda
   articles and EUvsDisinfo's case texts, up to its size;
2. each stratum topped up to its size from the UN General Debate speeches (2011-2024), leaving
   out the documents of stage 1.

Stage 1 gave 106 hits (BBC News 39, EUvsDisinfo 60, SemEval-2020 task 11 7): terrorists,
opposition, government and regime 22 each, authorities 18; stage 2 gave 50 (all UN General
Debate): fighters 22, armed groups 20, rebels 8. So the strata are fighters, terrorists,
opposition, government and regime 22 each, armed groups 20, authorities 18 and rebels 8, with no
militants, insurgents, jihadists or army hit: 156 hits from 152 documents. The ``pool`` column
keeps ``draw_sample``'s names: ``war`` is stage 1 (the news) and ``outside_wars`` stage 2 (the UN
speeches); neither says anything about the text. Items ``ni0001``-``ni0156`` (the single letters
and ``na`` to ``nh`` being spent). One hit, ni0134, repeats hold-out 33's ng0186: its EUvsDisinfo
document differs from ng0186's only by a ``-2`` suffix, which the exclusion of earlier documents
missed.

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout35/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261531
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 35))),
]
NEWS_POOL = ("bbc_news", "ptc_semeval2020_task11", "euvsdisinfo")
SPEECH_POOL = ("ungdc",)


def _twentieth():
    """The twentieth hold-out's draw script, whose ``draw_sample`` this set's rule is."""
    path = DEVSETS / "naming_holdout20" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_holdout20_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    twentieth = _twentieth()
    sample = twentieth.draw_sample(SEED, SEEN, "ni", pools=(NEWS_POOL, SPEECH_POOL))
    twentieth.write(sample, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
