"""Report pages read as a paper: numbered figures captioned in words, shares as
percentages, long cells that wrap, the analyses drawn by the ``ck.plot`` function
named after them."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config
from corpuskit.report.html import render_html, table_html

CONFIG = """
title = "Figures"
seed = 3

[data]
dataset = "fakes"

[[markers]]
date = 2016-12-13
label = "Aleppo evacuation"

[[markers]]
date = 2016-12-15
label = "Evacuation halted"

[[analyses]]
kind = "timeline"
by = "outlet"
freq = "D"

[[analyses]]
kind = "naming"
by = "outlet"
n_boot = 50
n_perm = 50

[[analyses]]
kind = "agency"
by = "outlet"
n_boot = 50

[[analyses]]
kind = "quotes"
by = "outlet"
n_boot = 50
"""

LONG_QUOTE = "We " + " ".join(["waited"] * 60) + " for the convoy"


@pytest.fixture(scope="module")
def page() -> tuple[str, object]:
    articles = pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "outlet": ["sana", "sana", "sana", "bbc", "bbc", "bbc"],
            "date": pd.to_datetime(
                ["2016-12-01", "2016-12-05", "2016-12-20", "2016-12-02", "2016-12-14",
                 "2016-12-18"]
            ),
            "text": [
                'Terrorists shelled Aleppo. Jets killed 20 people. The minister said: "We '
                'will win the war."',
                "20 people were killed by rebel shelling. Terrorists attacked the city.",
                "Terrorists fired rockets. 12 civilians died.",
                f'Rebels held the city. 20 people were killed. "{LONG_QUOTE}," said Ahmed '
                "Hassan, a resident of Aleppo.",
                "Airstrikes killed 30 civilians. The rebels withdrew.",
                "Rebels and opposition fighters left Aleppo. 8 people were killed.",
            ],
        }
    )  # fmt: skip
    report = build_report(parse_config(CONFIG), articles=articles)
    return render_html(report), report


def captions(html: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", caption)
        for caption in re.findall(r"<figcaption>(.*?)</figcaption>", html)
    ]


def test_figures_are_numbered_and_captioned_in_sentences(page):
    html, _ = page
    assert captions(html) == [
        "Figure 1. Number of articles per day, one line per outlet. Dashed lines mark events: "
        "Aleppo evacuation (2016-12-13); Evacuation halted (2016-12-15). "
        "(figures/timeline.png)",
        "Figure 2. Share of the mentions of the armed opposition that use each label, by "
        "outlet, with 95% intervals from resampling documents. (figures/naming.png)",
        "Figure 3. Casualty clauses by outlet. A: how each clause is told (its construction; "
        "the bars sum to 100%). B: share of casualty clauses without a named agent, and with "
        "an actor (not a weapon) as the agent, with 95% intervals from resampling documents. "
        "(figures/agency.png)",
        "Figure 4. Share of the quotes by speaker type, by outlet (a quote in several parts "
        "counts once). (figures/quotes.png)",
    ]
    # the alt text of each image is its caption, not a file name
    assert 'alt="Share of the quotes by speaker type, by outlet' in html


def test_shares_are_percentages_with_one_decimal_in_tables_only(page):
    html, report = page
    naming = next(s for s in report.sections if s.kind == "naming")
    shares = naming.tables["shares"]  # the CSV keeps the numbers
    row = shares[(shares["share"] > 0) & (shares["share"] < 1)].iloc[0]  # a share, not 0 or 1
    start = html.index('<section id="naming">')
    table = html[html.index("<h3>Table shares", start) : html.index("</table>", start)]
    cells = f'<td class="num">{row["share"]:.1%}</td><td class="num">{row["share_low"]:.1%}</td>'
    assert cells in table
    assert not re.search(r'<td class="num">0\.\d+</td>', table)  # no share as a fraction
    assert f'<td class="num">{row["count"]}</td>' in table  # counts stay whole numbers


def test_table_html_formats_named_share_columns():
    frame = pd.DataFrame({"share": [0.123456, None], "n": [3, 4], "ratio": [0.5, 0.25]})
    html = table_html(frame, percent=["share", "n"])
    assert '<td class="num">12.3%</td>' in html
    assert '<td class="num"></td>' in html  # missing share
    assert '<td class="num">0.5</td>' in html  # other columns as before
    assert '<td class="num">300.0%</td>' in html  # an integer column named as a share


def test_long_quotes_wrap_inside_the_page(page):
    html, _ = page
    style = html[html.index("<style>") : html.index("</style>")]
    assert "table.data{" in style and "max-width:100%" in style
    assert "overflow-wrap:anywhere" in style
    assert "table.evidence{width:100%;table-layout:fixed}" in style
    quotes = html[html.index('<section id="quotes">') : html.index('<section class="metadata"')]
    evidence = quotes[
        quotes.index('<table class="data evidence"><colgroup><col class="finding">') :
    ]
    assert f'<td class="kw">{LONG_QUOTE}</td>' in evidence  # in full, wrapped by the styles
