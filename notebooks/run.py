"""Run the tutorial notebooks in place and store them with their outputs (``make notebooks``).

The stored notebooks are the source of the tutorials (the documentation site
shows them, outputs included); each is paired with a readable script in
``scripts/`` (see ``jupytext.toml``). This runs each notebook top to bottom
with nbclient, in a kernel of this interpreter (a ``python3`` kernel spec
written to a temporary folder, so that a ``python3`` kernel installed
elsewhere cannot stand in), with this folder as working directory, this
checkout's corpuskit first on the path, ``CORPUSKIT_DATA`` passed through and
no progress bars (``CORPUSKIT_PROGRESS=0``). Outputs are stored without
warnings (stderr) and without execution timestamps::

    CORPUSKIT_DATA=../shared/corpora python notebooks/run.py [NAME.ipynb ...]

``tests/test_notebooks.py`` runs them the same way and checks that the cells
tagged ``check`` (key results) still show what is stored.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from ipykernel.kernelspec import write_kernel_spec
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

#: seconds one cell may take before a run fails (the slowest takes a few seconds)
CELL_TIMEOUT = 180


def notebook_paths() -> list[Path]:
    """The tutorial notebooks, in reading order."""
    return sorted(HERE.glob("*.ipynb"))


def kernel_env(data_dir: str | Path) -> dict[str, str]:
    """The environment of a tutorial's kernel: this checkout's corpuskit, the corpora, no bars."""
    checkout = str(HERE.parent)
    paths = [checkout, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {
        **os.environ,
        "CORPUSKIT_DATA": str(data_dir),
        "PYTHONPATH": os.pathsep.join(paths),
        "CORPUSKIT_PROGRESS": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }


def execute(
    notebook: nbformat.NotebookNode, *, kernel_dir: str | Path, data_dir: str | Path
) -> nbformat.NotebookNode:
    """Run ``notebook`` in place with the ``python3`` kernel spec found in ``kernel_dir``."""
    manager = KernelManager(
        kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)])
    )
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(HERE)}},
    )
    client.execute(env=kernel_env(data_dir))
    return notebook


def as_stored(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``notebook`` as it is stored: no warnings (stderr), no execution timestamps."""
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [out for out in cell.outputs if out.get("name") != "stderr"]
            cell.metadata.pop("execution", None)
    return notebook


def main(names: list[str]) -> None:
    """Run the notebooks ``names`` (all when empty) and write them back with their outputs."""
    paths = [HERE / name for name in names] if names else notebook_paths()
    data_dir = os.environ.get("CORPUSKIT_DATA", str(HERE.parents[1] / "shared" / "corpora"))
    with tempfile.TemporaryDirectory() as kernels:
        write_kernel_spec(path=Path(kernels) / "python3")
        for path in paths:
            notebook = nbformat.read(path, as_version=4)
            as_stored(execute(notebook, kernel_dir=kernels, data_dir=data_dir))
            nbformat.write(notebook, path)
            print(f"ran notebooks/{path.name} and stored its outputs")


if __name__ == "__main__":
    main(sys.argv[1:])
