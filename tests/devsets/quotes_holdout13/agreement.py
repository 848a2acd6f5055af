"""Agreement between the two labelling passes of the thirteenth quotes hold-out set.

The first quotes set's rules (``../quotes/agreement.py``, imported from there):
Krippendorff's alpha on ``is_quote`` over all stretches, on ``kind`` and
``speaker_type`` over the stretches both coders call quotes, and exact
agreement on the resolved speaker.

Run from the repository root: ``python tests/devsets/quotes_holdout13/agreement.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "quotes_agreement", HERE.parent / "quotes" / "agreement.py"
)
first_set = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_set)


def main() -> None:
    first_set.HERE = HERE
    pairs = first_set.align(first_set.read("labels_a.csv"), first_set.read("labels_b.csv"))
    print(first_set.agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
