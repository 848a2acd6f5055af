"""Draw the thirty-sixth naming-referent hold-out sample (run once; the output is committed).

The thirty-sixth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261547, drawn 2026-12-07 at about 22:53 UTC in session 38, at the session's start (main at
``f7020a3``), before any of the session's naming rules, and kept sealed outside the repository
until its single scoring. By hold-out 35's rule (hold-out 33's): the corpora of hold-out 33 (BBC
News and EUvsDisinfo, hold-out 17's; the UN General Debate, hold-out 18's; the SemEval-2020 task
11 articles, hold-out 10's) by hold-out 20's two-stage draw (``draw_sample`` of
``../naming_holdout20/make_sample.py``: every hit of the ``opposition``, ``government`` and
``army`` branches of ``actor_naming`` in sentences of 20 to 600 characters, at most one hit per
document and stratum, leaving out every document of every earlier set: the first set, its
tuning-only extra sample and hold-outs 1 to 35):

1. each stratum drawn from news: BBC News (2004-2005), the SemEval-2020 task 11 propaganda
   articles and EUvsDisinfo's case texts, up to its size;
2. each stratum topped up to its size from the UN General Debate speeches (2011-2024), leaving
   out the documents of stage 1.

Stage 1 gave 106 hits (BBC News 37, EUvsDisinfo 61, SemEval-2020 task 11 8): terrorists,
opposition, government and regime 22 each, authorities 18; stage 2 gave 42 (all UN General
Debate): fighters 22, armed groups 20. So the strata are fighters, terrorists, opposition,
government and regime 22 each, armed groups 20 and authorities 18, with no rebels, militants,
insurgents, jihadists or army hit: 148 hits from 147 documents. The ``pool`` column keeps
``draw_sample``'s names: ``war`` is stage 1 (the news) and ``outside_wars`` stage 2 (the UN
speeches); neither says anything about the text. Items ``nj0001``-``nj0148`` (the single letters
and ``na`` to ``ni`` being spent). One hit, nj0110, repeats hold-out 17's v0154 word for word
from another BBC document of the same story, which the exclusion of earlier documents cannot see.

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout36/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261547
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 36))),
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
    sample = twentieth.draw_sample(SEED, SEEN, "nj", pools=(NEWS_POOL, SPEECH_POOL))
    twentieth.write(sample, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
