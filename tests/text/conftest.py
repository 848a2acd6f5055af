"""Fixtures of tests/text: the Russian texts of rusentrel, read from CORPUSKIT_DATA."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def rusentrel_texts(data_dir: Path) -> list[str]:
    """The 71 rusentrel article texts (UTF-8); fails when the corpus is missing."""
    files = sorted((data_dir / "rusentrel").glob("*/art*.txt"))
    files = [f for f in files if f.name.count(".") == 1]
    if len(files) != 71:
        pytest.fail(f"expected the 71 rusentrel articles under {data_dir / 'rusentrel'}")
    return [f.read_text("utf-8") for f in files]
