"""Stance scores of window texts: VADER or a dictionary (:func:`vader_scores`,
:func:`lexicon_labels`) and a fitted classifier's probabilities.

The methods are described in :mod:`corpuskit.voices.stance`.
"""

from __future__ import annotations

import importlib.metadata
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup

__all__ = ["LEXICON_THRESHOLD", "lexicon_labels", "vader_scores"]

#: ``|score|`` from which a lexicon score counts as favor / against.
LEXICON_THRESHOLD = 0.05
#: VADER's normalisation constant: ``x / sqrt(x^2 + alpha)``.
_VADER_ALPHA = 15.0
#: the vaderSentiment release whose ``polarity_scores`` :func:`_compound` follows
_VADER_VERSION = "3.3.2"


@lru_cache(maxsize=1)
def _vader() -> Any:
    """VADER's analyzer, with :func:`_compound` as its faster scoring of a text without emoji."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _followed_vader() -> Any:
    """The ``vaderSentiment`` module when it is the release :func:`_compound` follows, else
    ``None``; read once, not at import or per text."""
    if importlib.metadata.version("vaderSentiment") != _VADER_VERSION:
        return None
    from vaderSentiment import vaderSentiment

    return vaderSentiment


def _compound(analyzer: Any, text: str) -> float:
    """VADER's compound score of ``text`` (``analyzer.polarity_scores(text)["compound"]``).

    For a text without emoji it runs the steps of vaderSentiment 3.3.2's
    ``polarity_scores`` itself, in the same order, less two costs: the emoji
    pass, which copies such a text one character at a time and leaves it
    unchanged but for outer whitespace, and the call of ``sentiment_valence``
    for a word outside VADER's lexicon, booster words and "kind" before "of"
    (each of which appends a valence of 0, as that call does). Any other
    version of vaderSentiment, and a text with emoji, go through
    ``polarity_scores``; ``tests/voices/test_vader_scores.py`` checks the
    scores against it.
    """
    vader = _followed_vader()
    if vader is None or not (text.isascii() or _emoji_characters().isdisjoint(text)):
        return analyzer.polarity_scores(text)["compound"]
    text = text.strip()
    sentitext = vader.SentiText(text)
    words = sentitext.words_and_emoticons
    lexicon, boosters, last = analyzer.lexicon, vader.BOOSTER_DICT, len(words) - 1
    sentiments: list[float] = []
    for i, item in enumerate(words):
        lower = item.lower()
        if (
            lower not in lexicon
            or lower in boosters
            or (lower == "kind" and i < last and words[i + 1].lower() == "of")
        ):
            sentiments.append(0)
            continue
        sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    sentiments = analyzer._but_check(words, sentiments)
    return analyzer.score_valence(sentiments, text)["compound"]


@lru_cache(maxsize=1)
def _emoji_characters() -> frozenset[str]:
    return frozenset(c for c in _vader().emojis if len(c) == 1)


def _has_sentiment_word(text: str, lexicon: dict[str, float]) -> bool:
    """Whether VADER would give any word of ``text`` a valence.

    VADER splits the text at whitespace, strips punctuation from a word unless
    that leaves two characters or fewer, and gives a valence only to words of
    its lexicon (negations, boosters, "but" and capitals only modify those), so
    without one the compound score is exactly 0. Emoji are replaced by their
    descriptions first, so a text with one is always scored.
    """
    if not text.isascii() and not _emoji_characters().isdisjoint(text):
        return True
    for token in text.split():
        stripped = token.strip(string.punctuation)
        word = token if len(stripped) <= 2 else stripped
        if word.lower() in lexicon:
            return True
    return False


def vader_scores(texts: Sequence[str]) -> np.ndarray:
    """VADER compound scores of texts, in [-1, 1].

    A text without a word of VADER's lexicon scores 0 without being run
    through VADER (the same score; about 40% of clause windows in news), and
    a text met before takes its earlier score (mentions in one clause share a
    window).

    Example:
        >>> vader_scores(["a good and fair deal", "a brutal attack", "a meeting"]).round(2).tolist()
        [0.64, -0.8, 0.0]
    """
    analyzer = _vader()
    lexicon = analyzer.lexicon
    texts = [str(t) for t in texts]  # read once: a generator gives its texts here
    scored: dict[str, float] = {}
    for text in texts:
        if text not in scored:
            scored[text] = _compound(analyzer, text) if _has_sentiment_word(text, lexicon) else 0.0
    return np.array([scored[t] for t in texts], dtype=float)


def _dictionary_scores(texts: Sequence[str], lexicon: Dictionary) -> np.ndarray:
    collapsed = lexicon.levels(1)
    missing = [c for c in ("positive", "negative") if c not in collapsed.categories]
    if missing:
        raise ValueError(
            f"lexicon= needs 'positive' and 'negative' categories; it lacks {missing} "
            f"(has {collapsed.categories})"
        )
    counts = lookup(pd.Series(list(texts), dtype=object), collapsed)
    x = counts["positive"].to_numpy(dtype=float) - counts["negative"].to_numpy(dtype=float)
    return x / np.sqrt(x * x + _VADER_ALPHA)


def lexicon_labels(score: np.ndarray) -> np.ndarray:
    """``favor`` / ``against`` / ``neutral`` by :data:`LEXICON_THRESHOLD`.

    Example:
        >>> lexicon_labels(np.array([0.3, -0.05, 0.01])).tolist()
        ['favor', 'against', 'neutral']
    """
    return np.where(
        score >= LEXICON_THRESHOLD,
        "favor",
        np.where(score <= -LEXICON_THRESHOLD, "against", "neutral"),
    )


def _classifier_scores(texts: Sequence[str], model: Any) -> tuple[np.ndarray, np.ndarray, dict]:
    if model is None or not hasattr(model, "predict_proba"):
        raise ValueError("method='supervised' needs model=, a fitted classifier with predict_proba")
    classes = [str(c) for c in model.classes_]
    missing = [c for c in ("favor", "against") if c not in classes]
    if missing:
        raise ValueError(f"model= must have 'favor' and 'against' classes; it has {classes}")
    proba = np.asarray(model.predict_proba(list(texts)), dtype=float)
    score = proba[:, classes.index("favor")] - proba[:, classes.index("against")]
    label = np.asarray(classes, dtype=object)[proba.argmax(axis=1)]
    return score, label, {f"p_{c}": proba[:, i] for i, c in enumerate(classes)}
