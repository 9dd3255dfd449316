"""The tokenizer: offsets, folded forms, possessive endings and abbreviations.

The fast tokenizer (one ``findall`` pass, facts memoised per distinct string) is checked
against a plain reference written here the slow, obvious way: one match object per token,
every fact computed afresh.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit import _tokens
from stancekit._tokens import _TOKEN_RE, Token, _words, fold, plain_tokens, tokenize
from stancekit.lexicon import Lexicon

Facts = tuple[str, int, int, str, bool, bool]


def facts(tokens: Iterable[Token]) -> list[Facts]:
    return [(t.text, t.start, t.end, t.low, t.is_cap, t.is_word) for t in tokens]


def reference(
    text: str,
    start: int = 0,
    end: int | None = None,
    abbreviations: Iterable[str] = (),
    possessives: Iterable[str] = (),
) -> list[Facts]:
    """What the tokenizer must return, computed token by token with no shortcut."""
    ends = set(possessives) | {p.replace("'", "’") for p in possessives}
    ends |= {p.upper() for p in ends}
    ends.discard("")
    abbrevs = set(abbreviations)
    out: list[Facts] = []

    def tok(word: str, pos: int) -> Facts:
        return (word, pos, pos + len(word), fold(word), word[0].isupper(), word[0].isalpha())

    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word, pos = m.group(), m.start()
        cut = max((len(e) for e in ends if len(word) > len(e) and word.endswith(e)), default=0)
        if cut and word[0].isalpha():
            out += [tok(word[:-cut], pos), tok(word[-cut:], pos + len(word) - cut)]
        elif (
            word == "." and out and out[-1][2] == pos and out[-1][5] and out[-1][3] + "." in abbrevs
        ):
            prev = out.pop()
            out.append(tok(prev[0] + ".", prev[1]))
        else:
            out.append(tok(word, pos))
    return out


LEX = Lexicon.default()
#: Characters that exercise every branch: letters of both cases, digits, apostrophes of
#: both kinds, full stops, hyphens, the spaces \s knows (no-break, line separator) and marks.
TRICKY = "aAbZsSé3_ .,:'’‘-\"“”()\u00a0\t\n\u2028"
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=40) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(-3, 45), st.one_of(st.none(), st.integers(-3, 45)))
def test_tokens_are_those_of_the_reference(text: str, start: int, end: int | None) -> None:
    abbr, poss = LEX.abbreviations, LEX.possessive_endings
    assert facts(tokenize(text, start, end, abbr, poss)) == reference(text, start, end, abbr, poss)


@settings(max_examples=200, deadline=None)
@given(texts, st.sets(st.sampled_from(["'s", "s", "'S", "’d", "n't", ""]), max_size=3))
def test_any_possessive_endings_split_as_the_reference_does(text: str, endings: set[str]) -> None:
    abbr = {"a.", "sa.", "é."}
    assert facts(tokenize(text, 0, None, abbr, endings)) == reference(text, 0, None, abbr, endings)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokens_point_at_their_text_and_cover_every_non_space(text: str) -> None:
    tokens = tokenize(text, abbreviations=LEX.abbreviations, possessives=LEX.possessive_endings)
    covered = 0
    last = 0
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.start >= last  # in order, never overlapping
        assert t.low == fold(t.text)
        assert text[last : t.start].strip() == ""  # only spaces between tokens
        last = t.end
        covered += len(t.text)
    assert text[last:].strip() == ""
    assert covered == sum(not c.isspace() for c in text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Gen. Ada Quint's plan.", ["Gen.", "Ada", "Quint", "'s", "plan", "."]),
        ("the U.S. and 70,000 at 10:30", ["the", "U.S.", "and", "70,000", "at", "10:30"]),
        ("a well-known O'Neill  ", ["a", "well-known", "O'Neill"]),  # trailing spaces
        ("end.  Next", ["end", ".", "Next"]),  # no abbreviation: the stop stays alone
        ("Gen . Quint", ["Gen", ".", "Quint"]),  # a space between: no abbreviation
        ("", []),
        ("   \n\u2028 ", []),
    ],
)
def test_table(text: str, tokens: list[str]) -> None:
    got = tokenize(text, abbreviations=LEX.abbreviations, possessives=LEX.possessive_endings)
    assert [t.text for t in got] == tokens


def test_offsets_are_absolute_and_clamped_like_re() -> None:
    text = "The mayor said no."
    assert [(t.text, t.start) for t in tokenize(text, 4, 9)] == [("mayor", 4)]
    assert [t.text for t in tokenize(text, -10, 3)] == ["The"]
    assert [t.text for t in tokenize(text, 15, 10**6)] == ["no", "."]
    assert tokenize(text, 12, 5) == []


def test_a_token_built_by_hand_has_the_same_facts() -> None:
    text = "’Twas O’Brien’s"
    for t in tokenize(text, possessives=LEX.possessive_endings):
        assert facts([Token(t.text, t.start)]) == facts([t])


def test_memoised_words_stay_bounded() -> None:
    words = _words(frozenset({"'s"}))
    limit = words.MAX_WORDS
    text = " ".join(f"w{k}" for k in range(limit + 10))
    tokenize(text, possessives=frozenset({"'s"}))
    assert 0 < len(words.known) <= limit


def test_trailing_spaces_cost_linear_time() -> None:
    # a search from each trailing space would take minutes here; one pass takes milliseconds
    text = "word" + " " * 200_000
    began = time.process_time()
    assert [t.text for t in tokenize(text)] == ["word"]
    assert time.process_time() - began < 5.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=60) | st.text(max_size=60))
def test_the_fast_pattern_splits_as_the_plain_one(text: str) -> None:
    from stancekit._tokens import _GAP_TOKEN_RE

    plain = [(m.group(), m.start()) for m in _TOKEN_RE.finditer(text)]
    pos = 0
    fast = []
    for gap, word in _GAP_TOKEN_RE.findall(text):
        pos += len(gap)
        fast.append((word, pos))
        pos += len(word)
    assert fast == plain


@settings(max_examples=200, deadline=None)
@given(texts)
def test_plain_tokens_are_tokenize_remembered_and_copied(text: str) -> None:
    first = plain_tokens(text)
    assert facts(first) == facts(tokenize(text)) == reference(text)
    first.append(Token("x", 0))  # the caller's list is its own
    assert facts(plain_tokens(text)) == reference(text)


def test_plain_tokens_stay_bounded() -> None:
    limit = _tokens._PLAIN_MAX
    for k in range(limit + 10):
        assert [t.text for t in plain_tokens(f"slice {k}")] == ["slice", str(k)]
    assert 0 < len(_tokens._plain) <= limit
