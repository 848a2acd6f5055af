"""RuSentRel on the real corpus: articles, entity spans, attitudes, synonyms, no mojibake."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.datasets.catalog import rusentrel
from corpuskit.errors import LoadError

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def tables(data_dir) -> dict[str, pd.DataFrame]:
    names = ("articles", "entities", "attitudes", "synonyms")
    return {t: ck.load_dataset("rusentrel", data_dir=data_dir, table=t) for t in names}


def test_listed_with_its_licence_and_tables():
    row = ck.list_datasets().set_index("name").loc["rusentrel"]
    assert row["n_docs"] == 71 and row["licence"].startswith("MIT")
    assert "Loukachevitch" in row["citation"]
    assert row["url"].endswith("nicolay-r/RuSentRel/tree/552b16533a7a067bc4492a38aee6ba024edcde50")
    assert ck.dataset_info("rusentrel").tables == ("articles", "entities", "attitudes", "synonyms")


def test_articles_are_russian_with_titles_and_splits(tables):
    articles = tables["articles"]
    assert len(articles) == 71 and articles["doc_id"].is_unique
    assert articles["split"].value_counts().to_dict() == {"train": 42, "test": 29}
    assert articles["doc_id"].iloc[0] == "rusentrel/train/art1"
    assert (articles["language"] == "ru").all() and (articles["outlet"] == "inosmi.ru").all()
    first = articles.set_index("doc_id").loc["rusentrel/train/art1"]
    assert first["title"].startswith("СМИ Ирана: Финляндия")
    assert not articles["title"].str.contains("{Author", regex=False).any()
    assert articles["text"].str.startswith("{Author, Unknown}").all()


def test_dates_and_copied_test_articles(tables):
    articles = tables["articles"].set_index("doc_id")
    assert articles["date_precision"].value_counts().to_dict() == {
        "day": 52,
        "unknown": 17,
        "year": 2,
    }
    assert articles.loc["rusentrel/train/art2", "date"] == pd.Timestamp("2016-04-05")
    assert articles["date"].dropna().between("2015-01-01", "2016-12-31").all()
    copies = articles["duplicate_of"].dropna()
    assert len(copies) == 13 and copies.index.str.startswith("rusentrel/test/").all()
    assert copies["rusentrel/test/art62"] == "rusentrel/train/art1"
    for copy, original in copies.items():
        assert articles.loc[copy, "text"] == articles.loc[original, "text"]


def test_no_mojibake(tables):
    text = tables["articles"]["text"]
    assert text.str.contains("[а-яА-ЯёЁ]{5}").all()
    # UTF-8 Cyrillic decoded as cp1252/latin-1 starts with Ð or Ñ
    assert not text.str.contains("[ÐÑ][\u0080-\u00bf]").any()
    assert not tables["attitudes"]["source"].str.contains("[ÐÑ]").any()


def test_attitude_counts_and_gold_for_the_test_split(tables):
    attitudes = tables["attitudes"]
    assert len(attitudes) == 1369
    assert attitudes["label"].value_counts().to_dict() == {"neg": 725, "pos": 644}
    assert list(attitudes.columns) == ["doc_id", "source", "target", "label", "time", "split"]
    assert set(attitudes["time"]) <= {"current", "past", "present"}
    first = attitudes.iloc[0]
    assert (first["doc_id"], first["source"], first["target"], first["label"]) == (
        "rusentrel/train/art1",
        "США",
        "ИГИЛ",
        "neg",
    )
    test_docs = set(tables["articles"].query("split == 'test'")["doc_id"])
    assert set(attitudes.query("split == 'test'")["doc_id"]) == test_docs
    # train/art22 has attitudes but no text in the origin; they are kept
    orphan = set(attitudes["doc_id"]) - set(tables["articles"]["doc_id"])
    assert orphan == {"rusentrel/train/art22"}


def test_entity_offsets_index_into_the_text(tables):
    entities = tables["entities"]
    assert len(entities) == 19509
    assert set(entities["type"]) == {"PER", "ORG", "LOC", "GEOPOLIT"}
    texts = tables["articles"].set_index("doc_id")["text"]
    offsets = zip(entities["doc_id"], entities["start"], entities["end"])
    spans = [texts[d][s:e] for d, s, e in offsets]
    assert spans == entities["text"].tolist()
    assert ((entities["doc_id"] == "rusentrel/train/art1") & (entities["text"] == "СМИ")).any()


def test_synonyms_map_variants_to_their_entity(tables):
    synonyms = tables["synonyms"]
    lookup = synonyms.groupby("variant")["entity"].first()
    assert lookup["рф"] == "россия" and lookup["евросоюз"] == "ес" and lookup["сша"] == "сша"
    # 1,253 lines; one entity heads two lines
    assert synonyms["entity"].nunique() == 1252


def test_a_wrong_entity_offset_is_a_load_error(data_dir, tmp_path):
    copy = tmp_path / "rusentrel"
    shutil.copytree(data_dir / "rusentrel", copy)
    ann = copy / "train" / "art1.ann"
    ann.write_text(ann.read_text(encoding="utf-8").replace("PER 1 7", "PER 2 7", 1), "utf-8")
    files = {f.name: copy / f.name.rstrip("/") for f in rusentrel.DATASET.files}
    with pytest.raises(LoadError, match=r"art1\.ann.*line 1"):
        rusentrel.load(files, table="entities")
