"""Segmentation shortcuts: quotations laid over tokens by bisection, sentence ends looked for
only at the marks that can make one, the folded forms made once per sentence.

Each shortcut is checked against the plain token-by-token walk it replaced, written here.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancekit._tokens import Token, tokenize
from stancekit.lexicon import Lexicon
from stancekit.parse._text import (
    _SENT_END,
    CLOSE_MARKS,
    MAX_SENTENCE_TOKENS,
    OPEN_MARKS,
    Quote,
    _ends_sentence,
    _paragraphs,
    _quote_of,
    _quotes,
    segment,
)

LEX = Lexicon.default()

#: Pieces of news text that exercise quotation pairing, abbreviations, initials, party tags,
#: parentheses and the words after a quotation that continue its sentence.
PIECES = [
    *('"', "'", "''", "“", "”", "‘", "’", "«", "»", "„", "‹", "›"),
    *(".", "!", "?", "(", ")", ",", ":", "...", " ", " ", " ", "\n", "\n\n"),
    *("The mayor", "said", "Gen.", "Dr.", "U.S.", "D-N.Y.", "J.", "A", "It", "and", "3.5"),
    *("don't", "Reyes's", "officials'", "No", "we will", "Later", "he added"),
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def walk_quote_of(tokens: list[Token], quotes: list[Quote]) -> list[int]:
    """The quotation of each token, by one pointer over the quotations."""
    out = [-1] * len(tokens)
    k = 0
    for i, tok in enumerate(tokens):
        while k < len(quotes) and quotes[k].end <= tok.start:
            k += 1
        if k < len(quotes) and quotes[k].inner_start <= tok.start < quotes[k].inner_end:
            out[i] = k
    return out


def walk_split(tokens: list[Token], quote_of: list[int]) -> list[int]:
    """Where sentences end (token index after the last), looking at every token."""
    ends: list[int] = []
    begin = 0
    n = len(tokens)
    depth = 0
    for i, tok in enumerate(tokens):
        if i + 1 >= n:
            break
        if tok.text == "(" and quote_of[i] < 0:
            depth += 1
        elif tok.text == ")" and quote_of[i] < 0 and depth:
            depth -= 1
        nxt = tokens[i + 1]
        boundary = False
        if depth and i - begin < 400:
            continue
        opens = nxt.text in OPEN_MARKS and any(
            quote_of[k] >= 0 for k in range(i + 2, min(i + 4, n))
        )
        if tok.text in _SENT_END and quote_of[i] < 0 and quote_of[i + 1] < 0:
            prev = tokens[i - 1] if i > 0 else None
            initial = prev is not None and (
                (len(prev.text) == 1 and prev.text.isupper())
                or (len(prev.text) > 2 and prev.text[-2] == "-" and prev.text[-1].isupper())
            )
            boundary = (not initial and (nxt.is_cap or nxt.text[:1].isdigit())) or opens
        elif (
            quote_of[i] < 0
            and tok.text in CLOSE_MARKS
            and i > 0
            and (quote_of[i - 1] >= 0 or tokens[i - 1].text in CLOSE_MARKS)
            and _ends_sentence(tokens, quote_of, i)
        ):
            continuing = nxt.low in LEX.words.continue_after_quote
            boundary = opens or (nxt.is_cap and not continuing)
        if boundary or i + 1 - begin >= MAX_SENTENCE_TOKENS:
            ends.append(i + 1)
            begin = i + 1
    if begin < n:
        ends.append(n)
    return ends


def paragraphs(text: str) -> list[tuple[list[Token], list[Quote]]]:
    """Each paragraph's tokens and quotations, as ``segment`` sees them."""
    out = []
    carry = False
    for start, end in _paragraphs(text, LEX):
        quotes, carry = _quotes(text, start, end, carry)
        tokens = tokenize(text, start, end, LEX.abbreviations, LEX.possessive_endings)
        if tokens:
            out.append((tokens, quotes))
    return out


@settings(max_examples=400, deadline=None)
@given(texts)
@example("The mayor (D-N.Y.) said it. It was (over). Later, he left.")
@example("“We will go.” Later, he said: ‘No.’ It ended. (See below.) Then")
@example("It was 3.5 percent. Gen. Reyes's aides' plan (A. B.) failed!")
def test_sentences_are_those_of_the_token_by_token_walk(text: str) -> None:
    sentences = segment(text, LEX)
    expected: list[tuple[int, int]] = []
    for tokens, quotes in paragraphs(text):
        quote_of = walk_quote_of(tokens, quotes)
        assert _quote_of(tokens, [t.start for t in tokens], quotes) == quote_of
        begin = 0
        for end in walk_split(tokens, quote_of):
            expected.append((tokens[begin].start, tokens[end - 1].end))
            begin = end
    assert [(s.start, s.end) for s in sentences] == expected
    for s in sentences:
        assert s.lows == [t.low for t in s.tokens]
        for i, t in enumerate(s.tokens):
            q = s.quote_of[i]
            assert q < 0 or s.quotes[q].inner_start <= t.start < s.quotes[q].inner_end


def test_quotations_out_of_order_are_walked_token_by_token() -> None:
    # (segmentation never makes such a list; the bisection is kept to lists it can trust)
    text = "a b c d e f"
    tokens = tokenize(text)
    quotes = [Quote(6, 11, 6, 11), Quote(0, 5, 2, 3)]
    expected = walk_quote_of(tokens, quotes)
    assert _quote_of(tokens, [t.start for t in tokens], quotes) == expected
    assert expected == [-1, -1, -1, 0, 0, 0]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["word ", "(word ", "a. b ", "“A. ", "x) "]), st.integers(1, 4))
def test_long_paragraphs_are_cut_at_the_cap(unit: str, hundreds: int) -> None:
    text = unit * (MAX_SENTENCE_TOKENS * hundreds // 2 + 7)
    sentences = segment(text, LEX)
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sentences)
    ((tokens, quotes),) = paragraphs(text)
    ends = walk_split(tokens, walk_quote_of(tokens, quotes))
    assert [len(s.tokens) for s in sentences] == [
        b - a for a, b in zip([0, *ends[:-1]], ends, strict=True)
    ]


def test_table() -> None:
    text = "Gen. Reyes said (D-N.Y.) it was over. “We will go.” Later, he left. J. Doe agreed."
    got = [text[s.start : s.end] for s in segment(text, LEX)]
    assert got == [
        "Gen. Reyes said (D-N.Y.) it was over.",
        "“We will go.”",
        "Later, he left.",
        "J. Doe agreed.",
    ]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(-5, 80), st.integers(-5, 80))
@example("Gen. Reyes's plan failed.", 3, 9)  # a range ending inside a token
def test_bounds_are_the_tokens_within_a_character_range(text: str, lo: int, hi: int) -> None:
    for s in segment(text, LEX):
        a, b = s.bounds(s.start + lo, s.start + hi)
        within = [t for t in s.tokens if s.start + lo <= t.start and t.end <= s.start + hi]
        assert s.tokens[a:b] == within == s.between(s.start + lo, s.start + hi)
        assert s.lows[a:b] == [t.low for t in within]
