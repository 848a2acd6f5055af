"""Read hand-written quote cases: the direct quote parts of one made-up article.

The speaker rule tests of ``tests/voices`` (``test_speaker_rules_s*.py``) check what
:func:`spoken` returns for sentences written for them (none is taken from a corpus).
"""

from __future__ import annotations

import pandas as pd

import corpuskit as ck


def spoken(text: str, column: str = "speaker") -> list[tuple]:
    """(quote, value of ``column``) of each direct quote part of one article; a missing value
    is ``None``."""
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    table = table[table["kind"] == "direct"]
    said = table[column].astype(object).where(table[column].notna(), None)
    return list(zip(table["quote"], said, strict=True))
