"""ck.dtm on missing texts: every document is kept, missing texts count as empty (issue #14, 16)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck


@pytest.mark.parametrize(
    "texts",
    [
        [np.nan, np.nan, np.nan],
        [None, None, None],
        [None, np.nan, pd.NA],
        pd.array([None, None, None], dtype="string[pyarrow]"),
        pd.array([None, None, None], dtype="string[python]"),
    ],
    ids=["nan", "none", "mixed", "pyarrow-string", "python-string"],
)
def test_all_missing_texts_give_documents_without_features(texts):
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "side": ["x", "y", "x"], "text": texts})
    m = ck.dtm(articles)
    assert m.shape == (3, 0)
    assert m.docvars["doc_id"].tolist() == ["a", "b", "c"]
    assert m.docvars["side"].tolist() == ["x", "y", "x"]
    assert m.docvars["n_tokens"].tolist() == [0, 0, 0]


def test_all_nan_series_and_list_keep_their_documents():
    assert ck.dtm(pd.Series([np.nan, np.nan], index=["p", "q"])).doc_ids.tolist() == ["p", "q"]
    assert ck.dtm([np.nan, None]).shape == (2, 0)


@pytest.mark.parametrize(
    "texts",
    [
        ["Aleppo shelled", np.nan, None],
        pd.array(["Aleppo shelled", None, None], dtype="string[pyarrow]"),
        ["Aleppo shelled", pd.NA, np.nan],
    ],
    ids=["object", "pyarrow-string", "na"],
)
def test_missing_texts_among_others_are_empty_rows(texts):
    m = ck.dtm(pd.DataFrame({"doc_id": ["a", "b", "c"], "text": texts}))
    assert m.features.tolist() == ["aleppo", "shelled"]
    assert m.matrix.toarray().tolist() == [[1, 1], [0, 0], [0, 0]]
    assert m.docvars["n_tokens"].tolist() == [2, 0, 0]


def test_empty_frame_gives_an_empty_matrix_with_its_columns():
    articles = pd.DataFrame(
        {"doc_id": pd.Series([], dtype=object), "side": [], "text": pd.Series([], dtype=float)}
    )
    m = ck.dtm(articles)
    assert m.shape == (0, 0)
    assert m.docvars.columns.tolist() == ["doc_id", "side", "n_tokens"]
