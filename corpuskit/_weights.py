"""Learned weights kept as gzipped tab-separated lines, the same bytes on every run.

The bundled models (the casualty report model of :mod:`corpuskit.framing.agency.report`, the
speaker type model of :mod:`corpuskit.voices.speakers.type_model`) are written and read here,
and the small standardised logistic regressions kept as JSON (the quote fragment filter and the
speaker ranker of :mod:`corpuskit.voices.quotes`).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, BinaryIO

__all__ = ["logistic_probability", "read_cells", "read_logistic", "write_lines"]


def write_lines(path: str | Path, lines: list[str]) -> None:
    """Write ``lines`` gzipped, with no name and mtime 0 in the header (reproducible bytes).

    Example:
        >>> import tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "w.tsv.gz")
        >>> write_lines(path, ["a\\t1", "b\\t2"]); read_cells(path)
        [['a', '1'], ['b', '2']]
    """
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def read_cells(path: str | Path | BinaryIO) -> list[list[str]]:
    """The tab-separated cells of each non-blank line of a gzipped file (path or binary file)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [line.rstrip("\n").split("\t") for line in lines if line.strip()]


def read_logistic(package: str, name: str, features: Sequence[str]) -> dict[str, Any]:
    """A bundled standardised logistic regression: the JSON file ``name`` in ``package``'s
    ``data`` folder, with ``features``, ``mean``, ``scale``, ``coef`` (one per feature),
    ``intercept`` and ``threshold``; an error when its features are not ``features``.

    Example:
        >>> from corpuskit.voices.quotes.fragment_model import FEATURES
        >>> model = read_logistic("corpuskit.voices", "fragment_model.json", FEATURES)
        >>> len(model["coef"]) == len(FEATURES)
        True
    """
    model = json.loads((files(package) / "data" / name).read_text())
    if tuple(model["features"]) != tuple(features):
        raise ValueError(f"{name} does not match the features of its module")
    return model


def logistic_probability(model: dict[str, Any], features: Sequence[float]) -> float:
    """The probability ``model`` (:func:`read_logistic`) gives a row of ``features``:
    ``1 / (1 + exp(-(intercept + sum(coef * (x - mean) / scale))))``.

    Example:
        >>> model = {"intercept": 0.0, "mean": [1.0], "scale": [2.0], "coef": [1.0]}
        >>> logistic_probability(model, [1.0])
        0.5
    """
    score = float(model["intercept"]) + sum(
        c * (x - m) / s
        for x, m, s, c in zip(features, model["mean"], model["scale"], model["coef"])
    )
    return 1.0 / (1.0 + math.exp(-score))
