"""Tests of the bundled lexicons: they load, are documented, and behave plausibly on FA-KES."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from corpuskit.lexicons.bundled import lexicon, lexicon_path, list_lexicons
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import compile_dictionary, lookup

NAMES = [
    "actor_naming",
    "actor_naming_ru",
    "actors",
    "generic_frames",
    "humanitarian",
    "humanitarian_ru",
    "military_legitimacy",
    "military_legitimacy_ru",
]


# ---------------------------------------------------------------------- structure


def test_list_lexicons() -> None:
    table = list_lexicons()
    assert table["name"].tolist() == NAMES
    assert list(table.columns) == [
        "name",
        "version",
        "n_categories",
        "n_entries",
        "description",
        "references",
    ]
    # actors 1.0.1 added spellings of Jaish al-Fatah, 1.0.2 three names of an Islamic State
    # member (Junaid Hussain); the others are as first released
    versions = dict(zip(table["name"], table["version"]))
    assert versions.pop("actors") == "1.0.2"
    assert set(versions.values()) == {"1.0.0"}
    for row in table.itertuples():
        d = lexicon(row.name)
        assert (row.n_categories, row.n_entries) == (len(d), d.n_entries)


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_is_complete_and_documented(name: str, tmp_path: Path) -> None:
    d = lexicon(name)
    assert d.name == name
    assert d.references and d.description and d.licence
    assert not d.case_sensitive
    for category in d.categories:
        assert len(d.entries(category)) > 0, category
        assert d.descriptions.get(category), category
    compile_dictionary(d)  # every entry gives tokens under the default rule
    assert Dictionary.from_yaml(d.to_yaml(tmp_path / f"{name}.yaml")) == d


def test_generic_frames_categories_and_caveat() -> None:
    assert lexicon("generic_frames").categories == [
        "conflict",
        "human_interest",
        "responsibility",
        "morality",
        "economic",
    ]
    header = lexicon_path("generic_frames").read_text(encoding="utf-8")
    assert "Semetko, H. A. & Valkenburg, P. M. (2000)" in header
    assert "question-based coding scheme" in header
    assert "lexical approximation" in header


def test_category_sets() -> None:
    assert lexicon("humanitarian").categories == [
        "casualties",
        "displacement",
        "aid",
        "suffering",
        "medical",
    ]
    assert set(lexicon("military_legitimacy").categories) >= {
        "liberation",
        "siege",
        "offensive",
        "terrorism",
        "legality",
        "humanitarian_corridor",
        "evacuation",
        "ceasefire",
    }
    assert lexicon("actor_naming").levels(1).categories == [
        "opposition",
        "government",
        "coalition",
        "russia",
        "isis",
        "army",
    ]


def test_unknown_lexicon() -> None:
    with pytest.raises(ValueError, match=r"name= must be one of the bundled lexicons \['actor"):
        lexicon("liwc")


def test_bundled_entries_on_hand_written_text() -> None:
    text = (
        "Moscow stands for the liberation of Mosul, while the siege of Aleppo goes on. "
        "Syrian government forces and the Syrian Arab Army shelled rebel-held areas; "
        "the regime blamed terrorists, the moderate opposition blamed Russia's warplanes "
        "and the US-led coalition. Daesh, ISIS and the so-called Islamic State lost ground."
    )
    military = lookup([text], lexicon("military_legitimacy"))
    assert military[["liberation", "siege", "offensive"]].to_numpy().tolist() == [[1, 1, 1]]
    naming = lookup([text], lexicon("actor_naming"))
    expected = {
        "opposition/rebels": 1,
        "opposition/terrorists": 1,
        "opposition/opposition": 0,
        "opposition/moderate_opposition": 1,
        "government/government": 0,
        "government/regime": 1,
        "army/government_forces": 1,
        "army/syrian_army": 1,
        "coalition/us_led_coalition": 1,
        "russia/russian_airstrikes": 1,
        "isis/daesh": 1,
        "isis/isis": 1,
        "isis/islamic_state": 1,
    }
    assert naming[list(expected)].iloc[0].to_dict() == expected


# ---------------------------------------------------------------------- FA-KES


@pytest.fixture(scope="module")
def fakes(data_dir: Path) -> pd.DataFrame:
    # The file is documented as cp1252 but holds bytes cp1252 leaves undefined
    # (0x81), so it is read as latin-1. unit_id repeats for a few rows.
    frame = pd.read_csv(data_dir / "fakes" / "fakes.csv", encoding="latin-1")
    frame["doc_id"] = (
        frame["unit_id"].astype(str) + "-" + frame.groupby("unit_id").cumcount().astype(str)
    )
    frame["aleppo"] = frame["article_content"].str.contains("aleppo", case=False)
    return frame


@pytest.fixture(scope="module")
def military(fakes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    return lookup(
        fakes, lexicon("military_legitimacy"), text_column="article_content", return_matches=True
    )


@pytest.fixture(scope="module")
def naming(fakes: pd.DataFrame) -> pd.DataFrame:
    scores = lookup(fakes, lexicon("actor_naming"), text_column="article_content")
    return scores.groupby("source").sum(numeric_only=True)


def _rate(totals: pd.DataFrame, column: str) -> pd.Series:
    return totals[column] / totals["n_tokens"] * 10_000


def test_fakes_scores_are_aligned_and_auditable(
    fakes: pd.DataFrame, military: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    scores, matches = military
    assert len(scores) == 804
    assert scores["doc_id"].tolist() == fakes["doc_id"].tolist()
    assert scores["source"].tolist() == fakes["source"].tolist()
    text = dict(zip(fakes["doc_id"], fakes["article_content"]))
    assert all(
        text[d][s:e] == m for d, s, e, m in matches[["doc_id", "start", "end", "match"]].to_numpy()
    )
    per_category = matches.groupby("category").size()
    categories = lexicon("military_legitimacy").categories
    assert (scores[categories].sum() == per_category.reindex(categories, fill_value=0)).all()


def test_fakes_siege_and_evacuation_fire_in_aleppo_articles(
    military: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    scores, _ = military
    totals = scores.groupby("aleppo").sum(numeric_only=True)
    siege, evacuation = _rate(totals, "siege"), _rate(totals, "evacuation")
    # verified: 240 siege matches in Aleppo articles against 118 elsewhere, on a
    # similar number of tokens; evacuation 121 against 13
    assert siege[True] > 1.5 * siege[False]
    assert evacuation[True] > 5 * evacuation[False]
    aleppo = scores[scores["aleppo"]]
    assert (aleppo["siege"] > 0).mean() > 0.2


def test_fakes_sputnik_speaks_of_liberation(
    military: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    scores, _ = military
    totals = scores.groupby("source").sum(numeric_only=True)
    sputnik = totals.loc["sputnik"]
    others = totals.drop(index="sputnik").sum()
    # verified: 26 of the 58 liberation matches are in Sputnik's 53 articles
    assert sputnik["liberation"] / sputnik["n_tokens"] > 5 * (
        others["liberation"] / others["n_tokens"]
    )


def test_fakes_outlets_differ_in_naming_the_armed_opposition(naming: pd.DataFrame) -> None:
    rebels, terrorists = naming["opposition/rebels"], naming["opposition/terrorists"]
    # verified: SANA 0 rebels / 401 terrorists, Al-Manar 4 / 540, Al-Alam 31 / 323;
    # Reuters 75 rebels / 2 terrorists, Ahram 379 / 27, Al-Araby 260 / 15
    for outlet in ["sana", "manar", "alalam"]:
        assert terrorists[outlet] > 10 * rebels[outlet], outlet
    for outlet in ["reuters", "ahram", "alaraby"]:
        assert rebels[outlet] > 10 * terrorists[outlet], outlet


def test_fakes_outlets_differ_in_naming_government_and_isis(naming: pd.DataFrame) -> None:
    regime, government = naming["government/regime"], naming["government/government"]
    # verified: the opposition's Etilaf 153 "regime" / 6 "government"; TRT 132 / 30
    assert regime["etilaf"] > 10 * government["etilaf"]
    assert regime["trt"] > 3 * government["trt"]
    assert government["reuters"] > 3 * regime["reuters"]
    daesh, islamic_state = naming["isis/daesh"], naming["isis/islamic_state"]
    # verified: Reuters 88 "Islamic State" / 0 "Daesh"; Sputnik 25 / 157
    assert daesh["reuters"] == 0 and islamic_state["reuters"] > 50
    assert daesh["sputnik"] > 5 * islamic_state["sputnik"]


def test_fakes_casualty_reports_use_casualty_words(fakes: pd.DataFrame) -> None:
    # FA-KES was built from reports of deaths (checked against the VDC database):
    # verified, 99 % of articles hold a casualty word, a quarter a displacement word
    scores = lookup(fakes, lexicon("humanitarian"), text_column="article_content")
    share = (scores[lexicon("humanitarian").categories] > 0).mean()
    assert share["casualties"] > 0.95
    assert share.drop("casualties").max() < 0.5
