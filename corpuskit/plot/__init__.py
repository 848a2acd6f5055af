"""Publication-ready plots of corpuskit results: ``ck.plot``.

Every function takes a corpuskit result (or a DataFrame of the same shape) as
its first argument, ``data`` (``articles`` for :func:`timeline`; the earlier
names, such as ``result=`` or ``summary=``, still work with a ``FutureWarning``
until corpuskit 0.3), and ``ax=None``, draws on that Axes or on a new figure,
and returns the Axes (``agency``,
in two panels, takes ``axes=`` and returns both); none
calls ``plt.show()``. Figures share one look (:mod:`corpuskit.plot.theme`):
the colour-blind-safe Okabe-Ito palette, despined axes, readable font sizes,
labels that do not overlap. A DataFrame lacking a needed column raises a
``ValueError`` naming it.

Importing this package does not import matplotlib: each function imports it
when called.

Plots named after the analyses take that analysis's result; their default
titles can serve as figure captions (what is shown, by what, how the
intervals were made) and their categories are written in words. The result
objects draw themselves with ``.plot()`` (``ck.keyness(...).plot()``,
``ck.naming(...).plot()``, ...):

- :func:`keyness`: diverging bars of the key terms of a ``ck.keyness`` result.
- :func:`agency`: a ``ck.agency_summary`` in two panels: constructions
  (stacked, 100%) and the derived measures with intervals.
- :func:`naming`: label shares of a ``ck.naming`` result per group, with intervals.
- :func:`frames`: the share of documents indicating each frame (``ck.frames``).
- :func:`sources` / :func:`quotes`: who is quoted (``ck.source_table`` / ``ck.quotes``).
- :func:`stance`: a ``ck.stance_summary`` per target and group, with intervals.
- :func:`reuse`: who reprints whom (``ck.reuse``).
- :func:`topics`: a ``ck.topics`` model: top terms, or prevalence by group.
- :func:`similarity`: a ``ck.group_similarity`` result, as heatmap or dendrogram.
- :func:`timeline`: articles per day/week/month by group, with events.
- :func:`prevalence`, :func:`double_standard`: ``ck.prevalence`` and
  ``ck.double_standard`` results.

Plots named after their shape, for any table of the right form:

- :func:`term_scatter`: two-group term frequency scatter with labelled terms.
- :func:`heatmap`: annotated groups x categories heatmap.
- :func:`xray`: lexical dispersion plot of terms across documents.
- :func:`shares`: stacked bars of shares summing to 1.
- :func:`similarity_heatmap`, :func:`dendrogram`, :func:`reuse_matrix`,
  :func:`reuse_network`, :func:`topic_prevalence`, :func:`topic_terms`.
- :func:`accuracy`: precision, recall and F1 per class, with intervals.

Example:
    >>> from corpuskit import plot
    >>> callable(plot.keyness)
    True
"""

from __future__ import annotations

from corpuskit.plot.accuracy import accuracy
from corpuskit.plot.dispersion import xray
from corpuskit.plot.framing_plots import agency, frames, naming
from corpuskit.plot.heatmap import heatmap
from corpuskit.plot.keyness import keyness
from corpuskit.plot.prevalence import double_standard, prevalence
from corpuskit.plot.reuse_plots import reuse, reuse_matrix, reuse_network
from corpuskit.plot.scatter import term_scatter
from corpuskit.plot.shares import shares
from corpuskit.plot.similarity import dendrogram, similarity, similarity_heatmap
from corpuskit.plot.timeline import timeline
from corpuskit.plot.topic_plots import topic_prevalence, topic_terms, topics
from corpuskit.plot.voices_plots import quotes, sources, stance

__all__ = [
    "accuracy",
    "agency",
    "dendrogram",
    "double_standard",
    "frames",
    "heatmap",
    "keyness",
    "naming",
    "prevalence",
    "quotes",
    "reuse",
    "reuse_matrix",
    "reuse_network",
    "shares",
    "similarity",
    "similarity_heatmap",
    "sources",
    "stance",
    "term_scatter",
    "timeline",
    "topic_prevalence",
    "topic_terms",
    "topics",
    "xray",
]
