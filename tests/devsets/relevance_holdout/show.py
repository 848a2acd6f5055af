"""Print the articles of the event-relevance hold-out set, for labelling.

The development set's ``show.py`` (``../relevance/show.py``: the texts read
from the corpora, never from the repository; mentions of the place marked
``[[Aleppo]]``) pointed at this folder's ``items.csv``.

Run from the repository root::

    export CORPUSKIT_DATA=/work/shared/corpora
    python tests/devsets/relevance_holdout/show.py v0001
    python tests/devsets/relevance_holdout/show.py --from v0001 --to v0020
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "relevance_show", Path(__file__).parent.parent / "relevance" / "show.py"
)
dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dev)
dev.ITEMS = Path(__file__).with_name("items.csv")

if __name__ == "__main__":
    dev.main()
