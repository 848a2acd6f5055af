"""The second casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout2"
# the first set's check of labels against the codebook
codes = load_script(HERE.with_name("test_casualty_devset.py"), "casualty_devset_codes")
# the first hold-out's checks (offsets against the corpora) and its sampling rule
first = load_script(HERE.with_name("test_casualty_holdout.py"), "casualty_holdout_checks")
first_sample = load_script(
    HOLDOUT.parent / "casualty_holdout" / "make_sample.py", "casualty_holdout_sample"
)


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    codes.check_labels(sentences, read(name))


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    earlier = [
        path
        for folder in ("casualty", "casualty_holdout")
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 4  # sentences and two extra samples of the first set, the hold-out
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 230
    assert sentences.groupby("doc_id").size().max() <= 2
    assert sentences["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": n for corpus, documents, n in first_sample.STRATA
    }


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def check_gold(folder: Path, module: str, *, notes: bool = False) -> pd.DataFrame:
    """Assert ``folder``'s gold is its two passes with the adjudication applied; return it.

    ``notes=True``: the set also decides the items whose passes differ only in ``note``.
    """
    adjudicate = load_script(folder / "adjudicate.py", module)
    labels = {
        name: pd.read_csv(folder / f"labels_{name}.csv", dtype=str, keep_default_na=False)
        for name in ("a", "b", "gold")
    }
    passes, gold = {coder: labels[coder] for coder in ("a", "b")}, labels["gold"]
    columns = [c for c in gold.columns if c != "coder"]
    coded = [c for c in columns if c != "note"]

    def rows(frame: pd.DataFrame, item: str) -> pd.DataFrame:
        return frame[frame["item"] == item][columns].reset_index(drop=True)

    rewritten = {item for item, (who, _) in adjudicate.DECISIONS.items() if who == "gold"}
    assert set(adjudicate.REWRITES) == rewritten
    for item in gold["item"].unique():
        a, b = rows(passes["a"], item), rows(passes["b"], item)
        # the decided items are exactly those where the passes differ (notes aside unless `notes`)
        compared = columns if notes else coded
        assert (item in adjudicate.DECISIONS) != a[compared].equals(b[compared]), item
        who = adjudicate.DECISIONS.get(item, ("a", ""))[0]
        if who == "gold":
            base, fixes = adjudicate.REWRITES[item]
            expected = rows(passes[base], item)
            for start, values in fixes.items():
                where = expected["trigger_start"] == start
                assert where.sum() == 1, (item, start)
                expected.loc[where, list(values)] = list(values.values())
        else:
            expected = rows(passes[who], item)
        # gold lists an item's rows in text order
        order = pd.to_numeric(expected["trigger_start"], errors="coerce")
        expected = expected.iloc[order.argsort(kind="stable")].reset_index(drop=True)
        pd.testing.assert_frame_equal(rows(gold, item), expected, obj=item)
    return gold


def agreement_table(folder: Path, module: str) -> pd.DataFrame:
    """The agreement of ``folder``'s two passes by the first set's rules, by variable."""
    script = load_script(folder / "agreement.py", module)
    if not hasattr(script, "first_set"):  # from the fifteenth: the computation is its own
        passes = (script.read(folder, f"labels_{coder}.csv") for coder in "ab")
        return script.agreement(script.align(*passes)).set_index("variable")
    rules = script.first_set
    rules.HERE = folder
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    return table.set_index("variable")


def test_gold_is_the_adjudication_of_the_two_passes():
    gold = check_gold(HOLDOUT, "casualty_holdout2_adjudicate")
    assert gold["item"].nunique() == 230 and len(gold) == 267
    assert (gold["casualty"] == "yes").sum() == 112


def test_agreement_is_as_published():
    table = agreement_table(HOLDOUT, "casualty_holdout2_agreement")
    assert table["units"].tolist() == [225, 110, 110, 110, 110]
    assert table["agreement"].round(3).tolist() == [0.978, 1.0, 0.991, 0.991, 0.991]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.956, 1.0, 0.983, 0.985]
