"""The documentation site: it builds in strict mode, and documents every public name.

Strict mode turns every MkDocs warning into a failure: a broken link or
anchor, a ``::: identifier`` that does not resolve, a docstring griffe cannot
parse. Needs the ``docs`` extra (mkdocs-material, mkdocstrings[python],
mkdocs-jupyter).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import griffe

import corpuskit as ck

REPO = Path(__file__).resolve().parents[1]
API_DIR = REPO / "docs" / "api"
EXTENSION = REPO / "docs" / "_ext" / "griffe_docstrings.py"
KEY_PAGES = (
    "index.html",
    "getting-started/index.html",
    "comparison/index.html",
    "methods/index.html",
    "howto/load-articles/index.html",
    "api/index.html",
    "api/comparison/index.html",
    "api/plotting/index.html",
    "search/search_index.json",
)
_DIRECTIVE = re.compile(r"^::: ([\w.]+)\s*$", re.MULTILINE)


def _identifiers() -> set[str]:
    """The ``::: identifier`` directives of the API reference pages."""
    found: set[str] = set()
    for page in sorted(API_DIR.glob("*.md")):
        found.update(_DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    return found


def test_site_builds_in_strict_mode(tmp_path: Path) -> None:
    # one test for the whole build, so that pytest-xdist never builds the site twice
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    assert [page for page in KEY_PAGES if not (site / page).is_file()] == []
    reference = (site / "api" / "comparison" / "index.html").read_text(encoding="utf-8")
    assert 'id="corpuskit.compare.keyness.keyness"' in reference
    # doctests under "Example:" render as code, not as nested block quotes
    assert "<blockquote>" not in reference
    # Sphinx roles become links: ":func:`keyness`" is never shown literally
    assert ":func:`" not in reference
    assert "Dunning (1993)" in reference


def test_every_public_name_is_in_the_api_reference() -> None:
    # each name must be documented where it is defined: the module in corpuskit._EXPORTS
    identifiers = _identifiers()
    expected = {name: f"{module}.{name}" for name, module in ck._EXPORTS.items()}
    expected.update(ck._SUBMODULES)
    assert set(ck.__all__) == {*expected, "__version__"}
    missing = sorted(name for name, path in expected.items() if path not in identifiers)
    assert missing == [], f"add a '::: module.name' line to a page of docs/api/ for {missing}"
    assert "__version__" in (API_DIR / "index.md").read_text(encoding="utf-8")


def test_every_plot_function_is_in_the_api_reference() -> None:
    identifiers = _identifiers()
    missing = [
        name
        for name in ck.plot.__all__
        if f"{getattr(ck.plot, name).__module__}.{name}" not in identifiers
    ]
    assert missing == []


def test_docstrings_are_rewritten_as_markdown() -> None:
    spec = importlib.util.spec_from_file_location("griffe_docstrings", EXTENSION)
    extension = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extension)
    keyness = griffe.load("corpuskit.compare.keyness", search_paths=[str(REPO)])["keyness"]
    framing = griffe.load("corpuskit.framing", search_paths=[str(REPO)])
    docstring = (
        "See :func:`keyness_each` and :class:`~corpuskit.docterm.DocTermMatrix`, "
        ":math:`x^2`.\n\nExample:\n    >>> 1\n    1"
    )
    assert extension.to_markdown(docstring, keyness) == (
        'See <autoref identifier="corpuskit.compare.keyness.keyness_each" optional>'
        "<code>keyness_each</code></autoref> and "
        '<autoref identifier="corpuskit.docterm.DocTermMatrix" optional>'
        "<code>DocTermMatrix</code></autoref>, \\(x^2\\).\n\nExamples:\n    >>> 1\n    1"
    )
    assert extension.to_markdown(":mod:`.scores`", framing) == (
        '<autoref identifier="corpuskit.framing.scores" optional><code>scores</code></autoref>'
    )
    # an indented "Example:" (inside another section) is left alone
    assert extension.to_markdown("Args:\n    x: see\n    Example: below", keyness).endswith(
        "Example: below"
    )
