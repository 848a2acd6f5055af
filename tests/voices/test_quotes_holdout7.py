"""The seventh quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout7"
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
        for folder in ("quotes", *(f"quotes_holdout{n}" for n in ("", "2", "3", "4", "5", "6")))
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 9  # articles and two extra samples of the first set, six hold-outs
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert len(items) == 40 and items["doc_id"].is_unique
    assert not seen & set(items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": 2 * n for corpus, documents, n in first_sample.STRATA
    }
    assert items["length"].sum() == 125_517
    for row in items.itertuples():
        assert len(texts[row.item]) == row.length and 800 <= row.length <= 6000, row


def test_sample_is_drawn_by_the_rule_with_its_seed():
    # Redrawing reads every corpus (about a minute); it was rerun by hand and
    # gave articles.csv byte for byte. Here: the same rule, seed and exclusions.
    make_sample = load_script(HOLDOUT / "make_sample.py", "quotes_holdout7_sample")
    assert make_sample.SEED == 20261244
    # it leaves out the same earlier files as the test above, from this checkout
    assert [path.parents[1] for path in make_sample.SEEN] == [HOLDOUT.parent] * 9
    assert "quotes_holdout2" in (HOLDOUT / "make_sample.py").read_text()


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    second.check_labels(HOLDOUT, texts, name)


@pytest.mark.parametrize("coder", ["a", "b", "gold"])
def test_coder_column(coder):
    labels = pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
    assert set(labels["coder"]) == {coder}


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "quotes_holdout7_adjudicate")
    # this adjudicator keeps its corrections apart (FIXES); fold them into the decisions
    assert not set(adjudicate.FIXES) - set(adjudicate.DECISIONS)
    decided = SimpleNamespace(
        DECISIONS={
            key: (who, adjudicate.FIXES.get(key, ({}, ""))[0], reason)
            for key, (who, reason) in adjudicate.DECISIONS.items()
        }
    )
    # both passes label the same 316 stretches, row for row, with the same boundaries
    passes = {
        coder: pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    span = ["item", "start", "end", "quote"]
    assert passes["a"][span].equals(passes["b"][span])
    gold = second.check_gold(HOLDOUT, decided)
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (316, 290)
    decisions = pd.DataFrame(
        [(who, bool(changes)) for who, changes, _ in decided.DECISIONS.values()],
        columns=["who", "changed"],
    )
    # 87 stretches in 23 articles: 36 taken from pass a, 51 from pass b; 8 of them fixed
    # (3 from a, 5 from b): 33 for a as it stood, 46 for b, 8 for neither
    assert decisions.value_counts().to_dict() == {
        ("a", False): 33,
        ("a", True): 3,
        ("b", False): 46,
        ("b", True): 5,
    }
    assert len({item for item, _ in adjudicate.DECISIONS}) == 23
    # the published make-up of the gold
    quotes = gold[gold["is_quote"] == "yes"]
    assert quotes["kind"].value_counts().to_dict() == {"full": 195, "fragment": 95}
    assert len(quotes.reset_index()[["item", "quote_id"]].drop_duplicates()) == 230
    assert gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict() == {
        "title": 12,
        "name": 7,
        "scare": 7,
    }


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout7_agreement")
    rules = agreement.first_set
    rules.HERE = HOLDOUT
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [316, 289, 289, 289]
    assert table["agreement"].round(3).tolist() == [0.987, 1.0, 0.986, 0.969]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.913, 1.0, 0.981]
