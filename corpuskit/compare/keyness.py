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
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare import stats
from corpuskit.compare.design import check_sides
from corpuskit.compare.groups import (
    count_matrix,
    document_totals,
    iter_strata,
    levels,
    resolve_contrast,
)
from corpuskit.compare.keyness_result import DESIGN, KeynessResult
from corpuskit.compare.keyness_table import (
    CI_METHODS,
    COLUMNS,
    MEASURES,
    MIN_DOCS,
    background_counts,
    contrast_table,
)
from corpuskit.constants import N_BOOT, SEED

__all__ = [
    "CI_METHODS",
    "COLUMNS",
    "MEASURES",
    "MIN_DOCS",
    "KeynessResult",
    "keyness",
    "keyness_each",
]


def keyness(
    dtm: Any,
    *,
    target: Any,
    reference: Any = None,
    by: str | None = None,
    strata: str | None = None,
    measure: str = "g2",
    min_count: int = 5,
    min_docs: int | None = None,
    correction: str | None = "bh",
    yates: bool = False,
    prior: Any = "pooled",
    prior_scale: float | None = None,
    ci: float = 0.95,
    ci_method: str = "analytic",
    n_boot: int = N_BOOT,
    seed: int | None = SEED,
    sort: bool = True,
    labels: tuple[str, str] | None = None,
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
      ``min(1, m p)``) or unadjusted (``None``), over the ``m`` features with at
      least ``min_count`` occurrences (those that ``min_docs`` then leaves out
      included, so leaving them out makes no other feature more significant).
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
        min_docs: keep a feature only if it occurs in at least this many documents
            of the side it is key for (its ``direction``; either side on a tie),
            so a word that one article repeats is not "key" for its side
            (dispersion-aware keyness; Egbert & Biber 2019). ``None`` (default)
            is :data:`MIN_DOCS` (3) for a matrix of documents and 1 for a
            grouped matrix (docvars ``n_docs``, from :meth:`DocTermMatrix.group`),
            whose document frequencies are unknown. ``1`` keeps every feature;
            the number left out is the result's ``n_features_min_docs``.
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
        labels: the names of the target and the reference in warnings and in
            the result's ``target_label`` / ``reference_label`` (default: the
            ``target`` / ``reference`` values, or ``"target"`` / ``"reference"``
            for masks and callables).
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
        :class:`~corpuskit.compare.keyness_result.KeynessResult`: a DataFrame
        whose ``target_label`` and ``reference_label`` name the sides, whose
        attributes ``measure``, ``min_docs`` and (without ``strata``)
        ``n_tokens_target``, ``n_tokens_reference``, ``n_docs_target``,
        ``n_docs_reference``, ``n_features_min_docs`` record the design (they
        survive filtering and sorting, unlike ``attrs``), and whose ``.plot()``
        draws the key terms.

    Warns:
        SmallSampleWarning: the target or the reference (in a stratum, with
            ``strata``) has fewer than 20 documents
            (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: an unknown column, value, measure or option; a weighted matrix;
            overlapping or empty groups; ``min_docs`` above 1 on a grouped matrix.

    References:
        Dunning (1993), *Computational Linguistics* 19(1); Hardie (2014), Log
        Ratio, CASS Lancaster; Gabrielatos & Marchi (2012), CADS Bologna; Monroe,
        Colaresi & Quinn (2008), *Political Analysis* 16(4); Benjamini & Hochberg
        (1995), *JRSS B* 57(1); Yates (1934); Egbert & Biber (2019),
        *Corpora* 14(1) (keyness by dispersion).

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3], [4, 0, 5], [0, 5, 5], [1, 6, 4]],
        ...     ["aleppo", "mosul", "said"],
        ...     pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
        ... )
        >>> k = ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=1)
        >>> k["feature"].tolist(), k["direction"].tolist()
        (['aleppo', 'said', 'mosul'], ['target', 'reference', 'reference'])
        >>> round(float(k.loc[0, "log_ratio"]), 3)
        3.466
    """
    min_docs = _min_docs(dtm, min_docs)
    _check_options(
        measure=measure,
        min_count=min_count,
        min_docs=min_docs,
        correction=correction,
        ci_method=ci_method,
    )
    stats.check_ci(ci)
    matrix = count_matrix(dtm)
    totals = document_totals(dtm)
    contrast = resolve_contrast(dtm.docvars, target=target, reference=reference, by=by)
    names = _side_names(target=target, reference=reference, by=by, labels=labels)
    background = background_counts(dtm, prior)
    options = {
        "measure": measure,
        "min_count": min_count,
        "min_docs": min_docs,
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
        _check_sizes(dtm, contrast.target, contrast.reference, names, analysis="keyness")
        table, design = contrast_table(
            dtm, matrix, totals, contrast.target, contrast.reference, **options
        )
        return _label_sides(table, names, design)
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
        analysis = f"keyness ({strata} = {value})"
        _check_sizes(dtm, target_mask, reference_mask, names, analysis=analysis)
        frame, _ = contrast_table(dtm, matrix, totals, target_mask, reference_mask, **options)
        frame.insert(0, "stratum", value)
        frames.append(frame)
    if not frames:
        raise ValueError(
            f"strata={strata!r}: no stratum has documents in both the target and the reference"
        )
    table = pd.concat(frames, ignore_index=True)
    return _label_sides(table, names, {"measure": measure, "min_docs": min_docs})


def _side_names(
    *, target: Any, reference: Any, by: str | None, labels: tuple[str, str] | None
) -> tuple[str, str]:
    """The names of the two sides: ``labels``, else from ``target`` / ``reference``."""
    if labels is not None:
        if len(labels) != 2 or labels[0] == labels[1]:
            raise ValueError(f"labels= must be two different names, got {labels!r}")
        return str(labels[0]), str(labels[1])

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

    target_name, reference_name = name(target, "target"), name(reference, "reference")
    if target_name == reference_name:
        return f"target: {target_name}", f"reference: {reference_name}"
    return target_name, reference_name


def _min_docs(dtm: Any, min_docs: int | None) -> int:
    """``min_docs`` with its default; refused above 1 when the rows are groups."""
    grouped = "n_docs" in dtm.docvars.columns
    if min_docs is None:
        return 1 if grouped else MIN_DOCS
    if grouped and isinstance(min_docs, (int, np.integer)) and min_docs > 1:
        raise ValueError(
            f"min_docs={min_docs} needs a matrix of documents, but the rows of this one are "
            "groups (docvars 'n_docs'), whose document frequencies are unknown: pass "
            "min_docs=1, or compare the documents' matrix (ck.dtm) before grouping"
        )
    return min_docs


def _check_sizes(
    dtm: Any,
    target_mask: np.ndarray,
    reference_mask: np.ndarray,
    names: tuple[str, str],
    *,
    analysis: str,
) -> None:
    """Warn when a side has few documents (of a grouped matrix: the sum of ``n_docs``)."""
    if "n_docs" in dtm.docvars.columns:
        per_row = pd.to_numeric(dtm.docvars["n_docs"], errors="coerce").fillna(0).to_numpy()
    else:
        per_row = np.ones(len(target_mask))
    sizes = [int(per_row[mask].sum()) for mask in (target_mask, reference_mask)]
    check_sides(dict(zip(names, sizes)), analysis=analysis)


def _label_sides(
    table: pd.DataFrame, names: tuple[str, str], design: dict[str, Any]
) -> KeynessResult:
    """``table`` as a :class:`KeynessResult` naming its two sides and carrying its design."""
    result = KeynessResult(table)
    result.target_label, result.reference_label = names
    for name in DESIGN:
        setattr(result, name, design.get(name))
    result.attrs = {name: value for name, value in design.items() if value is not None}
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
        >>> each = ck.keyness_each(m, by="event", min_count=1, min_docs=1)
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


def _check_options(
    *, measure: str, min_count: int, min_docs: int, correction: str | None, ci_method: str
) -> None:
    if measure not in MEASURES:
        raise ValueError(f"measure= must be one of {MEASURES}, got {measure!r}")
    for name, value, least in (("min_count", min_count, 0), ("min_docs", min_docs, 1)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
            raise ValueError(f"{name}= must be an integer >= {least}, got {value!r}")
    if correction not in stats.CORRECTIONS:
        raise ValueError(f"correction= must be one of {stats.CORRECTIONS}, got {correction!r}")
    if ci_method not in CI_METHODS:
        raise ValueError(f"ci_method= must be one of {CI_METHODS}, got {ci_method!r}")
