"""Carry-over: quotations with no attribution of their own borrow one from their neighbours.

After every sentence has been through the patterns, each sentence that is mostly quotation
and has no attribution asks the strategies of :data:`BORROW_STRATEGIES` in order. Each takes
the :class:`Borrowing` state and the sentence's index and returns ``None`` when it does not
apply (the next strategy is asked), ``[]`` to leave the quotation unattributed, or the one
attribution it lends. The attribution gets the strategy's name as its ``rule``.

Before that, a transcript turn (``ROE: ...``) is extended to the end of its paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import StatementKind
from .._mentions import PRONOUN, Mention
from ._content import span_kind
from ._cues import find_cues
from ._patterns import cut_off
from ._records import Attribution, Cue
from ._speakers import speaker_after, speaker_before
from ._view import SentenceView

__all__ = ["BORROW_STRATEGIES", "BorrowStrategy", "Borrowing", "borrow"]

_MAX_ECHOES = 50  # stand-alone quotations compared with the article's statements
_TURN = 50  # sentences a transcript turn may run on for
_OWN_CUE_GAP = 4  # tokens between a closing mark and a cue of its own ('," one resident said')


class Borrowing:
    """What the strategies share while the article's quotations borrow attributions.

    Attributes:
        works: The article's sentences.
        found: Every attribution so far, in the order found (borrowed ones appended).
        text: The article text.
        by_sentence: The attributions of each sentence, by sentence index.
        consumed: Sentences whose bare attribution ("X said.") was lent to the one before.
        echoes: Subhead quotations compared with the statements so far.
    """

    __slots__ = ("by_sentence", "consumed", "echoes", "found", "text", "works")

    def __init__(self, works: list[SentenceView], found: list[Attribution], text: str) -> None:
        self.works = works
        self.found = found
        self.text = text
        self.by_sentence: dict[int, list[Attribution]] = {}
        self.consumed: set[int] = set()
        self.echoes = 0
        for a in found:
            self.by_sentence.setdefault(a.sentence.index, []).append(a)


#: A borrow strategy: None when it does not apply, else the attribution lent (or none).
BorrowStrategy = Callable[[Borrowing, int], list[Attribution] | None]


def colon_before(b: Borrowing, i: int) -> list[Attribution] | None:
    """``Jane Roe said:`` closing the previous sentence, the quotation following."""
    prev_w = b.works[i - 1] if i > 0 else None
    if prev_w is None or prev_w.colon is None or (i - 1) in b.by_sentence:
        return None
    m, c = prev_w.colon
    start, end = prev_w.cue_at(c)
    made = _quote_attribution(b.works[i], m, c.text, c.lemma, start, end)
    return [made] if made is not None else None


def bare_after(b: Borrowing, i: int) -> list[Attribution] | None:
    """``"...." / The minister said.``: the next sentence is only an attribution, or opens
    with the attribution the split after a question or exclamation mark cut off (``"Why
    now?" The mayor asked, turning to the council.``). Over a paragraph break only a dash
    signature (``- Jane Roe.``), ``X continued:`` or a bare signing cue (``The minister
    said.``, ``signature_cues``) is lent: ``Roe agreed.`` opening the next paragraph is a new
    speaker's."""
    if i + 1 >= len(b.works):
        return None
    nxt = b.works[i + 1]
    if nxt.cut_off is not None:
        bare: tuple[Mention, Cue] | None = nxt.cut_off
    elif (i + 1) not in b.by_sentence:
        bare = _bare_attribution(nxt)
    else:
        return None
    if bare is None:
        return None
    m, c = bare
    if nxt.s.para != b.works[i].s.para and not (
        c.lemma == "dash"
        or nxt.lows[-1] == ":"
        or (nxt.cut_off is None and c.lemma in nxt.lex.signature_cues and _opens(nxt, m))
    ):
        return None
    start, end = nxt.cue_at(c)
    made = _quote_attribution(b.works[i], m, c.text, c.lemma, start, end)
    if made is None:
        return None
    if bare is nxt.cut_off:
        made.rule = cut_off.__name__  # the cue pattern that kept it for this quotation
    b.consumed.add(i + 1)
    return [made]


def subhead_echo(b: Borrowing, i: int) -> list[Attribution] | None:
    """A short stand-alone quotation (a subhead) echoing a statement elsewhere takes that
    statement's speaker; a subhead quoting nobody we know is left alone."""
    w, text = b.works[i], b.text
    if not (
        len(w.s.quotes) == 1
        and len(w.toks) <= 14
        and w.s.quotes[0].closed
        and _is_whole_paragraph(b.works, i)
        and text[w.s.quotes[0].inner_start : w.s.quotes[0].inner_end].rstrip()[-1:]
        not in (".", "!", "?", ",")
    ):
        return None
    needle = _norm(text[w.s.quotes[0].inner_start : w.s.quotes[0].inner_end])
    b.echoes += 1
    for a in b.found if b.echoes <= _MAX_ECHOES else ():
        if needle and needle in _norm(text[a.content_start : a.content_end]):
            made = _quote_attribution(w, a.speaker, a.cue, a.lemma, a.cue_start, a.cue_end)
            return [made] if made is not None else []
    return []


def run_on(b: Borrowing, i: int) -> list[Attribution] | None:
    """A quotation running on into the next paragraph, attributed there."""
    w = b.works[i]
    if not (w.s.quotes and not w.s.quotes[-1].closed and i + 1 < len(b.works)):
        return None
    if i > 0 and b.works[i - 1].s.para == w.s.para and (i - 1) in b.by_sentence:
        return None  # '"A," she said. "B.' / '"C," he said.': B goes on with A, not C
    nxt = b.works[i + 1]
    later = b.by_sentence.get(i + 1)
    if not (later and nxt.s.quotes and nxt.s.quotes[0].continued):
        return None
    a0 = later[0]
    made = _quote_attribution(w, a0.speaker, a0.cue, a0.lemma, a0.cue_start, a0.cue_end)
    return [made] if made is not None else None


def _own_cue(w: SentenceView) -> bool:
    """``"It will take years," one said.``: a cue right after the sentence's last closing
    mark, whose speaker no pattern could name."""
    last = max((k for k in range(w.n) if w.is_close_mark(k)), default=-1)
    return last >= 0 and any(last < c.a <= last + _OWN_CUE_GAP for c in find_cues(w))


def continuation(b: Borrowing, i: int) -> list[Attribution] | None:
    """The previous statement goes on (in the same paragraph, or in the next one when it
    quoted or its quotation was left open); not when the quotation has a cue of its own
    (``"...," one said.``), which is someone else's."""
    prev = _previous(b, i)
    if prev is None:
        return None
    if _own_cue(b.works[i]):
        return []
    made = _quote_attribution(
        b.works[i], prev.speaker, prev.cue, prev.lemma, prev.cue_start, prev.cue_end
    )
    return [made] if made is not None else None


#: The borrow strategies in priority order: the first that applies decides.
BORROW_STRATEGIES: tuple[BorrowStrategy, ...] = (
    colon_before,
    bare_after,
    subhead_echo,
    run_on,
    continuation,
)


def borrow(works: list[SentenceView], found: list[Attribution], text: str) -> None:
    """Quotations with no attribution of their own take one from their neighbours; the
    attributions lent are appended to *found*."""
    b = Borrowing(works, found, text)
    _extend_turns(b)
    strategies = BORROW_STRATEGIES
    for i, w in enumerate(works):
        if i in b.by_sentence or not _is_quote_only(w):
            continue
        for strategy in strategies:
            made = strategy(b, i)
            if made is not None:
                for a in made:
                    a.rule = a.rule or strategy.__name__
                    found.append(a)
                    b.by_sentence.setdefault(i, []).append(a)
                break


def _extend_turns(b: Borrowing) -> None:
    """A transcript turn ("ROE: ...") runs to the end of its paragraph."""
    works, text = b.works, b.text
    for a in list(b.found):
        if a.lemma != "colon" or a.kind is not StatementKind.DIRECT:
            continue
        i = a.sentence.index
        j = i
        while j + 1 < len(works) and works[j + 1].s.para == works[i].s.para and j - i < _TURN:
            j += 1
            b.by_sentence.setdefault(j, []).append(a)
        if j > i:
            end = works[j].s.end
            while end > a.content_start and text[end - 1] in "\"”’' ":
                end -= 1
            a.content_end = max(a.content_end, end)


def _is_quote_only(w: SentenceView) -> bool:
    quoted = w.quoted
    if not quoted:
        return False
    words = sum(1 for t in w.toks if t.is_word)
    return quoted >= words * 0.6


def _bare_attribution(w: SentenceView) -> tuple[Mention, Cue] | None:
    """A sentence that is only 'X said.' or 'said X.' (attribution for the quote before it)."""
    if w.quoted or w.n > 14:
        return None
    if w.lows[0] in w.words.dashes and (w.starting_at.get(1) is not None):
        m0 = w.starting_at[1]
        if m0.kind != PRONOUN and all(not t.is_word for t in w.toks[m0.b :]):
            return m0, Cue(0, 1, "dash", w.toks[0].text)
    cues = find_cues(w)
    if len(cues) != 1:
        return None
    c = cues[0]
    m, _ = speaker_before(w, c.a, 0)
    if m is None:
        m = speaker_after(w, c.b)
    if m is None:
        return None
    rest = [t for t in w.toks[max(c.b, m.b) :] if t.is_word]
    if len(rest) > 6:
        return None
    return m, c


def _opens(w: SentenceView, m: Mention) -> bool:
    """Whether mention *m* opens sentence *w* (after at most an article): "The minister
    said.", not "People like her, he said."."""
    return m.a == 0 or (m.a == 1 and w.lows[0] in w.words.articles)


def _norm(text: str) -> str:
    return " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def _is_whole_paragraph(works: list[SentenceView], i: int) -> bool:
    para = works[i].s.para
    before = i == 0 or works[i - 1].s.para != para
    after = i + 1 >= len(works) or works[i + 1].s.para != para
    return before and after


def _previous(b: Borrowing, i: int) -> Attribution | None:
    works, by_sentence = b.works, b.by_sentence
    w = works[i]
    k = i - 1
    if k in b.consumed and works[k].s.para == w.s.para:
        k -= 1  # '"A?" / X said. / "B."': B continues A
    if k < 0 or k not in by_sentence:
        return None
    prev_w = works[k]
    if prev_w.s.para != w.s.para and (prev_w.s.para != w.s.para - 1):
        return None
    last = by_sentence[k][-1]
    if prev_w.s.para != w.s.para:
        # a new paragraph continues only a quoting statement, or an unclosed quotation
        continued = bool(w.s.quotes) and w.s.quotes[0].continued
        if last.kind is StatementKind.INDIRECT and not continued:
            return None
    return last


def _quote_attribution(
    w: SentenceView, speaker: Mention | None, cue: str, lemma: str, cue_start: int, cue_end: int
) -> Attribution | None:
    if speaker is None:
        return None
    got = span_kind(w, 0, w.n)
    if got is None:
        return None
    start, end, kind = got
    return Attribution(w.s, speaker, cue, lemma, cue_start, cue_end, start, end, kind)
