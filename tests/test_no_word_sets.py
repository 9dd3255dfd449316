"""English words live in the lexicon's data, not in parser code (issue 8, deliverable 2).

An AST check over ``src/stancekit/parse/``, the tokenizer, the normaliser and the question
forms (``query.py``): no module-level assignment whose value is a set, frozenset, tuple or list
literal of three or more lower-case words, and no string (a regular expression's source) with
a group of three or more alternative words (``"(?:backs|backed|endorses)"``); and in the
lexicon's own code, no literal of words at all, inside functions included. A word list
found there belongs in ``lang/en/*.toml`` (see ``docs/lexicon.md``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "stancekit"
MODULES = [
    *sorted((SRC / "parse").rglob("*.py")),
    SRC / "_tokens.py",
    SRC / "_normalize.py",
    SRC / "query.py",
]
_MIN_WORDS = 3
#: The lexicon's own code (not its morphology, which is English by design, nor its schemas,
#: whose ``Literal`` types name values): it reads words from the data, so no literal of words
#: anywhere in it, inside functions included.
LEXICON_CODE = [SRC / "lexicon" / name for name in ("_core.py", "_files.py", "_phrases.py")]


def _literal(node: ast.expr) -> ast.expr | None:
    """The collection literal of *node*: itself, or the argument of ``frozenset(...)``,
    ``set(...)``, ``tuple(...)`` or ``list(...)``."""
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        return node
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("frozenset", "set", "tuple", "list")
        and len(node.args) == 1
    ):
        return _literal(node.args[0])
    return None


def _words(node: ast.expr) -> list[str]:
    lit = _literal(node)
    if not isinstance(lit, ast.Set | ast.Tuple | ast.List):
        return []
    return [
        e.value
        for e in lit.elts
        if isinstance(e, ast.Constant)
        and isinstance(e.value, str)
        and e.value.isalpha()
        and e.value.islower()
    ]


def _dunder(stmt: ast.stmt) -> bool:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
    return any(isinstance(t, ast.Name) and t.id.startswith("__") for t in targets)


def word_sets(source: str) -> list[tuple[int, list[str]]]:
    """Line and words of each module-level word collection of *source*."""
    out: list[tuple[int, list[str]]] = []
    for stmt in ast.parse(source).body:
        value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
        if value is None or _dunder(stmt):
            continue
        words = _words(value)
        if len(words) >= _MIN_WORDS:
            out.append((stmt.lineno, words))
    return out


_GROUP = re.compile(r"\((?:\?:)?([^()]*)\)")
_ALTERNATIVE = re.compile(r"[a-z][a-z' ]*\??")


def regex_words(source: str) -> list[tuple[int, list[str]]]:
    """Line and words of each string constant of *source* holding a regular-expression group
    of three or more alternative words."""
    out: list[tuple[int, list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        for group in _GROUP.findall(node.value):
            words = [a.strip() for a in group.split("|") if _ALTERNATIVE.fullmatch(a.strip())]
            if len(words) >= _MIN_WORDS:
                out.append((node.lineno, words))
    return out


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('P = re.compile(r"who (?:backs|backed|endorses) (?P<x>.+)")', True),
        ('P = r"who (?:is |are |was )?said"', True),
        ('def f():\n    return re.compile(r"(?:supports?|opposes?|rejects?) x")', True),
        ('P = re.compile(rf"who {be}{_one_of(w.question_support)} (?P<x>.+)")', False),
        ('P = re.compile(r"how did (?P<x>.+?) (?:react|respond)")', False),  # two words only
        ('P = re.compile(r"(?:\\d+|[.,:])")', False),  # no words
    ],
)
def test_the_check_flags_regex_word_groups_only(source: str, flagged: bool) -> None:
    assert bool(regex_words(source)) is flagged


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_word_alternations_in_patterns(path: Path) -> None:
    found = regex_words(path.read_text(encoding="utf-8"))
    assert not found, (
        f"{path.relative_to(SRC)} has regex word groups {found}: move them to lang/en/"
    )


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('_DETS = frozenset({"the", "a", "an"})', True),
        ('DETS: frozenset[str] = frozenset(("this", "that", "these"))', True),
        ('_CUES = ("said", "told", "wrote", ",")', True),
        ('__all__ = ["speaker_before", "subject"]', False),  # names, not lower-case words
        ('__all__ = ["make", "subject", "run"]', False),  # the public names are no words
        ('_MARKS = (",", ";", ":", "(")', False),  # punctuation is structure
        ('_TWO = ("\'s", "of")', False),  # fewer than three words
        ('def f():\n    x = ("the", "a", "an")\n    return x', False),  # not module level
        ("_SLOTS = ('Ab', 'Cd', 'Ef')", False),
    ],
)
def test_the_check_flags_word_lists_only(source: str, flagged: bool) -> None:
    assert bool(word_sets(source)) is flagged


def inline_word_sets(source: str) -> list[tuple[int, list[str]]]:
    """Line and words of every collection literal of three or more words in *source*, at any
    depth, except inside a subscript (a type: ``Literal["after", "before", "either"]``)."""
    out: list[tuple[int, list[str]]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Subscript):
                continue
            if isinstance(child, ast.expr):
                words = _words(child)
                if len(words) >= _MIN_WORDS:
                    out.append((child.lineno, words))
            visit(child)

    visit(ast.parse(source))
    return out


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('def f(lex):\n    return {"the", "a", "an"} | lex.words.determiners', True),
        ('X = frozenset(("this", "that", "these"))', True),
        ('T = Literal["after", "before", "either"]', False),
        ('def f(lex):\n    return lex.words.determiners | {"the"}', False),
    ],
)
def test_the_inline_check_flags_word_literals_anywhere(source: str, flagged: bool) -> None:
    assert bool(inline_word_sets(source)) is flagged


@pytest.mark.parametrize("path", LEXICON_CODE, ids=lambda p: str(p.relative_to(SRC)))
def test_the_lexicon_code_holds_no_words(path: Path) -> None:
    found = inline_word_sets(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(SRC)} holds words {found}: read them from lang/en/"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_word_sets(path: Path) -> None:
    found = word_sets(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(SRC)} holds word lists {found}: move them to lang/en/"


def test_the_check_sees_the_parser() -> None:
    assert len(MODULES) > 10
    assert all(p.is_file() for p in [*MODULES, *LEXICON_CODE])
