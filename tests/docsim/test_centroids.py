"""group_similarity: vectorised replicates equal the pair-by-pair ones; long runs warn."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import corpuskit as ck
from corpuskit.docsim import centroids
from corpuskit.docsim.centroids import LongRunWarning, group_similarity
from corpuskit.docsim.metrics import METRICS, _rowwise


@pytest.fixture(scope="module")
def fakes_dtm(fakes):
    return ck.dtm(fakes, stopwords=True)


def _pairwise(members, draws, metric, n_features):
    """The replicates computed pair by pair (the former loop), as the reference."""
    n = len(members)
    resampled = [sp.csr_matrix(w @ m) for w, m in zip(draws, members)]
    columns = [
        _rowwise(resampled[g], resampled[h], metric, n_features)
        for g in range(n)
        for h in range(g + 1, n)
    ]
    return np.column_stack(columns)


@pytest.mark.parametrize("metric", METRICS)
def test_replicates_equal_the_pair_by_pair_computation(metric, monkeypatch):
    rng = np.random.default_rng(7)
    members = [
        sp.random(size, 40, density=0.3, format="csr", random_state=rng) for size in (3, 5, 4, 6)
    ]
    n_boot = 9
    draws = [
        sp.csr_matrix(rng.multinomial(m.shape[0], [1 / m.shape[0]] * m.shape[0], size=n_boot))
        / m.shape[0]
        for m in members
    ]
    upper = np.triu_indices(len(members), k=1)
    expected = _pairwise(members, draws, metric, 40)
    monkeypatch.setattr(centroids, "workers", lambda n_jobs, n, min_docs: n_jobs)
    # one batch of all replicates; one replicate per batch, in one and in two processes
    for cells, n_jobs in ((10**9, 1), (1, 1), (1, 2)):
        monkeypatch.setattr(centroids, "_BLOCK_CELLS", cells)
        got = centroids._replicates(
            members, draws, upper, n_boot=n_boot, metric=metric, progress=False, n_jobs=n_jobs
        )
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-14)


def test_long_runs_warn_after_the_first_batch(fakes_dtm, monkeypatch):
    sub = fakes_dtm.subset(fakes_dtm.docvars["outlet"].isin(["sana", "reuters", "ahram"]))
    quiet = group_similarity(sub, by="outlet", n_boot=6, seed=2)
    monkeypatch.setattr(centroids, "_BLOCK_CELLS", 1)
    monkeypatch.setattr(centroids, "LONG_RUN_SECONDS", 0.0)
    with pytest.warns(LongRunWarning, match="lower n_boot=") as record:
        warned = group_similarity(sub, by="outlet", n_boot=6, seed=2)
    assert [w.category for w in record].count(LongRunWarning) == 1
    assert record[0].filename == __file__
    warning = next(w.message for w in record if w.category is LongRunWarning)
    assert warning.n_boot == 6 and warning.estimate > 0
    # batching changes neither the random stream nor the result
    pd.testing.assert_frame_equal(quiet, warned, rtol=1e-12, atol=1e-14)


def test_a_short_run_does_not_warn(fakes_dtm):
    sub = fakes_dtm.subset(fakes_dtm.docvars["outlet"].isin(["sana", "ahram"]))
    with warnings.catch_warnings():
        warnings.simplefilter("error", LongRunWarning)
        group_similarity(sub, by="outlet", n_boot=20)


def test_one_group_has_no_pairs_to_resample(fakes_dtm):
    sub = fakes_dtm.subset(fakes_dtm.docvars["outlet"] == "sana")
    out = group_similarity(sub, by="outlet", n_boot=5)
    assert len(out) == 1 and out["low"].isna().all()
