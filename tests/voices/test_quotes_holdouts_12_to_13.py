"""The twelfth and thirteenth quotes hold-out sets are what their READMEs say.

Each was drawn by the first hold-out's rule from a corpus no quotes set had used (the
twelfth from the Propaganda Techniques Corpus, one sentence per line; the thirteenth from
the climate-change news of the Narrative Frames Corpus, each text one line with its
paragraph breaks and some quotation marks lost), labelled in two passes that differ in one
convention (the twelfth: pass a splits a quote at every line break, pass b keeps one row per
pair of marks; the thirteenth: where a quote starts after a mark shared by two quotes), and
adjudicated by a script that decides that convention once and every other differing
stretch by name. The figures below are those the READMEs publish.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
first = load_script(DEVSETS.parent / "voices" / "test_quotes_devset.py", "quotes_devset_checks")
second = load_script(DEVSETS.parent / "voices" / "test_quotes_holdout2.py", "quotes_h2_checks")
#: what each README says: the draw, the decisions by name, the gold counts, the agreement
FACTS = {
    12: {
        "seed": 20261260,
        "corpus": "ptc_semeval2020_task11",
        "prefix": "m",
        "strata": {"ptc_semeval2020_task11:other": 25, "ptc_semeval2020_task11:war": 15},
        "characters": 153_801,
        "taken": {"b": 50, "a": 18},
        "rows": (304, 224),
        "kinds": {"full": 144, "fragment": 80},
        "quotes": 193,
        "reasons": {"scare": 44, "title": 17, "name": 16, "other": 3},
        "spans_of": "b",  # one row per pair of marks
        "units": [367, 222, 222, 222],
        "agreement": [0.817, 0.986, 0.932, 0.955],
        "alpha": [0.569, 0.970, 0.917],
    },
    13: {
        "seed": 20261264,
        "corpus": "narrative_frames",
        "prefix": "n",
        "strata": {"narrative_frames:all": 40},
        "characters": 153_239,
        "taken": {"a": 48, "b": 32},
        "rows": (415, 354),
        "kinds": {"full": 220, "fragment": 134},
        "quotes": 287,
        "reasons": {"scare": 33, "title": 10, "name": 9, "other": 9},
        "spans_of": "a",  # a quote after a shared mark starts right after it
        "units": [415, 350, 350, 350],
        "agreement": [0.976, 0.986, 0.977, 0.934],
        "alpha": [0.903, 0.969, 0.972],
    },
}


@pytest.fixture(params=sorted(FACTS), scope="module")
def number(request) -> int:
    return request.param


def folder(number: int) -> Path:
    return DEVSETS / f"quotes_holdout{number}"


def read(number: int, name: str) -> pd.DataFrame:
    return pd.read_csv(folder(number) / name, dtype=str, keep_default_na=False)


def test_the_draw_is_the_first_hold_outs_rule_on_a_corpus_of_its_own(number, data_dir) -> None:
    facts = FACTS[number]
    make_sample = load_script(folder(number) / "make_sample.py", f"quotes_h{number}_sample")
    assert (facts["seed"], facts["corpus"]) == (make_sample.SEED, make_sample.CORPUS)
    items = pd.read_csv(folder(number) / "articles.csv")
    assert items["item"].tolist() == [f"{facts['prefix']}{i:03d}" for i in range(1, 41)]
    assert items["stratum"].value_counts().to_dict() == facts["strata"]
    texts = first.article_texts(folder(number))
    assert items["length"].sum() == sum(map(len, texts.values())) == facts["characters"]
    assert all(800 <= len(text) <= 6000 for text in texts.values())
    if number == 13:
        assert not any("\n" in text for text in texts.values())  # one line each


def test_labels_point_into_the_articles(number, data_dir) -> None:
    texts = first.article_texts(folder(number))
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        second.check_labels(folder(number), texts, name)
    for coder in ("a", "b", "gold"):
        assert set(read(number, f"labels_{coder}.csv")["coder"]) == {coder}


def test_adjudicate_rewrites_the_gold_with_the_published_counts(number, data_dir, tmp_path):
    facts = FACTS[number]
    for name in ("articles.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(folder(number) / name, tmp_path / name)
    adjudicate = load_script(folder(number) / "adjudicate.py", f"quotes_h{number}_adjudicate")
    texts = first.article_texts(folder(number))  # the texts from the corpus, not texts/
    adjudicate.HERE = tmp_path
    adjudicate.article_texts = lambda articles: {item: texts[item] for item in articles["item"]}
    adjudicate.main()
    gold_file = folder(number) / "labels_gold.csv"
    assert (tmp_path / "labels_gold.csv").read_bytes() == gold_file.read_bytes()
    # the stretches decided by name (beside the convention decided once)
    taken = pd.Series([who for who, _ in adjudicate.DECISIONS.values()]).value_counts()
    assert taken.to_dict() == facts["taken"]
    gold = read(number, "labels_gold.csv")
    quotes = gold[gold["is_quote"] == "yes"]
    assert (len(gold), len(quotes)) == facts["rows"]
    assert quotes["kind"].value_counts().to_dict() == facts["kinds"]
    assert len(quotes[["item", "quote_id"]].drop_duplicates()) == facts["quotes"]
    reasons = gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict()
    assert reasons == facts["reasons"]
    # the gold keeps one pass's spans for every stretch: the convention decided once
    spans = read(number, f"labels_{facts['spans_of']}.csv")
    assert gold[["item", "start", "end"]].equals(spans[["item", "start", "end"]])


def test_agreement_is_as_published(number) -> None:
    agreement = load_script(folder(number) / "agreement.py", f"quotes_h{number}_agreement")
    rules = agreement.first_set
    rules.HERE = folder(number)
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == FACTS[number]["units"]
    assert table["agreement"].round(3).tolist() == FACTS[number]["agreement"]
    assert table["alpha"].iloc[:3].round(3).tolist() == FACTS[number]["alpha"]
