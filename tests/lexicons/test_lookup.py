"""Tests of lookup(): exact counts on hand-written texts, matches, units, DocTermMatrix input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.docterm import DocTermMatrix, dtm
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import MATCH_COLUMNS, compile_dictionary, lookup
from corpuskit.text.tokenize import TokenRule

ACTORS = Dictionary(
    {
        "coalition": ["US-led coalition", "coalition", "U.S.-led coalition"],
        "led": ["*-led"],
        "russia": ["Russia's forces", "Russia"],
        "forces": ["forces"],
    }
)
ACTOR_TEXT = (
    "The US-led coalition struck. Russia's forces and the U.S.-led coalition's jets hit "
    "Aleppo; RUSSIA denies it."
)


def _counts(frame: pd.DataFrame, columns: list[str]) -> list[list[int]]:
    return frame[columns].to_numpy().tolist()


# ---------------------------------------------------------------------- matching rules


def test_longest_match_is_exclusive_across_the_dictionary() -> None:
    scores = lookup([ACTOR_TEXT], ACTORS)
    assert _counts(scores, ["coalition", "led", "russia", "forces", "n_tokens"]) == [
        [2, 0, 2, 0, 16]
    ]
    assert scores["coalition"].dtype == np.int64


def test_longest_match_per_category() -> None:
    scores = lookup([ACTOR_TEXT], ACTORS, overlap="category")
    assert _counts(scores, ["coalition", "led", "russia", "forces"]) == [[2, 2, 2, 1]]


def test_matches_are_auditable() -> None:
    scores, matches = lookup([ACTOR_TEXT], ACTORS, return_matches=True)
    assert list(matches.columns) == list(MATCH_COLUMNS)
    assert matches["entry"].tolist() == [
        "US-led coalition",
        "Russia's forces",
        "U.S.-led coalition",
        "Russia",
    ]
    assert matches["match"].tolist() == [
        "US-led coalition",
        "Russia's forces",
        "U.S.-led coalition",
        "RUSSIA",
    ]
    assert matches["category"].tolist() == ["coalition", "russia", "coalition", "russia"]
    assert matches[["start", "end"]].to_numpy().tolist()[:2] == [[4, 20], [29, 44]]
    assert all(ACTOR_TEXT[s:e] == m for s, e, m in matches[["start", "end", "match"]].to_numpy())
    assert matches["sentence"].isna().all()
    assert matches.groupby("category").size().to_dict() == {"coalition": 2, "russia": 2}
    assert scores[["coalition", "russia"]].sum().to_dict() == {"coalition": 2, "russia": 2}


def test_globs_match_within_one_token() -> None:
    d = Dictionary({"lib": ["liberat*", "liberation of"], "led": ["*-led"]})
    text = "Liberation of Mosul; they liberated it. Liberals cheered. They led the Saudi-led raid."
    scores, matches = lookup([text], d, return_matches=True)
    assert _counts(scores, ["lib", "led"]) == [[2, 1]]
    assert matches["match"].tolist() == ["Liberation of", "liberated", "Saudi-led"]


def test_case_is_ignored_unless_case_sensitive() -> None:
    text = "SIEGE siege Siege"
    assert lookup([text], Dictionary({"s": ["siege"]}))["s"].tolist() == [3]
    strict = Dictionary({"s": ["Siege"]}, case_sensitive=True)
    assert lookup([text], strict)["s"].tolist() == [1]
    # a case-sensitive dictionary overrides a lower-casing rule
    assert lookup([text], strict, rule=TokenRule(lowercase=True))["s"].tolist() == [1]


def test_phrases_ignore_punctuation_between_tokens() -> None:
    d = Dictionary({"corridor": ["humanitarian corridor*"]})
    text = "A humanitarian, corridor; humanitarian corridors; humanitarian aid corridor."
    assert lookup([text], d)["corridor"].tolist() == [2]


def test_overlapping_phrases_leftmost_first() -> None:
    d = Dictionary({"x": ["a b"], "y": ["b c"]})
    assert _counts(lookup(["a b c"], d), ["x", "y"]) == [[1, 0]]
    assert _counts(lookup(["a b c"], d, overlap="category"), ["x", "y"]) == [[1, 1]]
    assert _counts(lookup(["x b c"], d), ["x", "y"]) == [[0, 1]]
    same = Dictionary({"p": ["a b", "b c"]})
    assert lookup(["a b c b c"], same)["p"].tolist() == [2]


def test_equal_spans_count_in_every_category() -> None:
    d = Dictionary({"x": ["siege"], "y": ["siege*"], "z": ["under siege"]})
    assert _counts(lookup(["siege", "under siege"], d), ["x", "y", "z"]) == [[1, 1, 0], [0, 0, 1]]


def test_first_entry_of_a_category_is_reported() -> None:
    d = Dictionary({"lib": ["liberat*", "liberation"]})
    _, matches = lookup(["liberation"], d, return_matches=True)
    assert matches["entry"].tolist() == ["liberat*"]


def test_weights_make_float_scores() -> None:
    d = Dictionary({"a": [("siege", 2), ("besieg*", 0.5)], "b": ["x"]})
    scores = lookup(["siege besieged besieging x"], d)
    assert scores["a"].tolist() == [3.0]
    assert scores["b"].tolist() == [1.0]
    assert scores["a"].dtype == np.float64


def test_possessive_entries_follow_the_rule() -> None:
    d = Dictionary({"r": ["Russia's"], "k": ["Russia's"]})
    keep = TokenRule(possessive="keep")
    assert lookup(["Russia's army, Russia army"], d)["r"].tolist() == [2]
    assert lookup(["Russia's army, Russia army"], d, rule=keep)["r"].tolist() == [1]


def test_level_collapses_categories() -> None:
    d = Dictionary({"naming": {"rebels": ["rebel*"], "terrorists": ["terrorist*"]}, "x": ["y"]})
    scores = lookup(["Rebels and terrorists, a rebel."], d, level=1)
    assert list(scores.columns) == ["doc_id", "naming", "x", "n_tokens"]
    assert scores["naming"].tolist() == [3]


def test_entry_without_tokens_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"entry '\.\.\.' of category 'p' gives no token"):
        lookup(["text"], Dictionary({"p": ["..."]}))


def test_compiled_pieces_are_cached() -> None:
    compiled = compile_dictionary(Dictionary({"a": ["liberat*", "mosul"]}))
    assert compiled.scan(["liberated", "mosul", "city"]) == [
        (0, 1, 1, 0, "liberat*", 1.0),
        (1, 1, 2, 0, "mosul", 1.0),
    ]
    assert compiled.cache == {"liberated": (0,), "mosul": (1,), "city": ()}


# ---------------------------------------------------------------------- inputs and outputs


def test_articles_keep_docvars_and_drop_text_columns() -> None:
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["TASS", "AP"],
            "title": ["Siege", "Truce"],
            "text": ["The siege of Aleppo.", None],
        }
    )
    scores = lookup(articles, Dictionary({"siege": ["siege"]}))
    assert list(scores.columns) == ["doc_id", "outlet", "siege", "n_tokens"]
    assert scores.to_numpy().tolist() == [["a", "TASS", 1, 4], ["b", "AP", 0, 0]]


def test_series_and_list_ids() -> None:
    d = Dictionary({"s": ["siege"]})
    series = pd.Series(["siege", "no"], index=["x", "y"])
    assert lookup(series, d)["doc_id"].tolist() == ["x", "y"]
    assert lookup(["siege", "no"], d)["doc_id"].tolist() == ["doc1", "doc2"]
    assert lookup(pd.Series(["siege"]), d)["doc_id"].tolist() == ["doc1"]


def test_other_text_column() -> None:
    articles = pd.DataFrame({"doc_id": ["a"], "body": ["siege siege"], "text": ["nothing"]})
    scores = lookup(articles, Dictionary({"s": ["siege"]}), text_column="body")
    assert list(scores.columns) == ["doc_id", "s", "n_tokens"]
    assert scores["s"].tolist() == [2]


def test_normalize() -> None:
    d = Dictionary({"s": ["siege"]})
    texts = ["siege siege x y", ""]
    share = lookup(texts, d, normalize="tokens")
    assert share["s"].iloc[0] == 0.5
    assert np.isnan(share["s"].iloc[1])
    assert share["n_tokens"].tolist() == [4, 0]
    assert lookup(texts, d, normalize="per_10k")["s"].iloc[0] == 5000.0


def test_existing_n_tokens_is_replaced_with_a_warning() -> None:
    articles = pd.DataFrame({"doc_id": ["a"], "n_tokens": [99], "text": ["siege"]})
    with pytest.warns(UserWarning, match="'n_tokens' column"):
        scores = lookup(articles, Dictionary({"s": ["siege"]}))
    assert scores.to_numpy().tolist() == [["a", 1, 1]]


def test_sentence_unit() -> None:
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["TASS", "AP"],
            "text": ["Aleppo is under siege. Mosul was liberated. Quiet.", "Besieged again."],
        }
    )
    d = Dictionary({"siege": ["siege", "besieg*"], "lib": ["liberat*"]})
    scores, matches = lookup(articles, d, unit="sentence", return_matches=True)
    assert list(scores.columns) == ["doc_id", "sentence", "outlet", "siege", "lib", "n_tokens"]
    assert scores.to_numpy().tolist() == [
        ["a", 0, "TASS", 1, 0, 4],
        ["a", 1, "TASS", 0, 1, 3],
        ["a", 2, "TASS", 0, 0, 1],
        ["b", 0, "AP", 1, 0, 2],
    ]
    assert matches[["doc_id", "sentence", "match", "start", "end"]].to_numpy().tolist() == [
        ["a", 0, "siege", 16, 21],
        ["a", 1, "liberated", 33, 42],
        ["b", 0, "Besieged", 0, 8],
    ]


def test_no_matches_gives_an_empty_typed_table() -> None:
    scores, matches = lookup(["nothing here"], Dictionary({"s": ["siege"]}), return_matches=True)
    assert scores["s"].tolist() == [0]
    assert list(matches.columns) == list(MATCH_COLUMNS)
    assert len(matches) == 0
    assert matches["start"].dtype == np.int64


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"unit": "paragraph"}, "unit= must be one of"),
        ({"normalize": "percent"}, "normalize= must be one of"),
        ({"overlap": "none"}, "overlap= must be one of"),
        ({"text_column": "body"}, "text_column= 'body' is not a column"),
    ],
)
def test_invalid_options(kwargs: dict, message: str) -> None:
    articles = pd.DataFrame({"doc_id": ["a"], "text": ["siege"]})
    with pytest.raises(ValueError, match=message):
        lookup(articles, Dictionary({"s": ["siege"]}), **kwargs)


def test_invalid_data() -> None:
    d = Dictionary({"s": ["siege"]})
    with pytest.raises(ValueError, match="doc_id must be unique; repeated: \\['a'\\]"):
        lookup(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}), d)
    with pytest.raises(ValueError, match="single string"):
        lookup("siege", d)
    with pytest.raises(ValueError, match="dictionary= must be a Dictionary"):
        lookup(["siege"], {"s": ["siege"]})
    with pytest.raises(ValueError, match=r"categories \['outlet'\] have the names of columns"):
        lookup(pd.DataFrame({"outlet": ["a"], "text": ["x"]}), Dictionary({"outlet": ["x"]}))
    with pytest.raises(ValueError, match="text in row 1 must be a string"):
        lookup(["siege", 3], d)


# ---------------------------------------------------------------------- DocTermMatrix


def test_dtm_lookup_sums_feature_columns() -> None:
    texts = ["Rebels and terrorists; the rebel-held area.", "Terrorist groups, no rebels here."]
    d = Dictionary({"rebels": ["rebel*"], "terrorists": ["terrorist*"], "none": ["siege"]})
    counts = dtm(texts)
    result = lookup(counts, d)
    assert isinstance(result, DocTermMatrix)
    assert result.features.tolist() == ["rebels", "terrorists", "none"]
    assert result.matrix.toarray().tolist() == [[2, 1, 0], [1, 1, 0]]
    assert result.docvars["n_tokens"].tolist() == counts.docvars["n_tokens"].tolist()
    from_texts = lookup(texts, d)
    assert from_texts[["rebels", "terrorists", "none"]].to_numpy().tolist() == [
        [2, 1, 0],
        [1, 1, 0],
    ]


def test_dtm_lookup_phrases_need_phrase_features() -> None:
    texts = ["The humanitarian corridor opened; a corridor."]
    d = Dictionary({"corridor": ["humanitarian corridor*"], "any": ["corridor"]})
    assert lookup(dtm(texts), d).matrix.toarray().tolist() == [[0, 2]]
    # with bigrams the phrase is a feature, and no longest-match rule applies
    assert lookup(dtm(texts, ngram_range=(1, 2)), d).matrix.toarray().tolist() == [[1, 2]]


def test_dtm_lookup_weights_and_errors() -> None:
    counts = dtm(["siege siege truce"])
    weighted = Dictionary({"s": [("siege", 3)], "t": [("truce", 0.5)]})
    with pytest.raises(ValueError, match="whole-number entry weights"):
        lookup(counts, weighted)
    assert lookup(counts, weighted.drop("t")).matrix.toarray().tolist() == [[6]]
    shares = lookup(counts.weight("prop"), weighted)
    assert shares.weighting == "prop"
    assert np.allclose(shares.matrix.toarray(), [[2.0, 0.5 / 3]])
    with pytest.raises(ValueError, match="need texts, not a DocTermMatrix"):
        lookup(counts, weighted, normalize="tokens")


# ---------------------------------------------------------------------- properties

_VOCAB = ["siege", "Siege", "aleppo", "rebels", "rebel-held", "the", "of", "liberated"]


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_VOCAB), max_size=12).map(" ".join), min_size=1, max_size=4
    )
)
def test_words_and_globs_agree_between_texts_and_dtm(texts: list[str]) -> None:
    d = Dictionary({"siege": ["siege"], "rebels": ["rebel*"], "lib": ["liberat*", "aleppo"]})
    from_texts, matches = lookup(texts, d, return_matches=True)
    columns = d.categories
    assert (
        lookup(dtm(texts), d).matrix.toarray().tolist() == from_texts[columns].to_numpy().tolist()
    )
    assert from_texts[columns].to_numpy().sum() == len(matches)
    assert all(
        texts[int(doc[3:]) - 1][s:e] == m
        for doc, s, e, m in matches[["doc_id", "start", "end", "match"]].to_numpy()
    )
