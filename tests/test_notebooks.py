"""The tutorial notebooks run top to bottom, reproducibly, and match their source.

Each notebook in ``notebooks/`` is executed with nbclient in a kernel of the
interpreter running the tests (so it imports this checkout's corpuskit), with
``notebooks/`` as working directory and ``CORPUSKIT_DATA`` passed through. A
cell error fails the test. The quick start is run twice and the text outputs
of its cells tagged ``check`` must be identical.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

import corpuskit

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = [
    "01-quickstart.ipynb",
    "02-aleppo-vs-mosul.ipynb",
    "03-framing-validation.ipynb",
    "04-stance-and-sources.ipynb",
    "05-scaling-with-dask.ipynb",
]
#: seconds one cell may take before the run fails (the slowest takes a few seconds)
CELL_TIMEOUT = 180


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


def _kernel_env(data_dir: Path) -> dict[str, str]:
    checkout = str(Path(corpuskit.__file__).resolve().parents[1])
    paths = [checkout, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {
        **os.environ,
        "CORPUSKIT_DATA": os.environ.get("CORPUSKIT_DATA", str(data_dir)),
        "PYTHONPATH": os.pathsep.join(paths),
        "CORPUSKIT_PROGRESS": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }


def _execute(name: str, kernel_dir: Path, data_dir: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    manager = KernelManager(
        kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)])
    )
    assert manager.kernel_spec.argv[0] == sys.executable
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute(env=_kernel_env(data_dir))
    return notebook


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
def test_notebook_runs(name: str, kernel_dir: Path, data_dir: Path) -> None:
    notebook = _execute(name, kernel_dir, data_dir)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code)
    assert not [out for cell in code for out in cell.outputs if out.output_type == "error"]
    checks = _check_outputs(notebook)
    assert checks, f"{name} has no cell tagged 'check'"
    assert all(text.strip() for text in checks), f"a 'check' cell of {name} shows nothing"


@pytest.mark.corpus
def test_quickstart_is_reproducible_and_shows_the_founding_article(
    kernel_dir: Path, data_dir: Path
) -> None:
    """The quick start runs (twice: this is also its run test) and shows the same results."""
    first = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    second = _check_outputs(_execute(NAMES[0], kernel_dir, data_dir))
    assert first == second
    shown = "\n".join(first)
    for expected in ("TASS", "MOSCOW", "month-day", "{'Sergey Lavrov': 15}", "liberation"):
        assert expected in shown


@pytest.mark.parametrize("name", NAMES)
def test_stored_notebook_is_built_from_source_without_outputs(name: str) -> None:
    stored = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert stored == _build_module().build(name)
    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code)
    assert stored.metadata.kernelspec.name == "python3"
