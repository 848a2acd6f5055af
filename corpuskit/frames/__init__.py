"""Framing analysis: frame scores, naming, prevalence and contrasts, validation.

* :func:`frames` (:mod:`.scores`): dictionary frame scores per document or
  sentence, with the matched spans;
* :func:`naming` (:mod:`.naming`): which labels name one actor, per group, and
  a test of whether the mix differs;
* :func:`prevalence`, :func:`double_standard` (:mod:`.contrasts`): group
  means with document-bootstrap intervals, and the difference in differences;
* :func:`validate_frames`, :func:`frame_classifier`,
  :func:`cross_validate_classifier` (:mod:`.validate`): checks against hand
  coding.

See ``docs/framing.md`` for the methods and the validation numbers.
"""

from __future__ import annotations

from corpuskit.frames.contrasts import double_standard, prevalence
from corpuskit.frames.naming import NamingResult, naming, naming_labels
from corpuskit.frames.scores import FrameScores, frames
from corpuskit.frames.validate import (
    FRAC_FRAMES_GOLD,
    NARRATIVE_FRAMES_GOLD,
    cross_validate_classifier,
    frame_classifier,
    validate_frames,
)

__all__ = [
    "FRAC_FRAMES_GOLD",
    "NARRATIVE_FRAMES_GOLD",
    "FrameScores",
    "NamingResult",
    "cross_validate_classifier",
    "double_standard",
    "frame_classifier",
    "frames",
    "naming",
    "naming_labels",
    "prevalence",
    "validate_frames",
]
