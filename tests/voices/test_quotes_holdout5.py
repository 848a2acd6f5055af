"""The fifth quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout5"
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
        for folder in (
            "quotes",
            "quotes_holdout",
            "quotes_holdout2",
            "quotes_holdout3",
            "quotes_holdout4",
        )
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 7  # articles and two extra samples of the first set, four hold-outs
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert len(items) == 40 and items["doc_id"].is_unique
    assert not seen & set(items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": 2 * n for corpus, documents, n in first_sample.STRATA
    }
    assert items["length"].sum() == 127_748
    for row in items.itertuples():
        assert len(texts[row.item]) == row.length and 800 <= row.length <= 6000, row


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    second.check_labels(HOLDOUT, texts, name)


@pytest.mark.parametrize("coder", ["a", "b", "gold"])
def test_coder_column(coder):
    labels = pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
    assert set(labels["coder"]) == {coder}


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "quotes_holdout5_adjudicate")
    # this adjudicator keeps its corrections apart (FIXES); fold them into the decisions
    assert not set(adjudicate.FIXES) - set(adjudicate.DECISIONS)
    decided = SimpleNamespace(
        DECISIONS={
            key: (who, adjudicate.FIXES.get(key, ({}, ""))[0], reason)
            for key, (who, reason) in adjudicate.DECISIONS.items()
        }
    )
    # both passes label the same 280 stretches, row for row
    passes = {
        coder: pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    assert passes["a"][["item", "start"]].equals(passes["b"][["item", "start"]])
    gold = second.check_gold(HOLDOUT, decided)
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (280, 249)
    decisions = pd.DataFrame(
        [(who, bool(changes)) for who, changes, _ in decided.DECISIONS.values()],
        columns=["who", "changed"],
    )
    # 80 stretches in 25 articles: 31 taken from pass a, 49 from pass b; 17 of them fixed
    # (7 from a, 10 from b): 24 for a as it stood, 39 for b, 17 for neither
    assert decisions.value_counts().to_dict() == {
        ("a", False): 24,
        ("a", True): 7,
        ("b", False): 39,
        ("b", True): 10,
    }
    assert len({item for item, _ in adjudicate.DECISIONS}) == 25
    # the published make-up of the gold
    quotes = gold[gold["is_quote"] == "yes"]
    assert quotes["kind"].value_counts().to_dict() == {"full": 140, "fragment": 109}
    assert len(quotes.reset_index()[["item", "quote_id"]].drop_duplicates()) == 220
    assert gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict() == {
        "scare": 19,
        "title": 7,
        "name": 5,
    }


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout5_agreement")
    rules = agreement.first_set
    rules.HERE = HOLDOUT
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [280, 248, 248, 248]
    assert table["agreement"].round(3).tolist() == [0.993, 0.996, 0.98, 0.871]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.964, 0.992, 0.975]
