"""Building a document-term matrix from articles, texts or tokens: :func:`dtm`."""

from __future__ import annotations

import dataclasses
import itertools
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.constants import TEXT_COLUMNS
from corpuskit.docterm.checks import _canonical
from corpuskit.docterm.matrix import DocTermMatrix
from corpuskit.text.count import count_matrix
from corpuskit.text.lemmas import lemma_rows, lemmatize_matrix
from corpuskit.text.stopwords import available_languages
from corpuskit.text.stopwords import stopwords as bundled
from corpuskit.text.tokenize import TokenRule, resolve_rule
from corpuskit.text.tokens import Tokens

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases


def build_rule(
    rule: TokenRule | None = None, *, lowercase: bool | None = None, min_length: int | None = None
) -> TokenRule:
    """The token rule for counting: ``rule`` with ``lowercase``/``min_length`` overridden.

    Args:
        rule: a :class:`~corpuskit.text.tokenize.TokenRule`; ``None`` means
            :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        lowercase: replaces the rule's ``lowercase`` unless ``None``.
        min_length: replaces the rule's ``min_length`` unless ``None``.

    Returns:
        A :class:`~corpuskit.text.tokenize.TokenRule`.

    Raises:
        TypeError: if ``rule`` is not a TokenRule.
        ValueError: if ``lowercase`` is not a bool or ``min_length`` is invalid.

    Example:
        >>> build_rule(lowercase=False).lowercase
        False
    """
    base = resolve_rule(rule)
    changes: dict[str, Any] = {}
    if lowercase is not None:
        if not isinstance(lowercase, bool | np.bool_):
            raise ValueError(f"lowercase= must be True, False or None, got {lowercase!r}")
        changes["lowercase"] = bool(lowercase)
    if min_length is not None:
        changes["min_length"] = min_length
    return dataclasses.replace(base, **changes) if changes else base


def stopword_set(
    stopwords: bool | str | Iterable[str] | None, *, languages: Iterable[Any] = ()
) -> frozenset[str] | None:
    """The stopwords to remove, from the forms ``dtm()`` accepts.

    Args:
        stopwords: ``None`` or ``False`` (none), ``True`` (the bundled lists of
            ``languages``; English when none is given), a language name or code
            (its bundled list, see :func:`corpuskit.text.stopwords.stopwords`),
            or a collection of words.
        languages: the documents' languages (their ``language`` column; missing
            values ignored) for ``stopwords=True``: the union of their bundled
            lists. Languages without a list are named in a warning.

    Returns:
        A frozenset of words, or ``None`` for no stopwords.

    Raises:
        ValueError: if the collection holds something other than strings.

    Example:
        >>> sorted(stopword_set(["the", "of"]))
        ['of', 'the']
        >>> "the" in stopword_set(True)
        True
        >>> {"the", "и"} <= stopword_set(True, languages=["en", "ru", None])
        True
    """
    if stopwords is None or stopwords is False:
        return None
    if stopwords is True:
        return _language_stopwords(languages)
    if isinstance(stopwords, str):
        return frozenset(bundled(stopwords))
    words = list(stopwords)
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise ValueError(f"stopwords= must hold strings, got {bad[:3]!r}")
    return frozenset(words)


def _language_stopwords(languages: Iterable[Any]) -> frozenset[str]:
    """The union of the bundled lists of ``languages`` (English when there are none)."""
    present = {str(code).lower() for code in languages if isinstance(code, str) and code}
    listed = sorted(present & set(available_languages()))
    missing = sorted(present - set(listed))
    if missing:
        warnings.warn(
            f"stopwords=True: no bundled stopword list for language(s) {missing}; their "
            f"documents keep their stopwords (lists: {list(available_languages())}); pass "
            "stopwords=[...] to give your own",
            UserWarning,
            stacklevel=3,
        )
    return frozenset().union(*(bundled(code) for code in listed or (["en"] if not present else [])))


def _document_languages(data: Any) -> list[Any]:
    """The distinct values of the ``language`` column of a DataFrame or Tokens (else none)."""
    table = data.docvars if isinstance(data, Tokens) else data
    if isinstance(table, pd.DataFrame) and "language" in table.columns:
        return table["language"].dropna().unique().tolist()
    return []


def _texts_and_docvars(data: Any, text_column: str) -> tuple[Any, pd.DataFrame]:
    """The texts to count and the docvars, from a DataFrame, Series or list of texts."""
    if isinstance(data, pd.DataFrame):
        if text_column not in data.columns:
            raise ValueError(
                f"text_column= {text_column!r} is not a column of data; it has {list(data.columns)}"
            )
        drop = [c for c in data.columns if c == text_column or c in TEXT_COLUMNS]
        return data[text_column].reset_index(drop=True), data.drop(columns=drop)
    if isinstance(data, pd.Series):
        docvars = pd.DataFrame(index=range(len(data)))
        if not isinstance(data.index, pd.RangeIndex):
            docvars["doc_id"] = [str(i) for i in data.index]
        return data.reset_index(drop=True), docvars
    if isinstance(data, str | bytes):
        raise ValueError("data= is a single string; pass a list of texts")
    if isinstance(data, Iterable):
        texts = list(data)
        return texts, pd.DataFrame(index=range(len(texts)))
    raise ValueError(
        "data= must be an articles DataFrame, a Tokens object, a pandas Series or a list of "
        f"texts, got {type(data).__name__}"
    )


def _count_tokens(
    tokens: Tokens,
    *,
    stopwords: frozenset[str] | None,
    ngram_range: tuple[int, int],
    phrases: Phrases | None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Count already-cut tokens: compound phrases, remove stopwords, build n-grams."""
    try:
        low, high = (int(n) for n in ngram_range)
    except (TypeError, ValueError):
        raise ValueError(
            f"ngram_range= must be a pair (min_n, max_n), got {ngram_range!r}"
        ) from None
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range= must satisfy 1 <= min_n <= max_n, got {ngram_range!r}")
    if phrases is not None:
        tokens = tokens.compound(phrases)
    if stopwords:
        tokens = tokens.remove(stopwords)
    if (low, high) != (1, 1):
        tokens = tokens.ngrams(range(low, high + 1))
    lists = list(tokens)
    lengths = np.fromiter((len(t) for t in lists), np.int64, len(lists))
    codes, uniques = pd.factorize(
        np.fromiter(itertools.chain.from_iterable(lists), object, int(lengths.sum()))
    )
    order = np.argsort(np.asarray(uniques, dtype=str), kind="stable")
    column = np.empty(len(order), dtype=np.int64)
    column[order] = np.arange(len(order))
    matrix = sp.csr_matrix(
        (
            np.ones(len(codes), dtype=np.int32),
            (np.repeat(np.arange(len(lists)), lengths), column[codes]),
        ),
        shape=(len(lists), len(order)),
    )
    return _canonical(matrix), np.asarray(uniques, dtype=object)[order]


def dtm(
    data: pd.DataFrame | pd.Series | Sequence[str] | Tokens,
    *,
    rule: TokenRule | None = None,
    lowercase: bool | None = None,
    stopwords: bool | str | Iterable[str] | None = None,
    min_length: int | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    phrases: Phrases | None = None,
    min_count: float | None = None,
    min_docfreq: float | None = None,
    lemmatize: bool = False,
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
) -> DocTermMatrix:
    """Count the tokens of every document into a :class:`DocTermMatrix`.

    Texts are cut by the token rule (the same as
    ``CountVectorizer(token_pattern=rule.pattern)``), multi-word ``phrases`` are
    compounded, ``stopwords`` removed, then n-grams built (joined by a space).
    Features are sorted alphabetically. Missing texts count as empty documents.

    The docvars get an ``n_tokens`` column: each document's row sum when the
    matrix is built, that is the number of tokens after stopword removal
    (counting every n-gram when ``ngram_range`` is not ``(1, 1)``), before the
    ``min_count``/``min_docfreq`` trimming. It is the denominator for relative
    frequencies that should not change when rare features are trimmed. An
    existing ``n_tokens`` column is replaced, with a warning.

    Args:
        data: an articles DataFrame (text from ``text_column``; docvars are all
            other columns except ``text``, ``title`` and ``lede``), a
            :class:`~corpuskit.text.tokens.Tokens` object (its tokens and docvars;
            ``rule``, ``lowercase`` and ``min_length`` then do not apply), a
            pandas Series of texts (doc ids from its index unless that is a
            RangeIndex), or a list of texts (ids ``"doc1".."docN"``).
        rule: the :class:`~corpuskit.text.tokenize.TokenRule`; default
            :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        lowercase: lower-case tokens; ``None`` keeps the rule's setting (the
            default rule lower-cases).
        stopwords: ``True`` for the bundled lists of the documents' languages
            (their ``language`` column, as :func:`corpuskit.detect_language`
            or a loader fills it; English without the column), a language
            name, a collection of words, or ``None`` for none. Stopwords are
            compared with the tokens as the rule gives them (lower-cased by
            default).
        min_length: drop tokens shorter than this; ``None`` keeps the rule's.
        ngram_range: ``(min_n, max_n)`` of the n-grams to count.
        phrases: a :class:`~corpuskit.text.phrases.Phrases` to compound.
        min_count: drop features with a total count below this.
        min_docfreq: drop features in fewer documents than this (``int``) or
            this proportion of documents (``float`` in (0, 1]).
        lemmatize: count lemmas instead of word forms (Russian, with pymorphy3:
            ``pip install 'corpuskit[ru]'``): all case forms of ``Мосул`` become
            ``мосул``. Documents whose ``language`` column is set and not
            ``"ru"`` keep their word forms; without the column only Cyrillic
            tokens change (English is left as it is). Stopwords are removed
            and n-grams built on the word forms first; an n-gram becomes the
            lemmas of its words. ``n_tokens`` is unchanged. See
            :mod:`corpuskit.text.lemmas`.
        text_column: the column of ``data`` holding the text.
        n_jobs: worker processes for counting (``-1``: all cores; large corpora only).
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        A count :class:`DocTermMatrix`, rows in the order of ``data``. For a
        Dask DataFrame, ``ck.dask.dtm`` takes the same options.

    Raises:
        ValueError: if ``text_column`` is missing, doc ids are not unique, or an
            option is invalid (the message names the argument).

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["TASS", "AP"],
        ...                          "text": ["Militants shelled Aleppo.", "The city of Aleppo"]})
        >>> m = dtm(articles, stopwords=True)
        >>> m.features.tolist()
        ['aleppo', 'city', 'militants', 'shelled']
        >>> m.docvars[["doc_id", "outlet", "n_tokens"]].values.tolist()
        [['a', 'TASS', 3], ['b', 'AP', 2]]
    """
    stop = stopword_set(stopwords, languages=_document_languages(data))
    if isinstance(data, Tokens):
        given = [
            name
            for name, value in (
                ("rule", rule),
                ("lowercase", lowercase),
                ("min_length", min_length),
            )
            if value is not None
        ]
        if given:
            raise ValueError(
                f"{', '.join(f'{g}=' for g in given)} cannot apply to Tokens, which are already "
                "cut; pass them to ck.tokens() instead"
            )
        matrix, features = _count_tokens(
            data, stopwords=stop, ngram_range=ngram_range, phrases=phrases
        )
        docvars = data.docvars
    else:
        token_rule = build_rule(rule, lowercase=lowercase, min_length=min_length)
        texts, docvars = _texts_and_docvars(data, text_column)
        matrix, features = count_matrix(
            texts,
            rule=token_rule,
            stopwords=stop,
            ngram_range=ngram_range,
            phrases=phrases,
            n_jobs=n_jobs,
            progress=progress,
        )
    docvars = docvars.reset_index(drop=True)
    if lemmatize:
        matrix, features = lemmatize_matrix(matrix, features, rows=lemma_rows(docvars))
        matrix = _canonical(matrix)
    if "n_tokens" in docvars.columns:
        warnings.warn(
            "data already has an 'n_tokens' column; it is replaced by the token counts",
            UserWarning,
            stacklevel=2,
        )
    docvars["n_tokens"] = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int64)
    result = DocTermMatrix._from_counts(matrix, features, docvars)
    if min_count is not None or min_docfreq is not None:
        result = result.trim(min_count=min_count, min_docfreq=min_docfreq)
    return result
