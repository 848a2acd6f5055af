"""Numbers formatted for reading, and the notebook views of the result objects."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.display import (
    HtmlView,
    details,
    format_count,
    format_interval,
    format_number,
    format_pvalue,
    format_share,
    format_value,
    html_fields,
    html_table,
)
from corpuskit.docsim.topics import TopicModel

NUMBER = ' style="text-align:right;font-variant-numeric:tabular-nums"'


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.008811, "0.9%"), (0.12345, "12.3%"), (1, "100.0%"), (0.0, "0.0%"), (np.nan, "–")],
)
def test_shares_are_percentages_with_one_decimal(value, expected):
    assert format_share(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, "0"), (999, "999"), (1234, "1,234"), (np.int64(2_000_000), "2,000,000"), (20.0, "20")],
)
def test_counts_have_thousands_separators(value, expected):
    assert format_count(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.5, "0.500"),
        (0.04213, "0.042"),
        (0.001, "0.001"),
        (0.000999, "1.0e-03"),
        (2.9e-11, "2.9e-11"),
        (0.0, "0"),
        (None, "–"),
    ],
)
def test_pvalues_switch_to_scientific_notation_below_one_in_a_thousand(value, expected):
    assert format_pvalue(value) == expected


def test_numbers_intervals_and_values():
    assert format_number(51.9213) == "51.92"
    assert format_number(-12345.678, decimals=1) == "-12,345.7"
    assert format_number(float("inf")) == "∞"
    assert format_interval(0.101, 0.1449) == "[10.1%, 14.5%]"
    assert format_interval(-2.134, 7.3, format_number) == "[-2.13, 7.30]"
    assert format_interval(np.nan, 0.2) == "[–, 20.0%]"
    assert [format_value(v) for v in (1200, 0.25, True, pd.NaT, "TASS")] == [
        "1,200",
        "0.25",
        "True",
        "–",
        "TASS",
    ]
    assert format_value(pd.Timestamp("2016-12-22")) == "2016-12-22"
    assert format_value(pd.Timestamp("2016-12-22 10:30")) == "2016-12-22 10:30:00"


def test_html_table_formats_escapes_and_aligns_numbers():
    frame = pd.DataFrame(
        {"label": ["<rebels>"], "n": [12345], "share": [0.25], "raw": ["<i>x</i>"]}
    )
    page = html_table(
        frame,
        formats={"share": format_share, "raw": str},
        html_columns=["raw"],
        labels={"n": "mentions"},
    )
    assert page == (
        f"<table><thead><tr><th>label</th><th{NUMBER}>mentions</th><th{NUMBER}>share</th>"
        f"<th>raw</th></tr></thead><tbody><tr><td>&lt;rebels&gt;</td><td{NUMBER}>12,345</td>"
        f"<td{NUMBER}>25.0%</td><td><i>x</i></td></tr></tbody></table>"
    )
    assert html_fields({"a&b": 0.5}) == "<table><tr><th>a&amp;b</th><td>0.50</td></tr></table>"
    assert details("2 <more>", "<p/>") == (
        "<details><summary>2 &lt;more&gt;</summary><p/></details>"
    )
    view = HtmlView("<p>x</p>", "x")
    assert (repr(view), view._repr_html_()) == ("x", "<p>x</p>")


# ---------------------------------------------------------------- result views


def _rows(page: str) -> list[list[str]]:
    """The cells (text between the tags) of each body row of the first table."""
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    return [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in body.split("</tr>")[:-1]]


def _headers(page: str) -> list[str]:
    return re.findall(r"<th[^>]*>([^<]*)</th>", page[: page.index("</thead>")])


@pytest.fixture(scope="module")
def reuse_result(fixtures):
    articles = pd.read_csv(fixtures / "similarity" / "articles.csv", parse_dates=["date"])
    articles["date_precision"] = "day"
    return ck.reuse(articles)


def test_reuse_view_leads_with_the_numbers_and_the_pairs_that_share_most(reuse_result):
    page = reuse_result._repr_html_()
    assert page.startswith(
        '<div class="corpuskit-reuse"><p><b>Text reuse</b>: 6 pairs of articles share 8 '
        "passages, among 5 articles (shingles of 5 words; a pair shares at least 5 of them and "
        "20.0% of one article; shingles in more than 10 articles ignored). Order by date: "
        "a-&gt;b 1, b-&gt;a 4, same day 1.</p>"
    )
    assert _headers(page) == [
        "doc_id_a", "outlet_a", "date_a", "doc_id_b", "outlet_b", "date_b", "direction",
        "containment_a", "containment_b", "shared_shingles", "n_passages", "longest_passage",
    ]  # fmt: skip
    first = _rows(page)[0]
    assert first[:11] == [
        "wire", "tass", "2016-10-20", "reprint", "interfax", "2016-10-20", "same day",
        "65.6%", "100.0%", "63", "1",
    ]  # fmt: skip
    assert first[11].startswith("MOSCOW, October 20. Russian and Syrian") and len(first[11]) == 120
    assert first[11].endswith("…")
    assert "All pairs, largest containment first" in page
    summary = page[page.index("Who reprints whom") :]
    assert _rows(summary)[0] == ["interfax", "guardian", "1", "1", "1", "30.8%"]
    assert repr(reuse_result) == (
        "ReuseResult(6 pairs, 8 passages among 5 documents; n=5, threshold=0.2, min_shared=5)"
    )


def test_reuse_view_says_when_frequent_shingles_proposed_no_pairs(fixtures):
    # the default bounded pair search leaves out the pairs that share only shingles in
    # more than max_candidate_docfreq documents: the view says so when it could matter
    articles = pd.read_csv(fixtures / "similarity" / "articles.csv")
    bounded = ck.reuse(articles, max_docfreq=20, max_candidate_docfreq=3)
    assert (
        "shingles in more than 20 articles ignored, those in more than 3 proposed no pair "
        "and pairs sharing only them are left out)."
    ) in bounded._repr_html_()
    for result in (ck.reuse(articles), ck.reuse(articles, max_candidate_docfreq=None)):
        assert "proposed no pair" not in result._repr_html_()


def test_reuse_view_of_no_pairs_says_so(reuse_result):
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["one two three", "four five six"]})
    page = ck.reuse(articles)._repr_html_()
    assert "0 pairs of articles share 0 passages, among 2 articles" in page
    assert "<table>" not in page


def test_topic_view_lists_terms_mean_shares_and_dominance():
    m = ck.DocTermMatrix(np.array([[2, 1, 0], [0, 1, 3], [0, 0, 1]]), ["aleppo", "siege", "mosul"])
    model = TopicModel(
        model=None,
        method="nmf",
        shares=np.array([[1.0, 0.0], [0.25, 0.75], [0.0, 1.0]]),
        weights=np.array([[2.0, 1.0, 0.0], [0.0, 1.0, 3.0]]),
        dtm=m,
        top_n=2,
    )
    page = model._repr_html_()
    assert "<b>Topic model</b> (NMF): 2 topics of 3 documents and 3 terms" in page
    assert _headers(page) == ["topic", "top terms", "mean share", "dominant in"]
    # terms of zero weight are left out; mean share over all documents
    assert _rows(page) == [
        ["0", "aleppo, siege", "41.7%", "1"],
        ["1", "mosul, siege", "58.3%", "2"],
    ]


@pytest.fixture(scope="module")
def naming_result():
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "side": ["x", "x", "y", "y"],
            "text": ["Rebels and rebels.", "Terrorists attacked.", "Rebels fled.", "The rebels."],
        }
    )
    labels = {"rebels": ["rebel*"], "terrorists": ["terrorist*"]}
    return ck.naming(articles, labels=labels, by="side", n_boot=50, n_perm=50)


def test_naming_view_gives_the_test_in_words_and_shares_with_intervals(naming_result):
    page = naming_result._repr_html_()
    assert (
        "<p><b>Naming</b> of armed_opposition: 2 labels in 2 groups (by side); "
        "5 mentions in 4 documents.</p>"
    ) in page
    test = naming_result.test.iloc[0]
    assert (
        f"chi-squared = {test['chi2']:.1f} (df 1), p = {test['p_value']:.3f}; permutation "
        f"p = {test['p_perm']:.3f} (50 permutations); Cramér&#x27;s V = {test['cramers_v']:.2f}."
    ) in page
    assert _headers(page) == ["label", "x", "y"]
    shares = naming_result.shares
    x_rebels = shares[(shares["side"] == "x") & (shares["label"] == "rebels")].iloc[0]
    rows = _rows(page)
    assert rows[0] == [
        "rebels",
        f"66.7% {format_interval(x_rebels['share_low'], x_rebels['share_high'])}",
        "100.0% [100.0%, 100.0%]",
    ]
    assert rows[1][0] == "terrorists" and rows[1][2] == "0.0% [0.0%, 0.0%]"
    assert rows[2:] == [["n_mentions", "3", "2"], ["n_docs", "2", "2"]]
    assert "with 95% document-bootstrap intervals; result.shares is the table." in page


def test_naming_view_without_groups_has_no_test():
    result = ck.naming(["Rebels and terrorists.", "Rebels."], labels={"rebels": ["rebel*"]})
    page = result._repr_html_()
    assert "Do the groups" not in page
    assert _headers(page) == ["label", "all"]
    assert _rows(page)[0][0] == "rebels" and _rows(page)[0][1].startswith("100.0% [")
