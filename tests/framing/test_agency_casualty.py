"""Casualty reports only, the grammar news uses, victims, actors (issue #16), and the
clause-level evaluation on the casualty development set (tests/devsets/casualty/)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

from corpuskit.framing.agency import CLAUSE_COLUMNS, agency_summary
from corpuskit.framing.agency_eval import evaluate_clauses, normalise_agent
from corpuskit.framing.agency_rules import REASONS, VICTIM_TYPES, find_clauses, victim_type

DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "casualty"


def _one(text: str, columns: list[str]) -> list:
    table = agency(text, unit="document")
    assert len(table) == 1, table[["verb", "construction", "agent"]]
    row = table.iloc[0]
    return [row[c] if c == "victim_count" or not pd.isna(row[c]) else None for c in columns]


# --------------------------------------------------------------------------- grammar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated verbs: one clause
        ("Soldiers shot and killed two farmers.", ["shot and killed", "active", "Soldiers"]),
        ("Dozens were killed or wounded.", ["killed or wounded", "passive_agentless", None]),
        # participle clause: the agent is the main subject
        (
            "A car bomb ripped through a crowded market, killing at least 15 shoppers.",
            ["killing", "active", "A car bomb"],
        ),
        (
            "The local sources said that mortar shells fell on the old town injuring four.",
            ["injuring", "active", "mortar shells"],
        ),
        # relative clause with inserted reporting
        (
            "The commander, who activists say has killed hundreds of prisoners, fled.",
            ["killed", "active", "The commander"],
        ),
        # accusing X of killing, responsible for killing
        (
            "Witnesses accused the militia of executing 12 villagers.",
            ["executing", "active", "the militia"],
        ),
        (
            "Two brothers were responsible for killing 12 people.",
            ["killing", "active", "Two brothers"],
        ),
        # nominalisation with a by-phrase; relative clause on a means
        (
            "The killing of 30 prisoners by guards shocked the region.",
            ["killing", "nominal", "guards"],
        ),
        (
            "Turkish airstrikes that killed nine villagers drew protests.",
            ["killed", "active", "Turkish airstrikes"],
        ),
        # a relative clause on an event noun with a modifier: the event noun
        (
            "An ambush near a checkpoint that killed 6 guards was blamed on rebels.",
            ["killed", "active", "An ambush"],
        ),
        # a means with a by-phrase heads the subject; the by-phrase gives its actor
        (
            "Shelling by the Turkish army killed 4 shepherds.",
            ["killed", "active", "Shelling"],
        ),
        # by-phrase, at the hands of
        (
            "Two journalists were killed by a roadside bomb.",
            ["killed", "passive_agent", "a roadside bomb"],
        ),
        (
            "Forty men were executed at the hands of the militants.",
            ["executed", "passive_agent", "the militants"],
        ),
        # time phrases between subject and verb
        ("Danish police on Friday killed an armed man.", ["killed", "active", "Danish police"]),
        (
            "Car bombs last week in Mosul killed 40 people.",
            ["killed", "active", "Car bombs"],
        ),
        # apposition and comma-enclosed modifiers
        (
            "The militia, backed by foreign advisers, killed 40 fighters.",
            ["killed", "active", "The militia"],
        ),
        # left N dead, dead as attribute and noun, wounded as noun
        ("The blast left 20 people dead.", ["dead", "intransitive", "The blast"]),
        (
            "Rescuers pulled dead children from the rubble of the shelled school.",
            ["dead", "intransitive", None],
        ),
        ("The injured were taken to a field clinic.", ["injured", "nominal", None]),
        # the accusing word inside a chunk: "a statement accusing X of killing"
        (
            "The council issued a report accusing the militia of executing 12 villagers.",
            ["executing", "active", "the militia"],
        ),
        (
            "Aid groups released a letter, blaming the army for killing 9 farmers.",
            ["killing", "active", "the army"],
        ),
        (
            "The regime, which monitors accuse of killing 200 detainees, denied it.",
            ["killing", "active", "The regime"],
        ),
        # a coordinated verb without a casualty verb before takes the first verb's subject
        (
            "Guards opened fire on the march and killed 7 marchers.",
            ["killed", "active", "Guards"],
        ),
        # a participle after a passive main clause: its subject is hit, not the agent
        ("The village was shelled, killing 5 children.", ["killing", "active", None]),
        # a place is where, not who
        ("Eastern Ghouta saw heavy shelling, killing 8 people.", ["killing", "active", None]),
        ("The northern city suffered airstrikes, killing 3 herders.", ["killing", "active", None]),
        ("Shelling hit eastern Ghouta, killing 8 people.", ["killing", "active", "Shelling"]),
        # a relative pronoun without antecedent stays as written
        ("Police are searching for whoever shot the mayor.", ["shot", "active", "whoever"]),
    ],
)
def test_grammar_patterns(text, expected):
    assert _one(text, ["verb", "construction", "agent"]) == expected


def test_pronoun_agent_refers_to_the_subject_of_the_reporting_verb():
    table = agency(
        [
            "Russia said its jets killed 20 militants.",
            "The rebels said they killed 30 soldiers.",
            "They killed five people.",
        ],
        unit="document",
    )
    assert table["agent"].tolist() == ["its jets", "they", "They"]
    assert table["referent"].fillna("").tolist() == ["Russia", "The rebels", ""]
    assert table["actor"].tolist() == ["russia", "rebels", "unknown"]


def test_actor_and_responsible_columns():
    table = agency(
        [
            "Syrian and Russian warplanes killed 12 civilians.",
            "Ten people died in a car bombing blamed on Daesh.",
            "Seven people were killed.",
        ],
        unit="document",
    )
    assert table["actor"].tolist() == ["syria_gov", "none", "none"]
    assert table["responsible"].fillna("").tolist() == ["", "Daesh", ""]
    assert table["responsible_actor"].fillna("").tolist() == ["", "isis", ""]


# --------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The new rockets could kill hundreds of civilians.", "hypothetical"),
        ("If the dam breaks, thousands would die.", "hypothetical"),
        ("The group vowed to kill every hostage.", "threat_plan"),
        ("Gunmen tried to assassinate the governor.", "threat_plan"),
        ("No one was injured in the blast.", "negation"),
        ("The army denied that it had not killed the prisoners.", "negation"),
        ("Who killed the ambassador?", "question"),
        ("War kills children.", "generic"),
        ("The senator killed the bill in committee.", "other_sense"),
        ("She faces the death penalty.", "other_sense"),
        ("His remark was a warning shot to the party leaders.", "other_sense"),
        ("The governor has shot up in the polls since March.", "other_sense"),
        ("The singer died of cancer last year.", "illness_accident"),
        ("Three hikers died in an avalanche.", "illness_accident"),
        ("The actor died in Paris at 84.", "illness_accident"),
        ("Hide Caption 3 of 9 Photos: Mourners after 20 people were killed.", "furniture"),
        ("Warplanes bombed the bridge.", "attack_no_casualty"),
        ("Poachers killed two elephants.", "not_people"),
        ("Nobody has killed a reporter for that picture.", "negation"),
        ("Schools rehearse what to do in the event of a mass shooting.", "hypothetical"),
        ("The cyclist was struck and killed by a delivery truck on Route 9.", "illness_accident"),
        ("Lawmakers want to rewrite the murder law this year.", "other_sense"),
        ("The shells hit a school but there were no casualties.", "negation"),
        ("Rockets hit the base but no human casualties were reported.", "negation"),
        ("A jury found him not guilty of murder last week.", "negation"),
        ("A strike near the dam may have resulted in civilian casualties.", "hypothetical"),
        ("Pilots take every measure to avoid or minimize civilian casualties.", "hypothetical"),
        (
            "If there is a bombing abroad or a mass shooting at home, the chief calls.",
            "hypothetical",
        ),
        ("The only way to stop a gunman from killing children is to act.", "hypothetical"),
        ("Crowds chanted death to the dictator outside the palace.", "other_sense"),
    ],
)
def test_exclusions_have_a_reason(text, reason):
    assert agency(text, unit="document").empty
    table = agency(text, unit="document", include_excluded=True)
    assert table["reason"].tolist()[-1] == reason
    assert set(table["reason"].dropna()) <= set(REASONS)


def test_violence_overrules_illness_words_but_heart_attack_is_no_attack():
    text = "Two people died of their wounds after the attack on the hospital."
    assert _one(text, ["verb", "reason"]) == ["died", None]
    excluded = agency("He died of a heart attack.", unit="document", include_excluded=True)
    assert excluded["reason"].tolist() == ["illness_accident"]


def test_a_docvar_named_like_a_clause_column_is_kept_as_doc_name():
    articles = pd.DataFrame(
        {"doc_id": ["a"], "actor": ["isis"], "text": ["Russian jets killed 12 civilians."]}
    )
    table = agency(articles)
    assert list(table.columns) == [*CLAUSE_COLUMNS, "doc_actor"]
    assert table[["actor", "doc_actor"]].values.tolist() == [["russia", "isis"]]


def test_default_output_is_casualty_clauses_and_keeps_the_columns():
    text = "Jets bombed the town. Nobody was hurt. The shelling killed 3 children."
    table = agency(text)
    assert list(table.columns) == list(CLAUSE_COLUMNS)
    assert table["verb"].tolist() == ["killed"]
    assert table["reason"].isna().all()
    audit = agency(text, include_excluded=True)
    assert audit["verb"].tolist() == ["bombed", "killed"]
    assert audit["reason"].fillna("").tolist() == ["attack_no_casualty", ""]


# --------------------------------------------------------------------------- victims


@pytest.mark.parametrize(
    ("text", "victim", "count", "qualifier", "kind"),
    [
        (
            "At least 12 civilians were killed.",
            "At least 12 civilians",
            12.0,
            "at_least",
            "civilians",
        ),
        (
            "More than 30 soldiers died.",
            "More than 30 soldiers",
            30.0,
            "more_than",
            "security_forces",
        ),
        ("Nearly 40 children were killed.", "Nearly 40 children", 40.0, "about", "children"),
        ("Dozens of militants were killed.", "Dozens of militants", math.nan, "vague", "militants"),
        ("Two women were shot dead.", "Two women", 2.0, "exact", "women"),
        ("Fighters of the group were killed.", "Fighters", math.nan, None, "combatants"),
        ("Seven people were killed.", "Seven people", 7.0, "exact", "unspecified"),
        (
            "Those killed were mostly farmers, the monitor said.",
            "Those",
            math.nan,
            None,
            "civilians",
        ),
    ],
)
def test_victim_count_and_type(text, victim, count, qualifier, kind):
    got_victim, got_count, got_qualifier, got_kind = _one(
        text, ["victim", "victim_count", "count_qualifier", "victim_type"]
    )
    assert got_victim == victim
    assert got_count == count or (math.isnan(got_count) and math.isnan(count))
    assert (got_qualifier, got_kind) == (qualifier, kind)


def test_victim_type_lexicon_and_others_take_the_type_before():
    assert victim_type(["fighters", "of", "isis"]) == "militants"
    assert victim_type(["civilians", "including", "children"]) == "civilians"
    assert victim_type(["his", "daughter"]) == "unspecified"
    assert set(VICTIM_TYPES) == {
        "civilians",
        "children",
        "women",
        "combatants",
        "security_forces",
        "militants",
        "unspecified",
    }
    clauses = find_clauses("Ten soldiers were killed and 16 others were injured.")
    assert [c.victim_type for c in clauses] == ["security_forces", "security_forces"]


# --------------------------------------------------------------------------- bad input


def test_bad_input_gives_a_result_never_a_crash():
    long_sentence = " ".join(["Jets killed 20 people in the north and"] * 800) + " fled."
    texts = [
        "",
        "   ",
        "قتل عشرون مدنيا في غارة جوية على المدينة.",
        "Bei dem Angriff wurden 20 Menschen getötet.",
        "空袭造成二十人死亡。",
        long_sentence,
        'He said "the soldiers killed 12 people and left.',
        "The “strike killed 4 children",
    ]
    # the one warning: the run-on sentence of 6,400 words (the texts in other scripts are
    # shorter than the English check's 100 characters)
    with pytest.warns(UserWarning, match="sentences of 2,000 words or more") as caught:
        table = agency(texts, unit="document")
    assert len(caught) == 1
    counts = table.groupby("doc_id").size()
    assert counts.to_dict() == {"doc6": 800, "doc7": 1, "doc8": 1}
    assert table.loc[table["doc_id"] == "doc7", "agent"].tolist() == ["the soldiers"]
    assert table.loc[table["doc_id"] == "doc8", "victim"].tolist() == ["4 children"]
    with pytest.warns(UserWarning, match="sentences of 2,000 words or more"):
        assert agency(texts).groupby("doc_id").size().to_dict() == counts.to_dict()


# --------------------------------------------------------------------------- evaluation


def test_evaluate_clauses_exact_values():
    texts = pd.DataFrame(
        {
            "doc_id": ["s1", "s2", "s3", "s4"],
            "text": [
                "Police shot and killed a man.",
                "Russian jets killed 12 civilians.",
                "The Senate killed the bill.",
                "Five people died after the attack and 3 were wounded.",
            ],
        }
    )
    predicted = agency(texts, unit="document")
    gold = pd.DataFrame(
        {
            "item": ["s1", "s2", "s3", "s4", "s4"],
            "trigger": ["shot and killed", "killed", "killed", "died", "wounded"],
            "trigger_start": [7, 13, 11, 12, 43],
            "casualty": ["yes", "yes", "no", "yes", "yes"],
            "construction": ["active", "active", "", "intransitive", "passive_agent"],
            "agent": ["Police", "the Russian jets", "", "", ""],
            "actor": ["other", "russia", "", "none", "none"],
            "victim_type": ["unspecified", "civilians", "", "", "unspecified"],
            "victim_count": ["", "12", "", "5", "3"],
        }
    )
    scores = evaluate_clauses(predicted, gold)
    metrics = scores.metrics.set_index("metric")
    assert metrics.loc["precision", ["k", "n"]].tolist() == [4, 4]
    assert metrics.loc["recall", ["k", "n"]].tolist() == [4, 4]
    assert metrics.loc["construction", ["k", "n"]].tolist() == [3, 4]
    assert metrics.loc["agent_exact", ["k", "n"]].tolist() == [2, 2]
    assert metrics.loc["agent_missing", ["k", "n"]].tolist() == [0, 2]
    assert metrics.loc["victim_count", ["k", "n"]].tolist() == [4, 4]
    assert metrics.loc["victim_type", ["k", "n"]].tolist() == [4, 4]
    assert metrics.loc["actor", ["k", "n"]].tolist() == [4, 4]
    low, high = metrics.loc["construction", ["low", "high"]]
    assert (round(low, 4), round(high, 4)) == (0.3006, 0.9544)  # Wilson, 3 of 4
    assert metrics.loc["f1", "interval"] == "bootstrap"
    assert scores.confusion.loc["passive_agent", "passive_agentless"] == 1
    assert normalise_agent("The U.S.-led coalition,") == "us led coalition"


def test_evaluate_clauses_counts_a_split_coordination_and_missed_rows():
    gold = pd.DataFrame(
        {
            "item": ["a", "b"],
            "trigger": ["shot and killed", "perished"],
            "trigger_start": [6, 4],
            "casualty": ["yes", "yes"],
            "construction": ["active", "intransitive"],
            "agent": ["Guards", ""],
        }
    )
    predicted = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "start": [7, 17],
            "end": [11, 23],
            "construction": ["active", "active"],
            "agent": ["Guards", "Guards"],
        }
    )
    scores = evaluate_clauses(predicted, gold)
    metrics = scores.metrics.set_index("metric")
    assert metrics.loc["precision", ["k", "n"]].tolist() == [1, 2]
    assert metrics.loc["recall", ["k", "n"]].tolist() == [1, 2]
    assert scores.pairs["status"].tolist() == ["match", "missed", "spurious"]
    with pytest.raises(ValueError, match="casualty"):
        evaluate_clauses(predicted, gold.assign(casualty="maybe"))
    with pytest.raises(ValueError, match="trigger_start"):
        evaluate_clauses(predicted, gold.drop(columns="trigger_start"))
    with pytest.raises(ValueError, match="predicted"):
        evaluate_clauses(predicted.drop(columns="end"), gold)


# --------------------------------------------------------------------------- devset guard


def _devset_score(half: str):
    spec = importlib.util.spec_from_file_location("casualty_evaluate", DEVSET / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(half, "labels_gold.csv").metrics.set_index("metric")


# Reached on the tuning half of the adjudicated gold (docs/agency.md); the test half was
# scored once, after the last change to the rules and lexicons, and is not asserted here.
# With the exclusions of the precision pass (unstated_cause, rates, anyone, idioms,
# furniture titles) precision rose from 116/131 and a caption body became a match whose
# agent is missed:
# agent_exact 33/38 -> 33/39, actor_agent 34/38 -> 34/39.
TUNING = {
    "precision": 116 / 119,
    "recall": 116 / 121,
    "construction": 115 / 116,
    "agent_exact": 33 / 39,
    "actor_agent": 34 / 39,
    "victim_type": 90 / 116,  # 86 before victim pronouns took their group's type
    "victim_count": 108 / 116,
}
MARGIN = 0.02


def test_tuning_half_does_not_regress():
    metrics = _devset_score("tuning")
    for name, reached in TUNING.items():
        assert metrics.loc[name, "value"] >= reached - MARGIN, (name, metrics.loc[name])


# --------------------------------------------------------------------------- two cores


def test_n_jobs_gives_the_same_table():
    sentences = [
        "Jets killed {n} people in the north. Nobody was hurt in the south.",
        "The army said it killed {n} militants; {n} soldiers died.",
        "Talks resumed. A car bomb tore through a market, killing {n} shoppers.",
    ]
    articles = pd.DataFrame(
        {
            "doc_id": [f"a{i}" for i in range(1200)],
            "outlet": pd.Categorical([["x", "y", "z"][i % 3] for i in range(1200)]),
            "text": [sentences[i % 3].format(n=i + 2) for i in range(1200)],
        }
    )
    serial = agency(articles, include_excluded=True)
    assert len(serial) == 1600
    pd.testing.assert_frame_equal(agency(articles, include_excluded=True, n_jobs=2), serial)
    with pytest.raises(ValueError, match="n_jobs="):
        agency(articles, n_jobs=0)


def test_agency_summary_reads_as_a_table_and_draws_itself():
    import matplotlib.pyplot as plt

    from corpuskit.framing.agency_result import AgencySummary

    clauses = agency(
        pd.DataFrame(
            {
                "doc_id": ["a", "b", "c"],
                "outlet": ["x", "x", "y"],
                "text": ["Jets killed 20 people.", "20 people were killed.", "Ten civilians died."],
            }
        )
    )
    summary = agency_summary(clauses, by="outlet", n_boot=20, reference="x")
    assert isinstance(summary, AgencySummary)
    assert isinstance(summary[summary["measure"] == "agentless"].copy(), AgencySummary)
    view = summary._repr_html_()
    assert "no agent named" in view and "passive, no agent (20 were killed)" in view
    agentless_x = summary[(summary["measure"] == "agentless") & (summary["outlet"] == "x")]
    assert agentless_x["share"].tolist() == [0.5]
    assert "50.0% [" in view
    # a column selection without the counts (as corrected_agency_summary returns) still reads
    selection = summary[["outlet", "measure", "share", "low", "high"]]
    assert isinstance(selection, AgencySummary)
    assert "50.0% [" in selection._repr_html_()
    axes = summary.plot()
    assert len(axes) == 2
    plt.close(axes[0].figure)


# --------------------------------------------------------------------------- report section


def test_report_agency_section_keeps_the_event_articles_and_says_how_many():
    from corpuskit.report import build_report, parse_config

    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": ["x", "y", "x"],
            "text": [
                "Rebels and government forces fought in east Aleppo. Jets killed 20 people "
                "in Aleppo during the siege.",
                "Government jets bombed east Aleppo; 12 civilians were killed in the siege.",
                "The candidate asked what Aleppo is. A gunman killed two people in Ohio.",
            ],
        }
    )
    text = '[data]\ndataset = "fakes"\n[[analyses]]\nkind = "agency"\nby = "outlet"\nn_boot = 20\n'
    section = build_report(parse_config(text + 'about = "aleppo"\n'), articles=articles).sections[0]
    assert "Articles about aleppo (ck.keep_relevant): 2 of 3 kept, 1 dropped." in section.findings
    assert set(section.tables["clauses"]["doc_id"]) == {"a", "b"}
    plain = build_report(parse_config(text), articles=articles).sections[0]
    assert "c" in set(plain.tables["clauses"]["doc_id"])
    assert not any("keep_relevant" in finding for finding in plain.findings)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a vehicle used to attack is no road accident
        (
            "A man rammed a truck into the market crowd; nine people were killed by the truck.",
            "the truck",
        ),
        ("Two soldiers were killed by a car bomb near the checkpoint.", "a car bomb"),
    ],
)
def test_vehicles_used_as_weapons_stay_casualty_reports(text, agent):
    table = agency(text, unit="document")
    assert table["agent"].tolist() == [agent]


def test_participial_modifier_and_irregular_past_leave_the_head_as_agent():
    bombing = agency(
        "A truck bombing blamed on the militants killed 14 villagers.", unit="document"
    )
    assert bombing["agent"].tolist() == ["A truck bombing"]
    fighting = agency(
        "Fierce fighting broke out near the border on Monday, leaving at least nine dead.",
        unit="document",
    )
    assert fighting["agent"].tolist() == ["Fierce fighting"]


def test_an_indirect_question_is_no_condition():
    text = "It is unclear if the shooting at the church was planned abroad."
    assert agency(text, unit="document")["verb"].tolist() == ["shooting"]


def test_every_exclusion_cue_is_a_string():
    from corpuskit.framing.agency_rules.cues import load_cues, phrases

    assert "no" in load_cues()["negation"]["victims"][0]  # a bare no in YAML is false
    with pytest.raises(ValueError, match="quote words"):
        phrases(["none", False])


def test_a_participle_takes_the_subject_of_the_clause_right_before_it():
    text = "The raid came after militants fired rockets at the town, killing six farmers."
    assert agency(text, unit="document")["agent"].tolist() == ["militants"]
    text = "Two blasts rocked the station after midnight, killing four guards."
    assert agency(text, unit="document")["agent"].tolist() == ["Two blasts"]
