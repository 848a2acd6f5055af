"""Text reuse: shingle containment, passage alignment and direction, on fixtures and FA-KES."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from corpuskit.docsim import shingles
from corpuskit.docsim.reuse import ReuseResult, reuse, reuse_summary
from corpuskit.text.tokenize import DEFAULT_RULE


@pytest.fixture(scope="module")
def articles(fixtures):
    frame = pd.read_csv(fixtures / "similarity" / "articles.csv", parse_dates=["date"])
    frame["date_precision"] = "day"
    return frame


def naive_shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = DEFAULT_RULE.tokenize(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_pairs_are_exactly_the_known_overlaps(articles):
    result = reuse(articles)
    pairs = set(zip(result.pairs["doc_id_a"], result.pairs["doc_id_b"]))
    assert pairs == {
        ("quote", "wire"),
        ("quote", "copy"),
        ("quote", "reprint"),
        ("wire", "copy"),
        ("wire", "reprint"),
        ("copy", "reprint"),
    }
    assert "unrelated" not in set(result.pairs["doc_id_a"]) | set(result.pairs["doc_id_b"])


def test_counts_match_a_naive_set_computation(articles):
    result = reuse(articles, n=5, min_shared=1, threshold=0.0)
    texts = dict(zip(articles["doc_id"], articles["text"]))
    sets = {doc: naive_shingles(text, 5) for doc, text in texts.items()}
    expected = {}
    for a, b in itertools.combinations(articles["doc_id"], 2):
        shared = len(sets[a] & sets[b])
        if shared:
            expected[(a, b)] = (
                shared,
                shared / len(sets[a]),
                shared / len(sets[b]),
                shared / len(sets[a] | sets[b]),
            )
    got = {
        (row.doc_id_a, row.doc_id_b): (
            row.shared_shingles,
            row.containment_a,
            row.containment_b,
            row.jaccard,
        )
        for row in result.pairs.itertuples()
    }
    assert got.keys() == expected.keys()
    for key, values in expected.items():
        assert got[key][0] == values[0]
        np.testing.assert_allclose(got[key][1:], values[1:])


def test_blocked_pair_search_gives_the_same_pairs(articles, monkeypatch):
    whole = reuse(articles).pairs
    monkeypatch.setattr(shingles, "_PAIR_BLOCK_ROWS", 2)
    pd.testing.assert_frame_equal(reuse(articles).pairs, whole)


def test_directions_follow_the_dates(articles):
    pairs = reuse(articles).pairs.set_index(["doc_id_a", "doc_id_b"])["direction"]
    assert pairs[("quote", "wire")] == "b->a"
    assert pairs[("wire", "copy")] == "a->b"
    assert pairs[("wire", "reprint")] == "same day"
    assert pairs[("copy", "reprint")] == "b->a"


def test_direction_unknown_without_dates_and_for_coarse_dates(articles):
    undated = articles.drop(columns=["date", "date_precision"])
    assert set(reuse(undated).pairs["direction"]) == {"unknown"}
    coarse = articles.copy()
    coarse["date"] = pd.Timestamp("2016-10-01")
    coarse["date_precision"] = "month"
    assert set(reuse(coarse).pairs["direction"]) == {"unknown"}


def test_quoted_paragraph_is_one_passage_with_exact_offsets(articles):
    result = reuse(articles)
    passages = result.passages.query("doc_id_a == 'quote' and doc_id_b == 'wire'")
    assert len(passages) == 1
    row = passages.iloc[0]
    texts = dict(zip(articles["doc_id"], articles["text"]))
    expected = (
        "Eight corridors will stay open for eleven hours each day, and buses and ambulances "
        'are waiting at the crossing points near the Castello road," ministry spokesman Igor '
        "Konashenkov told reporters in Moscow"
    )
    assert row["text_a"] == expected
    assert texts["quote"][row["start_a"] : row["end_a"]] == expected
    assert texts["wire"][row["start_b"] : row["end_b"]] == expected.replace('road,"', "road,")
    assert row["n_words"] == 32


def test_edits_split_the_rewritten_copy_into_passages(articles):
    result = reuse(articles)
    pair = result.pairs.set_index(["doc_id_a", "doc_id_b"]).loc[("wire", "copy")]
    # the words changed in P1 ("aircraft", "fighters") and P3 ("besieged") leave two runs
    # of five or more identical words: between the two changes of P1, and from the
    # second change of P1 to the change in P3
    assert pair["n_passages"] == 2
    runs = result.passages.query("doc_id_a == 'wire' and doc_id_b == 'copy'")["text_a"].tolist()
    assert runs[0] == (
        "halted their strikes on eastern Aleppo on Thursday morning to open humanitarian "
        "corridors for civilians and"
    )
    assert runs[1].startswith("who wish to leave the city") and runs[1].endswith("reach the")
    assert pair["containment_a"] > 0.85 and pair["containment_b"] > 0.75
    texts = dict(zip(articles["doc_id"], articles["text"]))
    for row in result.passages.itertuples():
        a = texts[row.doc_id_a][row.start_a : row.end_a]
        b = texts[row.doc_id_b][row.start_b : row.end_b]
        assert DEFAULT_RULE.tokenize(a) == DEFAULT_RULE.tokenize(b)
        assert len(DEFAULT_RULE.tokenize(a)) == row.n_words >= 5
        assert row.text_a == a


def test_repeated_text_is_aligned_once():
    paragraph = "Aid convoys reached the besieged eastern districts of Aleppo after a long delay."
    arts = pd.DataFrame(
        {
            "doc_id": ["twice", "once"],
            "text": [
                f"{paragraph} Fighting resumed at dusk. {paragraph}",
                f"Overnight: {paragraph}",
            ],
        }
    )
    result = reuse(arts)
    assert result.pairs["n_passages"].tolist() == [1]
    passage = result.passages.iloc[0]
    assert passage["text_a"] == paragraph.rstrip(".")
    assert (passage["start_a"], passage["start_b"]) == (0, len("Overnight: "))


def test_threshold_and_boilerplate_cap(articles):
    # the reprint is wholly contained in the wire story: the only pair at containment 1
    complete = reuse(articles, threshold=1.0).pairs
    assert complete[["doc_id_a", "doc_id_b", "containment_b"]].values.tolist() == [
        ["wire", "reprint", 1.0]
    ]
    # P2 is in four documents: a cap of 3 documents drops it, and the quote with it
    capped = reuse(articles, max_docfreq=3)
    assert "quote" not in set(capped.pairs["doc_id_a"])


def test_summary_counts_directed_pairs(articles):
    result = reuse(articles)
    summary = reuse_summary(result)
    assert list(summary.columns) == [
        "source",
        "reuser",
        "n_pairs",
        "n_docs",
        "n_source_docs",
        "median_containment",
    ]
    links = {(r.source, r.reuser): r.n_pairs for r in summary.itertuples()}
    assert links == {
        ("tass", "guardian"): 1,
        ("tass", "sputnik"): 1,
        ("sputnik", "guardian"): 1,
        ("interfax", "guardian"): 1,
        ("interfax", "sputnik"): 1,
    }
    assert summary.equals(result.summary())
    with pytest.warns(FutureWarning, match=r"result= is deprecated.*use data= instead"):
        assert reuse_summary(result=result).equals(summary)


def test_docvars_and_errors(articles):
    result = reuse(articles, docvars=True)
    assert result.pairs["date_precision_a"].eq("day").all()
    with pytest.raises(ValueError, match="docvars="):
        reuse(articles, docvars=["title"])
    assert isinstance(result, ReuseResult) and "5 documents" in repr(result)
    with pytest.raises(ValueError, match="threshold="):
        reuse(articles, threshold=2)
    with pytest.raises(ValueError, match="lacks column"):
        reuse(articles.drop(columns="text"))
    with pytest.raises(ValueError, match="by="):
        reuse_summary(result, by="nope")


@pytest.fixture(scope="module")
def fakes_reuse(fakes):
    return fakes, reuse(fakes)


def test_two_processes_give_the_tokens_and_result_of_one(fakes, fakes_reuse, monkeypatch):
    texts = fakes["text"].tolist()
    one = shingles._tokenize(texts, None, False, n_jobs=1)
    monkeypatch.setattr(shingles, "workers", lambda n_jobs, n_docs: 2)
    two = shingles._tokenize(texts, None, False, n_jobs=2)
    for field in ("ids", "starts", "ends", "offsets"):
        np.testing.assert_array_equal(getattr(two, field), getattr(one, field))
    result = reuse(fakes, n_jobs=2)
    pd.testing.assert_frame_equal(result.pairs, fakes_reuse[1].pairs)
    pd.testing.assert_frame_equal(result.passages, fakes_reuse[1].passages)


def test_hashes_in_chunks_and_numbered_in_parts_give_the_same_result(fakes_reuse, monkeypatch):
    fakes, whole = fakes_reuse
    monkeypatch.setattr(shingles, "_HASH_CHUNK", 997)
    monkeypatch.setattr(shingles, "_PART_HASHES", 64)
    result = reuse(fakes)
    pd.testing.assert_frame_equal(result.pairs, whole.pairs)
    pd.testing.assert_frame_equal(result.passages, whole.passages)
    pd.testing.assert_frame_equal(result.documents, whole.documents)


def test_fakes_passages_and_counts_are_consistent(fakes_reuse):
    fakes, result = fakes_reuse
    texts = dict(zip(fakes["doc_id"], fakes["text"]))
    assert len(result) > 100
    for row in result.passages.itertuples():
        a = texts[row.doc_id_a][row.start_a : row.end_a]
        b = texts[row.doc_id_b][row.start_b : row.end_b]
        assert DEFAULT_RULE.tokenize(a) == DEFAULT_RULE.tokenize(b)
    dates = dict(zip(fakes["doc_id"], fakes["date"]))
    for row in result.pairs.itertuples():
        earlier = dates[row.doc_id_a] < dates[row.doc_id_b]
        assert (row.direction == "a->b") == earlier


def test_fakes_cross_outlet_reuse(fakes_reuse):
    _, result = fakes_reuse
    summary = reuse_summary(result)
    cross = summary[summary["source"] != summary["reuser"]].set_index(["source", "reuser"])
    # Jordan Times reprints Ahram and Al-Araby copy: most of each reprint is shared
    assert cross.loc[("ahram", "jordantimes"), "n_docs"] >= 5
    assert cross.loc[("ahram", "jordantimes"), "median_containment"] > 0.5
    assert cross.loc[("alaraby", "jordantimes"), "median_containment"] > 0.5
    outlets = set(cross.index.get_level_values(0)) | set(cross.index.get_level_values(1))
    assert {"ahram", "alaraby", "dailysabah", "jordantimes", "trt"} <= outlets


def test_frequent_shingles_count_but_propose_no_pairs():
    furniture = "Sign up for our newsletter to receive the top stories every morning in your inbox."
    arts = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "text": [
                f"Rebels shelled the western districts of Aleppo on Monday night. {furniture}",
                f"Witnesses: rebels shelled the western districts of Aleppo on Monday. {furniture}",
                f"The council met on Tuesday. {furniture}",
                f"Markets fell sharply in Tokyo. {furniture}",
            ],
        }
    )
    every = reuse(arts, max_candidate_docfreq=None)
    assert len(every.pairs) == 6  # the furniture alone links every pair
    # its shingles are in 4 documents: with a bound of 3 they propose no pair, so only
    # the pair that also shares the Aleppo sentence is scored, exactly as without the bound
    bounded = reuse(arts, max_candidate_docfreq=3)
    assert bounded.pairs[["doc_id_a", "doc_id_b"]].values.tolist() == [["a", "b"]]
    pd.testing.assert_frame_equal(bounded.pairs, every.pairs.iloc[:1])
    pd.testing.assert_frame_equal(
        bounded.passages, every.passages[every.passages["doc_id_b"] == "b"]
    )
    assert (bounded.max_candidate_docfreq, every.max_candidate_docfreq) == (3.0, None)
    # the furniture still counts in the shared shingles: ignoring it (max_docfreq=3) gives fewer
    ignored = reuse(arts, max_docfreq=3)
    assert ignored.pairs["shared_shingles"].iloc[0] + 11 == bounded.pairs["shared_shingles"].iloc[0]
    with pytest.raises(ValueError, match="max_candidate_docfreq="):
        reuse(arts, max_candidate_docfreq=-1)
