"""The registry of public datasets corpuskit loads by name, collected from the catalog.

:data:`REGISTRY` maps each name to the :class:`Dataset` its module in
:mod:`corpuskit.datasets.catalog` declares (metadata, files with hashes, load
and prepare functions). The checksums were computed from the reference copies
in ``shared/corpora`` and are written in those modules as literals.

Example:
    >>> get_dataset("fakes").n_docs
    804
"""

from __future__ import annotations

import difflib

from corpuskit.datasets.catalog import DATASETS
from corpuskit.datasets.model import DataFile, Dataset
from corpuskit.errors import DatasetError

__all__ = ["REGISTRY", "DataFile", "Dataset", "get_dataset"]

#: Dataset name -> its registry entry.
REGISTRY: dict[str, Dataset] = {dataset.name: dataset for dataset in DATASETS}


def get_dataset(name: str) -> Dataset:
    """The registry entry called ``name``.

    Args:
        name: a registered name.

    Returns:
        The :class:`Dataset`.

    Raises:
        DatasetError: for an unknown name, listing the known names and the
            closest match.

    Example:
        >>> get_dataset("fakse")
        Traceback (most recent call last):
        ...
        corpuskit.errors.DatasetError: unknown dataset 'fakse'. Did you mean 'fakes'? ...
    """
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        close = difflib.get_close_matches(str(name), list(REGISTRY), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise DatasetError(
            f"unknown dataset {name!r}.{hint} Known datasets: {', '.join(sorted(REGISTRY))}"
        ) from None
