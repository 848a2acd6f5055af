"""A table as read from a file, before its columns are mapped onto the article schema."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from corpuskit.io.report import LoadReport


@dataclass
class RawTable:
    """A table as read from a file, before mapping: the frame and its row numbers."""

    frame: pd.DataFrame
    rows: np.ndarray
    report: LoadReport = field(default_factory=LoadReport)
