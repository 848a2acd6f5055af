"""Agreement between the two labelling passes of the eleventh naming hold-out set.

Loads ``../naming_holdout/agreement.py`` (the first set's units and variables:
percent agreement and Krippendorff's alpha on ``referent``, ``use`` and ``use``
over hits both coders say name an actor) and points it at this folder.

Run from the repository root: ``python tests/devsets/naming_holdout11/agreement.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_holdout_agreement", HERE.parent / "naming_holdout" / "agreement.py"
)
first_holdout = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_holdout)
first_holdout.HERE = HERE

if __name__ == "__main__":
    first_holdout.main()
