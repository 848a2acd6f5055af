"""The analyses a report runs: one function per ``kind``, each returning a :class:`Section`.

The analyses (``kind`` in ``[[analyses]]``) and their options, declared with
their types, defaults and choices in :mod:`corpuskit.specs` (each entry is
checked against its spec before any data is read: an unknown key, a wrong
type or a bad choice is an error naming the analysis and the key); every
analysis also takes ``where`` (a filter selecting its documents, see
:mod:`corpuskit.filters`) and ``split``:

- ``describe``: ``by`` (default ``"outlet"``);
- ``timeline``: ``by``, ``freq`` (``"D"``, ``"W"``, ``"M"``), ``start``, ``end``;
- ``keyness``: ``by``, ``target``, ``reference`` (values of ``by``, or
  filters without ``by``), ``measure``, ``min_count``, ``min_docs``,
  ``stopwords`` (default ``true``: the English list), ``n`` (terms per side shown),
  ``explorer`` (default ``false``: ``true`` also writes the interactive term
  explorer of :func:`corpuskit.explore_terms` as ``pages/<name>_explorer.html``,
  linked from the section; needs the ``explore`` extra);
- ``compare``: ``by`` (each level against the rest), ``measure``, ``min_count``,
  ``min_docs``, ``n``;
- ``kwic``: ``pattern``, ``window``, ``pattern_type``, ``n``;
- ``collocations``: ``node``, ``window``, ``by``, ``min_count``, ``n``;
- ``frames``: ``by``, ``lexicon``, ``n_boot``;
- ``naming``: ``by``, ``referent``, ``n_boot``, ``n_perm``;
- ``agency``: ``by``, ``reference``, ``n_boot``, ``about`` (a place or a list:
  only the articles :func:`corpuskit.keep_relevant` finds about it, with the
  counts kept and dropped stated in the findings);
- ``quotes``: ``by``, ``n`` (speakers shown per group), ``n_boot``;
- ``stance``: ``by``, ``window`` (``"clause"``, ``"sentence"`` or tokens), ``n_boot``.

``agency``, ``naming``, ``frames``, ``quotes`` and ``stance`` also take
``labels``: a filled-in labelling sheet (:func:`corpuskit.write_sheet`) of a
validation sample drawn from the table the analysis writes (``clauses``,
``hits``, ``scores``, ``quotes``, ``mentions``). The section then shows the
accuracy of the measure (tables ``accuracy`` and ``accuracy_by_group``) and
the corrected estimates beside the naive ones (``*_corrected`` columns);
without it, the section says that it was not validated against hand labels.

Each section holds the complete tables (written as CSV), the rows shown in
the page, the figures as PNG bytes and the evidence: concordance lines (or
clauses, quotes) behind the top findings, so a reader can check a number
against the text.

The sections are written per family: :mod:`~corpuskit.report.analyses.corpus`
(``describe``, ``timeline``), :mod:`~corpuskit.report.analyses.keyness`
(``keyness``, ``compare``), :mod:`~corpuskit.report.analyses.search` (``kwic``,
``collocations``), :mod:`~corpuskit.report.analyses.framing` (``frames``,
``naming``, ``agency``), :mod:`~corpuskit.report.analyses.voices` (``quotes``,
``stance``); shared pieces are in :mod:`~corpuskit.report.analyses.section`,
:mod:`~corpuskit.report.analyses.evidence` and
:mod:`~corpuskit.report.analyses.validated`.

Example:
    >>> sorted(ANALYSES)[:3]
    ['agency', 'collocations', 'compare']
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from corpuskit.report.analyses.corpus import describe_section, timeline_section
from corpuskit.report.analyses.evidence import CONTEXT_CHARS
from corpuskit.report.analyses.framing import agency_section, frames_section, naming_section
from corpuskit.report.analyses.keyness import compare_section, keyness_section
from corpuskit.report.analyses.search import collocations_section, kwic_section
from corpuskit.report.analyses.section import Context, Options, Section
from corpuskit.report.analyses.validated import AGENCY_LABELS, NOT_VALIDATED
from corpuskit.report.analyses.voices import quotes_section, stance_section

__all__ = [
    "AGENCY_LABELS",
    "ANALYSES",
    "CONTEXT_CHARS",
    "NOT_VALIDATED",
    "Context",
    "Options",
    "Section",
]

#: analysis kind -> function(articles, options, context) -> Section (one per spec)
ANALYSES: dict[str, Callable[[pd.DataFrame, Options, Context], Section]] = {
    "describe": describe_section,
    "timeline": timeline_section,
    "keyness": keyness_section,
    "compare": compare_section,
    "kwic": kwic_section,
    "collocations": collocations_section,
    "frames": frames_section,
    "naming": naming_section,
    "agency": agency_section,
    "quotes": quotes_section,
    "stance": stance_section,
}
