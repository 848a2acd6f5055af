"""The second quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout2"
# the first set's reading of article texts and its speaker types
first = load_script(HOLDOUT.parents[1] / "voices" / "test_quotes_devset.py", "quotes_devset_checks")
# the first hold-out's sampling rule (its strata)
first_sample = load_script(
    HOLDOUT.parent / "quotes_holdout" / "make_sample.py", "quotes_holdout_sample"
)
KEY = ["item", "start"]


@pytest.fixture(scope="module")
def texts(data_dir) -> dict[str, str]:
    return first.article_texts(HOLDOUT)


def test_fresh_articles_twice_the_first_hold_outs_strata(texts):
    items = pd.read_csv(HOLDOUT / "articles.csv")
    earlier = [
        path
        for folder in ("quotes", "quotes_holdout")
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 4  # articles and two extra samples of the first set, the hold-out
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert len(items) == 40 and items["doc_id"].is_unique
    assert not seen & set(items["doc_id"])
    assert items["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": 2 * n for corpus, documents, n in first_sample.STRATA
    }
    for row in items.itertuples():
        assert len(texts[row.item]) == row.length and 800 <= row.length <= 6000, row


def check_labels(folder: Path, texts: dict[str, str], name: str) -> None:
    """A labels file of a quotes hold-out points into its articles and uses the codebook's codes."""
    labels = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
    assert set(labels["item"]) == set(texts) and not labels.duplicated(KEY).any()
    for row in labels.itertuples():
        text = texts[row.item]
        assert text[int(row.start) : int(row.end)] == row.quote, row
        assert row.speaker_as_written in text, row
        if row.is_quote == "yes":
            assert row.reason == "" and row.kind in {"full", "fragment"}, row
            assert row.speaker_type in first.TYPES, row
        else:
            assert row.is_quote == "no" and row.reason in {"title", "name", "scare", "other"}, row


def check_gold(
    folder: Path,
    adjudicate,
    one_pass: dict | None = None,
    starts: dict | None = None,
    agreed: dict | None = None,
    added: dict | None = None,
) -> pd.DataFrame:
    """The gold of a quotes hold-out is pass a with the adjudicator's ``DECISIONS`` (one per
    stretch the passes differ on) applied, and the stretches only one pass has
    (``one_pass``: ``{(item, start): coder}``) taken from it; a stretch the passes start at
    different offsets (``starts``: pass a's (item, start) -> pass b's) is keyed by pass b's
    start; ``agreed`` (``{(item, start): (changes, reason)}``) corrects stretches both passes
    label alike (the twenty-third hold-out's ``AGREED_FIXES``); ``added`` lists rows neither pass
    has, copies of the row they continue with some values changed; returns the gold."""
    one_pass = one_pass or {}
    starts = starts or {}
    passes = {
        coder: pd.read_csv(folder / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    keys = zip(passes["a"]["item"], passes["a"]["start"], strict=True)
    passes["a"]["start"] = [starts.get(key, key)[1] for key in keys]
    passes = {coder: frame.set_index(KEY) for coder, frame in passes.items()}
    decisions = {starts.get(key, key): value for key, value in adjudicate.DECISIONS.items()}
    whole = pd.read_csv(folder / "labels_gold.csv", dtype=str, keep_default_na=False).set_index(KEY)
    # rows neither pass has, which the adjudicator adds (``added``: ``{(item, start): (the row
    # it continues, changes, reason)}``, the thirty-fifth hold-out's ``ADDED_ROWS``)
    added = added or {}
    gold = whole.drop(index=list(added))
    # both passes label the same stretches but those one pass alone has, in the gold's order
    shared = [key for key in gold.index if key not in one_pass]
    assert set(passes["a"].index) | set(passes["b"].index) == set(gold.index)
    assert set(passes["a"].index) & set(passes["b"].index) == set(shared)
    coded = [c for c in gold.columns if c not in ("coder", "note")]
    differ = (passes["a"].loc[shared, coded] != passes["b"].loc[shared, coded]).any(axis=1)
    assert set(differ.index[differ]) | set(one_pass) == set(decisions)
    alone = [passes[coder].loc[[key]] for key, coder in one_pass.items()]
    expected = pd.concat([passes["a"].loc[shared], *alone]).loc[gold.index]
    for key, (who, changes, _reason) in decisions.items():
        expected.loc[key] = passes[who].loc[key]
        for column, value in changes.items():
            expected.loc[key, column] = value
    for key, (changes, _reason) in (agreed or {}).items():
        assert key not in decisions and key in shared
        for column, value in changes.items():
            expected.loc[key, column] = value
    columns = [c for c in gold.columns if c != "coder"]
    pd.testing.assert_frame_equal(gold[columns], expected[columns])
    for key, (continued, changes, _reason) in added.items():
        row = gold.loc[continued, columns].copy()
        for column, value in changes.items():
            if column in row.index:  # the key's own start is the index
                row[column] = value
        pd.testing.assert_series_equal(whole.loc[key, columns], row, check_names=False)
    return whole


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    check_labels(HOLDOUT, texts, name)


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "quotes_holdout2_adjudicate")
    gold = check_gold(HOLDOUT, adjudicate)
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (325, 302)
    assert len({item for item, _ in adjudicate.DECISIONS}) == 25
    record = (HOLDOUT / "adjudication.md").read_text(encoding="utf-8")
    assert all(f"| {item} | {start} |" in record for item, start in adjudicate.DECISIONS)


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout2_agreement")
    rules = agreement.first_set
    rules.HERE = HOLDOUT
    table = rules.agreement(rules.align(rules.read("labels_a.csv"), rules.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [325, 302, 302, 302]
    assert table["agreement"].round(3).tolist() == [0.997, 0.993, 0.967, 0.974]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.976, 0.985, 0.959]
