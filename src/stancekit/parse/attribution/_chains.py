"""One utterance, one statement: the pieces of a continued quotation are joined.

A quotation the reporter breaks for its attribution and then resumes (``"A," she said. "B."``,
``"A," she said, "B."``, a quotation running over several paragraphs) is one utterance. The
patterns and borrow strategies give each piece its own attribution, all with the same speaker
mention and the same cue; after them, the rules of :data:`JOIN_RULES` decide, for each
attribution in text order and the one just before it, whether it continues that one's chain.
The first rule that says so names the chain (``Attribution.chain_rule``); the chain's first
attribution (its *head*) then holds every piece in ``Attribution.chain``, and each later piece
points at it through ``Attribution.head``. The statements step makes one statement per chain.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from ...model import StatementKind
from ._cues import find_cues
from ._records import Attribution
from ._view import SentenceView

__all__ = ["JOIN_RULES", "JoinRule", "Joining", "join_chains"]

_QUOTING = frozenset({StatementKind.DIRECT})


class Joining:
    """What the join rules share: the article's sentences and where every cue starts.

    Attributes:
        works: The article's sentences.
        cue_starts: The start of every attribution's cue, sorted, each once.
    """

    __slots__ = ("cue_starts", "works")

    def __init__(self, works: list[SentenceView], found: list[Attribution]) -> None:
        self.works = works
        self.cue_starts = sorted({a.cue_start for a in found})

    def other_cue_between(self, start: int, end: int, cue_start: int) -> bool:
        """Whether a cue other than the one at *cue_start* starts in ``[start, end)``."""
        k = bisect_left(self.cue_starts, start)
        while k < len(self.cue_starts) and self.cue_starts[k] < end:
            if self.cue_starts[k] != cue_start:
                return True
            k += 1
        return False


#: A join rule: (what the rules share, the chain's last piece, the next attribution in text
#: order) -> whether the next attribution continues the chain.
JoinRule = Callable[[Joining, Attribution, Attribution], bool]


def continued_quotation(j: Joining, a: Attribution, b: Attribution) -> bool:
    """``"A," she said. "B."`` / ``"A," she said, "B."`` / a quotation over paragraphs: the
    same speaker and cue, both pieces quotations, no other cue between them, and *b* in the
    same paragraph or opening the next one with a quotation mark."""
    if b.speaker is None or b.speaker is not a.speaker:
        return False
    if (b.cue_start, b.cue_end) != (a.cue_start, a.cue_end):
        return False
    if a.kind not in _QUOTING or b.kind not in _QUOTING or b.content_start <= a.content_end:
        return False
    if j.other_cue_between(a.content_end, b.content_start, a.cue_start):
        return False  # '"A," she said, adding later: "B."': the second cue takes B
    works = j.works
    i, k = a.sentence.index, b.sentence.index
    if k - i > 2 or k < i:
        return False
    if _another_clause(works[i : k + 1], a, b):
        return False
    if k - i == 2 and not works[i + 1].s.start <= a.cue_start < works[i + 1].s.end:
        return False  # only the sentence holding the cue ('"A?" The mayor said. "B."') between
    para, next_para = a.sentence.para, b.sentence.para
    if next_para == para:
        return True
    if next_para != para + 1:
        return False
    w = works[k]
    opens_paragraph = k == 0 or works[k - 1].s.para != next_para
    if not (opens_paragraph and w.n > 0 and w.is_open_mark(0)):
        return False
    # a quotation running on: left open at its paragraph end, the next paragraph resumes it
    quotes = a.sentence.quotes
    return bool(w.s.quotes) and w.s.quotes[0].continued and bool(quotes) and not quotes[-1].closed


def _another_clause(ws: list[SentenceView], a: Attribution, b: Attribution) -> bool:
    """Whether the words between the pieces hold another cue, or open another clause right
    after the attribution ('"A," he said as the crowd yelled: "B."', '"A," she said, and her
    husband cut in. "B."', '"A," he said, going on to ...'; an apposition after the speaker
    may hold any word)."""
    start, end = a.content_end, b.content_start
    speaker = a.speaker
    after = max(a.cue_end, speaker.end if speaker is not None else 0)
    for w in ws:
        if w.s.end <= start or w.s.start >= end:
            continue
        seen = False
        for t, tok in enumerate(w.toks):
            if tok.start < after or tok.end > end or not w.free(t):
                continue
            if w.lows[t] == "," and not seen:
                continue
            seen = True
            if w.clex.morph.is_gerund(w.lows[t]) and w.lows[t - 1] == ",":
                return True  # '"A," he said, going on to contrast X. "B."': a participle's
            if w.lows[t] in w.words.chain_breakers and not (
                t + 1 < w.n and w.is_open_mark(t + 1) and w.lows[t] in w.words.quote_resumers
            ):
                return True  # ', but "B."' resumes the quotation; ', and her husband' does not
            break
        for c in find_cues(w):
            at = w.toks[c.a].start
            if start <= at < end and not a.cue_start <= at < a.cue_end:
                return True
    return False


def interrupted_clause(j: Joining, a: Attribution, b: Attribution) -> bool:
    """``The new bridge, she said, will open in May.``: the two pieces of one reported clause
    around its attribution, which ``post_posed`` made with one speaker mention and one cue:
    the first ends before the cue, the second starts after it, in the same sentence."""
    return (
        a.rule == b.rule == "post_posed"
        and b.speaker is not None
        and b.speaker is a.speaker
        and (b.cue_start, b.cue_end) == (a.cue_start, a.cue_end)
        and b.sentence is a.sentence
        and a.content_end <= a.cue_start
        and b.content_start >= a.cue_end
        and a.kind is StatementKind.INDIRECT  # a quotation before the cue: continued_quotation
        and not j.other_cue_between(a.content_end, b.content_start, a.cue_start)
        and a.head is None
        and not a.chain
    )


#: The join rules in priority order: the first that joins names the chain.
JOIN_RULES: tuple[JoinRule, ...] = (continued_quotation, interrupted_clause)


def join_chains(works: list[SentenceView], found: list[Attribution]) -> None:
    """Join the pieces of continued quotations in *found* (sorted in text order) into chains:
    each later piece gets its ``head``, each head its ``chain`` and ``chain_rule``."""
    j = Joining(works, found)
    for k in range(1, len(found)):
        a, b = found[k - 1], found[k]
        for rule in JOIN_RULES:
            if rule(j, a, b):
                head = a.head or a
                if not head.chain:
                    head.chain = [head]
                    head.chain_rule = rule.__name__
                head.chain.append(b)
                b.head = head
                break
