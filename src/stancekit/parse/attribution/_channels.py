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
            qo = w.qo
            # the trigger words first: one set test per token, C-speed in the comprehension
            for i in [i for i, low in enumerate(w.lows) if low in triggers]:
                if qo[i] < 0:
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
        return _outlet_name(w, i, j, clex)  # "told SVT", "told The Daily Herald"
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
                return _outlet_name(w, k - 1, k, clex)
    return label


def _outlet_name(w: SentenceView, i: int, j: int, clex: CompiledLexicon) -> str | None:
    """The outlet's whole name from token *j* ("The Daily Herald", "SVT"), or None when the
    words there name a place, a person or a title ("with Moscow", "with Prime Minister X")."""
    if w.lows[j] in clex.places.by_first and clex.places.match(w.lows, j) is not None:
        return None  # "too cosy with Moscow"
    if w.lows[j] in clex.titles.by_first and clex.titles.match(w.lows, j) is not None:
        return None  # "with Prime Minister Jane Roe's spokesman saying"
    m = w.starting_at.get(j)
    if m is None and j > 0 and w.lows[j - 1] in w.words.articles:
        m = w.starting_at.get(j - 1)
    if m is not None and m.kind not in ("organization", "unknown"):
        return None  # a person, a government or a group is no outlet
    k = j + 1
    while (
        k < w.n
        and k - j < 6
        and w.free(k)
        and w.toks[k].is_cap
        and w.toks[k].is_word
        and w.lows[k] not in w.lex.not_names
    ):
        k += 1
    a = j - 1 if j - 1 > i and w.lows[j - 1] in w.words.articles and w.toks[j - 1].is_cap else j
    return w.text[w.toks[a].start : w.toks[k - 1].end]


def _is_outlet(tok: Token) -> bool:
    """A broadcaster or agency named by an acronym or a single capitalised word."""
    text = tok.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and (text.isupper() or tok.is_cap)
