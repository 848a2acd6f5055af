"""Tokens with character offsets: ``ck.tokens(articles)``.

A :class:`Tokens` object holds, for every document, its token strings with
their ``start``/``end`` character offsets into the document's text, and the
document metadata (``docvars``). Stopword removal, phrase compounding and
n-grams keep the offsets: a compound or an n-gram spans from its first word's
start to its last word's end.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Collection, Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from corpuskit.constants import TEXT_COLUMNS
from corpuskit.text.lemmas import lemma_rows
from corpuskit.text.lemmas import lemmatize as lemmatize_words
from corpuskit.text.phrases import Phrases
from corpuskit.text.stopwords import stopwords as stopword_list
from corpuskit.text.token_arrays import token_arrays
from corpuskit.text.tokenize import TokenRule, resolve_rule

__all__ = ["Tokens", "document_table", "tokens"]


def document_table(
    articles: pd.DataFrame | pd.Series | Sequence[str] | str, *, text_column: str = "text"
) -> tuple[list[str], pd.DataFrame]:
    """The texts of ``articles`` and their document metadata.

    Args:
        articles: an articles DataFrame, a Series or list of texts, or one text.
        text_column: the column of ``articles`` holding the text.

    Returns:
        ``(texts, docvars)``: the texts (missing ones as ``""``) and a DataFrame
        with a RangeIndex, ``doc_id`` first (``"doc1"``, ``"doc2"``, ... when
        ``articles`` has no ``doc_id``), then every column except ``text``,
        ``title``, ``lede`` and ``text_column``.

    Raises:
        KeyError: when ``text_column`` is not a column of ``articles``.
        TypeError: when a text is not a string.
    """
    if isinstance(articles, str):
        articles = [articles]
    if isinstance(articles, pd.DataFrame):
        if text_column not in articles.columns:
            raise KeyError(
                f"text_column={text_column!r} is not a column of articles; columns: "
                + ", ".join(map(str, articles.columns))
            )
        values = articles[text_column].tolist()
        dropped = {text_column, *TEXT_COLUMNS}
        docvars = articles[[c for c in articles.columns if c not in dropped]].reset_index(drop=True)
    else:
        values = list(articles)
        docvars = pd.DataFrame(index=pd.RangeIndex(len(values)))
    texts = []
    for i, value in enumerate(values):
        if isinstance(value, str):
            texts.append(value)
        elif value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
            texts.append("")
        else:
            raise TypeError(f"document {i}: {text_column!r} must be a string, got {value!r}")
    if "doc_id" not in docvars.columns:
        docvars.insert(0, "doc_id", [f"doc{i + 1}" for i in range(len(texts))])
    else:
        docvars = docvars[["doc_id", *[c for c in docvars.columns if c != "doc_id"]]]
    return texts, docvars


class Tokens:
    """The tokens of a set of documents, with character offsets and docvars.

    Build it with :func:`tokens`. ``len(toks)`` is the number of documents;
    iterating gives each document's token list; ``toks[i]`` is document ``i``'s
    token list.

    Attributes:
        docvars: one row per document, ``doc_id`` first.

    Example:
        >>> toks = tokens(["Russia's army", "The US-led coalition"])
        >>> list(toks)
        [['russia', 'army'], ['the', 'us-led', 'coalition']]
        >>> toks.to_frame()[["token", "start", "end"]].values.tolist()[1]
        ['army', 9, 13]
    """

    def __init__(
        self,
        strings: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
        indptr: np.ndarray,
        docvars: pd.DataFrame,
    ) -> None:
        self._strings = strings
        self._starts = starts
        self._ends = ends
        self._indptr = indptr
        self.docvars = docvars

    @property
    def doc_ids(self) -> list[str]:
        """The document ids, in order."""
        return self.docvars["doc_id"].astype(str).tolist()

    @property
    def n_tokens(self) -> int:
        """The number of tokens in all documents."""
        return len(self._strings)

    def __len__(self) -> int:
        return len(self._indptr) - 1

    def __getitem__(self, i: int) -> list[str]:
        if not -len(self) <= i < len(self):
            raise IndexError(f"document {i} out of range for {len(self)} documents")
        i %= len(self)
        return self._strings[self._indptr[i] : self._indptr[i + 1]].tolist()

    def __iter__(self) -> Iterator[list[str]]:
        for i in range(len(self)):
            yield self._strings[self._indptr[i] : self._indptr[i + 1]].tolist()

    def __repr__(self) -> str:
        return f"<Tokens: {len(self)} documents, {self.n_tokens} tokens>"

    def _repr_html_(self) -> str:
        rows = []
        for i in range(min(len(self), 10)):
            shown = self._strings[self._indptr[i] : min(self._indptr[i + 1], self._indptr[i] + 12)]
            more = " ..." if self._indptr[i + 1] - self._indptr[i] > 12 else ""
            rows.append(
                f"<tr><td>{html.escape(str(self.docvars['doc_id'].iloc[i]))}</td>"
                f"<td>{self._indptr[i + 1] - self._indptr[i]}</td>"
                f"<td>{html.escape(' | '.join(shown.tolist()))}{more}</td></tr>"
            )
        return (
            f"<p>Tokens: {len(self)} documents, {self.n_tokens} tokens</p>"
            "<table><thead><tr><th>doc_id</th><th>tokens</th><th>first tokens</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _doc_of_token(self) -> np.ndarray:
        return np.repeat(np.arange(len(self)), np.diff(self._indptr))

    def _subset(self, keep: np.ndarray) -> Tokens:
        doc = self._doc_of_token()[keep]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(doc, minlength=len(self)))])
        return Tokens(
            self._strings[keep], self._starts[keep], self._ends[keep], indptr, self.docvars
        )

    def to_frame(self, *, docvars: bool = False) -> pd.DataFrame:
        """One row per token.

        Args:
            docvars: add the document metadata columns after the token columns.

        Returns:
            DataFrame with columns ``doc_id`` (str), ``position`` (0-based index
            of the token in its document), ``token``, ``start`` and ``end``
            (character offsets into the document's text), then the docvars if asked.

        Example:
            >>> tokens(["Iraq’s Mosul"]).to_frame()["token"].tolist()
            ['iraq', 'mosul']
        """
        doc = self._doc_of_token()
        frame = pd.DataFrame(
            {
                "doc_id": self.docvars["doc_id"].to_numpy()[doc],
                "position": np.arange(self.n_tokens) - self._indptr[doc],
                "token": self._strings,
                "start": self._starts,
                "end": self._ends,
            }
        )
        frame["doc_id"] = frame["doc_id"].astype(str)
        frame["token"] = frame["token"].astype(str)
        frame["position"] = frame["position"].astype(np.int64)
        if docvars:
            extra = self.docvars.drop(columns="doc_id").iloc[doc].reset_index(drop=True)
            frame = pd.concat([frame, extra], axis=1)
        return frame

    def remove(self, words: Collection[str] | str) -> Tokens:
        """Drop tokens that are in ``words``.

        Args:
            words: the words to drop, or a language code (``"en"``) for that
                language's :func:`~corpuskit.text.stopwords.stopwords`.

        Returns:
            New :class:`Tokens`; offsets of the remaining tokens unchanged.

        Example:
            >>> list(tokens(["the fall of Aleppo"]).remove("en"))
            [['fall', 'aleppo']]
        """
        drop = stopword_list(words) if isinstance(words, str) else frozenset(words)
        keep = np.fromiter((s not in drop for s in self._strings), bool, self.n_tokens)
        return self._subset(keep)

    def lemmatize(self, *, language: str = "ru") -> Tokens:
        """Replace each token by its lemma (see :mod:`corpuskit.text.lemmas`).

        Args:
            language: the lemmatiser's language (``"ru"``, with pymorphy3).
                Documents whose ``language`` docvar is set to another language
                keep their word forms; only Cyrillic tokens change.

        Returns:
            New :class:`Tokens`; offsets unchanged, so a lemma still points at
            the word form as written.

        Example:
            >>> list(tokens(["Бои за Мосул", "под Мосулом"]).lemmatize())
            [['бой', 'за', 'мосул'], ['под', 'мосул']]
        """
        rows = lemma_rows(self.docvars, language)[self._doc_of_token()]
        strings = self._strings.copy()
        forms, inverse = np.unique(strings[rows].astype(str), return_inverse=True)
        lemmas = np.asarray(lemmatize_words(forms.tolist(), language=language), dtype=object)
        strings[rows] = lemmas[inverse]
        return Tokens(strings, self._starts, self._ends, self._indptr, self.docvars)

    def compound(self, phrases: Phrases | Iterable[str]) -> Tokens:
        """Join multi-word expressions into single tokens.

        Args:
            phrases: a :class:`~corpuskit.text.phrases.Phrases` or a list of phrases.

        Returns:
            New :class:`Tokens`; a compound spans from its first word's start to
            its last word's end.

        Example:
            >>> toks = tokens(["The UN Security Council met."]).compound(["Security Council"])
            >>> toks.to_frame()[["token", "start", "end"]].values.tolist()[1:3]
            [['un', 4, 6], ['security_council', 7, 23]]
        """
        if not isinstance(phrases, Phrases):
            phrases = Phrases(phrases)
        codes, uniques = pd.factorize(self._strings)
        starts, lengths = phrases.find(
            codes.astype(np.int64), self._doc_of_token(), [str(u) for u in uniques]
        )
        if not len(starts):
            return self
        strings = self._strings.copy()
        ends = self._ends.copy()
        keep = np.ones(self.n_tokens, dtype=bool)
        joiner = phrases.concatenator
        for start, length in zip(starts.tolist(), lengths.tolist()):
            strings[start] = joiner.join(self._strings[start : start + length].tolist())
            ends[start] = self._ends[start + length - 1]
            keep[start + 1 : start + length] = False
        return Tokens(strings, self._starts, ends, self._indptr, self.docvars)._subset(keep)

    def ngrams(self, n: int | Sequence[int] = 2, *, concatenator: str = " ") -> Tokens:
        """Replace the tokens by their n-grams.

        Args:
            n: the n-gram length, or several lengths (``(1, 2)``: unigrams and bigrams).
            concatenator: the joiner (default one space, as scikit-learn).

        Returns:
            New :class:`Tokens` of n-grams, ordered by start offset and then by
            length; an n-gram spans from its first token's start to its last
            token's end. N-grams never cross documents.

        Raises:
            ValueError: for a length below 1.

        Example:
            >>> list(tokens(["a b c"]).ngrams(2))
            [['a b', 'b c']]
        """
        sizes = sorted({int(n)} if isinstance(n, (int, np.integer)) else {int(k) for k in n})
        if not sizes or sizes[0] < 1:
            raise ValueError(f"n= must be positive n-gram lengths, got {n!r}")
        doc = self._doc_of_token()
        total = self.n_tokens
        parts = []
        for size in sizes:
            first = np.arange(max(total - size + 1, 0))
            first = first[doc[first] == doc[first + size - 1]] if len(first) else first
            if size == 1:
                strings = self._strings[first]
            else:
                pieces = self._strings.tolist()
                strings = np.asarray(
                    [concatenator.join(pieces[i : i + size]) for i in first.tolist()],
                    dtype=object,
                )
            parts.append((first, np.full(len(first), size), strings))
        first = np.concatenate([p[0] for p in parts])
        size = np.concatenate([p[1] for p in parts])
        strings = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, object)
        order = np.lexsort((size, first))
        first, size, strings = first[order], size[order], strings[order]
        new_doc = doc[first]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(new_doc, minlength=len(self)))])
        return Tokens(
            strings, self._starts[first], self._ends[first + size - 1], indptr, self.docvars
        )


def tokens(
    articles: pd.DataFrame | pd.Series | Sequence[str] | str,
    *,
    rule: TokenRule | None = None,
    lowercase: bool | None = None,
    stopwords: Collection[str] | str | None = None,
    min_length: int | None = None,
    phrases: Phrases | Iterable[str] | None = None,
    ngrams: int | Sequence[int] = 1,
    text_column: str = "text",
) -> Tokens:
    """Tokenize documents, keeping character offsets and document metadata.

    Steps: tokenize with ``rule`` -> compound ``phrases`` -> remove
    ``stopwords`` -> n-grams (the same order as :func:`corpuskit.docterm`).

    Args:
        articles: an articles DataFrame (see :mod:`corpuskit.schema`), a Series
            or list of texts, or one text.
        rule: the token rule; default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        lowercase: override the rule's ``lowercase`` (default: the rule's, ``True``).
        stopwords: words to remove, or a language code (``"en"``).
        min_length: override the rule's ``min_length`` (default: the rule's, 1).
        phrases: multi-word expressions to compound (``Phrases`` or list of strings).
        ngrams: n-gram length(s); 1 (default) keeps the tokens.
        text_column: the column holding the text.

    Returns:
        A :class:`Tokens`; its ``docvars`` are every column of ``articles``
        except ``text``, ``title`` and ``lede``, with ``doc_id`` first.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["TASS"],
        ...                      "text": ["Moscow stands for the liberation of Iraq’s Mosul."]})
        >>> toks = tokens(arts, stopwords="en")
        >>> toks[0]
        ['moscow', 'stands', 'liberation', 'iraq', 'mosul']
        >>> toks.docvars.columns.tolist()
        ['doc_id', 'outlet']
    """
    rule = resolve_rule(rule)
    overrides = {}
    if lowercase is not None:
        overrides["lowercase"] = bool(lowercase)
    if min_length is not None:
        overrides["min_length"] = min_length
    if overrides:
        rule = dataclasses.replace(rule, **overrides)
    texts, docvars = document_table(articles, text_column=text_column)
    found = token_arrays(texts, rule)
    result = Tokens(
        found.vocabulary[found.codes],
        found.starts,
        found.ends,
        found.offsets,
        docvars,
    )
    if phrases is not None:
        result = result.compound(phrases)
    if stopwords is not None:
        result = result.remove(stopwords)
    if ngrams != 1:
        result = result.ngrams(ngrams)
    return result
