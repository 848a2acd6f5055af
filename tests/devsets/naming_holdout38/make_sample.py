"""Draw the thirty-eighth naming-referent hold-out sample (run once; the output is committed).

The thirty-eighth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261559, drawn 2026-12-08 at about 01:31 UTC in session 39 with main at ``afeeeec``, at the
session's start, **before** any of the session's naming rules (so that it measures them on unseen
hits), and kept sealed outside the repository until its single scoring. By hold-out 37's rule
(hold-out 33's): the corpora of hold-out 33 (BBC News and EUvsDisinfo, hold-out 17's; the UN
General Debate, hold-out 18's; the SemEval-2020 task 11 articles, hold-out 10's) by hold-out 20's
two-stage draw (``draw_sample`` of ``../naming_holdout20/make_sample.py``: every hit of the
``opposition``, ``government`` and ``army`` branches of ``actor_naming`` in sentences of 20 to 600
characters, at most one hit per document and stratum, leaving out every document of every earlier
set: the first set, its tuning-only extra sample and hold-outs 1 to 37):

1. each stratum drawn from news: BBC News (2004-2005), the SemEval-2020 task 11 propaganda
   articles and EUvsDisinfo's case texts, up to its size;
2. each stratum topped up to its size from the UN General Debate speeches (2011-2024), leaving
   out the documents of stage 1.

Stage 1 gave 77 hits (BBC News 28, EUvsDisinfo 43, SemEval-2020 task 11 6): terrorists and
government 22 each, authorities 18, opposition 15; stage 2 gave 29 (all UN General Debate): regime
22, opposition 7. So the strata are terrorists, government, opposition and regime 22 each and
authorities 18, with no fighters, armed groups, rebels, militants, insurgents, jihadists or army
hit (the pools are running out): 106 hits from 105 documents (``bbc_news/tech/164`` gives two).
The ``pool`` column keeps ``draw_sample``'s names: ``war`` is stage 1 (the news) and
``outside_wars`` stage 2 (the UN speeches); neither says anything about the text. Items
``nl0001``-``nl0106`` (the single letters and ``na`` to ``nk`` being spent). Three hits repeat an
earlier set's unit from another document of the same story, which the exclusion of earlier
documents cannot see: nl0025 (hold-out 33's ng0111), nl0026 (hold-out 37's nk0037, but for two
words) and nl0065 (hold-out 10's m0097, but for one word).

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout38/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261559
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 38))),
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
    sample = twentieth.draw_sample(SEED, SEEN, "nl", pools=(NEWS_POOL, SPEECH_POOL))
    twentieth.write(sample, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
