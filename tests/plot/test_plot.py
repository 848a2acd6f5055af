"""Tests for the plotting helpers (corpuskit.plot): rendered headless on real FA-KES results.

Every test draws, saves a PNG into pytest's ``tmp_path`` and checks the artists:
bar counts and lengths, tick labels, interval whiskers, annotations, event
markers, label overlaps measured with the renderer.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from itertools import combinations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import EventCollection, LineCollection

import corpuskit as ck
from corpuskit import plot
from corpuskit.framing.contrasts import double_standard as double_standard_table
from corpuskit.framing.contrasts import prevalence as prevalence_table
from corpuskit.plot.labels import label_points
from corpuskit.plot.theme import (
    DIVERGING,
    PALETTE,
    get_ax,
    require_columns,
    style_axes,
)

PRO_GOVERNMENT = ["sana", "tass", "sputnik", "manar", "alalam"]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def articles(fakes) -> pd.DataFrame:
    frame = fakes.copy()
    frame["aleppo"] = frame["location"].eq("aleppo")
    frame["side"] = np.where(frame["outlet"].isin(PRO_GOVERNMENT), "pro-government", "other")
    return frame


@pytest.fixture(scope="module")
def dtm(articles):
    return ck.dtm(articles, stopwords=True)


@pytest.fixture(scope="module")
def key(dtm) -> pd.DataFrame:
    return ck.keyness(dtm, target=True, by="aleppo", min_docs=1)  # every term, as the scatter


@pytest.fixture(scope="module")
def naming(articles) -> pd.DataFrame:
    return ck.lookup(articles, ck.lexicon("actor_naming"))


@pytest.fixture(scope="module")
def naming_shares(naming) -> pd.DataFrame:
    columns = [c for c in naming.columns if c.startswith("opposition/")]
    counts = naming.groupby("outlet_name")[columns].sum().reset_index()
    tidy = counts.melt(id_vars="outlet_name", var_name="naming", value_name="count")
    tidy["naming"] = tidy["naming"].str.removeprefix("opposition/")
    return tidy


def save(ax, tmp_path, name: str):
    path = tmp_path / f"{name}.png"
    ax.figure.savefig(path, dpi=100)
    assert path.stat().st_size > 5_000
    return ax.figure.canvas.get_renderer()


def overlapping(boxes) -> list[tuple[int, int]]:
    return [(i, j) for (i, a), (j, b) in combinations(enumerate(boxes), 2) if a.overlaps(b)]


def ci_collections(ax) -> list[LineCollection]:
    return [c for c in ax.collections if isinstance(c, LineCollection) and c.get_gid() == "ci"]


def ticks(labels) -> list[str]:
    return [t.get_text() for t in labels]


# --- theme ---------------------------------------------------------------------------


def test_palette_is_okabe_ito_and_distinct():
    assert len(set(PALETTE)) == len(PALETTE) == 8
    assert {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"} <= set(PALETTE)
    assert DIVERGING["target"] != DIVERGING["reference"]
    assert {DIVERGING["target"], DIVERGING["reference"]} <= set(PALETTE)


def test_get_ax_reuses_the_given_axes_and_creates_one_otherwise():
    fig, ax = plt.subplots()
    assert get_ax(ax) == (fig, ax)
    new_fig, new_ax = get_ax(None, (3, 2))
    assert new_fig is not fig and new_fig.get_size_inches().tolist() == [3.0, 2.0]
    assert new_ax.figure is new_fig


def test_style_axes_despines_and_labels():
    _, ax = get_ax()
    style_axes(ax, title="Coverage", xlabel="week", ylabel="articles", grid="y")
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    assert ax.get_title() == "Coverage" and ax.get_xlabel() == "week"
    assert ax.yaxis.get_gridlines()[0].get_visible()
    assert not ax.xaxis.get_gridlines()[0].get_visible()
    with pytest.raises(ValueError, match="grid="):
        style_axes(ax, grid="diagonal")


def test_require_columns_names_what_is_missing():
    with pytest.raises(ValueError, match=r"result= lacks column\(s\) 'direction', 'g2'"):
        require_columns(
            pd.DataFrame({"feature": ["a"]}),
            ["feature", "direction", "g2"],
            argument="result",
            what="a keyness result",
        )
    with pytest.raises(ValueError, match="must be a DataFrame"):
        require_columns([1, 2], ["a"], argument="data", what="a table")


def test_label_points_never_overlap_in_a_dense_cluster(tmp_path):
    rng = np.random.default_rng(7)
    x, y = rng.normal(size=40), rng.normal(scale=0.5, size=40)
    _, ax = get_ax(None, (5, 4))
    ax.scatter(x, y, s=8)
    labels = [f"term{i}" for i in range(40)]
    texts = label_points(ax, x, y, labels, avoid=(x, y))
    renderer = save(ax, tmp_path, "labels")
    assert [t.get_text() for t in texts] == labels
    assert overlapping([t.get_window_extent(renderer) for t in texts]) == []
    frame = ax.get_window_extent(renderer)
    assert all(frame.contains(*t.get_window_extent(renderer).min) for t in texts)


def test_label_points_is_deterministic():
    def positions():
        _, ax = get_ax(None, (4, 3))
        texts = label_points(ax, [0, 0.05, 0.1, 1], [0, 0.05, 0.1, 1], ["a", "bb", "ccc", "d"])
        renderer = ax.figure.canvas.get_renderer()
        return [tuple(t.get_window_extent(renderer).bounds) for t in texts]

    assert positions() == positions()


def test_label_points_rejects_mismatched_lengths():
    _, ax = get_ax()
    with pytest.raises(ValueError, match="same length"):
        label_points(ax, [0, 1], [0], ["a", "b"])


# --- keyness ---------------------------------------------------------------------------


def test_keyness_draws_n_terms_per_side_with_intervals(key, tmp_path):
    ax = plot.keyness(key, n=10, rank_by=None, labels=("Aleppo", "elsewhere"))
    save(ax, tmp_path, "keyness")
    bars = [bar for container in ax.containers for bar in container]
    assert len(bars) == 20
    assert [c.get_label() for c in ax.containers] == ["more in Aleppo", "more in elsewhere"]
    target = key[key["direction"] == "target"].nlargest(10, "log_ratio")
    reference = key[key["direction"] == "reference"].nsmallest(10, "log_ratio")
    labels = ticks(ax.get_yticklabels())
    # strongest target term at the top, strongest reference term at the bottom
    assert labels[-1] == target["feature"].iloc[0] and labels[0] == reference["feature"].iloc[0]
    assert set(labels) == set(target["feature"]) | set(reference["feature"])
    widths = dict(zip(labels, [b.get_width() for b in sorted(bars, key=lambda b: b.get_y())]))
    expected = key.set_index("feature")["log_ratio"]
    assert all(widths[term] == pytest.approx(expected[term]) for term in labels)
    (whiskers,) = ci_collections(ax)
    segments = whiskers.get_segments()
    assert len(segments) == 20
    lows = sorted(round(float(s[0][0]), 9) for s in segments)
    chosen = key[key["feature"].isin(labels)]
    assert lows == sorted(round(float(v), 9) for v in chosen["log_ratio_low"])


def test_keyness_picks_terms_by_g2_and_draws_their_log_ratio(key):
    ax = plot.keyness(key, n=8)
    labels = set(ticks(ax.get_yticklabels()))
    target = key[key["direction"] == "target"].nlargest(8, "g2")
    reference = key[key["direction"] == "reference"].assign(a=key["g2"].abs()).nlargest(8, "a")
    assert labels == set(target["feature"]) | set(reference["feature"])
    widths = sorted(b.get_width() for c in ax.containers for b in c)
    chosen = key[key["feature"].isin(labels)]["log_ratio"]
    assert widths == pytest.approx(sorted(chosen))
    plt.close(ax.figure)


def test_keyness_g2_has_no_interval_and_signed_bars(key, tmp_path):
    ax = plot.keyness(key, n=5, measure="g2")
    save(ax, tmp_path, "keyness_g2")
    assert ci_collections(ax) == []
    widths = [b.get_width() for c in ax.containers for b in c]
    assert sum(w > 0 for w in widths) == 5 and sum(w < 0 for w in widths) == 5
    assert "aleppo" in ticks(ax.get_yticklabels())
    assert ax.get_title() == "Key terms: aleppo = True vs rest"


def test_keyness_signs_chi2_by_direction(key):
    ax = plot.keyness(key, n=3, measure="chi2")
    widths = sorted(b.get_width() for c in ax.containers for b in c)
    top_reference = key[key["direction"] == "reference"]["chi2"].max()
    assert widths[0] == pytest.approx(-top_reference)


def test_keyness_counts_infinite_values_in_the_title(key):
    n_infinite = int(np.isinf(key["pct_diff"]).sum())
    assert n_infinite > 0
    ax = plot.keyness(key, n=5, measure="pct_diff")
    assert f"({n_infinite} with infinite pct_diff not shown)" in ax.get_title()


def test_keyness_rejects_wrong_tables(key):
    with pytest.raises(ValueError, match="'direction'"):
        plot.keyness(key.drop(columns="direction"))
    with pytest.raises(ValueError, match="'log_ratio_low'"):
        plot.keyness(key.drop(columns="log_ratio_low"))
    plot.keyness(key.drop(columns="log_ratio_low"), ci=False)
    with pytest.raises(ValueError, match="measure="):
        plot.keyness(key, measure="tfidf")
    stacked = pd.concat([key.assign(stratum="a"), key.assign(stratum="b")])
    with pytest.raises(ValueError, match="2 contrasts in column 'stratum'"):
        plot.keyness(stacked)


# --- term scatter ----------------------------------------------------------------------


def test_term_scatter_labels_distinctive_terms_without_overlap(dtm, key, tmp_path):
    ax = plot.term_scatter(dtm, target=True, by="aleppo", n_labels=20, labels=("Aleppo", "rest"))
    renderer = save(ax, tmp_path, "scatter")
    points = {c.get_gid(): c.get_offsets() for c in ax.collections}
    assert sum(len(p) for p in points.values()) == len(key)
    assert (key["p_adjusted"] < 0.05).sum() == len(points["target"]) + len(points["reference"])
    texts = [t for t in ax.texts if t.get_gid() == "term_label"]
    assert len(texts) == 20
    shown = {t.get_text() for t in texts}
    assert {"aleppo", "rocket", "chemical", "raqqa"} <= shown
    assert overlapping([t.get_window_extent(renderer) for t in texts]) == []
    assert ax.get_xscale() == ax.get_yscale() == "log"
    assert "rest" in ax.get_xlabel() and "Aleppo" in ax.get_ylabel()


def test_term_scatter_agrees_across_its_three_inputs(dtm, key):
    freqs = ck.frequencies(dtm, by="aleppo", n_boot=0)
    offsets = []
    for data in (dtm, key, freqs):
        ax = plot.term_scatter(data, target=True, by="aleppo" if data is dtm else None, n_labels=0)
        merged = np.concatenate([c.get_offsets() for c in ax.collections])
        offsets.append(np.sort(merged, axis=0))
    np.testing.assert_allclose(offsets[0], offsets[1])
    np.testing.assert_allclose(offsets[0], offsets[2])


def test_term_scatter_rejects_wrong_input(key):
    with pytest.raises(ValueError, match="'freq_target'"):
        plot.term_scatter(key.drop(columns="freq_target"))
    freqs = pd.DataFrame({"group": ["a"], "feature": ["x"], "count": [1], "n_tokens": [5]})
    with pytest.raises(ValueError, match="not found in the 'group' column"):
        plot.term_scatter(freqs, target="b")
    with pytest.raises(ValueError, match="rank_by="):
        plot.term_scatter(key, rank_by="chi2")


# --- prevalence and double standard ---------------------------------------------------


@pytest.fixture(scope="module")
def naming_flags(naming, articles) -> pd.DataFrame:
    flags = naming[["doc_id", "outlet"]].copy()
    flags["side"] = articles["side"].to_numpy()
    flags["event"] = np.where(articles["aleppo"], "Aleppo", "elsewhere")
    for name in ("terrorists", "rebels"):
        flags[name] = naming[f"opposition/{name}"].to_numpy() > 0
    return flags


def test_prevalence_dots_and_whiskers_per_group(naming_flags, tmp_path):
    table = prevalence_table(naming_flags, columns=["terrorists", "rebels"], by="side", n_boot=100)
    ax = plot.prevalence(table, hue="side", xlabel="share of articles")
    save(ax, tmp_path, "prevalence")
    assert ticks(ax.get_yticklabels()) == ["rebels", "terrorists"]  # bottom to top
    whiskers = ci_collections(ax)
    assert [len(w.get_segments()) for w in whiskers] == [2, 2]
    first = table[table["side"] == table["side"].iloc[0]]
    ends = sorted((float(s[0][0]), float(s[1][0])) for s in whiskers[0].get_segments())
    assert ends == sorted(zip(first["low"], first["high"]))
    assert ticks(ax.get_legend().get_texts()) == list(pd.unique(table["side"]))


def test_prevalence_needs_hue_for_repeated_rows(naming_flags):
    table = prevalence_table(naming_flags, columns=["rebels"], by="side", n_boot=10)
    with pytest.raises(ValueError, match="pass hue="):
        plot.prevalence(table)
    with pytest.raises(ValueError, match="'upper'"):
        plot.prevalence(table, hue="side", high="upper")


def test_double_standard_plot(naming_flags, tmp_path):
    result = double_standard_table(
        naming_flags,
        value="terrorists",
        by={"side": ("pro-government", "other"), "event": ("Aleppo", "elsewhere")},
        n_boot=200,
        n_perm=200,
    )
    ax = plot.double_standard(result, ylabel="share of articles saying 'terrorists'")
    save(ax, tmp_path, "double_standard")
    lines = ax.get_lines()
    assert [line.get_label().split(" (")[0] for line in lines] == ["pro-government", "other"]
    cells = result[result["term"] == "cell"]
    np.testing.assert_allclose(
        np.concatenate([line.get_ydata() for line in lines]), cells["estimate"].to_numpy()
    )
    (whiskers,) = ci_collections(ax)
    spans = [(float(s[0][1]), float(s[1][1])) for s in whiskers.get_segments()]
    np.testing.assert_allclose(spans, cells[["low", "high"]].to_numpy())
    (note,) = [t for t in ax.texts if t.get_gid() == "did"]
    did = result[result["term"] == "did"].iloc[0]
    assert f"= {did['estimate']:.3g}," in note.get_text()
    assert f"p = {did['p_value']:.3g}" in note.get_text()
    assert ticks(ax.get_xticklabels()) == ["Aleppo", "elsewhere"]


def test_double_standard_rejects_other_tables():
    with pytest.raises(ValueError, match="'term'"):
        plot.double_standard(pd.DataFrame({"group": [1], "event": [1], "estimate": [1.0]}))
    partial = pd.DataFrame(
        {
            "term": ["cell"],
            "group": ["A"],
            "event": ["a"],
            "estimate": [1.0],
            "low": [0.0],
            "high": [2.0],
        }
    )
    with pytest.raises(ValueError, match="4 'cell' rows"):
        plot.double_standard(partial)


# --- heatmap ---------------------------------------------------------------------------


def test_heatmap_annotations_equal_the_table(naming_shares, tmp_path):
    tidy = naming_shares.copy()
    tidy["share"] = tidy["count"] / tidy.groupby("outlet_name")["count"].transform("sum")
    ax = plot.heatmap(tidy, index="outlet_name", columns="naming", values="share")
    save(ax, tmp_path, "heatmap")
    wide = tidy.pivot(index="outlet_name", columns="naming", values="share")
    wide = wide.reindex(index=pd.unique(tidy["outlet_name"]), columns=pd.unique(tidy["naming"]))
    cells = [t.get_text() for t in ax.texts if t.get_gid() == "cell"]
    assert cells == [f"{v:.2f}" for v in wide.to_numpy().ravel()]
    np.testing.assert_allclose(ax.images[0].get_array(), wide.to_numpy())
    assert ticks(ax.get_yticklabels()) == list(wide.index)
    assert ax.images[0].colorbar.ax.get_ylabel() == "share"
    # the same table, wide: the same picture
    wide_ax = plot.heatmap(wide.reset_index(), index="outlet_name", fmt=".0%", label="share")
    np.testing.assert_allclose(wide_ax.images[0].get_array(), wide.to_numpy())
    assert wide_ax.texts[0].get_text() == f"{wide.iloc[0, 0]:.0%}"


def test_heatmap_centres_mixed_signs_and_skips_missing_cells():
    table = pd.DataFrame({"a": [-0.5, 0.25], "b": [np.nan, 0.1]}, index=["x", "y"])
    ax = plot.heatmap(table)
    norm = ax.images[0].norm
    assert (norm.vmin, norm.vmax) == (-0.5, 0.5)
    assert [t.get_text() for t in ax.texts] == ["-0.50", "0.25", "0.10"]


def test_heatmap_rejects_bad_tables():
    tidy = pd.DataFrame({"g": ["a", "a"], "f": ["x", "x"], "v": [1.0, 2.0]})
    with pytest.raises(ValueError, match="several rows"):
        plot.heatmap(tidy, index="g", columns="f", values="v")
    with pytest.raises(ValueError, match="'value'"):
        plot.heatmap(tidy, index="g", columns="f", values="value")
    with pytest.raises(ValueError, match=r"\['g', 'f'\] are not numeric"):
        plot.heatmap(tidy)


# --- timeline --------------------------------------------------------------------------

EVENTS = {
    "2016-12-13": "Aleppo evacuation",
    "2016-12-22": "Aleppo retaken",
    "2017-03-17": "Mosul air strike",
    "2017-04-04": "Khan Shaykhun attack",
    "2017-04-07": "Shayrat strike",
}


def test_timeline_counts_marks_events_and_reports_undated(articles, tmp_path):
    frame = articles.copy()
    frame.loc[frame.index[:6], "date"] = pd.NaT
    ax = plot.timeline(frame, by="side", freq="M", events=EVENTS)
    renderer = save(ax, tmp_path, "timeline")
    assert ax.get_title() == "Articles per month by side (6 undated not shown)"
    series = [line for line in ax.get_lines() if line.get_gid() != "event"]
    assert sorted(line.get_label() for line in series) == ["other", "pro-government"]
    assert sum(line.get_ydata().sum() for line in series) == len(frame) - 6
    assert len(series[0].get_xdata()) == len(
        pd.period_range(frame["date"].min(), frame["date"].max(), freq="M")
    )
    markers = [line for line in ax.get_lines() if line.get_gid() == "event"]
    assert len(markers) == len(EVENTS)
    labels = [t for t in ax.texts if t.get_gid() == "event_label"]
    assert [t.get_text() for t in labels] == list(EVENTS.values())
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert overlapping(boxes) == []
    frame_box = ax.get_window_extent(renderer)
    assert all(frame_box.x0 <= b.x0 and b.x1 <= frame_box.x1 for b in boxes)


def test_timeline_stacked_weeks_fold_small_groups(articles, tmp_path):
    ax = plot.timeline(articles, by="outlet_name", stacked=True, max_groups=4)
    save(ax, tmp_path, "timeline_stacked")
    names = [text.get_text() for text in ax.get_legend().get_texts()]
    assert len(names) == 4 and names[-1] == "other (12 groups)"
    top = ax.collections[-1].get_paths()[0].vertices[:, 1].max()
    weekly = articles["date"].dt.to_period("W").value_counts().max()
    assert top == weekly
    assert ax.get_title() == "Articles per week by outlet_name"


def test_timeline_rejects_bad_input(articles):
    with pytest.raises(ValueError, match="'published'"):
        plot.timeline(articles, date="published")
    with pytest.raises(ValueError, match="freq="):
        plot.timeline(articles, freq="Y")
    with pytest.raises(ValueError, match="'someday'"):
        plot.timeline(articles, events={"someday": "x"})


# --- xray ------------------------------------------------------------------------------


def test_xray_ticks_every_occurrence(articles, tmp_path):
    toks = ck.tokens(articles)
    ax = plot.xray(toks, ["Aleppo", "Mosul", "Russia's"], by_doc_label="outlet_name")
    save(ax, tmp_path, "xray")
    counts = toks.to_frame()["token"].value_counts()
    events = [c for c in ax.collections if isinstance(c, EventCollection)]
    assert [c.get_gid() for c in events] == ["term:Aleppo", "term:Mosul", "term:Russia's"]
    assert [len(c.get_positions()) for c in events] == [
        counts["aleppo"],
        counts["mosul"],
        counts["russia"],
    ]
    assert all(0 <= p < 1 for c in events for p in c.get_positions())
    assert ticks(ax.get_yticklabels())[0] == f"Russia's ({counts['russia']})"
    spans = [line for line in ax.get_lines() if line.get_gid() == "label_boundary"]
    assert len(spans) == articles["outlet_name"].nunique() - 1


def test_xray_matches_phrases_and_marks_documents(tmp_path):
    texts = ["A humanitarian corridor opened.", "The corridor closed.", "Humanitarian aid."]
    ax = plot.xray(texts, ["humanitarian corridor", "corridor"])
    save(ax, tmp_path, "xray_small")
    events = [c for c in ax.collections if isinstance(c, EventCollection)]
    # 9 tokens: a humanitarian corridor opened | the corridor closed | humanitarian aid
    positions = [list(c.get_positions()) for c in events]
    np.testing.assert_allclose(positions[0], [1 / 9])
    np.testing.assert_allclose(positions[1], [2 / 9, 5 / 9])
    boundaries = [line for line in ax.get_lines() if line.get_gid() == "document_boundary"]
    np.testing.assert_allclose([line.get_xdata()[0] for line in boundaries], [4 / 9, 7 / 9])
    with pytest.raises(ValueError, match="gives no token"):
        plot.xray(texts, ["..."])
    with pytest.raises(ValueError, match="'source'"):
        plot.xray(texts, ["corridor"], by_doc_label="source")


# --- shares ----------------------------------------------------------------------------


def test_shares_stack_to_one_per_outlet(naming_shares, tmp_path):
    ax = plot.shares(naming_shares, x="outlet_name", hue="naming", value="count")
    renderer = save(ax, tmp_path, "shares")
    totals: dict[float, float] = {}
    for container in ax.containers:
        for bar in container:
            totals[bar.get_y()] = totals.get(bar.get_y(), 0.0) + bar.get_width()
    assert len(totals) == naming_shares["outlet_name"].nunique()
    assert all(total == pytest.approx(1.0) for total in totals.values())
    assert len(ax.containers) == 8  # 9 namings: the two smallest folded into "all others"
    assert ax.containers[-1].get_label() == "all others (2)"
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.x0 >= ax.get_window_extent(renderer).x1  # outside the bars
    sana = naming_shares[naming_shares["outlet_name"] == "SANA"]
    top_share = sana["count"].max() / sana["count"].sum()
    assert f"{top_share:.0%}" in [t.get_text() for t in ax.texts if t.get_gid() == "share_label"]


def test_shares_vertical_and_validation(naming_shares):
    ax = plot.shares(naming_shares, x="outlet_name", hue="naming", value="count", horizontal=False)
    heights = {}
    for container in ax.containers:
        for bar in container:
            heights[bar.get_x()] = heights.get(bar.get_x(), 0.0) + bar.get_height()
    assert all(h == pytest.approx(1.0) for h in heights.values())
    with pytest.raises(ValueError, match="sums to"):
        plot.shares(naming_shares, x="outlet_name", hue="naming", value="count", normalize=False)
    with pytest.raises(ValueError, match="'share'"):
        plot.shares(naming_shares, x="outlet_name", hue="naming")
    empty = pd.DataFrame({"o": ["a", "a", "b"], "n": ["x", "y", "x"], "share": [1, 3, 0]})
    assert "(1 o with no share not shown)" in plot.shares(empty, x="o", hue="n").get_title()


# --- contract --------------------------------------------------------------------------


def test_plots_draw_on_the_given_axes_and_never_show(key, naming_shares, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("plt.show() called")

    monkeypatch.setattr(plt, "show", refuse)
    _, axes = plt.subplots(1, 2)
    assert plot.keyness(key, n=3, ax=axes[0]) is axes[0]
    assert (
        plot.shares(naming_shares, x="outlet_name", hue="naming", value="count", ax=axes[1])
        is axes[1]
    )
    assert len(plt.get_fignums()) == 1


def test_importing_corpuskit_plot_does_not_import_matplotlib():
    code = "import sys, corpuskit, corpuskit.plot; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


RENAMED = [
    (name, old)
    for name in ck.plot.__all__
    for old in getattr(getattr(ck.plot, name), "__deprecated_arguments__", {})
]


@pytest.mark.parametrize(("name", "old"), RENAMED)
def test_old_first_argument_names_warn(name, old):
    """The first argument of every chart is ``data`` (or ``articles``); old names warn."""
    assert next(iter(inspect.signature(getattr(ck.plot, name)).parameters)) == "data"
    with (
        pytest.warns(FutureWarning, match=rf"{old}= is deprecated .* use data= instead"),
        pytest.raises(Exception),  # noqa: B017 - an empty table is no chart's input
    ):
        getattr(ck.plot, name)(**{old: pd.DataFrame()})


def test_renamed_charts_cover_every_old_name():
    assert len(RENAMED) == 21
