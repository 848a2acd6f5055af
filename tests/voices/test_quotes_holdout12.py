"""The twelfth quotes hold-out set (``tests/devsets/quotes_holdout12``) is what its README says.

It was drawn by the first hold-out's rule from a corpus no quotes set had used (the
Propaganda Techniques Corpus), labelled in two passes that differ in one convention (pass a
splits a quote at every line break of these one-sentence-per-line texts, pass b keeps one row
per pair of marks), and adjudicated by a script that decides that convention once and every
other differing stretch by name. The figures below are those the README publishes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

FOLDER = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout12"
first = load_script(FOLDER.parents[1] / "voices" / "test_quotes_devset.py", "quotes_devset_checks")
second = load_script(FOLDER.parents[1] / "voices" / "test_quotes_holdout2.py", "quotes_h2_checks")


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(FOLDER / name, dtype=str, keep_default_na=False)


def test_the_draw_is_the_first_hold_outs_rule_on_a_corpus_of_its_own(data_dir) -> None:
    make_sample = load_script(FOLDER / "make_sample.py", "quotes_holdout12_sample")
    assert (make_sample.SEED, make_sample.CORPUS) == (20261260, "ptc_semeval2020_task11")
    items = pd.read_csv(FOLDER / "articles.csv")
    assert items["item"].tolist() == [f"m{i:03d}" for i in range(1, 41)]
    assert items["stratum"].value_counts().to_dict() == {
        "ptc_semeval2020_task11:other": 25,
        "ptc_semeval2020_task11:war": 15,
    }
    texts = first.article_texts(FOLDER)
    assert items["length"].sum() == sum(map(len, texts.values())) == 153_801
    assert all(800 <= len(text) <= 6000 for text in texts.values())


def test_labels_point_into_the_articles(data_dir) -> None:
    texts = first.article_texts(FOLDER)
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        second.check_labels(FOLDER, texts, name)
    for coder in ("a", "b", "gold"):
        assert set(read(f"labels_{coder}.csv")["coder"]) == {coder}


def test_adjudicate_rewrites_the_gold_with_the_published_counts(data_dir, tmp_path) -> None:
    for name in ("articles.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(FOLDER / name, tmp_path / name)
    adjudicate = load_script(FOLDER / "adjudicate.py", "quotes_holdout12_adjudicate")
    texts = first.article_texts(FOLDER)  # the texts from the corpus, not a texts/ folder
    adjudicate.HERE = tmp_path
    adjudicate.article_texts = lambda articles: {item: texts[item] for item in articles["item"]}
    adjudicate.main()
    assert (tmp_path / "labels_gold.csv").read_bytes() == (FOLDER / "labels_gold.csv").read_bytes()
    # 68 stretches decided by name (beside the 42 of the line convention): 18 for a, 50 for b
    taken = pd.Series([who for who, _ in adjudicate.DECISIONS.values()]).value_counts()
    assert taken.to_dict() == {"b": 50, "a": 18}
    gold = read("labels_gold.csv")
    quotes = gold[gold["is_quote"] == "yes"]
    assert (len(gold), len(quotes)) == (304, 224)
    assert quotes["kind"].value_counts().to_dict() == {"full": 144, "fragment": 80}
    assert len(quotes[["item", "quote_id"]].drop_duplicates()) == 193
    reasons = gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict()
    assert reasons == {"scare": 44, "title": 17, "name": 16, "other": 3}
    # the gold keeps pass b's span for every stretch: one row per pair of marks
    b = read("labels_b.csv")
    assert gold[["item", "start", "end"]].equals(b[["item", "start", "end"]])


def test_agreement_is_as_published() -> None:
    agreement = load_script(FOLDER / "agreement.py", "quotes_holdout12_agreement")
    rules = agreement.first_set
    rules.HERE = FOLDER
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [367, 222, 222, 222]
    assert table["agreement"].round(3).tolist() == [0.817, 0.986, 0.932, 0.955]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.569, 0.970, 0.917]
