"""The attribution rules read their words from the lexicon they are given (``lexicon.words``).

Each row parses an invented sentence with the default lexicon and with one word taken out of
one ``function_words.toml`` field: the rule that tests the word changes its answer, so the word
comes from the data and not from parser code.
"""

from __future__ import annotations

import attrs
import pytest

import stancekit
from stancekit.lexicon import Lexicon

DEFAULT = Lexicon.default()


def _without(field: str, word: str) -> Lexicon:
    words = DEFAULT.words
    current: frozenset[str] = getattr(words, field)
    assert word in current
    return attrs.evolve(DEFAULT, words=attrs.evolve(words, **{field: current - {word}}))


def _said(text: str, lexicon: Lexicon) -> list[tuple[str, str | None]]:
    article = stancekit.parse(text, lexicon=lexicon)
    return [(s.content, s.channel) for s in article.statements]


@pytest.mark.parametrize(
    ("text", "field", "word", "with_word", "without_word"),
    [
        # "said on Monday that ...": the adverbial is skipped only while "on" opens adjuncts
        (
            "Jane Roe said on Monday that the new levy would hurt farmers across the region.",
            "adjunct_starts",
            "on",
            [("the new levy would hurt farmers across the region", None)],
            [("on Monday that the new levy would hurt farmers across the region", None)],
        ),
        # "told the BBC": a channel only while "told" introduces one
        (
            "Jane Roe told the BBC that the new levy would hurt farmers.",
            "channel_triggers",
            "told",
            [("the new levy would hurt farmers", "BBC")],
            [("the new levy would hurt farmers", None)],
        ),
        # "told the Guardian": "the" is skipped before the outlet only while it is listed
        (
            "Jane Roe told the Guardian that the new levy would hurt farmers.",
            "channel_skip",
            "the",
            [("the new levy would hurt farmers", "Guardian")],
            [("the new levy would hurt farmers", None)],
        ),
    ],
)
def test_a_rule_follows_its_field(
    text: str,
    field: str,
    word: str,
    with_word: list[tuple[str, str | None]],
    without_word: list[tuple[str, str | None]],
) -> None:
    assert _said(text, DEFAULT) == with_word
    assert _said(text, _without(field, word)) == without_word


def test_a_word_added_by_extend_reaches_the_rules() -> None:
    # "said via the Guardian": an outlet after "via" once `extend` lists it as outlet trigger
    text = "Jane Roe said via the Guardian that the new levy would hurt farmers."
    assert _said(text, DEFAULT) == [("the new levy would hurt farmers", None)]
    lex = DEFAULT.extend(words={"outlet_triggers": ["via"]})
    assert lex.check() == []
    assert _said(text, lex) == [("the new levy would hurt farmers", "Guardian")]


@pytest.mark.parametrize(
    ("word", "gender"), [("his", "he"), ("her", "she"), ("their", None), ("its", None)]
)
def test_claim_author_possessives_take_their_gender_from_gendered(
    word: str, gender: str | None
) -> None:
    # "his claim that ...": the author pronoun's gender is the one `gendered` gives
    assert word in DEFAULT.words.co_speaker_possessives
    assert DEFAULT.gendered.get(word) == gender


def test_every_attribution_field_ships_words() -> None:
    names = [f.name for f in attrs.fields(type(DEFAULT.words))]
    start = names.index("noun_before")
    empty = [n for n in names[start:] if not getattr(DEFAULT.words, n)]
    assert empty == []
