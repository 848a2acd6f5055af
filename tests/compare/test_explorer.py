"""The interactive term explorer: ck.explore_terms, its saved page and the report option."""

from __future__ import annotations

import html
import json
import re
import sys

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.docterm import DocTermMatrix
from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config

LINE_COLUMNS = ["doc_id", "left", "keyword", "right"]


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a1", "a2", "a3", "m1", "m2", "m3"],
            "outlet": ["SANA", "TASS", "AP", "AP", "Reuters", "SANA"],
            "date": pd.to_datetime(
                ["2016-12-01", "2016-12-02", "2016-12-03", "2017-01-10", "2017-01-11", "2017-01-12"]
            ),
            "title": ["Shelling", "Convoy", "Siege", "Offensive", "Advance", "Front"],
            "event": ["aleppo"] * 3 + ["mosul"] * 3,
            "text": [
                "Shelling hit eastern Aleppo. Shelling went on all night in the city.",
                "An aid convoy reached Aleppo after shelling stopped.",
                "The siege of Aleppo's eastern districts ended.",
                "Iraqi forces pressed the offensive on Mosul.",
                "The offensive reached western Mosul; shelling was heavy.",
                "Forces advanced in the city of Mosul.",
            ],
        }
    )


@pytest.fixture(scope="module")
def explorer(articles):
    return ck.explore_terms(
        articles, target="aleppo", by="event", min_count=1, window=3, max_contexts=10
    )


def page_spec(page: str) -> dict:
    """The Vega-Lite specification embedded in a saved page."""
    found = re.search(r"const spec = (\{.*\});\n", page)
    assert found, "no specification in the page"
    return json.loads(found.group(1))


def kwic_lines(articles: pd.DataFrame, term: str, *, window: int) -> pd.DataFrame:
    lines = ck.kwic(articles, term, pattern_type="fixed", window=window).to_frame()
    return lines[LINE_COLUMNS].reset_index(drop=True)


def test_every_keyness_term_is_drawn_with_its_numbers(articles, explorer):
    m = ck.dtm(articles, stopwords=True)
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=1, sort=False)
    terms = explorer.terms.set_index("feature")
    assert sorted(terms.index) == sorted(k["feature"])
    k = k.set_index("feature")
    for column in ("n_target", "n_reference", "docs_target", "docs_reference", "log_ratio"):
        assert terms[column].to_dict() == k[column].to_dict()
    assert terms.loc["shelling", ["n_target", "n_reference"]].tolist() == [3, 1]
    assert terms.loc["shelling", "per_million_target"] == pytest.approx(
        k.loc["shelling", "freq_target"] * 100
    )
    assert explorer.labels == ("aleppo", "rest")
    pd.testing.assert_frame_equal(explorer.to_frame(), explorer.terms)
    # most frequent first, ties alphabetical
    assert explorer.terms["feature"].head(3).tolist() == ["shelling", "aleppo", "mosul"]


def test_contexts_are_the_kwic_lines_each_document_first(articles, explorer):
    lines = explorer.contexts
    shelling = lines[lines["feature"] == "shelling"]
    # a1 has two hits: its second comes after the first hit of a2 (one line per document first)
    expected = [
        ("target", "a1", "", "Shelling", "hit eastern Aleppo"),
        ("target", "a2", "reached Aleppo after", "shelling", "stopped"),
        ("target", "a1", "hit eastern Aleppo.", "Shelling", "went on all"),
        ("reference", "m2", "reached western Mosul;", "shelling", "was heavy"),
    ]
    assert list(shelling[["side", *LINE_COLUMNS]].itertuples(index=False, name=None)) == expected
    target = kwic_lines(articles[articles["event"] == "aleppo"], "shelling", window=3)
    got = shelling[shelling["side"] == "target"][LINE_COLUMNS].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, target.iloc[[0, 2, 1]].reset_index(drop=True))
    # the token rule's string finds "Aleppo's" for the feature "aleppo", as counted
    assert lines[(lines["feature"] == "aleppo") & (lines["doc_id"] == "a3")][
        "keyword"
    ].tolist() == ["Aleppo"]
    assert shelling[["outlet", "title"]].values.tolist() == [
        ["SANA", "Shelling"],
        ["TASS", "Convoy"],
        ["SANA", "Shelling"],
        ["Reuters", "Advance"],
    ]
    counts = explorer.terms.set_index("feature")["contexts"]
    assert counts["shelling"] == 4
    assert counts.sum() == len(lines)


def test_ngram_features_get_the_lines_of_their_phrase(articles):
    m = ck.dtm(articles, ngram_range=(1, 2))
    ex = ck.explore_terms(m, target="aleppo", by="event", articles=articles, min_count=1, window=2)
    for phrase in ("eastern aleppo", "the city", "shelling"):
        lines = ex.contexts[ex.contexts["feature"] == phrase]
        expected = kwic_lines(articles, phrase, window=2)
        got = lines[LINE_COLUMNS].sort_values(["doc_id", "left"], ignore_index=True)
        pd.testing.assert_frame_equal(
            got, expected.sort_values(["doc_id", "left"], ignore_index=True)
        )
    assert ex.contexts[ex.contexts["feature"] == "the city"]["side"].tolist() == [
        "target",
        "reference",
    ]
    assert ex.contexts[ex.contexts["feature"] == "eastern aleppo"]["keyword"].tolist() == [
        "eastern Aleppo"
    ]


def test_repeated_doc_ids_in_articles_are_named(articles):
    m = ck.dtm(articles)
    twice = pd.concat([articles, articles.head(1)])
    with pytest.raises(ValueError, match=r"articles= has repeated doc_id values, e.g. \['a1'\]"):
        ck.explore_terms(m, target="aleppo", by="event", articles=twice)


def test_saved_page_is_self_contained_and_wired(tmp_path, explorer):
    path = explorer.save(tmp_path / "explorer.html")
    page = path.read_text(encoding="utf-8")
    assert page == explorer.to_html()
    # nothing is fetched: the scripts are inline, and outside them no tag loads anything
    assert re.findall(r"<script[^>]*>", page) == ['<script type="text/javascript">'] * 2
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.DOTALL)
    assert not re.search(r"\b(src|href)\s*=|@import|url\(", markup, re.IGNORECASE)
    assert "cdn.jsdelivr" not in page
    assert "vegaEmbed(" in page and len(page) > 500_000  # the Vega bundle is inlined
    spec = page_spec(page)
    records = spec["datasets"]["terms"]
    assert sorted(r["f"] for r in records) == sorted(explorer.terms["feature"])
    shelling = next(r for r in records if r["f"] == "shelling")
    assert (shelling["nt"], shelling["nr"], shelling["ct"], shelling["cr"]) == (3, 1, 3, 1)
    # click-through: a point selection on the term, the lines filtered by it
    params = {p["name"]: p for p in spec["params"]}
    assert params["pick"]["select"] == {"type": "point", "fields": ["f"], "on": "click"}
    assert params["search"]["bind"]["input"] == "search"
    panel = json.dumps(spec["vconcat"][1])
    assert '"data": {"name": "lines"}' in panel and '"param": "pick"' in panel
    embedded = pd.DataFrame(spec["datasets"]["lines"])
    docs = pd.DataFrame(spec["datasets"]["docs"]).set_index("d")
    mine = embedded[embedded["f"] == "shelling"]
    stored = explorer.contexts[explorer.contexts["feature"] == "shelling"]
    assert mine["l"].tolist() == stored["left"].tolist()
    assert mine["k"].tolist() == stored["keyword"].tolist()
    assert mine["r"].tolist() == stored["right"].tolist()
    assert docs.loc[mine["d"], "id"].tolist() == stored["doc_id"].tolist()
    assert docs.loc[mine["d"], "src"].tolist()[0] == "SANA · 2016-12-01"


def test_text_cannot_break_out_of_the_page(tmp_path):
    hostile = "</script><script>alert(1)</script>"
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "side": ["x", "y"],
            "title": [hostile, "<b>bold</b>"],
            "text": [f"Aleppo shelled {hostile} again.", "Mosul & Aleppo quiet."],
        }
    )
    ex = ck.explore_terms(articles, target="x", by="side", min_count=1)
    page = ex.save(tmp_path / "x.html").read_text(encoding="utf-8")
    assert "alert(1)</script>" not in page
    assert page.count("</script>") == 2  # the bundle's and the page's own
    spec = page_spec(page)
    assert hostile in [d["title"] for d in spec["datasets"]["docs"]]


def test_repr_html_is_an_iframe_holding_the_page(explorer):
    shown = explorer._repr_html_()
    found = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" style="width:100%;height:(\d+)px;border:0" .*', shown
    )
    assert found
    assert html.unescape(found.group(1)) == explorer.to_html()
    assert int(found.group(2)) > 560


def test_cap_keeps_the_most_frequent_and_every_significant_term():
    counts = np.array([[20, 30, 20, 2, 1, 0], [0, 30, 20, 2, 1, 20]] * 3)
    docvars = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "g": ["t", "r"] * 3})
    m = DocTermMatrix(counts, ["aleppo", "said", "city", "rare", "rarer", "mosul"], docvars)
    k = ck.keyness(m, target="t", by="g", min_count=1)
    assert k.set_index("feature")["p_adjusted"].lt(0.05).to_dict() == {
        "aleppo": True,
        "said": False,
        "city": False,
        "rare": False,
        "rarer": False,
        "mosul": True,
    }
    ex = ck.explore_terms(m, target="t", by="g", min_count=1, max_terms=1)
    # the most frequent term, then the significant ones
    assert ex.terms["feature"].tolist() == ["said", "aleppo", "mosul"]
    assert ex.terms["significant"].tolist() == [False, True, True]
    assert ex.notes[1] == (
        "3 of 6 terms are drawn: the 1 most frequent and every term significant at q < 0.05 (2)."
    )
    assert "No articles were given" in ex.notes[2]
    assert ex.contexts is None
    every = ck.explore_terms(m, target="t", by="g", min_count=1, max_terms=None)
    assert len(every.terms) == 6 and every.notes[1].startswith("All 6 terms are drawn")


def test_context_budget_keeps_the_most_key_terms(articles):
    ex = ck.explore_terms(articles, target="aleppo", by="event", min_count=1, context_terms=2)
    k = ck.keyness(ck.dtm(articles, stopwords=True), target="aleppo", by="event", min_count=1)
    key = k.assign(size=k["g2"].abs()).sort_values(["size", "feature"], ascending=[False, True])
    kept = key["feature"].head(2).tolist()
    assert sorted(ex.contexts["feature"].unique()) == sorted(kept)
    assert (ex.terms.set_index("feature")["contexts"].drop(kept) == 0).all()
    assert "stored for the 2 terms with the largest |G2|, up to 5 lines" in ex.notes[2]
    records = {r["f"]: r for r in ex.spec["datasets"]["terms"]}
    assert {f for f, r in records.items() if r["ct"] >= 0} == set(kept)


def test_colour_statistic_and_labels(articles):
    ex = ck.explore_terms(
        articles, target="aleppo", by="event", min_count=1, statistic="fw_z", labels=("A", "M")
    )
    records = {r["f"]: r for r in ex.spec["datasets"]["terms"]}
    fw_z = ex.terms.set_index("feature")["fw_z"]
    assert records["aleppo"]["s"] == float(f"{fw_z['aleppo']:.4g}")
    assert ex.labels == ("A", "M")
    assert '"field": "s"' in json.dumps(ex.spec["vconcat"][0])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"statistic": "pct_diff"}, "statistic= must be one of"),
        ({"max_terms": -1}, "max_terms= must be an integer >= 0 or None"),
        ({"max_contexts": 1.5}, "max_contexts= must be an integer >= 0"),
        ({"alpha": 1.0}, "alpha= must be in"),
        ({"measure": "g2"}, "sets measure= itself"),
        ({"labels": "ab"}, "labels= must be a pair"),
    ],
)
def test_bad_options_name_the_argument(articles, options, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        ck.explore_terms(articles, target="aleppo", by="event", min_count=1, **options)


def test_articles_must_share_the_documents(articles):
    m = ck.dtm(articles)
    other = articles.assign(doc_id=["x1", "x2", "x3", "x4", "x5", "x6"])
    with pytest.raises(
        ValueError, match="articles= has no document of the target or the reference"
    ):
        ck.explore_terms(m, target="aleppo", by="event", articles=other)
    with pytest.raises(TypeError, match="DocTermMatrix of counts or an articles DataFrame"):
        ck.explore_terms(["Aleppo"], target="aleppo", by="event")


def test_missing_extra_names_it(monkeypatch, articles):
    monkeypatch.setitem(sys.modules, "altair", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'corpuskit[explore]'")):
        ck.explore_terms(articles, target="aleppo", by="event")


def test_report_keyness_writes_and_links_the_explorer(tmp_path, articles):
    text = (
        '[data]\npaths = ["articles.csv"]\n'
        '[[analyses]]\nkind = "keyness"\nby = "event"\ntarget = "aleppo"\nmin_count = 1\n'
        "explorer = true\n"
    )
    report = build_report(parse_config(text, base=tmp_path), articles=articles, progress=False)
    out = report.write(tmp_path / "report")
    page = tmp_path / "report" / "pages" / "keyness_explorer.html"
    assert page.is_file()
    spec = page_spec(page.read_text(encoding="utf-8"))
    assert "shelling" in {r["f"] for r in spec["datasets"]["terms"]}
    assert '<a href="pages/keyness_explorer.html">' in out.read_text(encoding="utf-8")
    report.write(tmp_path / "report", overwrite=True)  # a report with pages may be replaced
    assert page.is_file()
    bad = text.replace("explorer = true", 'explorer = "yes"')
    with pytest.raises(ValueError, match="explorer must be true or false"):
        build_report(parse_config(bad, base=tmp_path), articles=articles, progress=False)


@pytest.mark.corpus
def test_fakes_aleppo_against_the_rest(fakes):
    m = ck.dtm(fakes, stopwords=True)
    ex = ck.explore_terms(m, target="aleppo", by="location", articles=fakes)
    assert len(ex.terms) == 3229
    assert int(ex.terms["significant"].sum()) == 496
    assert ex.contexts["feature"].nunique() == 2000
    buses = ex.contexts[ex.contexts["feature"] == "buses"]
    assert buses["side"].tolist() == ["target"] * 5
    assert buses["doc_id"].nunique() == 5
    assert (buses["keyword"].str.lower() == "buses").all()


def test_only_the_documents_holding_the_lines_are_read(monkeypatch, articles):
    from corpuskit.compare import explorer_contexts as module

    read, original = [], module.token_stream

    def recording_stream(texts, **options):
        read.append(list(texts))
        return original(texts, **options)

    monkeypatch.setattr(module, "token_stream", recording_stream)
    options = {"target": "aleppo", "by": "event", "min_count": 1, "window": 3}
    # the most key term, "mosul", is in m1, m2, m3 only: its first line is in m1
    first = ck.explore_terms(articles, max_contexts=1, context_terms=1, **options)
    assert first.contexts[["feature", "side", "doc_id"]].values.tolist() == [
        ["mosul", "reference", "m1"]
    ]
    assert read == [[articles.loc[3, "text"]]]
    read.clear()
    # the next two, "aleppo" (target only) and "forces" (reference only): a1 and m1
    three = ck.explore_terms(articles, max_contexts=1, context_terms=3, **options)
    assert three.contexts[["feature", "doc_id"]].values.tolist() == [
        ["aleppo", "a1"],
        ["forces", "m1"],
        ["mosul", "m1"],
    ]
    assert read == [articles.loc[[0, 3], "text"].tolist()]


def test_specification_compiles_to_vega_with_the_search_box_and_the_click_store(explorer):
    import vl_convert

    vega = vl_convert.vegalite_to_vega(explorer.spec)
    signals = {s["name"]: s for s in vega["signals"]}
    assert signals["search"]["bind"] == {
        "input": "search",
        "name": "Search terms: ",
        "placeholder": "part of a term",
    }
    data = {d["name"]: d for d in vega["data"]}
    assert "pick_store" in data and len(data["terms"]["values"]) == len(explorer.terms)
    filters = [t["expr"] for d in vega["data"] for t in d.get("transform", []) if "expr" in t]
    assert sum('vlSelectionTest("pick_store", datum)' in f for f in filters) >= 2
