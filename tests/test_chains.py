"""A continued quotation is one statement: the invariants of joined pieces, on made-up news.

The table rows of the join rule are in ``tests/test_rules.py``; here hypothesis composes
articles of quotations, attributions and narration, and every statement in several pieces must
keep what ``continued_quotation`` promises. Every name and story is invented.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Statement

_QUOTES = [
    "We will rebuild the bridge",
    "It will take a year",
    "Nobody will stop us",
    "The budget is not enough",
    "We have asked the council for more",
]
_SPEAKERS = ["Mayor Lena Ortiz", "the mayor", "Jane Roe", "she", "a spokesman for the council"]
_CUES = ["said", "told reporters", "added", "said on Thursday", "said, adding later"]

_pieces = st.one_of(
    st.builds(
        lambda q, s, c: f'"{q}," {s} {c}.', *map(st.sampled_from, (_QUOTES, _SPEAKERS, _CUES))
    ),
    st.builds(
        lambda q, s, c: f'"{q}," {s} {c}, "and more."',
        *map(st.sampled_from, (_QUOTES, _SPEAKERS, _CUES)),
    ),
    st.builds(lambda q: f'"{q}."', st.sampled_from(_QUOTES)),
    st.builds(lambda q: f'"{q}.', st.sampled_from(_QUOTES)),  # left open: runs on
    st.builds(lambda s: f"{s} said the plan had failed.", st.sampled_from(_SPEAKERS)),
    st.just("The council met on Friday."),
)
_articles = st.lists(st.tuples(_pieces, st.sampled_from([" ", "\n\n"])), min_size=1, max_size=8)


def _text(parts: list[tuple[str, str]]) -> str:
    return "".join(p + sep for p, sep in parts).strip()


def _between(s: Statement, t: Statement) -> bool:
    """Whether a piece of *t* lies between the first and the last piece of *s*."""
    lo, hi = s.pieces[0].end, s.pieces[-1].start
    return any(lo <= p.start and p.end <= hi for p in t.content_spans)


@settings(max_examples=150, deadline=None)
@given(_articles)
def test_joined_pieces_keep_their_promises(parts: list[tuple[str, str]]) -> None:
    text = _text(parts)
    article = stancekit.parse(text)
    for s in article.statements:
        if not s.pieces:
            assert s.span.of(text) == s.content
            continue
        assert s.rule == "continued_quotation"
        assert len(s.pieces) >= 2
        assert all(a.end < b.start for a, b in itertools.pairwise(s.pieces))
        assert s.content == " ".join(p.of(text) for p in s.pieces)
        # the cue and the speaker are not content
        assert not any(p.overlap(s.cue_span) for p in s.pieces)
        # nothing attributed to anyone else lies between the pieces
        for t in article.statements:
            if t.id != s.id:
                assert not _between(s, t), (s, t)
        # pieces lie in the same or the next paragraph of one another
        for a, b in itertools.pairwise(s.pieces):
            assert text.count("\n\n", a.end, b.start) <= 1


def test_a_joined_statement_keeps_one_stance_per_target() -> None:
    text = (
        '"We have ruled out a toll on the bridge," Mayor Lena Ortiz said. '
        '"A toll on the bridge is ruled out."'
    )
    article = stancekit.parse(text)
    (s,) = article.statements
    assert len(s.pieces) == 2
    # both pieces rule out the toll: one stance, resting on the one statement
    keys = [t.target.key for t in article.stances if s.id in t.evidence]
    assert keys == ["bridge-toll"]
