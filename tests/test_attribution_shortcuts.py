"""The attribution step's shortcuts never change what it finds.

``find_cues`` keeps a sentence's cues on its view, skips a sentence that is all quotation,
and does not try a word that starts only longer cue phrases when the next word continues none
of them; the view counts its quoted tokens once. Each shortcut is checked here against the
plain search it replaces (every token tried, nothing kept), on invented sentences and on
random ones built from cue words, quotation marks and fillers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.lexicon import Lexicon
from stancekit.parse._text import segment
from stancekit.parse.attribution._cues import _raised, find_cues, not_a_cue
from stancekit.parse.attribution._view import SentenceView

LEX = Lexicon.default()
CLEX = LEX.compiled()

#: Cue words (one-word cues, first words of longer cues, raisers), quotation marks, names and
#: fillers, so random sentences hold cues inside and outside quotations.
PIECES = [
    "said",
    "says",
    "told reporters",
    "according to",
    "in a statement",
    "has said",
    "is",
    "was",
    "in",
    "tried to argue",
    "refused to say",
    "called",
    "warning",
    "the state",
    "Jane Roe",
    "the mayor",
    "officials",
    "that",
    "the levy",
    "would pass",
    ",",
    '"',
    "\u201c",
    "\u201d",
    ":",
]


def _views(text: str) -> list[SentenceView]:
    return [SentenceView(s, text, LEX, CLEX) for s in segment(text, LEX)]


def _plain_cues(w: SentenceView) -> list[tuple[int, int, str, str]]:
    """The cue search with no shortcut: every token tried, in order."""
    out: list[tuple[int, int, str, str]] = []
    resume = 0
    for i in range(w.n):
        if i < resume or not w.free(i) or not w.toks[i].is_word:
            continue
        hit = CLEX.cues.match(w.lows, i)
        if hit is None:
            continue
        n, lemma = hit
        b = i + n
        a = _raised(w, i, lemma)
        if any(not w.free(k) for k in range(a, b)) or not_a_cue(w, a, b, lemma) is not None:
            continue
        out.append((a, b, lemma, " ".join(t.text for t in w.toks[a:b])))
        resume = b
    return out


def _found(w: SentenceView) -> list[tuple[int, int, str, str]]:
    return [(c.a, c.b, c.lemma, c.text) for c in find_cues(w)]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The mayor said the levy would pass.", ["said"]),
        ("Officials tried to argue that the levy was fair.", ["tried to argue"]),
        ("The mayor, in a statement, has said the levy is fair.", ["said"]),
        # all quotation: no cue, though "said" is a cue word
        ('"We said no."', []),
        # "in" starts only longer phrases: not a cue before "the"
        ("In the end the council voted.", []),
    ],
)
def test_cues_of_invented_sentences(text: str, cues: list[str]) -> None:
    (w,) = _views(text)
    assert [c[3] for c in _found(w)] == cues
    assert _found(w) == _plain_cues(w)


def test_cues_are_found_once_per_view() -> None:
    (w,) = _views("Jane Roe said the levy would pass, officials said.")
    first = find_cues(w)
    assert len(first) == 2
    assert find_cues(w) is first  # kept on the view, not searched again
    (fresh,) = _views("Jane Roe said the levy would pass, officials said.")
    assert _found(fresh) == _found(w)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=16))
def test_shortcuts_find_the_plain_search_cues(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for w in _views(text):
        assert w.quoted == sum(1 for q in w.s.quote_of if q >= 0)
        assert _found(w) == _plain_cues(w)
