"""Naming referents: whom each naming hit names, the audit table, and naming's counts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from corpuskit.framing.naming import naming
from corpuskit.framing.referents import HIT_COLUMNS, naming_hits, resolve_hit
from corpuskit.lexicons.dictionary import Dictionary

DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "naming"


def resolve(sentence: str, hit: str) -> tuple[str, str, str, str]:
    start = sentence.index(hit)
    return tuple(resolve_hit(sentence, start, start + len(hit)))


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        ("ISIS militants took Ramadi.", "militants", ("isis", "person", "name", "ISIS")),
        (
            "Fighters of the self-proclaimed Islamic State fled.",
            "Fighters",
            ("isis", "person", "postmodifier", "Islamic State"),
        ),
        (
            "The strikes slowed ISIL and killed hundreds of their fighters.",
            "fighters",
            ("isis", "person", "possessive", "ISIL"),
        ),
        (
            "Two civilians were hurt in a terrorist attack in Homs.",
            "terrorist",
            ("unknown", "event_adjective", "default", ""),
        ),
        (
            "The bill met opposition from senators.",
            "opposition",
            ("none", "", "not_actor", "opposition"),
        ),
        (
            "Congress may authorise force against ISIL and other terrorist groups.",
            "terrorist groups",
            ("unknown", "person", "other_groups", "other"),
        ),
        (
            "Syrian rebel forces advanced into the district.",
            "rebel",
            ("rebels", "person", "default", ""),
        ),
        ("Yemeni rebels attacked a pipeline.", "rebels", ("other", "person", "name", "Yemeni")),
        (
            "Government forces retook eastern Mosul on Tuesday.",
            "Government forces",
            ("iraq_gov", "person", "sentence_actor", "Mosul"),
        ),
        ("Shelling by the regime killed five.", "regime", ("syria_gov", "person", "default", "")),
        (
            "Canadian authorities said the man was radicalised.",
            "authorities",
            ("western_other", "person", "name", "Canadian"),
        ),
        (
            "Kurdish forces said 20 militants died, the YPG said.",
            "militants",
            ("kurdish", "person", "sentence_actor", "Kurdish forces"),
        ),
    ],
)
def test_resolve_hit(sentence, hit, expected):
    assert resolve(sentence, hit) == expected


def test_resolve_hit_rejects_a_bad_span():
    with pytest.raises(ValueError, match="start= and end="):
        resolve_hit("Rebels.", 3, 3)


def test_naming_hits_is_an_audit_table():
    labels = Dictionary({"militants": ["militant*"], "rebels": ["rebel*"]})
    texts = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": ["No names here.", "Rebels fled. ISIS militants came."]}
    )
    table = naming_hits(texts, labels)
    assert list(table.columns) == list(HIT_COLUMNS)
    assert table[["doc_id", "sentence", "start", "end", "label", "referent"]].values.tolist() == [
        ["b", 0, 0, 6, "rebels", "rebels"],
        ["b", 1, 18, 27, "militants", "isis"],
    ]
    text = texts["text"].iloc[1]
    assert [text[s:e] for s, e in zip(table["sentence_start"], table["sentence_end"])] == [
        "Rebels fled.",
        "ISIS militants came.",
    ]


@pytest.fixture(scope="module")
def articles():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "side": ["x", "x", "y"],
            "text": [
                "ISIS militants shelled the town. Rebels held the hill.",
                "Militants attacked. A terrorist attack killed two.",
                "Terrorists shelled the city. The opposition to the plan grew.",
            ],
        }
    )


def test_naming_counts_only_the_armed_opposition(articles):
    result = naming(articles, by="side", n_boot=10, n_perm=10)
    counts = result.counts.set_index("doc_id")[["rebels", "militants", "terrorists"]]
    assert counts.values.tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    hits = result.hits
    assert hits[["doc_id", "hit", "referent", "use", "counted"]].values.tolist() == [
        ["a", "militants", "isis", "person", False],
        ["a", "Rebels", "rebels", "person", True],
        ["b", "Militants", "unknown", "person", True],
        ["b", "terrorist", "unknown", "event_adjective", False],
        ["c", "Terrorists", "unknown", "person", True],
        ["c", "opposition", "none", "", False],
    ]


def test_naming_use_and_actors_options(articles):
    every = naming(articles, use="all", actors=["isis", "rebels", "unknown"], n_boot=10)
    assert every.shares.set_index("label").loc[
        ["rebels", "militants", "terrorists"], "count"
    ].tolist() == [1, 2, 2]
    events = naming(articles, use="event_adjective", n_boot=10)
    assert events.shares.set_index("label")["count"].sum() == 1
    with pytest.raises(ValueError, match="use= must be one of"):
        naming(articles, use="adjective")


def test_devset_files_and_tuning_score():
    """The labelled set: 252 hits split by sha1(doc_id); the tuning half scores 129/130 on gold
    (130/130 with the rules of sessions 5 to 27; session 28's rule for a country outside the
    codes reads "militants ... plans to 'conquer Rome'" as other)."""
    import hashlib
    import sys

    hits = pd.read_csv(DEVSET / "hits.csv")
    labels = pd.read_csv(DEVSET / "labels_gold.csv", keep_default_na=False)
    assert len(hits) == 252 and labels["item"].tolist() == hits["item"].tolist()
    parity = hits["doc_id"].map(lambda d: hashlib.sha1(d.encode()).digest()[0] % 2)
    assert (hits["half"] == parity.map({0: "tuning", 1: "test"})).all()
    assert hits["half"].value_counts().to_dict() == {"tuning": 130, "test": 122}
    sys.path.insert(0, str(DEVSET))
    try:
        from evaluate import scored
    finally:
        sys.path.remove(str(DEVSET))
    tuning = scored("tuning")
    assert int((tuning["predicted"] == tuning["referent"]).sum()) == 128


REFERENT_CODES = {
    "russia",
    "syria_gov",
    "iran",
    "hezbollah",
    "us",
    "us_coalition",
    "western_other",
    "iraq_gov",
    "pmf",
    "kurdish",
    "isis",
    "nusra_hts",
    "rebels",
    "turkey",
    "israel",
    "other",
    "unknown",
    "none",
}


def test_devset_passes_and_gold_agree_with_codebook_and_readme():
    """a, b and gold cover the same 252 items with codebook codes; alpha stays 0.949."""
    import re
    import sys

    codebook = (DEVSET / "CODEBOOK.md").read_text()
    assert all(re.search(rf"\b{code}\b", codebook) for code in REFERENT_CODES)
    items = pd.read_csv(DEVSET / "hits.csv")["item"].tolist()
    for name, coder in (("labels_a.csv", "a"), ("labels_b.csv", "b"), ("labels_gold.csv", "gold")):
        labels = pd.read_csv(DEVSET / name, dtype=str, keep_default_na=False)
        assert labels["item"].tolist() == items, name
        assert set(labels["coder"]) == {coder}, name
        assert set(labels["referent"]) <= REFERENT_CODES, name
        is_none = labels["referent"] == "none"
        assert (labels.loc[is_none, "use"] == "").all(), name
        assert labels.loc[~is_none, "use"].isin(["person", "event_adjective"]).all(), name
    sys.path.insert(0, str(DEVSET))
    try:
        from agreement import referent_alpha
    finally:
        sys.path.remove(str(DEVSET))
    alpha = round(referent_alpha(), 3)
    assert alpha == 0.949
    assert f"**{alpha:.3f}**" in (DEVSET / "README.md").read_text()


def test_resolve_hit_takes_text():
    sentence = "Two civilians were hurt in a terrorist attack."
    with pytest.warns(FutureWarning, match="sentence= is deprecated.*use text= instead"):
        assert resolve_hit(sentence=sentence, start=29, end=38) == resolve_hit(sentence, 29, 38)


def test_article_context_labels_are_as_published():
    folder = Path(__file__).resolve().parents[1] / "devsets" / "naming" / "article_context"
    test_items = set(pd.read_csv(folder.parent / "hits.csv").query("half == 'test'")["item"])
    passes = [
        pd.read_csv(folder / f"labels_{c}.csv", dtype=str, keep_default_na=False) for c in "ab"
    ]
    gold = pd.read_csv(folder / "labels_gold.csv", dtype=str, keep_default_na=False)
    for labels in (*passes, gold):
        assert set(labels["item"]) == test_items and labels["item"].is_unique
        assert set(labels["basis"]) == {"sentence", "article"}
    both = passes[0].merge(passes[1], on="item")
    assert both.loc[both["referent_x"] != both["referent_y"], "item"].tolist() == ["n0067"]
    assert gold["referent"].tolist() == passes[0]["referent"].tolist()


def test_government_before_spending_or_programs_is_an_adjective_of_them():
    from corpuskit.framing.referents.defaults import hit_use

    sentence = "Republicans voted to slash all government spending and government programs."
    for word in ("spending", "programs"):
        end = sentence.index(f"government {word}") + len("government")
        assert hit_use(sentence, end, "government") == "event_adjective"
    # a government that acts stays a person label
    acting = "The government said it would cut spending."
    assert hit_use(acting, acting.index("government") + 10, "government") == "person"
