"""gram: dense and sparse parts of a product give the whole product."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from corpuskit.docsim import gram
from corpuskit.docsim.gram import dense_features, dot_products, row_stats, split_columns
from corpuskit.docsim.metrics import _row_stats


def test_split_columns_keeps_each_side_in_order():
    rng = np.random.default_rng(3)
    matrix = sp.random(30, 50, density=0.2, format="csr", random_state=rng)
    chosen = rng.random(50) < 0.4
    shared, rest = split_columns(matrix, chosen)
    np.testing.assert_array_equal(shared.toarray(), matrix.toarray()[:, chosen])
    np.testing.assert_array_equal(rest.toarray(), matrix.toarray()[:, ~chosen])
    assert shared.has_sorted_indices and rest.has_sorted_indices
    # the two parts' dot products and row statistics are the whole matrix's
    dense = shared.toarray()
    np.testing.assert_allclose(dot_products(dense, rest), (matrix @ matrix.T).toarray())
    whole = _row_stats(matrix)
    for name, values in row_stats(dense, rest).items():
        np.testing.assert_allclose(values, whole[name], rtol=1e-12)


def test_dense_features_are_the_most_shared_within_the_budget(monkeypatch):
    holding = np.array([16, 1, 2, 3, 9, 16])
    assert dense_features(holding, 16).tolist() == [True, False, True, True, True, True]
    assert dense_features(holding, 40).tolist() == [True, False, False, False, True, True]
    monkeypatch.setattr(gram, "DENSE_CELLS", 32)  # room for two features of 16 rows
    assert dense_features(holding, 16).tolist() == [True, False, False, False, False, True]
