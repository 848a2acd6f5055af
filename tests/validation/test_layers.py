"""validation is the measurement layer: it imports no analysis, and the analyses wire it in."""

from __future__ import annotations

import ast
from pathlib import Path

import corpuskit as ck
from corpuskit import validation

PACKAGE = Path(validation.__file__).parent
ANALYSES = ("corpuskit.framing", "corpuskit.voices", "corpuskit.compare", "corpuskit.docsim")
UPPER = ("corpuskit.plot", "corpuskit.report", "corpuskit.cli", "corpuskit.scale")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_validation_imports_no_analysis_and_nothing_above():
    for path in sorted(PACKAGE.glob("*.py")):
        for name in _imports(path):
            assert not name.startswith(ANALYSES + UPPER), f"{path.name} imports {name}"


def test_corrections_sit_next_to_their_analyses():
    from corpuskit.framing import corrected as framing_corrected
    from corpuskit.voices import corrected as voices_corrected

    assert callable(framing_corrected.naming_corrections)
    assert callable(voices_corrected.stance_corrections)
    assert ck.corrected_agency_summary.__module__ == "corpuskit.framing.agency.summary"
    assert ck.krippendorff_alpha.__module__ == "corpuskit.validation.agreement"
