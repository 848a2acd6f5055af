"""corpuskit._parallel: worker counts and ordered, identical results across processes."""

import os

import pandas as pd
import pytest

from corpuskit._parallel import map_parts, workers


def _lengths(part: pd.DataFrame, *, progress: bool, scale: int) -> pd.DataFrame:
    assert progress is False
    return pd.DataFrame({"doc_id": part["doc_id"], "n": part["text"].str.len() * scale})


def test_workers_follows_n_jobs_cores_and_corpus_size():
    cores = os.cpu_count() or 1
    assert workers(1, 100_000) == 1
    assert workers(-1, 100_000) == cores
    assert workers(cores + 5, 100_000) == cores
    assert workers(-1, 499) == 1
    assert workers(-1, 40, min_docs=10) == min(cores, 4)
    for bad in (0, 1.5, True, "2"):
        with pytest.raises(ValueError, match="n_jobs="):
            workers(bad, 1000)


def test_map_parts_keeps_order_and_equals_one_process():
    frame = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(101)], "text": ["x" * i for i in range(101)]}
    )
    serial = _lengths(frame, progress=False, scale=2).reset_index(drop=True)
    pd.testing.assert_frame_equal(map_parts(_lengths, frame, 3, scale=2), serial)
