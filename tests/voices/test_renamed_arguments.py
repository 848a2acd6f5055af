"""Old argument names of the voices functions keep working for one release, with a FutureWarning
naming the new one (the argument policy, docs/architecture.md)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpuskit.errors import SmallSampleWarning
from corpuskit.voices.annotate import annotation_sample, export_annotation, import_annotations
from corpuskit.voices.sources import source_table, speakers
from corpuskit.voices.stance import stance, stance_summary
from corpuskit.voices.windows import windows

TARGETS = {"russia": ["Russia"], "isis": ["terrorists"]}


@pytest.fixture()
def articles():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["x", "y"],
            "text": ["Russia helped, but the terrorists lied.", "Russia saved many lives."],
        }
    )


@pytest.fixture()
def quotes_table():
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "quote_id": [1, 2, 1],
            "speaker": ["Sergey Lavrov", "the Observatory", "Sergey Lavrov"],
            "speaker_type": ["official", "ngo_un", "official"],
            "quote": ["We will win the war", "We are hungry", "No comment"],
        }
    )


def _renamed(old: str, new: str):
    return pytest.warns(FutureWarning, match=rf"{old}= is deprecated .* use {new}= instead")


def test_stance_and_windows_take_data(articles):
    expected = stance(articles, targets=TARGETS)
    with _renamed("articles_or_mentions", "data"):
        old = stance(articles_or_mentions=articles, targets=TARGETS)
    pd.testing.assert_frame_equal(old, expected)
    assert stance(data=articles, targets=TARGETS).equals(expected)
    with _renamed("articles_or_mentions", "data"):
        old = windows(articles_or_mentions=articles, targets=TARGETS)
    pd.testing.assert_frame_equal(old, windows(articles, targets=TARGETS))
    with pytest.raises(TypeError, match=r"both articles_or_mentions= .* and data="):
        stance(articles_or_mentions=articles, data=articles)


def test_stance_summary_takes_data(articles):
    scores = stance(articles, targets=TARGETS)
    expected = stance_summary(scores, by="outlet", n_boot=30, seed=1)
    with _renamed("scores", "data"):
        old = stance_summary(scores=scores, by="outlet", n_boot=30, seed=1)
    pd.testing.assert_frame_equal(old, expected)


def test_source_table_and_speakers_take_data(quotes_table):
    expected = source_table(quotes_table, n_boot=30, seed=1)
    with _renamed("quotes", "data"):
        old = source_table(quotes=quotes_table, n_boot=30, seed=1)
    pd.testing.assert_frame_equal(old, expected)
    with _renamed("quotes", "data"):
        old = speakers(quotes=quotes_table)
    pd.testing.assert_frame_equal(old, speakers(quotes_table))


def test_source_table_seed_defaults_to_zero(quotes_table):
    # the policy: seed=0 by default, so two runs give the same intervals
    first = source_table(quotes_table, n_boot=30)
    pd.testing.assert_frame_equal(first, source_table(quotes_table, n_boot=30))
    pd.testing.assert_frame_equal(first, source_table(quotes_table, n_boot=30, seed=0))


def test_annotation_functions_take_data_and_source(articles, tmp_path):
    scores = stance(articles, targets=TARGETS)
    expected = annotation_sample(scores, n=2, stratify=None, articles=articles)
    with _renamed("mentions_or_scores", "data"):
        old = annotation_sample(mentions_or_scores=scores, n=2, stratify=None, articles=articles)
    pd.testing.assert_frame_equal(old, expected)
    with _renamed("sample", "data"):
        path = export_annotation(sample=expected, path=tmp_path / "a.csv", coders=["ann"])
    assert path.read_text(encoding="utf-8").splitlines()[0].endswith(",label_ann")
    with _renamed("path", "source"):
        old = import_annotations(path=path)
    pd.testing.assert_frame_equal(old, import_annotations(path))
    assert len(old) == 2


def test_small_sample_warnings_still_point_at_the_caller(articles, quotes_table):
    # renamed_arguments wraps the functions in one more frame; the warning skips it
    scores = stance(articles, targets=TARGETS)
    with pytest.warns(SmallSampleWarning) as caught:
        stance_summary(scores, by="outlet", n_boot=10)
    assert caught[0].filename == __file__
    with pytest.warns(SmallSampleWarning) as caught:
        source_table(quotes_table.assign(outlet=["x", "x", "y"]), by="outlet", n_boot=10)
    assert caught[0].filename == __file__


def test_cross_validate_stance_labels_by_position_still_work_with_a_warning():
    from corpuskit.voices.supervised import cross_validate_stance

    texts = ["target saved lives", "target shelled homes"] * 6
    labels = ["favor", "against"] * 6
    with pytest.warns(FutureWarning, match="labels="):
        old = cross_validate_stance(texts, labels, cv=3, n_boot=20)
    new = cross_validate_stance(texts, labels=labels, cv=3, n_boot=20)
    pd.testing.assert_frame_equal(old, new)
