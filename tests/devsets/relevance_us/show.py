"""Print the articles of the US-coverage event-relevance set, for labelling.

The development set's ``show.py`` (``../relevance/show.py``: the texts read
from the corpora, never from the repository; mentions of the place marked
``[[Raqqa]]``) pointed at this folder's ``items.csv`` and places.

Run from the repository root::

    export CORPUSKIT_DATA=/work/shared/corpora
    python tests/devsets/relevance_us/show.py u0001
    python tests/devsets/relevance_us/show.py --from u0001 --to u0020
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = _load("relevance_show", HERE.parent / "relevance" / "show.py")
dev.ITEMS = HERE / "items.csv"
dev.PLACES = _load("relevance_us_sample", HERE / "make_sample.py").PLACES

if __name__ == "__main__":
    dev.main()
