"""Mention chunking shortcuts give the mentions of the full search.

``det_phrase`` gives up on a word with no determiner when no role word lies within the reach
of its modifier loop (``_no_role_within``) or its loop stops at once with no role there
(``_no_modifier_at``), and on a determiner when no role or place word
does (``_no_role_or_place_within``); ``name_phrase`` gives up on a word that can neither be
part of a name nor open a title, place or modifier before one (``_no_name_at``), and skips its
loop over such words where none can be (``_plain_name_at``). With the
shortcuts switched off the chunker must find exactly the same mentions, on phrases built from
the lexicon's own words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancekit.lexicon import Lexicon
from stancekit.parse import _mentions
from stancekit.parse._mentions import Mention, find_mentions
from stancekit.parse._text import segment

LEX = Lexicon.default()

#: Words from the lexicon (places of several words, roles, titles, modifiers) and invented
#: names and function words, capitalised or not, so that long modifier runs come up.
_POOL = sorted(
    {
        *(w.title() for w in [*LEX.demonyms, *LEX.metonyms, *LEX.country_aliases][:80]),
        *(w for w in [*LEX.role_nouns, *LEX.plural_roles][:60]),
        *(w.title() for w in [*LEX.titles, *LEX.portfolios][:40]),
        *LEX.role_adjectives,
        *LEX.indefinites,
        *("the", "of", "for", "at", "'s", ",", "said", ".", "and", "The", "A"),
        *("Vessna", "Tarmo", "Ilse Brandvik", "Quorin", "NATO", "U.N.", "Harbour", "Union"),
    }
)
words = st.lists(st.sampled_from(_POOL), min_size=1, max_size=24).map(" ".join)


def facts(ms: list[Mention]) -> list[tuple[object, ...]]:
    return [
        (m.a, m.b, m.kind, m.name, m.title, m.affiliation, m.org, m.role, m.det, m.plural)
        for m in ms
    ]


@contextmanager
def full_search() -> Iterator[None]:
    chunker = _mentions._Chunker
    names = (
        "_no_role_within",
        "_no_modifier_at",
        "_no_role_or_place_within",
        "_no_name_at",
        "_plain_name_at",
    )
    originals = {name: getattr(chunker, name) for name in names}
    for name in names:
        setattr(chunker, name, lambda self, i: False)
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(chunker, name, original)


def mentions(text: str) -> list[list[tuple[object, ...]]]:
    return [facts(find_mentions(s, LEX)) for s in segment(text, LEX)]


@settings(max_examples=300, deadline=None)
@given(words)
@example("Vessna Tarmo , a senior Swedish government spokesman , said")
@example("French Foreign Minister Ilse Brandvik and Dairy farmers said")
@example("Quorin Harbour Union officials said .")
@example("the Kremlin and a senior Harbour official said")
@example("the U.N. said , J . Quorin said")
@example("said the senior Tarmo spokesman of the Kremlin")
@example("Vessna Tarmo Quorin Ilse Brandvik Tarmo Vessna Quorin Harbour chairman said")
@example("Tarmo Quorin of the Harbour Union said")
@example("Dairy farmers and Senior Swedish officials said")
def test_the_shortcut_finds_what_the_full_search_finds(text: str) -> None:
    fast = mentions(text)
    with full_search():
        assert mentions(text) == fast


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("Vessna Tarmo said the plan was dead.", True),  # a bare name: no role word near
        ("Quorin farmers said the plan was dead.", False),  # a plural role follows
        ("Vessna said the two regional officials left", False),  # a role word within reach
    ],
)
def test_the_shortcut_applies_only_with_no_role_word_near(text: str, skipped: bool) -> None:
    (s, *_) = segment(text, LEX)
    chunker = _mentions._Chunker(s, LEX, LEX.compiled())
    assert chunker._no_role_within(0) is skipped


@pytest.mark.parametrize(
    ("text", "k", "skipped"),
    [
        ("the plan was dead.", 0, True),  # no role, no place after the determiner
        ("the Kremlin said the plan was dead.", 0, False),  # a metonym
        ("the two regional officials left", 0, False),  # a role word within reach
        ("a senior Swedish official said", 0, False),
    ],
)
def test_the_determiner_shortcut_applies_only_with_no_role_or_place_near(
    text: str, k: int, skipped: bool
) -> None:
    (s, *_) = segment(text, LEX)
    chunker = _mentions._Chunker(s, LEX, LEX.compiled())
    assert chunker._no_role_or_place_within(k) is skipped


@pytest.mark.parametrize(
    ("text", "k", "skipped"),
    [
        ("The plan was dead.", 0, True),  # "The": no name word
        ("Vessna Tarmo said the plan was dead.", 0, False),  # a name word
        ("J. Tarmo said it", 0, False),  # an initial
        ("NATO said it", 0, False),  # an acronym
        ("Former Minister Vessna Tarmo said it", 0, False),  # an adjective before a title
        ("Minister Vessna Tarmo said it", 0, False),  # a title
        ("the plan, it was dead", 4, True),  # a lower-case word past the comma
        ("the plan, residents said", 3, False),  # a role noun (a field before a title)
        ("It was dead.", 3, True),  # past the last token
    ],
)
def test_the_name_shortcut_applies_only_where_no_name_can_start(
    text: str, k: int, skipped: bool
) -> None:
    (s, *_) = segment(text, LEX)
    chunker = _mentions._Chunker(s, LEX, LEX.compiled())
    assert chunker._no_name_at(k) is skipped


@pytest.mark.parametrize(
    ("text", "k", "plain"),
    [
        ("Vessna Tarmo said the plan was dead.", 0, True),  # a bare name
        ("Minister Vessna Tarmo said it", 0, False),  # a title
        ("Quorin Harbour business owner Vessna Tarmo said", 0, False),  # a field and role
        ("Swedish Minister Vessna Tarmo said it", 0, False),  # a place word
        ("Vessna Tarmo said the two officials left", 0, False),  # a role word within reach
        ("Vessna Tarmo said that it was a plan the two officials", 0, True),  # past the reach
        ("Senior Tarmo aides said it", 0, False),  # an adjective
    ],
)
def test_the_plain_name_shortcut_applies_only_with_nothing_before_the_name(
    text: str, k: int, plain: bool
) -> None:
    (s, *_) = segment(text, LEX)
    chunker = _mentions._Chunker(s, LEX, LEX.compiled())
    assert chunker._plain_name_at(k) is plain


@pytest.mark.parametrize(
    ("text", "k", "skipped"),
    [
        ("Vessna said the two officials left", 0, True),  # a name word, the role far on
        ("Officials said the plan was dead.", 0, False),  # a role word
        ("Senior officials said it", 0, False),  # an adjective
        ("NATO officials said it", 0, False),  # an acronym
        ("Swedish officials said it", 0, False),  # a place word
        ("Dairy farmers said it", 0, False),  # a field before a plural role
    ],
)
def test_the_modifier_shortcut_applies_only_where_no_role_phrase_can_start(
    text: str, k: int, skipped: bool
) -> None:
    (s, *_) = segment(text, LEX)
    chunker = _mentions._Chunker(s, LEX, LEX.compiled())
    assert chunker._no_modifier_at(k) is skipped
