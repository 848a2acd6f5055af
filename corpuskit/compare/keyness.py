"""Keyness: which features are over- or under-represented in one sub-corpus against another.

:func:`keyness` compares a target group of documents with a reference group and
reports, for every feature, significance (signed G2, Pearson chi-squared,
adjusted p-values) next to effect sizes (Log Ratio with a confidence interval,
%DIFF, Fightin' Words weighted log-odds), so that "significant" and "large" can
be read apart. :func:`keyness_each` runs every level of a docvars column
against the rest.
"""

from __future__ import annotations

import warnings
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.compare import stats
from corpuskit.compare.groups import (
    count_matrix,
    document_totals,
    iter_strata,
    levels,
    resolve_contrast,
)
from corpuskit.compare.resample import bootstrap_intervals

#: measures :func:`keyness` can sort by
MEASURES = ("g2", "chi2", "log_ratio", "pct_diff", "fw_delta", "fw_z")
#: ways to compute the Log Ratio interval
CI_METHODS = ("analytic", "bootstrap")

#: the columns of a :func:`keyness` result, in order
COLUMNS = (
    "feature",
    "n_target",
    "n_reference",
    "freq_target",
    "freq_reference",
    "docs_target",
    "docs_reference",
    "g2",
    "p_value",
    "p_adjusted",
    "chi2",
    "log_ratio",
    "log_ratio_low",
    "log_ratio_high",
    "pct_diff",
    "fw_delta",
    "fw_z",
    "direction",
)


class KeynessResult(pd.DataFrame):
    """A :func:`keyness` table that knows its two sides and draws itself.

    A pandas DataFrame (every DataFrame operation works) with two attributes
    that survive filtering, sorting, ``head``, ``copy`` (and ``pd.concat`` of
    results with the same sides):
    ``target_label`` and ``reference_label``, the names of the compared sides
    (``"target"`` / ``"reference"`` when unknown). :meth:`plot` draws the
    keyness chart (:func:`corpuskit.plot.keyness`), not pandas' line chart.

    Example:
        >>> k = KeynessResult({"feature": ["aleppo"], "direction": ["target"]})
        >>> k.target_label = "Aleppo"
        >>> k[k["direction"] == "target"].head(1).copy().target_label
        'Aleppo'
    """

    _metadata: ClassVar[list[str]] = ["target_label", "reference_label"]
    target_label: str = "target"
    reference_label: str = "reference"

    @property
    def _constructor(self) -> type[KeynessResult]:
        return KeynessResult

    def __finalize__(self, other: Any, method: str | None = None, **kwargs: Any) -> KeynessResult:
        """Keep the sides through pandas operations, and through ``pd.concat`` when all agree."""
        result = super().__finalize__(other, method=method, **kwargs)
        if method == "concat":
            sides = {
                (getattr(part, "target_label", None), getattr(part, "reference_label", None))
                for part in other.objs
            }
            if len(sides) == 1:
                result.target_label, result.reference_label = sides.pop()
        return result

    def plot(self, **kwargs: Any) -> Any:  # type: ignore[override]
        """Draw the key terms as diverging bars: :func:`corpuskit.plot.keyness`.

        Args:
            **kwargs: options of :func:`corpuskit.plot.keyness` (``n``,
                ``measure``, ``labels``, ``title``, ``ax``, ...).

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.keyness import keyness as plot_keyness

        return plot_keyness(self, **kwargs)


def keyness(
    dtm: Any,
    *,
    target: Any,
    reference: Any = None,
    by: str | None = None,
    strata: str | None = None,
    measure: str = "g2",
    min_count: int = 5,
    correction: str | None = "bh",
    yates: bool = False,
    prior: Any = "pooled",
    prior_scale: float | None = None,
    ci: float = 0.95,
    ci_method: str = "analytic",
    n_boot: int = 1000,
    seed: int | None = None,
    sort: bool = True,
    progress: bool | None = None,
) -> KeynessResult:
    """Keyness of every feature in a target group of documents against a reference group.

    For a feature with ``a`` occurrences among the ``n_a`` tokens of the target
    and ``b`` among the ``n_b`` tokens of the reference (the documents' token
    counts: the docvars column ``n_tokens`` that :func:`corpuskit.docterm` records,
    so trimming features does not change them, else the matrix's row sums):

    - ``g2``: signed log-likelihood ratio (Dunning 1993),
      ``G2 = 2 * sum O_ij ln(O_ij / E_ij)`` over the 2x2 table of the feature vs
      all other tokens in target vs reference, ``E_ij = row_i * col_j / N``;
      positive when the feature is relatively more frequent in the target.
    - ``chi2``: Pearson's ``X2 = sum (|O_ij - E_ij| - c)^2 / E_ij`` with
      ``c = 0.5`` when ``yates=True`` (Yates 1934), else 0; unsigned.
    - ``p_value``: upper tail of chi-squared with 1 df of ``|g2|`` (of ``chi2``
      when ``measure="chi2"``); ``p_adjusted``: Benjamini & Hochberg (1995)
      false discovery rate (``correction="bh"``), Bonferroni (``"bonferroni"``,
      ``min(1, m p)``) or unadjusted (``None``), over the ``m`` features reported.
    - ``log_ratio``: Hardie's (2014) ``log2((a / n_a) / (b / n_b))``, a zero
      count replaced by 0.5; ``log_ratio_low`` / ``log_ratio_high``: its interval
      at level ``ci``, analytic (``LR -/+ z * sqrt(1/a + 1/b) / ln 2``) or, with
      ``ci_method="bootstrap"``, the percentile interval of a document bootstrap
      (``n_boot`` resamples of the target's and the reference's documents),
      which widens for words that few articles repeat. For a feature absent
      from one group the bootstrap only sees the other group's variation (the
      zero stays 0.5 in every resample), so its interval is narrow; read the
      analytic one there.
    - ``pct_diff``: %DIFF (Gabrielatos & Marchi 2012),
      ``100 * (a/n_a - b/n_b) / (b/n_b)``; ``inf`` when ``b = 0``.
    - ``fw_delta``, ``fw_z``: Fightin' Words (Monroe, Colaresi & Quinn 2008), the
      log-odds ratio with an informative Dirichlet prior ``alpha_w``:
      ``delta = log((a+alpha_w)/(n_a+alpha0-a-alpha_w)) - log((b+alpha_w)/(n_b+alpha0-b-alpha_w))``,
      ``z = delta / sqrt(1/(a+alpha_w) + 1/(b+alpha_w))``. The prior is
      ``alpha_w = alpha0 * pi_w`` with ``pi`` the feature proportions of the
      prior corpus and ``alpha0 = prior_scale``, by default ``n_a + n_b``
      (with ``prior="pooled"``, ``alpha_w`` is then the feature's pooled count
      in target + reference, as in tidylo).

    Args:
        dtm: a DocTermMatrix of raw counts.
        target: the target group. With ``by``: a value of that docvars column or
            a list of values. Without: a boolean mask over documents, a filter
            string on the docvars (``"event == 'aleppo' and outlet in
            ['sana', 'tass']"``, see :mod:`corpuskit.filters`) or a callable
            ``f(docvars) -> mask``.
        reference: the reference group, given like ``target``; ``None`` (default)
            is every document outside the target.
        by: the docvars column ``target`` / ``reference`` values refer to.
        strata: a docvars column: run the same contrast inside each of its values
            (documents with a missing value are left out) and stack the results
            with a ``stratum`` column. A stratum where the target or the reference
            is empty is skipped with a warning.
        measure: the column to sort by: ``"g2"`` (default), ``"chi2"`` (sorted by
            chi2 signed with the direction), ``"log_ratio"``, ``"pct_diff"``,
            ``"fw_delta"`` or ``"fw_z"``.
        min_count: keep features occurring at least this often in target and
            reference together (features that never occur there are always dropped).
        correction: multiple-comparison adjustment: ``"bh"``, ``"bonferroni"`` or ``None``.
        yates: apply Yates' continuity correction to ``chi2``.
        prior: the Fightin' Words prior: ``"pooled"`` (target + reference counts),
            a background DocTermMatrix of counts, or a Series of counts indexed by
            feature. A background is aligned by feature name (absent features
            count 0) and smoothed by adding 0.5 to every count.
        prior_scale: ``alpha0``, the prior's total pseudo-count; ``None`` is
            ``n_a + n_b``.
        ci: confidence level of the Log Ratio interval.
        ci_method: ``"analytic"`` (default) or ``"bootstrap"``.
        n_boot: bootstrap resamples when ``ci_method="bootstrap"``.
        seed: random seed of the bootstrap.
        sort: sort by ``measure``, descending (key features of the target first,
            of the reference last); else keep the matrix's feature order.
        progress: show a progress bar during the bootstrap.

    Returns:
        One row per feature (with a leading ``stratum`` column when ``strata`` is
        given): ``feature``; ``n_target``, ``n_reference`` (counts);
        ``freq_target``, ``freq_reference`` (per 10,000 tokens); ``docs_target``,
        ``docs_reference`` (documents containing the feature); ``g2``,
        ``p_value``, ``p_adjusted``, ``chi2``, ``log_ratio``, ``log_ratio_low``,
        ``log_ratio_high``, ``pct_diff``, ``fw_delta``, ``fw_z`` (see above);
        ``direction``: ``"target"`` or ``"reference"`` (where the feature is
        relatively more frequent), ``"none"`` on an exact tie. A
        :class:`KeynessResult`: a DataFrame whose ``target_label`` and
        ``reference_label`` name the sides and whose ``.plot()`` draws the key
        terms. Without ``strata``, ``attrs`` records ``n_tokens_target``,
        ``n_tokens_reference``, ``n_docs_target``, ``n_docs_reference`` and
        ``measure``.

    Raises:
        ValueError: an unknown column, value, measure or option; a weighted matrix;
            overlapping or empty groups.

    References:
        Dunning (1993), *Computational Linguistics* 19(1); Hardie (2014), Log
        Ratio, CASS Lancaster; Gabrielatos & Marchi (2012), CADS Bologna; Monroe,
        Colaresi & Quinn (2008), *Political Analysis* 16(4); Benjamini & Hochberg
        (1995), *JRSS B* 57(1); Yates (1934).

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3], [4, 0, 5], [0, 5, 5], [1, 6, 4]],
        ...     ["aleppo", "mosul", "said"],
        ...     pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
        ... )
        >>> k = ck.keyness(m, target="aleppo", by="event", min_count=1)
        >>> k["feature"].tolist(), k["direction"].tolist()
        (['aleppo', 'said', 'mosul'], ['target', 'reference', 'reference'])
        >>> round(float(k.loc[0, "log_ratio"]), 3)
        3.466
    """
    _check_options(measure=measure, min_count=min_count, correction=correction, ci_method=ci_method)
    stats.check_ci(ci)
    matrix = count_matrix(dtm)
    totals = document_totals(dtm)
    contrast = resolve_contrast(dtm.docvars, target=target, reference=reference, by=by)
    background = _background_counts(dtm, prior)
    options = {
        "measure": measure,
        "min_count": min_count,
        "correction": correction,
        "yates": yates,
        "background": background,
        "prior_scale": prior_scale,
        "ci": ci,
        "ci_method": ci_method,
        "n_boot": n_boot,
        "rng": np.random.default_rng(seed),
        "sort": sort,
        "progress": progress,
    }
    if strata is None:
        table = _contrast_table(dtm, matrix, totals, contrast.target, contrast.reference, **options)
        return _label_sides(table, target=target, reference=reference, by=by)
    frames = []
    for value, in_stratum in iter_strata(dtm.docvars, strata):
        target_mask = contrast.target & in_stratum
        reference_mask = contrast.reference & in_stratum
        if not target_mask.any() or not reference_mask.any():
            empty = "target" if not target_mask.any() else "reference"
            warnings.warn(
                f"keyness: stratum {strata}={value!r} skipped, its {empty} group has no documents",
                UserWarning,
                stacklevel=2,
            )
            continue
        frame = _contrast_table(dtm, matrix, totals, target_mask, reference_mask, **options)
        frame.insert(0, "stratum", value)
        frames.append(frame)
    if not frames:
        raise ValueError(
            f"strata={strata!r}: no stratum has documents in both the target and the reference"
        )
    table = pd.concat(frames, ignore_index=True)
    return _label_sides(table, target=target, reference=reference, by=by)


def _label_sides(
    table: pd.DataFrame, *, target: Any, reference: Any, by: str | None
) -> KeynessResult:
    """``table`` as a :class:`KeynessResult` naming its two sides."""

    def name(side: Any, fallback: str) -> str:
        if side is None:
            return "rest" if fallback == "reference" else fallback
        if isinstance(side, str):
            return side
        if by is not None and np.ndim(side) == 0:
            return f"{by} = {side}"
        if by is not None:
            return ", ".join(str(v) for v in side)
        return fallback

    result = KeynessResult(table)
    result.attrs = dict(table.attrs)
    result.target_label = name(target, "target")
    result.reference_label = name(reference, "reference")
    return result


def keyness_each(dtm: Any, *, by: str, **options: Any) -> pd.DataFrame:
    """Keyness of every level of a docvars column against all other documents.

    Runs :func:`keyness` with ``target=level, by=by`` for each non-missing
    value of ``by`` (sorted) and stacks the results.

    Args:
        dtm: a DocTermMatrix of raw counts.
        by: the docvars column whose levels are compared with the rest.
        **options: any other :func:`keyness` option (``measure``, ``min_count``,
            ``strata``, ``prior``, ...), except ``target`` and ``reference``.

    Returns:
        The :func:`keyness` columns with a leading ``group`` column (the level).

    Raises:
        ValueError: ``by`` is not a docvars column, has fewer than two levels, or
            ``target`` / ``reference`` are passed.

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3], [4, 0, 5], [0, 5, 5], [1, 6, 4]],
        ...     ["aleppo", "mosul", "said"],
        ...     pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
        ... )
        >>> each = ck.keyness_each(m, by="event", min_count=1)
        >>> each.groupby("group")["feature"].first().to_dict()
        {'aleppo': 'aleppo', 'mosul': 'mosul'}
    """
    for name in ("target", "reference"):
        if name in options:
            raise ValueError(f"keyness_each() sets {name}= itself (each level of by= in turn)")
    values = levels(dtm.docvars, by, argument="by")
    if len(values) < 2:
        raise ValueError(f"by={by!r} needs at least two levels to compare, found {values!r}")
    frames = []
    for value in values:
        frame = keyness(dtm, target=value, by=by, **options)
        frame.insert(0, "group", value)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def _check_options(*, measure: str, min_count: int, correction: str | None, ci_method: str) -> None:
    if measure not in MEASURES:
        raise ValueError(f"measure= must be one of {MEASURES}, got {measure!r}")
    if isinstance(min_count, bool) or not isinstance(min_count, (int, np.integer)) or min_count < 0:
        raise ValueError(f"min_count= must be an integer >= 0, got {min_count!r}")
    if correction not in stats.CORRECTIONS:
        raise ValueError(f"correction= must be one of {stats.CORRECTIONS}, got {correction!r}")
    if ci_method not in CI_METHODS:
        raise ValueError(f"ci_method= must be one of {CI_METHODS}, got {ci_method!r}")


def _background_counts(dtm: Any, prior: Any) -> np.ndarray | None:
    """Background counts aligned to ``dtm.features`` (``None`` for the pooled prior)."""
    if isinstance(prior, str):
        if prior != "pooled":
            raise ValueError(
                f"prior= must be 'pooled', a DocTermMatrix or a Series of counts, got {prior!r}"
            )
        return None
    if isinstance(prior, pd.Series):
        counts = pd.to_numeric(prior, errors="coerce")
        if counts.isna().any() or (counts < 0).any():
            raise ValueError("prior= Series must hold non-negative counts for every feature")
        if not counts.index.is_unique:
            raise ValueError("prior= Series has duplicate features in its index")
    elif hasattr(prior, "matrix") and hasattr(prior, "features"):
        totals = np.asarray(count_matrix(prior).sum(axis=0)).ravel()
        counts = pd.Series(totals, index=pd.Index(prior.features))
    else:
        raise ValueError(
            f"prior= must be 'pooled', a DocTermMatrix or a Series of counts, "
            f"got {type(prior).__name__}"
        )
    return counts.reindex(pd.Index(dtm.features), fill_value=0).to_numpy(dtype=float)


def _prior(
    pooled: np.ndarray, background: np.ndarray | None, prior_scale: float | None, total: float
) -> tuple[np.ndarray, float]:
    """Dirichlet pseudo-counts ``alpha_w`` over the whole vocabulary and their sum ``alpha0``."""
    alpha0 = total if prior_scale is None else float(prior_scale)
    if not alpha0 > 0:
        raise ValueError(f"prior_scale= must be > 0, got {prior_scale!r}")
    weights = pooled if background is None else background + 0.5
    return alpha0 * weights / weights.sum(), alpha0


def _docfreq(matrix: sp.csr_array) -> np.ndarray:
    return np.diff(sp.csc_array(matrix > 0).indptr)


def _contrast_table(
    dtm: Any,
    matrix: sp.csr_array,
    totals: np.ndarray,
    target_mask: np.ndarray,
    reference_mask: np.ndarray,
    *,
    measure: str,
    min_count: int,
    correction: str | None,
    yates: bool,
    background: np.ndarray | None,
    prior_scale: float | None,
    ci: float,
    ci_method: str,
    n_boot: int,
    rng: np.random.Generator,
    sort: bool,
    progress: bool | None,
) -> pd.DataFrame:
    target_matrix = matrix[target_mask, :]
    reference_matrix = matrix[reference_mask, :]
    a_all = np.asarray(target_matrix.sum(axis=0), dtype=float).ravel()
    b_all = np.asarray(reference_matrix.sum(axis=0), dtype=float).ravel()
    n_a, n_b = totals[target_mask].sum(), totals[reference_mask].sum()
    if n_a == 0 or n_b == 0:
        empty = "target" if n_a == 0 else "reference"
        raise ValueError(f"the {empty} documents contain no tokens: nothing to compare")
    alpha_all, alpha0 = _prior(a_all + b_all, background, prior_scale, n_a + n_b)
    keep = np.flatnonzero(a_all + b_all >= max(min_count, 1))
    a, b, alpha = a_all[keep], b_all[keep], alpha_all[keep]

    g2 = stats.g2(a, b, n_a, n_b)
    chi2 = stats.chi2(a, b, n_a, n_b, yates=yates)
    p_values = stats.chi2_pvalue(chi2 if measure == "chi2" else g2)
    if ci_method == "bootstrap":
        _, _, low, high = bootstrap_intervals(
            [(target_matrix, totals[target_mask]), (reference_matrix, totals[reference_mask])],
            keep,
            stats.log_ratio,
            n_boot=n_boot,
            ci=ci,
            method="percentile",
            rng=rng,
            show=progress,
            desc="keyness bootstrap",
        )
    else:
        low, high = stats.log_ratio_ci(a, b, n_a, n_b, ci=ci)
    fw_delta, fw_z = stats.fightin_words(a, b, n_a, n_b, alpha=alpha, alpha0=alpha0)
    sign = stats.direction_sign(a, b, n_a, n_b)
    frame = pd.DataFrame(
        {
            "feature": np.asarray(dtm.features, dtype=object)[keep],
            "n_target": a.astype(np.int64),
            "n_reference": b.astype(np.int64),
            "freq_target": stats.per_10k(a, n_a),
            "freq_reference": stats.per_10k(b, n_b),
            "docs_target": _docfreq(target_matrix)[keep].astype(np.int64),
            "docs_reference": _docfreq(reference_matrix)[keep].astype(np.int64),
            "g2": g2,
            "p_value": p_values,
            "p_adjusted": stats.adjust_pvalues(p_values, correction),
            "chi2": chi2,
            "log_ratio": stats.log_ratio(a, b, n_a, n_b),
            "log_ratio_low": low,
            "log_ratio_high": high,
            "pct_diff": stats.pct_diff(a, b, n_a, n_b),
            "fw_delta": fw_delta,
            "fw_z": fw_z,
            "direction": np.where(sign > 0, "target", np.where(sign < 0, "reference", "none")),
        },
        columns=list(COLUMNS),
    )
    if sort:
        key = frame["chi2"].to_numpy() * sign if measure == "chi2" else frame[measure].to_numpy()
        order = np.lexsort((frame["feature"].to_numpy(dtype=str), -key))
        frame = frame.iloc[order].reset_index(drop=True)
    frame.attrs.update(
        {
            "measure": measure,
            "n_tokens_target": int(n_a),
            "n_tokens_reference": int(n_b),
            "n_docs_target": int(target_mask.sum()),
            "n_docs_reference": int(reference_mask.sum()),
        }
    )
    return frame
