"""vader_scores skips VADER for texts without a lexicon word, and gives VADER's own scores."""

from __future__ import annotations

import numpy as np
import pytest

from corpuskit.voices import scoring
from corpuskit.voices.scoring import vader_scores
from corpuskit.voices.windows import windows


def _vader_itself(texts):
    # vaderSentiment's own scoring, never corpuskit's faster path (scoring._compound)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return np.array([analyzer.polarity_scores(t)["compound"] for t in texts])


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended on Tuesday.",  # no lexicon word: 0 without VADER
        "No deal was signed, and the army did not kill anyone.",  # negation of a lexicon word
        "kind of a GREAT day",  # capitals and "kind of"
        "the bomb",  # an idiom of VADER's, but only after a lexicon word
        "it was :) honestly",  # an emoticon: kept whole because stripping leaves nothing
        "it was ok",  # a two-letter word is looked up unstripped
        "ok.",  # punctuation kept when stripping leaves two letters or fewer
        "a day \N{GRINNING FACE}",  # an emoji is replaced by its description first
        "",
        "  Good, but the target was not very good at least!!! Why???  ",  # but, least, stops
        "no good and no bad",  # "no" before a lexicon word, and as a word of its own
        "The GOOD and the BAD and the kind of UGLY",  # capitals, boosters, "kind of"
        "target hardly helped; never so great, extremely bad",  # boosters and negations
        "Naïve héroes won \u2019ok\u2019",  # non-ASCII text without emoji
    ],
)
def test_each_text_scores_as_vader_scores_it(text):
    np.testing.assert_array_equal(vader_scores([text]), _vader_itself([text]))


def test_real_clause_windows_score_as_vader_scores_them(fakes):
    texts = windows(fakes.iloc[:60])["window"].tolist()
    skipped = [not scoring._has_sentiment_word(t, scoring._vader().lexicon) for t in texts]
    assert len(texts) > 500 and 0.1 < np.mean(skipped) < 0.9  # both paths are exercised
    np.testing.assert_array_equal(vader_scores(texts), _vader_itself(texts))


def test_abp_clause_windows_score_as_vader_scores_them(data_dir):
    import corpuskit as ck

    articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir).iloc[:150]
    texts = windows(articles)["window"].tolist()
    assert len(texts) > 1500
    np.testing.assert_array_equal(vader_scores(texts), _vader_itself(texts))


def test_a_generator_of_texts_is_read_once():
    texts = ["a good deal", "a brutal attack", "a good deal"]
    np.testing.assert_array_equal(vader_scores(t for t in texts), _vader_itself(texts))
