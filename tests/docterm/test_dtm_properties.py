"""Property tests (Hypothesis) of DocTermMatrix and ck.dtm."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

import corpuskit as ck
from corpuskit.docterm import DocTermMatrix
from corpuskit.text.tokenize import DEFAULT_RULE

SETTINGS = settings(max_examples=40, deadline=None)
GROUP_VALUES = st.sampled_from(["AP", "TASS", "Reuters", None])
WORDS = ["aleppo", "Mosul", "the", "civilians", "fled", "u.s.-led", "2016", "coalition's"]


@st.composite
def matrices(draw) -> DocTermMatrix:
    """Random counts with docvars: outlet, event (both with missing values), id_copy."""
    n_docs = draw(st.integers(1, 12))
    n_features = draw(st.integers(1, 8))
    counts = draw(arrays(np.int64, (n_docs, n_features), elements=st.integers(0, 6)))
    features = draw(st.permutations([f"w{j}" for j in range(n_features)]))
    ids = [f"d{i}" for i in range(n_docs)]
    docvars = pd.DataFrame(
        {
            "doc_id": ids,
            "outlet": draw(st.lists(GROUP_VALUES, min_size=n_docs, max_size=n_docs)),
            "event": draw(st.lists(GROUP_VALUES, min_size=n_docs, max_size=n_docs)),
            "id_copy": ids,
        }
    )
    return DocTermMatrix(counts, features, docvars)


def assert_aligned(m: DocTermMatrix) -> None:
    assert m.docvars["doc_id"].tolist() == m.docvars["id_copy"].tolist()
    assert len(m.docvars) == m.n_docs


def dense(m: DocTermMatrix) -> pd.DataFrame:
    return pd.DataFrame(m.matrix.toarray(), index=list(m.doc_ids), columns=list(m.features))


def assert_same_cells(left: pd.DataFrame, right: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(left, right, check_index_type=False, check_column_type=False)


@SETTINGS
@given(matrices(), st.sampled_from(["outlet", "event"]), st.booleans())
def test_group_totals_equal_column_sums(m, by, dropna):
    g = m.group(by, dropna=dropna)
    kept = m.docvars[by].notna().to_numpy() if dropna else np.ones(m.n_docs, dtype=bool)
    np.testing.assert_array_equal(
        g.feature_counts().to_numpy(), np.asarray(m.matrix[kept].sum(axis=0)).ravel()
    )
    assert g.docvars["n_docs"].sum() == kept.sum()
    for label, row in zip(g.doc_ids, g.matrix.toarray()):
        values = m.docvars[by].astype(object).where(m.docvars[by].notna(), "<NA>")
        np.testing.assert_array_equal(row, m.matrix.toarray()[(values == label).to_numpy()].sum(0))


@SETTINGS
@given(matrices())
def test_group_two_columns_then_one_equals_group_one(m):
    direct = m.group("outlet")
    twice = m.group(["outlet", "event"]).group("outlet")
    assert twice.doc_ids.tolist() == direct.doc_ids.tolist()
    assert twice.docvars["n_docs"].tolist() == direct.docvars["n_docs"].tolist()
    np.testing.assert_array_equal(twice.matrix.toarray(), direct.matrix.toarray())


@SETTINGS
@given(matrices())
def test_group_by_a_unique_column_keeps_each_row(m):
    g = m.group("id_copy")
    assert g.doc_ids.tolist() == sorted(m.doc_ids.tolist())
    assert g.docvars["id_copy"].tolist() == g.doc_ids.tolist()
    assert_same_cells(dense(g), dense(m).loc[list(g.doc_ids)])


@SETTINGS
@given(
    matrices(),
    st.none() | st.integers(0, 20),
    st.none() | st.integers(0, 20),
    st.none() | st.integers(0, 12) | st.floats(0.01, 1.0),
    st.none() | st.integers(0, 12) | st.floats(0.01, 1.0),
)
def test_trim_never_changes_remaining_counts(m, min_count, max_count, min_df, max_df):
    t = m.trim(min_count=min_count, max_count=max_count, min_docfreq=min_df, max_docfreq=max_df)
    assert_same_cells(dense(t), dense(m)[list(t.features)])
    totals, docfreq = m.feature_counts(), m.docfreq()
    n = m.n_docs
    for feature in m.features:
        keep = (
            (min_count is None or totals[feature] >= min_count)
            and (max_count is None or totals[feature] <= max_count)
            and (
                min_df is None
                or docfreq[feature] >= (min_df if isinstance(min_df, int) else min_df * n)
            )
            and (
                max_df is None
                or docfreq[feature] <= (max_df if isinstance(max_df, int) else max_df * n)
            )
        )
        assert (feature in set(t.features)) == keep
    assert_aligned(t)


@SETTINGS
@given(matrices(), st.data())
def test_docvars_stay_aligned_through_every_operation(m, data):
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=m.n_docs, max_size=m.n_docs)))
    subset = m.subset(mask)
    assert_aligned(subset)
    assert_same_cells(dense(subset), dense(m)[mask])
    assert_aligned(m.subset(lambda dv: dv["outlet"] == "AP"))
    assert_aligned(m[::-1])
    chosen = data.draw(st.lists(st.sampled_from(list(m.features)), unique=True))
    assert_aligned(m.select(chosen))
    assert_aligned(m.select(chosen, remove=True))
    assert_aligned(m.trim(min_count=2))
    for scheme in ("prop", "percent", "log", "boolean", "tfidf"):
        assert_aligned(m.weight(scheme))
    assert_aligned(m.subset(mask).trim(min_docfreq=1).weight("tfidf"))
    grouped = m.group("id_copy")
    assert grouped.docvars["id_copy"].tolist() == grouped.doc_ids.tolist()


@SETTINGS
@given(matrices(), st.booleans(), st.sampled_from(["l2", "l1", None]))
def test_tfidf_equals_sklearn(m, sublinear_tf, norm):
    ours = m.tfidf(sublinear_tf=sublinear_tf, norm=norm).matrix.toarray()
    theirs = TfidfTransformer(sublinear_tf=sublinear_tf, norm=norm).fit_transform(m.to_sklearn())
    np.testing.assert_allclose(ours, theirs.toarray(), rtol=1e-12, atol=1e-12)


@SETTINGS
@given(matrices())
def test_prop_rows_sum_to_one_and_to_frame_rebuilds_the_matrix(m):
    totals = m.row_sums()
    np.testing.assert_allclose(m.weight("prop").row_sums(), np.where(totals > 0, 1.0, 0.0))
    frame = m.to_frame()
    assert len(frame) == m.matrix.nnz
    rebuilt = frame.pivot_table(index="doc_id", columns="feature", values="value", aggfunc="sum")
    rebuilt = rebuilt.reindex(index=m.doc_ids, columns=m.features).fillna(0).astype(np.int64)
    np.testing.assert_array_equal(rebuilt.to_numpy(), m.matrix.toarray())


TEXTS = st.lists(
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=8
)


@SETTINGS
@given(TEXTS)
def test_row_sums_equal_token_counts_and_sklearn(texts):
    m = ck.dtm(texts)
    assert m.row_sums().tolist() == [len(t.split()) for t in texts]
    assert m.docvars["n_tokens"].tolist() == [len(t.split()) for t in texts]
    vec = CountVectorizer(token_pattern=DEFAULT_RULE.pattern)
    if any(texts):
        X = vec.fit_transform(texts)
        assert m.features.tolist() == vec.get_feature_names_out().tolist()
        np.testing.assert_array_equal(m.matrix.toarray(), X.toarray())
    else:
        assert m.n_features == 0


@SETTINGS
@given(TEXTS, st.sampled_from([(1, 1), (1, 2), (2, 3)]))
def test_dtm_of_tokens_equals_dtm_of_texts(texts, ngram_range):
    from_texts = ck.dtm(texts, ngram_range=ngram_range, stopwords=["the", "2016"])
    from_tokens = ck.dtm(ck.tokens(texts), ngram_range=ngram_range, stopwords=["the", "2016"])
    assert from_tokens.features.tolist() == from_texts.features.tolist()
    np.testing.assert_array_equal(from_tokens.matrix.toarray(), from_texts.matrix.toarray())
    assert from_tokens.docvars["n_tokens"].tolist() == from_texts.docvars["n_tokens"].tolist()
