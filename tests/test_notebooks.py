"""The tutorial notebooks run top to bottom, reproducibly, and are stored as they run.

The stored notebooks (``notebooks/*.ipynb``, with their outputs) are the
source; each is paired with a readable script in ``notebooks/scripts/``
(``notebooks/jupytext.toml``), and the pair must hold the same cells. Each
notebook is executed with nbclient as ``make notebooks`` runs it
(``notebooks/run.py``: a kernel of the interpreter running the tests, so it
imports this checkout's corpuskit, with ``notebooks/`` as working directory and
``CORPUSKIT_DATA`` passed through). A cell error fails the test. The text
outputs of its cells tagged ``check`` must equal those of the stored notebook
(so they cannot go stale), and the quick start must show the same results twice.
"""

from __future__ import annotations

import copy
import importlib.util
import os
from pathlib import Path

import jupytext
import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec
from jupytext.config import find_jupytext_configuration_file, load_jupytext_configuration_file
from jupytext.paired_paths import paired_paths

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = [
    "01-quickstart.ipynb",
    "02-aleppo-vs-mosul.ipynb",
    "03-framing-validation.ipynb",
    "04-stance-and-sources.ipynb",
    "05-scaling-with-dask.ipynb",
    "06-validate-before-you-report.ipynb",
    "07-russian-and-english.ipynb",
]
REFRESH = "run `make notebooks` to refresh the stored outputs and the paired scripts"


def _runner():
    spec = importlib.util.spec_from_file_location("notebooks_run", NOTEBOOKS / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stored(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def _script(name: str) -> Path:
    """The script paired with the notebook ``name`` by ``notebooks/jupytext.toml``."""
    config_file = find_jupytext_configuration_file(str(NOTEBOOKS))
    assert config_file == str(NOTEBOOKS / "jupytext.toml")
    config = load_jupytext_configuration_file(config_file)
    path = str(NOTEBOOKS / name)
    (_, _), (script, _) = paired_paths(path, "ipynb", config.default_formats(path))
    return Path(script)


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a ``python3`` kernel spec that runs this interpreter.

    A ``python3`` spec installed elsewhere (a user-level Jupyter folder) could
    point at another Python; this one is the test's own ``sys.executable``.
    """
    folder = tmp_path_factory.mktemp("kernels")
    write_kernel_spec(path=folder / "python3")
    return folder


def _execute(name: str, kernel_dir: Path, data_dir: Path) -> nbformat.NotebookNode:
    """The stored notebook ``name`` run again with this interpreter (the file is left alone)."""
    data = os.environ.get("CORPUSKIT_DATA", str(data_dir))
    notebook = copy.deepcopy(_stored(name))
    return _runner().execute(notebook, kernel_dir=kernel_dir, data_dir=data)


def _check_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """The printed and displayed text of each ``check`` cell (stderr left out)."""
    texts = []
    for cell in notebook.cells:
        if cell.cell_type != "code" or "check" not in cell.metadata.get("tags", []):
            continue
        parts = []
        for output in cell.outputs:
            if output.output_type == "stream" and output.name == "stdout":
                parts.append(output.text)
            elif output.output_type in ("execute_result", "display_data"):
                parts.append(output.data.get("text/plain", ""))
        texts.append("".join(parts))
    return texts


def test_every_notebook_is_tested_and_paired() -> None:
    assert sorted(path.name for path in NOTEBOOKS.glob("*.ipynb")) == NAMES
    assert [path.name for path in _runner().notebook_paths()] == NAMES
    scripts = sorted(path.name for path in (NOTEBOOKS / "scripts").glob("*.py"))
    assert scripts == [_script(name).name for name in NAMES]


@pytest.mark.corpus
@pytest.mark.parametrize("name", NAMES[1:])
def test_notebook_runs_and_shows_what_is_stored(
    name: str, kernel_dir: Path, data_dir: Path
) -> None:
    notebook = _execute(name, kernel_dir, data_dir)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code)
    assert not [out for cell in code for out in cell.outputs if out.output_type == "error"]
    checks = _check_outputs(notebook)
    assert checks, f"{name} has no cell tagged 'check'"
    assert all(text.strip() for text in checks), f"a 'check' cell of {name} shows nothing"
    assert checks == _check_outputs(_stored(name)), f"{name}: {REFRESH}"


@pytest.mark.corpus
def test_quickstart_is_reproducible_and_shows_the_founding_article(
    kernel_dir: Path, data_dir: Path
) -> None:
    """The quick start runs (twice: this is also its run test) and shows the same results."""
    first = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    second = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    assert first == second
    assert first == _check_outputs(_stored(NAMES[0])), f"{NAMES[0]}: {REFRESH}"
    shown = "\n".join(first)
    for expected in ("TASS", "MOSCOW", "month-day", "{'Sergey Lavrov': 15}", "liberation"):
        assert expected in shown


@pytest.mark.parametrize("name", NAMES)
def test_stored_notebook_was_run_and_is_stored_with_its_outputs(name: str) -> None:
    stored = _stored(name)
    nbformat.validate(stored)
    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), REFRESH
    outputs = [out for cell in code for out in cell.outputs]
    assert outputs, f"{name} is stored without outputs: {REFRESH}"
    assert not [out for out in outputs if out.output_type == "error" or out.get("name") == "stderr"]
    assert not [cell for cell in code if "execution" in cell.metadata], "timestamps are stored"
    assert (NOTEBOOKS / name).stat().st_size < 2_000_000
    assert stored.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_and_its_script_hold_the_same_cells(name: str) -> None:
    """The pair is in sync: same cells, sources and tags (``check`` included)."""

    def cells(notebook: nbformat.NotebookNode) -> list[tuple]:
        return [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in notebook.cells]

    script = _script(name)
    assert script.is_file(), f"{script} is missing: {REFRESH}"
    assert cells(jupytext.read(script)) == cells(_stored(name)), f"{name}: {REFRESH}"
