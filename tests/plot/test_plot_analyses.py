"""Plots named after analyses (``ck.plot.agency``, ``naming``, ...), ``.plot()`` on results.

Small hand-written inputs; every test checks the artists of the returned Axes:
bar widths and order, tick labels, legend labels, titles, notes, and that
labels do not overlap (text boxes measured with the renderer).
"""

from __future__ import annotations

from itertools import combinations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection

import corpuskit as ck
from corpuskit.compare.keyness import KeynessResult
from corpuskit.docterm import DocTermMatrix


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def texts_of(labels) -> list[str]:
    return [label.get_text() for label in labels]


def boxes_overlap(texts, renderer) -> list[tuple[int, int]]:
    boxes = [text.get_window_extent(renderer) for text in texts]
    return [(i, j) for (i, a), (j, b) in combinations(enumerate(boxes), 2) if a.overlaps(b)]


def bar_widths(ax) -> dict[str, list[float]]:
    return {c.get_label(): [round(p.get_width(), 6) for p in c] for c in ax.containers}


# --- keyness: a result type that keeps its sides and draws itself ----------------------


@pytest.fixture
def key() -> KeynessResult:
    m = DocTermMatrix(
        [[6, 1, 3, 2], [4, 0, 5, 3], [0, 5, 5, 1], [1, 6, 4, 0]],
        ["aleppo", "mosul", "said", "siege"],
        pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
    )
    return ck.keyness(m, target="aleppo", reference="mosul", by="event", min_count=1, min_docs=1)


def test_keyness_result_keeps_its_sides_through_pandas_operations(key):
    assert isinstance(key, KeynessResult) and isinstance(key, pd.DataFrame)
    assert (key.target_label, key.reference_label) == ("aleppo", "mosul")
    for derived in (
        key.head(2),
        key[key.g2 > 3],
        key.sort_values("log_ratio"),
        key.copy(),
        key.reset_index(drop=True),
        key.loc[:, ["feature", "g2", "direction"]],
        pd.concat([key.head(1), key.tail(1)]),
    ):
        assert type(derived) is KeynessResult
        assert (derived.target_label, derived.reference_label) == ("aleppo", "mosul")
    assert key[key.g2 > 3]["feature"].tolist() == ["aleppo"]
    assert key.attrs["n_tokens_target"] == 24  # the counts stay in attrs
    renamed = key.copy()
    renamed.target_label = "Aleppo 2016"
    assert key.target_label == "aleppo"  # a copy's sides are its own
    mixed = pd.concat([key, renamed])
    assert (mixed.target_label, mixed.reference_label) == ("target", "reference")


def test_keyness_result_plot_draws_the_keyness_chart_not_a_line_chart(key):
    ax = key.plot(n=2)
    assert [c.get_label() for c in ax.containers] == ["more in aleppo", "more in mosul"]
    assert texts_of(ax.get_yticklabels()) == ["mosul", "said", "siege", "aleppo"]
    assert len(ax.get_lines()) == 1  # the zero line only: no pandas line per column
    assert ax.get_title() == "Key terms: aleppo vs mosul"
    assert ax.get_xlabel().startswith("Log Ratio")
    assert key[key.g2 > 0].plot(n=1).get_title() == "Key terms: aleppo vs mosul"


def test_keyness_each_group_plots_against_the_rest(key):
    m = DocTermMatrix(
        [[6, 1, 3], [4, 0, 5], [0, 5, 5], [1, 6, 4]],
        ["aleppo", "mosul", "said"],
        pd.DataFrame({"doc_id": list("abcd"), "event": ["aleppo"] * 2 + ["mosul"] * 2}),
    )
    each = ck.keyness_each(m, by="event", min_count=1, min_docs=1)
    ax = each[each["group"] == "mosul"].plot(n=1)
    assert ax.get_title() == "Key terms: mosul vs the rest"
    assert [c.get_label() for c in ax.containers] == ["more in mosul", "more in the rest"]


# --- agency -----------------------------------------------------------------------------


def agency_table() -> pd.DataFrame:
    """An agency_summary result for two outlet groups (10 and 4 clauses)."""
    rows = []
    counts = {
        "pro": {"active": 2, "passive_agent": 1, "passive_agentless": 5, "intransitive": 1,
                "nominal": 1, "agentless": 6, "actor_agent": 3, "agent:army": 2},
        "anti": {"active": 2, "passive_agent": 0, "passive_agentless": 2, "intransitive": 0,
                 "nominal": 0, "agentless": 2, "actor_agent": 2, "agent:army": 1},
    }  # fmt: skip
    totals = {"pro": 10, "anti": 4}
    for group, measures in counts.items():
        for measure, count in measures.items():
            n = 3 if measure == "agent:army" and group == "pro" else totals[group]
            n = 2 if measure == "agent:army" and group == "anti" else n
            share = count / n
            rows.append(
                {"outlet_group": group, "measure": measure, "n_docs": 3, "n": n, "count": count,
                 "share": share, "low": max(0.0, share - 0.1), "high": min(1.0, share + 0.1)}
            )  # fmt: skip
    return pd.DataFrame(rows)


def test_agency_separates_constructions_from_derived_measures(tmp_path):
    axes = ck.plot.agency(agency_table())
    assert len(axes) == 2
    panel_a, panel_b = axes
    widths = bar_widths(panel_a)
    # one stacked 100% bar per group, segments in the fixed order of the constructions
    assert list(widths) == [
        "active: “jets killed 20”",
        "passive with agent: “20 were killed by jets”",
        "passive, no agent: “20 were killed”",
        "intransitive: “20 died”",
        "nominal: “the deaths of 20”",
    ]
    assert widths["passive, no agent: “20 were killed”"] == [0.5, 0.5]
    assert np.allclose(np.sum(list(widths.values()), axis=0), 1.0)
    assert texts_of(panel_a.get_yticklabels()) == ["pro (10 clauses)", "anti (4 clauses)"]
    assert panel_a.get_legend().get_title().get_text() == "construction of the clause"
    # the derived measures on their own axis, same group rows, with intervals
    dots = [c for c in panel_b.collections if isinstance(c, PathCollection)]
    assert [d.get_label() for d in dots] == ["no agent named", "agent is an actor, not a weapon"]
    assert dots[0].get_offsets()[:, 0].tolist() == [0.6, 0.5]
    assert texts_of(panel_b.get_yticklabels()) == ["anti (4 clauses)", "pro (10 clauses)"]
    assert len([c for c in panel_b.collections if c.get_gid() == "ci"]) == 2
    assert "95% intervals from resampling documents" in panel_b.get_title().replace("\n", " ")
    figure = panel_a.figure
    assert figure._suptitle.get_text() == (
        "Who is named as the agent of casualties, by outlet group"
    )
    (note,) = [t for t in panel_b.texts if t.get_gid() == "note"]
    words = " ".join(note.get_text().split())
    assert "“No agent named” counts the agentless passives" in words
    assert "Not drawn: 1 measure(s) with another base (agent:army)" in words
    figure.savefig(tmp_path / "agency.png", bbox_inches="tight")
    renderer = figure.canvas.get_renderer()
    assert boxes_overlap([panel_a.title, panel_b.title, note, figure._suptitle], renderer) == []
    for ax in axes:
        assert ax.title.get_window_extent(renderer).x1 <= figure.bbox.width


def test_agency_shows_clauses_of_no_known_construction_and_draws_on_given_axes():
    table = agency_table()
    table = table[table["measure"] != "nominal"]  # the pro group's nominal clause: unknown now
    fig, given = plt.subplots(2, 1)
    axes = ck.plot.agency(table, axes=given, title="Agency", ci=0.9)
    assert axes[0] is given[0] and fig._suptitle.get_text() == "Agency"
    widths = bar_widths(axes[0])
    assert widths["other construction"] == [0.1, 0.0]  # 1 of the pro group's 10 clauses
    assert "90% intervals" in axes[1].get_title().replace("\n", " ")
    with pytest.raises(ValueError, match="axes= must be two Axes"):
        ck.plot.agency(agency_table(), axes=plt.subplots(1, 3)[1])
    with pytest.raises(ValueError, match=r"lacks column.*'share'"):
        ck.plot.agency(agency_table().drop(columns="share"))


# --- naming -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def naming_result():
    articles = pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "outlet_group": ["pro"] * 3 + ["anti"] * 3,
            "text": [
                "Terrorists shelled the city. The terrorists fled.",
                "Terrorists attacked. Rebels denied it, terrorists said.",
                "The terrorists fired rockets.",
                "Rebels said they held the city.",
                "The rebels withdrew; opposition fighters stayed.",
                "Rebels left.",
            ],
        }
    )
    labels = {"terrorists": ["terrorist*"], "rebels": ["rebel*"], "armed_groups": ["armed group*"]}
    return ck.naming(
        articles, labels=labels, referent="armed_opposition", by="outlet_group", n_boot=50,
        n_perm=50, seed=1,
    )  # fmt: skip


def test_naming_draws_label_shares_per_group_with_intervals(naming_result, tmp_path):
    ax = naming_result.plot()
    # tick labels run bottom to top: the most used label is on top
    assert texts_of(ax.get_yticklabels()) == ["rebels", "terrorists"]
    legend = ax.get_legend()
    assert legend.get_title().get_text() == "outlet group"
    assert texts_of(legend.get_texts()) == ["anti (3 mentions)", "pro (6 mentions)"]
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    shares = naming_result.shares.set_index(["outlet_group", "label"])["share"]
    assert sorted(dots[1].get_offsets()[:, 0].tolist()) == sorted(
        [shares["pro", "rebels"], shares["pro", "terrorists"]]
    )
    assert ax.get_title().replace("\n", " ") == (
        "Labels for the armed opposition by outlet group: share of mentions, with 95% "
        "intervals from resampling documents (1 unused label not shown)"
    )
    (note,) = [t for t in ax.texts if t.get_gid() == "note"]
    assert note.get_text().startswith("Test of a difference in the label mix across groups")
    ax.figure.savefig(tmp_path / "naming.png")
    renderer = ax.figure.canvas.get_renderer()
    title = ax.title.get_window_extent(renderer)
    assert title.x0 >= 0 and title.x1 <= ax.figure.bbox.width  # the long title is wrapped


def test_naming_takes_the_shares_table(naming_result):
    ax = ck.plot.naming(naming_result.shares, title="Naming")
    assert ax.get_title() == "Naming"
    assert not [t for t in ax.texts if t.get_gid() == "note"]  # no test in a table
    with pytest.raises(ValueError, match="no mention of any label"):
        ck.plot.naming(naming_result.shares.assign(count=0))


# --- frames -----------------------------------------------------------------------------


def test_frames_draws_the_share_of_documents_with_each_frame():
    articles = pd.DataFrame(
        {
            "doc_id": list("abcd"),
            "event": ["aleppo", "aleppo", "mosul", "mosul"],
            "text": [
                "The siege killed civilians and children.",
                "Talks on the economy and trade.",
                "Troops fought the militants.",
                "Civilians were killed in the attack.",
            ],
        }
    )
    scores = ck.frames(articles)
    ax = scores.plot(by="event", n_boot=50)
    table = ck.prevalence(scores.scores, columns=scores.presence_columns, by="event", n_boot=50)
    frames = [name.removesuffix("_present").replace("_", " ") for name in scores.presence_columns]
    assert texts_of(ax.get_yticklabels()) == frames[::-1]
    assert texts_of(ax.get_legend().get_texts()) == ["aleppo (2 documents)", "mosul (2 documents)"]
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    expected = table[table["event"] == "aleppo"]["value"].tolist()
    assert dots[0].get_offsets()[:, 0].tolist() == expected
    assert ax.get_title().replace("\n", " ") == (
        "Share of documents indicating each frame, by event, with 95% intervals from "
        "resampling documents"
    )
    assert ax.get_xlabel() == "share of documents with the frame"
    assert ax.xaxis.get_major_formatter()(0.5, 0) == "50%"
    same = ck.plot.frames(table)  # the prevalence table itself
    assert texts_of(same.get_yticklabels()) == frames[::-1]


# --- quotes and sources -------------------------------------------------------------------


@pytest.fixture
def found() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c", "d"],
            "quote_id": [1, 2, 1, 1, 1, 1],
            "outlet": ["x", "x", "x", "y", "y", "y"],
            "speaker_type": ["official", "resident", "official", "armed_group", "armed_group",
                             "official"],
            "quote": ["We will win", "We are hungry", "No comment", "We hold", "the city",
                      "Calm"],
        }
    )  # fmt: skip


def test_sources_stack_speaker_types_per_group(found):
    table = ck.source_table(found, by="outlet", n_boot=20, seed=1)
    ax = ck.plot.sources(table)
    assert texts_of(ax.get_yticklabels()) == ["x (3 quotes)", "y (2 quotes)"]
    assert ax.get_legend().get_title().get_text() == "speaker type"
    widths = bar_widths(ax)
    assert widths == {
        "official": [round(2 / 3, 6), 0.5],
        "armed group": [0.0, 0.5],
        "resident": [round(1 / 3, 6), 0.0],
    }
    assert ax.get_title() == "Share of quotes by speaker type, by outlet"
    assert ax.get_xlabel() == "share of the group's quotes"
    words = ck.plot.sources(table, measure="words")
    assert words.get_title() == "Share of quoted words by speaker type, by outlet"
    with pytest.raises(ValueError, match="measure= must be one of"):
        ck.plot.sources(table, measure="docs")


def test_quotes_draws_the_sources_of_a_quotes_table(found):
    ax = ck.plot.quotes(found, by="outlet")
    assert texts_of(ax.get_yticklabels()) == ["x (3 quotes)", "y (2 quotes)"]
    assert bar_widths(ax)["official"] == [round(2 / 3, 6), 0.5]


# --- stance -----------------------------------------------------------------------------


def test_stance_draws_mean_scores_per_target_and_group():
    scores = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e"],
            "outlet": ["x", "x", "y", "y", "y"],
            "target": ["russia", "russia", "russia", "armed_opposition", "armed_opposition"],
            "score": [0.5, -0.1, -0.6, -0.8, -0.4],
            "label": ["favor", "neutral", "against", "against", "against"],
        }
    )
    summary = ck.stance_summary(scores, by="outlet", n_boot=50)
    ax = ck.plot.stance(summary)
    # bottom to top: targets in order of appearance, the first on top
    assert texts_of(ax.get_yticklabels()) == [
        "armed opposition (2 mentions)",
        "russia (3 mentions)",
    ]
    assert texts_of(ax.get_legend().get_texts()) == ["x", "y"]
    assert [line.get_gid() for line in ax.get_lines()] == ["zero"]
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert dots[0].get_offsets()[:, 0].tolist() == pytest.approx([0.2])
    assert ax.get_title().replace("\n", " ") == (
        "Mean stance score of the mentions of each target, by outlet, with 95% intervals "
        "from resampling documents"
    )
    against = ck.plot.stance(summary, value="share_against")
    assert against.xaxis.get_major_formatter()(0.25, 0) == "25%"
    with pytest.raises(ValueError, match="value= must be one of"):
        ck.plot.stance(summary, value="score")


# --- reuse, topics, similarity: analysis names over the chart-shape functions ------------


def test_reuse_result_plot_draws_the_matrix_or_the_network():
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": ["AP", "TASS", "SANA"],
            "date": pd.to_datetime(["2016-12-01", "2016-12-02", "2016-12-03"]),
            "text": ["rebels shelled the western districts of the city on monday night"] * 3,
        }
    )
    result = ck.reuse(articles, n=3, min_shared=2)
    ax = result.plot()
    assert texts_of(ax.get_yticklabels()) == ["AP", "SANA", "TASS"]
    assert texts_of(ax.texts) == ["1", "1", "1"]
    network = result.plot(kind="network")
    assert sorted(p.get_gid() for p in network.patches) == [
        "edge:AP->SANA", "edge:AP->TASS", "edge:TASS->SANA"
    ]  # fmt: skip
    with pytest.raises(ValueError, match="kind= must be one of"):
        ck.plot.reuse(result, kind="pie")


def test_topic_model_plot_draws_terms_or_prevalence():
    texts = ["aleppo siege shelling", "aleppo shelling siege", "mosul offensive troops",
             "troops offensive mosul", "aleppo siege", "mosul troops"]  # fmt: skip
    articles = pd.DataFrame({"doc_id": list("abcdef"), "text": texts, "side": list("xxyyxy")})
    model = ck.topics(ck.dtm(articles), n_topics=2)
    assert model.plot(n=2).get_title() == "The 2 heaviest terms of each topic"
    by_side = model.plot(by="side", n_boot=20)
    assert by_side.get_title() == "Topic prevalence by side (mean topic share, 95% CI)"


def test_similarity_draws_a_heatmap_or_a_dendrogram():
    square = pd.DataFrame(
        [[1, 0.2, 0.9], [0.2, 1, 0.3], [0.9, 0.3, 1]], index=list("abc"), columns=list("abc")
    )
    assert texts_of(ck.plot.similarity(square).get_yticklabels()) == ["b", "c", "a"]
    tree = ck.plot.similarity(square, kind="dendrogram")
    assert [c.get_gid() for c in tree.collections] == ["link"]
    with pytest.raises(ValueError, match="kind= must be one of"):
        ck.plot.similarity(square, kind="graph")


# --- labels that never overlap ------------------------------------------------------------


def test_timeline_event_labels_stay_apart_when_the_figure_changes():
    articles = pd.DataFrame(
        {"date": pd.date_range("2016-11-01", "2017-04-30", freq="3D"), "outlet": "x"}
    )
    events = {
        "2016-12-13": "Aleppo evacuation begins",
        "2016-12-15": "Evacuation halted",
        "2016-12-22": "Government retakes Aleppo",
        "2016-12-31": "Ceasefire",
        "2017-03-17": "Mosul air strike",
        "2017-03-20": "Al-Jadida inquiry",
    }
    ax = ck.plot.timeline(articles, by="outlet", events=events, freq="D")
    fig = ax.figure
    labels = [t for t in ax.texts if t.get_gid() == "event_label"]
    assert texts_of(labels) == list(events.values())
    for size in [(8.0, 4.2), (4.0, 3.0), (12.0, 3.0)]:
        fig.set_size_inches(*size)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        assert boxes_overlap(labels, renderer) == []
        frame = ax.get_window_extent(renderer)
        assert all(frame.x0 <= t.get_window_extent(renderer).x0 for t in labels)
        assert all(t.get_window_extent(renderer).x1 <= frame.x1 + 1 for t in labels)
    ax.set_xlim(pd.Timestamp("2016-12-01"), pd.Timestamp("2017-01-10"))  # zoom in
    fig.canvas.draw()
    assert boxes_overlap(labels, fig.canvas.get_renderer()) == []


def test_term_scatter_labels_do_not_overlap():
    rng = np.random.default_rng(3)
    counts = rng.poisson(4, size=(12, 60))
    counts[:6, :5] += 12
    features = [f"term{i}" for i in range(60)]
    docvars = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "side": ["a"] * 6 + ["b"] * 6})
    ax = ck.plot.term_scatter(
        DocTermMatrix(counts, features, docvars), target="a", by="side", n_labels=20, min_count=1
    )
    ax.figure.canvas.draw()
    labels = [t for t in ax.texts if t.get_gid() == "term_label"]
    assert len(labels) == 20
    assert boxes_overlap(labels, ax.figure.canvas.get_renderer()) == []


# --- shares: readable legends -------------------------------------------------------------


def test_shares_fixed_order_readable_names_and_folded_segment():
    table = pd.DataFrame(
        {
            "group": ["a"] * 4 + ["b"] * 4,
            "kind": ["passive_agentless", "active", "nominal", "other_thing"] * 2,
            "count": [5, 3, 1, 1, 2, 6, 1, 1],
        }
    )
    ax = ck.plot.shares(
        table, x="group", hue="kind", value="count", max_segments=3,
        hue_order=["active", "passive_agentless"], hue_names={"active": "active voice"},
        legend_title="construction",
    )  # fmt: skip
    widths = bar_widths(ax)
    assert list(widths) == ["active voice", "passive agentless", "all others (2)"]
    assert widths["all others (2)"] == [0.2, 0.2]
    assert ax.get_legend().get_title().get_text() == "construction"
