"""The import contracts stay honest: every import they ignore runs at call time only.

``pyproject.toml``'s import-linter contracts ignore a few upward imports: convenience methods
of the data types (``Article.ask()``, ``Corpus.frames()``, ``Answer._repr_html_()``...) that
call a higher layer when they are called. ``docs/architecture.md`` ("Layers and imports")
says why. This test checks that each of them is an import inside a function body, never at
module level (where it would be a real cycle), and that both contracts list the same ones.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _contracts() -> list[dict[str, object]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = data["tool"]["importlinter"]["contracts"]
    return contracts


def _ignored(contract: str) -> list[str]:
    (found,) = [c for c in _contracts() if c["type"] == contract]
    ignored = found.get("ignore_imports", [])
    assert isinstance(ignored, list)
    return [str(i) for i in ignored]


def _module_path(name: str, src: Path = SRC) -> Path:
    base = src.joinpath(*name.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def _absolute(module: str, node: ast.ImportFrom, src: Path) -> list[str]:
    """The modules *node* (inside *module*) may import, as absolute names: the one it imports
    from, and that module's submodules of the imported names (``from . import query``)."""
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".")
        is_package = _module_path(module, src).name == "__init__.py"
        parts = package if is_package else package[:-1]
        parts = parts[: len(parts) - node.level + 1]
        base = ".".join([*parts, *([node.module] if node.module else [])])
    return [base, *(f"{base}.{a.name}" for a in node.names)]


def imports_of(module: str, target: str, src: Path = SRC) -> list[tuple[int, bool]]:
    """Line of each import of *target* (or a submodule of it) in *module* (under *src*), and
    whether it is inside a function body."""
    tree = ast.parse(_module_path(module, src).read_text(encoding="utf-8"))
    out: list[tuple[int, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue  # annotations only: not an import at run time
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.ImportFrom | ast.Import):
                names = (
                    _absolute(module, child, src)
                    if isinstance(child, ast.ImportFrom)
                    else [a.name for a in child.names]
                )
                if any(n == target or n.startswith(target + ".") for n in names):
                    out.append((child.lineno, in_function))
            visit(child, inner)

    visit(tree, False)
    return out


def test_both_contracts_ignore_the_same_imports() -> None:
    assert sorted(_ignored("layers")) == sorted(_ignored("acyclic_siblings"))


@pytest.mark.parametrize("ignored", _ignored("layers"))
def test_an_ignored_import_is_a_call_time_import(ignored: str) -> None:
    importer, imported = (s.strip() for s in ignored.split("->"))
    found = imports_of(importer, imported)
    assert found, f"{ignored}: no such import left; drop it from the contracts"
    at_import = [line for line, in_function in found if not in_function]
    assert not at_import, f"{ignored}: imported at module level (line {at_import}): a cycle"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from .query import ask\n", [(1, False)]),
        ("def f():\n    from .query import ask\n", [(2, True)]),
        ("class A:\n    def f(self):\n        from . import query\n", [(3, True)]),
        ("from . import query as q\n", [(1, False)]),
        ("if TYPE_CHECKING:\n    from .query import Answer\n", []),
        ("from .queryx import ask\n", []),
    ],
)
def test_the_check_tells_call_time_from_import_time(
    tmp_path: Path, source: str, expected: list[object]
) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text(source)
    assert imports_of("pkg.mod", "pkg.query", tmp_path) == expected


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set(), "p": {"p.x"}, "p.x": set()}) == []


def test_no_import_cycle_at_import_time() -> None:
    """Without the call-time imports the contracts ignore, the package's import graph has no
    cycle at all: not between siblings (which the contract checks) and not between a package
    and its own modules (which it does not: ``parse/__init__`` and a step importing a type
    from it)."""
    grimp = pytest.importorskip("grimp", reason="grimp comes with import-linter (dev extra)")
    graph = grimp.build_graph("stancekit", exclude_type_checking_imports=True)
    ignored = [tuple(s.strip() for s in i.split("->")) for i in _ignored("layers")]
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        edges[module] = {
            m
            for m in graph.find_modules_directly_imported_by(module)
            if not any(module == a and (m == b or m.startswith(b + ".")) for a, b in ignored)
        }
    assert _cycles(edges) == []


#: Issue 8's bound on a module's size ("no module over ~800 lines"), with some slack: a module
#: that grows past it is split along its seams (as ``lexicon/``, ``corpus/`` and ``eval/``).
MAX_MODULE_LINES = 850


@pytest.mark.parametrize(
    "path", sorted((SRC / "stancekit").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_no_module_is_too_long(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines: split it along its seams"
