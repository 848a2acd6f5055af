"""Tests for search patterns and KWIC concordances (corpuskit.compare.patterns / kwic)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.compare.kwic import KWIC_COLUMNS, Kwic
from corpuskit.compare.patterns import compile_patterns, find_hits, token_stream
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule


@pytest.fixture(scope="module")
def articles(fixtures) -> pd.DataFrame:
    return pd.read_csv(fixtures / "compare" / "articles.csv", parse_dates=["date"])


@pytest.fixture(scope="module")
def fakes(data_dir) -> pd.DataFrame:
    # SOURCE.md: the file is latin-1 (cp1252 cannot decode byte 0x81 in it)
    frame = pd.read_csv(data_dir / "fakes" / "fakes.csv", encoding="latin-1")
    frame["doc_id"] = frame["unit_id"].astype(str) + "-" + frame.index.astype(str)
    return frame


def _lines(k: Kwic, *columns: str) -> list[list]:
    return k.to_frame()[list(columns)].values.tolist()


# ---------------------------------------------------------------- patterns


def test_glob_and_word_patterns_compile_to_anchored_token_regexes():
    glob, word, phrase = compile_patterns(
        ["liberat*", "Aleppo", "humanitarian corridor"], rule=DEFAULT_RULE
    )
    assert [p.label for p in (glob, word, phrase)] == [
        "liberat*",
        "Aleppo",
        "humanitarian corridor",
    ]
    assert glob.parts[0].fullmatch("LIBERATED") and not glob.parts[0].fullmatch("deliberate")
    assert word.parts[0].fullmatch("aleppo") and not word.parts[0].fullmatch("aleppos")
    assert len(phrase.parts) == 2
    assert glob.may_match("they were Liberated") and not glob.may_match("freed")


def test_question_mark_matches_one_character_and_fixed_is_literal():
    (glob,) = compile_patterns("civilian?", rule=DEFAULT_RULE)
    assert glob.parts[0].fullmatch("civilians") and not glob.parts[0].fullmatch("civilian")
    (fixed,) = compile_patterns("civilian?", pattern_type="fixed", rule=TokenRule())
    # the rule reads "civilian?" as the token "civilian": the "?" is punctuation
    assert fixed.parts[0].fullmatch("civilian") and not fixed.parts[0].fullmatch("civilians")


def test_wildcard_free_parts_are_cut_by_the_token_rule():
    (pattern,) = compile_patterns("Assad's forces", rule=DEFAULT_RULE)
    assert [p.pattern for p in pattern.parts] == ["Assad", "forces"]
    (kept,) = compile_patterns("US-led", rule=DEFAULT_RULE)
    assert len(kept.parts) == 1


def test_regex_parts_must_match_whole_tokens():
    (pattern,) = compile_patterns("free syria[n]?", pattern_type="regex", rule=DEFAULT_RULE)
    assert len(pattern.parts) == 2 and pattern.prefilter is None
    assert pattern.parts[1].fullmatch("Syrian") and not pattern.parts[1].fullmatch("Syrians")


def test_case_sensitive_and_compiled_patterns():
    (sensitive,) = compile_patterns("Aleppo", case_sensitive=True, rule=DEFAULT_RULE)
    assert sensitive.parts[0].fullmatch("Aleppo") and not sensitive.parts[0].fullmatch("aleppo")
    (compiled,) = compile_patterns(re.compile("Mosul|Aleppo"), rule=DEFAULT_RULE)
    assert compiled.label == "Mosul|Aleppo"
    assert compiled.parts[0].fullmatch("Mosul") and not compiled.parts[0].fullmatch("mosul")


@pytest.mark.parametrize(
    ("pattern", "options", "error", "message"),
    [
        ("aleppo", {"pattern_type": "wildcard"}, ValueError, "pattern_type="),
        ([], {}, ValueError, "empty list"),
        ("   ", {}, ValueError, "empty pattern"),
        (["aleppo", "aleppo"], {}, ValueError, "twice"),
        ("liberat(", {"pattern_type": "regex"}, ValueError, "not a valid regular expression"),
        ("-- ;", {}, ValueError, "finds no token"),
        ([1], {}, TypeError, "int"),
    ],
)
def test_bad_patterns_raise_naming_the_problem(pattern, options, error, message):
    with pytest.raises(error, match=message):
        compile_patterns(pattern, rule=DEFAULT_RULE, **options)


def _brute_force_hits(texts, patterns):
    """Loop over every document and position: the reference for find_hits."""
    found = []
    for d, text in enumerate(texts):
        words = [text[s:e] for s, e in DEFAULT_RULE.spans(text)]
        for p, pattern in enumerate(patterns):
            k = len(pattern.parts)
            for i in range(len(words) - k + 1):
                if all(pattern.parts[j].fullmatch(words[i + j]) for j in range(k)):
                    found.append((d, i, k, p))
    return sorted(found)


@settings(max_examples=60, deadline=None)
@given(
    docs=st.lists(
        st.lists(st.sampled_from(["Aleppo", "aleppo", "east", "Eastern", "of", "liberated"])),
        max_size=5,
    ),
    patterns=st.lists(
        st.sampled_from(["aleppo", "east*", "*ern aleppo", "of ?leppo", "liberat* of"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_find_hits_equals_a_brute_force_search(docs, patterns):
    texts = [" ".join(words) for words in docs]
    compiled = compile_patterns(patterns, rule=DEFAULT_RULE)
    stream = token_stream(texts, rule=DEFAULT_RULE)
    hits = find_hits(stream, compiled)
    first = hits["first"].to_numpy()
    position = first - stream.doc_first[stream.doc[first]]
    got = sorted(
        zip(
            stream.doc[first].tolist(),
            position.tolist(),
            hits["length"].tolist(),
            hits["pattern"].tolist(),
        )
    )
    assert got == _brute_force_hits(texts, compiled)


# ---------------------------------------------------------------- kwic on the fixture


def test_kwic_glob_lines_contexts_and_metadata(articles):
    k = ck.kwic(articles, "liberat*", window=3)
    assert isinstance(k, Kwic) and len(k) == 6
    assert _lines(k, "doc_id", "left", "keyword", "right") == [
        ["c1", "stands for the", "liberation", "of Iraq's Mosul"],
        ["c1", "of Aleppo. The", "liberation", "of eastern Aleppo"],
        ["c2", "Government forces", "LIBERATED", "most of eastern"],
        ["c2", 'city was not "', "liberated", '" but destroyed'],
        ["c3", "Aleppo is", "liberated", "! Residents of eastern"],
        ["c5", "Mosul would be", "liberated", "soon. Mosul residents"],
    ]
    frame = k.to_frame()
    assert list(frame.columns) == [*KWIC_COLUMNS, "outlet", "date"]
    assert frame["pattern"].unique().tolist() == ["liberat*"]
    assert frame["outlet"].tolist() == ["tass", "tass", "reuters", "reuters", "sana", "tass"]
    assert frame["date"].iloc[0] == pd.Timestamp("2016-10-01")
    assert _lines(k, "start", "end", "token_start", "token_end")[:2] == [
        [22, 32, 4, 5],
        [68, 78, 12, 13],
    ]


def test_kwic_offsets_slice_the_keyword_and_token_positions_match_the_rule(articles):
    frame = ck.kwic(articles, ["aleppo", "humanitarian corridor"], window=2).to_frame()
    texts = dict(zip(articles["doc_id"], articles["text"]))
    for row in frame.itertuples():
        text = texts[row.doc_id]
        assert text[row.start : row.end] == row.keyword
        spans = DEFAULT_RULE.spans(text)
        assert spans[row.token_start][0] == row.start
        assert spans[row.token_end - 1][1] == row.end


def test_kwic_phrase_across_a_line_break_keeps_the_exact_keyword(articles):
    k = ck.kwic(articles, "humanitarian corridor", window=2)
    assert _lines(k, "doc_id", "left", "keyword", "right", "token_start", "token_end") == [
        ["c4", "A", "humanitarian corridor", "opened in", 1, 3],
        ["c4", "met; the", "humanitarian\ncorridor", "stayed empty", 13, 15],
    ]
    assert "humanitarian corridor]" in repr(k)


def test_kwic_overlapping_patterns_give_one_line_each_in_text_order(articles):
    k = ck.kwic(articles[articles["doc_id"] == "c2"], ["aleppo", "eastern aleppo"], window=1)
    assert _lines(k, "left", "keyword", "right", "pattern") == [
        ["of", "eastern Aleppo", "on", "eastern aleppo"],
        ["eastern", "Aleppo", "on", "aleppo"],
    ]


def test_kwic_case_sensitivity_regex_and_dotted_tokens(articles):
    assert len(ck.kwic(articles, "aleppo")) == 10
    assert _lines(ck.kwic(articles, "aleppo", case_sensitive=True), "doc_id", "keyword") == [
        ["c7", "aleppo"]
    ]
    regex = ck.kwic(articles, "liberat(ed|ion)", pattern_type="regex", window=0)
    assert regex.to_frame()["keyword"].tolist() == [
        "liberation",
        "liberation",
        "LIBERATED",
        "liberated",
        "liberated",
        "liberated",
    ]
    assert _lines(ck.kwic(articles, "*-led", window=1), "doc_id", "left", "keyword", "right") == [
        ["c5", "The", "U.S.-led", "coalition"]
    ]


def test_kwic_window_zero_and_document_edges(articles):
    k = ck.kwic(articles, "moscow", window=0)
    assert _lines(k, "left", "keyword", "right") == [["", "Moscow", ""]]
    edge = ck.kwic(articles, "again", window=4)
    assert _lines(edge, "left", "keyword", "right") == [["The Security Council met", "again", ""]]


def test_kwic_without_docvars_and_without_doc_id(articles):
    frame = ck.kwic(articles, "mosul", docvars=False).to_frame()
    assert list(frame.columns) == list(KWIC_COLUMNS)
    plain = ck.kwic(articles[["text"]], "mosul").to_frame()
    assert plain["doc_id"].tolist() == ["doc1", "doc5", "doc5"]


def test_kwic_other_text_column_and_metadata_name_clash():
    frame = pd.DataFrame(
        {"doc_id": ["a"], "body": ["Aleppo fell."], "pattern": ["x"], "title": ["T"]}
    )
    out = ck.kwic(frame, "aleppo", text_column="body").to_frame()
    assert list(out.columns) == [*KWIC_COLUMNS, "doc_pattern"]
    assert out["doc_pattern"].tolist() == ["x"] and out["pattern"].tolist() == ["aleppo"]


def test_kwic_no_hits_gives_an_empty_concordance(articles):
    k = ck.kwic(articles, "damascus")
    assert len(k) == 0
    assert list(k.to_frame().columns) == [*KWIC_COLUMNS, "outlet", "date"]
    assert len(k.sort("right")) == 0
    assert "Kwic: 0 lines for" in k._repr_html_()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [({"window": -1}, ValueError, "window="), ({"text_column": "body"}, KeyError, "text_column=")],
)
def test_kwic_argument_errors(articles, kwargs, error, message):
    with pytest.raises(error, match=message):
        ck.kwic(articles, "aleppo", **kwargs)


def test_kwic_refuses_other_inputs():
    with pytest.raises(TypeError, match="DataFrame or a Tokens"):
        ck.kwic(["Aleppo fell."], "aleppo")


# ---------------------------------------------------------------- sorting


def test_sort_right_by_first_and_second_word(articles):
    k = ck.kwic(articles, "aleppo", window=2)
    right1 = k.sort("right").to_frame()["right"].tolist()
    # words compare, not punctuation: ". The UN" sorts under "the"
    assert right1 == [
        "and Aleppo",
        "everywhere. The",
        "is liberated",
        "is near",
        "on Tuesday",
        "province: aleppo",
        "returned home",
        ". The liberation",
        ". The UN",
        ", western Aleppo",
    ]
    right2 = k.sort("right", key_position=2).to_frame()
    assert right2["right"].tolist()[3:] == [
        "returned home",
        "is liberated",
        ". The liberation",
        "is near",
        "everywhere. The",
        "on Tuesday",
        ". The UN",
    ]
    assert sorted(right2["right"].tolist()[:3]) == [
        ", western Aleppo",
        "and Aleppo",
        "province: aleppo",
    ]


def test_sort_left_from_the_keyword_outwards(articles):
    k = ck.kwic(articles, "aleppo", window=2).sort("left")
    assert k.to_frame()["left"].tolist() == [
        "",
        "Aleppo and",
        "Eastern",
        "in eastern",
        "of eastern",
        "of eastern",
        "of eastern",
        "and of",
        "Aleppo province:",
        "Aleppo, western",
    ]


def test_sort_by_keyword_column_several_keys_and_descending(articles):
    k = ck.kwic(articles, "liberat*", window=1)
    assert k.sort("keyword").to_frame()["keyword"].tolist() == [
        "LIBERATED",
        "liberated",
        "liberated",
        "liberated",
        "liberation",
        "liberation",
    ]
    by_outlet = k.sort(["outlet", "right"], ascending=False)
    assert _lines(by_outlet, "outlet", "right") == [
        ["tass", "soon"],
        ["tass", "of"],
        ["tass", "of"],
        ["sana", "! Residents"],
        ["reuters", "most"],
        ["reuters", '" but'],
    ]
    assert k.sort("right").to_frame()["doc_id"].tolist() == ["c2", "c2", "c1", "c1", "c3", "c5"]
    assert len(ck.kwic(articles, "liberat*", sort="keyword")) == 6


@pytest.mark.parametrize(
    ("by", "key_position", "message"),
    [("publisher", 1, "publisher"), ("right", 0, "key_position="), ([], 1, "empty")],
)
def test_sort_errors(articles, by, key_position, message):
    with pytest.raises(ValueError, match=message):
        ck.kwic(articles, "aleppo").sort(by, key_position=key_position)


# ---------------------------------------------------------------- object protocol


def test_len_iter_head_and_repr(articles):
    k = ck.kwic(articles, "aleppo", window=1)
    lines = list(k)
    assert len(lines) == len(k) == 10
    assert lines[0].doc_id == "c1" and lines[0].keyword == "Aleppo"
    head = k.head(3)
    assert isinstance(head, Kwic) and len(head) == 3
    assert head.to_frame().equals(k.to_frame().head(3))
    text = repr(k)
    assert text.startswith("Kwic: 10 lines for 'aleppo', window=1")
    assert "[Aleppo]" in text


def test_to_frame_is_a_copy(articles):
    k = ck.kwic(articles, "mosul")
    frame = k.to_frame()
    frame.loc[0, "keyword"] = "changed"
    assert k.to_frame().loc[0, "keyword"] == "Mosul"


def test_html_escapes_text_and_bolds_the_keyword(articles):
    k = ck.kwic(articles[articles["doc_id"] == "c3"], "returned", window=5)
    page = k._repr_html_()
    assert "<b>returned</b>" in page
    assert "home &amp; celebrated &lt;in the streets" in page
    assert "<in the" not in page
    assert '<td style="white-space:nowrap">2016-12-22</td>' in page


def _headers(page: str) -> list[str]:
    head = page[page.index("<thead>") : page.index("</thead>")]
    return re.findall(r"<th[^>]*>([^<]*)</th>", head)


def test_html_leads_with_the_concordance_and_folds_the_metadata(articles):
    wide = articles.assign(**{f"meta{i}": f"m{i}" for i in range(24)})
    page = ck.kwic(wide, "mosul", window=2).to_html()
    # left | keyword | right first, then the identifying columns, the rest folded
    assert _headers(page) == ["left", "keyword", "right", "doc_id", "outlet", "date", ""]
    first = page[page.index("<tbody>") : page.index("</details></td></tr>")]
    assert re.findall(r"<td[^>]*>(.*?)</td>", first)[:6] == [
        "of Iraq&#x27;s",
        "<b>Mosul</b>",
        "and of",
        "c1",
        "tass",
        "2016-10-01",
    ]
    assert '<td style="text-align:right;white-space:nowrap">of Iraq&#x27;s</td>' in first
    assert '<td style="text-align:center;white-space:nowrap"><b>Mosul</b></td>' in first
    # folded: offsets, pattern and the 24 other columns, one row each
    assert first.count("<details><summary>29 more</summary>") == 1
    assert "<tr><th>start</th><td>43</td></tr>" in first
    assert "<tr><th>meta23</th><td>m23</td></tr>" in first


def test_html_shows_25_lines_with_a_note_and_show_expands(articles):
    many = pd.concat([articles] * 4, ignore_index=True)
    k = ck.kwic(many, "aleppo")
    assert len(k) == 40
    page = k._repr_html_()
    assert page.count("<b>") == 25
    assert (
        "Kwic: 40 lines for &#x27;aleppo&#x27;, window=5; showing 25 of 40: "
        "k.show(100) shows more, k.show(None) all, k.to_frame() is the table"
    ) in page
    assert k.show(30)._repr_html_().count("<b>") == 30
    everything = k.show(None)
    assert everything._repr_html_().count("<b>") == 40 and "showing" not in everything.html
    assert repr(k.show(2)).splitlines()[-1] == "... 38 more line(s)"
    assert k.to_frame().equals(ck.kwic(many, "aleppo").to_frame())


def test_html_columns_can_be_chosen_and_patterns_are_shown_when_several(articles):
    k = ck.kwic(articles, ["aleppo", "mosul"])
    assert _headers(k.to_html(4)) == [
        "left",
        "keyword",
        "right",
        "doc_id",
        "outlet",
        "date",
        "pattern",
        "",
    ]
    assert _headers(k.to_html(4, columns=["outlet"])) == ["left", "keyword", "right", "outlet", ""]
    no_metadata = ck.kwic(articles[["text"]], "mosul")
    assert _headers(no_metadata.to_html()) == ["left", "keyword", "right", "doc_id", ""]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda k: k.show(-1), "n= must be an integer >= 0 or None, got -1"),
        (lambda k: k.to_html(2.5), "n= must be"),
        (lambda k: k.show(columns=["place"]), r"columns= names \['place'\]"),
    ],
)
def test_show_errors_name_the_argument(articles, call, message):
    with pytest.raises(ValueError, match=message):
        call(ck.kwic(articles, "aleppo"))


# ---------------------------------------------------------------- real data


def test_fakes_liberat_hits_slice_out_of_the_text(fakes):
    k = ck.kwic(fakes, "liberat*", text_column="article_content")
    frame = k.to_frame()
    assert len(frame) >= 40
    assert frame["keyword"].str.lower().str.startswith("liberat").all()
    texts = dict(zip(fakes["doc_id"], fakes["article_content"]))
    sliced = [texts[d][s:e] for d, s, e in zip(frame["doc_id"], frame["start"], frame["end"])]
    assert sliced == frame["keyword"].tolist()
    assert {"source", "label", "article_title"} <= set(frame.columns)
    assert "article_content" not in frame.columns
    assert set(frame["source"]) <= set(fakes["source"])
    # the prefilter keeps every document that has a hit: compare with a full scan
    full_scan = {
        doc_id: sum(t.startswith("liberat") for t in DEFAULT_RULE.tokenize(text))
        for doc_id, text in zip(fakes["doc_id"], fakes["article_content"])
    }
    assert frame.groupby("doc_id").size().to_dict() == {d: c for d, c in full_scan.items() if c}


def test_fakes_counts_per_outlet_through_the_frame(fakes):
    frame = ck.kwic(fakes, "aleppo", text_column="article_content", window=2).to_frame()
    per_outlet = frame.groupby("source").size()
    assert per_outlet.sum() == len(frame)
    assert np.all(per_outlet > 0)
    # with the default rule "Aleppo-based" is one token, not a hit
    mentions = fakes["article_content"].str.count(r"(?i)(?<![\w-])aleppo(?![\w-])")
    assert len(frame) == int(mentions.sum())


# ---------------------------------------------------------------- Tokens input


def test_kwic_on_tokens_matches_token_strings_and_compounds(articles):
    toks = ck.tokens(articles, phrases=["security council"], stopwords={"the"})
    k = ck.kwic(toks, "security_council", window=2)
    assert _lines(k, "doc_id", "left", "keyword", "right", "outlet") == [
        ["c4", "aleppo un", "security_council", "met humanitarian", "reuters"],
        ["c7", "aleppo everywhere", "security_council", "met again", "anadolu"],
    ]
    texts = dict(zip(articles["doc_id"], articles["text"]))
    for line in k:
        assert texts[line.doc_id][line.start : line.end].lower() == "security council"


def test_kwic_on_plain_tokens_finds_what_the_text_search_finds(articles):
    from_text = ck.kwic(articles, ["aleppo", "humanitarian corridor"], window=3).to_frame()
    from_tokens = ck.kwic(ck.tokens(articles), ["aleppo", "humanitarian corridor"], window=3)
    columns = ["doc_id", "start", "end", "token_start", "token_end", "pattern", "outlet"]
    pd.testing.assert_frame_equal(from_tokens.to_frame()[columns], from_text[columns])
    assert from_tokens.to_frame()["keyword"].tolist()[:2] == ["aleppo", "aleppo"]
