"""Tests of ck.quotes (corpuskit.voices.quotes and .speakers)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.voices.quotes import QUOTE_COLUMNS, quotes, score_quotes
from corpuskit.voices.speakers import lexicon, parse_mention

SPEAKER_TYPES = {
    "official",
    "politician",
    "military",
    "armed_group",
    "ngo_un",
    "expert",
    "media",
    "witness_resident",
    "anonymous",
    "unknown",
}


def load_gold(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles of a labelled fixture and its gold quotes (one row per part)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    articles = pd.DataFrame(
        [{k: a.get(k) for k in ("doc_id", "outlet", "title", "text")} for a in data["articles"]]
    )
    rows = []
    for article in data["articles"]:
        for quote_id, gold in enumerate(article["gold"], start=1):
            field = gold.get("field", "text")
            source, position = article[field], 0
            for part in gold["quote"]:
                start = source.index(part, position)
                position = start + len(part)
                rows.append(
                    {
                        "doc_id": article["doc_id"],
                        "field": field,
                        "quote_id": quote_id,
                        "start": start,
                        "end": position,
                        "speaker": gold["speaker"],
                        "kind": gold["kind"],
                        "verb": gold["verb"],
                    }
                )
    return articles, pd.DataFrame(rows)


@pytest.fixture(scope="module")
def development(fixtures: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_gold(fixtures / "quotes" / "articles.yaml")


@pytest.fixture(scope="module")
def heldout(fixtures: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_gold(fixtures / "quotes" / "heldout.yaml")


@pytest.fixture(scope="module")
def heldout2(fixtures: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_gold(fixtures / "quotes" / "heldout2.yaml")


@pytest.fixture(scope="module")
def seed(seed_article: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = ck.read_articles(seed_article)
    return articles, quotes(articles)


@pytest.fixture(scope="module")
def basil() -> pd.DataFrame:
    return ck.load_dataset("basil")


def assert_offsets(articles: pd.DataFrame, found: pd.DataFrame) -> None:
    fields = {
        f: dict(zip(articles["doc_id"].astype(str), articles[f])) for f in found["field"].unique()
    }
    for row in found.itertuples():
        assert fields[row.field][row.doc_id][row.start : row.end] == row.quote


def assert_structure(articles: pd.DataFrame, found: pd.DataFrame) -> None:
    assert list(found.columns[: len(QUOTE_COLUMNS)]) == list(QUOTE_COLUMNS)
    assert set(found["kind"]) <= {"direct", "indirect"}
    assert found["reason"].isna().all()
    assert set(found["speaker_type"]) <= SPEAKER_TYPES
    assert set(found["field"]) <= {"title", "lede", "text"}
    assert (found["start"] < found["end"]).all()
    assert found["quote"].str.strip().eq(found["quote"]).all()
    parts = found.groupby(["doc_id", "quote_id"])["part"].agg(list)
    assert all(p == list(range(1, len(p) + 1)) for p in parts)
    ids = found.drop_duplicates(["doc_id", "quote_id"]).groupby("doc_id")["quote_id"].agg(list)
    assert all(q == list(range(1, len(q) + 1)) for q in ids)
    labels = ["speaker", "speaker_mention", "speaker_type", "verb", "kind", "field"]
    per_quote = found[["doc_id", "quote_id", *labels]].astype(str).drop_duplicates()
    assert not per_quote.duplicated(["doc_id", "quote_id"]).any()
    known = set(lexicon().verb_forms)
    assert found["verb"].dropna().isin(known).all()
    attributed = found["attribution_start"].notna()
    assert (
        found.loc[attributed, "attribution_start"] < found.loc[attributed, "attribution_end"]
    ).all()
    outlet = dict(zip(articles["doc_id"].astype(str), articles["outlet"]))
    assert found["outlet"].tolist() == [outlet[d] for d in found["doc_id"]]


# ---------------------------------------------------------------------- the founding article


def test_seed_every_quote_is_lavrovs(seed: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, found = seed
    assert found["speaker"].eq("Sergey Lavrov").all()
    assert found["speaker_type"].eq("official").all()
    per_quote = found.drop_duplicates("quote_id")
    assert per_quote["field"].tolist() == ["title", "lede"] + ["text"] * 9
    assert per_quote["kind"].tolist() == [
        "indirect", "indirect", "indirect", "direct", "direct", "direct",
        "indirect", "direct", "direct", "indirect", "direct",
    ]  # fmt: skip
    assert per_quote["verb"].tolist() == [
        "believes", "stresses", "said", "noted", "said", "added",
        "in his words", "added", "said", "said", "said",
    ]  # fmt: skip
    assert found.groupby("quote_id").size().tolist() == [1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 2]
    assert_offsets(articles, found)
    text = articles.loc[0, "text"]
    for row in found[found["field"] == "text"].itertuples():
        attribution = text[row.attribution_start : row.attribution_end]
        assert row.speaker_mention in attribution
        assert attribution.endswith(row.verb) or attribution.startswith(row.verb)


def test_seed_direct_quotes_cover_every_quotation_mark(
    seed: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    """Every stretch between quotation marks, found independently, is a direct quote part."""
    articles, found = seed
    text = articles.loc[0, "text"]
    marked = [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"\n]+)"', text)]
    direct = found[(found["field"] == "text") & (found["kind"] == "direct")]
    spans = list(zip(direct["start"], direct["end"]))
    assert len(marked) == len(spans) == 10
    for start, end in marked:
        assert any(start <= a and b <= end and b - a >= end - start - 1 for a, b in spans)


def test_seed_indirect_statements(seed: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, found = seed
    text = articles.loc[0, "text"]
    indirect = found[(found["field"] == "text") & (found["kind"] == "indirect")]
    first, in_words, requested = indirect.itertuples()
    assert first.start == 0 and text[first.end :].startswith(", Russian Foreign Minister")
    assert in_words.verb_lemma == "in words" and in_words.speaker_mention == "his"
    assert text[requested.end :].startswith(", Sergey Lavrov said.")


# ---------------------------------------------------------------------- evaluation on the fixtures


def test_development_fixture_scores(development: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, gold = development
    assert gold.drop_duplicates(["doc_id", "quote_id"]).shape[0] == 61
    scores = score_quotes(quotes(articles), gold)
    # measured values (docs/quotes.md); a lower value is a regression. These fixtures
    # keep speaker NA for unnamed speakers; since issue #21 ck.quotes gives the
    # description as written ("a spokesman"), as the quotes codebook says, which
    # counts as a mismatch here (50/60). Since session 6 a short fragment after an
    # attributed quote of its sentence is kept ('... said the army only targets "terrorist
    # positions"'), which this fixture does not label: 60 matched of 62 predicted.
    assert scores["n_matched"] >= 60
    assert scores["precision"] >= 60 / 62
    assert scores["recall"] >= 60 / 61
    assert scores["speaker_accuracy"] >= 50 / 60
    assert scores["verb_accuracy"] >= 60 / 60
    assert scores["kind_accuracy"] >= 60 / 60


def test_heldout_fixture_scores(heldout: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, gold = heldout
    assert gold.drop_duplicates(["doc_id", "quote_id"]).shape[0] == 23
    scores = score_quotes(quotes(articles), gold)
    # after the revision that followed the first look (17/18, 17/23, 12/17, 15/17)
    assert scores["n_matched"] >= 22
    assert scores["precision"] >= 22 / 22
    assert scores["recall"] >= 22 / 23
    assert scores["speaker_accuracy"] >= 17 / 22  # descriptions as speakers (see above)
    assert scores["verb_accuracy"] >= 21 / 22
    assert scores["kind_accuracy"] >= 22 / 22


def test_second_heldout_fixture_scores(heldout2: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, gold = heldout2
    assert gold.drop_duplicates(["doc_id", "quote_id"]).shape[0] == 20
    scores = score_quotes(quotes(articles), gold)
    # after the revision that followed the first look (13/15, 13/20, 8/13, 11/13);
    # descriptions as speakers since issue #21 (see above); the fragment filter of session 34
    # finds one fragment more, its speaker right and no verb of its own (16/17 -> 16/18)
    assert scores["n_matched"] >= 18
    assert scores["precision"] >= 18 / 18
    assert scores["recall"] >= 18 / 20
    assert scores["speaker_accuracy"] >= 12 / 18
    assert scores["verb_accuracy"] >= 16 / 18
    assert scores["kind_accuracy"] >= 17 / 17


def test_fixture_structure(development: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    articles, _ = development
    found = quotes(articles)
    assert_structure(articles, found)
    assert_offsets(articles, found)


# ---------------------------------------------------------------------- layouts


def frame(*texts: str, title: str | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "title": [title] * len(texts),
            "text": list(texts),
        }
    )


def test_split_quote_with_comma_is_one_quote_of_two_parts() -> None:
    text = (
        "Foreign Minister Ahmet Demir spoke in Ankara.\n\n"
        '"We are ready," Demir said, "but the other side is not."'
    )
    found = quotes(frame(text))
    assert found[["quote_id", "part", "quote"]].values.tolist() == [
        [1, 1, "We are ready"],
        [1, 2, "but the other side is not."],
    ]
    assert found["speaker"].eq("Ahmet Demir").all()
    assert found["verb"].eq("said").all()


def test_quote_spanning_paragraphs() -> None:
    text = (
        "“The city is surrounded,” said General Omar Tahir. “Nobody can leave.\n\n"
        "“Nobody can enter either.”"
    )
    found = quotes(frame(text))
    assert found["quote"].tolist() == [
        "The city is surrounded",
        "Nobody can leave.",
        "Nobody can enter either.",
    ]
    assert found["quote_id"].eq(1).all() and found["speaker"].eq("Omar Tahir").all()
    assert found["speaker_type"].eq("military").all()


def test_separate_attributions_are_separate_quotes() -> None:
    text = '"We attacked first," Colonel Sami Nour said. "That is a lie," Major Ali Saad replied.'
    found = quotes(frame(text))
    assert found[["quote_id", "speaker", "verb"]].values.tolist() == [
        [1, "Sami Nour", "said"],
        [2, "Ali Saad", "replied"],
    ]


def test_pronouns_follow_gender_and_recency() -> None:
    text = (
        "Mr Karim Aziz, a local councillor, met Mrs Leila Saleh, a nurse at the hospital.\n\n"
        '"The wards are full," she said. "We need fuel," he added.'
    )
    found = quotes(frame(text))
    assert found["speaker"].tolist() == ["Leila Saleh", "Karim Aziz"]


def test_role_description_needs_matching_modifiers() -> None:
    text = (
        "Russian Defence Minister Sergei Shoigu and Foreign Minister Sergey Lavrov arrived.\n\n"
        '"The operation is over," the defence minister said. "Talks start now," '
        "the top diplomat said."
    )
    found = quotes(frame(text))
    assert found["speaker"].tolist() == ["Sergei Shoigu", "Sergey Lavrov"]


def test_unnamed_speakers_are_their_description() -> None:
    text = (
        '"The shelling never stops for a moment," a resident said.\n\n'
        "Officials said the road to the city had been reopened.\n\n"
        '"We will hold our positions until the end," they said.'
    )
    found = quotes(frame(text))
    # unnamed speakers are their description as written (the quotes codebook); "they"
    # refers back to the group introduced before it (session 6)
    assert found["speaker"].tolist() == ["a resident", "Officials", "Officials"]
    assert found["speaker_type"].tolist() == ["witness_resident", "anonymous", "anonymous"]
    assert found["speaker_mention"].tolist() == ["a resident", "Officials", "they"]


def test_scare_quotes_are_not_quotes() -> None:
    text = 'The so-called "moderate opposition" controls the "safe zone" north of the city.'
    assert quotes(frame(text)).empty


def test_single_quotes_in_headline_and_colon_attribution() -> None:
    articles = frame(
        "President Bashar al-Assad spoke to state television on Sunday.",
        title="Assad: 'We will retake every inch of Syria'",
    )
    found = quotes(articles)
    row = found.iloc[0]
    assert (row["field"], row["quote"], row["speaker"]) == (
        "title",
        "We will retake every inch of Syria",
        "Bashar al-Assad",
    )
    assert pd.isna(row["verb"])
    assert quotes(articles, headlines=False).empty


def test_apostrophes_do_not_close_single_quotes() -> None:
    text = "‘We don’t know the army’s numbers yet,’ said Lieutenant Karim Haddad."
    found = quotes(frame(text))
    assert found["quote"].tolist() == ["We don’t know the army’s numbers yet"]
    assert found["speaker"].tolist() == ["Karim Haddad"]


def test_according_to_and_told_that() -> None:
    text = (
        "According to the Syrian Observatory for Human Rights, 40 people died in the raid.\n\n"
        "Colonel John Dorrian told reporters on Monday that the strike hit a weapons depot."
    )
    found = quotes(frame(text))
    assert found[["quote", "speaker", "verb", "kind"]].values.tolist() == [
        ["40 people died in the raid", "Syrian Observatory for Human Rights", "according to",
         "indirect"],
        ["the strike hit a weapons depot", "John Dorrian", "told", "indirect"],
    ]  # fmt: skip


def test_include_indirect_false_keeps_direct_quotes_only(
    development: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    articles, _ = development
    direct = quotes(articles, include_indirect=False)
    assert direct["kind"].eq("direct").all()
    everything = quotes(articles)
    key = ["doc_id", "field", "start", "end"]
    assert set(map(tuple, direct[key].values)) <= set(map(tuple, everything[key].values))


def test_speakers_mapping_sets_canonical_name_and_type() -> None:
    text = '"We will not leave Aleppo," Sergei Lavrov said. "Never," Lavrov added.'
    found = quotes(
        frame(text), speakers={"Sergey Lavrov": {"aliases": ["Sergei Lavrov"], "type": "official"}}
    )
    assert found["speaker"].tolist() == ["Sergey Lavrov", "Sergey Lavrov"]
    assert found["speaker_type"].tolist() == ["official", "official"]


def test_reporting_verb_lemma_and_group() -> None:
    text = '"The hospital was a command centre," the ministry claimed.'
    row = quotes(frame(text)).iloc[0]
    assert (row["verb"], row["verb_lemma"], row["verb_group"]) == ("claimed", "claim", "distancing")


def test_parse_mention_splits_title_and_name() -> None:
    mention = parse_mention("Syria's U.N. Ambassador Bashar Jaafari told the council")
    assert (mention.kind, mention.name) == ("name", "Bashar Jaafari")
    assert mention.roles == ["syria", "u.n.", "ambassador"]
    assert parse_mention("a local resident said").kind == "indefinite"
    assert parse_mention("Residents said").kind == "group"
    assert parse_mention("he said").kind == "pronoun"
    assert parse_mention("said the") is None


def test_errors_name_the_problem() -> None:
    with pytest.raises(ValueError, match="articles= must be"):
        quotes(["a text"])
    with pytest.raises(ValueError, match="no column 'body'"):
        quotes(frame("x"), text_column="body")
    with pytest.raises(ValueError, match="repeated"):
        quotes(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}))
    with pytest.raises(ValueError, match="min_overlap="):
        score_quotes(quotes(frame("x")), quotes(frame("x")), min_overlap=0)


def test_score_quotes_counts_overlap_of_the_longer_span() -> None:
    gold = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "field": ["text", "text"],
            "quote_id": [1, 2],
            "start": [0, 50],
            "end": [20, 60],
            "speaker": ["X", None],
            "kind": ["direct", "indirect"],
            "verb": ["said", "said"],
        }
    )
    predicted = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a"],
            "field": ["text", "text", "text"],
            "quote_id": [1, 2, 3],
            "start": [0, 48, 80],
            "end": [12, 70, 90],
            "speaker": ["X", "Y", None],
            "kind": ["direct", "indirect", "direct"],
            "verb": ["said", "said", None],
        }
    )
    scores = score_quotes(predicted, gold)
    # quote 1: 12/20 = 0.6 overlap (match); quote 2: 10/22 < 0.5 (no match)
    assert scores[["n_gold", "n_predicted", "n_matched"]].tolist() == [2, 3, 1]
    assert scores["precision"] == pytest.approx(1 / 3)
    assert scores["recall"] == pytest.approx(1 / 2)
    assert scores["speaker_accuracy"] == 1.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "‘",
                "’",
                "'",
                " said ",
                " he ",
                "Lavrov",
                ", ",
                ". ",
                "\n\n",
                "according to ",
                "the minister ",
                "We won",
                " that ",
                "A",
            ]
        ),
        max_size=40,
    )
)
def test_offsets_hold_for_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    articles = frame(text, title=text)
    found = quotes(articles)
    assert_offsets(articles, found)


# ---------------------------------------------------------------------- real corpora


def test_fakes_smoke(fakes: pd.DataFrame) -> None:
    articles = fakes.iloc[:200].copy()
    found = quotes(articles)
    assert_structure(articles, found)
    assert_offsets(articles, found)
    assert found["doc_id"].nunique() > 100
    assert found["kind"].value_counts().min() > 100
    assert found["speaker"].notna().mean() > 0.5


def test_basil_smoke(basil: pd.DataFrame) -> None:
    articles = basil.iloc[:120]
    found = quotes(articles)
    assert_structure(articles, found)
    assert_offsets(articles, found)
    assert found["doc_id"].nunique() > 100
    assert (found["kind"] == "direct").mean() > 0.6
    assert found["speaker"].notna().mean() > 0.6


def test_n_jobs_gives_the_same_table(basil: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    # the module, not the ``quotes`` function that shadows its package on corpuskit.voices
    table = importlib.import_module("corpuskit.voices.quotes.table")

    articles = basil.iloc[:120].reset_index(drop=True)
    alone = quotes(articles, n_jobs=1)
    # force two workers on a corpus under the size threshold, so the forked path runs (each
    # worker's part is smaller, so it runs in-process)
    monkeypatch.setattr(table, "workers", lambda n_jobs, n_docs: 2 if n_docs == 120 else 1)
    assert quotes(articles, n_jobs=2).equals(alone)
    assert quotes(articles, n_jobs=2, include_excluded=True).equals(
        quotes(articles, n_jobs=1, include_excluded=True)
    )


def test_n_jobs_must_be_a_non_zero_integer() -> None:
    with pytest.raises(ValueError, match="n_jobs"):
        quotes(frame('"Yes," he said.'), n_jobs=0)
