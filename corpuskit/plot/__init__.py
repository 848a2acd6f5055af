"""Publication-ready plots of corpuskit results: ``ck.plot``.

Every function takes a corpuskit result (or a DataFrame of the same shape) and
``ax=None``, draws on that Axes or on a new figure, and returns the Axes; none
calls ``plt.show()``. Figures share one look (:mod:`corpuskit.plot.theme`):
the colour-blind-safe Okabe-Ito palette, despined axes, readable font sizes,
labels that do not overlap. A DataFrame lacking a needed column raises a
``ValueError`` naming it.

Importing this package does not import matplotlib: each function imports it
when called.

- :func:`keyness`: diverging bars of the key terms of a ``ck.keyness`` result.
- :func:`term_scatter`: two-group term frequency scatter with labelled terms.
- :func:`prevalence`: dot-and-whisker plot of estimates with intervals.
- :func:`double_standard`: the difference-in-differences plot.
- :func:`heatmap`: annotated groups x categories heatmap.
- :func:`timeline`: articles per day/week/month by group, with events.
- :func:`xray`: lexical dispersion plot of terms across documents.
- :func:`shares`: stacked bars of shares summing to 1.
- :func:`accuracy`: precision, recall and F1 per class, with intervals.

Example:
    >>> from corpuskit import plot
    >>> callable(plot.keyness)
    True
"""

from __future__ import annotations

from corpuskit.plot.accuracy import accuracy
from corpuskit.plot.dispersion import xray
from corpuskit.plot.heatmap import heatmap
from corpuskit.plot.keyness import keyness
from corpuskit.plot.prevalence import double_standard, prevalence
from corpuskit.plot.reuse_plots import reuse_matrix, reuse_network
from corpuskit.plot.scatter import term_scatter
from corpuskit.plot.shares import shares
from corpuskit.plot.similarity import dendrogram, similarity_heatmap
from corpuskit.plot.timeline import timeline
from corpuskit.plot.topic_plots import topic_prevalence, topic_terms

__all__ = [
    "accuracy",
    "dendrogram",
    "double_standard",
    "heatmap",
    "keyness",
    "prevalence",
    "reuse_matrix",
    "reuse_network",
    "shares",
    "similarity_heatmap",
    "term_scatter",
    "timeline",
    "topic_prevalence",
    "topic_terms",
    "xray",
]
