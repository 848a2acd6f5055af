"""Every YAML data file shipped in the package reads without a key written twice."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpuskit
from corpuskit._yaml import read_yaml

BUNDLED = sorted(Path(corpuskit.__file__).parent.rglob("*.yaml"))


def test_the_package_ships_yaml_data():
    assert len(BUNDLED) >= 10


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.name)
def test_no_key_is_listed_twice(path):
    assert read_yaml(path) is not None


def test_a_repeated_key_names_the_file_and_line(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("negation:\n  - not\nnegation:\n  - never\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^cues\.yaml: line 3: 'negation' is listed twice"):
        read_yaml(path)
