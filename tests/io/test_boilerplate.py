"""strip_boilerplate and repeated_paragraphs: furniture patterns, repetition, the report."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.io.boilerplate import (
    BOILERPLATE_COLUMNS,
    KNOWN_FURNITURE,
    paragraphs,
    strip_boilerplate,
)
from corpuskit.io.report import LoadReport, attach_report


@pytest.fixture()
def articles():
    footer = "Sign up for our daily newsletter today"
    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "outlet": ["cnn", "cnn", "cnn", "hill"],
            "text": [
                "Aleppo fell.\n\nPhotos: Aleppo Hide Caption 1 of 9\n\n" + footer,
                "Mosul held.\n\nJUST WATCHED Mosul Replay More Videos ...\n\n" + footer,
                "Raqqa burned.\n\n" + footer + "\n\nRaqqa burned.",
                "Idlib.\n\nRelated: Trump speaks\n\n" + footer,
            ],
        }
    )
    return attach_report(frame, LoadReport(total=4, loaded=4))


def test_dry_run_lists_what_would_go(articles):
    dry = strip_boilerplate(articles, min_docs=3, min_share=0.5, dry_run=True)
    assert list(dry.columns) == list(BOILERPLATE_COLUMNS)
    assert dry[["doc_id", "paragraph", "rule", "count"]].values.tolist() == [
        ["a", 1, "cnn_gallery", 1],
        ["a", 2, "repeated", 3],
        ["b", 1, "cnn_video", 1],
        ["b", 2, "repeated", 3],
        ["c", 1, "repeated", 3],
        ["d", 1, "related_link", 1],
    ]
    # the hill's footer is in one of its documents only: not repeated there
    assert articles["text"].iloc[0].startswith("Aleppo fell.")


def test_real_run_rewrites_counts_and_reports(articles):
    clean = strip_boilerplate(articles, min_docs=3, min_share=0.5)
    assert clean["text"].tolist() == [
        "Aleppo fell.",
        "Mosul held.",
        "Raqqa burned.\n\nRaqqa burned.",
        "Idlib.\n\nSign up for our daily newsletter today",
    ]
    assert clean["n_boilerplate_removed"].tolist() == [2, 2, 1, 1]
    report = ck.load_report(clean)
    assert (report.total, report.loaded) == (4, 4)
    assert report.notes == [
        "strip_boilerplate removed 6 paragraph(s) from 4 document(s) (repeated 3, "
        "cnn_gallery 1, cnn_video 1, related_link 1); 0 document(s) left without text"
    ]
    assert articles["text"].iloc[0].endswith("today")  # the input is not changed


def test_patterns_and_by_options(articles):
    only_repeats = strip_boilerplate(articles, patterns={}, by=None, min_docs=4, dry_run=True)
    assert only_repeats["rule"].tolist() == ["repeated"] * 4
    with pytest.raises(ValueError, match="not a valid regex"):
        strip_boilerplate(articles, patterns={"bad": "("})
    with pytest.raises(ValueError, match="min_docs= must be an integer >= 2"):
        strip_boilerplate(articles, min_docs=1)
    with pytest.raises(ValueError, match="min_share= must be in"):
        strip_boilerplate(articles, min_share=0)
    with pytest.raises(ValueError, match="no column 'source'"):
        strip_boilerplate(articles, by="source")


def test_known_furniture_each_matches_its_example():
    examples = {
        "cnn_gallery": "Photos: The race Hide Caption 4 of 10",
        "cnn_video": "JUST WATCHED Debate Replay More Videos ... MUST WATCH Debate 01:29",
        "continued_below": "Story Continued Below",
        "related_link": "Related: China is crushing the U.S.",
        "copyright": "Copyright © 2019 The Washington Times, LLC.",
        "click_here": "CLICK HERE TO GET THE FOX NEWS APP",
        "reprint": "Reprinted from Climatewire with permission from E&E News.",
        "share_buttons": "Facebook Twitter Pinterest A caption. Photograph: AP",
        "photo_credit": "Xi Jinping and Donald Trump in Beijing. (Photo: Andy Wong/AP)",
        "image_widget": "Enlarge this image toggle caption Jane Roe/AFP/Getty Images",
        "bbc_caption": "Media playback is unsupported on your device Media caption A rally",
        "contributor_line": "The Associated Press contributed to this report.",
    }
    assert set(examples) == set(ck.KNOWN_FURNITURE)
    frame = pd.DataFrame(
        {
            "doc_id": list(examples),
            "outlet": "x",
            "text": [f"Body.\n\n{t}" for t in examples.values()],
        }
    )
    dry = strip_boilerplate(frame, dry_run=True)
    assert dict(zip(dry["doc_id"], dry["rule"])) == {name: name for name in examples}
    prose = pd.DataFrame(
        {"doc_id": ["p"], "outlet": ["x"], "text": ["Rebels said the photos showed the siege."]}
    )
    assert strip_boilerplate(prose, dry_run=True).empty
    more_links = ["More: Senator says she will vote to impeach", "( Also on POLITICO: A headline)"]
    sign_off = ["- Jane Roe and John Doe", "- Nicholas Wu"]
    not_furniture = ["More than 30 people died: the toll rose.", "- Syria and Iraq", "- lots died"]
    lines = more_links + sign_off + not_furniture
    frame = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(lines))], "outlet": "x", "text": lines}
    )
    found = strip_boilerplate(frame, dry_run=True)
    assert found["text"].tolist() == more_links + sign_off


def test_repeated_paragraphs_within_and_across(articles):
    table = ck.repeated_paragraphs(articles, min_words=2)
    assert table[["doc_id", "paragraph", "n_docs", "n_occurrences", "repeat"]].values.tolist() == [
        ["a", 2, 4, 4, False],
        ["b", 2, 4, 4, True],
        ["c", 0, 1, 2, False],
        ["c", 1, 4, 4, True],
        ["c", 2, 1, 2, True],
        ["d", 2, 4, 4, True],
    ]
    assert paragraphs(None) == [] and paragraphs("a\nb") == ["a", "b"]


@pytest.mark.corpus
def test_article_bias_prediction_sample_loses_its_furniture(data_dir):
    arts = ck.load_dataset("article_bias_prediction")
    outlets = ["CNN (Web News)", "Washington Times", "Politico", "The Guardian", "USA TODAY"]
    sample = arts[arts["outlet"].isin(outlets)].sample(n=2500, random_state=7)
    furniture = (
        r"Hide Caption \d+ of \d+|JUST WATCHED|Story Continued Below|"
        r"Click here for reprint permission|Facebook Twitter Pinterest"
    )
    assert sample["text"].str.contains(furniture).sum() > 500
    dry = strip_boilerplate(sample, dry_run=True)
    clean = strip_boilerplate(sample)
    assert not clean["text"].str.contains(furniture).any()
    assert clean["n_boilerplate_removed"].sum() == len(dry)
    # the repetition rule never removes a paragraph found in one document only
    keys = {
        (outlet, doc, " ".join(p.split()).casefold())
        for outlet, doc, text in zip(sample["outlet"], sample["doc_id"], sample["text"])
        for p in paragraphs(text)
    }
    docs_per_key = pd.Series([(outlet, key) for outlet, _, key in keys]).value_counts()
    outlet_of = dict(zip(sample["doc_id"], sample["outlet"]))
    repeated = dry[dry["rule"] == "repeated"]
    found_in = [
        docs_per_key[(outlet_of[doc], " ".join(text.split()).casefold())]
        for doc, text in zip(repeated["doc_id"], repeated["text"])
    ]
    assert len(repeated) > 0 and min(found_in) >= 10
    assert repeated["count"].tolist() == found_in


@pytest.mark.corpus
def test_clue_words_only_skip_paragraphs_the_known_rules_cannot_match(data_dir):
    # The known rules are searched only in paragraphs holding one of their clue
    # words; the same patterns written differently (so without clues) must flag
    # exactly the same paragraphs with the same rules.
    arts = ck.load_dataset("article_bias_prediction")
    outlets = ["CNN (Web News)", "Washington Times", "USA TODAY", "Fox News", "Politico"]
    sample = arts[arts["outlet"].isin(outlets)].sample(n=800, random_state=11)
    spelled_out = {name: f"(?:{pattern})" for name, pattern in KNOWN_FURNITURE.items()}
    fast = strip_boilerplate(sample, dry_run=True)
    every = strip_boilerplate(sample, dry_run=True, patterns=spelled_out)
    pd.testing.assert_frame_equal(fast, every)
    assert set(fast["rule"]) >= {"cnn_gallery", "photo_credit", "copyright", "click_here"}


def test_clue_words_see_dotless_and_dotted_i_as_the_patterns_do(monkeypatch):
    # re's case-insensitive matching takes "ı" and "İ" for "i"; so must the clues
    texts = ["CLİCK HERE to subscribe", "Clıck here for reprints", "HİDE CAPTİON 4 of 10"]
    arts = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "outlet": "x", "text": [f"Prose.\n\n{t}" for t in texts]}
    )
    flagged = strip_boilerplate(arts, dry_run=True)
    assert flagged["rule"].tolist() == ["click_here", "click_here", "cnn_gallery"]
    # a user who edits the built-in patterns gets no clues for them
    monkeypatch.setitem(KNOWN_FURNITURE, "copyright", r"^all rights reserved\b")
    edited = pd.DataFrame(
        {"doc_id": ["d"], "outlet": "x", "text": ["Prose.\n\nAll rights reserved."]}
    )
    assert strip_boilerplate(edited, dry_run=True)["rule"].tolist() == ["copyright"]


def test_a_missing_doc_id_is_a_clear_error_not_a_miscount():
    # a document without an id had its repeated paragraph removed but counted 0 in
    # n_boilerplate_removed (the count is looked up by doc_id), and repeated_paragraphs
    # counted the paragraph in one document instead of two
    arts = pd.DataFrame(
        {
            "doc_id": ["a", None, "c"],
            "outlet": "x",
            "text": ["One.\n\nSign up", "Two.\n\nSign up", "Three."],
        }
    )
    for call in (
        lambda: strip_boilerplate(arts, min_docs=2),
        lambda: strip_boilerplate(arts, min_docs=2, dry_run=True),
        lambda: ck.repeated_paragraphs(arts),
    ):
        with pytest.raises(ValueError, match=r"missing doc_id.*row 1"):
            call()
