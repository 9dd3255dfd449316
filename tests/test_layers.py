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
