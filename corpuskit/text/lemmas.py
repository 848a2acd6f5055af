"""Lemmas: word forms to dictionary forms, chosen by each document's language.

Russian is lemmatised with pymorphy3 and its Russian dictionaries (MIT
licence; the optional extra ``corpuskit[ru]``): ``мосула``, ``мосуле`` ->
``мосул``; ``боевиков``, ``боевикам`` -> ``боевик``. The analyser takes the
most probable parse of a word out of context. Only tokens with a Cyrillic
letter are looked up; every other token (English words, numbers) is kept as
it is: corpuskit bundles no English lemmatiser.

Each distinct word form is looked up once (a cache per process), so the cost
grows with the vocabulary, not the corpus. The document-term matrix applies
lemmas to its columns after counting (:func:`lemmatize_matrix`), so counting
still runs on every core; :meth:`corpuskit.text.tokens.Tokens.lemmatize` maps
the token strings and keeps their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["KEEP_AS_WRITTEN", "LEMMA_LANGUAGES", "lemma_rows", "lemmatize", "lemmatize_matrix"]

#: The languages with a lemmatiser.
LEMMA_LANGUAGES: tuple[str, ...] = ("ru",)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _analyzer() -> Any:
    try:
        import pymorphy3  # optional dependency: corpuskit[ru]
    except ImportError:
        raise ImportError(
            "Russian lemmas need pymorphy3 and its dictionaries: "
            "pip install 'corpuskit[ru]' (pymorphy3, pymorphy3-dicts-ru)"
        ) from None
    return pymorphy3.MorphAnalyzer(lang="ru")


_CACHE: dict[str, str] = {}

#: Abbreviations of the Syrian and Iraqi wars that pymorphy3, reading them out
#: of context as ordinary words, would change (``иг`` -> ``иго`` "yoke",
#: ``сар`` -> ``сара``, ``даиш`` -> ``даиша``, ``бпла`` -> ``бпнуть``): kept as written.
KEEP_AS_WRITTEN: frozenset[str] = frozenset({"иг", "сар", "даиш", "бпла", "хтш", "игил", "ссо"})


def _lemma_ru(word: str) -> str:
    lemma = _CACHE.get(word)
    if lemma is None:
        # hyphenated words go whole: "вице-премьера" -> "вице-премьер"
        cyrillic = _CYRILLIC.search(word) is not None
        keep = not cyrillic or word in KEEP_AS_WRITTEN
        lemma = word if keep else _analyzer().parse(word)[0].normal_form
        _CACHE[word] = lemma
    return lemma


def _check_language(language: str) -> str:
    key = str(language).lower()
    if key not in LEMMA_LANGUAGES:
        raise ValueError(
            f"no lemmatiser for language={language!r}; available: " + ", ".join(LEMMA_LANGUAGES)
        )
    return key


def lemmatize(words: Iterable[str], *, language: str = "ru") -> list[str]:
    """The lemma of each word; an n-gram (words joined by spaces) word by word.

    Args:
        words: lower-case tokens or n-grams as the token rule gives them.
        language: the language of the words (``"ru"``).

    Returns:
        The lemmas, in order. Tokens without a Cyrillic letter, and the
        abbreviations of :data:`KEEP_AS_WRITTEN` (``иг``, the Islamic State,
        is not ``иго``), are kept as they are.

    Raises:
        ValueError: for a language without a lemmatiser.
        ImportError: when pymorphy3 is not installed.

    Example:
        >>> lemmatize(["мосула", "боевиков", "aleppo", "мосуле боевикам", "иг"])
        ['мосул', 'боевик', 'aleppo', 'мосул боевик', 'иг']
    """
    _check_language(language)
    return [" ".join(_lemma_ru(part) for part in word.split(" ")) for word in words]


def lemma_rows(docvars: pd.DataFrame, language: str = "ru") -> np.ndarray:
    """Which documents to lemmatise: those in ``language`` or of unknown language.

    Args:
        docvars: the document table; its ``language`` column (ISO 639-1 codes,
            e.g. from :func:`corpuskit.detect_language`) decides when present.
        language: the lemmatiser's language.

    Returns:
        A boolean array, one value per document. Without a ``language`` column
        every document is lemmatised (only its Cyrillic tokens change).
    """
    if "language" not in docvars.columns:
        return np.ones(len(docvars), dtype=bool)
    codes = docvars["language"].astype("string").str.lower().str[:2]
    return (codes.isna() | (codes == language)).to_numpy(dtype=bool)


def lemmatize_matrix(
    matrix: sp.csr_matrix,
    features: Sequence[str] | np.ndarray,
    *,
    rows: np.ndarray | None = None,
    language: str = "ru",
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Merge the columns of word forms into columns of lemmas.

    Args:
        matrix: documents x features counts.
        features: the feature of each column (tokens or space-joined n-grams).
        rows: the documents to lemmatise (a boolean array); the others keep
            their word forms. ``None``: all.
        language: the language of the lemmatised documents.

    Returns:
        ``(matrix, features)`` with features sorted alphabetically; row sums
        are unchanged.
    """
    _check_language(language)
    features = np.asarray(features, dtype=object)
    lemmas = np.asarray(lemmatize(features.tolist(), language=language), dtype=object)
    if rows is None:
        rows = np.ones(matrix.shape[0], dtype=bool)
    rows = np.asarray(rows, dtype=bool)
    unchanged = ~rows
    used = [lemmas]
    if unchanged.any():
        used.append(features)
    vocabulary = np.unique(np.concatenate(used).astype(str)).astype(object)
    position = {feature: i for i, feature in enumerate(vocabulary.tolist())}

    def projection(targets: np.ndarray) -> sp.csr_matrix:
        columns = np.fromiter((position[t] for t in targets.tolist()), np.int64, len(targets))
        data = np.ones(len(targets), dtype=matrix.dtype)
        return sp.csr_matrix(
            (data, (np.arange(len(targets)), columns)), shape=(len(targets), len(vocabulary))
        )

    def only(mask: np.ndarray) -> sp.dia_matrix:
        return sp.diags(mask.astype(matrix.dtype), dtype=matrix.dtype)

    result = only(rows) @ matrix @ projection(lemmas)
    if unchanged.any():
        result = result + only(unchanged) @ matrix @ projection(features)
    result = sp.csr_matrix(result)
    result.eliminate_zeros()
    used_columns = np.asarray(result.sum(axis=0)).ravel() > 0
    if not used_columns.all():
        result, vocabulary = result[:, used_columns], vocabulary[used_columns]
    result.sort_indices()
    return sp.csr_matrix(result), vocabulary
