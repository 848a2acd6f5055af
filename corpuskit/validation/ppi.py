r"""Shares corrected for classification error: prediction-powered inference under the sample design.

A share computed from automated labels is biased when the labels are wrong,
and its interval is too narrow. With hand labels on a validation sample, two
estimators fix that:

* :func:`ppi_mean`: prediction-powered inference for a mean (Angelopoulos et
  al. 2023), for a labelled set drawn uniformly at random, apart from the
  unlabelled set; with ``lam=None`` the power-tuned PPI++ (Angelopoulos,
  Duchi & Zrnic 2023).
* :func:`~corpuskit.validation.shares.corrected_shares` (in
  :mod:`corpuskit.validation.shares`, re-exported here): shares (and
  differences of shares between groups) from a *stratified* validation sample
  (:func:`corpuskit.validation.sample.validation_sample`),
  where items are drawn with known, unequal probabilities. It is the
  difference estimator of survey sampling (Särndal, Swensson & Wretman 1992,
  ch. 6) on the design-based pseudo-outcomes of DSL (Egami et al. 2023),
  with the exact stratified variance (Cochran 1977, ch. 5).

Formulas, assumptions and a coverage study are in ``docs/validation.md``.

References:
    Angelopoulos, A. N., Bates, S., Fannjiang, C., Jordan, M. I. & Zrnic, T.
    (2023). Prediction-powered inference. Science 382(6671), 669-674.
    Angelopoulos, A. N., Duchi, J. C. & Zrnic, T. (2023). PPI++: Efficient
    prediction-powered inference. arXiv:2311.01453.
    Egami, N., Hinck, M., Stewart, B. M. & Wei, H. (2023). Using imperfect
    surrogates for downstream inference: Design-based supervised learning for
    social science applications of large language models. NeurIPS 36.
    Cochran, W. G. (1977). Sampling Techniques, 3rd ed. Wiley.
    Särndal, C.-E., Swensson, B. & Wretman, J. (1992). Model Assisted Survey
    Sampling. Springer.

Example:
    >>> import numpy as np
    >>> est = ppi_mean([1, 0, 1, 1], [1, 0, 0, 1], [1, 1, 0, 0, 1, 0])
    >>> round(est["estimate"], 4)
    0.75
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from corpuskit.validation.intervals import check_ci, z_quantile
from corpuskit.validation.shares import INFERENCE, corrected_shares

__all__ = ["INFERENCE", "corrected_shares", "ppi_mean"]


def _vector(values: ArrayLike, name: str) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1 or len(array) < 2 or not np.isfinite(array).all():
        raise ValueError(f"{name}= must be a 1-D array of at least 2 finite numbers")
    return array


def _tuned_lambda(y: np.ndarray, yhat: np.ndarray, yhat_unlabelled: np.ndarray) -> float:
    """PPI++ power tuning for the mean, clipped to [0, 1]: Cov(Y, f) / ((1 + n/N) Var(f))."""
    n, big_n = len(y), len(yhat_unlabelled)
    covariance = np.mean((y - y.mean()) * (yhat - yhat.mean()))
    variance = np.var(np.concatenate([yhat, yhat_unlabelled]), ddof=1)
    if variance == 0:
        return 0.0
    return float(np.clip(covariance / ((1.0 + n / big_n) * variance), 0.0, 1.0))


def ppi_mean(
    y: ArrayLike,
    yhat: ArrayLike,
    yhat_unlabelled: ArrayLike,
    *,
    ci: float = 0.95,
    lam: float | None = 1.0,
) -> dict[str, float]:
    r"""Prediction-powered estimate of a mean, with its CLT interval.

    With ``n`` labelled items (labels ``y``, predictions ``yhat``) and ``N``
    unlabelled items (predictions ``yhat_unlabelled``), drawn independently
    from one distribution (Angelopoulos et al. 2023, eq. 1 and Algorithm 1):

    $$\hat\theta = \lambda\,\overline{f(X^u)} - \overline{\lambda f(X) - Y},$$

    $$\widehat{se}^2 = \frac{\hat\sigma^2_{\lambda f^u}}{N}
      + \frac{\hat\sigma^2_{Y - \lambda f}}{n}$$

    and the interval ``estimate ± z se``. ``lam=1`` is PPI; ``lam=None`` is
    PPI++ (Angelopoulos, Duchi & Zrnic 2023), which picks
    ``lam = Cov(Y, f) / ((1 + n/N) Var(f))`` clipped to [0, 1], so it is never
    worse than the labelled items alone (``lam=0``). Variances are the
    ``1/n`` (maximum likelihood) ones, as in the reference implementation
    ``ppi_py``, which gives the same numbers.

    The labelled items must be a simple random sample. For a stratified
    validation sample use :func:`corrected_shares`.

    Args:
        y: labels of the labelled items (e.g. 0/1 for a share).
        yhat: predictions for the labelled items.
        yhat_unlabelled: predictions for the unlabelled items.
        ci: confidence level.
        lam: the weight of the predictions; ``None`` tunes it (PPI++).

    Returns:
        ``{"estimate", "se", "low", "high", "lam"}``.

    Raises:
        ValueError: for arrays of different lengths, fewer than 2 items, or a bad ``ci``.

    Example:
        >>> est = ppi_mean([1, 0, 1, 1], [1, 0, 0, 1], [1, 1, 0, 0, 1, 0], lam=None)
        >>> round(est["lam"], 4), round(est["estimate"], 4)
        (0.27, 0.75)
    """
    check_ci(ci)
    y, yhat = _vector(y, "y"), _vector(yhat, "yhat")
    unlabelled = _vector(yhat_unlabelled, "yhat_unlabelled")
    if len(y) != len(yhat):
        raise ValueError(f"y= and yhat= differ in length: {len(y)} and {len(yhat)}")
    weight = _tuned_lambda(y, yhat, unlabelled) if lam is None else float(lam)
    estimate = weight * unlabelled.mean() + (y - weight * yhat).mean()
    se = float(
        np.sqrt(np.var(weight * unlabelled) / len(unlabelled) + np.var(y - weight * yhat) / len(y))
    )
    z = z_quantile(ci)
    return {
        "estimate": float(estimate),
        "se": se,
        "low": float(estimate - z * se),
        "high": float(estimate + z * se),
        "lam": weight,
    }
