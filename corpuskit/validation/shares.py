r"""Shares and differences of shares corrected for classification error, under the sample design.

:func:`corrected_shares` takes an analysis's items with their automated
labels and the hand labels of a *stratified* validation sample
(:func:`corpuskit.validation.sample.validation_sample`), where items are drawn
with known, unequal probabilities. It is the difference estimator of survey
sampling (Särndal, Swensson & Wretman 1992, ch. 6) on the design-based
pseudo-outcomes of DSL (Egami et al. 2023), with the exact stratified variance
(Cochran 1977, ch. 5). Formulas, assumptions and a coverage study are in
``docs/validation.md``; :mod:`corpuskit.validation.ppi` has the simple PPI
estimator of a mean.

References:
    Egami, N., Hinck, M., Stewart, B. M. & Wei, H. (2023). Using imperfect
    surrogates for downstream inference: Design-based supervised learning for
    social science applications of large language models. NeurIPS 36.
    Cochran, W. G. (1977). Sampling Techniques, 3rd ed. Wiley.
    Särndal, C.-E., Swensson, B. & Wretman, J. (1992). Model Assisted Survey
    Sampling. Springer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from corpuskit._compat import renamed_arguments
from corpuskit.validation.intervals import check_ci, z_quantile
from corpuskit.validation.items import item_table, predictions
from corpuskit.validation.labels import gold_labels

__all__ = ["INFERENCE", "corrected_shares"]

#: What the intervals of :func:`corrected_shares` generalise to.
INFERENCE = ("superpopulation", "finite")


def _stratified_variance(
    cell_stratum: np.ndarray,
    cell_owner: np.ndarray,
    sums: np.ndarray,
    squares: np.ndarray,
    sampled: np.ndarray,
    sizes: np.ndarray,
    n_owners: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Stratified SRS-without-replacement variance of estimated totals, per owner.

    Each cell holds one owner's (estimate's) residual sum and sum of squares
    in one stratum ``h``; residuals of the stratum's other items are 0. Per
    cell: ``N_h^2 (1 - n_h/N_h) s_h^2 / n_h``, ``s_h^2`` the sample variance.
    Also returns ``sum term^2 / (n_h - 1)``, the denominator of Satterthwaite's
    degrees of freedom.
    """
    n_h, big_n = sampled[cell_stratum], sizes[cell_stratum]
    with np.errstate(invalid="ignore", divide="ignore"):
        s2 = np.maximum((squares - sums**2 / n_h) / (n_h - 1), 0.0)
        term = np.where(n_h < big_n, big_n**2 * (1 - n_h / big_n) * s2 / n_h, 0.0)
        spread = np.where(n_h < big_n, term**2 / (n_h - 1), 0.0)
    return (
        np.bincount(cell_owner, term, minlength=n_owners),
        np.bincount(cell_owner, spread, minlength=n_owners),
    )


def _cells(owner: np.ndarray, stratum: np.ndarray, values: np.ndarray, n_strata: int):
    """Sum and sum of squares of ``values`` per (owner, stratum) cell."""
    code = owner * n_strata + stratum
    cells, inverse = np.unique(code, return_inverse=True)
    sums = np.bincount(inverse, values, minlength=len(cells))
    squares = np.bincount(inverse, values**2, minlength=len(cells))
    return cells % n_strata, cells // n_strata, sums, squares


def _design(labels: pd.DataFrame, items: pd.DataFrame) -> tuple[np.ndarray, ...]:
    """Per labelled item its row in ``items`` and stratum code; per stratum n_h and N_h."""
    position = pd.Index(items["item_id"].to_numpy(dtype=object)).get_indexer(
        labels["item_id"].astype(str).to_numpy(dtype=object)
    )
    if (position < 0).any():
        raise ValueError(
            f"labels= item {labels['item_id'].iloc[int(np.argmin(position))]!r} is not in "
            "data=; pass the result the sample was drawn from"
        )
    strata, stratum = np.unique(labels["stratum"].astype(str), return_inverse=True)
    sizes = np.zeros(len(strata))
    np.maximum.at(sizes, stratum, labels["stratum_size"].to_numpy(dtype=float))
    if sizes.sum() != len(items):
        raise ValueError(
            f"labels= come from a sample of {int(sizes.sum())} items in {len(strata)} strata, "
            f"but data= has {len(items)} items; pass the result the sample was drawn from"
        )
    sampled = np.bincount(stratum, minlength=len(strata)).astype(float)
    single = (sampled == 1) & (sizes > 1)
    if single.any():
        raise ValueError(
            f"stratum {strata[single][0]!r} has 1 labelled item of {int(sizes[single][0])}; "
            "its variance needs 2 or more"
        )
    return position, stratum, sampled, sizes


def _class_sets(
    classes: Mapping[str, Sequence[str]] | None, observed: Sequence[str], exclude: set[str]
) -> dict[str, set[str]]:
    if classes is None:
        return {str(v): {str(v)} for v in sorted(set(observed) - exclude)}
    sets = {str(name): {str(v) for v in values} for name, values in classes.items()}
    if not sets or any(not values for values in sets.values()):
        raise ValueError(f"classes= must map names to non-empty lists of labels, got {classes!r}")
    return sets


def _groups(items: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, list[tuple]]:
    if not by:
        return np.zeros(len(items), dtype=int), [()]
    factors = [pd.factorize(items[c], sort=True, use_na_sentinel=False) for c in by]
    combined = np.zeros(len(items), dtype=np.int64)
    for codes, values in factors:
        combined = combined * len(values) + codes
    combos, codes = np.unique(combined, return_inverse=True)
    keys = []
    for combo in combos:
        key = []
        for _codes, values in reversed(factors):
            combo, k = divmod(int(combo), len(values))
            key.append(values[k])
        keys.append(tuple(reversed(key)))
    return codes.ravel(), keys


def _pairs(keys: list[tuple], reference: Any) -> list[tuple[int, int]]:
    """(group, reference group) index pairs: same values but the last ``by`` column."""
    where = {key: i for i, key in enumerate(keys)}
    if not any(key[-1] == reference for key in keys):
        raise ValueError(f"reference= {reference!r} is not a value of the last by= column")
    pairs = []
    for i, key in enumerate(keys):
        ref = where.get((*key[:-1], reference))
        if ref is not None and ref != i:
            pairs.append((i, ref))
    return pairs


def _estimates(
    k: dict[str, np.ndarray], design: tuple[np.ndarray, ...], n_groups: int, finite: bool
) -> dict[str, np.ndarray]:
    """Naive and corrected ratio estimates per group, their variances, and residuals."""
    row, stratum, sampled, sizes = design
    group = k["group"]
    weight = sizes[stratum] / sampled[stratum]
    a_f = np.bincount(group, k["a_pred"], minlength=n_groups)
    b_f = np.bincount(group, k["b_pred"], minlength=n_groups)
    g = group[row]
    delta_a, delta_b = k["a_true"] - k["a_pred"][row], k["b_true"] - k["b_pred"][row]
    a_hat = a_f + np.bincount(g, weight * delta_a, minlength=n_groups)
    b_hat = b_f + np.bincount(g, weight * delta_b, minlength=n_groups)
    n_labelled = np.bincount(g, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        theta = np.where(n_labelled > 0, a_hat / b_hat, np.nan)
        naive = a_f / b_f
        residual = (delta_a - theta[g] * delta_b) / b_hat[g]
    cells = _cells(g, stratum, residual, len(sizes))
    design_var, spread = _stratified_variance(*cells, sampled, sizes, n_groups)
    bounded = np.clip(theta, 0.0, 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        population_var = 0.0 if finite else bounded * (1 - bounded) / b_hat
        naive_var = naive * (1 - naive) / b_f
        if k.get("amounts", False):
            population_var = 0.0 if finite else _item_variance(k, theta, weight, g, b_hat)
            spread_f = (k["a_pred"] - naive[group] * k["b_pred"]) ** 2
            naive_var = np.bincount(group, spread_f, minlength=n_groups) / b_f**2
    return {
        "naive": naive,
        "naive_var": naive_var,
        "corrected": theta,
        "var": np.where(n_labelled > 0, design_var + population_var, np.nan),
        "spread": spread,
        "population_var": np.broadcast_to(population_var, theta.shape),
        "residual": residual,
        "g": g,
        "n_items": np.bincount(group, minlength=n_groups),
        "n_labelled": n_labelled,
    }


def _item_variance(
    k: dict[str, np.ndarray],
    theta: np.ndarray,
    weight: np.ndarray,
    g: np.ndarray,
    b_hat: np.ndarray,
) -> np.ndarray:
    """``sum_i (a(Y_i) - theta b(Y_i))^2 / B^2`` per group, the sum by the difference estimator.

    With unit amounts it is ``theta (1 - theta) / B``.
    """
    row = k["row"]
    n_groups = len(theta)
    on_f = (k["a_pred"] - theta[k["group"]] * k["b_pred"]) ** 2
    on_y = (k["a_true"] - theta[g] * k["b_true"]) ** 2
    errors = weight * (on_y - on_f[row])
    total = np.bincount(k["group"], on_f, minlength=n_groups) + np.bincount(
        g, errors, minlength=n_groups
    )
    return np.maximum(total, 0.0) / b_hat**2


def _members(group: np.ndarray, wanted: np.ndarray, n_groups: int) -> tuple[np.ndarray, ...]:
    """Positions of the items of each group in ``wanted``, and which entry they belong to."""
    order = np.argsort(group, kind="stable")
    counts = np.bincount(group, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    lengths = counts[wanted]
    entry = np.repeat(np.arange(len(wanted)), lengths)
    offset = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return order[starts[wanted][entry] + offset], entry


def _differences(
    est: dict[str, np.ndarray], pairs: list[tuple[int, int]], design: tuple
) -> dict[str, np.ndarray]:
    """Differences group - reference, with the design covariance of shared strata."""
    _row, stratum, sampled, sizes = design
    target = np.array([p[0] for p in pairs], dtype=int)
    ref = np.array([p[1] for p in pairs], dtype=int)
    n_groups = len(est["corrected"])
    mine, mine_pair = _members(est["g"], target, n_groups)
    theirs, their_pair = _members(est["g"], ref, n_groups)
    cells = _cells(
        np.concatenate([mine_pair, their_pair]),
        stratum[np.concatenate([mine, theirs])],
        np.concatenate([est["residual"][mine], -est["residual"][theirs]]),
        len(sizes),
    )
    design_var, spread = _stratified_variance(*cells, sampled, sizes, len(pairs))
    pop = est["population_var"]
    return {
        "diff": est["corrected"][target] - est["corrected"][ref],
        "var": design_var + pop[target] + pop[ref],
        "spread": spread,
        "naive_diff": est["naive"][target] - est["naive"][ref],
        "naive_var": est["naive_var"][target] + est["naive_var"][ref],
        "target": target,
    }


def _quantile(ci: float, variance: np.ndarray, spread: np.ndarray | None) -> np.ndarray:
    """Normal quantile, or Student's t on Satterthwaite's df ``V^2 / sum term^2 / (n_h - 1)``."""
    if spread is None:
        return np.full(variance.shape, z_quantile(ci))
    with np.errstate(invalid="ignore", divide="ignore"):
        df = np.where(spread > 0, variance**2 / spread, np.inf)
    return sps.t.ppf(0.5 + ci / 2, df)


def _interval(
    estimate: np.ndarray, variance: np.ndarray, quantile: np.ndarray, clip: bool
) -> tuple:
    half = quantile * np.sqrt(variance)
    low, high = estimate - half, estimate + half
    if clip:
        return np.clip(low, 0.0, 1.0), np.clip(high, 0.0, 1.0)
    return np.clip(low, -1.0, 1.0), np.clip(high, -1.0, 1.0)


@renamed_arguments(result="data")
def corrected_shares(
    data: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    variable: str | None = None,
    classes: Mapping[str, Sequence[str]] | None = None,
    exclude: Sequence[str] = (),
    coder: str | None = None,
    reference: Any = None,
    inference: str = "superpopulation",
    ci: float = 0.95,
    id_columns: Sequence[str] | None = None,
    amount: str | None = None,
) -> pd.DataFrame:
    r"""Shares by group from automated labels, naive and corrected with hand labels.

    For a group ``g`` of the ``N_g`` items of ``data`` and a class ``K`` (a
    set of labels), the share is ``theta = A / B``: ``A`` the items whose true
    label is in ``K``, ``B`` those whose label is not in ``exclude`` (all,
    unless some hand labels say "not an item at all", such as a falsely
    detected clause). Each total is estimated by the difference estimator
    over the stratified validation sample (stratum ``h``: ``N_h`` items,
    ``n_h`` labelled, weight ``w_h = N_h / n_h``)

    $$\hat A_g = \sum_{i \in g} a(f_i)
      + \sum_h w_h \sum_{i \in S_h \cap g} \big(a(Y_i) - a(f_i)\big)$$

    (the predictions of every item, plus the weighted errors of the labelled
    ones), i.e. the mean of the DSL pseudo-outcomes
    ``a(f_i) + (R_i / pi_i)(a(Y_i) - a(f_i))`` (Egami et al. 2023); with a
    simple random sample it is the PPI estimator (Angelopoulos et al. 2023)
    with the labelled items' predictions counted among all items. It is
    unbiased whatever the errors of the classifier, in every group, because
    the inclusion probabilities ``pi_h = n_h / N_h`` are known.

    The variance of ``theta = A/B`` is linearised (Taylor; Särndal et al. 1992,
    5.5): with residuals ``e_i = ((a(Y_i) - a(f_i)) - theta (b(Y_i) -
    b(f_i))) / B`` of the labelled items of ``g`` (0 elsewhere),

    $$V_{design} = \sum_h N_h^2 \Big(1 - \frac{n_h}{N_h}\Big) \frac{s^2_{e,h}}{n_h}$$

    (stratified sampling without replacement; Cochran 1977, 5.6). With
    ``inference="finite"`` this is the whole variance: the interval is for the
    share among *these* items of the corpus. With ``"superpopulation"``
    (default) it adds ``theta (1 - theta) / B``, the sampling variance of the
    items themselves (taken as independent), so the interval is for the
    process that produced the corpus, like the naive one. A difference
    between two groups uses the residuals of both (the second with a minus
    sign), so strata shared by the groups add their covariance. Intervals
    are ``estimate ± t sqrt(V)``, ``t`` the Student quantile on
    Satterthwaite's degrees of freedom ``V^2 / sum_h term_h^2 / (n_h - 1)``
    (Cochran 1977, 5.4; the item term counts as known), clipped to [0, 1]
    for shares.

    The naive share is ``sum a(f_i) / sum b(f_i)`` over the group, with the
    Wald interval ``± z sqrt(p (1 - p) / n)``: what the automated labels say.

    With ``amount`` (a column of ``data``: each item's amount ``m_i``, such
    as a quote's words) the share is one of the total amount,
    ``a(y) = m_i [y in K]`` and ``b(y) = m_i [y not in exclude]``, with the
    same estimator and design variance. The item term becomes
    ``sum_i (a(Y_i) - theta b(Y_i))^2 / B^2`` (its sum estimated by the same
    difference estimator), the naive variance ``sum_i (a(f_i) - p
    b(f_i))^2 / (sum b(f_i))^2``; both are the terms above for unit amounts.

    Args:
        data: the result the sample was drawn from (same rows, one per item).
        labels: hand labels from :func:`corpuskit.validation.labels.read_labels`.
        by: group column(s) of ``data``; ``None``: one group.
        variable: the labelled variable, when ``labels`` hold several.
        classes: ``{name: [labels]}`` to estimate, e.g.
            ``{"agentless": ["passive_agentless", "intransitive", "nominal"]}``;
            default every label (predicted or coded) on its own.
        exclude: labels of items that do not count at all (out of the denominator).
        coder: whose labels count; default the only coder or the majority.
        reference: a value of the last ``by`` column: each group is also
            compared with the group that has the same other ``by`` values and
            this one (e.g. ``by=["event", "outlet_group"], reference="western"``).
        inference: ``"superpopulation"`` or ``"finite"`` (see above).
        ci: confidence level.
        id_columns: columns identifying an item, if not the default of the
            result's shape.
        amount: a column of non-negative amounts per item: shares of the total amount.

    Returns:
        One row per group and class: the ``by`` columns, ``class``,
        ``n_items``, ``n_labelled``, ``naive``, ``naive_low``, ``naive_high``,
        ``corrected``, ``corrected_low``, ``corrected_high``, ``se``, ``df``
        (Satterthwaite; ``inf`` without design variance); the corrected
        columns are NaN for a group without labelled items (nothing to
        correct with: label some, e.g. by sampling ``by=`` this group); with
        ``reference`` also ``naive_diff``, ``naive_diff_low``,
        ``naive_diff_high``, ``diff``, ``diff_low``, ``diff_high`` (NaN for
        the reference groups).

    Raises:
        ValueError: for labels of another result, an unknown option value, a
            stratum with a single labelled item, or a tie among coders.

    Example:
        >>> result = pd.DataFrame({"doc_id": list("abcdefgh"), "start": 0, "end": 5,
        ...     "category": list("xxxxxxyy"), "entry": "e", "match": "m"})
        >>> labels = pd.DataFrame({"item_id": ["a|0|5", "b|0|5", "g|0|5", "h|0|5"],
        ...     "coder": "c", "variable": "category", "label": ["x", "y", "y", "y"],
        ...     "stratum": ["x", "x", "y", "y"], "stratum_size": [6, 6, 2, 2]})
        >>> table = corrected_shares(result, labels, inference="finite")
        >>> table[["class", "naive", "corrected"]].values.tolist()
        [['x', 0.75, 0.375], ['y', 0.25, 0.625]]
    """
    check_ci(ci)
    if inference not in INFERENCE:
        raise ValueError(f"inference= must be one of {INFERENCE}, got {inference!r}")
    variables = sorted(set(labels["variable"].astype(str)))
    if variable is None and len(variables) != 1:
        raise ValueError(f"labels= hold several variables {variables}; pass variable=")
    variable = variable or variables[0]
    if variable not in variables:
        raise ValueError(f"variable= {variable!r} is not one of {variables}")
    gold = gold_labels(labels[labels["variable"].astype(str) == variable], coder=coder)
    items, _shape = item_table(data, id_columns=id_columns, prediction_column=variable)
    by_columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    missing = [c for c in by_columns if c not in items.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing} (by=)")
    design = _design(gold, items)
    group, keys = _groups(items, by_columns)
    predicted = predictions(items[variable]).to_numpy()
    truth = gold["label"].astype(str).to_numpy()
    skip = {str(v) for v in exclude}
    sets = _class_sets(classes, [*np.unique(predicted), *np.unique(truth)], skip)
    pairs = _pairs(keys, reference) if reference is not None else []
    m = _amounts(items, amount)
    frames = []
    for name, members in sets.items():
        k = {
            "group": group,
            "row": design[0],
            "amounts": amount is not None,
            "a_pred": m * np.isin(predicted, list(members)),
            "b_pred": m * ~np.isin(predicted, list(skip)),
            "a_true": m[design[0]] * np.isin(truth, list(members)),
            "b_true": m[design[0]] * ~np.isin(truth, list(skip)),
        }
        est = _estimates(k, design, len(keys), inference == "finite")
        frames.append(_frame(name, est, keys, by_columns, pairs, design, ci))
    return pd.concat(frames, ignore_index=True)


def _amounts(items: pd.DataFrame, amount: str | None) -> np.ndarray:
    """Each item's amount (1 without ``amount``), checked."""
    if amount is None:
        return np.ones(len(items))
    if amount not in items.columns:
        raise ValueError(f"amount= {amount!r} is not a column of data=")
    values = pd.to_numeric(items[amount], errors="coerce").to_numpy(dtype=float)
    if not np.isfinite(values).all() or (values < 0).any():
        raise ValueError(f"amount= column {amount!r} must hold finite numbers >= 0")
    return values


def _frame(
    name: str,
    est: dict[str, np.ndarray],
    keys: list[tuple],
    by_columns: list[str],
    pairs: list[tuple[int, int]],
    design: tuple,
    ci: float,
) -> pd.DataFrame:
    frame = pd.DataFrame(keys, columns=by_columns) if by_columns else pd.DataFrame(index=[0])
    frame["class"] = name
    frame["n_items"] = est["n_items"]
    frame["n_labelled"] = est["n_labelled"]
    frame["naive"] = est["naive"]
    z = _quantile(ci, est["naive_var"], None)
    frame["naive_low"], frame["naive_high"] = _interval(est["naive"], est["naive_var"], z, True)
    frame["corrected"] = est["corrected"]
    t = _quantile(ci, est["var"], est["spread"])
    low, high = _interval(est["corrected"], est["var"], t, True)
    frame["corrected_low"], frame["corrected_high"] = low, high
    frame["se"] = np.sqrt(est["var"])
    with np.errstate(invalid="ignore", divide="ignore"):
        frame["df"] = np.where(est["spread"] > 0, est["var"] ** 2 / est["spread"], np.inf)
    if pairs:
        diff = _differences(est, pairs, design)
        target = diff["target"]
        for prefix, key, var, spread in (
            ("naive_", "naive_diff", "naive_var", None),
            ("", "diff", "var", diff["spread"]),
        ):
            values = np.full(len(keys), np.nan)
            values[target] = diff[key]
            variance = np.full(len(keys), np.nan)
            variance[target] = diff[var]
            quantile = np.full(len(keys), np.nan)
            quantile[target] = _quantile(ci, diff[var], spread)
            low, high = _interval(values, variance, quantile, False)
            frame[f"{prefix}diff"], frame[f"{prefix}diff_low"] = values, low
            frame[f"{prefix}diff_high"] = high
    return frame.reset_index(drop=True)
