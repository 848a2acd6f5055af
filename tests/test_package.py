"""The package itself: a light import, the lazy public API, the error types."""

from __future__ import annotations

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
