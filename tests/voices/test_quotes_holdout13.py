"""The thirteenth quotes hold-out set (``tests/devsets/quotes_holdout13``) is what its README says.

It was drawn by the first hold-out's rule from a corpus no quotes set had used (the
climate-change news of the Narrative Frames Corpus, each text one line with its paragraph
breaks and some quotation marks lost), labelled in two passes that differ in one convention
(where a quote starts after a mark shared by two quotes), and adjudicated by a script that
decides that convention once and every other differing stretch by name. The figures below
are those the README publishes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

FOLDER = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout13"
first = load_script(FOLDER.parents[1] / "voices" / "test_quotes_devset.py", "quotes_devset_checks")
second = load_script(FOLDER.parents[1] / "voices" / "test_quotes_holdout2.py", "quotes_h2_checks")


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(FOLDER / name, dtype=str, keep_default_na=False)


def test_the_draw_is_the_first_hold_outs_rule_on_a_corpus_of_its_own(data_dir) -> None:
    make_sample = load_script(FOLDER / "make_sample.py", "quotes_holdout13_sample")
    assert (make_sample.SEED, make_sample.CORPUS) == (20261264, "narrative_frames")
    items = pd.read_csv(FOLDER / "articles.csv")
    assert items["item"].tolist() == [f"n{i:03d}" for i in range(1, 41)]
    assert items["stratum"].value_counts().to_dict() == {"narrative_frames:all": 40}
    texts = first.article_texts(FOLDER)
    assert items["length"].sum() == sum(map(len, texts.values())) == 153_239
    assert all(800 <= len(text) <= 6000 for text in texts.values())
    assert not any("\n" in text for text in texts.values())  # one line each


def test_labels_point_into_the_articles(data_dir) -> None:
    texts = first.article_texts(FOLDER)
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        second.check_labels(FOLDER, texts, name)
    for coder in ("a", "b", "gold"):
        assert set(read(f"labels_{coder}.csv")["coder"]) == {coder}


def test_adjudicate_rewrites_the_gold_with_the_published_counts(data_dir, tmp_path) -> None:
    for name in ("articles.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(FOLDER / name, tmp_path / name)
    adjudicate = load_script(FOLDER / "adjudicate.py", "quotes_holdout13_adjudicate")
    texts = first.article_texts(FOLDER)  # the texts from the corpus, not a texts/ folder
    adjudicate.HERE = tmp_path
    adjudicate.article_texts = lambda articles: {item: texts[item] for item in articles["item"]}
    adjudicate.main()
    assert (tmp_path / "labels_gold.csv").read_bytes() == (FOLDER / "labels_gold.csv").read_bytes()
    # 80 stretches decided by name (beside the 21 of the shared-mark convention)
    taken = pd.Series([who for who, _ in adjudicate.DECISIONS.values()]).value_counts()
    assert taken.to_dict() == {"a": 48, "b": 32}
    assert len(adjudicate.FIXES) == 5
    gold = read("labels_gold.csv")
    quotes = gold[gold["is_quote"] == "yes"]
    assert (len(gold), len(quotes)) == (415, 354)
    assert quotes["kind"].value_counts().to_dict() == {"full": 220, "fragment": 134}
    assert len(quotes[["item", "quote_id"]].drop_duplicates()) == 287
    reasons = gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict()
    assert reasons == {"scare": 33, "title": 10, "name": 9, "other": 9}
    # the gold keeps pass a's span for every stretch (the shared-mark convention)
    a = read("labels_a.csv")
    assert gold[["item", "start", "end"]].equals(a[["item", "start", "end"]])


def test_agreement_is_as_published() -> None:
    agreement = load_script(FOLDER / "agreement.py", "quotes_holdout13_agreement")
    rules = agreement.first_set
    rules.HERE = FOLDER
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [415, 350, 350, 350]
    assert table["agreement"].round(3).tolist() == [0.976, 0.986, 0.977, 0.934]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.903, 0.969, 0.972]
