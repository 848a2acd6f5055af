"""The fourth casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout4"
# the second hold-out's checks (gold against the passes, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")
ADJUDICATE = "casualty_holdout4_adjudicate"


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    second.codes.check_labels(sentences, read(name))


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    earlier = [
        path
        for folder in ("casualty", "casualty_holdout", "casualty_holdout2", "casualty_holdout3")
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    # sentences and two extra samples of the first set, the first, second and third hold-outs
    assert len(earlier) == 6
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 230
    assert sentences["doc_id"].nunique() == 223
    assert sentences.groupby("doc_id").size().max() <= 2
    assert sentences["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA
    }


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    second.first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", ADJUDICATE)
    # this set writes its rewritten items as whole rows (REWRITTEN); the shared check takes
    # them as fields set on one pass's row at the same trigger (REWRITES, base as decided)
    columns = [c for c in read("labels_gold.csv").columns if c not in ("item", "coder")]
    rewrites: dict[str, tuple[str, dict[str, dict[str, str]]]] = {}
    for row in adjudicate.REWRITTEN:
        fields = {column: row.get(column, "") for column in columns}
        rewrites.setdefault(row["item"], ("b", {}))[1][row["trigger_start"]] = fields
    adjudicate.REWRITES = rewrites
    gold = second.check_gold(HOLDOUT, ADJUDICATE)
    assert gold["item"].nunique() == 230 and len(gold) == 267
    clauses = gold[gold["casualty"] == "yes"]
    assert len(clauses) == 125 and clauses["item"].nunique() == 97
    assert clauses["construction"].value_counts().to_dict() == {
        "active": 45,
        "nominal": 34,
        "passive_agentless": 32,
        "intransitive": 10,
        "passive_agent": 4,
    }
    choices = pd.Series([who for who, _ in adjudicate.DECISIONS.values()]).value_counts()
    assert choices.to_dict() == {"b": 15, "a": 7, "gold": 1}
    # pass b wrote its coder column as "B"; the gold's is "gold" throughout
    assert set(read("labels_a.csv")["coder"]) == {"a"}
    assert set(read("labels_b.csv")["coder"]) == {"B"}
    assert set(gold["coder"]) == {"gold"}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout4_agreement")
    assert table["units"].tolist() == [217, 123, 123, 123, 123]
    assert table["agreement"].round(3).tolist() == [0.986, 1.0, 1.0, 0.984, 0.992]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.972, 1.0, 1.0, 0.968]
