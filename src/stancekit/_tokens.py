"""Tokens: the smallest units the parser works on, with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Token", "fold", "phrase_key", "tokenize"]

# Linear: every alternative consumes at least one character and none nests a repetition
# inside another unbounded one that could match the same characters.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / e.g.
    r"|\d+(?:[.,:]\d+)*"  # numbers: 3.5, 70,000, 10:30
    r"|\w+(?:[-'’]\w+)*"  # words, hyphenated words, O'Brien, don't
    r"|[^\w\s]"  # any other single character
)
_POSSESSIVES = ("'s", "’s", "'S", "’S")


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def fold(text: str) -> str:
    """Lower-case and fold typographic apostrophes, as lexicon lookups expect."""
    low = text.lower()
    return low.translate(_APOSTROPHES) if ("’" in low or "‘" in low) else low


class Token:
    """A word or punctuation mark with its offsets into the article text.

    Attributes:
        text: The characters.
        start: Offset of the first character in the article.
        end: Offset one past the last character.
        low: Lower-cased, apostrophes folded (what lexicon lookups use).
        is_cap: Whether it starts with an upper-case letter.
        is_word: Whether it starts with a letter.
    """

    __slots__ = ("end", "is_cap", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.low = fold(text)
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


def tokenize(
    text: str, start: int = 0, end: int | None = None, abbreviations: Iterable[str] = ()
) -> list[Token]:
    """Split ``text[start:end]`` into tokens with absolute offsets.

    Possessive ``'s`` becomes its own token; a word followed by a period that together form a
    known abbreviation (``"Gen."``) becomes one token.
    """
    abbrevs = abbreviations if isinstance(abbreviations, (set, frozenset)) else set(abbreviations)
    out: list[Token] = []
    stop = len(text) if end is None else end
    for m in _TOKEN_RE.finditer(text, start, stop):
        word = m.group()
        pos = m.start()
        if len(word) == 1 and word != ".":
            out.append(Token(word, pos))  # most punctuation: nothing to check
            continue
        if len(word) > 2 and word[-2] in "'’" and word.endswith(_POSSESSIVES) and word[0].isalpha():
            out.append(Token(word[:-2], pos))
            out.append(Token(word[-2:], pos + len(word) - 2))
            continue
        if (
            word == "."
            and out
            and out[-1].end == pos
            and out[-1].is_word
            and (out[-1].low + ".") in abbrevs
        ):
            prev = out.pop()
            out.append(Token(prev.text + ".", prev.start))
            continue
        out.append(Token(word, pos))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded token tuple of a lexicon phrase, as matched against text tokens."""
    return tuple(t.low for t in tokenize(phrase))
