"""Mention chunking shortcuts give the mentions of the full search.

``det_phrase`` gives up on a word with no determiner when no role word lies within the reach
of its modifier loop (``_no_role_within``); with the shortcut switched off the chunker must
find exactly the same mentions, on phrases built from the lexicon's own words.
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
    original = _mentions._Chunker._no_role_within
    _mentions._Chunker._no_role_within = lambda self, i: False  # type: ignore[method-assign]
    try:
        yield
    finally:
        _mentions._Chunker._no_role_within = original  # type: ignore[method-assign]


def mentions(text: str) -> list[list[tuple[object, ...]]]:
    return [facts(find_mentions(s, LEX)) for s in segment(text, LEX)]


@settings(max_examples=300, deadline=None)
@given(words)
@example("Vessna Tarmo , a senior Swedish government spokesman , said")
@example("French Foreign Minister Ilse Brandvik and Dairy farmers said")
@example("Quorin Harbour Union officials said .")
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
