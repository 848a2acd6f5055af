"""Accuracy of automated labels against hand labels: per class, by group, confusion matrix.

The validation sample is stratified (:func:`corpuskit.validation.sample.validation_sample`),
so every statistic weights a labelled item of stratum ``h`` by
``w_h = N_h / n_h`` (``N_h`` items in the stratum, ``n_h`` of them labelled):
precision, recall, accuracy and the confusion matrix are those of the whole
result, not of the over-sampled rare labels. With one stratum the weights
are all equal and the statistics are the plain sample ones.

Example:
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"item_id": list("abcd"), "coder": "c", "variable": "v",
    ...     "prediction": ["x", "x", "y", "y"], "label": ["x", "y", "y", "y"],
    ...     "stratum": "all", "stratum_size": 4})
    >>> accuracy_by_group(labels)[["n", "accuracy"]].values.tolist()
    [[4.0, 0.75]]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.validation.intervals import check_ci, z_quantile
from corpuskit.validation.labels import gold_labels

__all__ = [
    "accuracy_by_group",
    "class_accuracy",
    "cluster_interval",
    "confusion_matrix",
    "wilson_interval",
]

_METRICS = ("precision", "recall", "f1")


def wilson_interval(
    successes: float, n: float, *, ci: float = 0.95, n_effective: float | None = None
) -> tuple[float, float]:
    """Wilson score interval for a proportion ``successes / n`` (Wilson 1927).

    With weights, ``p = successes / n`` is the weighted proportion and
    ``n_effective`` Kish's effective sample size ``(sum w)^2 / sum w^2``
    (Kish 1965), the usual effective-n interval for a proportion from a
    complex sample (Korn & Graubard 1998).

    Args:
        successes: the (weighted) count of successes.
        n: the (weighted) count of trials.
        ci: confidence level.
        n_effective: the sample size in the formula; default ``n``.

    Returns:
        ``(low, high)``; NaN for ``n == 0``.

    Example:
        >>> [round(x, 4) for x in wilson_interval(8, 10)]
        [0.4902, 0.9433]
    """
    check_ci(ci)
    if n <= 0:
        return float("nan"), float("nan")
    p = successes / n
    m = n if n_effective is None else n_effective
    z2 = z_quantile(ci) ** 2
    centre = (p + z2 / (2 * m)) / (1 + z2 / m)
    half = np.sqrt(z2 * p * (1 - p) / m + z2**2 / (4 * m**2)) / (1 + z2 / m)
    return float(max(0.0, centre - half)), float(min(1.0, centre + half))


def cluster_interval(
    right: Sequence[bool] | np.ndarray,
    clusters: Sequence[object] | np.ndarray,
    *,
    ci: float = 0.95,
    n_boot: int = 2000,
    seed: int | None = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of a proportion whose units come in clusters.

    Quotes of one article share its speakers and the rules' mistakes about
    them, so they are not independent trials and a Wilson interval over them
    is too narrow. This one resamples whole clusters (articles) with
    replacement and takes the share of right units in each resample,
    ``sum_c k_c / sum_c n_c`` (the ratio estimator of a cluster sample;
    Efron & Tibshirani 1993, ch. 6; Field & Welsh 2007 on the cluster
    bootstrap). Units are unweighted (no strata). With few clusters the
    percentile interval is too narrow (it undercovers), and when every unit
    or none is right every resample gives the same share, so the interval is
    a point: quote a Wilson interval then. Fewer than two clusters give NaN.

    Args:
        right: one boolean per unit: whether the automated label is right.
        clusters: one cluster key per unit (e.g. the article's ``doc_id``).
        ci: confidence level.
        n_boot: bootstrap resamples.
        seed: the random seed.

    Returns:
        ``(low, high)``; NaN without units.

    Raises:
        ValueError: if ``right`` and ``clusters`` differ in length, ``right``
            holds values other than true/false (0/1), a cluster key is
            missing, or ``n_boot`` or ``ci`` is out of range.

    Example:
        >>> right = [True] * 9 + [False] * 6
        >>> doc = ["a"] * 5 + ["b"] * 4 + ["c"] * 6
        >>> [round(x, 2) for x in cluster_interval(right, doc)]
        [0.0, 1.0]
    """
    check_ci(ci)
    if isinstance(n_boot, bool) or not isinstance(n_boot, int | np.integer) or n_boot < 1:
        raise ValueError(f"n_boot= must be a positive integer, got {n_boot!r}")
    hits = np.asarray(right, dtype=float)
    keys = np.asarray(clusters, dtype=object)
    if len(hits) != len(keys):
        raise ValueError(
            f"right= has {len(hits)} units but clusters= has {len(keys)}; give one key per unit"
        )
    if not np.isin(hits, (0.0, 1.0)).all():
        raise ValueError("right= must hold true/false values (or 0/1), one per unit")
    codes, _ = pd.factorize(pd.Series(keys, dtype=object))
    if (codes < 0).any():
        raise ValueError(f"clusters= has a missing key at unit {int(np.flatnonzero(codes < 0)[0])}")
    n_clusters = int(codes.max()) + 1 if len(codes) else 0
    if n_clusters < 2:
        return float("nan"), float("nan")
    k = np.bincount(codes, hits, n_clusters)
    n = np.bincount(codes, minlength=n_clusters).astype(float)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_clusters, size=(n_boot, n_clusters))
    shares = k[draws].sum(axis=1) / n[draws].sum(axis=1)
    tail = (1 - ci) / 2
    return float(np.quantile(shares, tail)), float(np.quantile(shares, 1 - tail))


def _prepare(labels: pd.DataFrame, coder: str | None, by: Sequence[str]) -> pd.DataFrame:
    """Gold labels with their weights ``N_h / n_h``."""
    gold = gold_labels(labels, coder=coder)
    missing = [c for c in ("prediction", "stratum", "stratum_size", *by) if c not in gold.columns]
    if missing:
        raise ValueError(f"labels= have no column(s) {missing}; use read_labels()")
    labelled = gold.groupby("stratum")["item_id"].transform("size")
    gold["w"] = gold["stratum_size"].to_numpy(dtype=float) / labelled.to_numpy(dtype=float)
    gold["prediction"] = gold["prediction"].astype(str)
    gold["label"] = gold["label"].astype(str)
    return gold


def _by(by: str | Sequence[str] | None) -> list[str]:
    return [] if by is None else [by] if isinstance(by, str) else list(by)


def _parts(gold: pd.DataFrame, by: list[str]) -> list[tuple[dict, pd.DataFrame]]:
    if not by:
        return [({}, gold)]
    return [
        (dict(zip(by, key if isinstance(key, tuple) else (key,))), part)
        for key, part in gold.groupby(by, sort=True, dropna=False)
    ]


def _point(w: np.ndarray, predicted: np.ndarray, true: np.ndarray) -> np.ndarray:
    """Weighted precision, recall, F1 of ``w`` (replicates x items) for one class."""
    tp = w @ (predicted & true)
    fp = w @ (predicted & ~true)
    fn = w @ (~predicted & true)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.stack([tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn)])


def _replicate_weights(part: pd.DataFrame, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Stratified bootstrap: per stratum, ``n_h`` draws with replacement, times the weight."""
    counts = np.zeros((n_boot, len(part)))
    for positions in part.groupby("stratum", sort=True).indices.values():
        size = len(positions)
        counts[:, positions] = rng.multinomial(size, np.full(size, 1.0 / size), size=n_boot)
    return counts * part["w"].to_numpy()


@renamed_arguments(labels="data")
def class_accuracy(
    data: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    coder: str | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Precision, recall and F1 of each class, with intervals, overall or per group.

    With weights ``w`` (see the module docstring) and a class ``k``:
    ``precision = sum w [f = k, y = k] / sum w [f = k]``,
    ``recall = sum w [f = k, y = k] / sum w [y = k]``,
    ``F1 = 2 P R / (P + R)``. Precision and recall get the Wilson interval
    on Kish's effective sample size (:func:`wilson_interval`); F1, which is
    no proportion, the percentile interval of a stratified bootstrap over
    the labelled items (``n_boot`` resamples, each stratum resampled to its
    own size; Efron & Tibshirani 1993, 3.3). A class never predicted has no
    precision (NaN); one never coded no recall.

    Args:
        data: hand labels from :func:`corpuskit.validation.labels.read_labels`
            (with ``prediction``, ``stratum`` and ``stratum_size``).
        by: column(s) of ``data`` (the sample's ``by``) to give the accuracy
            per group, so differential error is visible.
        coder: whose labels count; default the only coder or the majority.
        ci: confidence level.
        n_boot: bootstrap resamples for the F1 interval.
        seed: random seed of the bootstrap.

    Returns:
        One row per group, class and metric: the ``by`` columns, ``class``,
        ``metric`` (``precision``, ``recall``, ``f1``), ``estimate``, ``low``,
        ``high``, ``n`` (labelled items predicted ``k``, coded ``k``, or either).

    Raises:
        ValueError: for missing columns, a bad ``ci`` or ``n_boot``.

    Example:
        >>> labels = pd.DataFrame({"item_id": list("abcd"), "coder": "c", "variable": "v",
        ...     "prediction": ["x", "x", "y", "y"], "label": ["x", "y", "y", "y"],
        ...     "stratum": "all", "stratum_size": 4})
        >>> table = class_accuracy(labels, n_boot=20)
        >>> table.query("`class` == 'y'")[["metric", "estimate"]].round(3).values.tolist()
        [['precision', 1.0], ['recall', 0.667], ['f1', 0.8]]
    """
    check_ci(ci)
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot= must be a positive integer, got {n_boot!r}")
    by_columns = _by(by)
    gold = _prepare(data, coder, by_columns)
    classes = sorted(set(gold["prediction"]) | set(gold["label"]))
    rng = np.random.default_rng(seed)
    tail = (1 - ci) / 2
    rows = []
    for group, part in _parts(gold, by_columns):
        w = part["w"].to_numpy()
        replicates = _replicate_weights(part, n_boot, rng)
        for k in classes:
            predicted = part["prediction"].to_numpy() == k
            true = part["label"].to_numpy() == k
            estimate = _point(w[None, :], predicted, true)[:, 0]
            boot = _point(replicates, predicted, true)[2]
            boot = boot[~np.isnan(boot)]
            f1_low, f1_high = np.quantile(boot, [tail, 1 - tail]) if len(boot) else (np.nan,) * 2
            for metric, base, value in zip(_METRICS, (predicted, true, predicted | true), estimate):
                tp = float(w @ (predicted & true))
                if metric == "f1":
                    low, high = float(f1_low), float(f1_high)
                else:
                    ws = w[base]
                    low, high = wilson_interval(tp, float(ws.sum()), ci=ci, n_effective=_kish(ws))
                rows.append(
                    group | {"class": k, "metric": metric, "estimate": float(value),
                             "low": low, "high": high, "n": int(base.sum())}
                )  # fmt: skip
    return pd.DataFrame(rows)


def _kish(weights: np.ndarray) -> float:
    """Kish's effective sample size ``(sum w)^2 / sum w^2`` (0 for no items)."""
    squares = float((weights**2).sum())
    return float(weights.sum() ** 2 / squares) if squares else 0.0


@renamed_arguments(labels="data")
def accuracy_by_group(
    data: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Accuracy (share of items whose prediction is right) per group, with Wilson intervals.

    ``accuracy = sum w [f = y] / sum w`` over the group's labelled items,
    weights as in the module docstring, interval :func:`wilson_interval` on
    Kish's effective sample size. Different accuracies between groups
    (Aleppo and Mosul coverage, say) are differential measurement error:
    a naive comparison of the groups is then biased
    (:func:`corpuskit.validation.shares.corrected_shares` corrects it).

    Args:
        data: hand labels from :func:`corpuskit.validation.labels.read_labels`.
        by: column(s) of ``data`` to group by; ``None``: all items.
        coder: whose labels count; default the only coder or the majority.
        ci: confidence level.

    Returns:
        One row per group: the ``by`` columns, ``n`` (labelled items),
        ``n_effective`` (Kish), ``accuracy``, ``low``, ``high``.

    Example:
        >>> labels = pd.DataFrame({"item_id": list("abcd"), "coder": "c", "variable": "v",
        ...     "prediction": ["x", "x", "y", "y"], "label": ["x", "y", "y", "y"],
        ...     "stratum": "all", "stratum_size": 4, "event": ["A", "A", "B", "B"]})
        >>> accuracy_by_group(labels, by="event")[["event", "accuracy"]].values.tolist()
        [['A', 0.5], ['B', 1.0]]
    """
    check_ci(ci)
    by_columns = _by(by)
    gold = _prepare(data, coder, by_columns)
    rows = []
    for group, part in _parts(gold, by_columns):
        w = part["w"].to_numpy()
        right = float(w @ (part["prediction"].to_numpy() == part["label"].to_numpy()))
        n_eff = _kish(w)
        low, high = wilson_interval(right, float(w.sum()), ci=ci, n_effective=n_eff)
        rows.append(
            group | {"n": float(len(part)), "n_effective": n_eff,
                     "accuracy": right / float(w.sum()), "low": low, "high": high}
        )  # fmt: skip
    return pd.DataFrame(rows)


@renamed_arguments(labels="data")
def confusion_matrix(
    data: pd.DataFrame, *, by: str | Sequence[str] | None = None, coder: str | None = None
) -> pd.DataFrame:
    """The confusion matrix as a tidy table: sample counts and estimated result counts.

    Args:
        data: hand labels from :func:`corpuskit.validation.labels.read_labels`.
        by: column(s) of ``data`` to give one matrix per group.
        coder: whose labels count; default the only coder or the majority.

    Returns:
        One row per group, predicted and true label (every pair, zeros
        included): the ``by`` columns, ``prediction``, ``label``, ``n``
        (labelled items), ``estimated`` (items of the whole result, ``sum w``)
        and ``share`` (``estimated`` over the group's total).

    Example:
        >>> labels = pd.DataFrame({"item_id": list("abc"), "coder": "c", "variable": "v",
        ...     "prediction": ["x", "x", "y"], "label": ["x", "y", "y"],
        ...     "stratum": ["x", "x", "y"], "stratum_size": [10, 10, 1]})
        >>> confusion_matrix(labels)[["prediction", "label", "n", "estimated"]].values.tolist()
        [['x', 'x', 1, 5.0], ['x', 'y', 1, 5.0], ['y', 'x', 0, 0.0], ['y', 'y', 1, 1.0]]
    """
    by_columns = _by(by)
    gold = _prepare(data, coder, by_columns)
    classes = sorted(set(gold["prediction"]) | set(gold["label"]))
    grid = pd.MultiIndex.from_product([classes, classes], names=["prediction", "label"])
    frames = []
    for group, part in _parts(gold, by_columns):
        sums = part.groupby(["prediction", "label"]).agg(n=("w", "size"), estimated=("w", "sum"))
        table = sums.reindex(grid, fill_value=0).reset_index()
        table["n"] = table["n"].astype("int64")
        table["estimated"] = table["estimated"].astype(float)
        table["share"] = table["estimated"] / table["estimated"].sum()
        for column, value in reversed(group.items()):
            table.insert(0, column, value)
        frames.append(table)
    return pd.concat(frames, ignore_index=True)
