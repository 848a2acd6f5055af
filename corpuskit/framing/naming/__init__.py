"""Naming: which labels outlets use for the same actor, and whether the mix differs.

The same armed groups are "rebels" to one outlet and "terrorists" to another
(Entman 1993 on framing; Van Leeuwen 2008 on naming social actors).
:func:`naming` counts each label's mentions per document, then per group of
documents, gives each label's share of the group's mentions with a document
bootstrap interval, and tests whether the label distributions differ across
groups: a chi-squared test of homogeneity, a permutation test that moves whole
documents between groups, and Cramér's V as the effect size.

* :mod:`.labels`: the default labels of each referent (:func:`naming_labels`);
* :mod:`.count`: :func:`naming`, per-document counts of resolved hits and the
  shares with their intervals (:func:`naming_from_counts`);
* :mod:`.homogeneity`: :func:`homogeneity_test`;
* :mod:`.result`: :class:`NamingResult`.

Example:
    >>> import pandas as pd
    >>> articles = pd.DataFrame({
    ...     "doc_id": ["a", "b", "c", "d"],
    ...     "side": ["x", "x", "y", "y"],
    ...     "text": ["Rebels and rebels.", "Terrorists attacked.", "Rebels fled.", "The rebels."]})
    >>> result = naming(articles, labels={"rebels": ["rebel*"], "terrorists": ["terrorist*"]},
    ...                 by="side", n_boot=50, n_perm=50)
    >>> result.shares[["side", "label", "count", "share"]].values.tolist()
    [['x', 'rebels', 2, 0.6666666666666666], ['x', 'terrorists', 1, 0.3333333333333333], \
['y', 'rebels', 2, 1.0], ['y', 'terrorists', 0, 0.0]]
"""

from __future__ import annotations

from corpuskit.framing.naming.count import (
    check_naming_options,
    grouping_columns,
    naming,
    naming_from_counts,
    resolved_counts,
)
from corpuskit.framing.naming.homogeneity import TEST_COLUMNS, homogeneity_test
from corpuskit.framing.naming.labels import (
    REFERENT_ACTORS,
    REFERENTS,
    USES,
    label_dictionary,
    naming_labels,
)
from corpuskit.framing.naming.result import NamingResult

# the names corpuskit.scale.analyses.naming_dask reads from this module
_label_dictionary = label_dictionary
_by_columns = grouping_columns

__all__ = [
    "REFERENTS",
    "REFERENT_ACTORS",
    "TEST_COLUMNS",
    "USES",
    "NamingResult",
    "check_naming_options",
    "homogeneity_test",
    "naming",
    "naming_from_counts",
    "naming_labels",
    "resolved_counts",
]
