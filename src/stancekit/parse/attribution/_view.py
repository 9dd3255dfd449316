"""The sentence view every attribution rule reads: tokens, quotation marks and mentions."""

from __future__ import annotations

from ..._tokens import Token
from ...lexicon import CompiledLexicon, Lexicon
from .._mentions import Mention, find_mentions
from .._text import CLOSE_MARKS, OPEN_MARKS, Sentence
from ._records import Cue

__all__ = ["SentenceView"]


class SentenceView:
    """Working state for one sentence: its tokens, their lower-cased forms, its mentions
    indexed by first and last token, and which tokens lie inside quotations.

    Attributes:
        s: The sentence.
        text: The article text.
        toks: The sentence's tokens; ``lows`` their lower-cased forms (the sentence's own
            list: read only); ``n`` their number.
        qo: For each token, the index of the quotation holding it, or -1.
        lex: The lexicon; ``clex`` its compiled phrase tables; ``words`` its function words
            (``lex.words``).
        mentions: The sentence's mentions in text order.
        ending_at: The longest mention ending before each token index.
        starting_at: The longest mention starting at each token index.
        covered: Whether each token lies inside a mention.
        quoted: How many tokens lie inside quotations (0: the sentence quotes nothing).
        cue_cache: The sentence's cues once :func:`~._cues.find_cues` has found them (the
            patterns, the borrow strategies and the join rules all ask for them).
        colon: ``X said:`` ending the sentence (the content follows in the next paragraph).
        cut_off: ``The mayor asked.`` cut off from the quotation before it by the sentence
            split after its question or exclamation mark (``"Why now?" The mayor asked.``):
            the speaker and cue lent to that quotation.
    """

    # slots: one of these lives per sentence for the whole step (no per-instance dict)
    __slots__ = (
        "clex",
        "colon",
        "covered",
        "cue_cache",
        "cut_off",
        "ending_at",
        "lex",
        "lows",
        "mentions",
        "n",
        "qo",
        "quoted",
        "s",
        "starting_at",
        "text",
        "toks",
        "words",
    )

    def __init__(self, s: Sentence, text: str, lex: Lexicon, clex: CompiledLexicon) -> None:
        self.s = s
        self.text = text
        self.toks: list[Token] = s.tokens
        self.lows = s.lows  # shared with the sentence: read only
        self.n = len(s.tokens)
        self.qo = s.quote_of
        self.quoted = self.n - s.quote_of.count(-1)
        self.lex = lex
        self.clex = clex
        self.words = lex.words
        self.mentions = find_mentions(s, lex)
        self.ending_at: dict[int, Mention] = {}
        self.starting_at: dict[int, Mention] = {}
        self.covered = [False] * self.n
        self.colon: tuple[Mention, Cue] | None = None
        self.cue_cache: list[Cue] | None = None
        self.cut_off: tuple[Mention, Cue] | None = None
        ending_at, starting_at, covered = self.ending_at, self.starting_at, self.covered
        for m in self.mentions:
            a, b = m.a, m.b
            # the longest mention wins when a possessive phrase contains its possessor
            prev = ending_at.get(b)
            if prev is None or prev.a > a:
                ending_at[b] = m
            prev = starting_at.get(a)
            if prev is None or prev.b < b:
                starting_at[a] = m
            covered[a:b] = [True] * (b - a)

    def follows_exclamation(self) -> bool:
        """Whether the sentence starts right after a quotation closed after a question or
        exclamation mark, on the same line (``"Why now?" the mayor asked``): the sentence
        split at that mark, and the words after it may be the quotation's attribution."""
        text, j = self.text, self.s.start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        m = j
        while m > 0 and text[m - 1] in CLOSE_MARKS:
            m -= 1
        return 0 < m < j and text[m - 1] in "?!"

    def free(self, i: int) -> bool:
        """Whether token *i* exists and lies outside every quotation."""
        return 0 <= i < self.n and self.qo[i] < 0

    def is_open_mark(self, i: int) -> bool:
        """Whether token *i* is a quotation mark opening a quotation."""
        if self.toks[i].text not in OPEN_MARKS or not self.free(i) or i + 1 >= self.n:
            return False
        if self.s.quote_of[i + 1] >= 0:
            return True
        # the first of a doubled mark ('')
        nxt = i + 1
        return (
            self.toks[nxt].text in OPEN_MARKS
            and nxt + 1 < self.n
            and self.s.quote_of[nxt + 1] >= 0
            and self.toks[nxt].start == self.toks[i].end
        )

    def is_close_mark(self, i: int) -> bool:
        """Whether token *i* is a quotation mark closing a quotation."""
        if self.toks[i].text not in CLOSE_MARKS or not self.free(i) or i == 0:
            return False
        if self.s.quote_of[i - 1] >= 0:
            return True
        # the second of a doubled mark (''), or the last of a nested quotation's marks ('<'>'')
        k = i
        while k > max(0, i - 3) and self.toks[k - 1].text in CLOSE_MARKS:
            if self.toks[k - 1].end != self.toks[k].start:
                return False
            k -= 1
            if k > 0 and self.s.quote_of[k - 1] >= 0:
                return True
        return False

    def cue_at(self, c: Cue) -> tuple[int, int]:
        """Character offsets of cue *c*."""
        return self.toks[c.a].start, self.toks[c.b - 1].end
