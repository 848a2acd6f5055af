"""corpuskit._parallel: worker counts and ordered, identical results across processes."""

import os

import pandas as pd
import pytest

from corpuskit import _parallel
from corpuskit._parallel import imap_inherited, map_parts, map_ranges, workers


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


def test_map_ranges_forks_with_the_data_and_a_closure_and_keeps_order():
    texts = ["x" * i for i in range(101)]
    offset = 7  # a closure's variable: workers inherit the function, nothing is pickled

    def sizes(data, a, b):
        return (a, b, [len(t) + offset for t in data[a:b]], os.getpid())

    parts = map_ranges(sizes, texts, len(texts), 3)
    assert [(a, b) for a, b, _, _ in parts] == [(0, 33), (33, 67), (67, 101)]
    assert [n for p in parts for n in p[2]] == [i + 7 for i in range(101)]
    assert os.getpid() not in {p[3] for p in parts}  # ran in forked workers
    assert not _parallel._INHERITED  # the data is not kept afterwards
    assert map_ranges(sizes, texts, len(texts), 1)[0][2] == [i + 7 for i in range(101)]


def test_imap_inherited_keeps_order_with_a_bounded_queue():
    data = list(range(50))
    got = list(imap_inherited(lambda d, i: (d[i] * 2, os.getpid()), data, range(50), 2, ahead=1))
    assert [v for v, _ in got] == [2 * i for i in range(50)]
    assert os.getpid() not in {pid for _, pid in got}
    assert not _parallel._INHERITED
