"""The eighth quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout8"
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
        for folder in ("quotes", *(f"quotes_holdout{n}" for n in ("", *"234567")))
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 10  # articles and two extra samples of the first set, seven hold-outs
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert len(items) == 40 and items["doc_id"].is_unique
    assert not seen & set(items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": 2 * n for corpus, documents, n in first_sample.STRATA
    }
    assert items["length"].sum() == 116_506
    for row in items.itertuples():
        assert len(texts[row.item]) == row.length and 800 <= row.length <= 6000, row


def test_sample_is_drawn_by_the_rule_with_its_seed():
    # Redrawing reads every corpus (about a minute); it was rerun by hand and
    # gave articles.csv byte for byte. Here: the same rule, seed and exclusions.
    make_sample = load_script(HOLDOUT / "make_sample.py", "quotes_holdout8_sample")
    assert make_sample.SEED == 20261250
    # it leaves out the same earlier files as the test above, from this checkout
    assert [path.parents[1] for path in make_sample.SEEN] == [HOLDOUT.parent] * 10
    assert "quotes_holdout2" in (HOLDOUT / "make_sample.py").read_text()


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    second.check_labels(HOLDOUT, texts, name)


@pytest.mark.parametrize("coder", ["a", "b", "gold"])
def test_coder_column(coder):
    labels = pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
    assert set(labels["coder"]) == {coder}


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "quotes_holdout8_adjudicate")
    # this adjudicator keeps its corrections apart (FIXES); fold them into the decisions
    assert not set(adjudicate.FIXES) - set(adjudicate.DECISIONS)
    decided = SimpleNamespace(
        DECISIONS={
            key: (who, adjudicate.FIXES.get(key, ({}, ""))[0], reason)
            for key, (who, reason) in adjudicate.DECISIONS.items()
        }
    )
    # both passes label the same 296 stretches, with the same starts; one end differs (a
    # flattened paragraph break), listed by the adjudicator
    passes = {
        coder: pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    assert passes["a"][["item", "start"]].equals(passes["b"][["item", "start"]])
    span = ["item", "start", "end", "quote"]
    ends = passes["a"][span] != passes["b"][span]
    assert set(passes["a"].loc[ends.any(axis=1), "start"]) == {"3508"}
    assert {("y011", "3508")} == adjudicate.SPAN_DIFFERENCES
    gold = second.check_gold(HOLDOUT, decided)
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (296, 274)
    decisions = pd.DataFrame(
        [(who, bool(changes)) for who, changes, _ in decided.DECISIONS.values()],
        columns=["who", "changed"],
    )
    # 54 stretches in 20 articles: 46 taken from pass a, 8 from pass b; 3 of them fixed
    # (2 from a, 1 from b): 44 for a as it stood, 7 for b, 3 for neither
    assert decisions.value_counts().to_dict() == {
        ("a", False): 44,
        ("a", True): 2,
        ("b", False): 7,
        ("b", True): 1,
    }
    assert len({item for item, _ in adjudicate.DECISIONS}) == 20
    # the published make-up of the gold
    quotes = gold[gold["is_quote"] == "yes"]
    assert quotes["kind"].value_counts().to_dict() == {"full": 178, "fragment": 96}
    assert len(quotes.reset_index()[["item", "quote_id"]].drop_duplicates()) == 234
    assert gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict() == {
        "title": 11,
        "scare": 6,
        "name": 5,
    }


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout8_agreement")
    rules = agreement.first_set
    rules.HERE = HOLDOUT
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [296, 274, 274, 274]
    assert table["agreement"].round(3).tolist() == [0.997, 0.982, 0.971, 0.974]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.975, 0.96, 0.964]
