"""The row-wise analyses on a Dask DataFrame: run per partition, gathered as pandas.

These implement ``ck.dask.lookup``, ``ck.dask.frames``, ``ck.dask.agency``,
``ck.dask.quotes``, ``ck.dask.mentions``, ``ck.dask.kwic`` and ``ck.dask.naming``
(:mod:`corpuskit.scale.verbs`). ``ck.lookup``, ``ck.frames``, ``ck.agency``,
``ck.quotes``, ``ck.mentions`` and ``ck.kwic`` look at one document at a
time, so on a Dask DataFrame they run on
every partition (on the workers) and the partitions' results are concatenated
in partition order: the result is the pandas result, of the same type, equal
to running the function on ``ddf.compute()``. It is computed (not lazy), so it
must fit in memory: these results are per document or per hit, much smaller
than the texts. ``ck.naming`` needs a document bootstrap over the whole
corpus: the per-document label counts are computed on the workers, then its
statistics run on that small table (same seed, same result).

Doc ids must be in the data (a ``doc_id`` column, unique across partitions):
the ids a pandas function invents for data without them (``"doc1"``, ...)
would repeat in every partition. Uniqueness across partitions is not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from corpuskit.compare.kwic import Kwic, kwic
from corpuskit.framing.agency import agency
from corpuskit.framing.naming import (
    _by_columns,
    _label_dictionary,
    check_naming_options,
    naming_from_counts,
    resolved_counts,
)
from corpuskit.framing.scores import frames
from corpuskit.lexicons.lookup import lookup
from corpuskit.scale.cluster import compute
from corpuskit.voices.quotes import quotes
from corpuskit.voices.targets import mentions

__all__ = [
    "agency_dask",
    "frames_dask",
    "kwic_dask",
    "lookup_dask",
    "mentions_dask",
    "naming_dask",
    "quotes_dask",
]


def _check_frame(ddf: Any, text_column: str, function: str) -> None:
    if not hasattr(ddf, "columns"):
        raise ValueError(f"{function} takes a Dask DataFrame, got {type(ddf).__name__}")
    for column in ("doc_id", text_column):
        if column not in ddf.columns:
            raise ValueError(
                f"{function} on a Dask DataFrame needs a {column!r} column (doc ids must come "
                f"with the data to stay unique across partitions); it has {list(ddf.columns)}"
            )


def per_partition(
    function: Callable[..., Any],
    ddf: Any,
    *args: Any,
    progress: bool | None = None,
    **options: Any,
) -> list[Any]:
    """Run ``function(partition, *args, **options)`` on every partition; the results in order.

    Args:
        function: a corpuskit function that takes a pandas DataFrame first.
        ddf: the Dask DataFrame.
        *args: further positional arguments of ``function``.
        progress: show a progress bar of the partitions (``None``: only when interactive).
        **options: keyword options of ``function``.

    Returns:
        One result per partition, in partition order.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"x": [1, 2, 3]}), npartitions=2)
        >>> per_partition(len, ddf, progress=False)
        [2, 1]
    """
    import dask

    call = dask.delayed(function, pure=True)
    return list(
        compute(*(call(part, *args, **options) for part in ddf.to_delayed()), show=progress)
    )


def _concat(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate partition results, ignoring empty ones (their dtypes may be placeholders)."""
    filled = [f for f in frames if len(f)] or list(frames[:1])
    return pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0]


def lookup_dask(ddf: Any, dictionary: Any, *, progress: bool | None = None, **options: Any) -> Any:
    """:func:`corpuskit.lookup` on a Dask DataFrame (see the module docstring).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        dictionary: the :class:`~corpuskit.lexicons.dictionary.Dictionary`.
        progress: show a progress bar (``None``: only when interactive).
        **options: the options of :func:`corpuskit.lookup`.

    Returns:
        What :func:`corpuskit.lookup` returns for ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> from corpuskit.lexicons.dictionary import Dictionary
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"],
        ...     "text": ["Besieged Aleppo.", "The siege."]}), npartitions=2)
        >>> lookup_dask(ddf, Dictionary({"siege": ["besieg*", "siege"]}), progress=False)[
        ...     "siege"].tolist()
        [1, 1]
    """
    _check_frame(ddf, options.get("text_column", "text"), "lookup")
    results = per_partition(lookup, ddf, dictionary, progress=progress, **options)
    if options.get("return_matches"):
        return _concat([r[0] for r in results]), _concat([r[1] for r in results])
    return _concat(results)


def frames_dask(ddf: Any, *, progress: bool | None = None, **options: Any) -> Any:
    """:func:`corpuskit.frames` on a Dask DataFrame (see the module docstring).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        progress: show a progress bar (``None``: only when interactive).
        **options: the options of :func:`corpuskit.frames`.

    Returns:
        The :class:`~corpuskit.framing.scores.FrameScores` of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"],
        ...     "text": ["Both sides accused each other.", "Families fled."]}), npartitions=2)
        >>> frames_dask(ddf, normalize=None, progress=False).scores["conflict"].tolist()
        [2, 0]
    """
    _check_frame(ddf, options.get("text_column", "text"), "frames")
    results = per_partition(frames, ddf, progress=progress, **options)
    hits = None if results[0].hits is None else _concat([r.hits for r in results])
    return replace(results[0], scores=_concat([r.scores for r in results]), hits=hits)


def _rows_dask(
    run: Callable[..., pd.DataFrame], ddf: Any, progress: bool | None, options: dict[str, Any]
) -> Any:
    _check_frame(ddf, options.get("text_column", "text"), run.__name__)
    return _concat(per_partition(run, ddf, progress=progress, **options))


def agency_dask(ddf: Any, *, progress: bool | None = None, **options: Any) -> pd.DataFrame:
    """:func:`corpuskit.agency` on a Dask DataFrame (see the module docstring).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        progress: show a progress bar (``None``: only when interactive).
        **options: the options of :func:`corpuskit.agency`.

    Returns:
        The clause table of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"],
        ...     "text": ["Jets killed 20 people.", "12 civilians died."]}), npartitions=2)
        >>> agency_dask(ddf, progress=False)["construction"].tolist()
        ['active', 'intransitive']
    """
    return _rows_dask(agency, ddf, progress, options)


def quotes_dask(ddf: Any, *, progress: bool | None = None, **options: Any) -> pd.DataFrame:
    """:func:`corpuskit.quotes` on a Dask DataFrame (see the module docstring).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        progress: show a progress bar (``None``: only when interactive).
        **options: the options of :func:`corpuskit.quotes`.

    Returns:
        The quote table of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     '"We will stay," Lavrov said.', '"It is over," the general said.']}),
        ...     npartitions=2)
        >>> quotes_dask(ddf, progress=False)["quote"].tolist()
        ['We will stay', 'It is over']
    """
    return _rows_dask(quotes, ddf, progress, options)


def mentions_dask(ddf: Any, *, progress: bool | None = None, **options: Any) -> pd.DataFrame:
    """:func:`corpuskit.mentions` on a Dask DataFrame (see the module docstring).

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        progress: show a progress bar (``None``: only when interactive).
        **options: the options of :func:`corpuskit.mentions`.

    Returns:
        The mention table of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"],
        ...     "text": ["Moscow said so.", "Civilians fled."]}), npartitions=2)
        >>> mentions_dask(ddf, progress=False)["target"].tolist()
        ['russia', 'civilians']
    """
    return _rows_dask(mentions, ddf, progress, options)


def kwic_dask(
    ddf: Any, pattern: Any, *, sort: Any = None, progress: bool | None = None, **options: Any
) -> Any:
    """:func:`corpuskit.kwic` on a Dask DataFrame (see the module docstring).

    The partitions' concordances are joined in text order, then sorted when
    ``sort`` is given, as :func:`corpuskit.kwic` sorts.

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id``.
        pattern: the pattern(s), as in :func:`corpuskit.kwic`.
        sort: as in :func:`corpuskit.kwic`.
        progress: show a progress bar (``None``: only when interactive).
        **options: the other options of :func:`corpuskit.kwic`.

    Returns:
        The :class:`~corpuskit.compare.kwic.Kwic` of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"],
        ...     "text": ["Troops liberated Mosul.", "The liberation of Aleppo."]}),
        ...     npartitions=2)
        >>> kwic_dask(ddf, "liberat*", window=1, progress=False).to_frame()["keyword"].tolist()
        ['liberated', 'liberation']
    """
    _check_frame(ddf, options.get("text_column", "text"), "kwic")
    parts = per_partition(kwic, ddf, pattern, progress=progress, **options)
    joined = Kwic(
        _concat([p.to_frame() for p in parts]),
        left_words=[w for p in parts for w in p._left_words],
        right_words=[w for p in parts for w in p._right_words],
        window=parts[0].window,
        patterns=parts[0].patterns,
    )
    return joined if sort is None else joined.sort(by=sort)


def naming_dask(
    ddf: Any,
    *,
    labels: Any = None,
    referent: str = "armed_opposition",
    actors: Sequence[str] | None = None,
    use: str = "person",
    context: str = "sentence",
    by: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    n_perm: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    text_column: str = "text",
    progress: bool | None = None,
    hand_labels: Any = None,
) -> Any:
    """:func:`corpuskit.naming` on a Dask DataFrame: counts distributed, statistics local.

    The label counts of every document (a ``lookup`` with the label
    dictionary and the resolution of each hit to the actor it names, on the
    ``doc_id``, ``by`` and text columns only) are computed on the workers;
    the shares, document bootstrap and tests then run on that table exactly
    as :func:`corpuskit.naming` runs them, so the same ``seed`` gives the same
    result as on ``ddf.compute()``.

    Args:
        ddf: a Dask DataFrame of articles with ``doc_id`` and the ``by`` columns.
        labels: as in :func:`corpuskit.naming`.
        referent: as in :func:`corpuskit.naming`.
        actors: as in :func:`corpuskit.naming`.
        use: as in :func:`corpuskit.naming`.
        context: as in :func:`corpuskit.naming`.
        by: as in :func:`corpuskit.naming`.
        n_boot: as in :func:`corpuskit.naming`.
        n_perm: as in :func:`corpuskit.naming`.
        ci: as in :func:`corpuskit.naming`.
        seed: as in :func:`corpuskit.naming`.
        text_column: as in :func:`corpuskit.naming`.
        progress: show progress bars (``None``: only when interactive).
        hand_labels: not on Dask (a ``ValueError`` unless ``None``): correct
            the shares with :func:`corpuskit.naming` on the computed articles.

    Returns:
        The :class:`~corpuskit.framing.naming.NamingResult` of ``ddf.compute()``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"], "side": ["x", "y"],
        ...     "text": ["The rebels and the militants.", "Rebels."]}), npartitions=2)
        >>> result = naming_dask(ddf, by="side", n_boot=20, n_perm=20, progress=False)
        >>> result.shares.query("count > 0")[["side", "label", "count"]].values.tolist()
        [['x', 'rebels', 1], ['x', 'militants', 1], ['y', 'rebels', 1]]
    """
    if hand_labels is not None:
        raise ValueError("hand_labels= needs a pandas DataFrame: compute() the articles first")
    check_naming_options(n_boot=n_boot, n_perm=n_perm, ci=ci)
    _check_frame(ddf, text_column, "naming")
    by_columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    dictionary, names = _label_dictionary(labels, referent)
    needed = ddf[["doc_id", *dict.fromkeys(by_columns), text_column]]
    parts = per_partition(
        resolved_counts,
        needed,
        dictionary,
        names,
        referent=referent,
        actors=actors,
        use=use,
        context=context,
        text_column=text_column,
        progress=progress,
    )
    counted = _concat([part[0] for part in parts])
    _by_columns(counted, by_columns)
    return naming_from_counts(
        counted,
        labels=names,
        by=by_columns,
        referent=referent,
        n_boot=n_boot,
        n_perm=n_perm,
        ci=ci,
        seed=seed,
    )
