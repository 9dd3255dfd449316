"""Attribution patterns: how a cue finds its speaker and its content.

Two ordered registries; the order is the priority, and ``docs/architecture.md`` has one table
of them.

- :data:`CUE_PATTERNS` run for every cue of a sentence. Each takes a :class:`CueSite` and
  returns ``None`` when it does not apply (the next pattern is asked), or the attributions it
  makes, maybe none, when it does (no later pattern is asked).
- :data:`SENTENCE_PATTERNS` then run once per sentence, with what the cue patterns found; each
  returns the attributions it adds.

The attributions a pattern returns get its name as their ``rule``; a pattern does not set it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from ...model import StatementKind
from .._mentions import PRONOUN, Mention
from .._text import OPEN_MARKS
from ._content import content_after, content_close, make, span_kind
from ._cues import document_verb
from ._records import Attribution, Cue
from ._speakers import np_after, speaker_after, speaker_before, subject
from ._view import SentenceView

__all__ = [
    "CUE_PATTERNS",
    "SENTENCE_PATTERNS",
    "CuePattern",
    "CueSite",
    "SentencePattern",
    "post_posed_content",
]


class CueSite:
    """One cue being attributed, and what the patterns share about it.

    Attributes:
        w: The sentence.
        c: The cue.
        floor: Tokens before this index belong to an earlier attribution of the sentence.
        limit: Where the content after the cue must stop (the next attribution's clause).
        found: The attributions made for the sentence's earlier cues.
    """

    __slots__ = ("_speaker", "c", "floor", "found", "limit", "w")

    def __init__(
        self, w: SentenceView, c: Cue, floor: int, limit: int, found: list[Attribution]
    ) -> None:
        self.w = w
        self.c = c
        self.floor = floor
        self.limit = limit
        self.found = found
        self._speaker: tuple[Mention | None, int, int] | None = None

    def speaker(self) -> tuple[Mention | None, int, int]:
        """The speaker before the cue, where its words start, and the content limit for it
        (cut at the end of a relative clause holding the cue: "X, who has indicated Y, did
        Z"). Computed once, shared by the patterns that look before the cue."""
        if self._speaker is None:
            w, c = self.w, self.c
            lows = w.lows
            speaker, s_start = speaker_before(w, c.a, self.floor, c.lemma)
            limit = self.limit
            if (
                speaker is not None
                and c.a > 0
                and not w.words.relative_subjects.isdisjoint(lows[max(speaker.b, c.a - 4) : c.a])
            ):
                k = c.b
                while k < limit and not (lows[k] == "," and w.free(k)):
                    k += 1
                limit = k
            self._speaker = (speaker, s_start, limit)
        return self._speaker


#: A cue pattern: None when it does not apply, else the attributions it makes (maybe none).
CuePattern = Callable[[CueSite], list[Attribution] | None]
#: A sentence pattern: (sentence, attributions found so far) -> the attributions it adds.
SentencePattern = Callable[[SentenceView, list[Attribution]], list[Attribution]]


def _one(made: Attribution | None) -> list[Attribution]:
    return [made] if made else []


# -- cue patterns, in priority order ------------------------------------------------------


def according_to(x: CueSite) -> list[Attribution] | None:
    """``According to the ministry, ...`` / ``..., according to police.``: the source follows
    the cue, the content is the rest of the clause before or after."""
    w, c, floor = x.w, x.c, x.floor
    if c.lemma not in w.lex.source_prepositions:
        return None
    lows = w.lows
    source = w.starting_at.get(c.b) or np_after(w, c.b)
    if source is None:
        return []
    if c.a > floor and lows[c.a - 1] == ",":
        made = make(w, source, c, (floor, c.a - 1))
        outer = _outer_floor(x)
        if made is None and outer < floor:
            made = make(w, source, c, (outer, c.a - 1))
        return _one(made)
    if c.a > 0 and lows[c.a - 1] == "," and _outer_floor(x) < floor:
        # "X told residents that A, according to B": the source's words hold X's
        return _one(make(w, source, c, (_outer_floor(x), c.a - 1)))
    if c.a > floor + 1 and w.is_close_mark(c.a - 1) and lows[c.a - 2] == ",":
        return _one(make(w, source, c, (floor, c.a)))  # '"...," according to the report.'
    k = source.b
    while k < w.n and lows[k] != "," and k - source.b < 12:
        k += 1
    return _one(make(w, source, c, (k + 1, x.limit)))


#: Tokens before a cue cut off from its quotation ("Senator Jane Roe asked").
_CUT_OFF = 6


def cut_off(x: CueSite) -> list[Attribution] | None:
    """``"Why now?" The mayor asked, turning to the council.`` / ``"Go home!" chanted the
    crowd.``: the sentence split after the quotation's question or exclamation mark cut its
    attribution off. The speaker and cue are kept for that quotation (``bare_after`` lends
    them); the words after them (a participle, an apposition, an addressee, adjuncts, a
    clause: "as the crowd cheered") are no content, unless a content opener or a question
    word (``content_openers``, ``not_addressee``) soon follows, or the quotation resumes."""
    w, c = x.w, x.c
    if (
        x.floor
        or x.found
        or c.a > _CUT_OFF
        or any(q >= 0 for q in w.s.quote_of[: c.b])
        or not w.follows_exclamation()
    ):
        return None
    speaker: Mention | None
    if c.a == 0:
        speaker = speaker_after(w, c.b)
        end = speaker.b if speaker is not None else c.b
    else:
        speaker, s_start, _ = x.speaker()
        if s_start > 1 or (s_start == 1 and w.lows[0] not in w.words.articles):
            return None
        end = c.b
    if speaker is None:
        return None
    if any(w.is_open_mark(k) for k in range(end, min(w.n, end + 3))):
        return None  # '"Why?" she asked, "and why now?"': the quotation resumes
    tail = w.lows[end : end + _CUT_OFF]
    if not (w.words.content_openers.isdisjoint(tail) and w.words.not_addressee.isdisjoint(tail)):
        return None  # "The mayor asked the council whether ...": content of its own
    w.cut_off = (speaker, c)
    return []


def participial(x: CueSite) -> list[Attribution] | None:
    """``..., saying ...`` / ``..., with Jane Roe saying ...``: the speaker is the clause's
    subject, the previous attribution's speaker, or the mention right before the cue."""
    w, c, found = x.w, x.c, x.found
    lows = w.lows
    if not w.clex.morph.is_gerund(lows[c.a]) or c.lemma in ("according to",):
        return None
    m = w.ending_at.get(c.a)
    verb = document_verb(w, c.a)
    if verb > x.floor:
        # "X issued a statement (Friday) saying": the sender speaks, not the statement
        sender, _ = speaker_before(w, verb, x.floor, c.lemma)
        if sender is None and not found:
            sender = subject(w, verb)
        if sender is not None:
            return _one(make(w, sender, c, content_after(w, c, x.limit)))
        m = None
    if m is not None and (
        (m.a > 0 and lows[m.a - 1] in w.words.participle_subject_prepositions)
        or (m.kind != PRONOUN and not found)
    ):
        speaker: Mention | None = m  # "with X saying", "footage of X saying"
    elif found and not _in_relative_clause(w, found[-1]):
        speaker = found[-1].speaker
    else:
        # "X refused to pay an architect who said ..., saying ...": X, not the architect
        speaker = subject(w, c.a) or (found[-1].speaker if found else None)
    if speaker is None:
        return []
    return _one(make(w, speaker, c, content_after(w, c, x.limit)))


def post_posed(x: CueSite) -> list[Attribution] | None:
    """``"We will win," Mayor Jane Roe said.`` / ``The plant will close, a spokeswoman
    said.``: the content ends at the comma or closing mark just before the speaker; a
    quotation resuming after the attribution (``"A," she said, "B."``) is a second piece."""
    w, c, floor = x.w, x.c, x.floor
    speaker, s_start, limit = x.speaker()
    if speaker is None or (c.a > 0 and w.lows[c.a - 1] in w.words.relative_subjects):
        return None  # "..., compared to 24 percent who said otherwise": a clause of its own
    close = content_close(w, s_start, floor)
    if (close is None or close - floor < 2) and _outer_floor(x) < floor:
        # "X thought A, officials said": the outer attribution holds the inner one
        outer = _outer_floor(x)
        close = content_close(w, s_start, outer)
        if close == s_start:
            floor = outer
        else:
            close = None  # ", and the council agreed", ", which X opposed": a clause of its own
    if close is None or close - floor < 2:
        return None
    quoted = sum(1 for k in range(floor, close) if w.s.quote_of[k] >= 0)
    after = content_after(w, c, limit)
    # 'In an interview on "Meet the Press," X said ...': a quoted title, not content
    adjunct = w.lows[floor] in w.words.adjunct_starts and quoted < 6
    # "On Monday, X said:" and the quotation in the next paragraph
    colon_next = w.lows[-1] == ":" and (after is None or after[1] - after[0] <= 1)
    if (
        not adjunct
        and not quoted
        and (
            w.lows[floor] not in w.words.subordinators
            or w.lows[floor] in w.words.conditional_openers  # "If A, she said, B."
        )
    ):
        # "The new bridge, she said, will open in May.": two pieces of one clause
        resumed = _interrupted(w, speaker, c, floor, close, limit)
        if resumed:
            return resumed
    if not colon_next and (
        (quoted and not adjunct)
        or after is None
        or after[1] - after[0] < 3
        # "The plant will close, Jane Roe told the Courier on Thursday.": adjuncts only
        or (
            not adjunct
            and w.lows[floor] not in w.words.subordinators
            and _only_adjuncts(w, c, max(c.b, speaker.b))
        )
    ):
        return post_posed_content(w, speaker, c, floor, close)
    return None  # 'At the debate, X said (that) ...': the comma closed an opening adverbial


#: Words the adjuncts between a parenthetical cue and its closing comma may run to ("said on
#: Thursday in an interview").
_PARENTHETICAL = 6
#: Tokens before a parenthetical attribution searched for a comma opening its clause.
_PIECE_BACK = 40


def _interrupted(
    w: SentenceView, speaker: Mention, c: Cue, floor: int, close: int, limit: int
) -> list[Attribution]:
    """``The new bridge, she said, will open in May.``: an attribution between commas inside
    the reported clause; its two pieces (before and after), which the join rules make one
    statement. Nothing when the words after the closing comma open a clause of their own
    (a conjunction, a relative pronoun, a participle, an adjunct)."""
    k = start = max(c.b, speaker.b)
    if k < limit and w.lows[k] != "," and w.lows[k] not in w.words.post_adjunct_starts:
        return []  # "she said the bridge ...": the content follows the cue
    while k < limit and k - start < _PARENTHETICAL and w.free(k) and w.toks[k].is_word:
        k += 1  # "said on Thursday,"
    j = k + 1
    if not (k < limit and w.lows[k] == "," and w.free(k) and j < limit - 1):
        return []
    nxt = w.lows[j]
    if (
        not (w.free(j) or w.is_open_mark(j))
        or (w.free(j) and not w.toks[j].is_word)
        or nxt in w.words.chain_breakers
        or nxt in w.words.relative_pronouns
        or nxt in w.words.subordinators
        or nxt in w.words.post_adjunct_starts
        or w.clex.morph.is_gerund(nxt)
    ):
        return []
    end = close - 1 if w.lows[close - 1] == "," else close
    begin = floor
    for t in range(end - 1, max(floor, end - _PIECE_BACK), -1):
        if w.lows[t] == "," and w.free(t):
            # "The park, near the river, is busy, which, she said, is new": the relative
            # clause holding the attribution; another comma before it: too unclear
            if t + 1 < end and w.lows[t + 1] in w.words.relative_subjects:
                begin = t + 1
                break
            return []
    before = span_kind(w, begin, end)
    after = make(w, speaker, c, (j, limit))
    if before is None or after is None:
        return []
    a0, a1, kind = before
    cue_start, cue_end = w.toks[c.a].start, w.toks[c.b - 1].end
    first = Attribution(w.s, speaker, c.text, c.lemma, cue_start, cue_end, a0, a1, kind)
    return [first, after]


#: Words an addressee or outlet after a post-posed cue may run to ("told the Daily Courier").
_ADDRESSEE = 6
#: Words the adjuncts after a post-posed cue may run to ("on Thursday at a news conference").
_ADJUNCTS = 10


def _only_adjuncts(w: SentenceView, c: Cue, start: int) -> bool:
    """Whether the words from token *start* to the sentence end are only adjuncts: the
    addressee of a cue that takes one ("told the Daily Courier"), then phrases opened by a
    word of ``post_adjunct_starts`` ("on Thursday", "in a statement"), with no quotation and
    no "that"; a dash ends the attribution's clause (a gloss follows), unless it opens an
    aside closed by a second dash before "that"."""
    end = w.n
    for j in range(start, w.n):
        if w.free(j) and w.lows[j] in w.words.dashes:
            # "... said on Friday in Ashton — a blow to the town": a gloss after the clause;
            # not "said in July - falsely - that ...": the content follows the aside
            close = next((x for x in range(j + 1, w.n) if w.lows[x] in w.words.dashes), -1)
            if not (0 < close < w.n - 1 and w.lows[close + 1] in w.words.content_openers):
                end = j
            break
    while end > start and w.free(end - 1) and w.toks[end - 1].text in ".!?":
        end -= 1
    k = start
    if c.lemma in w.lex.with_object:
        m = w.starting_at.get(k)
        if m is not None:
            k = m.b
        else:
            while (
                k < end
                and k - start < _ADDRESSEE
                and w.free(k)
                and w.toks[k].is_word
                and w.lows[k] not in w.words.post_adjunct_starts
            ):
                k += 1
    if k >= end:
        return k > start
    if w.lows[k] not in w.words.post_adjunct_starts or end - k > _ADJUNCTS:
        return False
    return all(w.free(j) and w.lows[j] not in w.words.content_openers for j in range(k, end))


def pre_posed(x: CueSite) -> list[Attribution] | None:
    """``Jane Roe said (that) ...`` / ``... told reporters: "..."`` / ``Jane Roe, who ...,
    said ...``: the speaker before the cue, the content after it. ``X said:`` ending the
    sentence is kept for the next paragraph's quotation."""
    w, c = x.w, x.c
    speaker, _, limit = x.speaker()
    if speaker is None:
        return None
    made = make(w, speaker, c, content_after(w, c, limit))
    if made is not None:
        # "X, who in 2010 said ...": the relative pronoun names the speaker here
        for r in range(max(speaker.b, c.a - 4), c.a):
            if w.lows[r] == "who" and w.free(r):
                made.speaker_at = (w.toks[r].start, w.toks[r].end)
    if made is None and w.lows[-1] == ":" and w.free(w.n - 1):
        w.colon = (speaker, c)  # the content follows in the next paragraph
    return _one(made)


def coordinated(x: CueSite) -> list[Attribution] | None:
    """``Jane Roe outlined a plan and vowed to ...``: a second verb of the same subject."""
    w, c, floor, found = x.w, x.c, x.floor, x.found
    lows = w.lows
    k = c.a
    while k > floor + 1 and (
        w.clex.morph.is_adverb(lows[k - 1]) or lows[k - 1] in w.lex.cue_adverbs
    ):
        k -= 1  # "and repeatedly says"
    if not (k > floor and lows[k - 1] in w.words.verb_coordinators):
        return None
    speaker = found[-1].speaker if found else subject(w, c.a)
    if speaker is None:
        return None
    return _one(make(w, speaker, c, content_after(w, c, x.limit)))


def appositions(x: CueSite) -> list[Attribution] | None:
    """``Jane Roe, 59, of Ashton, who watched the ceremony, said ...``: several appositions
    between the subject and the cue."""
    w, c = x.w, x.c
    lows = w.lows
    if not (c.a > x.floor and lows[c.a - 1] == ","):
        return None
    speaker = subject(w, c.a)
    if (
        speaker is not None
        and speaker.b < w.n
        and lows[speaker.b] == ","
        and not any(w.s.quote_of[k] >= 0 for k in range(speaker.b, c.a))
    ):
        return _one(make(w, speaker, c, content_after(w, c, x.limit)))
    return None


def cue_first(x: CueSite) -> list[Attribution] | None:
    """``Said Jane Roe: ...``: the sentence opens with the cue and its speaker."""
    w, c = x.w, x.c
    if not c.a == x.floor == 0:
        return None
    speaker = speaker_after(w, c.b)
    if speaker is not None and speaker.b < w.n and w.lows[speaker.b] in (":", ","):
        return _one(make(w, speaker, c, (speaker.b + 1, x.limit)))
    return None


def inverted(x: CueSite) -> list[Attribution] | None:
    """``"We will win," said Jane Roe, a lawyer for the families.``: the cue follows the
    content's comma, the speaker follows the cue."""
    w, c, floor = x.w, x.c, x.floor
    if not (
        c.a > floor
        and (w.lows[c.a - 1] == "," or w.is_close_mark(c.a - 1))
        and c.lemma in w.lex.inverted_cues
    ):
        return None
    speaker = speaker_after(w, c.b)
    if speaker is None:
        return None
    return post_posed_content(w, speaker, c, floor, c.a)


#: The cue patterns in priority order: the first that applies to a cue decides.
CUE_PATTERNS: tuple[CuePattern, ...] = (
    according_to,
    cut_off,
    participial,
    post_posed,
    pre_posed,
    coordinated,
    appositions,
    cue_first,
    inverted,
)


def _outer_floor(x: CueSite) -> int:
    """Where a post-posed attribution's content may start when earlier cues of the sentence
    took the words before it (``X agreed that A, according to B``): the sentence start, when
    those attributions all lie before the cue, none of them is itself post-posed (their
    contents then end before their cues) and no quotation precedes the cue. Otherwise the
    floor."""
    if not x.found or x.floor == 0:
        return x.floor
    cue_start = x.w.toks[x.c.a].start
    for a in x.found:
        if a.content_end > cue_start or a.content_start < a.cue_start:
            return x.floor
    if any(q >= 0 for q in x.w.s.quote_of[: x.c.a]):
        return x.floor  # 'X declared: "A," she said': the quotation is the outer content
    return 0


def _in_relative_clause(w: SentenceView, a: Attribution) -> bool:
    """Whether *a* was said in a relative clause ("an architect who said ...")."""
    i = bisect_left(w.s.starts or [t.start for t in w.toks], a.cue_start)
    return i > 0 and w.lows[i - 1] in w.words.relative_subjects


def post_posed_content(
    w: SentenceView, speaker: Mention, c: Cue, floor: int, s_start: int
) -> list[Attribution]:
    """The content ending at token *s_start* (before the attribution), and the quotation
    resuming after it, if any."""
    end = s_start - 1 if w.lows[s_start - 1] == "," else s_start
    if end > floor and w.lows[end - 1] == "," and w.free(end - 1):
        end -= 1
    content_tokens = range(floor, end)
    has_quote = any(w.s.quote_of[k] >= 0 for k in content_tokens)
    if not has_quote and end - floor < 4:
        return []  # "In Paris, X said": too short to be reported content
    out: list[Attribution] = []
    made = make(w, speaker, c, (floor, end))
    if made is None:
        return []
    out.append(made)
    # '"A," she said, "B."': the quotation resumes after the attribution
    k = max(c.b, speaker.b)
    while k < w.n and w.free(k) and w.lows[k] not in (",", ":") and not w.is_open_mark(k):
        k += 1
    resume = -1
    if k < w.n and w.lows[k] in (",", ":"):
        # ', "B."' or ', but "B."' or ', referring to the excuse, "B."'
        j = k + 1
        while j < w.n and j - k <= 12 and w.free(j) and not w.is_open_mark(j):
            j += 1
        if (
            j < w.n
            and w.is_open_mark(j)
            and (j == k + 1 or w.lows[j - 1] in w.words.quote_resumers)
        ):
            resume = j
    if resume >= 0:
        more = make(w, speaker, c, (resume, w.n))
        if more is not None:
            out.append(more)
    return out


# -- sentence patterns, in order ----------------------------------------------------------


def dash_signature(w: SentenceView, found: list[Attribution]) -> list[Attribution]:
    """``"We deserve better." ― Jane Roe``: a quotation signed with a dash and a name, in a
    sentence with no other attribution."""
    if found or not w.quoted:
        return []  # the signed words are a quotation
    k = w.n
    while k > 0 and w.lows[k - 1] in (".", ",") and w.free(k - 1):
        k -= 1
    m = w.ending_at.get(k)
    if m is None or m.a == 0 or m.kind == PRONOUN:
        return []
    d = m.a - 1
    if w.lows[d] not in w.words.dashes or not w.free(d) or d == 0 or not w.is_close_mark(d - 1):
        return []
    got = span_kind(w, 0, d)
    if got is None or got[2] is not StatementKind.DIRECT:
        return []
    tok = w.toks[d]
    return [Attribution(w.s, m, tok.text, "dash", tok.start, tok.end, got[0], got[1], got[2])]


def colon_label(w: SentenceView, found: list[Attribution]) -> list[Attribution]:
    """``ROE: Well, look, ...`` (a transcript turn) or ``Jane Roe: "We will win"`` (a
    headline), in a sentence with no other attribution."""
    if found or ":" not in w.lows:
        return []  # both readings need a colon
    k = 1 if w.n and w.toks[0].text in OPEN_MARKS else 0
    colon = k
    while colon < w.n and colon - k < 4 and w.toks[colon].is_word and w.toks[colon].text.isupper():
        colon += 1
    caps = colon > k and colon < w.n and w.lows[colon] == ":" and len(w.toks[k].text) > 1
    if caps:
        label = " ".join(t.text for t in w.toks[k:colon])
        if label.lower() in w.lex.not_speakers:
            return []
        speaker = Mention(w.s, k, colon, "unknown", label.title())
    else:
        colon = next((i for i in range(min(w.n, 12)) if w.lows[i] == ":" and w.free(i)), -1)
        named = w.ending_at.get(colon) if colon > 0 else None
        if named is None or named.a != 0 or named.kind == PRONOUN:
            return []
        speaker = named
        if not any(q >= 0 for q in w.s.quote_of[colon:]):
            return []  # a headline quoting someone has a quotation after the colon
        if speaker.name.lower() in w.lex.not_speakers:
            return []
    words = [t for t in w.toks[colon + 1 :] if t.is_word]
    if len(words) < 2:
        return []
    start = w.toks[colon + 1].start
    end = w.s.end
    text = w.text
    while end > start and (text[end - 1] in "\"”’' " or text[end - 1].isspace()):
        end -= 1
    while start < end and text[start] in "\"“‘' ":
        start += 1
    if end <= start:
        return []
    inner = w.toks[colon + 1 : w.n]
    quoted = any(w.s.quote_of[colon + 1 + i] >= 0 for i in range(len(inner)))
    kind = (
        StatementKind.DIRECT
        if caps
        else (StatementKind.MIXED if quoted else StatementKind.INDIRECT)
    )
    tok = w.toks[colon]
    return [Attribution(w.s, speaker, ":", "colon", tok.start, tok.end, start, end, kind)]


def claim_noun(w: SentenceView, found: list[Attribution]) -> list[Attribution]:
    """``Jane Roe's claim that ...`` / ``his warning that ...``: a possessive names the
    author of a claim noun followed by "that"."""
    out: list[Attribution] = []
    if "that" not in w.lows or w.lex.claim_nouns.isdisjoint(w.lows):
        return out  # no "that" or no claim noun in the sentence: nothing to look at
    taken = [(a.content_start, a.content_end) for a in found]
    for k in range(1, w.n - 2):
        if w.lows[k] not in w.lex.claim_nouns or w.lows[k + 1] != "that" or not w.free(k):
            continue
        author: Mention | None = None
        if w.lows[k - 1] in ("'s", "’s", "'") and k >= 2:
            author = w.ending_at.get(k - 1)
        elif w.lows[k - 1] in w.words.co_speaker_possessives:
            author = Mention(w.s, k - 1, k, PRONOUN, w.lex.gendered.get(w.lows[k - 1], "they"))
            author.gender = w.lex.gendered.get(w.lows[k - 1])
        if author is None:
            continue
        c = Cue(k, k + 1, w.lows[k], w.toks[k].text)
        made = make(w, author, c, content_after(w, c, w.n))
        if made is None or any(s <= made.content_start < e for s, e in taken):
            continue
        out.append(made)
    return out


#: Tokens an apposition between a subject and its verb may run to ("X, R-Ky., delivered").
_APPOSITION = 12


def colon_quotation(w: SentenceView, found: list[Attribution]) -> list[Attribution]:
    """``And the mayor gloated: "We told you so."``: a clause of a subject and its verb, then
    a colon and a quotation, in a sentence with no other attribution. The colon and the marks
    say that the subject speaks; the verb need not be a cue ("gloated", "delivered a blunt
    message to the council", "delivered a snappy retort"), but a verb that is a cue phrase the
    cue patterns (or filters) left alone ("Roe rules out a levy: ...", a headline) leaves the
    sentence alone. A sentence ending
    with such a clause and its colon (``The mayor then listed her reasons:``) keeps its
    subject for the quotation opening the next paragraph (``colon_before``)."""
    if found or ":" not in w.lows:
        return []
    k = next((i for i in range(2, w.n) if w.lows[i] == ":" and w.free(i)), -1)
    if k < 0:
        return []
    ends = k == w.n - 1
    if not (ends or w.is_open_mark(k + 1)) or any(q >= 0 for q in w.s.quote_of[:k]):
        return []
    speaker = subject(w, k)
    if (
        speaker is None
        or speaker.b >= k
        or w.lows[speaker.a] in w.lex.dummy_subjects  # "It seems unfair to tell them:"
        or not w.words.dashes.isdisjoint(w.lows[speaker.b : k])  # "HEADLINE - Jane Roe:"
    ):
        return []
    v = _verb_after(w, speaker.b, k)
    if v < 0 or w.clex.cues.match(w.lows, v) is not None:
        return []  # the verb is a cue phrase that the cue patterns (or filters) left alone
    c = Cue(v, v + 1, w.lows[v], w.toks[v].text)
    if ends:
        if w.colon is None:
            w.colon = (speaker, c)  # the quotation follows in the next paragraph
        return []
    got = span_kind(w, k + 1, w.n)
    if got is None or got[2] is StatementKind.INDIRECT:
        return []
    start, end = w.cue_at(c)
    return [Attribution(w.s, speaker, c.text, c.lemma, start, end, *got)]


def _verb_after(w: SentenceView, b: int, k: int) -> int:
    """The finite verb right after a subject ending at token *b*, before token *k*: past or
    -s form (``past_suffixes``, ``s_form_suffixes``, ``irregular_past``), maybe after an
    apposition between commas and adverbs; -1 when there is none."""
    j = b
    if j < k and w.lows[j] == ",":
        # "X, R-Ky., delivered" (the tag inside the mention) or "X, in a letter, wrote"
        close = next((i for i in range(j + 1, min(k, j + _APPOSITION)) if w.lows[i] == ","), -1)
        if _finite(w, j + 1, k):
            return j + 1
        if close < 0:
            return -1
        j = close + 1
    morph = w.clex.morph
    while j < k and (w.lows[j] in w.lex.cue_adverbs or morph.is_adverb(w.lows[j])):
        j += 1
    return j if _finite(w, j, k) else -1


def _finite(w: SentenceView, j: int, k: int) -> bool:
    """Whether token *j* (before *k*) is a lower-case past or -s verb form."""
    if j >= k or not w.free(j) or not w.toks[j].is_word or w.toks[j].is_cap:
        return False
    low, morph = w.lows[j], w.clex.morph
    return morph.is_past(low) or morph.is_s_form(low) or low in w.words.irregular_past


#: The sentence patterns in order, run after the cue patterns.
SENTENCE_PATTERNS: tuple[SentencePattern, ...] = (
    dash_signature,
    colon_label,
    claim_noun,
    colon_quotation,
)
