"""The confidence level of an interval: its check and its normal quantile.

Measurement sits below the analyses, so both the validation estimators and
the analyses (through :mod:`corpuskit.compare.stats`) take these from here.

Example:
    >>> round(z_quantile(0.95), 4)
    1.96
"""

from __future__ import annotations

from scipy import stats as sps

__all__ = ["check_ci", "z_quantile"]


def check_ci(ci: float) -> None:
    """Raise ``ValueError`` unless ``0 < ci < 1``."""
    if not 0 < ci < 1:
        raise ValueError(f"ci= must be between 0 and 1 (exclusive), got {ci!r}")


def z_quantile(ci: float) -> float:
    """The standard normal quantile for a two-sided interval of level ``ci``."""
    return float(sps.norm.ppf(0.5 + ci / 2.0))
