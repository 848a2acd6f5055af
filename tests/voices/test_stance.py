"""ck.stance: windows, masking, the three methods, and stance_summary."""

from __future__ import annotations

import importlib
import math

import numpy as np
import pandas as pd
import pytest
import yaml
from sklearn.base import clone, is_classifier
from sklearn.exceptions import NotFittedError

import corpuskit as ck
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.voices.stance import (
    SUMMARY_COLUMNS,
    stance,
    stance_summary,
    vader_scores,
    windows,
)
from corpuskit.voices.supervised import StanceClassifier
from corpuskit.voices.targets import mentions


@pytest.fixture(scope="module")
def sentences(fixtures):
    data = yaml.safe_load((fixtures / "stance" / "sentences.yaml").read_text(encoding="utf-8"))
    items = data["items"]
    articles = pd.DataFrame(
        {
            "doc_id": [str(i["id"]) for i in items],
            "text": [i["text"] for i in items],
            "gold": [i["gold"] for i in items],
            "about": [i["target"] for i in items],
        }
    )
    return articles, data["targets"]


def _about(scores: pd.DataFrame) -> pd.DataFrame:
    return scores[scores["target"] == scores["about"]].reset_index(drop=True)


def test_lexicon_labels_match_the_invented_gold(sentences):
    articles, targets = sentences
    scores = _about(stance(articles, targets=targets))
    assert len(scores) == len(articles)
    assert scores["label"].tolist() == scores["gold"].tolist()
    assert scores["method"].unique().tolist() == ["lexicon"]
    assert scores["score"].between(-1, 1).all()


def test_the_target_name_does_not_score_itself(sentences):
    articles, targets = sentences
    text = articles.loc[articles["doc_id"] == "6", "text"].item()
    assert vader_scores([text])[0] < -0.5  # "terrorists" alone is strongly negative
    row = _about(stance(articles, targets=targets)).set_index("doc_id").loc["6"]
    assert row["window"] == "The target held a meeting in Raqqa."
    assert row["score"] == 0.0
    assert row["label"] == "neutral"


def test_clause_window_stops_at_clause_breaks_and_masks_every_target():
    articles = pd.DataFrame({"doc_id": ["d"], "text": ["Russia helped, but the terrorists lied."]})
    found = windows(articles, targets={"russia": ["Russia"], "isis": ["terrorists"]})
    assert found["window"].tolist() == ["target helped", "the target lied."]
    assert found[["window_start", "window_end"]].values.tolist() == [[0, 13], [19, 39]]


def test_clause_falls_back_to_the_sentence_when_it_holds_only_the_mention():
    text = "Russia, an ally of Syria, bombed the market. Later it rained."
    found = windows(pd.DataFrame({"doc_id": ["d"], "text": [text]}), targets={"r": ["Russia"]})
    assert found["window"].tolist() == ["target, an ally of Syria, bombed the market."]


def test_and_does_not_break_a_clause_and_hyphens_inside_mentions_do_not_either():
    text = "The US-led coalition and Iran backed the army; Moscow refused."
    targets = {"coalition": ["US-led coalition"], "iran": ["Iran"], "russia": ["Moscow"]}
    found = windows(pd.DataFrame({"doc_id": ["d"], "text": [text]}), targets=targets)
    assert found["window"].tolist() == [
        "The target and target backed the army",
        "The target and target backed the army",
        "target refused.",
    ]


def test_sentence_and_token_windows():
    text = "Aleppo fell. Russia shelled the old city at night. Talks followed."
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    targets = {"russia": ["Russia"]}
    assert windows(articles, targets=targets, window="sentence")["window"].tolist() == [
        "target shelled the old city at night."
    ]
    assert windows(articles, targets=targets, window=2)["window"].tolist() == [
        "Aleppo fell. target shelled the"
    ]
    assert windows(articles, targets=targets, window=0)["window"].tolist() == ["target"]


def test_windows_of_a_shuffled_mentions_table_keep_its_row_order(sentences):
    # Mentions are grouped by document once (not one scan per document): rows
    # of several documents interleaved get the same windows, in their order.
    articles, targets = sentences
    found = mentions(articles, targets=targets)
    shuffled = found.sample(frac=1.0, random_state=3).reset_index(drop=True)
    for window in ("clause", "sentence", 3):
        expected = windows(found, articles=articles, window=window)
        got = windows(shuffled, articles=articles, window=window)
        keys = ["doc_id", "start", "end", "target"]
        assert got[keys].equals(shuffled[keys])
        merged = got.merge(expected, on=keys, suffixes=("", "_expected"))
        assert len(merged) == len(found)
        assert (merged["window"] == merged["window_expected"]).all()
        assert (merged["window_start"] == merged["window_start_expected"]).all()
    assert windows(found.iloc[:0], articles=articles).empty


def test_bad_options_are_named():
    articles = pd.DataFrame({"doc_id": ["d"], "text": ["Russia won."]})
    with pytest.raises(ValueError, match="method="):
        stance(articles, method="vibes")
    with pytest.raises(ValueError, match="window="):
        stance(articles, window="paragraph")
    with pytest.raises(ValueError, match="window="):
        stance(articles, window=-1)
    with pytest.raises(ValueError, match="lexicon="):
        stance(articles, lexicon={"positive": ["won"]})


def test_a_mentions_table_needs_its_articles(sentences):
    articles, targets = sentences
    found = mentions(articles, targets=targets)
    with pytest.raises(ValueError, match="articles="):
        stance(found)
    from_mentions = stance(found, articles=articles)
    direct = stance(articles, targets=targets)
    assert from_mentions["score"].tolist() == direct["score"].tolist()


def test_dictionary_lexicon_is_normalised_like_vader():
    lexicon = Dictionary({"positive": [("helped", 2.0)], "negative": ["shelled", "killed"]})
    text = "Russia helped. Russia shelled and killed."
    scores = stance(
        pd.DataFrame({"doc_id": ["d"], "text": [text]}),
        targets={"russia": ["Russia"]},
        lexicon=lexicon,
    )
    assert scores["score"].tolist() == pytest.approx([2 / math.sqrt(19), -2 / math.sqrt(19)])
    assert scores["label"].tolist() == ["favor", "against"]
    with pytest.raises(ValueError, match="'positive' and 'negative'"):
        stance(
            pd.DataFrame({"doc_id": ["d"], "text": [text]}),
            targets={"russia": ["Russia"]},
            lexicon=Dictionary({"good": ["helped"]}),
        )


def test_supervised_method_reports_class_probabilities(sentences):
    articles, targets = sentences
    train = [
        "target saved lives",
        "target helped people",
        "target shelled homes",
        "target killed people",
        "target met officials",
        "target held talks",
    ] * 3
    labels = ["favor", "favor", "against", "against", "neutral", "neutral"] * 3
    model = StanceClassifier(min_df=1).fit(train, labels)
    scores = stance(articles, targets=targets, method="supervised", model=model)
    probabilities = scores[["p_against", "p_favor", "p_neutral"]].to_numpy()
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert np.allclose(scores["score"], scores["p_favor"] - scores["p_against"])
    best = np.array(["against", "favor", "neutral"])[probabilities.argmax(axis=1)]
    assert scores["label"].tolist() == best.tolist()
    with pytest.raises(ValueError, match="model="):
        stance(articles, targets=targets, method="supervised")
    other = StanceClassifier(min_df=1).fit(train, ["agree", "disagree"] * 9)
    with pytest.raises(ValueError, match="'favor' and 'against'"):
        stance(articles, targets=targets, method="supervised", model=other)


def _fake_encoder(texts):
    """Two dimensions: counts of a positive and a negative cue word."""
    return np.array(
        [
            [t.count("saved") + t.count("helped"), t.count("killed") + t.count("destroyed"), 0.1]
            for t in texts
        ],
        dtype=float,
    )


def test_embeddings_method_with_an_injected_encoder():
    articles = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "text": ["Russia saved lives.", "Russia killed.", "Russia."]}
    )
    prototypes = {"favor": ["target saved", "target helped"], "against": ["target killed"]}
    scores = stance(
        articles,
        targets={"russia": ["Russia"]},
        method="embeddings",
        encoder=_fake_encoder,
        prototypes=prototypes,
    )
    assert scores["label"].tolist() == ["favor", "against", "neutral"]
    assert scores["score"].between(-1, 1).all()
    assert np.allclose(scores["score"], (scores["sim_favor"] - scores["sim_against"]) / 2)


def test_embeddings_without_the_extra_name_it():
    articles = pd.DataFrame({"doc_id": ["a"], "text": ["Russia saved lives."]})
    with pytest.raises(ImportError, match=r"corpuskit\[embeddings\]"):
        stance(articles, targets={"russia": ["Russia"]}, method="embeddings")


def test_docvars_travel_and_a_clashing_docvar_is_renamed(fakes):
    sample = fakes.head(15).copy()
    scores = stance(sample)
    assert {"outlet", "doc_label", "label"} <= set(scores.columns)
    by_doc = sample.set_index(sample["doc_id"].astype(str))["label"]
    assert (scores["doc_label"].to_numpy() == by_doc.loc[scores["doc_id"]].to_numpy()).all()
    assert set(scores["label"]) <= {"favor", "against", "neutral"}
    assert (scores["window"].str.len() > 0).all()


def test_stance_summary_ratio_estimates_and_document_intervals():
    scores = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c", "c"],
            "target": ["russia", "russia", "russia", "russia", "isis", "isis"],
            "score": [0.5, -0.5, 0.6, 0.1, -0.8, np.nan],
            "label": ["favor", "against", "favor", "favor", "against", "neutral"],
            "outlet": ["x", "x", "x", "y", "y", "y"],
        }
    )
    table = stance_summary(scores, by="outlet", n_boot=300, seed=1)
    assert list(table.columns) == ["outlet", "target", *SUMMARY_COLUMNS]
    assert table[["outlet", "target", "n_docs", "n_mentions"]].values.tolist() == [
        ["x", "russia", 2, 3],
        ["y", "isis", 1, 1],
        ["y", "russia", 1, 1],
    ]
    first = table.iloc[0]
    assert first["mean_score"] == pytest.approx(0.2)
    assert first["share_favor"] == pytest.approx(2 / 3)
    assert first["share_against"] == pytest.approx(1 / 3)
    # documents, not mentions, are resampled: doc a (mean 0) and doc b (0.6)
    assert first["mean_score_low"] == pytest.approx(0.0)
    assert first["mean_score_high"] == pytest.approx(0.6)
    assert (table["mean_score_low"] <= table["mean_score"]).all()
    assert (table["mean_score"] <= table["mean_score_high"]).all()
    overall = stance_summary(scores, by=None, n_boot=50)
    assert overall["target"].tolist() == ["isis", "russia"]
    with pytest.raises(ValueError, match="outlet_name"):
        stance_summary(scores, by="outlet_name")


def test_classifier_on_embedding_features_with_an_injected_encoder():
    texts = ["target saved people", "target helped", "target killed people", "target destroyed"] * 3
    labels = ["favor", "favor", "against", "against"] * 3
    model = StanceClassifier(features="embeddings", encoder=_fake_encoder).fit(texts, labels)
    assert list(model.pipeline_.named_steps) == ["embed", "clf"]
    assert model.predict(["target saved and helped", "target killed"]).tolist() == [
        "favor",
        "against",
    ]
    assert model.predict_proba(["target saved"]).shape == (1, 2)
    with pytest.raises(ValueError, match="features="):
        StanceClassifier(features="bert")


def test_no_mentions_gives_an_empty_table_with_the_columns():
    articles = pd.DataFrame({"doc_id": ["a"], "outlet": ["x"], "text": ["Nothing here."]})
    scores = stance(articles)
    assert scores.empty
    assert list(scores.columns[:13]) == [
        "doc_id",
        "sentence",
        "target",
        "alias",
        "match",
        "start",
        "end",
        "window",
        "window_start",
        "window_end",
        "method",
        "score",
        "label",
    ]
    assert stance_summary(scores, by="outlet").empty


def test_stance_classifier_is_a_scikit_learn_estimator():
    texts = ["target saved lives", "target helped", "target shelled homes", "target killed"] * 3
    labels = ["favor", "favor", "against", "against"] * 3
    model = StanceClassifier(min_df=1, C=0.5)
    assert isinstance(model, StanceClassifier) and is_classifier(model)
    assert model.get_params()["C"] == 0.5 and model.get_params()["seed"] == 0
    assert clone(model).set_params(C=2.0).C == 2.0
    with pytest.raises(NotFittedError):
        model.predict(["target saved"])
    fitted = model.fit(texts, labels)
    assert fitted is model
    assert model.classes_.tolist() == ["against", "favor"]
    # the same numbers as the pipeline it wraps (what StanceClassifier() used to return)
    pipeline = model.pipeline().fit(texts, labels)
    new = ["target saved homes", "target killed lives"]
    assert np.allclose(model.predict_proba(new), pipeline.predict_proba(new))
    assert model.predict(new).tolist() == pipeline.predict(new).tolist()


def test_stance_classifier_named_steps_still_works_with_a_warning():
    model = StanceClassifier()
    with pytest.warns(FutureWarning, match=r"named_steps is deprecated.*pipeline"):
        steps = list(model.named_steps)
    assert steps == ["vec", "tfidf", "clf"]


def test_stance_on_two_processes_equals_one(data_dir):
    articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir).iloc[:1200]
    one = ck.stance(articles, n_jobs=1)
    two = ck.stance(articles, n_jobs=2)
    assert len(one) > 500
    pd.testing.assert_frame_equal(two, one)


def test_stance_in_many_parts_equals_one_process(data_dir, monkeypatch):
    # parts of 500 articles (the least a part holds): three parts over two processes
    stance_module = importlib.import_module("corpuskit.voices.stance")  # not the function
    monkeypatch.setattr(stance_module, "PART_SIZE", 100)
    articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir).iloc[:1100]
    one = ck.stance(articles, n_jobs=1)
    pd.testing.assert_frame_equal(ck.stance(articles, n_jobs=2), one)
    assert one["doc_id"].nunique() > 1000


def test_windows_from_articles_equal_windows_from_their_mentions_table(fakes):
    # From articles, the windows reuse the sentences the mentions were found in;
    # from a mentions table they split the texts themselves: the same windows.
    articles = fakes.iloc[:40]
    direct = windows(articles)
    table = windows(mentions(articles), articles=articles)
    pd.testing.assert_frame_equal(direct, table)


def test_a_break_inside_any_of_overlapping_user_mentions_does_not_count():
    text = "Ask the Syrian Arab Army, in Aleppo, now; then leave."
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    # a user's mentions may nest: "Arab" inside "Syrian Arab Army, in Aleppo";
    # the comma after "Army" lies inside the long one, so it breaks no clause
    table = pd.DataFrame(
        {"doc_id": ["d", "d"], "target": ["army", "arabs"], "start": [8, 15], "end": [35, 19]}
    )
    found = windows(table, articles=articles)
    assert found[["window_start", "window_end"]].values.tolist() == [[0, 35], [0, 35]]
