"""Content boundaries: where the reported words start and end, and how they are reported.

``content_after`` finds the content following a cue (``said (that) ...``, ``told reporters:
"..."``) and trims it to the reported clause; ``content_close`` the end of a content before a
post-posed attribution; ``clause_limit`` where the next attribution of the sentence begins;
``span_kind`` the character span and kind (direct, indirect, mixed) of a token range; ``make``
an :class:`Attribution` from all of these.
"""

from __future__ import annotations

from ...model import StatementKind
from .._mentions import Mention
from .._text import CLOSE_MARKS
from ._records import Attribution, Cue
from ._speakers import share_before
from ._view import SentenceView

__all__ = ["clause_limit", "content_after", "content_close", "make", "span_kind"]

_TRIM_SCAN = 120  # tokens searched for the end of a reported clause
_ASIDE = 16  # tokens searched for the end of a parenthetical or an embedded relative clause
_DASHES = ("—", "--", "–")
#: The punctuation ``_trim`` stops at or looks past (with "and" and the closing marks)
_TRIM_STOPS = frozenset((",", ";", *_DASHES))
_BRACKETS = ("(", "[")
_NAMED_GAP = 10  # tokens between a naming cue's object and its quotation ("Clinton, his rival,")
_GAP = 8  # words allowed between a closing quotation and its speaker ("panel Chairman X")


def _end_of(w: SentenceView, i: int) -> int:
    return w.toks[i - 1].end


def span_kind(w: SentenceView, a: int, b: int) -> tuple[int, int, StatementKind] | None:
    """Character span and kind of the content in tokens [a, b)."""
    while a < b and w.lows[a] in w.words.content_leading and w.free(a):
        a += 1
    while b > a and w.free(b - 1) and w.toks[b - 1].text in ".,;:!?—–-":
        b -= 1
    if b <= a:
        return None
    quoted = w.qo[a:b]
    if quoted.count(-1) == b - a:
        return w.toks[a].start, _end_of(w, b), StatementKind.INDIRECT
    # exactly one quotation, with only its marks around it: direct
    inner = set(quoted)
    inner.discard(-1)
    if len(inner) == 1:
        qi = next(iter(inner))
        q = w.s.quotes[qi]
        # any unquoted token besides the quotation's own marks? (only those tokens are read)
        outside = False
        toks, j = w.toks, -1
        for _ in range(quoted.count(-1)):
            j = quoted.index(-1, j + 1)
            t = toks[a + j]
            if not (q.start <= t.start < q.inner_start or q.inner_end < t.end <= q.end):
                outside = True
                break
        if not outside:
            start, end = q.inner_start, min(q.inner_end, w.s.end)
            while end > start and w.text[end - 1] in " ,;:—–":
                end -= 1
            while start < end and w.text[start].isspace():
                start += 1
            if end > start:
                return start, end, StatementKind.DIRECT
    start = w.toks[a].start
    end = _end_of(w, b)
    return start, end, StatementKind.MIXED


def content_after(w: SentenceView, c: Cue, limit: int) -> tuple[int, int] | None:
    """Token range of the content following cue *c*, up to token *limit* or the end of
    the reported clause ("...; a dash", ", but he also ...")."""
    rng = _content_after(w, c, limit)
    if rng is None:
        return None
    a, b = _trim(w, *rng)
    b = _parallel_verb(w, c, a, b)
    b = _fronted_clause_end(w, c, a, b)
    b = _naming_end(w, c, a, b)
    return a, _without_gloss(w, a, b)


def _naming_end(w: SentenceView, c: Cue, a: int, b: int) -> int:
    """The end of the content [a, b) of a naming cue (``naming_cues``) at the quotation
    naming its object, when one opens within a few words and the reporter's narration
    resumes after it: a participle, an apposition or a new subject after a comma ('called
    him a "fraud," pointing to ...' is 'him a "fraud,"'; '"a moderate," a subtle dig'), a
    bracket or dash, or "and"/"but" with a new subject ('"rapists" and he ...'); or at once
    when the quotation opens the content (the named thing came before the cue: 'what he
    called "a betrayal" in his speech'). Quotations joined by "and" or a comma are one
    naming ('as "reckless" and "cruel"', '"a bully," a "cheat"'); words modifying the naming
    stay with it ('"a mistake" made by ...', '"a step" in efforts to ...')."""
    if c.lemma not in w.words.naming_cues or not w.quoted:
        return b
    qo = w.qo
    k = a
    while k < b and k - a <= _NAMED_GAP and qo[k] < 0:
        k += 1
    if k >= b or qo[k] < 0:
        return b
    # no object before the quotation: the named thing came before the cue ('what she
    # called "a betrayal" in her speech', 'which he called "a disgrace" - but ...')
    bare = k - a <= 1 or (k - a == 2 and w.lows[a] in w.words.articles)
    end = _quotation_end(w, k, b)
    while end + 1 < b:
        if w.lows[end] in w.words.coordination:
            k = end + 1
        elif w.lows[end - 2] == ",":
            k = end  # '"a nasty guy," an "anchor baby"': a comma inside the quotation
        else:
            break
        if k + 1 < b and w.lows[k] in w.words.np_determiners:
            k += 1  # 'a "liar" and a "fraud"'
        if not w.is_open_mark(k):
            break
        end = _quotation_end(w, k + 1, b)  # 'as "reckless" and "cruel"'
    return end if end < b and (bare or _narration_resumes(w, end, b)) else b


def _narration_resumes(w: SentenceView, end: int, b: int) -> bool:
    """Whether the reporter's own words start at token *end*, right after a closing mark:
    a participle after a comma (inside the quotation or after it), a bracket, or a
    coordinator and a new subject."""
    lows = w.lows
    nxt = lows[end]
    if nxt in _BRACKETS or nxt in _DASHES:
        return True
    if nxt == "," and end + 1 < b:
        return _resumes_after_comma(w, end + 1)
    if end >= 2 and lows[end - 2] == "," and _resumes_after_comma(w, end):
        return True
    return (
        nxt in w.words.verb_coordinators
        and end + 1 < b
        and lows[end + 1] in w.words.new_clause_subjects
        and w.free(end + 1)
    )


def _resumes_after_comma(w: SentenceView, k: int) -> bool:
    """Whether the narration resumes at token *k* after a comma: a participle ("pointing
    to"), an apposition ("a subtle dig at ..."), a new subject ("she said") or a
    coordinator ("and his office ...")."""
    low = w.lows[k]
    return w.free(k) and (
        w.clex.morph.is_gerund(low)
        or low in w.words.articles
        or low in w.words.new_clause_subjects
        or low in w.words.verb_coordinators
    )


def _quotation_end(w: SentenceView, k: int, b: int) -> int:
    """The token after the closing mark of the quotation holding token *k* (or *b*)."""
    qi = w.qo[k] if w.qo[k] >= 0 else (w.qo[k + 1] if k + 1 < b else -1)
    if qi < 0:
        return b
    close = w.s.quotes[qi].end
    e = k
    while e < b and w.toks[e].start < close:
        e += 1
    return e


def _fronted_clause_end(w: SentenceView, c: Cue, a: int, b: int) -> int:
    """The end of a content inside a fronted adverbial clause: in "While the mayor said the
    levy was fair, her aides voted against it" the clause, and the content, end at the first
    comma after the cue. Only when the sentence opens with a subordinator
    (``fronted_subordinators``, maybe after one of ``fronted_adverbs``: "Even as") and no
    comma comes between it and the cue ("As a rule, the mayor said ..." stays as it is)."""
    first = 0
    while first < c.a and not w.toks[first].is_word:
        first += 1
    if first + 1 < c.a and w.lows[first] in w.words.fronted_adverbs:
        first += 1  # "Even as the mayor said ..."
    if first >= c.a or w.lows[first] not in w.words.fronted_subordinators:
        return b
    for k in range(first + 1, c.a):
        if w.lows[k] == "," and w.free(k):
            return b
    if c.b < w.n and w.lows[c.b] == "," and a > c.b:
        return b  # "As the Courier reported, the levy ..., and ...": the clause ends at the cue
    words = 0
    for k in range(a, min(b, a + _TRIM_SCAN)):
        if w.lows[k] == "," and w.free(k) and words >= 3:
            return k
        words += w.toks[k].is_word
    return b


def _parallel_verb(w: SentenceView, c: Cue, a: int, b: int) -> int:
    """The end of the content [a, b) before a second verb of the cue's own subject that
    repeats the auxiliary before the cue ("has said the port is safe and has asked the board
    to reopen it"): the verb phrases are joined, the content is only the first one's."""
    aux = c.a - 1
    if aux < 0 or w.lows[aux] not in w.words.question_auxiliaries:
        return b
    words = 0
    for k in range(a, min(b, a + _TRIM_SCAN) - 1):
        if not w.free(k):
            words += w.toks[k].is_word
            continue
        if (
            words >= 3
            and w.lows[k] in w.words.verb_coordinators
            and w.lows[k + 1] == w.lows[aux]
            and _verb_after(w, k + 2, b)
        ):
            return k
        words += w.toks[k].is_word
    return b


def _verb_after(w: SentenceView, k: int, b: int) -> bool:
    """Whether a verb form (-ed, -ing, an irregular past, a form of "be") starts at token *k*
    after any adverbs ("has also asked", "has quietly voted"), so an auxiliary before it is
    no main verb ("and has more ships")."""
    while k < b and (w.lows[k] in w.lex.cue_adverbs or w.clex.morph.is_adverb(w.lows[k])):
        k += 1
    if k >= b or not w.free(k):
        return False
    low = w.lows[k]
    morph = w.clex.morph
    return (
        morph.is_past(low)
        or morph.is_gerund(low)
        or low in w.words.irregular_past
        or low in w.words.past_cues
        or low in w.words.be_forms
    )


def _without_gloss(w: SentenceView, a: int, b: int) -> int:
    """The end of an indirect content without a relative clause or a summing-up apposition
    closing it: in "said the bill would help Jane Roe, who faces a primary in May" and "said
    the plant would close, a blow to the town" the reporter glosses the last words. Only
    the content's last comma is tried, so a relative clause closed by a comma ("Jane Roe,
    who ..., would resign") stays."""
    last = -1
    qo, lows = w.qo, w.lows
    for k in range(b - 1, max(a, b - _TRIM_SCAN), -1):
        if qo[k] >= 0:
            return b
        if lows[k] == ",":
            last = k
            break
    if last < 0 or last + 1 >= b:
        return b
    opener = w.lows[last + 1]
    # "..., a blow to the town": a summing-up apposition after a common noun; after a name
    # ("Open Door, a charity she founded") the apposition names what the speaker meant
    summary = opener in w.words.trailing_glosses and not w.toks[last - 1].is_cap
    if opener not in w.words.trailing_relatives and not summary:
        return b
    words = sum(1 for k in range(a, last) if w.toks[k].is_word)
    return last if words >= 3 else b


def _trim(w: SentenceView, a: int, b: int) -> tuple[int, int]:
    """The content [a, b) cut at the end of the reported clause."""
    openers, past, irregular = w.words.clause_openers, w.words.past_cues, w.words.irregular_past
    words = 0
    skip = -1  # the end of a parenthetical or an embedded relative clause gone past
    lows, toks, qo = w.lows, w.toks, w.qo
    for k in range(a, min(b, a + _TRIM_SCAN)):
        low = lows[k]
        if (
            k <= skip
            or qo[k] >= 0
            # no test below fires on a word that is no stop, "and" or a closing mark
            or (low not in _TRIM_STOPS and low != "and" and toks[k].text not in CLOSE_MARKS)
        ):
            words += toks[k].is_word
            continue
        if low in _DASHES:
            skip = _closing_dash(w, k, b)
            if skip > k:
                continue  # "said the levy - a tax on trucks - was fair"
        elif low == "," and k + 1 < b and w.lows[k + 1] in openers:
            skip = _embedded_relative(w, k, b)
            if skip > k:
                continue  # "said the levy, which the board approved, was fair"
        if words >= 3 and (
            low in (";", *_DASHES)
            or (
                low == ","
                and k + 1 < b
                and w.lows[k + 1] in openers
                and not _second_clause(w, k, b)
            )
            or (
                low == ","
                and k + 2 < b
                and w.lows[k + 1] in w.words.verb_coordinators
                and w.lows[k + 2] in w.words.new_clause_subjects
                and w.free(k + 2)
            )
        ):
            return a, k
        if (
            (words >= 3 or (k > a and w.is_close_mark(k - 1)))
            and low == "and"
            and k + 1 < b
            and w.free(k + 1)
            and not w.toks[k + 1].is_cap
            and (
                (
                    w.lows[k + 1] in w.lex.speech_cues
                    and (
                        w.clex.morph.is_past(w.lows[k + 1])
                        or w.lows[k + 1] in past
                        or any(w.is_close_mark(x) for x in range(a, k))
                    )
                )
                # 'chanted "Go home" and kept marching': after a quotation, a new verb
                or (
                    w.is_close_mark(k - 1)
                    and (
                        w.clex.morph.is_past(w.lows[k + 1])
                        or w.clex.morph.is_gerund(w.lows[k + 1])
                        or w.lows[k + 1] in irregular
                    )
                )
            )
        ):
            return a, k  # "X tweeted that A and encouraged B": the main clause goes on
        if (
            words >= 2
            and w.is_close_mark(k)
            and k + 1 < b
            and ((w.lows[k - 1] == "," and w.lows[k + 1] in openers) or w.lows[k + 1] in w.lex.days)
        ):
            return a, k + 1  # '"jobs, jobs, jobs," but he also ...', '"a disgrace" Wednesday'

        if w.toks[k].is_word:
            words += 1
    return a, b


def _closing_dash(w: SentenceView, k: int, b: int) -> int:
    """The dash closing a parenthetical opened by the dash at token *k* ("the levy - a tax
    on trucks - was fair"): the next dash of the same kind within ``_ASIDE`` tokens, before
    *b*, a semicolon or a quotation; -1 when there is none (the dash ends the clause)."""
    for j in range(k + 1, min(b - 1, k + 1 + _ASIDE)):
        if not w.free(j) or w.lows[j] == ";":
            return -1
        if w.lows[j] in _DASHES:
            return j if w.lows[j] == w.lows[k] and j > k + 1 else -1
    return -1


def _embedded_relative(w: SentenceView, k: int, b: int) -> int:
    """The comma closing a relative clause opened at the comma at token *k* inside its
    clause's subject ("the levy, which the board approved, was fair"): the next comma,
    within ``_ASIDE`` tokens and before *b*, followed by a word of ``relative_resumers``;
    -1 otherwise (the relative clause ends the content or opens a new one)."""
    if w.lows[k + 1] not in w.words.relative_pronouns:
        return -1
    for j in range(k + 2, min(b - 1, k + 1 + _ASIDE)):
        if not w.free(j) or w.lows[j] in (";", *_DASHES):
            return -1
        if w.lows[j] == ",":
            return j if w.lows[j + 1] in w.words.relative_resumers and w.free(j + 1) else -1
    return -1


def _second_clause(w: SentenceView, k: int, b: int) -> bool:
    """Whether the comma at token *k* and the clause opener after it begin a second reported
    clause of the same cue ("said the levy would pass, but that the vote would be close"):
    the opener is no cue of its own (", adding that") and a content opener follows it, so the
    speaker's words go on."""
    return (
        k + 2 < b
        and w.lows[k + 1] not in w.lex.speech_cues
        and w.free(k + 2)
        and w.lows[k + 2] in w.words.content_openers
    )


def _content_after(w: SentenceView, c: Cue, limit: int) -> tuple[int, int] | None:
    j = c.b
    start = j
    if c.lemma in w.lex.with_object and j < limit:
        m = w.starting_at.get(j)
        if m is not None:
            j = m.b
        elif w.free(j) and w.toks[j].is_word and w.lows[j] not in w.words.not_addressee:
            # "told reporters", "warned lawmakers"
            k = j
            while (
                k < limit
                and k - j < 3
                and w.free(k)
                and w.toks[k].is_word
                and w.lows[k] not in w.words.addressee_ends
            ):
                k += 1
            j = k
        if j < limit and w.lows[j] == "to":
            j = start  # "urged voters to stay home": the addressee is part of the content
        elif j < limit and j > start and (later := _opener_after(w, j, limit)) > 0:
            j = later  # "told the Valley Courier of Ashton on Saturday that ..."
        elif (
            j < limit
            and w.lows[j] in w.words.object_prepositions
            and c.lemma in w.words.object_preposition_cues
        ):
            j += 1
    if j >= limit:
        return None
    if w.lows[j] in w.words.content_openers or w.is_open_mark(j):
        return j, limit
    if w.lows[j] == "," and w.free(j):
        return j + 1, limit  # "In office, X said, a majority of Americans ..."
    if w.lows[j] in w.words.adjunct_starts or w.lows[j] == ",":
        k = j
        while k < limit and k - j < 14:
            if w.lows[k] in w.words.content_openers and w.free(k):
                return k + 1, limit
            if w.is_open_mark(k):
                return k, limit
            if w.lows[k] == "," and w.free(k) and k > j:
                return k + 1, limit
            if not w.free(k):
                break
            k += 1
    return j, limit


def _opener_after(w: SentenceView, j: int, limit: int) -> int:
    """The content opener ("that") ending a longer addressee or an adjunct after it, within
    a few plain words from token *j* ("told the Valley Courier of Ashton on Saturday that");
    -1 when a stop, a quotation or an -ing form ("accused X of hiding a report that") comes
    first."""
    k = j
    while k < limit and k - j < 14 and w.free(k) and w.lows[k] not in w.words.hard_stops:
        if w.lows[k] in w.words.content_openers:
            return k if k > j else -1
        if w.clex.morph.is_gerund(w.lows[k]):
            return -1
        k += 1
    return -1


def clause_limit(w: SentenceView, c: Cue, nxt: int) -> int:
    """Where the content after cue *c* stops: the sentence end, or the start of the next
    attribution's clause (", adding that", ", he said")."""
    if nxt >= w.n:
        return w.n
    k = nxt
    # walk back over the next cue's speaker and any comma introducing it
    m = w.ending_at.get(k)
    if m is not None:
        k = m.a
    else:
        joined = _joined_clause(w, c.b, nxt)
        if joined >= 0:
            return joined
    while k > c.b and w.lows[k - 1] in w.lex.cue_adverbs:
        k -= 1
    relative = k > c.b and w.lows[k - 1] in w.words.relative_subjects
    if relative:
        k -= 1
    if m is None and not relative:
        # "one in three said A and one in four said B": a share speaks the next cue
        share = share_before(w, k, c.b + 1)
        if share is not None and w.lows[share.a - 1] in w.words.clause_links:
            return share.a - 1
    if k > c.b and w.lows[k - 1] in w.words.clause_links and w.free(k - 1):
        return k - 1
    if relative and c.lemma in w.lex.object_cues:
        # "criticized a builder who said ...": the object ends where the builder's words begin
        return k
    if k > c.b and w.is_close_mark(k - 1) and k >= 2 and w.lows[k - 2] in (",", "?", "!"):
        return k
    return w.n


def _joined_clause(w: SentenceView, lo: int, nxt: int) -> int:
    """The comma of ", and NP said" before the cue at *nxt* whose speaker is no mention
    ("..., and three in ten said ..."): a second attribution joined to the first, which ends
    at that comma. -1 when there is none."""
    if w.clex.morph.is_gerund(w.lows[nxt]) or (nxt > 0 and w.lows[nxt - 1] == "to"):
        return -1
    k = nxt - 1
    while k > lo + 1 and nxt - k <= _GAP:
        if not w.free(k) or w.lows[k] in w.words.hard_stops:
            return -1
        if w.lows[k] in w.words.speaker_links and w.lows[k - 1] == "," and w.free(k - 1):
            return k - 1 if k + 1 < nxt else -1
        k -= 1
    return -1


def make(
    w: SentenceView, speaker: Mention | None, c: Cue, rng: tuple[int, int] | None
) -> Attribution | None:
    """An attribution of the content in token range *rng* to *speaker*, through cue *c*;
    None when there is no range, or the range holds no reported words ("said on Thursday").
    Its ``rule`` is left for the registry to set."""
    if rng is None:
        return None
    got = span_kind(w, *rng)
    if got is None:
        return None
    start, end, kind = got
    if kind is StatementKind.INDIRECT:
        words = [t for t in w.s.between(start, end) if t.is_word]
        if len(words) < 3 or (words[0].low in w.words.preposition_starts and len(words) < 8):
            return None  # "said on Thursday", "joked of the museum": no reported content
    return Attribution(
        w.s, speaker, c.text, c.lemma, w.toks[c.a].start, w.toks[c.b - 1].end, start, end, kind
    )


def content_close(w: SentenceView, s_start: int, floor: int) -> int | None:
    """End of the content before a post-posed attribution: the token after the comma or
    closing mark that ends it, found at most a few unquoted words before the speaker. None
    when a word of ``relatives_before_speaker`` comes between them (", which the mayor
    opposed": the speaker's clause is a relative one, what comes before it is no report)."""
    k = s_start
    while k > floor and s_start - k <= _GAP:
        prev = k - 1
        if (w.lows[prev] == "," and w.free(prev)) or w.is_close_mark(prev):
            return k
        if not w.free(prev) or w.lows[prev] in w.words.hard_stops:
            return None
        if w.lows[prev] in w.words.relatives_before_speaker:
            return None
        k -= 1
    return None
