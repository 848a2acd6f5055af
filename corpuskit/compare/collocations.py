"""Collocations: words that keep company with a node, and multi-word expression candidates.

:func:`collocations` scores the words found within a window around a node
pattern (``"aleppo"``, ``"liberat*"``); :func:`phrase_collocations` scores
every n-gram of the corpus by the association of its parts, to find
multi-word expressions (``security council``, ``free syrian army``) worth
compounding with :class:`~corpuskit.text.phrases.Phrases`.

Both use the 2x2 contingency table of Evert (2008)::

                     collocate      other words
    in the span      O11            O12            R1
    elsewhere        O21            O22
                     C1                            N

and score it with the measures of :data:`MEASURES` (see :func:`association`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

from corpuskit.compare.batches import stream_batches
from corpuskit.compare.collocation_counts import KEY, SpanCounts
from corpuskit.compare.groups import group_positions
from corpuskit.compare.patterns import (
    PatternSpec,
    TokenStream,
    compile_patterns,
    corpus_stream,
)
from corpuskit.compare.stats import g2
from corpuskit.text.stopwords import stopwords as stopword_list
from corpuskit.text.tokenize import TokenRule, resolve_rule
from corpuskit.text.tokens import Tokens

__all__ = ["MEASURES", "association", "collocations", "phrase_collocations"]

#: the association measures, in output order
MEASURES: tuple[str, ...] = ("pmi", "log_likelihood", "t_score", "log_dice")
SPANS: tuple[str, ...] = ("both", "left", "right")

#: characters that end an n-gram candidate when they stand between two tokens:
#: sentence and clause punctuation, brackets, double quotes, dashes, slashes, line breaks
_NGRAM_BREAK = re.compile(r"[.!?;:,()\[\]{}\"“”«»\-–—/|\n]")


def association(
    observed: np.ndarray,
    span_size: np.ndarray,
    collocate_freq: np.ndarray,
    n_tokens: np.ndarray,
    node_freq: np.ndarray,
    *,
    measures: Sequence[str] = MEASURES,
) -> dict[str, np.ndarray]:
    """Association scores of 2x2 contingency tables (Evert 2008), element-wise.

    With ``O11 = observed``, ``R1 = span_size``, ``C1 = collocate_freq``,
    ``N = n_tokens`` and the expected count ``E11 = R1 * C1 / N``:

    - ``pmi``: pointwise mutual information ``log2(O11 / E11)`` (Church & Hanks 1990);
    - ``log_likelihood``: Dunning's ``G2 = 2 * sum_ij O_ij * ln(O_ij / E_ij)`` over
      the four cells (``O12 = R1 - O11``, ``O21 = C1 - O11``,
      ``O22 = N - R1 - C1 + O11``, ``E_ij = R_i * C_j / N``), signed: negative
      when ``O11 < E11`` (computed by :func:`corpuskit.compare.stats.g2`);
    - ``t_score``: ``(O11 - E11) / sqrt(O11)``;
    - ``log_dice``: ``14 + log2(2 * O11 / (f_node + C1))`` with ``f_node =
      node_freq`` (Rychlý 2008); 14 when every occurrence of both co-occurs,
      one less for every halving of the Dice coefficient.

    References: Evert, S. (2008). Corpora and collocations. In A. Lüdeling & M.
    Kytö (eds.), *Corpus Linguistics. An International Handbook*, article 58.
    Mouton de Gruyter; Church, K. W. & Hanks, P. (1990). Word association norms,
    mutual information, and lexicography. *Computational Linguistics* 16(1),
    22-29; Dunning, T. (1993). Accurate methods for the statistics of surprise
    and coincidence. *Computational Linguistics* 19(1), 61-74; Rychlý, P.
    (2008). A lexicographer-friendly association score. *Proceedings of RASLAN
    2008*, 6-9.

    Args:
        observed: O11, co-occurrence counts (> 0).
        span_size: R1.
        collocate_freq: C1.
        n_tokens: N.
        node_freq: the node's (or first part's) frequency, for ``log_dice``.
        measures: which scores to compute.

    Returns:
        ``{"expected": E11, measure: scores, ...}``.

    Example:
        >>> s = association(10, 100, 20, 1000, 25)
        >>> [round(float(s[k]), 4) for k in ("expected", "pmi", "t_score", "log_dice")]
        [2.0, 2.3219, 2.5298, 12.8301]
    """
    o11, r1, c1, n, f_node = (
        np.asarray(x, dtype=float)
        for x in (observed, span_size, collocate_freq, n_tokens, node_freq)
    )
    expected = r1 * c1 / n
    out = {"expected": expected}
    if "pmi" in measures:
        out["pmi"] = np.log2(o11 / expected)
    if "log_likelihood" in measures:
        out["log_likelihood"] = g2(o11, c1 - o11, r1, n - r1)
    if "t_score" in measures:
        out["t_score"] = (o11 - expected) / np.sqrt(o11)
    if "log_dice" in measures:
        out["log_dice"] = 14.0 + np.log2(2.0 * o11 / (f_node + c1))
    return out


def _check_measures(measures: Sequence[str]) -> list[str]:
    chosen = [measures] if isinstance(measures, str) else list(measures)
    unknown = [m for m in chosen if m not in MEASURES]
    if unknown:
        raise ValueError(f"measures= must be among {MEASURES}, got {unknown}")
    return [m for m in MEASURES if m in chosen]


def _check_count(value: int, name: str, minimum: int) -> int:
    if not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name}= must be an integer >= {minimum}, got {value!r}")
    return int(value)


def _stopword_set(stopwords: Collection[str] | str | None) -> frozenset[str]:
    """No words, the given words, or the list of a language code (``"en"``)."""
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        return stopword_list(stopwords)
    return frozenset(stopwords)


def collocations(
    articles: pd.DataFrame | Tokens,
    node: PatternSpec,
    *,
    window: int = 5,
    span: str = "both",
    min_count: int = 3,
    min_node_count: int = 1,
    measures: Sequence[str] = MEASURES,
    stopwords: Collection[str] | str | None = None,
    by: str | None = None,
    rule: TokenRule | None = None,
    pattern_type: str = "glob",
    case_sensitive: bool = False,
    text_column: str = "text",
    sort: str | None = "log_dice",
    n_jobs: int = -1,
) -> pd.DataFrame:
    """The collocates of a node: words that occur near it more often than chance.

    Every hit of the node pattern opens a *span* of ``window`` tokens to its
    left and/or right (never beyond its document; spans do cross sentence
    boundaries). The spans of all hits are merged, so a token near two hits
    counts once, and the hits' own tokens are not part of any span. For each
    word type (as the token rule writes it, e.g. lower-cased) the contingency
    table of Evert (2008, surface co-occurrence) is

    - ``O11`` (``observed``): its tokens inside the spans;
    - ``R1`` (``span_size``): all tokens inside the spans;
    - ``C1`` (``collocate_freq``): its tokens in the corpus (or group);
    - ``N`` (``n_tokens``): all tokens in the corpus (or group);

    and ``E11 = R1 * C1 / N`` (``expected``). The scores are those of
    :func:`association`: ``pmi = log2(O11 / E11)``, ``log_likelihood`` (signed
    G2 over the 2x2 table), ``t_score = (O11 - E11) / sqrt(O11)`` and
    ``log_dice = 14 + log2(2 * O11 / (f_node + C1))`` with ``f_node`` the number
    of node hits (``node_freq``; since O11 counts tokens in spans, logDice can
    exceed 14 for a word that occurs several times around one node).

    References: Evert, S. (2008). Corpora and collocations. In A. Lüdeling & M.
    Kytö (eds.), *Corpus Linguistics. An International Handbook*, article 58;
    Rychlý, P. (2008). A lexicographer-friendly association score. *RASLAN 2008*.

    Args:
        articles: an articles DataFrame, or a :class:`~corpuskit.text.tokens.Tokens`
            (``ck.tokens(...)``): then its tokens are counted as they are, so
            after ``stopwords="en"`` or compounding, windows skip the removed
            words and ``security_council`` is one collocate; ``rule`` and
            ``text_column`` are not used and the node is matched against the
            token strings.
        node: the node pattern(s) (a word, phrase, glob, regex or a list; see
            :mod:`corpuskit.compare.patterns`). Each pattern of a list is a
            node of its own; pool spellings with one regex (``"aleppo|halab"``,
            ``pattern_type="regex"``).
        window: span width in tokens on each side (default 5).
        span: ``"both"`` (default), ``"left"`` or ``"right"`` of the node.
        min_count: keep collocates with ``observed >= min_count`` (default 3).
        min_node_count: skip a node (in a group) with fewer hits (default 1).
        measures: the scores to compute, among :data:`MEASURES`.
        stopwords: words (as the rule writes them) left out of the result, or a
            language code (``"en"``: :func:`~corpuskit.text.stopwords.stopwords`);
            they still count in ``span_size`` and ``n_tokens``, so windows and
            scores do not change.
        by: a metadata column: compute the table separately within each of its
            groups (``N`` and ``C1`` are the group's), stacked with a ``group``
            column; documents with a missing value form their own group.
        rule: the token rule (default: the default rule).
        pattern_type: how ``node`` strings are read: ``"glob"`` (default),
            ``"fixed"`` or ``"regex"``.
        case_sensitive: match the node's case exactly (default ``False``).
        text_column: the column holding the text (default ``"text"``).
        sort: a measure (or ``"observed"``) to sort by, descending within each
            group and node; ``None`` sorts by collocate.
        n_jobs: processes that tokenise the documents (``-1``, the default:
            every core); the table is the same with any value.

    Returns:
        DataFrame with columns ``[group,] node, collocate, observed, expected,
        collocate_freq, node_freq, span_size, n_tokens`` and the measures:
        one row per (group, node, collocate) with ``observed >= min_count``.

    Raises:
        ValueError: a bad pattern, measure, ``span``, ``window``, count, ``by``
            column, ``sort`` or ``n_jobs``.
        KeyError: ``text_column`` is not a column of ``articles``.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "Shelling hit eastern Aleppo. Rebels left eastern Aleppo.",
        ...     "Aid reached western Aleppo and eastern Ghouta."]})
        >>> c = collocations(articles, "aleppo", window=1, span="left", min_count=2)
        >>> c[["node", "collocate", "observed", "expected", "log_dice"]].round(3).values.tolist()
        [['aleppo', 'eastern', 2, 0.6, 13.415]]
    """
    window = _check_count(window, "window", 1)
    min_count = _check_count(min_count, "min_count", 1)
    min_node_count = _check_count(min_node_count, "min_node_count", 1)
    if span not in SPANS:
        raise ValueError(f"span= must be one of {SPANS}, got {span!r}")
    chosen = _check_measures(measures)
    columns = [
        "node",
        "collocate",
        "observed",
        "expected",
        "collocate_freq",
        "node_freq",
        "span_size",
        "n_tokens",
        *chosen,
    ]
    if sort is not None and sort not in ("observed", *chosen):
        raise ValueError(
            f"sort= must be 'observed', one of measures= {chosen} or None, got {sort!r}"
        )
    stop = _stopword_set(stopwords)
    rule = resolve_rule(rule)
    patterns = compile_patterns(
        node,
        pattern_type=pattern_type,
        case_sensitive=case_sensitive,
        rule=None if isinstance(articles, Tokens) else rule,
    )
    streams, _, docvars = stream_batches(
        articles, rule=rule, text_column=text_column, n_jobs=n_jobs
    )
    groups = group_positions(docvars, by)
    doc_group = np.empty(len(docvars), dtype=np.int64)
    for g, (_, positions) in enumerate(groups):
        doc_group[positions] = g
    counts = SpanCounts(len(patterns), len(groups))
    doc_ids = docvars["doc_id"].to_numpy()
    for stream in streams:
        counts.add(stream, patterns, doc_group, doc_ids, window=window, span=span)
    types = np.array(list(counts.vocabulary), dtype=object)
    kept_types = np.array([t not in stop for t in types], dtype=bool)
    freq_keys, freq_counts = counts.frequency()
    frames = []
    for p, pattern in enumerate(patterns):
        span_keys, span_counts = counts.observed(p)
        for g, (label, _) in enumerate(groups):
            node_freq = int(counts.node_freq[p, g])
            if node_freq < min_node_count:
                continue
            lo, hi = np.searchsorted(span_keys, [g * KEY, (g + 1) * KEY])
            collocate, observed = span_keys[lo:hi] - g * KEY, span_counts[lo:hi]
            keep = (observed >= min_count) & kept_types[collocate]
            collocate, observed = collocate[keep], observed[keep]
            # every type seen in a group's spans occurs in the group
            collocate_freq = freq_counts[np.searchsorted(freq_keys, g * KEY + collocate)]
            n_tokens = int(counts.n_tokens[g])
            span_size = int(counts.span_size[p, g])
            scores = association(
                observed, span_size, collocate_freq, n_tokens, node_freq, measures=chosen
            )
            frame = pd.DataFrame(
                {
                    "node": pattern.label,
                    "collocate": types[collocate],
                    "observed": observed,
                    "expected": scores["expected"],
                    "collocate_freq": collocate_freq,
                    "node_freq": node_freq,
                    "span_size": span_size,
                    "n_tokens": n_tokens,
                    **{m: scores[m] for m in chosen},
                }
            )
            if by is not None:
                frame.insert(0, "group", label)
            frames.append(_sorted(frame, sort, key="collocate"))
    if by is not None:
        columns = ["group", *columns]
    if not frames:
        return _empty(columns, chosen)
    return pd.concat(frames, ignore_index=True)[columns]


def _sorted(frame: pd.DataFrame, sort: str | None, *, key: str) -> pd.DataFrame:
    """Sorted by ``key`` (ascending), then stably by ``sort`` (descending) if given."""
    frame = frame.sort_values(key)
    if sort is not None:
        frame = frame.sort_values(sort, ascending=False, kind="stable")
    return frame


def _empty(columns: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    text = {"group", "node", "collocate", "phrase"}
    floats = {"expected", *measures}
    return pd.DataFrame(
        {
            c: pd.Series(dtype=object if c in text else float if c in floats else np.int64)
            for c in columns
        }
    )


def _breaks(stream: TokenStream, texts: Sequence[str] | None) -> np.ndarray:
    """For each token, whether an n-gram must not continue to the next token.

    True at a document's last token and, when the texts are known, where a
    breaking character stands between the token and the next.
    """
    n = len(stream)
    out = np.ones(n, dtype=bool)
    if n < 2:
        return out
    same_doc = stream.doc[1:] == stream.doc[:-1]
    if texts is None:
        out[:-1] = ~same_doc
        return out
    rows = stream.rows[stream.doc]
    search = _NGRAM_BREAK.search
    for i in np.flatnonzero(same_doc):
        out[i] = search(texts[rows[i]], stream.end[i], stream.start[i + 1]) is not None
    return out


def phrase_collocations(
    articles: pd.DataFrame | Tokens,
    *,
    n: int = 2,
    min_count: int = 5,
    measure: str = "log_dice",
    stopwords: Collection[str] | str | None = None,
    rule: TokenRule | None = None,
    text_column: str = "text",
    top: int | None = None,
) -> pd.DataFrame:
    """Multi-word expression candidates: n-grams whose words go together more than chance.

    Every run of ``n`` consecutive tokens of a document is an n-gram, unless
    punctuation that breaks a phrase stands between two of its tokens (``. ! ?
    ; : ,``, brackets, double quotes, dashes, slashes or a line break; an
    apostrophe does not, so ``Assad's forces`` gives ``assad forces``). An
    n-gram is split in two at each of its ``n - 1`` inner positions (``a | b c``
    and ``a b | c`` for a trigram) and each split is scored with the 2x2 table
    of :func:`association` over all n-gram positions: ``O11`` = the n-gram's
    count, ``R1`` = n-grams starting with its left part, ``C1`` = n-grams ending
    with its right part, ``N`` = all n-grams (for a bigram, the usual table of
    Evert 2008). Each measure reports the weakest split (its minimum), so a
    trigram scores high only when both its splits are associated.

    Args:
        articles: an articles DataFrame, or a :class:`~corpuskit.text.tokens.Tokens`
            whose tokens are used as they are; it holds no text, so there
            n-grams stop only at document ends, not at punctuation.
        n: the number of words (>= 2; 2 or 3 is usual).
        min_count: keep n-grams seen at least this often (default 5).
        measure: the measure to sort by (descending): ``"log_dice"`` (default),
            ``"pmi"``, ``"log_likelihood"`` or ``"t_score"``.
        stopwords: drop n-grams that start or end with one of these words (as
            the rule writes them) or of the list of a language code (``"en"``),
            so ``of the`` goes but ``secretary of state`` stays.
        rule: the token rule (default: the default rule).
        text_column: the column holding the text (default ``"text"``).
        top: keep only the first ``top`` rows.

    Returns:
        DataFrame with columns ``phrase`` (the words as the rule writes them,
        joined by a space), ``count``, ``pmi``, ``log_likelihood``, ``t_score``,
        ``log_dice``, sorted by ``measure``. Turn the best into compounds with
        ``Phrases(df.phrase[:50])`` (see :class:`~corpuskit.text.phrases.Phrases`).

    Raises:
        ValueError: ``n < 2``, ``min_count < 1``, an unknown ``measure`` or ``top < 0``.
        KeyError: ``text_column`` is not a column of ``articles``.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "The Security Council met. The council voted.",
        ...     "Security Council members met the envoy."]})
        >>> phrase_collocations(articles, min_count=2)[["phrase", "count"]].values.tolist()
        [['security council', 2]]
    """
    n = _check_count(n, "n", 2)
    min_count = _check_count(min_count, "min_count", 1)
    if measure not in MEASURES:
        raise ValueError(f"measure= must be one of {MEASURES}, got {measure!r}")
    if top is not None:
        top = _check_count(top, "top", 0)
    stop = _stopword_set(stopwords)
    rule = resolve_rule(rule)
    stream, texts, _ = corpus_stream(articles, rule=rule, text_column=text_column)
    codes, types = stream.token_codes, stream.token_types
    breaks = _breaks(stream, texts)
    size = len(codes) - n + 1
    valid = np.ones(max(size, 0), dtype=bool)
    for j in range(n - 1):
        valid &= ~breaks[j : j + len(valid)]
    starts = np.flatnonzero(valid)
    if not len(starts):
        return _empty(["phrase", "count", *MEASURES], MEASURES)
    # prefixes[j]: an id of each n-gram's first j words; suffixes[j]: of its last j words
    prefixes = [np.zeros(len(starts), dtype=np.int64)]
    for j in range(n):
        keys = prefixes[-1] * len(types) + codes[starts + j]
        prefixes.append(pd.factorize(keys)[0].astype(np.int64))
    suffixes = [np.zeros(len(starts), dtype=np.int64)]
    for j in range(n - 1, -1, -1):
        keys = suffixes[-1] * len(types) + codes[starts + j]
        suffixes.append(pd.factorize(keys)[0].astype(np.int64))
    gram = prefixes[n]
    count = np.bincount(gram)
    representative = np.unique(gram, return_index=True)[1]
    is_stop = np.array([t in stop for t in types], dtype=bool)
    first_words = codes[starts[representative]]
    last_words = codes[starts[representative] + n - 1]
    keep = (count >= min_count) & ~is_stop[first_words] & ~is_stop[last_words]
    chosen = np.flatnonzero(keep)
    n_grams = len(starts)
    best = {m: np.full(len(chosen), np.inf) for m in MEASURES}
    for j in range(1, n):
        left = prefixes[j]
        right = suffixes[n - j]
        left_freq = np.bincount(left)[left[representative[chosen]]]
        right_freq = np.bincount(right)[right[representative[chosen]]]
        scores = association(count[chosen], left_freq, right_freq, n_grams, left_freq)
        for m in MEASURES:
            best[m] = np.minimum(best[m], scores[m])
    phrases = [
        " ".join(types[codes[starts[representative[g]] + j]] for j in range(n)) for g in chosen
    ]
    frame = pd.DataFrame({"phrase": phrases, "count": count[chosen], **best})
    frame = _sorted(frame, measure, key="phrase").reset_index(drop=True)
    return frame if top is None else frame.head(top)
