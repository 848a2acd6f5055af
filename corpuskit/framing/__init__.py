"""Framing analysis: frame scores, naming, prevalence and contrasts, validation.

* :func:`frames` (:mod:`.scores`): dictionary frame scores per document or
  sentence, with the matched spans;
* :func:`naming` (:mod:`.naming`): which labels name one actor, per group, and
  a test of whether the mix differs;
* :func:`prevalence`, :func:`double_standard` (:mod:`.contrasts`): group
  means with document-bootstrap intervals, and the difference in differences;
* :func:`agency`, :func:`agency_summary`, :func:`evaluate_agency`
  (:mod:`.agency`, rules in :mod:`.agency_rules`, evaluation in
  :mod:`.agency_eval`): who is made the agent of casualties, by construction;
  the actors named are resolved by :mod:`.actors`, the referents of naming
  labels by :mod:`.referents`;
* :func:`evaluate_frames` (:mod:`.validate`): checks against hand coding,
  and a supervised baseline (:mod:`.classifier`, which loads scikit-learn:
  ``ck.frame_classifier``, ``ck.cross_validate_classifier``);
* :mod:`.corrected`: the corrected estimates that ``hand_labels=`` adds to
  agency, naming and prevalence (from :mod:`corpuskit.validation`).

See ``docs/framing.md`` for the methods and the validation numbers.
"""

from __future__ import annotations

from corpuskit.framing.agency import agency, agency_summary, evaluate_agency
from corpuskit.framing.contrasts import double_standard, prevalence
from corpuskit.framing.naming import NamingResult, naming, naming_labels
from corpuskit.framing.scores import FrameScores, frames
from corpuskit.framing.validate import (
    FRAC_FRAMES_GOLD,
    NARRATIVE_FRAMES_GOLD,
    evaluate_frames,
    validate_frames,
)

__all__ = [
    "FRAC_FRAMES_GOLD",
    "NARRATIVE_FRAMES_GOLD",
    "FrameScores",
    "NamingResult",
    "agency",
    "agency_summary",
    "double_standard",
    "evaluate_agency",
    "evaluate_frames",
    "frames",
    "naming",
    "naming_labels",
    "prevalence",
    "validate_frames",
]
