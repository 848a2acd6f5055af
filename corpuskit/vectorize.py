"""scikit-learn vectorizers that count with corpuskit's token rule and engine.

:class:`CorpusVectorizer` is scikit-learn's ``CountVectorizer`` and
:class:`CorpusTfidfVectorizer` its ``TfidfVectorizer`` (they subclass them),
with one change of default: with ``token_pattern=None`` and ``tokenizer=None``
(the defaults) words are cut by corpuskit's
:class:`~corpuskit.text.tokenize.TokenRule`, so a model trained in a
``Pipeline`` sees the features of :func:`corpuskit.dtm`. They take every
parameter of scikit-learn's classes, with the same meaning, plus corpuskit's
``rule``, ``stopwords``, ``min_length``, ``phrases``, ``text_column`` and
``n_jobs``.

With the token rule, no custom ``preprocessor``, ``tokenizer`` or ``analyzer``
and ``input="content"``, documents are counted by the fast engine
(:func:`corpuskit.text.count.count_matrix`); every other setting counts each
document with :meth:`build_analyzer`, as scikit-learn does. Both give the same
matrix. Feature limits (``min_df``, ``max_df``, ``max_features``, ``binary``)
and the tf-idf weighting are scikit-learn's own code.

Example:
    >>> from sklearn.pipeline import Pipeline
    >>> from sklearn.linear_model import LogisticRegression
    >>> model = Pipeline([("vec", CorpusTfidfVectorizer()), ("clf", LogisticRegression())])
    >>> _ = model.fit(["Aleppo shelled", "Mosul liberated", "Aleppo bombed"], [1, 0, 1])
    >>> model.predict(["shelled Aleppo"]).tolist()
    [1]
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from numbers import Integral
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from corpuskit.docterm import build_rule, stopword_set
from corpuskit.text.count import count_matrix
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import TokenRule

__all__ = ["CorpusTfidfVectorizer", "CorpusVectorizer"]

#: Parameter checks for corpuskit's own parameters (scikit-learn's ``_parameter_constraints``).
_CORPUS_CONSTRAINTS: dict[str, list[Any] | str] = {
    "token_pattern": [str, None],
    "rule": [TokenRule, None],
    "stopwords": "no_validation",  # checked by stopword_set
    "min_length": [Integral, None],
    "phrases": [Phrases, None],
    "text_column": [str],
    "n_jobs": [Integral, None],
}


def _tokens_with_phrases(
    doc: str, *, tokenize: Callable[[str], list[str]], phrases: Phrases
) -> list[str]:
    return phrases.compound(tokenize(doc))


def _missing(doc: Any) -> bool:
    return doc is None or doc is pd.NA or (isinstance(doc, float) and np.isnan(doc))


class _CorpusCounting:
    """What both vectorizers change in scikit-learn's: the token rule, inputs, the engine."""

    rule: TokenRule | None
    stopwords: bool | str | Iterable[str] | None
    min_length: int | None
    phrases: Phrases | None
    text_column: str
    n_jobs: int | None

    def _token_rule(self, *, lowercase: bool) -> TokenRule:
        rule = build_rule(self.rule, min_length=self.min_length)
        if self.lowercase and not rule.lowercase and self.rule is not None:
            raise ValueError(
                "rule= has lowercase=False but lowercase=True (the default); "
                "pass lowercase=False to keep the case"
            )
        return build_rule(rule, lowercase=lowercase)

    def _uses_rule(self) -> bool:
        return self.analyzer == "word" and self.tokenizer is None and self.token_pattern is None

    def build_tokenizer(self) -> Callable[[str], list[str]]:
        """A function that cuts a preprocessed text into tokens, phrases compounded.

        The token rule (lower-casing is the preprocessor's job, as in
        scikit-learn) unless ``tokenizer`` or ``token_pattern`` is given.

        Returns:
            A picklable callable, text -> list of tokens.

        Example:
            >>> CorpusVectorizer().build_tokenizer()("Russia's U.S.-led strikes")
            ['Russia', 'U.S.-led', 'strikes']
        """
        if self.tokenizer is None and self.token_pattern is None:
            tokenize = self._token_rule(lowercase=False).tokenize
        else:
            tokenize = super().build_tokenizer()  # type: ignore[misc]
        if self.phrases is None:
            return tokenize
        return partial(_tokens_with_phrases, tokenize=tokenize, phrases=self.phrases)

    def get_stop_words(self) -> frozenset[str] | None:
        """The stop words: from ``stop_words`` (scikit-learn's forms) or ``stopwords``.

        ``stop_words="english"`` is scikit-learn's list (``ENGLISH_STOP_WORDS``);
        ``stopwords=True`` or ``"en"`` is corpuskit's English list, written for
        the token rule.

        Returns:
            A frozenset of words, or ``None``.

        Raises:
            ValueError: for an unknown list name, or when both are given.

        Example:
            >>> sorted(CorpusVectorizer(stop_words=["of", "the"]).get_stop_words())
            ['of', 'the']
        """
        if self.stop_words is None:
            if not isinstance(self.stopwords, Iterable | bool | None):
                raise ValueError(
                    "stopwords= must be True, a language name, a collection of words or None, "
                    f"got {self.stopwords!r}"
                )
            return stopword_set(self.stopwords)
        if self.stopwords not in (None, False):
            raise ValueError(
                "give stop_words= (scikit-learn's forms) or stopwords= (corpuskit's), not both"
            )
        return super().get_stop_words()  # type: ignore[misc]

    def _warn_for_unused_params(self) -> None:
        super()._warn_for_unused_params()  # type: ignore[misc]
        word = self.analyzer == "word"
        unused = {
            "rule": not self._uses_rule(),
            "min_length": not self._uses_rule(),
            "stopwords": not word,
            "phrases": not word,
        }
        reason = "'token_pattern' or 'tokenizer' is not None" if word else "'analyzer' != 'word'"
        for name, is_unused in unused.items():
            value = getattr(self, name)
            if is_unused and value is not None and value is not False:
                warnings.warn(
                    f"The parameter {name!r} will not be used since {reason}", stacklevel=3
                )

    def _documents(self, raw_documents: Any) -> Any:
        """The documents of ``raw_documents``: a DataFrame's ``text_column``, a Series or a list."""
        if isinstance(raw_documents, pd.DataFrame):
            if self.text_column not in raw_documents.columns:
                raise ValueError(
                    f"text_column= {self.text_column!r} is not a column of X; it has "
                    f"{list(raw_documents.columns)}"
                )
            return raw_documents[self.text_column].reset_index(drop=True)
        if isinstance(raw_documents, pd.Series):
            return raw_documents.reset_index(drop=True)
        if isinstance(raw_documents, np.ndarray) and raw_documents.ndim != 1:
            raise ValueError(
                f"X must be a 1-D collection of texts, got shape {raw_documents.shape}"
            )
        return list(raw_documents)

    def _count_vocab(self, raw_documents: Any, fixed_vocab: bool) -> tuple[dict[str, int], Any]:
        """Count the documents: with the engine when the settings allow, else per document."""
        documents = self._documents(raw_documents)
        if self.input == "content":  # a missing text is an empty document, as in ck.dtm
            if isinstance(documents, pd.Series):
                documents = documents.fillna("")
            else:
                documents = ["" if _missing(doc) else doc for doc in documents]
        if not self._uses_rule() or self.input != "content":
            return super()._count_vocab(documents, fixed_vocab)  # type: ignore[misc]
        return self._count_with_engine(documents, fixed_vocab)

    def _count_with_engine(self, documents: Any, fixed_vocab: bool) -> tuple[dict[str, int], Any]:
        stop_words = self.get_stop_words()
        preprocess = self.build_preprocessor()
        self._check_stop_words_consistency(stop_words, preprocess, self.build_tokenizer())
        plain = (
            self.preprocessor is None
            and not self.strip_accents
            and pd.api.types.infer_dtype(documents, skipna=True) in ("string", "empty")
        )
        if plain:  # the engine lower-cases whole texts, as the preprocessor would
            rule = self._token_rule(lowercase=self.lowercase)
        else:
            documents = [preprocess(self.decode(doc)) for doc in documents]
            rule = self._token_rule(lowercase=False)
        matrix, features = count_matrix(
            documents,
            rule=rule,
            stopwords=stop_words,
            ngram_range=self.ngram_range,
            phrases=self.phrases,
            vocabulary=self.vocabulary_ if fixed_vocab else None,
            n_jobs=1 if self.n_jobs is None else self.n_jobs,
            progress=False,
        )
        if fixed_vocab:
            vocabulary = self.vocabulary_
        else:
            vocabulary = {feature: i for i, feature in enumerate(features.tolist())}
            if not vocabulary:
                raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        return vocabulary, sp.csr_matrix(matrix, dtype=self.dtype)


def _store(estimator: Any, arguments: dict[str, Any]) -> None:
    """Set every ``__init__`` argument as an attribute, unchanged (scikit-learn's rule)."""
    for name, value in arguments.items():
        if name not in ("self", "__class__"):
            setattr(estimator, name, value)


class CorpusVectorizer(_CorpusCounting, CountVectorizer):
    r"""scikit-learn's ``CountVectorizer`` with corpuskit's token rule and counting engine.

    Every scikit-learn parameter, method and attribute (``vocabulary_``,
    ``fixed_vocabulary_``, ``build_analyzer``, ``inverse_transform``, ...) works
    as in scikit-learn; the documents may also be an articles DataFrame (its
    ``text_column``) and a missing text counts as an empty document, as in
    :func:`corpuskit.dtm`.

    Args:
        input: ``"content"`` (texts), ``"file"`` (file objects) or ``"filename"`` (paths).
        encoding: the encoding of bytes documents.
        decode_error: ``"strict"``, ``"ignore"`` or ``"replace"``, for bytes that
            do not decode.
        strip_accents: ``"ascii"``, ``"unicode"``, a callable or ``None``; applied
            to the whole lower-cased text before tokenizing, as in scikit-learn
            (the rule's own ``strip_accents`` works per token).
        lowercase: lower-case the text before tokenizing. With ``True`` (the
            default) a ``rule`` must lower-case too.
        preprocessor: a callable text -> text replacing lower-casing and accent stripping.
        tokenizer: a callable text -> tokens replacing the token rule.
        stop_words: ``"english"`` (scikit-learn's list), a list of words or ``None``.
        token_pattern: a regular expression replacing the token rule (scikit-learn's
            default is ``r"(?u)\b\w\w+\b"``); ``None`` (default) uses the rule.
        ngram_range: ``(min_n, max_n)``; n-grams are joined by a space.
        analyzer: ``"word"``, ``"char"``, ``"char_wb"`` or a callable text -> features.
        max_df: drop features in more than this many documents (int) or this
            proportion of them (float).
        min_df: drop features in fewer documents (int) or a smaller proportion (float).
        max_features: keep the features with the highest total counts (after
            ``binary``, so document frequencies when ``binary=True``).
        vocabulary: fixed features: a mapping feature -> column or an iterable.
        binary: record presence (1) instead of counts.
        rule: the :class:`~corpuskit.text.tokenize.TokenRule`; ``None`` means the
            default rule.
        stopwords: corpuskit's forms: ``True`` (corpuskit's English list), a
            language name, a collection of words or ``None``; not with ``stop_words``.
        min_length: drop tokens of the rule shorter than this; ``None`` keeps the rule's.
        phrases: a :class:`~corpuskit.text.phrases.Phrases` to compound before
            stop words are removed.
        text_column: the text column when ``X`` is an articles DataFrame.
        n_jobs: worker processes for counting large inputs with the engine
            (``None`` = 1, ``-1`` = all cores).
        dtype: dtype of the output matrix.

    Example:
        >>> vec = CorpusVectorizer(stopwords=True)
        >>> vec.fit_transform(["Russia's army entered Aleppo."]).toarray().tolist()
        [[1, 1, 1, 1]]
        >>> vec.get_feature_names_out().tolist()
        ['aleppo', 'army', 'entered', 'russia']
    """

    _parameter_constraints: dict = {  # noqa: RUF012 (scikit-learn's convention)
        **CountVectorizer._parameter_constraints,
        **_CORPUS_CONSTRAINTS,
    }

    def __init__(
        self,
        *,
        input: str = "content",
        encoding: str = "utf-8",
        decode_error: str = "strict",
        strip_accents: str | Callable[[str], str] | None = None,
        lowercase: bool = True,
        preprocessor: Callable[[str], str] | None = None,
        tokenizer: Callable[[str], list[str]] | None = None,
        stop_words: str | list[str] | None = None,
        token_pattern: str | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        analyzer: str | Callable[[str], list[str]] = "word",
        max_df: float = 1.0,
        min_df: float = 1,
        max_features: int | None = None,
        vocabulary: Mapping[str, int] | Iterable[str] | None = None,
        binary: bool = False,
        dtype: Any = np.int64,
        rule: TokenRule | None = None,
        stopwords: bool | str | Iterable[str] | None = None,
        min_length: int | None = None,
        phrases: Phrases | None = None,
        text_column: str = "text",
        n_jobs: int | None = None,
    ) -> None:
        _store(self, locals())


class CorpusTfidfVectorizer(_CorpusCounting, TfidfVectorizer):
    """scikit-learn's ``TfidfVectorizer`` with corpuskit's token rule and counting engine.

    Counts as :class:`CorpusVectorizer`, then weights as scikit-learn's
    ``TfidfTransformer``: ``tf * idf`` with ``idf = ln((1 + n) / (1 + df)) + 1``
    (``smooth_idf=True``) or ``ln(n / df) + 1``, ``tf = 1 + ln(count)`` when
    ``sublinear_tf``, and each row scaled to unit ``norm``.

    Takes every parameter of :class:`CorpusVectorizer`, with the same meaning;
    ``dtype`` is the float type of the output. And:

    Args:
        norm: ``"l2"``, ``"l1"`` or ``None``: the norm each row is scaled to.
        use_idf: weight by the inverse document frequency.
        smooth_idf: add one to every document frequency, as if one document
            held every feature once.
        sublinear_tf: use ``1 + ln(count)`` instead of the count.

    Example:
        >>> vec = CorpusTfidfVectorizer(norm=None, smooth_idf=False)
        >>> X = vec.fit_transform(["Aleppo shelled", "Aleppo's siege"])
        >>> vec.get_feature_names_out().tolist(), X.toarray().round(3).tolist()
        (['aleppo', 'shelled', 'siege'], [[1.0, 1.693, 0.0], [1.0, 0.0, 1.693]])
    """

    _parameter_constraints: dict = {  # noqa: RUF012 (scikit-learn's convention)
        **TfidfVectorizer._parameter_constraints,
        **_CORPUS_CONSTRAINTS,
    }

    def __init__(
        self,
        *,
        input: str = "content",
        encoding: str = "utf-8",
        decode_error: str = "strict",
        strip_accents: str | Callable[[str], str] | None = None,
        lowercase: bool = True,
        preprocessor: Callable[[str], str] | None = None,
        tokenizer: Callable[[str], list[str]] | None = None,
        analyzer: str | Callable[[str], list[str]] = "word",
        stop_words: str | list[str] | None = None,
        token_pattern: str | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        max_df: float = 1.0,
        min_df: float = 1,
        max_features: int | None = None,
        vocabulary: Mapping[str, int] | Iterable[str] | None = None,
        binary: bool = False,
        dtype: Any = np.float64,
        norm: str | None = "l2",
        use_idf: bool = True,
        smooth_idf: bool = True,
        sublinear_tf: bool = False,
        rule: TokenRule | None = None,
        stopwords: bool | str | Iterable[str] | None = None,
        min_length: int | None = None,
        phrases: Phrases | None = None,
        text_column: str = "text",
        n_jobs: int | None = None,
    ) -> None:
        _store(self, locals())
