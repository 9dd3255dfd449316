"""The suffix tests of the parser's rules come from the data (issue 8): ``Morphology``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Lexicon
from stancekit.lexicon import FunctionWords

SRC = Path(__file__).resolve().parents[1] / "src" / "stancekit"
MORPH = Lexicon.default().compiled().morph


@pytest.mark.parametrize(
    ("test", "word", "expected"),
    [
        ("is_past", "warned", True),
        ("is_past", "admitted", True),
        ("is_past", "warn", False),
        ("is_past", "said", False),
        ("is_gerund", "saying", True),
        ("is_gerund", "said", False),
        ("is_s_form", "says", True),
        ("is_s_form", "questions", True),
        ("is_s_form", "press", False),
        ("is_s_form", "say", False),
        ("is_plural", "agencies", True),
        ("is_plural", "officials", True),
        ("is_plural", "boss", False),
        ("is_plural", "official", False),
        ("is_adverb", "repeatedly", True),
        ("is_adverb", "repeated", False),
        ("is_negative", "didn't", True),
        ("is_negative", "not", False),
    ],
)
def test_the_shipped_suffix_tests(test: str, word: str, expected: bool) -> None:
    assert getattr(MORPH, test)(word) is expected


@given(st.text(alphabet="abcdeilnsty'", max_size=8))
def test_the_shipped_tests_are_the_english_endings_they_replaced(word: str) -> None:
    # the parser's output was byte-identical before and after the move to data
    assert MORPH.is_past(word) == word.endswith("ed")
    assert MORPH.is_gerund(word) == word.endswith("ing")
    assert MORPH.is_s_form(word) == (word.endswith("s") and not word.endswith("ss"))
    assert MORPH.is_plural(word) == (word.endswith("s") and not word.endswith("ss"))
    assert MORPH.is_adverb(word) == word.endswith("ly")
    assert MORPH.is_negative(word) == word.endswith("n't")


def test_an_empty_list_of_endings_matches_nothing() -> None:
    lex = Lexicon.default().replace(words=FunctionWords())
    morph = lex.compiled().morph
    assert not any(
        t(w)
        for t in (morph.is_past, morph.is_gerund, morph.is_s_form, morph.is_adverb)
        for w in ("warned", "saying", "says", "openly")
    )


def test_a_negative_clitic_of_ones_own_negates_a_commitment() -> None:
    text = "The mayor, Ada Quint, said on Monday that she wouldnae rule out a tax rise."
    (before,) = stancekit.parse(text).stances
    assert before.commitment.value == "categorical"
    lex = Lexicon.default().extend(words={"negative_clitics": ["nae"]})
    (after,) = stancekit.parse(text, lexicon=lex).stances
    assert after.commitment.value == "open"  # as "wouldn't rule out"


def _suffix_tests(source: str) -> list[int]:
    """Lines of ``x.endswith("...")`` calls with a literal suffix."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "endswith"
            and node.args
            and isinstance(node.args[0], ast.Constant | ast.Tuple)
        ):
            out.append(node.lineno)
    return out


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('ok = word.endswith("ed")', True),
        ('ok = word.endswith(("ed", "ing"))', True),
        ("ok = morph.is_past(word)", False),
        ("ok = word.endswith(suffixes)", False),
    ],
)
def test_the_check_flags_literal_suffix_tests(source: str, flagged: bool) -> None:
    assert bool(_suffix_tests(source)) is flagged


@pytest.mark.parametrize(
    "path", sorted((SRC / "parse").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_no_literal_suffix_tests_in_parser_code(path: Path) -> None:
    found = _suffix_tests(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(SRC)} lines {found}: use lexicon.compiled().morph"
