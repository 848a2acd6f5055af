"""The package itself: a light import, the lazy public API, the error types."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import subprocess
import sys

import pytest

import corpuskit as ck
from corpuskit.errors import LoadError


def test_import_loads_nothing_heavy():
    code = (
        "import sys, corpuskit; "
        "heavy = [m for m in ('pandas', 'numpy', 'sklearn', 'matplotlib', 'scipy', 'pyarrow') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_first_use_of_a_verb_loads_only_its_own_modules():
    # the facade wraps each verb for the old Dask way in; that must not import ck.dask's analyses
    code = (
        "import sys, corpuskit as ck; ck.tokenize; "
        "loaded = [m for m in ('sklearn', 'corpuskit.scale.verbs', 'corpuskit.voices', "
        "'corpuskit.framing') if m in sys.modules]; print(','.join(loaded))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_export_resolves():
    for name in ck.__all__:
        assert getattr(ck, name) is not None, name


def test_unknown_attribute():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        ck.nope  # noqa: B018


def test_load_error_message_names_place_and_hint():
    error = LoadError("data/a.csv", "empty text", row=7, column="text", hint="drop the row")
    assert str(error) == "data/a.csv, row 7, column 'text': empty text\n  hint: drop the row"
    assert isinstance(error, ValueError)


def test_no_submodule_shadows_a_public_function():
    # Importing a submodule binds it as an attribute of its package: a module
    # named like a public function (corpuskit/dtm.py vs ck.dtm) would hide it.
    code = (
        "import importlib, pkgutil, types, corpuskit as ck\n"
        "for info in pkgutil.walk_packages(ck.__path__, 'corpuskit.'):\n"
        "    if not info.name.endswith('__main__'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = [n for n in ck._EXPORTS if isinstance(getattr(ck, n), types.ModuleType)]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_licence_and_type_marker_are_shipped():
    distribution = importlib.metadata.distribution("corpuskit")
    assert distribution.metadata["License-Expression"] == "MIT"
    assert distribution.read_text("licenses/LICENSE").startswith("MIT License")
    assert importlib.resources.files("corpuskit").joinpath("py.typed").is_file()


def test_a_folder_named_corpuskit_beside_a_script_does_not_shadow_the_package(tmp_path):
    (tmp_path / "corpuskit").mkdir()  # a clone named corpuskit, seen from the folder above it
    result = subprocess.run(
        [sys.executable, "-c", "import corpuskit; print(corpuskit.read_articles.__name__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "read_articles", result.stderr
