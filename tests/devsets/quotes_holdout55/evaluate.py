"""Score the fifty-fifth quotes hold-out set (scored once), with the first hold-out's script.

Loads ``../quotes_holdout/evaluate.py`` and points it at this folder.
Run from the repository root:
``python tests/devsets/quotes_holdout55/evaluate.py [--labels labels_a.csv] [--errors]``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "quotes_holdout_evaluate", HERE.parent / "quotes_holdout" / "evaluate.py"
)
first_holdout = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_holdout)
first_holdout.HERE = HERE

if __name__ == "__main__":
    first_holdout.main()
