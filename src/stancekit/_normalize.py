"""Normalising target words: synonyms, stopwords and plural endings, all from the lexicon."""

from __future__ import annotations

from ._tokens import fold, tokenize
from .lexicon import Lexicon, fold_plural

__all__ = ["content_words", "fold_plural", "key_of", "placed", "stem", "untimed"]


def content_words_of(lows: list[str], lex: Lexicon) -> list[str]:
    """Canonical content words of a token sequence, in order, without repeats."""
    table = lex.compiled().synonyms
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(lows):
        hit = table.match(lows, i)
        if hit is not None:
            n, word = hit
            i += n
        else:
            word = lows[i]
            i += 1
            if word in lex.stopwords or not word[:1].isalnum():
                continue
        word = fold_plural(fold(word), lex.plural_suffixes)
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def content_words(text: str, lex: Lexicon) -> list[str]:
    """Canonical content words of *text*: ``"sending soldiers"`` -> ``["send", "troop"]``."""
    return content_words_of(
        [t.low for t in tokenize(text, possessives=lex.possessive_endings)], lex
    )


def key_of(words: list[str]) -> str:
    """A stable key for a set of canonical words."""
    return "-".join(sorted(words)) if words else "unspecified"


def untimed(toks: list[str], lex: Lexicon) -> list[str]:
    """*toks* without a closing time adjunct: a preposition and a month, season or holiday
    (``time_nouns``, after a determiner if any: "a toll over Easter", "a ban in the
    summer"), which a target's noun phrase leaves out too."""
    fw = lex.words
    for k in range(max(1, len(toks) - 4), len(toks) - 1):
        if toks[k] not in fw.prepositions:
            continue
        rest = toks[k + 1 :]
        while rest and rest[0] in fw.determiners:
            rest = rest[1:]
        if rest and " ".join(rest) in fw.time_nouns:
            return toks[:k]
    return toks


def placed(toks: list[str], lex: Lexicon) -> list[str]:
    """*toks* with each demonym as its one-word country ("palestinian" -> "palestine"), so
    that "a Palestinian state" and "recognition of Palestine" share a word."""
    out = []
    for w in toks:
        country = lex.demonyms.get(w)
        out.append(country.lower() if country is not None and " " not in country else w)
    return out


def stem(word: str, endings: frozenset[str]) -> str:
    """*word* without a verb ending, a doubled final consonant or a final ``e``: "banning",
    "banned" and "ban" give ``"ban"``; "ending" and "end" give ``"end"``; "making" and
    "make" give ``"mak"``. Both sides of a match are folded alike, so the stems need not be
    words."""
    if not word.isalpha() or len(word) <= 4:
        return word
    for e in sorted(endings, key=len, reverse=True):
        if word.endswith(e) and len(word) - len(e) >= 3:
            word = word[: -len(e)]
            if word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "banning": "bann" -> "ban"
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word
