"""Stance and sources: who says what about whom.

* :func:`~corpuskit.voices.quotes.quotes`: direct and indirect quotes, their
  speakers (resolved through names, surnames, role descriptions and pronouns:
  :mod:`corpuskit.voices.speakers`) and reporting verbs;
  :func:`~corpuskit.voices.quotes.score_quotes` and
  :func:`~corpuskit.voices.quote_eval.evaluate_quotes` measure them against gold.
  ``quotes`` and ``speakers`` are packages, one module per step of the rules.
* :class:`~corpuskit.voices.targets.Targets` and
  :func:`~corpuskit.voices.targets.mentions`: actors by alias sets, and where
  each is mentioned.
* :func:`~corpuskit.voices.sources.source_table`: the share of quotes and
  quoted words by speaker (type), per group, with document-bootstrap intervals;
  :func:`~corpuskit.voices.sources.speakers`: who was merged into whom.
* :func:`~corpuskit.voices.stance.stance`: each mention's stance (lexicon,
  supervised or embeddings) scored on its masked window
  (:mod:`corpuskit.voices.windows`, scores in :mod:`corpuskit.voices.scoring`),
  and :func:`~corpuskit.voices.stance.stance_summary`; the annotation workflow
  is in :mod:`corpuskit.voices.annotate`, the classifier
  (:class:`~corpuskit.voices.supervised.StanceClassifier`) in
  :mod:`corpuskit.voices.supervised`, sentence embeddings in
  :mod:`corpuskit.voices.embeddings` and the checks against FNC-1 and BASIL in
  :mod:`corpuskit.voices.validate`.

The package is called ``voices`` (not ``stance``) so that ``ck.stance`` stays the function.

The lexicons are in ``corpuskit/voices/data/``: ``reporting_verbs.yaml``
(verbs, speaker types, role synonyms, nationalities),
``people_bodies.yaml`` (people and bodies with known speaker types) and
``targets_syria_iraq.yaml`` (the bundled targets).
"""

from __future__ import annotations

from corpuskit.voices.annotate import (
    annotation_sample,
    export_annotation,
    import_annotations,
    krippendorff_alpha,
)
from corpuskit.voices.quote_eval import evaluate_quotes
from corpuskit.voices.quotes import quotes, score_quotes
from corpuskit.voices.sources import source_table, speakers
from corpuskit.voices.stance import stance, stance_summary
from corpuskit.voices.supervised import StanceClassifier, cross_validate_stance
from corpuskit.voices.targets import Targets, mentions

__all__ = [
    "StanceClassifier",
    "Targets",
    "annotation_sample",
    "cross_validate_stance",
    "evaluate_quotes",
    "export_annotation",
    "import_annotations",
    "krippendorff_alpha",
    "mentions",
    "quotes",
    "score_quotes",
    "source_table",
    "speakers",
    "stance",
    "stance_summary",
]
