"""ck.lookup and ck.frames on two processes give what one gives (real news)."""

from __future__ import annotations

import pandas as pd

import corpuskit as ck


def test_lookup_and_frames_on_two_processes_equal_one(data_dir):
    articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir).iloc[:1100]
    one, two = (ck.frames(articles, n_jobs=j) for j in (1, 2))
    assert len(one.hits) > 100
    pd.testing.assert_frame_equal(two.scores, one.scores)
    pd.testing.assert_frame_equal(two.hits, one.hits)
    one, two = (ck.frames(articles.iloc[:300], unit="sentence", n_jobs=j) for j in (1, 2))
    assert len(one.scores) >= 1000  # enough sentences for two processes
    pd.testing.assert_frame_equal(two.scores, one.scores)
    pd.testing.assert_frame_equal(two.hits, one.hits)
