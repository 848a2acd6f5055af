"""The tutorial notebooks run top to bottom, reproducibly, and are stored as they run.

Each notebook is built from ``notebooks/_build.py`` and executed with
nbclient in a kernel of the interpreter running the tests (so it imports
this checkout's corpuskit), with ``notebooks/`` as working directory and
``CORPUSKIT_DATA`` passed through. A cell error fails the test. The text
outputs of its cells tagged ``check`` must equal those of the stored
notebook, which carries its outputs for the documentation site (so they
cannot go stale), and the quick start must show the same results twice.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = [
    "01-quickstart.ipynb",
    "02-aleppo-vs-mosul.ipynb",
    "03-framing-validation.ipynb",
    "04-stance-and-sources.ipynb",
    "05-scaling-with-dask.ipynb",
    "06-validate-before-you-report.ipynb",
]


def _build_module():
    spec = importlib.util.spec_from_file_location("notebooks_build", NOTEBOOKS / "_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    """The notebook ``name`` built from its source and run with this interpreter."""
    build = _build_module()
    data = os.environ.get("CORPUSKIT_DATA", str(data_dir))
    return build.execute(build.build(name), kernel_dir=kernel_dir, data_dir=data)


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
    stored = _check_outputs(nbformat.read(NOTEBOOKS / name, as_version=4))
    assert checks == stored, f"{name}: rerun `python notebooks/_build.py` to refresh its outputs"


@pytest.mark.corpus
def test_quickstart_is_reproducible_and_shows_the_founding_article(
    kernel_dir: Path, data_dir: Path
) -> None:
    """The quick start runs (twice: this is also its run test) and shows the same results."""
    first = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    second = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    assert first == second
    assert first == _check_outputs(nbformat.read(NOTEBOOKS / NAMES[0], as_version=4))
    shown = "\n".join(first)
    for expected in ("TASS", "MOSCOW", "month-day", "{'Sergey Lavrov': 15}", "liberation"):
        assert expected in shown


@pytest.mark.parametrize("name", NAMES)
def test_stored_notebook_is_built_from_source_and_run(name: str) -> None:
    build = _build_module()
    stored = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert build.sources(stored) == build.sources(build.build(name))
    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    outputs = [out for cell in code for out in cell.outputs]
    assert outputs, f"{name} is stored without outputs: run `python notebooks/_build.py`"
    assert not [out for out in outputs if out.output_type == "error" or out.get("name") == "stderr"]
    assert (NOTEBOOKS / name).stat().st_size < 2_000_000
    assert stored.metadata.kernelspec.name == "python3"
