"""The old engines kept in benchmarks/ as baselines give the library's results, so the
benchmarks compare like with like."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

import corpuskit as ck

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _baseline(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_boilerplate_baseline_uses_todays_rules():
    # the rewrite's baseline kept the rules of 53424ab, so once bbc_caption was added
    # bench_furniture reported the old and new results as different (identical=False)
    old = _baseline("_boilerplate_v1")
    assert old.KNOWN_FURNITURE == ck.KNOWN_FURNITURE
    arts = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": "x",
            "text": ["Rain fell.\n\nImage caption A wet street", "Sun shone.\n\nMedia caption Sun"],
        }
    )
    for dry_run in (True, False):
        pd.testing.assert_frame_equal(
            old.strip_boilerplate(arts, dry_run=dry_run),
            ck.strip_boilerplate(arts, dry_run=dry_run),
        )


def test_the_other_baselines_import():
    assert callable(_baseline("_duplicates_v1").find_duplicates)
    assert callable(_baseline("_centroids_v1").group_similarity)
