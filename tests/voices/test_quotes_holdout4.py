"""The fourth quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout4"
# the first set's reading of article texts and its speaker types
first = load_script(HOLDOUT.parents[1] / "voices" / "test_quotes_devset.py", "quotes_devset_checks")
# the first hold-out's sampling rule (its strata)
first_sample = load_script(
    HOLDOUT.parent / "quotes_holdout" / "make_sample.py", "quotes_holdout_sample"
)
# the second hold-out's checks of labels and gold
second = load_script(HOLDOUT.parents[1] / "voices" / "test_quotes_holdout2.py", "quotes_h2_checks")


@pytest.fixture(scope="module")
def texts(data_dir) -> dict[str, str]:
    return first.article_texts(HOLDOUT)


def test_fresh_articles_twice_the_first_hold_outs_strata(texts):
    items = pd.read_csv(HOLDOUT / "articles.csv")
    earlier = [
        path
        for folder in ("quotes", "quotes_holdout", "quotes_holdout2", "quotes_holdout3")
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 6  # articles and two extra samples of the first set, three hold-outs
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert len(items) == 40 and items["doc_id"].is_unique
    assert not seen & set(items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": 2 * n for corpus, documents, n in first_sample.STRATA
    }
    for row in items.itertuples():
        assert len(texts[row.item]) == row.length and 800 <= row.length <= 6000, row


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    second.check_labels(HOLDOUT, texts, name)


def test_gold_is_the_adjudication_of_the_two_passes(tmp_path):
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "quotes_holdout4_adjudicate")
    labels = {
        coder: pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b", "gold")
    }
    # one stretch starts differently (u039, a missing opening mark: pass a starts right after
    # the previous attribution, pass b a sentence later); it ends at the same place in both
    keys = {coder: set(zip(frame["item"], frame["start"])) for coder, frame in labels.items()}
    assert keys["a"] - keys["b"] == {("u039", "2276")}
    assert keys["b"] - keys["a"] == {("u039", "2349")}
    moved = (labels["b"]["item"] == "u039") & (labels["b"]["start"] == "2349")
    assert labels["b"].loc[moved, "end"].tolist() == ["2529"]
    # the second hold-out's check, with that stretch keyed by pass a's start
    labels["b"].loc[moved, "start"] = "2276"
    for coder, frame in labels.items():
        frame.to_csv(tmp_path / f"labels_{coder}.csv", index=False)
    gold = second.check_gold(tmp_path, adjudicate)
    assert adjudicate.DECISIONS[("u039", "2276")][:2] == ("a", {})
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (272, 242)
    decisions = pd.DataFrame(
        [(who, bool(changes)) for who, changes, _ in adjudicate.DECISIONS.values()],
        columns=["who", "changed"],
    )
    # 79 stretches in 27 articles: 54 taken from pass a, 25 from pass b; 8 of them changed
    assert decisions.value_counts().to_dict() == {
        ("a", False): 52,
        ("a", True): 2,
        ("b", False): 19,
        ("b", True): 6,
    }
    assert len({item for item, _ in adjudicate.DECISIONS}) == 27


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout4_agreement")
    rules = agreement.first_set
    rules.HERE = HOLDOUT
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [272, 241, 241, 241]
    assert table["agreement"].round(3).tolist() == [0.996, 1.0, 0.938, 0.971]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.982, 1.0, 0.924]
