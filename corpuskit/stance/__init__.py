"""Stance and sources: who says what about whom.

* :func:`~corpuskit.stance.quotes.quotes`: direct and indirect quotes, their
  speakers (resolved through names, surnames, role descriptions and pronouns:
  :mod:`corpuskit.stance.speakers`) and reporting verbs;
  :func:`~corpuskit.stance.quotes.score_quotes` evaluates them against gold.
* :class:`~corpuskit.stance.targets.Targets` and
  :func:`~corpuskit.stance.targets.mentions`: actors by alias sets, and where
  each is mentioned.
* :func:`~corpuskit.stance.sources.source_table`: the share of quotes and
  quoted words by speaker (type), per group, with document-bootstrap intervals.

The lexicons are in ``corpuskit/stance/data/``: ``reporting_verbs.yaml``
(verbs, speaker types, role synonyms, nationalities) and
``targets_syria_iraq.yaml`` (the bundled targets).
"""

from __future__ import annotations

from corpuskit.stance.quotes import quotes, score_quotes
from corpuskit.stance.sources import source_table
from corpuskit.stance.targets import Targets, mentions

__all__ = ["Targets", "mentions", "quotes", "score_quotes", "source_table"]
