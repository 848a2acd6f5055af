"""Frame scores: exact counts on invented articles, FrameScores, and FA-KES."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.framing.scores import HIT_COLUMNS, FrameScores, frames

FRAMES = ["conflict", "human_interest", "economic"]


@pytest.fixture(scope="module")
def articles(fixtures):
    return pd.read_csv(fixtures / "frames" / "articles.csv")


@pytest.fixture(scope="module")
def toy():
    return ck.Dictionary(
        {
            "conflict": ["clash*", "accus*", "both sides"],
            "human_interest": ["famil*", "children", "mother*", "wept"],
            "economic": ["econom*", "costs", "price*"],
        },
        name="toy",
        version="0.1",
    )


def test_raw_counts_presence_and_docvars(articles, toy):
    fs = frames(articles, lexicon=toy, normalize=None)
    assert isinstance(fs, FrameScores)
    assert fs.frames == FRAMES
    assert list(fs.scores.columns) == [
        "doc_id",
        "outlet",
        "event",
        *FRAMES,
        *[f"{f}_present" for f in FRAMES],
        "n_tokens",
    ]
    assert fs.scores[FRAMES].values.tolist() == [
        [1, 1, 0],
        [0, 0, 0],
        [2, 0, 0],
        [0, 0, 3],
        [0, 0, 0],
        [0, 3, 0],
    ]
    assert fs.scores["n_tokens"].tolist() == [10, 9, 11, 8, 3, 7]
    assert fs.scores["conflict_present"].tolist() == [True, False, True, False, False, False]
    assert fs.lexicon == "toy 0.1"


def test_per_1k_and_share(articles, toy):
    per_1k = frames(articles, lexicon=toy).scores
    assert per_1k["conflict"].tolist() == pytest.approx([100.0, 0.0, 2000 / 11, 0.0, 0.0, 0.0])
    assert per_1k["economic"].iloc[3] == pytest.approx(375.0)
    share = frames(articles, lexicon=toy, normalize="share").scores
    assert share.loc[0, FRAMES].tolist() == [0.5, 0.5, 0.0]
    assert share.loc[2, FRAMES].tolist() == [1.0, 0.0, 0.0]
    assert share.loc[4, FRAMES].isna().all()
    # presence does not depend on the normalisation
    assert share["human_interest_present"].tolist() == per_1k["human_interest_present"].tolist()


def test_hits_point_into_the_texts(articles, toy):
    fs = frames(articles, lexicon=toy)
    assert tuple(fs.hits.columns) == HIT_COLUMNS
    assert fs.hits["match"].tolist() == [
        "clashed",
        "Families",
        "Both sides",
        "accused",
        "economy",
        "Costs",
        "prices",
        "Children",
        "mothers",
        "wept",
    ]
    text = dict(zip(articles["doc_id"], articles["text"]))
    for hit in fs.hits.itertuples():
        assert text[hit.doc_id][hit.start : hit.end] == hit.match
    counted = fs.hits.groupby(["doc_id", "frame"]).size()
    raw = frames(articles, lexicon=toy, normalize=None).scores.set_index("doc_id")
    for (doc_id, frame), n in counted.items():
        assert raw.loc[doc_id, frame] == n


def test_sentence_unit(articles, toy):
    fs = frames(articles, lexicon=toy, unit="sentence", normalize=None)
    assert fs.unit == "sentence"
    first = fs.scores[fs.scores["doc_id"] == "a1"]
    assert first["sentence"].tolist() == [0, 1]
    assert first[["conflict", "human_interest"]].values.tolist() == [[1, 0], [0, 1]]
    assert fs.hits.loc[fs.hits["doc_id"] == "a1", "sentence"].tolist() == [0, 1]
    # sentence counts add up to the document counts
    by_doc = fs.scores.groupby("doc_id", sort=False)[FRAMES].sum()
    whole = frames(articles, lexicon=toy, normalize=None).scores.set_index("doc_id")[FRAMES]
    assert by_doc.values.tolist() == whole.values.tolist()


def test_default_lexicon_level_and_plain_texts():
    fs = frames(["Both sides accused each other.", "Children and families fled."], normalize=None)
    assert fs.frames == ck.lexicon("generic_frames").categories
    assert fs.lexicon.startswith("generic_frames ")
    assert fs.scores["doc_id"].tolist() == ["doc1", "doc2"]
    nested = ck.Dictionary({"frame": {"a": ["accused"], "b": ["children"]}})
    collapsed = frames(["accused children", "nothing"], lexicon=nested, level=1, normalize=None)
    assert collapsed.frames == ["frame"]
    assert collapsed.scores["frame"].tolist() == [2, 0]


def test_without_hits_and_object_methods(articles, toy):
    fs = frames(articles, lexicon=toy, return_hits=False)
    assert fs.hits is None
    table = fs.to_frame()
    table.loc[0, "conflict"] = -1.0
    assert fs.scores.loc[0, "conflict"] == 100.0
    assert repr(fs).startswith("FrameScores(6 documents, frames=['conflict'")
    assert "human_interest in 33%" in fs._repr_html_()
    assert fs.presence_columns == [f"{f}_present" for f in FRAMES]


def test_argument_errors(articles, toy):
    with pytest.raises(ValueError, match="unit= must be one of"):
        frames(articles, lexicon=toy, unit="paragraph")
    with pytest.raises(ValueError, match="normalize= must be one of"):
        frames(articles, lexicon=toy, normalize="per_10k")
    with pytest.raises(ValueError, match="lexicon= must be"):
        frames(articles, lexicon=3)
    clashing = articles.assign(conflict_present=True)
    with pytest.raises(ValueError, match="conflict_present"):
        frames(clashing, lexicon=toy)


def test_fakes_frame_scores(fakes):
    fs = frames(fakes)
    assert len(fs.scores) == len(fakes)
    assert fs.scores["doc_id"].tolist() == fakes["doc_id"].tolist()
    assert "outlet" in fs.scores.columns and "text" not in fs.scores.columns
    raw = frames(fakes, normalize=None, return_hits=False).scores
    hits_per_frame = fs.hits["frame"].value_counts()
    for frame in fs.frames:
        assert raw[frame].sum() == hits_per_frame.get(frame, 0)
        expected = raw[frame] / raw["n_tokens"] * 1000
        assert np.allclose(fs.scores[frame], expected, equal_nan=True)
    # every article has tokens; 394 of the 804 carry human-interest vocabulary
    assert (fs.scores["n_tokens"] > 0).all()
    assert int(fs.scores["human_interest_present"].sum()) == 394
