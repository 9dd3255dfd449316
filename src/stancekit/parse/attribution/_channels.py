"""Channels: where something was said ("on X", "told SVT", "in an interview with the BBC")."""

from __future__ import annotations

from ..._tokens import Token
from ...lexicon import CompiledLexicon, Lexicon
from ._records import Attribution
from ._view import SentenceView

__all__ = ["add_channels"]


def add_channels(
    works: list[SentenceView], found: list[Attribution], lex: Lexicon, clex: CompiledLexicon
) -> None:
    """Where it was said: "on X", "told SVT", "in an interview with the BBC", "in parliament"."""
    by_sentence = {w.s.index: w for w in works}
    labels: dict[int, list[tuple[int, str]]] = {}  # sentence -> (token, channel) found
    for a in found:
        w = by_sentence[a.sentence.index]
        if w.s.index not in labels:
            here = []
            triggers = w.words.channel_triggers
            for i in range(w.n):
                if w.free(i) and w.lows[i] in triggers:
                    label = _channel_at(w, i, clex)
                    if label is not None:
                        here.append((i, label))
            labels[w.s.index] = here
        for i, label in labels[w.s.index]:
            if not a.content_start <= w.toks[i].start < a.content_end:
                a.channel = label
                break


def _channel_at(w: SentenceView, i: int, clex: CompiledLexicon) -> str | None:
    low = w.lows[i]
    if low not in w.words.channel_triggers:
        return None
    j = i + 1
    while j < w.n and j - i < 4 and w.lows[j] in w.words.channel_skip:
        j += 1
    if j >= w.n or not w.free(j):
        return None
    tok = w.toks[j]
    if (
        low in w.words.outlet_triggers
        and _is_outlet(tok)
        and w.lows[j] not in clex.channels.by_first
    ):
        return tok.text  # "told SVT", "an interview with the BBC"
    at = j
    hit = clex.channels.match(w.lows, j)
    if hit is None:
        at = i + 1
        hit = clex.channels.match(w.lows, at)
    if hit is None:
        return None
    n, label = hit
    if n == 1 and len(tok.text) <= 2 and low not in w.words.platform_triggers:
        return None  # "X" is a platform only as "on X"
    if low == "in" and label in w.words.genre_channels and j + n + 1 < w.n:
        # "in an interview with the BBC": the outlet says more than the genre
        k = at + n
        if w.lows[k] == "with":
            k += 1
            while k < w.n and w.lows[k] in w.words.channel_skip:
                k += 1
            if k < w.n and _is_outlet(w.toks[k]):
                return w.toks[k].text
    return label


def _is_outlet(tok: Token) -> bool:
    """A broadcaster or agency named by an acronym or a single capitalised word."""
    text = tok.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and (text.isupper() or tok.is_cap)
