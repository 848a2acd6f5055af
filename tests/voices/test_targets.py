"""Tests of ck.Targets and ck.mentions (corpuskit.voices.targets)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.targets import MENTION_COLUMNS, Targets, located_mentions, mentions

DEFAULT_TARGETS = [
    "russia",
    "usa",
    "us_led_coalition",
    "syrian_government",
    "iraqi_government",
    "isis",
    "armed_opposition",
    "un",
    "turkey",
    "iran",
    "civilians",
]


def frame(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "outlet": [f"outlet{i}" for i in range(len(texts))],
            "title": ["headline"] * len(texts),
            "text": list(texts),
        }
    )


def pairs(found: pd.DataFrame) -> list[list[str]]:
    return found[["target", "match"]].values.tolist()


def test_bundled_targets() -> None:
    targets = Targets.default()
    assert targets.names == DEFAULT_TARGETS
    assert {"Russian", "Moscow", "Putin"} <= set(targets.aliases("russia"))
    assert {"American", "Washington"} <= set(targets.aliases("usa"))
    assert {"Damascus", "Assad"} <= set(targets.aliases("syrian_government"))
    table = targets.to_frame()
    assert list(table.columns) == ["target", "alias", "exact"]
    assert table.set_index("alias").loc["US", "exact"]
    assert not table.set_index("alias").loc["Russian", "exact"]


def test_longest_match_first_across_targets() -> None:
    found = mentions(
        frame(
            "The US-led coalition and the U.S. military met Syrian government forces "
            "and the Syrian National Coalition."
        )
    )
    assert pairs(found) == [
        ["us_led_coalition", "US-led coalition"],
        ["usa", "U.S. military"],
        ["syrian_government", "Syrian government forces"],
        ["armed_opposition", "Syrian National Coalition"],
    ]


def test_acronyms_match_only_in_capitals() -> None:
    found = mentions(frame("They told us it is over. IS fighters left; the US and UN stayed."))
    assert pairs(found) == [["isis", "IS fighters"], ["usa", "US"], ["un", "UN"]]


def test_other_aliases_match_in_any_usual_case() -> None:
    found = mentions(frame("RUSSIAN jets hit Aleppo. The coalition said russian-backed forces."))
    assert pairs(found) == [
        ["russia", "RUSSIAN"],
        ["us_led_coalition", "The coalition"],
        ["russia", "russian-backed"],
    ]
    assert found["alias"].tolist() == ["Russian", "the coalition", "Russian-*"]


def test_mentions_rows_offsets_and_docvars(seed_article: Path) -> None:
    articles = ck.read_articles(seed_article)
    found = mentions(articles)
    assert list(found.columns[: len(MENTION_COLUMNS)]) == list(MENTION_COLUMNS)
    text = articles.loc[0, "text"]
    assert all(text[s:e] == m for s, e, m in zip(found["start"], found["end"], found["match"]))
    first = found[found["sentence"] == 0]
    assert first["target"].tolist() == ["russia", "us_led_coalition", "russia", "russia"]
    assert first["alias"].tolist() == ["Moscow", "US-led coalition", "Russian", "Sergey Lavrov"]
    assert found["outlet"].eq("TASS").all()
    assert "title" not in found.columns and "text" not in found.columns
    assert found["target"].value_counts()["russia"] == 11


def test_unit_document_has_no_sentence() -> None:
    found = mentions(frame("Moscow spoke. Ankara replied."), unit="document")
    assert found["sentence"].isna().all() and str(found["sentence"].dtype) == "Int64"
    assert pairs(found) == [["russia", "Moscow"], ["turkey", "Ankara"]]


def test_user_targets_from_mapping_and_yaml(tmp_path: Path) -> None:
    custom = {"hospitals": ["hospital*", "clinic"], "schools": {"aliases": ["school"]}}
    found = mentions(frame("The clinic and two hospitals near a school."), targets=custom)
    assert pairs(found) == [
        ["hospitals", "clinic"],
        ["hospitals", "hospitals"],
        ["schools", "school"],
    ]
    path = tmp_path / "targets.yaml"
    path.write_text("targets:\n  aid: [convoy, aid]\n", encoding="utf-8")
    assert pairs(mentions(frame("The aid convoy."), targets=path)) == [
        ["aid", "aid"],
        ["aid", "convoy"],
    ]


def test_errors_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="target 'x' needs"):
        Targets({"x": []})
    with pytest.raises(ValueError, match="non-empty strings"):
        Targets({"x": ["ok", ""]})
    bad = tmp_path / "bad.yaml"
    bad.write_text("aliases: [a]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml"):
        Targets.from_yaml(bad)
    with pytest.raises(ValueError, match="unit="):
        mentions(frame("x"), unit="paragraph")
    with pytest.raises(ValueError, match="targets="):
        mentions(frame("x"), targets=3)
    with pytest.raises(KeyError, match="unknown target"):
        Targets.default().aliases("nato")


def test_fakes_mentions_offsets(fakes: pd.DataFrame) -> None:
    articles = fakes.iloc[:150]
    found = mentions(articles)
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"]))
    assert all(texts[d][s:e] == m for d, s, e, m in
               zip(found["doc_id"], found["start"], found["end"], found["match"]))  # fmt: skip
    assert set(found["target"]) <= set(DEFAULT_TARGETS)
    assert {"syrian_government", "armed_opposition", "civilians", "russia"} <= set(found["target"])
    outlet = dict(zip(articles["doc_id"].astype(str), articles["outlet"]))
    assert found["outlet"].tolist() == [outlet[d] for d in found["doc_id"]]


def test_located_mentions_gives_the_sentences_they_were_found_in(fakes: pd.DataFrame) -> None:
    articles = fakes.iloc[:80]
    found, split = located_mentions(articles)
    expected = ck.sentences(articles)[["doc_id", "sentence", "start", "end", "text"]]
    pd.testing.assert_frame_equal(split, expected)
    # every mention lies inside the sentence its row names
    keyed = split.set_index(["doc_id", "sentence"])
    bounds = keyed.loc[list(zip(found["doc_id"], found["sentence"].astype(int)))]
    assert (bounds["start"].to_numpy() <= found["start"].to_numpy()).all()
    assert (found["end"].to_numpy() <= bounds["end"].to_numpy()).all()
    assert located_mentions(articles, unit="document")[1] is None


def test_repeated_doc_ids_are_named() -> None:
    articles = frame("Moscow spoke.", "Ankara replied.").assign(doc_id=["x", "x"])
    with pytest.raises(ValueError, match=r"repeated: \['x'\]"):
        mentions(articles)


def test_bad_articles_are_named_by_mentions_and_windows():
    from corpuskit.voices.windows import windows

    missing_id = pd.DataFrame({"doc_id": ["a", None], "text": ["Moscow spoke.", "Russia."]})
    no_id = pd.DataFrame({"text": ["Moscow spoke."]})
    number = pd.DataFrame({"doc_id": ["a"], "body": [5]})
    for find in (mentions, windows):
        with pytest.raises(ValueError, match="missing doc_id in row 1"):
            find(missing_id)
        with pytest.raises(ValueError, match="no column 'doc_id'"):
            find(no_id)
        with pytest.raises(ValueError, match="'body' of row 0 must be a string, got int"):
            find(number, text_column="body")
    with pytest.raises(ValueError, match="unit="):
        located_mentions(frame("Moscow."), unit="sentences")
    # a missing text is an empty one
    assert mentions(pd.DataFrame({"doc_id": ["a"], "text": [None]})).empty
