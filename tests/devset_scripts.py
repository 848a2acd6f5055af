"""Import a development set's script (``tests/devsets/<set>/<name>.py``) under its own name.

The sets' scripts share file names (``agreement.py``), so they are loaded by
path under a unique module name rather than from ``sys.path``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path, name: str) -> ModuleType:
    """The module in ``path``, registered as ``name``."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
