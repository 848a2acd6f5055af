"""Tests for the similarity, reuse and topic plots (corpuskit.plot), on real FA-KES results.

Every plot is drawn headless from ``ck.group_similarity``, ``ck.reuse_summary``
and ``ck.topics`` results, saved as a PNG into pytest's ``tmp_path``, and
checked through its artists: annotations against the table values in the
clustered order, dendrogram leaves, network arrows against the links,
interval whiskers against the bootstrap table, bars against the topic weights.
"""

from __future__ import annotations

from itertools import combinations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection
from matplotlib.patches import FancyArrowPatch
from scipy.cluster.hierarchy import cophenet, leaves_list, linkage
from scipy.spatial.distance import squareform

import corpuskit as ck
from corpuskit import plot
from corpuskit.plot.similarity import cluster_order


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def matrix(fakes):
    return ck.dtm(fakes, stopwords=True).trim(min_docfreq=5)


@pytest.fixture(scope="module")
def group_sim(matrix) -> pd.DataFrame:
    return ck.group_similarity(matrix, by="outlet", n_boot=20)


@pytest.fixture(scope="module")
def summary(fakes) -> pd.DataFrame:
    return ck.reuse_summary(ck.reuse(fakes), by="outlet")


@pytest.fixture(scope="module")
def model(matrix):
    return ck.topics(matrix, n_topics=5)


def save(ax, tmp_path, name: str):
    path = tmp_path / f"{name}.png"
    ax.figure.savefig(path, dpi=100)
    assert path.stat().st_size > 5_000
    return ax.figure.canvas.get_renderer()


def tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def expected_order(square: pd.DataFrame) -> list:
    """Leaves of scipy's average linkage on 1 - similarity, computed here independently."""
    distance = 1.0 - square.to_numpy()
    np.fill_diagonal(distance, 0.0)
    merges = linkage(squareform(distance, checks=False), "average", optimal_ordering=True)
    return [square.index[i] for i in leaves_list(merges)]


# ------------------------------------------------------------------ similarity


def test_similarity_heatmap_annotates_the_table_in_clustered_order(group_sim, fakes, tmp_path):
    square = group_sim.pivot(index="group_a", columns="group_b", values="similarity")
    order = expected_order(square)
    ax = plot.similarity_heatmap(group_sim)
    save(ax, tmp_path, "similarity_heatmap")
    sizes = fakes["outlet"].value_counts()
    assert tick_texts(ax.get_yticklabels()) == [f"{g} (n={sizes[g]})" for g in order]
    assert tick_texts(ax.get_xticklabels()) == order
    expected = [
        f"{square.loc[row, col]:.2f}" for row in order for col in order if row != col
    ]  # the diagonal is blank
    assert [t.get_text() for t in ax.texts if t.get_gid() == "cell"] == expected
    assert len(expected) == 15 * 14
    assert ax.images[0].colorbar.ax.get_ylabel() == "cosine similarity"
    # the most similar pair of outlets is merged first, so its leaves are neighbours
    closest = group_sim[group_sim["group_a"] != group_sim["group_b"]].nlargest(1, "similarity")
    a, b = closest[["group_a", "group_b"]].iloc[0]
    assert abs(order.index(a) - order.index(b)) == 1
    assert cluster_order(group_sim) == order


def test_similarity_heatmap_unclustered_keeps_the_group_order_and_draws_the_diagonal(group_sim):
    groups = list(pd.unique(group_sim["group_a"]))
    ax = plot.similarity_heatmap(group_sim, cluster=False, diagonal=True, annotate=False)
    assert tick_texts(ax.get_xticklabels()) == groups
    assert [t for t in ax.texts if t.get_gid() == "cell"] == []
    image = ax.images[0].get_array()
    assert image.mask.sum() == 0 and np.allclose(np.diag(image), 1.0)


def test_similarity_plots_take_a_square_document_matrix(matrix, tmp_path):
    square = ck.similarity(matrix[np.arange(10)], as_matrix=True)
    order = expected_order(square)
    _fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5), layout="constrained")
    assert plot.similarity_heatmap(square, ax=left) is left
    assert plot.dendrogram(square, ax=right) is right
    save(left, tmp_path, "similarity_documents")
    assert tick_texts(left.get_yticklabels()) == order
    assert tick_texts(right.get_yticklabels()) == order
    cells = [t.get_text() for t in left.texts if t.get_gid() == "cell"]
    assert cells == [f"{square.loc[r, c]:.2f}" for r in order for c in order if r != c]


def test_dendrogram_leaves_are_the_outlets_in_the_heatmap_order(group_sim, fakes, tmp_path):
    ax = plot.dendrogram(group_sim)
    save(ax, tmp_path, "dendrogram")
    leaves = tick_texts(ax.get_yticklabels())
    assert sorted(leaves) == sorted(fakes["outlet"].unique())
    assert leaves == cluster_order(group_sim)
    links = [c for c in ax.collections if c.get_gid() == "link"]
    assert sum(len(c.get_paths()) for c in links) == 14  # n - 1 merges
    square = group_sim.pivot(index="group_a", columns="group_b", values="similarity")
    distance = squareform(np.clip(1.0 - square.to_numpy(), 0, None), checks=False)
    correlation, _ = cophenet(linkage(distance, "average", optimal_ordering=True), distance)
    assert f"cophenetic correlation {correlation:.2f}" in ax.get_title()
    # the root joins at the largest merge height, inside the x range
    heights = np.concatenate([np.asarray(p.vertices)[:, 0] for c in links for p in c.get_paths()])
    assert 0 < heights.max() <= ax.get_xlim()[1]


def test_similarity_plot_errors_name_the_problem(group_sim):
    with pytest.raises(ValueError, match="'similarity'"):
        plot.similarity_heatmap(group_sim.drop(columns="similarity"))
    with pytest.raises(ValueError, match="square similarity matrix"):
        plot.dendrogram(pd.DataFrame([[1.0, 0.5]], index=["a"], columns=["a", "b"]))
    skewed = pd.DataFrame([[1.0, 0.2], [0.6, 1.0]], index=["a", "b"], columns=["a", "b"])
    with pytest.raises(ValueError, match="not symmetric"):
        plot.similarity_heatmap(skewed)
    plot.similarity_heatmap(skewed, cluster=False)  # drawn as it is
    with pytest.raises(ValueError, match="several rows"):
        plot.similarity_heatmap(pd.concat([group_sim, group_sim.head(1)]))


# ------------------------------------------------------------------ reuse


def test_reuse_matrix_cells_equal_the_summary(summary, tmp_path):
    ax = plot.reuse_matrix(summary)
    save(ax, tmp_path, "reuse_matrix")
    sources, reusers = tick_texts(ax.get_yticklabels()), tick_texts(ax.get_xticklabels())
    assert sources == reusers
    assert set(sources) == set(summary["source"]) | set(summary["reuser"])
    pairs = summary.set_index(["source", "reuser"])["n_pairs"]
    expected = [str(pairs[(s, r)]) for s in sources for r in reusers if (s, r) in pairs.index]
    assert [t.get_text() for t in ax.texts if t.get_gid() == "cell"] == expected
    assert len(expected) == len(summary)
    assert "source" in ax.get_ylabel() and "reuser" in ax.get_xlabel()

    shares = plot.reuse_matrix(summary, value="median_containment")
    first = summary.iloc[0]
    assert shares.texts[0].get_text() == f"{first['median_containment']:.2f}"
    assert tick_texts(shares.get_yticklabels())[0] == first["source"]


def test_reuse_network_draws_one_arrow_per_link(summary, tmp_path):
    across = summary[summary["source"] != summary["reuser"]]
    for min_pairs in (1, 3):
        ax = plot.reuse_network(summary, min_pairs=min_pairs)
        renderer = save(ax, tmp_path, f"reuse_network_{min_pairs}")
        arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
        links = across[across["n_pairs"] >= min_pairs]
        assert len(arrows) == len(links) > 0
        assert sorted(a.get_gid() for a in arrows) == sorted(
            f"edge:{s}->{r}" for s, r in zip(links["source"], links["reuser"])
        )
        widths = {a.get_gid(): a.get_linewidth() for a in arrows}
        by_pairs = sorted(zip(links["n_pairs"], links["source"], links["reuser"]))
        ordered = [widths[f"edge:{s}->{r}"] for _, s, r in by_pairs]
        assert ordered == sorted(ordered) and ordered[0] < ordered[-1]
        labels = [t for t in ax.texts if str(t.get_gid()).startswith("node:")]
        assert len(labels) == len(set(summary["source"]) | set(summary["reuser"]))
        boxes = [t.get_window_extent(renderer) for t in labels]
        assert not any(a.overlaps(b) for a, b in combinations(boxes, 2))
        figure_box = ax.figure.bbox
        assert all(figure_box.x0 <= b.x0 and b.x1 <= figure_box.x1 for b in boxes)
    within = summary[(summary["source"] == "manar") & (summary["reuser"] == "manar")]
    manar = next(t for t in ax.texts if t.get_gid() == "node:manar")
    assert manar.get_text() == f"manar\n{int(within['n_pairs'].iloc[0])} within"


def test_reuse_network_is_deterministic(summary):
    images = []
    for _ in range(2):
        ax = plot.reuse_network(summary)
        ax.figure.canvas.draw()
        images.append(np.asarray(ax.figure.canvas.buffer_rgba()).copy())
    assert np.array_equal(*images)


def test_reuse_plot_errors(summary, fakes):
    with pytest.raises(ValueError, match=r"ck\.reuse_summary"):
        plot.reuse_matrix(ck.reuse(fakes.head(50)))
    with pytest.raises(ValueError, match="'n_pairs'"):
        plot.reuse_network(summary.drop(columns="n_pairs"))
    with pytest.raises(ValueError, match="min_pairs="):
        plot.reuse_network(summary, min_pairs=0)
    with pytest.raises(ValueError, match="several rows"):
        plot.reuse_matrix(pd.concat([summary, summary.head(1)]))


# ------------------------------------------------------------------ topics


def test_topic_prevalence_whiskers_are_the_bootstrap_intervals(model, tmp_path):
    ax = plot.topic_prevalence(model, by="outlet", n_boot=20)
    save(ax, tmp_path, "topic_prevalence")
    table = model.prevalence(by="outlet", n_boot=20, seed=0)
    whiskers = [c for c in ax.collections if isinstance(c, LineCollection) and c.get_gid() == "ci"]
    assert len(whiskers) == 5  # 15 outlets > 5 topics: one colour per topic
    assert sum(len(c.get_segments()) for c in whiskers) == 15 * 5
    for topic, lines in enumerate(whiskers):
        segments = np.array(lines.get_segments())
        part = table[table["topic"] == topic]
        np.testing.assert_allclose(segments[:, 0, 0], part["low"])
        np.testing.assert_allclose(segments[:, 1, 0], part["high"])
    legend = tick_texts(ax.get_legend().get_texts())
    assert legend == [f"{k}: {label}" for k, label in enumerate(model.labels)]
    sizes = table.drop_duplicates("group").set_index("group")["n_docs"]
    rows = [f"{group} (n={n})" for group, n in sizes.items()]
    assert tick_texts(ax.get_yticklabels()) == rows[::-1]  # first group on top
    assert "95% CI" in ax.get_title()


def test_topic_prevalence_of_two_groups_colours_the_groups(model, fakes, tmp_path):
    table = model.prevalence(by="outlet", n_boot=20)
    table = table[table["group"].isin(["sana", "reuters"])]
    ax = plot.topic_prevalence(table, by="outlet")
    save(ax, tmp_path, "topic_prevalence_two")
    whiskers = [c for c in ax.collections if c.get_gid() == "ci"]
    assert [len(c.get_segments()) for c in whiskers] == [5, 5]
    n_docs = fakes["outlet"].value_counts()
    assert tick_texts(ax.get_legend().get_texts()) == [
        f"{outlet} (n={n_docs[outlet]})" for outlet in ("reuters", "sana")
    ]
    assert ax.get_legend().get_title().get_text() == "outlet"
    assert tick_texts(ax.get_yticklabels())[::-1] == [
        f"{k}: {label}" for k, label in enumerate(model.labels)
    ]
    with pytest.raises(ValueError, match="too many"):
        plot.topic_prevalence(model.prevalence(by="outlet", n_boot=5), hue="group")
    with pytest.raises(ValueError, match="'low'"):
        plot.topic_prevalence(table.drop(columns="low"))


def test_topic_terms_bars_are_the_top_terms(model, tmp_path):
    ax = plot.topic_terms(model)
    save(ax, tmp_path, "topic_terms")
    top = model.top_terms[model.top_terms["rank"] <= 8]
    assert tick_texts(ax.get_yticklabels()) == top["term"].tolist()
    bars = [bar for container in ax.containers for bar in container]
    assert len(bars) == 5 * 8
    np.testing.assert_allclose([bar.get_width() for bar in bars], top["weight"])
    assert [bar.get_gid() for bar in bars] == [f"topic:{k}" for k in top["topic"]]
    headings = [t.get_text() for t in ax.texts if t.get_gid() == "topic_heading"]
    assert headings == [f"Topic {k}" for k in range(5)]

    longer = plot.topic_terms(model, n=12, topics=[3, 1])
    terms = tick_texts(longer.get_yticklabels())
    assert len(terms) == 24
    for block, topic in zip((terms[:12], terms[12:]), (3, 1)):
        expected = model.top_terms.loc[model.top_terms["topic"] == topic, "term"].tolist()
        assert block[:10] == expected
    with pytest.raises(ValueError, match="topics="):
        plot.topic_terms(model, topics=[7])
    with pytest.raises(ValueError, match="n="):
        plot.topic_terms(model, n=0)
