"""Agreement between the two labelling passes of the fourteenth casualty hold-out set.

The same unit and variable rules as the first casualty set
(``../casualty/agreement.py``, imported from there): rows are one unit when
their trigger spans overlap in the same item; Krippendorff's alpha on
``casualty`` over all units, and on ``construction``, ``actor`` and
``victim_type`` over the units both coders call casualty clauses.

Run from the repository root: ``python tests/devsets/casualty_holdout14/agreement.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "casualty_agreement", HERE.parent / "casualty" / "agreement.py"
)
first_set = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_set)


def main() -> None:
    first_set.HERE = HERE
    pairs = first_set.align(first_set.read("labels_a.csv"), first_set.read("labels_b.csv"))
    print(first_set.agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
