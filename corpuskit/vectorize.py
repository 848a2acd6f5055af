"""CorpusVectorizer: corpuskit's token counting as a scikit-learn transformer.

It counts exactly as :func:`corpuskit.docterm` does (same token rule, stopwords,
phrases and n-grams), so a model trained in a scikit-learn ``Pipeline`` sees the
same features as the corpus analyses. With the default rule it gives the same
matrix as ``CountVectorizer(token_pattern=DEFAULT_RULE.pattern)``.

Example:
    >>> from sklearn.pipeline import Pipeline
    >>> from sklearn.feature_extraction.text import TfidfTransformer
    >>> from sklearn.linear_model import LogisticRegression
    >>> model = Pipeline([("vec", CorpusVectorizer()), ("tfidf", TfidfTransformer()),
    ...                   ("clf", LogisticRegression())])
    >>> _ = model.fit(["Aleppo shelled", "Mosul liberated", "Aleppo bombed"], [1, 0, 1])
    >>> model.predict(["shelled Aleppo"]).tolist()
    [1]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from numbers import Integral
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from corpuskit.docterm import build_rule, docfreq_bound, stopword_set

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.tokenize import TokenRule


class CorpusVectorizer(TransformerMixin, BaseEstimator, auto_wrap_output_keys=None):
    """Count tokens into a sparse matrix, as a scikit-learn estimator.

    Parameters mirror :func:`corpuskit.docterm`; they are stored unchanged and
    checked in :meth:`fit` (so ``clone``, ``get_params`` and ``set_params`` work).

    Args:
        rule: the :class:`~corpuskit.text.tokenize.TokenRule`; ``None`` means the
            default rule.
        lowercase: lower-case tokens; ``None`` keeps the rule's setting.
        stopwords: ``True`` (bundled English list), a language name, a
            collection of words, or ``None``.
        min_length: drop tokens shorter than this; ``None`` keeps the rule's.
        ngram_range: ``(min_n, max_n)``; n-grams are joined by a space.
        phrases: a :class:`~corpuskit.text.phrases.Phrases` to compound.
        min_df: keep features in at least this many documents (``int``) or this
            proportion of them (``float`` in (0, 1]), as in ``CountVectorizer``.
        max_df: keep features in at most this many documents (``int``) or this
            proportion (``float`` in (0, 1]).
        max_features: keep only the features with the highest total counts
            (ties go to the alphabetically first); ``None`` keeps all.
        binary: record presence (1) instead of counts.
        dtype: dtype of the output matrix.
        text_column: the text column when ``X`` is an articles DataFrame.
        n_jobs: worker processes for counting large inputs (``None`` = 1, ``-1``
            = all cores).

    Attributes:
        vocabulary_: dict feature -> column, features sorted alphabetically.

    Example:
        >>> vec = CorpusVectorizer(stopwords=True)
        >>> vec.fit_transform(["Russia's army entered Aleppo."]).toarray().tolist()
        [[1, 1, 1, 1]]
        >>> vec.get_feature_names_out().tolist()
        ['aleppo', 'army', 'entered', 'russia']
    """

    def __init__(
        self,
        *,
        rule: TokenRule | None = None,
        lowercase: bool | None = None,
        stopwords: bool | str | Iterable[str] | None = None,
        min_length: int | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        phrases: Phrases | None = None,
        min_df: float = 1,
        max_df: float = 1.0,
        max_features: int | None = None,
        binary: bool = False,
        dtype: Any = np.int64,
        text_column: str = "text",
        n_jobs: int | None = None,
    ) -> None:
        self.rule = rule
        self.lowercase = lowercase
        self.stopwords = stopwords
        self.min_length = min_length
        self.ngram_range = ngram_range
        self.phrases = phrases
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.binary = binary
        self.dtype = dtype
        self.text_column = text_column
        self.n_jobs = n_jobs

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    def _more_tags(self) -> dict[str, Any]:  # scikit-learn < 1.6 tags
        return {"X_types": ["string"]}

    def _texts(self, X: Any) -> Any:
        if isinstance(X, pd.DataFrame):
            if self.text_column not in X.columns:
                raise ValueError(
                    f"text_column= {self.text_column!r} is not a column of X; it has "
                    f"{list(X.columns)}"
                )
            return X[self.text_column].reset_index(drop=True)
        if isinstance(X, pd.Series):
            return X.reset_index(drop=True)
        if isinstance(X, str | bytes):
            raise ValueError("Iterable over raw text documents expected, string object received")
        if isinstance(X, np.ndarray) and X.ndim != 1:
            raise ValueError(f"X must be a 1-D collection of texts, got shape {X.shape}")
        return list(X)

    def _count(
        self, X: Any, vocabulary: Mapping[str, int] | None = None
    ) -> tuple[sp.csr_matrix, np.ndarray]:
        from corpuskit.text.count import count_matrix

        return count_matrix(
            self._texts(X),
            rule=build_rule(self.rule, lowercase=self.lowercase, min_length=self.min_length),
            stopwords=stopword_set(self.stopwords),
            ngram_range=self.ngram_range,
            phrases=self.phrases,
            vocabulary=vocabulary,
            n_jobs=1 if self.n_jobs is None else self.n_jobs,
        )

    def _validate_limits(self) -> None:
        if self.max_features is not None and (
            isinstance(self.max_features, bool)
            or not isinstance(self.max_features, Integral)
            or self.max_features < 1
        ):
            raise ValueError(
                f"max_features= must be a positive integer or None, got {self.max_features!r}"
            )
        if not isinstance(self.binary, bool | np.bool_):
            raise ValueError(f"binary= must be True or False, got {self.binary!r}")
        try:
            np.dtype(self.dtype)
        except TypeError as err:
            raise ValueError(f"dtype= must be a numpy dtype, got {self.dtype!r}") from err

    def _kept_columns(self, matrix: sp.csr_matrix, features: np.ndarray) -> np.ndarray:
        n_docs = matrix.shape[0]
        min_docs = docfreq_bound(self.min_df, "min_df", n_docs)
        max_docs = docfreq_bound(self.max_df, "max_df", n_docs)
        if max_docs < min_docs:
            raise ValueError(
                f"max_df= {self.max_df!r} allows fewer documents than min_df= {self.min_df!r}"
            )
        if not len(features):
            raise ValueError("empty vocabulary: the documents hold no tokens (or only stopwords)")
        docfreq = np.bincount(matrix.indices, minlength=len(features))
        kept = np.flatnonzero((docfreq >= min_docs) & (docfreq <= max_docs))
        if self.max_features is not None and len(kept) > self.max_features:
            totals = np.asarray(matrix[:, kept].sum(axis=0)).ravel()
            top = np.argsort(-totals, kind="stable")[: self.max_features]
            kept = np.sort(kept[top])
        if not len(kept):
            raise ValueError("after pruning, no features remain; lower min_df= or raise max_df=")
        return kept

    def _output(self, matrix: sp.csr_matrix) -> sp.csr_matrix:
        out = sp.csr_matrix(matrix)
        if self.binary:
            out.data = np.ones_like(out.data)
        return out.astype(self.dtype)

    def fit(self, X: Any, y: Any = None) -> CorpusVectorizer:
        """Learn the vocabulary of the documents ``X``.

        Args:
            X: texts (a list, array or Series) or an articles DataFrame.
            y: ignored.

        Returns:
            The fitted vectorizer.

        Raises:
            ValueError: for invalid parameters (named), an empty vocabulary, or
                bounds that leave no feature.
        """
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None) -> sp.csr_matrix:
        """Learn the vocabulary and return the document-term matrix.

        Args:
            X: texts (a list, array or Series) or an articles DataFrame.
            y: ignored.

        Returns:
            A ``scipy.sparse.csr_matrix`` (documents x features, features sorted
            alphabetically), equal to ``fit(X).transform(X)``.
        """
        self._validate_limits()
        matrix, features = self._count(X)
        kept = self._kept_columns(matrix, features)
        self.vocabulary_ = {f: i for i, f in enumerate(features[kept].tolist())}
        return self._output(matrix[:, kept])

    def transform(self, X: Any) -> sp.csr_matrix:
        """Count the learnt features in new documents; unseen tokens are ignored.

        Args:
            X: texts (a list, array or Series) or an articles DataFrame.

        Returns:
            A ``scipy.sparse.csr_matrix`` with one column per learnt feature.

        Raises:
            sklearn.exceptions.NotFittedError: before :meth:`fit`.
        """
        check_is_fitted(self, "vocabulary_")
        matrix, _ = self._count(X, vocabulary=self.vocabulary_)
        return self._output(matrix)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The features, in column order.

        Args:
            input_features: ignored (scikit-learn API).

        Returns:
            An object array of feature strings.
        """
        check_is_fitted(self, "vocabulary_")
        return np.asarray(sorted(self.vocabulary_, key=self.vocabulary_.get), dtype=object)
