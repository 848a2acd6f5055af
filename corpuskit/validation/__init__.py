"""Validation against hand coding: samples, labels, accuracy and corrected shares.

Every automated measure (casualty constructions, naming referents, frames,
stance, quote speakers) is wrong some of the time, and differently wrong in
different groups. This package measures how wrong and corrects for it:

1. :func:`~corpuskit.validation.sample.validation_sample` draws items,
   stratified by group and predicted label, with the design recorded;
   :func:`~corpuskit.validation.sample.write_sheet` writes the labelling sheet.
2. :func:`~corpuskit.validation.labels.read_labels` reads it back, checked;
   :func:`~corpuskit.validation.labels.reliability` gives Krippendorff's alpha
   (:func:`~corpuskit.validation.agreement.krippendorff_alpha`).
3. :func:`~corpuskit.validation.accuracy.class_accuracy`,
   :func:`~corpuskit.validation.accuracy.accuracy_by_group` and
   :func:`~corpuskit.validation.accuracy.confusion_matrix`: how wrong.
4. :func:`~corpuskit.validation.shares.corrected_shares`: shares and
   differences of shares, naive and corrected side by side;
   :func:`~corpuskit.validation.ppi.ppi_mean`: prediction-powered inference.
5. :mod:`corpuskit.validation.corrected`: the steps every analysis's
   ``hand_labels=`` shares to put corrected estimates beside its naive ones
   (the wiring of each analysis sits next to it: :mod:`corpuskit.framing.corrected`,
   :mod:`corpuskit.voices.corrected`). This package knows nothing of any analysis.

Example:
    >>> from corpuskit import validation
    >>> callable(validation.corrected_shares)
    True
"""

from __future__ import annotations

from corpuskit.validation.accuracy import accuracy_by_group, class_accuracy, confusion_matrix
from corpuskit.validation.agreement import krippendorff_alpha
from corpuskit.validation.labels import gold_labels, read_labels, reliability
from corpuskit.validation.ppi import ppi_mean
from corpuskit.validation.sample import validation_sample, write_sheet
from corpuskit.validation.shares import corrected_shares

__all__ = [
    "accuracy_by_group",
    "class_accuracy",
    "confusion_matrix",
    "corrected_shares",
    "gold_labels",
    "krippendorff_alpha",
    "ppi_mean",
    "read_labels",
    "reliability",
    "validation_sample",
    "write_sheet",
]
