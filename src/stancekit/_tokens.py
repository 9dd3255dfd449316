"""Tokens: the smallest units the parser works on, with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["Token", "fold", "phrase_key", "plain_tokens", "tokenize"]

# Linear: every alternative consumes at least one character and none nests a repetition
# inside another unbounded one that could match the same characters.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / e.g.
    r"|\d+(?:[.,:]\d+)*"  # numbers: 3.5, 70,000, 10:30
    r"|\w+(?:[-'’]\w+)*"  # words, hyphenated words, O'Brien, don't
    r"|[^\w\s]"  # any other single character
)
#: The same tokens, each with the spaces before it: ``findall`` then yields plain string
#: pairs (no match objects), and a token's offset is the sum of the lengths before it. Every
#: character that is no space starts a token, so the pairs cover the text but its last spaces.
#: The alternatives are those of ``_TOKEN_RE`` with possessive repetitions (nothing follows
#: them, so the longest run is the match and a retry of a shorter one could never succeed)
#: and the single character first (it starts with no word character, the others with one).
_GAP_TOKEN_RE = re.compile(
    r"(\s*+)"
    r"([^\w\s]"
    r"|(?:[^\W\d_]\.){2,}+"
    r"|\d++(?:[.,:]\d+)*+"
    r"|\w++(?:[-'’]\w+)*+)"
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
        self.low = fold(text)
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


class _Words:
    """What the tokenizer needs to know of each distinct string, for one set of possessive
    endings: ``(low, is_cap, is_word, size, cut)``, where *cut* is the length of the ending
    to split off, ``-1`` for a full stop (which may close an abbreviation) and 0 otherwise.

    A pure function of the string, memoised across parses (news repeats its words) and
    emptied when it holds ``MAX_WORDS`` strings, so that text of ever new words keeps
    memory bounded.
    """

    MAX_WORDS = 1 << 16

    __slots__ = ("ends", "heads", "known", "short", "sizes")

    def __init__(self, possessives: frozenset[str]) -> None:
        # the endings as written, with the typographic apostrophe, and in upper case
        spelt = possessives | {p.replace("'", "’") for p in possessives}
        self.ends = frozenset(p for p in spelt | {p.upper() for p in spelt} if p)
        # their lengths, longest first, and the characters a word holds at the shortest
        # ending's first position when it ends with one of them (a cheap first test)
        self.sizes = tuple(sorted({len(p) for p in self.ends}, reverse=True))
        self.short = self.sizes[-1] if self.sizes else 0
        self.heads = frozenset(p[-self.short] for p in self.ends)
        self.known: dict[str, tuple[str, bool, bool, int, int]] = {}

    def learn(self, word: str) -> tuple[str, bool, bool, int, int]:
        """The facts of *word*, computed and remembered."""
        known = self.known
        if len(known) >= self.MAX_WORDS:
            known.clear()
        first = word[:1]
        size = len(word)
        cut = 0
        if word == ".":
            cut = -1
        elif (
            self.short and size > self.short and word[-self.short] in self.heads and first.isalpha()
        ):
            cut = next((k for k in self.sizes if size > k and word[-k:] in self.ends), 0)
        facts = known[word] = (fold(word), first.isupper(), first.isalpha(), size, cut)
        return facts


@lru_cache(maxsize=16)
def _words(possessives: frozenset[str]) -> _Words:
    return _Words(possessives)


_new = object.__new__


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
    words = _words(possessives if isinstance(possessives, frozenset) else frozenset(possessives))
    size = len(text)
    # offsets out of range are clamped, as ``re`` clamps them
    start = min(max(start, 0), size)
    stop = size if end is None else min(max(end, 0), size)
    if start < stop and text[stop - 1].isspace():
        # trailing spaces start no token: left out, so that no search runs over them from
        # each of their positions (``str.isspace`` is what ``\s`` matches)
        stop = start + len(text[start:stop].rstrip())
    out: list[Token] = []
    append = out.append
    facts_of = words.known.get
    learn = words.learn
    new = _new
    pos = start
    # one C-level pass gives (spaces before, token) pairs; offsets are the running lengths
    for gap, word in _GAP_TOKEN_RE.findall(text, start, stop):
        pos += len(gap)
        facts = facts_of(word)
        if facts is None:
            facts = learn(word)
        low, is_cap, is_word, n, cut = facts
        if cut:
            if cut > 0:  # a possessive ending: two tokens
                append(Token(word[:-cut], pos))
                append(Token(word[-cut:], pos + n - cut))
                pos += n
                continue
            if out:  # a full stop: "Gen." when the word before and the stop are an abbreviation
                prev = out[-1]
                if prev.end == pos and prev.is_word and (prev.low + ".") in abbrevs:
                    out[-1] = Token(prev.text + ".", prev.start)
                    pos += 1
                    continue
        tok = new(Token)
        tok.text = word
        tok.start = pos
        pos += n
        tok.end = pos
        tok.low = low
        tok.is_cap = is_cap
        tok.is_word = is_word
        append(tok)
    return out


#: At most this many strings are remembered by :func:`plain_tokens` (then it starts afresh).
_PLAIN_MAX = 1 << 12
_plain: dict[str, list[Token]] = {}


def plain_tokens(text: str) -> list[Token]:
    """``tokenize(text)``: no abbreviations, no possessive endings, offsets from 0.

    Memoised per distinct string (a pure function of it): the rule steps tokenize the same
    short slices of an article (a target phrase, the words after a cue) several times. The
    list returned is a fresh copy; its tokens are shared, as tokens always are, and are
    never changed.
    """
    toks = _plain.get(text)
    if toks is None:
        if len(_plain) >= _PLAIN_MAX:
            _plain.clear()
        toks = _plain[text] = tokenize(text)
    return list(toks)


def phrase_key(phrase: str, possessives: Iterable[str] = ()) -> tuple[str, ...]:
    """The folded token tuple of a lexicon phrase, as matched against text tokens."""
    return tuple(t.low for t in tokenize(phrase, possessives=possessives))
