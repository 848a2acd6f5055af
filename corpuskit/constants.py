"""Names shared across the library: one definition each.

Example:
    >>> from corpuskit.constants import TEXT_COLUMNS, NA_LABEL
    >>> TEXT_COLUMNS
    ('text', 'title', 'lede')
    >>> NA_LABEL
    '<NA>'
"""

from __future__ import annotations

#: Article columns that hold text, in the order analyses read them by default.
TEXT_COLUMNS: tuple[str, ...] = ("text", "title", "lede")

#: The label of a missing group value in grouped results.
NA_LABEL = "<NA>"

#: Units of analysis for dictionary lookups, frames and agency.
UNITS: tuple[str, ...] = ("document", "sentence")

#: Default number of bootstrap resamples of documents.
N_BOOT = 1000

#: Default seed of every function that samples (results are reproducible by default).
SEED = 0
