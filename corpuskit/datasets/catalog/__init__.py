"""The registered datasets: one module each.

Every module here declares one dataset completely: a docstring, its constants,
``load(files)`` (``load(files, *, table=...)`` with several tables), for a
repacked file ``prepare(origin_dir, out_path)``, and ``DATASET``, the
:class:`~corpuskit.datasets.model.Dataset` with its metadata (origin
repository and pinned commit, citation, licence, quirks) and its files with
their hashes. To add a dataset, add a module and name it in :data:`MODULES`
(see ``data/README.md``, "Adding a dataset").

Example:
    >>> [dataset.name for dataset in DATASETS][:2]
    ['fakes', 'ungdc']
"""

from __future__ import annotations

from corpuskit.datasets.catalog import (
    article_bias_prediction,
    basil,
    bbc_news,
    euvsdisinfo,
    fakes,
    fnc1,
    frac_frames,
    narrative_frames,
    ptc_semeval2020_task11,
    rusentrel,
    ungdc,
)
from corpuskit.datasets.model import Dataset

#: The dataset modules, in the order :func:`corpuskit.list_datasets` shows them.
MODULES = (
    fakes,
    ungdc,
    article_bias_prediction,
    bbc_news,
    euvsdisinfo,
    basil,
    fnc1,
    narrative_frames,
    frac_frames,
    ptc_semeval2020_task11,
    rusentrel,
)

#: Each module's :class:`Dataset`.
DATASETS: tuple[Dataset, ...] = tuple(module.DATASET for module in MODULES)
