"""The paragraph engine of strip_boilerplate: one scan, counts by group, chunks, the rule screen."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from corpuskit.io import paragraphs as engine
from corpuskit.io.boilerplate import KNOWN_FURNITURE, _compile, _Rules, strip_boilerplate
from corpuskit.io.paragraphs import (
    column_values,
    group_counts,
    paragraph_key,
    paragraphs,
    scan_paragraphs,
)


def test_group_counts_count_documents_not_occurrences():
    texts = pd.Series(
        [
            "Sign up\n\nSign  UP\n\nAleppo.",  # the footer twice in one document
            "Sign up\n\nMosul.",
            "   ",  # no paragraph: not counted in its group's size
            "Sign up",  # another group
            "Sign up",  # a missing group
        ]
    )
    scan = scan_paragraphs(column_values(texts), lambda block, key: -1)
    assert scan.document.tolist() == [0, 0, 0, 1, 1, 3, 4]
    assert scan.key.tolist() == [0, 0, 1, 0, 2, 0, 0]
    count, size = group_counts(scan, np.array([0, 0, 0, 1, -1]))
    assert count.tolist()[:6] == [2, 2, 1, 2, 1, 1] and np.isnan(count[6])
    assert size.tolist()[:6] == [2, 2, 2, 2, 2, 1] and np.isnan(size[6])


def test_a_missing_group_is_never_repeated_and_has_no_count():
    arts = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": ["x", "x", None],
            "text": ["Hi.\n\nSign up", "Yo.\n\nSign up", "Sign up\n\nStory Continued Below"],
        }
    )
    dry = strip_boilerplate(arts, min_docs=2, min_share=0.5, dry_run=True)
    assert dry["doc_id"].tolist() == ["a", "b", "c"]
    assert dry["rule"].tolist() == ["repeated", "repeated", "continued_below"]
    assert dry["count"].tolist()[:2] == [2.0, 2.0] and np.isnan(dry["count"].iloc[2])


def test_texts_without_paragraphs_are_emptied_or_kept_as_they_were():
    arts = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "outlet": "x", "text": ["  \n ", None, ""]}, dtype=object
    )
    clean = strip_boilerplate(arts)
    assert clean["text"].iloc[0] == "" and clean["text"].iloc[2] == ""
    assert pd.isna(clean["text"].iloc[1])
    assert clean["n_boilerplate_removed"].tolist() == [0, 0, 0]
    assert strip_boilerplate(arts.iloc[:0]).empty


def test_chunks_do_not_change_the_result(fakes, monkeypatch):
    options = {"min_docs": 2, "min_share": 0.01}
    whole = strip_boilerplate(fakes, **options)
    whole_dry = strip_boilerplate(fakes, **options, dry_run=True)
    monkeypatch.setattr(engine, "CHUNK", 7)
    pd.testing.assert_frame_equal(strip_boilerplate(fakes, **options), whole)
    pd.testing.assert_frame_equal(strip_boilerplate(fakes, **options, dry_run=True), whole_dry)
    assert len(whole_dry) > 20 and (whole["n_boilerplate_removed"] > 0).sum() > 10


def test_the_screen_skips_only_paragraphs_no_rule_matches(fakes):
    examples = [
        "Photos: The race Hide Caption 4 of 10",
        "JUST WATCHED Debate Replay More Videos",
        "Story Continued Below",
        "Copyright © 2019 The Washington Times, LLC.",
        "CLİCK HERE to subscribe",
        "Xi Jinping in Beijing. (Photo: Andy Wong/AP)",
        "The Associated Press contributed to this report.",
        "- Jane Roe and John Doe",
        "Rebels said the photos showed the siege.",
    ]
    blocks = examples + [b for text in fakes["text"].iloc[:200] for b in paragraphs(text)]
    rules = _compile(KNOWN_FURNITURE)
    names = list(rules)
    screened = _Rules(rules)
    assert screened.screened
    for block in blocks:
        expected = next(
            (number for number, name in enumerate(names) if rules[name].search(block)), -1
        )
        assert screened.first(block, paragraph_key(block)) == expected, block


@pytest.mark.parametrize("patterns", [{"mine": r"\bsiege\b"}, {}])
def test_rules_a_user_wrote_are_searched_in_every_paragraph(patterns):
    rules = _compile({**KNOWN_FURNITURE, **patterns})
    checks = _Rules(rules)
    assert checks.screened == (not patterns)
    block = "Rebels said the photos showed the siege."
    assert checks.first(block, paragraph_key(block)) == (len(rules) - 1 if patterns else -1)
    assert re.search(r"\bsiege\b", block)


def test_scan_column_in_two_processes_is_the_scan_of_one():
    texts = pd.Series(
        ["Sign up\n\nAleppo.", None, "Mosul.\n\nSIGN  up", "Aleppo.", "", "New.\n\nSign up"] * 3
    )
    one = scan_paragraphs(column_values(texts), lambda block, key: len(key) % 3 - 1)
    two = engine.scan_column(texts, lambda block, key: len(key) % 3 - 1, n_workers=2)
    for mine, theirs in zip(one, two):
        assert mine.dtype == theirs.dtype and mine.tolist() == theirs.tolist()
