"""ck.relevance and ck.keep_relevant: made-up articles (none from any corpus), then the
relevance development set's labels, agreement and scored figures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck
from corpuskit.framing.relevance import (
    THRESHOLD,
    event_lexicon,
    keep_relevant,
    relevance,
)

ELECTION = pd.DataFrame(
    {
        "doc_id": ["gaffe"],
        "title": ["Libertarian candidate stumped: 'What is Aleppo?'"],
        "text": [
            "The Libertarian presidential candidate was asked on a morning talk show what he "
            "would do about Aleppo.\n\n"
            '"What is Aleppo?" he replied, a gaffe his rivals seized on within minutes.\n\n'
            "His campaign said the candidate had misunderstood the question and still hoped "
            "to reach the presidential debate stage.\n\n"
            "Polls put him at 9 per cent among likely voters, short of the 15 per cent the "
            "debate commission requires.\n\n"
            "His running mate defended him at a town hall on Thursday evening."
        ],
        "outlet": ["us_daily"],
    }
)

SIEGE = (
    "Government forces tightened the siege of eastern Aleppo on Tuesday.\n\n"
    "Air strikes hit three hospitals in rebel-held districts of Aleppo, rescue workers said, "
    "and civilians trapped in the city ran short of food.\n\n"
    "The United Nations called for a pause in the bombardment so that an aid convoy could "
    "reach Aleppo.\n\n"
    "Rebels said they would try to break the siege from the south-west, near Ramouseh.\n\n"
    "Russia said the corridors out of the city were open."
)

ROUNDUP = (
    "Turkish-backed rebels entered al-Bab, a town in Aleppo province, on Thursday.\n\n"
    "The fighters advanced from the north after weeks of clashes with Islamic State.\n\n"
    "Ankara said its tanks had shelled positions around the town.\n\n"
    "Kurdish forces said they would not withdraw from Manbij.\n\n"
    "In Idlib, air raids killed twelve people in a market."
)

CONTEXT = (
    "Coalition jets struck Raqqa overnight, killing at least 20 people, monitors said.\n\n"
    "The strikes hit a bakery and a school in the west of the city.\n\n"
    "Residents said militants had moved their command posts into homes.\n\n"
    "The coalition said it was investigating the reports.\n\n"
    "Families who fled said the roads out of the city were mined.\n\n"
    "The raids came a week after Iraqi forces entered the old city of Mosul, where "
    "fighting continues."
)


def test_election_article_what_is_aleppo_is_passing():
    scored = relevance(ELECTION, about="aleppo")
    row = scored.iloc[0]
    assert row["in_title"] and row["n_mentions"] == 3
    assert row["off_topic_share"] == 1.0
    assert not row["relevant"] and row["score"] < THRESHOLD
    assert keep_relevant(ELECTION, about="aleppo").empty


def test_election_article_that_turns_to_the_siege_is_relevant():
    text = ELECTION["text"].iloc[0] + "\n\n" + SIEGE
    articles = pd.DataFrame(
        {"doc_id": ["mixed"], "title": ["Aleppo siege tightens"], "text": [text]}
    )
    assert relevance(articles, about="aleppo")["relevant"].iloc[0]


def test_report_on_the_siege_is_relevant():
    articles = pd.DataFrame(
        {"doc_id": ["siege"], "title": ["Siege of Aleppo tightens"], "text": [SIEGE]}
    )
    row = relevance(articles, about="aleppo").iloc[0]
    assert row["relevant"] and row["in_title"] and row["in_lede"]
    assert row["share_paragraphs"] >= 0.6 and row["event_share"] == 1.0
    assert row["locator_share"] == 0.0 and not row["clustered"]


def test_province_locator_is_passing():
    row = relevance([ROUNDUP], about="aleppo").iloc[0]
    assert row["n_mentions"] == 1 and row["locator_share"] == 1.0
    assert row["share_paragraphs"] == 0.0 and not row["relevant"]


def test_list_of_places_is_passing():
    text = (
        "Air raids hit Raqqa, Aleppo and Idlib, the monitor said. "
        "Most of the dead were in Raqqa, where the coalition struck a bakery. "
        "The coalition said it was investigating. Residents fled the city overnight. "
        "Another strike hit a bridge over the Euphrates. No group claimed the attack."
    )
    row = relevance([text], about="aleppo").iloc[0]
    assert row["locator_share"] == 1.0 and not row["relevant"]


def test_closing_context_paragraph_is_passing_and_clustered():
    row = relevance([CONTEXT], about="mosul").iloc[0]
    assert row["clustered"] and not row["in_lede"]
    assert not row["relevant"]


def test_comparison_in_passing_is_passing():
    text = (
        "Aid agencies warned that Idlib could become the next Aleppo.\n\n"
        "Nearly three million people live in the province, many displaced several times.\n\n"
        "Government forces massed on its southern edge this week.\n\n"
        "Turkey said it would not open its border to a new wave of refugees."
    )
    assert not relevance([text], about="aleppo")["relevant"].iloc[0]


def test_mosul_dam_is_a_locator():
    lexicon = event_lexicon("mosul")
    assert lexicon.after.match("Mosul Dam", len("Mosul"))
    text = "Engineers warned that the Mosul Dam could fail. Repairs began in May."
    assert relevance([text], about="mosul")["locator_share"].iloc[0] == 1.0


def test_several_places_one_row_each_and_metadata_kept():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [SIEGE, CONTEXT], "outlet": ["x", "y"]})
    scored = relevance(articles, about=["aleppo", "mosul"])
    assert scored[["doc_id", "about"]].values.tolist() == [
        ["a", "aleppo"], ["b", "aleppo"], ["a", "mosul"], ["b", "mosul"]
    ]  # fmt: skip
    assert scored["outlet"].tolist() == ["x", "y", "x", "y"]
    assert scored["relevant"].tolist() == [True, False, False, False]
    kept = keep_relevant(articles, about=["aleppo", "mosul"])
    assert kept["doc_id"].tolist() == ["a"] and list(kept.columns) == list(articles.columns)


def test_user_terms_for_another_place():
    text = (
        "Fighting for Raqqa intensified as the SDF pushed into the old city.\n\n"
        "Civilians trapped in Raqqa said shelling hit the Naim roundabout.\n\n"
        "The coalition said air strikes supported the advance on Raqqa."
    )
    plain = relevance([text], about="Raqqa").iloc[0]
    assert plain["about"] == "Raqqa" and plain["relevant"]
    own = relevance([text], about="raqqa", terms={"names": ["Raqqa"], "local": ["Naim"]})
    assert own["n_mentions"].iloc[0] == plain["n_mentions"] + 1
    with pytest.raises(ValueError, match="unknown keys"):
        relevance([text], about="raqqa", terms={"nmes": ["Raqqa"]})
    with pytest.raises(ValueError, match="one place"):
        relevance([text], about=["raqqa", "mosul"], terms={"names": ["Raqqa"]})


def test_no_mention_scores_zero():
    row = relevance(["Parliament passed the budget on Friday."], about="aleppo").iloc[0]
    assert row["n_mentions"] == 0 and row["score"] == 0.0 and not row["relevant"]


def test_title_copied_into_the_text_counts_once():
    title = "Shelling of Aleppo kills nine"
    text = "Tue 3 May 2016 " + title + ". " + SIEGE
    articles = pd.DataFrame({"doc_id": ["d"], "title": [title], "text": [text]})
    plain = pd.DataFrame({"doc_id": ["d"], "title": [title], "text": [SIEGE]})
    assert (
        relevance(articles, about="aleppo")["n_mentions"].iloc[0]
        == relevance(plain, about="aleppo")["n_mentions"].iloc[0]
    )


@pytest.mark.parametrize("unit", ["paragraph", "sentence"])
def test_units(unit):
    scored = relevance([ELECTION["text"].iloc[0] + "\n\n" + SIEGE], about="aleppo", unit=unit)
    assert {unit, "start", "end", "n_event_terms", "off_topic"} <= set(scored.columns)
    assert scored.loc[scored["n_mentions"] > 0, "relevant"].any()
    election_part = scored[scored["start"] < len(ELECTION["text"].iloc[0])]
    assert not election_part["relevant"].any()


def test_arguments_checked():
    with pytest.raises(ValueError, match="unit"):
        relevance(["x"], about="aleppo", unit="word")
    with pytest.raises(ValueError, match="about"):
        relevance(["x"], about="")
    with pytest.raises(TypeError):
        keep_relevant(["x"], about="aleppo")


def test_package_exports():
    assert ck.relevance is relevance and ck.keep_relevant is keep_relevant


# The development set (tests/devsets/relevance): labels, agreement, and the
# scored figures (test half scored once; asserted minus a margin of 0.02).
DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "relevance"
FIGURES = {  # half: (precision, recall, f1, confusion [[pp, pr], [rp, rr]])
    "tuning": (0.833, 0.875, 0.854, [[48, 7], [5, 35]]),
    "test": (0.692, 0.783, 0.735, [[54, 8], [5, 18]]),
}
MARGIN = 0.02


@pytest.fixture(scope="module")
def evaluate_script():
    return load_script(DEVSET / "evaluate.py", "relevance_evaluate")


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_devset_labels_cover_every_item(name):
    items = pd.read_csv(DEVSET / "items.csv", dtype=str)
    labels = pd.read_csv(DEVSET / name, dtype=str, keep_default_na=False)
    assert labels["item"].tolist() == items["item"].tolist()
    assert set(labels["label"]) == {"report", "passing"}


def test_devset_agreement_and_gold():
    agreement = load_script(DEVSET / "agreement.py", "relevance_agreement")
    table = agreement.agreement(agreement.pairs()).set_index("half")
    assert table.loc["all", "agree"] == 174 and table.loc["all", "units"] == 180
    assert table.loc["all", "alpha"] == pytest.approx(0.928, abs=0.001)
    assert table.loc["tuning", "alpha"] == pytest.approx(0.915, abs=0.001)
    assert table.loc["test", "alpha"] == pytest.approx(0.942, abs=0.001)
    gold = pd.read_csv(DEVSET / "labels_gold.csv", dtype=str, keep_default_na=False)
    assert gold["label"].value_counts().to_dict() == {"passing": 117, "report": 63}
    assert gold["note"].str.startswith("adjudicated").sum() == 6


@pytest.mark.parametrize("half", ["tuning", "test"])
def test_devset_figures(half, data_dir, evaluate_script):
    table = evaluate_script.items(half)
    scored = evaluate_script.predict(table, evaluate_script.articles(table))
    figures = evaluate_script.score(scored).set_index("metric")["value"]
    precision, recall, f1, confusion = FIGURES[half]
    assert figures["precision"] >= precision - MARGIN
    assert figures["recall"] >= recall - MARGIN
    assert figures["f1"] >= f1 - MARGIN
    assert evaluate_script.confusion(scored).to_numpy().tolist() == confusion


# The hold-out set (tests/devsets/relevance_holdout): FA-KES Aleppo units drawn after the
# development set was scored, scored once (figures asserted minus the same margin).
HOLDOUT = DEVSET.parent / "relevance_holdout"


def test_holdout_is_fresh_and_its_gold_is_the_adjudication(tmp_path):
    items = pd.read_csv(HOLDOUT / "items.csv", dtype=str)
    dev_items = pd.read_csv(DEVSET / "items.csv", dtype=str)
    assert len(items) == 92 and not set(items["doc_id"]) & set(dev_items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {"2-3": 34, "4+": 34, "1": 24}
    assert set(items["corpus"]) == {"fakes"} and set(items["place"]) == {"aleppo"}
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        labels = pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)
        assert labels["item"].tolist() == items["item"].tolist(), name
    agreement = load_script(HOLDOUT / "agreement.py", "relevance_holdout_agreement")
    table = agreement.agreement(agreement.pairs())
    assert (table["units"], table["agree"]) == (92, 91)
    assert table["alpha"] == pytest.approx(0.978, abs=0.001)
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "relevance_holdout_adjudicate")
    adjudicate.OUT = tmp_path / "gold.csv"
    adjudicate.main()
    rebuilt = pd.read_csv(adjudicate.OUT, dtype=str, keep_default_na=False)
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(rebuilt, gold)
    assert gold["label"].value_counts().to_dict() == {"report": 48, "passing": 44}


def test_holdout_figures(data_dir):
    script = load_script(HOLDOUT / "evaluate.py", "relevance_holdout_evaluate")
    scored = script.scored()
    figures = script.dev.score(scored).set_index("metric")["value"]
    assert figures["precision"] >= 0.815 - MARGIN
    assert figures["recall"] >= 0.917 - MARGIN
    assert figures["f1"] >= 0.863 - MARGIN
    assert script.dev.confusion(scored).to_numpy().tolist() == [[34, 10], [4, 44]]
