"""Shared test fixtures.

Tests that need a real corpus take the ``data_dir`` fixture. It reads
``CORPUSKIT_DATA`` (``.ci/run`` points it at ``../shared/corpora``) and, when
unset, falls back to ``../shared/corpora`` beside the checkout. A missing
corpus makes the test fail, never skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "tass-lavrov-mosul-aleppo.txt"


def _data_dir() -> Path:
    configured = os.environ.get("CORPUSKIT_DATA")
    path = Path(configured) if configured else REPO.parent / "shared" / "corpora"
    return path.resolve()


@pytest.fixture(scope="session", autouse=True)
def _corpuskit_data_env() -> None:
    os.environ.setdefault("CORPUSKIT_DATA", str(_data_dir()))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The directory holding the shared corpora; fails the test when it is missing."""
    path = _data_dir()
    if not path.is_dir():
        pytest.fail(
            f"corpus directory {path} not found: set CORPUSKIT_DATA to the folder of the corpora"
        )
    return path


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of small hand-written fixtures inside tests/."""
    return FIXTURES


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The founding TASS article (read from ../shared/seeds, never copied)."""
    if not SEED_ARTICLE.is_file():
        pytest.fail(f"founding article not found at {SEED_ARTICLE}")
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def fakes(data_dir: Path):
    """FA-KES (804 Syrian-war articles) in the article schema, via the dataset registry.

    Session-scoped and shared: tests must not modify it (take a ``.copy()``).
    """
    import corpuskit as ck

    return ck.load_dataset("fakes")
