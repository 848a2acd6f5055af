"""Agreement between the two labelling passes of the US-coverage relevance set.

The development set's script (``../relevance/agreement.py``: percent
agreement and Krippendorff's alpha, nominal, over all items and per half, and
the confusion of the two coders) pointed at this folder.

Run from the repository root: ``python tests/devsets/relevance_us/agreement.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "relevance_agreement", HERE.parent / "relevance" / "agreement.py"
)
dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dev)
dev.HERE = HERE

if __name__ == "__main__":
    dev.main()
