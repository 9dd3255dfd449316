"""Tokens: the smallest units the parser works on, with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["Token", "fold", "phrase_key", "tokenize"]

# Linear: every alternative consumes at least one character and none nests a repetition
# inside another unbounded one that could match the same characters.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / e.g.
    r"|\d+(?:[.,:]\d+)*"  # numbers: 3.5, 70,000, 10:30
    r"|\w+(?:[-'’]\w+)*"  # words, hyphenated words, O'Brien, don't
    r"|[^\w\s]"  # any other single character
)


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
        low = text.lower()  # fold(text), inlined: this runs once per token
        self.low = low.translate(_APOSTROPHES) if ("’" in low or "‘" in low) else low
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


@lru_cache(maxsize=16)
def _endings(possessives: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The endings to split off (as written, with the typographic apostrophe, and in upper
    case), their lengths (longest first) and the characters a word holds at the shortest
    ending's first position when it ends with one of them (a cheap first test)."""
    spelt = possessives | {p.replace("'", "’") for p in possessives}
    ends = frozenset(p for p in spelt | {p.upper() for p in spelt} if p)
    sizes = tuple(sorted({len(p) for p in ends}, reverse=True))
    return ends, sizes, frozenset(p[-sizes[-1]] for p in ends)


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    abbreviations: Iterable[str] = (),
    possessives: Iterable[str] = (),
) -> list[Token]:
    """Split ``text[start:end]`` into tokens with absolute offsets.

    A word ending with one of *possessives* (the lexicon's ``possessive_endings``: ``"'s"``,
    written in lower case with a straight apostrophe; the upper-case form and the typographic
    apostrophe ``’`` split too) becomes two tokens, the word and the ending; a word followed
    by a period that together form a known abbreviation (``"Gen."``) becomes one token.
    """
    abbrevs = abbreviations if isinstance(abbreviations, (set, frozenset)) else set(abbreviations)
    ends, sizes, heads = _endings(
        possessives if isinstance(possessives, frozenset) else frozenset(possessives)
    )
    short = sizes[-1] if sizes else len(text) + 1  # the shortest ending (none: never split)
    out: list[Token] = []
    stop = len(text) if end is None else end
    for m in _TOKEN_RE.finditer(text, start, stop):
        word = m.group()
        pos = m.start()
        if len(word) == 1 and word != ".":
            out.append(Token(word, pos))  # most punctuation: nothing to check
            continue
        if len(word) > short and word[-short] in heads:  # fast path: most words end otherwise
            cut = next((k for k in sizes if len(word) > k and word[-k:] in ends), 0)
            if cut and word[0].isalpha():
                out.append(Token(word[:-cut], pos))
                out.append(Token(word[-cut:], pos + len(word) - cut))
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


def phrase_key(phrase: str, possessives: Iterable[str] = ()) -> tuple[str, ...]:
    """The folded token tuple of a lexicon phrase, as matched against text tokens."""
    return tuple(t.low for t in tokenize(phrase, possessives=possessives))
