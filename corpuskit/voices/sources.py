"""Who gets to speak: :func:`source_table`, the shares of quotes and quoted words.

For each group of documents (an outlet, an event) the share of a speaker (or
speaker type) *s* is

    share_quotes(s) = quotes by s / all quotes        (a quote = one ``quote_id``)
    share_words(s)  = words quoted from s / all quoted words

(a ratio estimator: the numerator and denominator are sums over documents).
Quotes from one article are not independent, so the confidence interval
resamples *documents*: each bootstrap resample draws the group's documents
with replacement and recomputes both sums (Efron & Tibshirani 1993, ch. 13;
:func:`corpuskit.compare.grouped.grouped_bootstrap`, percentile method; one
resample of a group's documents serves the shares of quotes and of words).
Only documents with at least one quote enter a group; documents without a
quote add nothing to either sum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_bootstrap
from corpuskit.text.tokenize import resolve_rule
from corpuskit.voices.corrected import source_corrections
from corpuskit.voices.speakers import KnownSources, known_sources

__all__ = ["SOURCE_COLUMNS", "SPEAKER_COLUMNS", "source_table", "speakers"]

#: Columns of the source table after the group column.
SOURCE_COLUMNS = (
    "n_docs",
    "n_quotes",
    "share_quotes",
    "share_quotes_low",
    "share_quotes_high",
    "n_words",
    "share_words",
    "share_words_low",
    "share_words_high",
)
#: Columns of the :func:`speakers` table.
SPEAKER_COLUMNS = ("speaker", "canonical", "rule", "speaker_type", "n_quotes", "n_docs")
#: Label of quotes whose speaker (or type) is missing.
UNRESOLVED = "(unresolved)"


def _share(counts: np.ndarray, totals: np.ndarray | float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return counts / totals


def _per_quote(quotes: pd.DataFrame, speaker_col: str, by: str | None) -> pd.DataFrame:
    """One row per quote: doc_id, group, speaker label and quoted words."""
    rule = resolve_rule(None)
    parts = quotes.assign(_words=[len(rule.tokenize(text)) for text in quotes["quote"]])
    keys = ["doc_id", "quote_id"]
    grouped = parts.groupby(keys, sort=False, dropna=False)
    table = grouped.agg(_words=("_words", "sum"), _speaker=(speaker_col, "first"))
    if by is not None:
        table["_group"] = grouped[by].first()
    table = table.reset_index()
    table["_speaker"] = (
        table["_speaker"].astype(object).where(table["_speaker"].notna(), UNRESOLVED)
    )
    return table


#: speakers bootstrapped at once by :func:`source_table`
_SPEAKER_BLOCK = 256


def _group_rows(
    table: pd.DataFrame, *, n_boot: int, ci: float, rng: np.random.Generator
) -> pd.DataFrame:
    speakers = table["_speaker"].astype(str).to_numpy()
    labels = np.unique(speakers)
    words = table["_words"].to_numpy(dtype=float)
    # the speakers go to the bootstrap a block at a time, each block from the same state of
    # the generator: the same resamples (and intervals) as one call, in memory that grows
    # with the block, not with quotes x speakers (5,000 speakers of 20,000 quotes took 16 GB)
    state, parts = rng.bit_generator.state, []
    for first in range(0, len(labels), _SPEAKER_BLOCK):
        rng.bit_generator.state = state
        quantities: dict[str, tuple[Any, Any]] = {}
        for label in labels[first : first + _SPEAKER_BLOCK]:
            quantities[f"quotes {label}"] = ((speakers == label).astype(float), 1.0)
            quantities[f"words {label}"] = (words * (speakers == label), words)
        parts.append(
            grouped_bootstrap(table, quantities=quantities, n_boot=n_boot, ci=ci, seed=rng)
        )
    boot = pd.concat(parts, ignore_index=True)
    quotes, word_rows = (
        boot.iloc[0::2].reset_index(drop=True),
        boot.iloc[1::2].reset_index(drop=True),
    )
    quoted_in = pd.Series(table["doc_id"].astype(str).to_numpy()).groupby(speakers).nunique()
    result = {"speaker": labels, "n_docs": quoted_in.reindex(labels).to_numpy()}
    for name, rows in (("quotes", quotes), ("words", word_rows)):
        result[f"n_{name}"] = rows["count"].to_numpy()
        result[f"share_{name}"], result[f"share_{name}_low"] = rows["estimate"], rows["low"]
        result[f"share_{name}_high"] = rows["high"]
    frame = pd.DataFrame(result)
    frame["n_quotes"] = frame["n_quotes"].astype(np.int64)
    frame["n_words"] = frame["n_words"].astype(np.int64)
    return frame


@renamed_arguments(quotes="data")
def source_table(
    data: pd.DataFrame,
    *,
    by: str | None = None,
    speaker_col: str = "speaker_type",
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    hand_labels: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The share of quotes and of quoted words by speaker (type), per group.

    Formulas, and the document bootstrap of the intervals, are in the module
    docstring.

    With ``hand_labels`` (:func:`corpuskit.read_labels` for a validation
    sample of ``data``, one item per quote, ``speaker_col`` checked by
    coders), the shares of quotes and of words also get the estimates
    corrected for the attribution's errors
    (:func:`corpuskit.voices.corrected.source_corrections`); a quote
    coded ``not_a_quote`` leaves the denominator.

    Args:
        data: the result of :func:`corpuskit.voices.quotes.quotes` (one row
            per quote part; parts of one ``quote_id`` count as one quote);
            formerly ``quotes``.
        by: a column of ``data`` (a docvar such as ``"outlet"``) to compare
            groups by; ``None`` for one group over all quotes.
        speaker_col: ``"speaker_type"`` (default) or ``"speaker"`` (or any
            other column of ``data``). Missing values are counted under
            ``"(unresolved)"``.
        n_boot: bootstrap resamples of documents.
        ci: the confidence level of the intervals.
        seed: seed of the bootstrap, for reproducible intervals.
        hand_labels: hand labels of a validation sample of ``data``.

    Returns:
        One row per group and speaker value: the ``by`` column (when given),
        ``speaker`` (the value of ``speaker_col``), ``n_docs`` (documents in
        which the speaker is quoted), ``n_quotes``, ``share_quotes`` with
        ``share_quotes_low``/``share_quotes_high`` (the interval), ``n_words``
        (quoted words, default token rule), ``share_words`` with its interval.
        Shares sum to 1 within a group. With ``hand_labels`` also
        ``n_labelled``, ``share_quotes_corrected``,
        ``share_quotes_low_corrected``, ``share_quotes_high_corrected``,
        ``share_words_corrected``, ``share_words_low_corrected``,
        ``share_words_high_corrected``, and a row (naive counts 0) for a
        speaker only the coders named.

    Warns:
        SmallSampleWarning: with ``by``, a group has fewer than 20 documents
            with quotes (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: for a missing column or an invalid ``n_boot``/``ci``.

    Example:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"doc_id": ["a", "a", "b"], "quote_id": [1, 2, 1],
        ...     "speaker_type": ["official", "witness_resident", "official"],
        ...     "quote": ["We will win the war", "We are hungry", "No comment"]})
        >>> t = source_table(q, n_boot=200, seed=1)
        >>> t[["speaker", "n_quotes", "share_quotes", "n_words"]].values.tolist()
        [['official', 2, 0.6666666666666666, 7], ['witness_resident', 1, 0.3333333333333333, 3]]
    """
    if hand_labels is not None:
        naive = source_table(data, by=by, speaker_col=speaker_col, n_boot=n_boot, ci=ci, seed=seed)
        return source_corrections(
            naive, data, hand_labels, by=by, speaker_col=speaker_col, unresolved=UNRESOLVED, ci=ci
        )
    needed = ["doc_id", "quote_id", "quote", speaker_col] + ([by] if by is not None else [])
    missing = [c for c in needed if c not in getattr(data, "columns", ())]
    if missing:
        raise ValueError(
            f"data= has no column(s) {missing} (speaker_col= {speaker_col!r}, by= {by!r})"
        )
    rng = np.random.default_rng(seed)
    table = _per_quote(data, speaker_col, by)
    columns: Sequence[str] = ([by] if by is not None else []) + ["speaker", *SOURCE_COLUMNS]
    if table.empty:
        return pd.DataFrame(columns=list(columns))
    if by is None:
        return _group_rows(table, n_boot=n_boot, ci=ci, rng=rng)[list(columns)]
    grouped = table.groupby("_group", sort=True, dropna=False)
    sizes = {str(group): rows["doc_id"].nunique() for group, rows in grouped}
    check_sides(sizes, analysis="source_table", unit="documents with quotes")
    frames = []
    for group, rows in grouped:
        frame = _group_rows(rows, n_boot=n_boot, ci=ci, rng=rng)
        frame.insert(0, by, group)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)[list(columns)]


def _canonical(
    name: str, user: dict[str, str], known: KnownSources, spokespeople: bool
) -> tuple[str, str]:
    """The name a speaker is merged into, and the rule that merged it."""
    key = _alias_key(name)
    if key in user:
        return user[key], "user alias"
    entry = known.find(key)
    if entry is not None and entry.merge and entry.name != name:
        return entry.name, "bundled alias"
    if entry is not None and spokespeople and entry.speaks_for:
        return entry.speaks_for, "speaks for"
    return name, "itself"


def _alias_key(name: str) -> str:
    key = " ".join(str(name).replace("’", "'").split()).lower()
    for prefix in ("the ", "london-based ", "london based ", "britain-based ", "uk-based "):
        key = key.removeprefix(prefix)
    return key


@renamed_arguments(quotes="data")
def speakers(
    data: pd.DataFrame,
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
    people: Mapping[str, Any] | None = None,
    spokespeople: bool = True,
) -> pd.DataFrame:
    """Who was merged into whom: each speaker of a quotes table and its canonical source.

    ``ck.quotes`` names a speaker by its fullest name *within an article*; across
    a corpus one source goes under several names ("Syrian Observatory for Human
    Rights", "the Observatory", "SOHR", its director "Rami Abdel Rahman"). A
    speaker is merged, in this order, by ``aliases`` (yours), by the aliases of
    a body of the bundled list (``corpuskit/voices/data/people_bodies.yaml``,
    ``merge: true``; "London-based" and a leading "the" ignored), and, with
    ``spokespeople``, into the body a listed person speaks for. Everyone else
    stays themselves (rule ``"itself"``). Use ``canonical`` for
    :func:`source_table`: ``quotes.merge(table[["speaker", "canonical"]])``.

    Args:
        data: the result of :func:`~corpuskit.voices.quotes.quotes` (formerly ``quotes``).
        aliases: ``{canonical: [alias, ...]}``, matched case-insensitively;
            these win over the bundled list.
        people: extra people and bodies in the form of the bundled list.
        spokespeople: merge a listed spokesperson into the body they speak for.

    Returns:
        One row per speaker: ``speaker``, ``canonical``, ``rule`` (``"user
        alias"``, ``"bundled alias"``, ``"speaks for"`` or ``"itself"``),
        ``speaker_type`` (the most frequent), ``n_quotes`` (quote ids),
        ``n_docs``; most quoted first.

    Raises:
        ValueError: if ``data`` lacks a column.

    Example:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"doc_id": ["a", "b", "c"], "quote_id": [1, 1, 1],
        ...     "speaker": ["Syrian Observatory for Human Rights", "the Observatory",
        ...                 "Rami Abdel Rahman"], "speaker_type": "ngo_un"})
        >>> table = speakers(q)
        >>> table.set_index("speaker")["rule"].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'Rami Abdel Rahman': 'speaks for', 'Syrian Observatory for Human Rights': 'itself',
         'the Observatory': 'bundled alias'}
        >>> table["canonical"].unique().tolist()
        ['Syrian Observatory for Human Rights']
    """
    missing = [c for c in ("doc_id", "quote_id", "speaker", "speaker_type") if c not in data]
    if missing:
        raise ValueError(f"data= has no column(s) {missing}")
    user = {_alias_key(a): canonical for canonical, names in (aliases or {}).items()
            for a in [canonical, *names]}  # fmt: skip
    known = known_sources().merged(people)
    found = data[data["speaker"].notna()].drop_duplicates(["doc_id", "quote_id"])
    grouped = found.groupby("speaker", sort=False)
    table = pd.DataFrame(
        {
            "speaker_type": grouped["speaker_type"].agg(lambda t: t.value_counts().index[0]),
            "n_quotes": grouped.size(),
            "n_docs": grouped["doc_id"].nunique(),
        }
    ).reset_index()
    merged = [_canonical(name, user, known, spokespeople) for name in table["speaker"]]
    table["canonical"] = [m[0] for m in merged]
    table["rule"] = [m[1] for m in merged]
    table = table.sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable")
    return table[list(SPEAKER_COLUMNS)].reset_index(drop=True)
