"""Agency of casualty reporting: ck.agency, agency_summary, evaluate_agency."""

from __future__ import annotations

import csv
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

from corpuskit.framing.agency import CLAUSE_COLUMNS, agency_summary, evaluate_agency
from corpuskit.framing.agency_rules import CONSTRUCTIONS, find_clauses, load_verbs, parse_count
from corpuskit.lexicons.dictionary import Dictionary

GOLD_COLUMNS = [
    "split",
    "sentence",
    "has_casualty_clause",
    "construction",
    "agent",
    "agent_type",
    "victim",
]

# Measured on tests/fixtures/agency/sentences.tsv (docs/agency.md). "dev" sentences were
# written while the first rules were developed; "heldout" ones afterwards. The fixture
# counts attacks on places ("jets bombed the hospital"), negations and deaths from hunger or
# cholera as clauses; since issue #16 agency() returns casualty reports only, so those
# sentences now count as misses (the values below were lowered deliberately: the casualty
# development set in tests/devsets/casualty/ is the reference, see framing/test_agency_casualty.py).
MEASURED = {
    "dev": {
        ("detection", "precision"): 56 / 58,
        ("detection", "recall"): 56 / 75,
        ("construction", "accuracy"): 56 / 75,
        ("agent", "exact"): 58 / 75,
        ("victim", "exact"): 54 / 75,
        ("agent_type", "accuracy"): 59 / 75,
    },
    "heldout": {
        ("detection", "precision"): 34 / 35,
        # 34 -> 33 and 33 -> 32 with unstated_cause: "The boy succumbed to his injuries in
        # a Turkish hospital" states no violence (the casualty codebook's rule)
        ("detection", "recall"): 33 / 42,
        ("construction", "accuracy"): 32 / 42,
        ("agent", "exact"): 34 / 42,
        ("victim", "exact"): 30 / 42,
        ("agent_type", "accuracy"): 34 / 42,
    },
}
MARGIN = 0.02


@pytest.fixture(scope="module")
def gold(fixtures) -> pd.DataFrame:
    path = fixtures / "agency" / "sentences.tsv"
    table = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)
    return table.replace("", None)


def _rows(table: pd.DataFrame, columns=("construction", "agent", "agent_type", "victim")):
    return (
        table[list(columns)]
        .astype(object)
        .where(table[list(columns)].notna(), None)
        .values.tolist()
    )


# --------------------------------------------------------------------------- the fixture


def test_fixture_is_well_formed(gold):
    assert list(gold.columns) == GOLD_COLUMNS
    assert len(gold) >= 60
    assert set(gold["split"]) == {"dev", "heldout"}
    assert set(gold["has_casualty_clause"]) == {"true", "false"}
    assert set(gold["construction"]) == {*CONSTRUCTIONS, "none"}
    negative = gold["has_casualty_clause"] == "false"
    assert (gold.loc[negative, "construction"] == "none").all()
    assert gold.loc[negative, ["agent", "agent_type", "victim"]].isna().all().all()
    assert set(gold["agent_type"].dropna()) == {"actor", "means"}
    assert (gold["agent"].notna() == gold["agent_type"].notna()).all()
    assert not gold["sentence"].duplicated().any()


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_measured_accuracy_on_fixture_does_not_regress(gold, split):
    part = gold[gold["split"] == split].reset_index(drop=True)
    predicted = agency(part["sentence"].tolist(), unit="document")
    scores = evaluate_agency(predicted, part).set_index(["task", "metric"])["value"]
    for key, measured in MEASURED[split].items():
        assert scores[key] >= measured - MARGIN, (split, key, scores[key])


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coalition strikes killed 200 civilians.",
            ["active", "Coalition strikes", "means", "200 civilians"],
        ),
        (
            "200 civilians were killed by coalition strikes.",
            ["passive_agent", "coalition strikes", "means", "200 civilians"],
        ),
        ("200 civilians were killed.", ["passive_agentless", None, None, "200 civilians"]),
        ("Civilians died.", ["intransitive", None, None, "Civilians"]),
        ("The deaths of civilians were condemned.", ["nominal", None, None, "civilians"]),
        (
            "At least 20 killed in air strike on Idlib",
            ["passive_agentless", None, None, "At least 20"],
        ),
        (
            "Syria: 12 civilians killed by regime shelling",
            ["passive_agent", "regime shelling", "means", "12 civilians"],
        ),
        (
            "Rebels said government forces killed 15 civilians, including four children.",
            ["active", "government forces", "actor", "15 civilians"],
        ),
        (
            "Dozens of civilians were reportedly killed on Sunday by Russian jets.",
            ["passive_agent", "Russian jets", "actor", "Dozens of civilians"],
        ),
        (
            "The strike that killed 12 children was condemned.",
            ["active", "The strike", "means", "12 children"],
        ),
        (
            "Three members of one family died of their wounds.",
            ["intransitive", None, None, "Three members of one family"],
        ),
        ("The wounded were taken to hospital.", ["nominal", None, None, None]),
        ("The death toll rose to 45, monitors said.", ["nominal", None, None, "45"]),
        (
            "The killing of civilians by pro-government militias must stop.",
            ["nominal", "pro-government militias", "actor", "civilians"],
        ),
    ],
)
def test_canonical_framings(text, expected):
    assert _rows(agency(text, unit="document")) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Senate killed the bill on Tuesday.",
        "Ankara and Moscow struck a deal on Idlib.",
        "Oil exports hit a record in March.",
        "The minister hit back at critics.",
        "He faces the death penalty.",
        "Talks resumed in Geneva.",
    ],
)
def test_non_violence_uses_do_not_match(text):
    assert agency(text).empty


def test_coordination_relative_clause_and_participle_inherit_the_agent():
    text = "Jets bombed the town and killed 12 people. The strike that killed 3 boys hit a school."
    table = agency(text, include_excluded=True)
    assert _rows(table, ["verb", "construction", "agent", "victim", "reason"]) == [
        ["bombed", "active", "Jets", "the town", "attack_no_casualty"],
        ["killed", "active", "Jets", "12 people", None],
        ["killed", "active", "The strike", "3 boys", None],
        ["hit", "active", "The strike", "a school", "attack_no_casualty"],
    ]
    assert agency(text)["verb"].tolist() == ["killed", "killed"]
    participle = agency("An air strike hit a market, killing 12 civilians.", include_excluded=True)
    assert participle["agent"].tolist() == ["An air strike", "An air strike"]


def test_negation_is_flagged_and_excluded():
    text = "Regime forces did not kill any civilians. Jets never killed anyone at the hospital."
    table = agency(text, include_excluded=True)
    assert table["negated"].tolist() == [True, True]
    assert table["reason"].tolist() == ["negation", "negation"]
    assert table["construction"].tolist() == ["active", "active"]
    assert agency(text).empty
    assert not agency("Jets killed 12 people.")["negated"].any()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("at least 1,200 civilians", (1200.0, "at_least")),
        ("more than 80 people", (80.0, "more_than")),
        ("up to 30", (30.0, "up_to")),
        ("nearly 40 children", (40.0, "about")),
        ("twelve people", (12.0, "exact")),
        ("dozens of civilians", (np.nan, "vague")),
        ("the hospital", (np.nan, None)),
    ],
)
def test_parse_count(words, expected):
    count, qualifier = parse_count(words.split())
    assert qualifier == expected[1]
    assert count == expected[0] or (np.isnan(count) and np.isnan(expected[0]))


def test_victim_count_columns():
    table = agency("At least 20 were killed. Dozens died. Their relatives were killed.")
    assert table["victim_count"].tolist()[0] == 20.0
    assert np.isnan(table["victim_count"].tolist()[1])
    assert table["count_qualifier"].tolist()[:2] == ["at_least", "vague"]
    assert table["count_qualifier"].isna().tolist() == [False, False, True]


# --------------------------------------------------------------------------- the table


def test_offsets_docvars_and_columns():
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["sana", "trt"],
            "title": ["t1", "t2"],
            "text": [
                "Talks continued. Jets killed 20 people.\n\nLater 5 civilians died.",
                "No clause here.",
            ],
        }
    )
    table = agency(articles)
    assert list(table.columns) == [*CLAUSE_COLUMNS, "outlet"]
    assert table["doc_id"].tolist() == ["a", "a"]
    assert table["sentence"].tolist() == [1, 2]
    text = articles["text"][0]
    assert [text[s:e] for s, e in zip(table["start"], table["end"])] == ["killed", "died"]
    assert table["outlet"].tolist() == ["sana", "sana"]
    assert list(agency(articles, include_docvars=False).columns) == list(CLAUSE_COLUMNS)


def test_unit_document_keeps_offsets_into_the_whole_text():
    text = "Talks continued. Jets killed 20 people."
    table = agency([text], unit="document")
    assert table["sentence"].tolist() == [0]
    assert text[table["start"][0] : table["end"][0]] == "killed"
    assert table["sentence_text"].tolist() == [text]


def test_multiword_forms_and_their_span():
    text = "Five people lost their lives. Two men were shot dead by police."
    table = agency(text)
    assert table["verb"].tolist() == ["lost their lives", "shot dead"]
    assert table["lemma"].tolist() == ["lose life", "shoot"]
    assert [text[s:e] for s, e in zip(table["start"], table["end"])] == table["verb"].tolist()


def test_empty_results_have_the_columns():
    table = agency(["Nothing happened.", ""])
    assert table.empty
    assert list(table.columns) == list(CLAUSE_COLUMNS)


def test_argument_errors_name_the_argument():
    with pytest.raises(ValueError, match="unit="):
        agency("Jets killed 20.", unit="paragraph")
    with pytest.raises(ValueError, match="engine="):
        agency("Jets killed 20.", engine="neural")


def test_spacy_engine_without_spacy_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(ImportError, match=r"corpuskit\[nlp\]"):
        agency("Jets killed 20 people.", engine="spacy")
    rules = agency("Jets killed 20 people.", engine="rules")
    pd.testing.assert_frame_equal(agency("Jets killed 20 people.", engine="auto"), rules)


# --------------------------------------------------------------------------- the lexicon


def test_bundled_lexicon_classes_and_lemmas():
    lexicon = load_verbs().to_frame()
    assert set(lexicon["verb_class"]) == {
        "transitive-violence",
        "attack",
        "intransitive-death",
        "nominal",
    }
    by_form = lexicon.set_index("form")
    assert by_form.loc["killed", "lemma"] == "kill"
    assert by_form.loc["hit", "kind"] == "past"  # present and past: kept as past
    assert by_form.loc["deaths", "verb_class"] == "nominal"
    assert by_form.loc["perished", "verb_class"] == "intransitive-death"
    assert by_form.loc["bombed", "verb_class"] == "attack"
    assert not {"strike", "strikes", "shelling", "bombing"} & set(lexicon["form"])


def test_custom_lexicon_and_its_errors(tmp_path):
    verbs = {"transitive-violence": {"pound": {"past": ["pounded"]}}}
    table = agency("Jets pounded the town. Jets killed 20.", verbs=verbs)
    assert table["lemma"].tolist() == ["pound"]
    with pytest.raises(ValueError, match="unknown class 'verbs'"):
        load_verbs({"verbs": {"kill": {"past": ["killed"]}}})
    with pytest.raises(ValueError, match="transitive-violence/kill"):
        load_verbs({"transitive-violence": {"kill": {"forms": ["killed"]}}})
    path = tmp_path / "broken.yaml"
    path.write_text("nominal:\n  death: {forms: death}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.yaml.*nominal/death/forms"):
        load_verbs(path)


def test_find_clauses_on_one_sentence():
    clauses = find_clauses("Russian jets killed 12 civilians and 20 were wounded.")
    assert [(c.construction, c.agent, c.victim) for c in clauses] == [
        ("active", "Russian jets", "12 civilians"),
        ("passive_agentless", None, "20"),
    ]


# --------------------------------------------------------------------------- summary


@pytest.fixture(scope="module")
def small_clauses() -> pd.DataFrame:
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "side": ["x", "x", "y", "y"],
            "text": [
                "Jets killed 20 people. Later 5 civilians died.",
                "200 civilians were killed by coalition strikes.",
                "12 people were killed. Rebels shot two soldiers.",
                "Three children were killed.",
            ],
        }
    )
    return agency(articles)


def test_summary_shares_are_exact(small_clauses):
    summary = agency_summary(small_clauses, by="side", n_boot=200, seed=1)
    share = summary.set_index(["side", "measure"])["share"]
    assert share[("x", "active")] == pytest.approx(1 / 3)
    assert share[("x", "passive_agent")] == pytest.approx(1 / 3)
    assert share[("x", "intransitive")] == pytest.approx(1 / 3)
    assert share[("y", "passive_agentless")] == pytest.approx(2 / 3)
    assert share[("x", "agentless")] == pytest.approx(1 / 3)
    assert share[("y", "agentless")] == pytest.approx(2 / 3)
    assert share[("y", "actor_agent")] == pytest.approx(1 / 3)
    counts = summary.set_index(["side", "measure"])[["n_docs", "n", "count"]]
    assert counts.loc[("y", "passive_agentless")].tolist() == [2, 3, 2]
    assert (summary["low"] <= summary["share"] + 1e-12).all()
    assert (summary["share"] <= summary["high"] + 1e-12).all()
    for _, group in summary[summary["measure"].isin(CONSTRUCTIONS)].groupby("side"):
        assert group["share"].sum() == pytest.approx(1.0)


def test_summary_is_reproducible_and_compares_with_a_reference(small_clauses):
    first = agency_summary(small_clauses, by="side", n_boot=100, seed=3, reference="x")
    second = agency_summary(small_clauses, by="side", n_boot=100, seed=3, reference="x")
    pd.testing.assert_frame_equal(first, second)
    y = first[first["side"] == "y"].set_index("measure")
    x = first[first["side"] == "x"].set_index("measure")
    assert y.loc["passive_agentless", "diff"] == pytest.approx(2 / 3)
    assert x["diff"].isna().all()
    assert (y["diff_low"] <= y["diff"] + 1e-12).all() and (
        y["diff"] <= y["diff_high"] + 1e-12
    ).all()


def test_summary_agent_labels(small_clauses):
    labels = Dictionary({"air": ["jets", "coalition"], "ground": ["rebels"]})
    summary = agency_summary(small_clauses, by="side", n_boot=50, agent_labels=labels)
    share = summary.set_index(["side", "measure"])
    # x: actor agents are "Jets" only (coalition strikes are a means)
    assert share.loc[("x", "agent:air"), ["n", "count", "share"]].tolist() == [1, 1, 1.0]
    assert share.loc[("y", "agent:ground"), ["n", "count", "share"]].tolist() == [1, 1, 1.0]
    assert ("x", "agent:ground") in share.index and share.loc[("x", "agent:ground"), "count"] == 0


def test_summary_errors_name_the_problem(small_clauses):
    with pytest.raises(ValueError, match="outlet"):
        agency_summary(small_clauses, by="outlet")
    with pytest.raises(ValueError, match="reference="):
        agency_summary(small_clauses, by="side", reference="z")
    with pytest.raises(ValueError, match="n_boot="):
        agency_summary(small_clauses, by="side", n_boot=0)


# --------------------------------------------------------------------------- evaluation


def test_evaluate_agency_exact_values():
    gold = pd.DataFrame(
        {
            "sentence": [
                "Jets killed 20 people.",
                "12 people were killed by shelling.",
                "Talks hit a snag.",
                "Regime helicopters dropped barrel bombs on Daraya.",
            ],
            "has_casualty_clause": ["true", "true", "false", "true"],
            "construction": ["active", "passive_agent", "none", "active"],
            "agent": ["Jets", "regime shelling", None, "Regime helicopters"],
            "agent_type": ["actor", "means", None, "actor"],
            "victim": ["20 people", "12 people", None, "Daraya"],
        }
    )
    predicted = agency(gold["sentence"].tolist(), unit="document")
    scores = evaluate_agency(predicted, gold).set_index(["task", "metric"])
    assert scores.loc[("detection", "precision"), "value"] == 1.0
    assert scores.loc[("detection", "recall"), "value"] == pytest.approx(2 / 3)
    assert scores.loc[("construction", "accuracy"), ["value", "n"]].tolist() == [2 / 3, 3]
    assert scores.loc[("agent", "exact"), "value"] == pytest.approx(1 / 3)
    # "shelling" vs "regime shelling": token F1 = 2/3
    assert scores.loc[("agent", "overlap"), "value"] == pytest.approx((1 + 2 / 3 + 0) / 3)
    assert scores.loc[("agent_type", "accuracy"), "value"] == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="has_casualty_clause"):
        evaluate_agency(predicted, gold.assign(has_casualty_clause="maybe"))
    with pytest.raises(ValueError, match="victim"):
        evaluate_agency(predicted, gold.drop(columns="victim"))


# --------------------------------------------------------------------------- FA-KES


@pytest.fixture(scope="module")
def fakes_clauses(fakes) -> pd.DataFrame:
    from corpuskit.datasets.groups import assign_groups, outlet_groups

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        grouped = assign_groups(fakes.copy(), outlet_groups("fakes"))
    return agency(grouped)


@pytest.fixture(scope="module")
def fakes_summary(fakes_clauses) -> pd.DataFrame:
    return agency_summary(fakes_clauses, by="outlet_group", n_boot=1000, seed=0, reference="other")


def test_fakes_clauses_per_group(fakes_clauses, fakes):
    counts = fakes_clauses.groupby("outlet_group")["doc_id"].agg(["size", "nunique"])
    assert set(counts.index) == {"pro-government-aligned", "opposition-aligned", "other"}
    assert (counts["size"] > 1000).all()
    assert fakes_clauses["doc_id"].nunique() > 0.9 * len(fakes)
    texts = fakes.set_index("doc_id")["text"]
    sample = fakes_clauses.sample(200, random_state=0)
    for doc_id, start, end, verb in sample[["doc_id", "start", "end", "verb"]].itertuples(
        index=False
    ):
        assert texts[doc_id][start:end] == verb


def test_fakes_differences_whose_interval_excludes_zero(fakes_summary):
    table = fakes_summary.set_index(["outlet_group", "measure"])
    # casualty clauses only (issue #16): opposition-aligned outlets leave more deaths without
    # an agent than "other". Pro-government-aligned outlets' lower agentless share went away
    # once SANA's headlines "Two killed, three injured in terrorist attack" were read as
    # reduced passives, not as active clauses with their victims as agents. Their lower
    # intransitive share went away the same way (session 5), once "leaving eight people
    # injured" and "six injured civilians" were read as intransitive, not as active clauses
    # with the victims as agents.
    for measure, group, sign in [
        ("passive_agentless", "pro-government-aligned", 1),
        ("actor_agent", "pro-government-aligned", 1),
        ("nominal", "opposition-aligned", 1),
        ("agentless", "opposition-aligned", 1),
    ]:
        row = table.loc[(group, measure)]
        assert sign * row["diff"] > 0
        bound = row["diff_low"] if sign > 0 else row["diff_high"]
        assert sign * bound > 0


def test_evaluate_agency_in_the_old_order_warns_and_swaps_back():
    gold = pd.DataFrame(
        {
            "sentence": ["Jets killed 20 people.", "Talks hit a snag."],
            "has_casualty_clause": [True, False],
            "construction": ["active", "none"],
            "agent": ["Jets", None],
            "victim": ["20 people", None],
        }
    )
    predicted = agency(gold["sentence"].tolist(), unit="document")
    expected = evaluate_agency(predicted, gold)
    with pytest.warns(FutureWarning, match=r"evaluate_agency\(predicted, gold\)"):
        swapped = evaluate_agency(gold, predicted)
    pd.testing.assert_frame_equal(swapped, expected)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        by_name = evaluate_agency(gold=gold, predicted=predicted)
    pd.testing.assert_frame_equal(by_name, expected)
