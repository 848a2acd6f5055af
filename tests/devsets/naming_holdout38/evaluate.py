"""Score the naming resolver on the thirty-eighth naming hold-out set (scored once).

Loads ``../naming_holdout/evaluate.py`` (the sentence reading,
:func:`corpuskit.framing.referents.resolve_hit`, and the first set's report:
referent and use accuracy with Wilson 95% intervals and the confusion matrix)
and points it at this folder.

Run from the repository root: ``python tests/devsets/naming_holdout38/evaluate.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_holdout_evaluate", HERE.parent / "naming_holdout" / "evaluate.py"
)
first_holdout = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_holdout)
first_holdout.HERE = HERE

if __name__ == "__main__":
    print(first_holdout.first_set.report(first_holdout.scored()))
