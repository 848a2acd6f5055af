"""Count dictionary matches per document or per sentence: :func:`lookup`.

How texts are matched:

* texts are cut by the token rule (:class:`~corpuskit.text.tokenize.TokenRule`,
  default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`), so ``Russia's``
  gives the token ``russia`` and ``US-led`` stays the one token ``us-led``;
* a plain entry word is cut by the same rule (``"Russia's"`` becomes
  ``russia``; ``"U.S.-led"`` stays ``u.s.-led``), so entries and texts agree;
  a glob word (holding ``*``) is compared with whole tokens, ``*`` standing
  for any run of characters inside one token (``"*-led"`` matches ``us-led``
  and ``saudi-led``, not ``led``);
* a phrase matches consecutive tokens (punctuation between them does not
  matter: ``"liberation of"`` matches ``liberation, of``);
* case is ignored unless the dictionary is ``case_sensitive``;
* **longest match first**: scanning left to right, at each token the longest
  entry that matches wins, and the tokens it covers cannot start or be part of
  another match. With ``overlap="dictionary"`` (default) this holds across the
  whole dictionary: in "the US-led coalition" the entry "US-led coalition"
  takes the two tokens, so "coalition" is not counted as well, whichever
  category holds it; "moderate opposition" does not also count for a category
  holding "opposition". Entries of several categories that match exactly the
  same tokens (same start, same length) count in each of those categories.
  With ``overlap="category"`` the rule is applied to each category on its own
  (as quanteda's ``nested_scope="key"``): a stretch of text counts at most once
  per category but may count in several. When two entries of one category
  match the same tokens, the first in the dictionary is reported.

Each match adds its entry's weight (1 unless set) to the category's score.

Example:
    >>> from corpuskit.lexicons.dictionary import Dictionary
    >>> d = Dictionary({"coalition": ["US-led coalition", "coalition"], "led": ["*-led"]})
    >>> text = ["The US-led coalition and the coalition's allies."]
    >>> lookup(text, d)[["coalition", "led", "n_tokens"]].values.tolist()
    [[2, 0, 7]]
    >>> lookup(text, d, overlap="category")[["coalition", "led"]].values.tolist()
    [[2, 1]]
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from corpuskit._parallel import map_parts, workers
from corpuskit._progress import progress as progress_bar
from corpuskit.constants import TEXT_COLUMNS, UNITS
from corpuskit.docterm import DocTermMatrix
from corpuskit.lexicons.compiled import CompiledDictionary, compile_dictionary, resolve_overlaps
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.matrix import _lookup_dtm
from corpuskit.text.sentences import sentences
from corpuskit.text.token_arrays import token_arrays
from corpuskit.text.tokenize import TokenRule

__all__ = [
    "MATCH_COLUMNS",
    "CompiledDictionary",
    "compile_dictionary",
    "lookup",
    "match_texts",
    "resolve_overlaps",
]

#: Columns of the table of matches.
MATCH_COLUMNS = ("doc_id", "sentence", "category", "entry", "match", "start", "end")
_NORMALIZE = (None, "tokens", "per_10k")
_OVERLAP = ("category", "dictionary")
#: texts cut into tokens at a time (:func:`~corpuskit.text.token_arrays.token_arrays`)
_CHUNK = 2000


# ---------------------------------------------------------------------- input


def _texts_and_docvars(data: Any, text_column: str) -> tuple[list[Any], pd.DataFrame]:
    """The texts and the docvars (``doc_id`` first, unique) from the forms lookup takes."""
    if isinstance(data, pd.DataFrame):
        if text_column not in data.columns:
            raise ValueError(
                f"text_column= {text_column!r} is not a column of data; it has {list(data.columns)}"
            )
        texts = data[text_column].tolist()
        docvars = data.drop(columns=[c for c in data.columns if c in (text_column, *TEXT_COLUMNS)])
        docvars = docvars.reset_index(drop=True)
    elif isinstance(data, pd.Series):
        texts = data.tolist()
        docvars = pd.DataFrame(index=range(len(texts)))
        if not isinstance(data.index, pd.RangeIndex):
            docvars["doc_id"] = [str(i) for i in data.index]
    elif isinstance(data, str | bytes):
        raise ValueError("data= is a single string; pass a list of texts")
    elif isinstance(data, Iterable):
        texts = list(data)
        docvars = pd.DataFrame(index=range(len(texts)))
    else:
        raise ValueError(
            "data= must be an articles DataFrame, a pandas Series or list of texts, or a "
            f"DocTermMatrix, got {type(data).__name__}"
        )
    if "doc_id" in docvars.columns:
        ids = docvars.pop("doc_id")
        if ids.isna().any():
            raise ValueError(
                f"data has a missing doc_id in row {int(np.flatnonzero(ids.isna())[0])}"
            )
        ids = ids.astype(str)
        repeated = ids[ids.duplicated()].unique().tolist()
        if repeated:
            raise ValueError(f"data's doc_id must be unique; repeated: {repeated[:5]}")
    else:
        ids = pd.Series([f"doc{i}" for i in range(1, len(texts) + 1)])
    docvars.insert(0, "doc_id", ids.to_numpy())
    for position, text in enumerate(texts):
        if not (isinstance(text, str) or _is_missing(text)):
            raise ValueError(
                f"the text in row {position} must be a string, got {type(text).__name__}"
            )
    return texts, docvars


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA


def _units(
    texts: list[Any], docvars: pd.DataFrame, unit: str
) -> tuple[list[str], list[int], pd.DataFrame]:
    """The texts to scan, the offset of each in its document, and their row table."""
    clean = ["" if _is_missing(text) else text for text in texts]
    if unit == "document":
        return clean, [0] * len(clean), docvars
    frame = sentences(pd.DataFrame({"doc_id": docvars["doc_id"].to_numpy(), "text": clean}))
    rows = frame[["doc_id", "sentence"]].reset_index(drop=True)
    rows = rows.merge(docvars, on="doc_id", how="left", sort=False)
    return frame["text"].tolist(), frame["start"].astype(int).tolist(), rows


# ---------------------------------------------------------------------- lookup


def lookup(
    data: pd.DataFrame | pd.Series | Sequence[str] | DocTermMatrix,
    dictionary: Dictionary,
    *,
    level: int | None = None,
    rule: TokenRule | None = None,
    unit: Literal["document", "sentence"] = "document",
    normalize: Literal["tokens", "per_10k"] | None = None,
    overlap: Literal["category", "dictionary"] = "dictionary",
    text_column: str = "text",
    return_matches: bool = False,
    progress: bool | None = None,
    n_jobs: int = -1,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame] | DocTermMatrix:
    """Count the matches of each dictionary category per document or per sentence.

    Matching follows the rules of the module docstring (token rule, phrases as
    consecutive tokens, globs within a token, longest match first).

    On a :class:`~corpuskit.docterm.DocTermMatrix` the category score is the sum
    of the matching feature columns (times the entry weights). Only words and
    globs can match there; a phrase matches only a feature that is the phrase
    itself (an n-gram ``"humanitarian corridor"`` or a compound
    ``"humanitarian_corridor"``), and the longest-match rule cannot apply, so
    "US-led coalition" (a feature of the bigram) and "coalition" (a unigram)
    are both counted. The result is a DocTermMatrix whose features are the
    categories, with the docvars of ``data``.

    Args:
        data: an articles DataFrame (text in ``text_column``, ``doc_id`` when
            present, every other column except ``text``/``title``/``lede`` kept
            as docvars), a pandas Series of texts (ids from its index unless a
            RangeIndex), a list of texts (ids ``"doc1".."docN"``) or a
            DocTermMatrix. Missing texts count as empty.
        dictionary: the :class:`~corpuskit.lexicons.dictionary.Dictionary`.
        level: collapse the categories to this many path parts first
            (:meth:`Dictionary.levels`); ``None`` keeps the leaves.
        rule: the token rule; default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
            Its ``lowercase`` is overridden by the dictionary's ``case_sensitive``.
        unit: ``"document"`` or ``"sentence"`` (sentences from
            :func:`corpuskit.text.sentences.sentences`).
        normalize: ``None`` (scores), ``"tokens"`` (score / ``n_tokens``) or
            ``"per_10k"`` (score / ``n_tokens`` * 10,000). A unit without
            tokens gets NaN. Not available on a DocTermMatrix.
        overlap: ``"dictionary"`` (default) or ``"category"``: the scope of the
            longest-match rule (see the module docstring).
        text_column: the column of ``data`` holding the text.
        return_matches: also return every counted match.
        progress: show a progress bar (``None``: only when interactive).
        n_jobs: processes for counting texts (``-1``: every core; see
            :mod:`corpuskit._parallel`; under 1,000 units, one process);
            identical to ``n_jobs=1``.

    Returns:
        A DataFrame with one row per document (or sentence), in the order of
        ``data``, and the columns ``doc_id`` (and ``sentence`` for
        ``unit="sentence"``), the docvars, one column per category (named by
        its path; int64 scores when every weight is 1, float64 otherwise or
        when normalized) and ``n_tokens`` (tokens in the unit under ``rule``).

        With ``return_matches=True``, a pair ``(scores, matches)`` where
        ``matches`` has one row per counted match: ``doc_id``, ``sentence``
        (``<NA>`` for ``unit="document"``), ``category``, ``entry`` (the
        pattern that matched), ``match`` (the text as written, from the first
        to the last matched token) and ``start``/``end`` (character offsets
        into the document's text, so ``text[start:end] == match``).

        For a DocTermMatrix, a DocTermMatrix of category scores.

    Raises:
        ValueError: for an invalid option (naming it), a missing text column,
            repeated doc ids, or a category named like a docvar.

    Example:
        >>> from corpuskit.lexicons.dictionary import Dictionary
        >>> d = Dictionary({"siege": ["siege", "besieged", "encircle*"]})
        >>> scores, matches = lookup(["Besieged Aleppo.", "The siege of Aleppo, encircled."],
        ...                          d, return_matches=True)
        >>> scores[["doc_id", "siege", "n_tokens"]].values.tolist()
        [['doc1', 1, 2], ['doc2', 2, 5]]
        >>> matches["match"].tolist()
        ['Besieged', 'siege', 'encircled']
    """
    if not isinstance(dictionary, Dictionary):
        raise ValueError(f"dictionary= must be a Dictionary, got {type(dictionary).__name__}")
    _check_choice(unit, UNITS, "unit")
    _check_choice(normalize, _NORMALIZE, "normalize")
    _check_choice(overlap, _OVERLAP, "overlap")
    if level is not None:
        dictionary = dictionary.levels(level)
    if isinstance(data, DocTermMatrix):
        if normalize is not None or unit != "document" or return_matches:
            raise ValueError(
                "normalize=, unit='sentence' and return_matches= need texts, not a "
                "DocTermMatrix (weight the result with .weight() instead)"
            )
        return _lookup_dtm(data, dictionary, rule=rule)
    texts, docvars = _texts_and_docvars(data, text_column)
    clash = [c for c in dictionary.categories if c in docvars.columns or c == "sentence"]
    if clash:
        raise ValueError(f"categories {clash} have the names of columns of data; rename them")
    if unit == "sentence" and "sentence" in docvars.columns:
        raise ValueError("unit='sentence' adds a 'sentence' column, but data already has one")
    compiled = compile_dictionary(dictionary, rule=rule)
    unit_texts, offsets, rows = _units(texts, docvars, unit)
    n_workers = workers(n_jobs, len(unit_texts))
    if n_workers > 1:
        counted = map_parts(
            _count_part,
            pd.DataFrame({"text": unit_texts}),
            n_workers,
            compiled=compiled,
            overlap=overlap,
            keep=return_matches,
        )
        found = counted.pop("matches").tolist()
        n_tokens = counted.pop("n_tokens").to_numpy(dtype=np.int64)
        scores = counted.to_numpy(dtype=np.float64)
        matches = [
            (row, category, entry, offsets[row] + start, offsets[row] + end)
            for row, in_row in enumerate(found)
            for category, entry, start, end in in_row
        ]
    else:
        scores, n_tokens, matches = _count(
            compiled, unit_texts, offsets, overlap=overlap, keep=return_matches, progress=progress
        )
    result = rows.copy()
    if "n_tokens" in result.columns:
        warnings.warn(
            "data already has an 'n_tokens' column; it is replaced by the token counts",
            UserWarning,
            stacklevel=2,
        )
        result = result.drop(columns="n_tokens")
    if normalize is not None:
        scale = 10_000.0 if normalize == "per_10k" else 1.0
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = scores / n_tokens[:, None] * scale
    elif not dictionary.is_weighted:
        scores = scores.astype(np.int64)
    table = pd.DataFrame(scores, columns=compiled.categories)
    result = pd.concat([result, table], axis=1)
    result["n_tokens"] = n_tokens
    if not return_matches:
        return result
    text_of = dict(zip(docvars["doc_id"], texts))
    return result, _match_table(matches, rows, text_of, compiled.categories, unit)


def _check_choice(value: Any, choices: tuple[Any, ...], name: str) -> None:
    if value not in choices:
        raise ValueError(f"{name}= must be one of {list(choices)}, got {value!r}")


def _count_part(
    part: pd.DataFrame, *, compiled: CompiledDictionary, overlap: str, keep: bool, progress: bool
) -> pd.DataFrame:
    """:func:`_count` of one part of the texts (for :func:`map_parts`): the scores,
    ``n_tokens`` and ``matches``, each row's ``(category, entry, start, end)`` list."""
    texts = part["text"].tolist()
    scores, n_tokens, found = _count(
        compiled, texts, [0] * len(texts), overlap=overlap, keep=keep, progress=progress
    )
    matches: list[list[tuple[int, str, int, int]]] = [[] for _ in texts]
    for row, category, entry, start, end in found:
        matches[row].append((category, entry, start, end))
    return pd.DataFrame(scores).assign(n_tokens=n_tokens, matches=matches)


def _scan_chunk(
    compiled: CompiledDictionary, texts: Sequence[str], *, overlap: str
) -> tuple[
    np.ndarray,
    list[tuple[int, list[tuple[int, int, int, int, str, float]], np.ndarray, np.ndarray]],
]:
    """The number of tokens of each text of a chunk, and ``(index, kept, starts, ends)``
    for each text that holds a match: the matches kept by ``overlap`` and the text's
    token offsets. The texts are cut with
    :func:`~corpuskit.text.token_arrays.token_arrays`; anchors and entry starts are
    checked once per token type (:meth:`CompiledDictionary.type_flags`)."""
    found = token_arrays(texts, compiled.rule)
    is_anchor, is_root = compiled.type_flags(found.vocabulary.tolist())
    bounds = found.offsets.tolist()
    anchors_before = np.concatenate([[0], np.cumsum(is_anchor[found.codes])])
    holds_anchor = anchors_before[found.offsets[1:]] > anchors_before[found.offsets[:-1]]
    hits = []
    # every token's string and every root's position in its text, made once for the chunk
    words = found.vocabulary[found.codes].tolist()
    roots = np.flatnonzero(is_root[found.codes])
    first_root = np.searchsorted(roots, found.offsets).tolist()
    roots = (roots - np.repeat(found.offsets[:-1], np.diff(first_root))).tolist()
    for i in np.flatnonzero(holds_anchor).tolist():
        a, b = bounds[i], bounds[i + 1]
        matched = compiled.walk(words[a:b], roots[first_root[i] : first_root[i + 1]])
        if matched:
            kept = resolve_overlaps(matched, overlap=overlap)
            hits.append((i, kept, found.starts[a:b], found.ends[a:b]))
    return found.lengths, hits


def _located(
    kept: list[tuple[int, int, int, int, str, float]],
    starts: np.ndarray,
    ends: np.ndarray,
    row: int,
    offset: int,
) -> Iterator[tuple[int, int, str, int, int]]:
    """``(row, category, entry, start, end)`` of the kept matches of one text, from its
    token offsets."""
    for start, length, _, category, entry, _ in kept:
        yield (
            row,
            category,
            entry,
            offset + int(starts[start]),
            offset + int(ends[start + length - 1]),
        )


def _count(
    compiled: CompiledDictionary,
    texts: list[str],
    offsets: list[int],
    *,
    overlap: str,
    keep: bool,
    progress: bool | None,
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, str, int, int]]]:
    """Scores (units x categories), tokens per unit and the kept matches."""
    scores = np.zeros((len(texts), len(compiled.categories)), dtype=np.float64)
    n_tokens = np.zeros(len(texts), dtype=np.int64)
    kept_matches: list[tuple[int, int, str, int, int]] = []
    # the bar counts texts; each chunk of them is cut when the loop reaches its first
    for first in progress_bar(range(len(texts)), total=len(texts), desc="lookup", show=progress):
        if first % _CHUNK:
            continue
        chunk = texts[first : first + _CHUNK]
        lengths, hits = _scan_chunk(compiled, chunk, overlap=overlap)
        n_tokens[first : first + len(chunk)] = lengths
        for i, kept, starts, ends in hits:
            row = first + i
            for _, _, _, category, _, weight in kept:
                scores[row, category] += weight
            if keep:
                kept_matches.extend(_located(kept, starts, ends, row, offsets[row]))
    return scores, n_tokens, kept_matches


def match_texts(
    compiled: CompiledDictionary, texts: Sequence[str], *, overlap: str = "dictionary"
) -> list[tuple[int, int, str, int, int]]:
    """The matches :func:`lookup` reports for ``texts``, without counting tokens.

    A text that :meth:`CompiledDictionary.may_match` rules out is not cut into
    tokens at all.

    Args:
        compiled: the compiled dictionary (:func:`compile_dictionary`).
        texts: the texts (strings).
        overlap: ``"dictionary"`` or ``"category"``, as in :func:`lookup`.

    Returns:
        ``(text index, category index, entry, start, end)`` per counted match,
        in text order, with character offsets into the text.

    Example:
        >>> compiled = compile_dictionary(Dictionary({"siege": ["siege", "besieged"]}))
        >>> match_texts(compiled, ["No.", "Besieged Aleppo, a siege."])
        [(1, 0, 'besieged', 0, 8), (1, 0, 'siege', 19, 24)]
    """
    _check_choice(overlap, _OVERLAP, "overlap")
    rows = [row for row, text in enumerate(texts) if compiled.may_match(text)]
    found_in: list[tuple[int, int, str, int, int]] = []
    for first in range(0, len(rows), _CHUNK):
        chosen = rows[first : first + _CHUNK]
        _, hits = _scan_chunk(compiled, [texts[row] for row in chosen], overlap=overlap)
        for i, kept, starts, ends in hits:
            found_in.extend(_located(kept, starts, ends, chosen[i], 0))
    return found_in


def _match_table(
    matches: list[tuple[int, int, str, int, int]],
    rows: pd.DataFrame,
    text_of: dict[str, str],
    categories: list[str],
    unit: str,
) -> pd.DataFrame:
    if not matches:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in MATCH_COLUMNS})
        return frame.astype({"start": np.int64, "end": np.int64, "sentence": "Int64"})
    row_index, category, entry, start, end = (list(column) for column in zip(*matches))
    doc_ids = rows["doc_id"].to_numpy()[row_index]
    if unit == "sentence":
        sentence = pd.array(rows["sentence"].to_numpy()[row_index], dtype="Int64")
    else:
        sentence = pd.array([pd.NA] * len(matches), dtype="Int64")
    return pd.DataFrame(
        {
            "doc_id": doc_ids,
            "sentence": sentence,
            "category": [categories[c] for c in category],
            "entry": entry,
            "match": [text_of[d][s:e] for d, s, e in zip(doc_ids, start, end)],
            "start": np.asarray(start, dtype=np.int64),
            "end": np.asarray(end, dtype=np.int64),
        }
    )
