"""Steps 1-2: page debris out (offsets kept), then paragraphs, quotations and sentences.

Nothing here rewrites the text: every unit is a pair of offsets into the original string.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from .._tokens import Token, tokenize
from ..lexicon import Lexicon

__all__ = ["CLOSE_MARKS", "OPEN_MARKS", "QUOTE_MARKS", "Quote", "Sentence", "segment"]

_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
#: Every quotation mark the segmenter knows; the straight marks both open and close.
OPEN_MARKS = frozenset('"' + "'" + _DOUBLE_OPEN + _SINGLE_OPEN)
CLOSE_MARKS = frozenset('"' + "'" + _DOUBLE_CLOSE + _SINGLE_CLOSE)
QUOTE_MARKS = OPEN_MARKS | CLOSE_MARKS
_APOSTROPHES = frozenset("'’‘")
_MARK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,")
_SENT_END = frozenset(".!?")
_MAX_DEBRIS_LINE = 160
#: What ends a line: the line boundaries of ``str.splitlines`` (LF, CR, so CRLF too, VT, FF,
#: the file, group and record separators, NEL, U+2028 and U+2029). A CRLF pair makes an empty
#: line between its two marks, which is dropped like any blank line.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
#: Sentences longer than this many tokens are cut: no news sentence comes close, and the cap
#: bounds the work done per sentence on hostile input.
MAX_SENTENCE_TOKENS = 600


class Quote:
    """A quotation: marks at ``start`` and ``end - 1``, words in ``[inner_start, inner_end)``.

    ``continued`` marks a quotation that carries on a previous paragraph's unclosed one;
    ``closed`` is false when no closing mark was found (the quotation ends at the paragraph end).
    """

    __slots__ = ("closed", "continued", "end", "inner_end", "inner_start", "start")

    def __init__(self, start: int, end: int, inner_start: int, inner_end: int) -> None:
        self.start = start
        self.end = end
        self.inner_start = inner_start
        self.inner_end = inner_end
        self.closed = True
        self.continued = False

    def __repr__(self) -> str:
        return f"Quote({self.inner_start}, {self.inner_end})"


class Sentence:
    """A sentence: its tokens, and for each token the quotation it lies in (or -1).

    ``lows`` holds each token's folded form (``Token.low``), made once for every step that
    matches lexicon phrases against the sentence; read it, never change it.
    """

    __slots__ = (
        "end",
        "index",
        "lows",
        "para",
        "quote_of",
        "quotes",
        "start",
        "starts",
        "tokens",
    )

    def __init__(self, tokens: list[Token], quote_of: list[int], quotes: list[Quote], para: int):
        self.tokens = tokens
        self.lows = [t.low for t in tokens]
        self.quote_of = quote_of
        self.quotes = quotes
        self.para = para
        self.start = tokens[0].start
        self.end = tokens[-1].end
        self.index = 0
        self.starts: list[int] | None = None  # token offsets, made on first use

    def bounds(self, lo: int, hi: int) -> tuple[int, int]:
        """The indices ``(a, b)`` of the tokens lying within the character range ``[lo, hi)``
        (found by bisection): ``tokens[a:b]``, ``lows[a:b]``."""
        if self.starts is None:
            self.starts = [t.start for t in self.tokens]
        a = bisect_left(self.starts, lo)
        b = bisect_left(self.starts, hi)
        # tokens do not overlap: only the last one starting before *hi* may end after it
        if b > a and self.tokens[b - 1].end > hi:
            b -= 1
        return a, b

    def between(self, lo: int, hi: int) -> list[Token]:
        """The tokens lying within the character range ``[lo, hi)`` (found by bisection)."""
        a, b = self.bounds(lo, hi)
        return self.tokens[a:b]

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {len(self.tokens)} tokens)"


@cache
def _debris_re(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _paragraphs(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Non-empty lines that are not page debris, as ``(start, end)`` without outer spaces.

    Any line boundary of ``str.splitlines`` ends a line (see ``_LINE_BREAK``), so CR-only,
    NEL or U+2028 text splits as LF text does; offsets stay offsets into *text* as given.
    """
    debris = _debris_re(lex.debris_lines)
    out: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while pos <= size:
        found = _LINE_BREAK.search(text, pos)
        nl = size if found is None else found.start()
        start, end = pos, nl
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            line = text[start:end]
            if not (len(line) <= _MAX_DEBRIS_LINE and debris.fullmatch(line)):
                out.append((start, end))
        pos = nl + 1
    return out


def _can_open(text: str, i: int, start: int) -> bool:
    return i == start or text[i - 1] in _OPEN_CONTEXT or text[i - 1] in QUOTE_MARKS


def _is_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before.isalnum() and after.isalnum()


def _quotes(text: str, start: int, end: int, carry: bool) -> tuple[list[Quote], bool]:
    """Quotations of the paragraph ``text[start:end]``.

    *carry* says the previous paragraph ended inside a quotation. Returns the quotations and
    whether this paragraph ends inside one (then the next may continue it).
    """
    quotes: list[Quote] = []
    open_at = -1
    width = 1  # two apostrophes ('') stand for a double mark in some archives
    singles: list[int] = []  # single marks outside double quotations, handled afterwards
    continued = False
    skip_to = -1
    for found in _MARK_RE.finditer(text, start, end):
        i = found.start()
        if i < skip_to:
            continue  # the second mark of a doubled one
        c = text[i]
        w = 2 if c in _APOSTROPHES and i + 1 < end and text[i + 1] in _APOSTROPHES else 1
        if w == 2:
            c = '"'
        if c == '"' or c in _DOUBLE_OPEN or c in _DOUBLE_CLOSE:
            if open_at < 0:
                if (c in _DOUBLE_CLOSE or c == '"') and not _can_open(text, i, start):
                    if carry and not quotes and i > start:
                        # closing mark of a quotation continued from the previous paragraph
                        q = Quote(start, i + w, start, i)
                        q.continued = True
                        quotes.append(q)
                    elif singles and (not quotes or singles[-1] > quotes[-1].end):
                        # opened with a single mark, closed with a double one ('Yes,'');
                        # the first single mark after the last quotation, found by bisection
                        # (singles are in text order) so that many such marks stay linear
                        first = singles[bisect_right(singles, quotes[-1].end) if quotes else 0]
                        quotes.append(Quote(first, i + w, first + 1, i))
                    skip_to = i + w
                    continue
                open_at, width = i, w
                continued = carry and not quotes and i == start
            elif c in _DOUBLE_OPEN and not (c == "“" and text[open_at] == "„"):
                # („Text“ closes with the mark English uses to open)
                # a second opening mark: the first was never closed; degrade gracefully
                q = Quote(open_at, i, open_at + width, i)
                q.closed = False
                q.continued = continued
                quotes.append(q)
                open_at, width = i, w
                continued = False
            else:
                q = Quote(open_at, i + w, open_at + width, i)
                q.continued = continued
                quotes.append(q)
                open_at = -1
                continued = False
            skip_to = i + w
        elif open_at < 0:
            singles.append(i)
    ends_open = open_at >= 0
    if ends_open and (close := _mismatched_close(text, open_at + width, end)) >= 0:
        # closed with a single mark ('"No way.'): the mark ends it, not the paragraph end
        q = Quote(open_at, close + 1, open_at + width, close)
        q.continued = continued
        quotes.append(q)
        ends_open = False
    elif ends_open:
        q = Quote(open_at, end, open_at + width, end)
        q.closed = False
        q.continued = continued
        quotes.append(q)
    if not quotes and singles:
        quotes = _single_quotes(text, start, end, singles)
    return quotes, ends_open


_TAIL = frozenset(".,!?;:")


def _mismatched_close(text: str, inner: int, end: int) -> int:
    """Offset of a single closing mark ending an unclosed double quotation, or -1.

    Only a mark at the paragraph end (before final punctuation) counts, and only when no
    single mark opened inside the quotation is left for it to close ('"He said 'go.'').
    """
    k = end
    while k > inner and (text[k - 1] in _TAIL or text[k - 1].isspace()):
        k -= 1
    k -= 1
    if k <= inner or text[k] not in "’›'" or _is_apostrophe(text, k, inner, end):
        return -1
    opened = 0
    for found in _SINGLE_RE.finditer(text, inner, k):
        i = found.start()
        if _is_apostrophe(text, i, inner, end):
            continue
        c = text[i]
        if c in _SINGLE_OPEN or (c == "'" and _can_open(text, i, inner)):
            opened += 1
        elif opened:
            opened -= 1
    return -1 if opened else k


_SINGLE_RE = re.compile("[" + re.escape(_SINGLE_OPEN + _SINGLE_CLOSE + "'") + "]")


def _single_quotes(text: str, start: int, end: int, marks: list[int]) -> list[Quote]:
    """Quotations in single marks (British style), when a paragraph has no double marks."""
    out: list[Quote] = []
    open_at = -1
    for i in marks:
        if _is_apostrophe(text, i, start, end):
            continue
        c = text[i]
        after = text[i + 1] if i + 1 < end else " "
        if open_at < 0:
            if (c in _SINGLE_OPEN or c == "'") and _can_open(text, i, start) and after.isalnum():
                open_at = i
        elif (c in _SINGLE_CLOSE or c == "'") and not after.isalnum():
            out.append(Quote(open_at, i + 1, open_at + 1, i))
            open_at = -1
    return out


#: The one-character tokens ``_split`` looks at: sentence ends, closing quotation marks and
#: parentheses; every other token can only meet the hard cap.
_SPLIT_MARKS = _SENT_END | CLOSE_MARKS | {"(", ")"}
_SPLIT_RE = re.compile("[" + re.escape("".join(sorted(_SPLIT_MARKS))) + "]")


def _split_points(text: str, tokens: list[Token], starts: list[int], a: int, b: int) -> list[int]:
    """Indices of the tokens (the last one aside) that are one of ``_SPLIT_MARKS``, found
    from the marks of ``text[a:b]`` by bisection on the token offsets *starts* (a mark inside
    a token, as in "3.5", "Gen." or "don't", starts none)."""
    out: list[int] = []
    last = len(tokens) - 1
    for found in _SPLIT_RE.finditer(text, a, b):
        c = found.start()
        i = bisect_left(starts, c)
        if i < last and starts[i] == c and tokens[i].end == c + 1:
            out.append(i)
    return out


def _split(
    tokens: list[Token],
    quote_of: list[int],
    quotes: list[Quote],
    para: int,
    lex: Lexicon,
    points: list[int],
) -> list[Sentence]:
    """Split a paragraph's tokens into sentences; never inside a quotation.

    Only the tokens at *points* (``_split_points``) can end a sentence or open or close a
    parenthesis; between them a sentence ends only at the hard cap.
    """
    out: list[Sentence] = []
    begin = 0
    n = len(tokens)
    depth = 0  # parentheses: "(D-N.C.)" holds no sentence end
    cap = MAX_SENTENCE_TOKENS
    for i in (*points, n - 1):
        while begin + cap - 1 < i:
            # (a hard cap keeps every later step linear on text with no sentence ends)
            out.append(_sentence(tokens, quote_of, quotes, begin, begin + cap, para))
            begin += cap
        if i + 1 >= n:
            break
        tok = tokens[i]
        if tok.text == "(" and quote_of[i] < 0:
            depth += 1
        elif tok.text == ")" and quote_of[i] < 0 and depth:
            depth -= 1
        nxt = tokens[i + 1]
        boundary = False
        if depth and i - begin < 400:
            continue
        if tok.text in _SENT_END and quote_of[i] < 0 and quote_of[i + 1] < 0:
            prev = tokens[i - 1] if i > 0 else None
            initial = prev is not None and (
                (len(prev.text) == 1 and prev.text.isupper())
                # a party and state tag: "D-N.Y." (the state's initials)
                or (len(prev.text) > 2 and prev.text[-2] == "-" and prev.text[-1].isupper())
            )
            boundary = not initial and (nxt.is_cap or nxt.text[:1].isdigit())
            opens = nxt.text in OPEN_MARKS and any(
                quote_of[k] >= 0 for k in range(i + 2, min(i + 4, n))
            )
            boundary = boundary or opens
        elif (
            quote_of[i] < 0
            and tok.text in CLOSE_MARKS
            and i > 0
            and (quote_of[i - 1] >= 0 or tokens[i - 1].text in CLOSE_MARKS)
            and _ends_sentence(tokens, quote_of, i)
        ):
            # a quotation ending with its own full stop, followed by a new sentence
            opens = nxt.text in OPEN_MARKS and any(
                quote_of[k] >= 0 for k in range(i + 2, min(i + 4, n))
            )
            boundary = opens or (nxt.is_cap and nxt.low not in lex.words.continue_after_quote)
        if boundary or i + 1 - begin >= cap:
            out.append(_sentence(tokens, quote_of, quotes, begin, i + 1, para))
            begin = i + 1
    if begin < n:
        out.append(_sentence(tokens, quote_of, quotes, begin, n, para))
    return out


def _ends_sentence(tokens: list[Token], quote_of: list[int], i: int) -> bool:
    """Whether the closing mark at *i* ends a quotation whose last word ends a sentence."""
    k = i - 1
    while k >= 0 and i - k < 3 and quote_of[k] < 0 and tokens[k].text in CLOSE_MARKS:
        k -= 1  # the first mark of a doubled closing mark
    return k >= 0 and quote_of[k] >= 0 and tokens[k].text in _SENT_END


def _sentence(
    tokens: list[Token], quote_of: list[int], quotes: list[Quote], a: int, b: int, para: int
) -> Sentence:
    whole = a == 0 and b == len(tokens)  # the paragraph is one sentence: no copies
    if not quotes:
        # (no lists to renumber: the common case, and on hostile text with a line break after
        # every character, the one that decides memory)
        return Sentence(
            tokens if whole else tokens[a:b], quote_of if whole else quote_of[a:b], [], para
        )
    q_ids = sorted({q for q in quote_of[a:b] if q >= 0})
    remap = {q: k for k, q in enumerate(q_ids)}
    return Sentence(
        tokens if whole else tokens[a:b],
        [remap[q] if q >= 0 else -1 for q in quote_of[a:b]],
        [quotes[q] for q in q_ids],
        para,
    )


def _quote_of(tokens: list[Token], starts: list[int], quotes: list[Quote]) -> list[int]:
    """For each token, the index of the quotation whose words hold it, or -1.

    Quotations in order, each within its marks and ending before the next begins (what
    ``_quotes`` makes), are laid over the tokens by bisection on their offsets *starts*;
    any other list is walked token by token, as it always was.
    """
    n = len(tokens)
    quote_of = [-1] * n
    if not quotes:
        return quote_of
    if all(q.start <= q.inner_start and q.inner_end <= q.end for q in quotes) and all(
        quotes[k].end <= quotes[k + 1].start for k in range(len(quotes) - 1)
    ):
        for k, q in enumerate(quotes):
            a = bisect_left(starts, q.inner_start)
            b = bisect_left(starts, q.inner_end)
            if a < b:
                quote_of[a:b] = [k] * (b - a)
        return quote_of
    k = 0
    for i, tok in enumerate(tokens):
        while k < len(quotes) and quotes[k].end <= tok.start:
            k += 1
        if k < len(quotes) and quotes[k].inner_start <= tok.start < quotes[k].inner_end:
            quote_of[i] = k
    return quote_of


def segment(text: str, lex: Lexicon) -> list[Sentence]:
    """Sentences of the article with tokens and quotations, in text order."""
    sentences: list[Sentence] = []
    carry = False
    abbreviations = lex.abbreviations
    possessives = lex.possessive_endings
    for para, (start, end) in enumerate(_paragraphs(text, lex)):
        quotes, ends_open = _quotes(text, start, end, carry)
        # a paragraph that continues a quotation starts with an opening mark
        carry = ends_open
        tokens = tokenize(text, start, end, abbreviations, possessives)
        if not tokens:
            continue
        starts = [t.start for t in tokens]
        quote_of = _quote_of(tokens, starts, quotes)
        points = _split_points(text, tokens, starts, start, end)
        sentences.extend(_split(tokens, quote_of, quotes, para, lex, points))
    for i, s in enumerate(sentences):
        s.index = i
    return sentences
