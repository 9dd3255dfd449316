"""Speaker search: the mention naming who speaks, before or after a cue.

``speaker_before`` looks left of a cue (``Jane Roe said``, ``Critics of the plan said``,
``X, 61, of Uppsala, said``), ``speaker_after`` right of it (``said Jane Roe``), ``subject``
finds the main clause's subject, and ``co_speakers`` the joint speakers of a list
(``A, B and C said``).
"""

from __future__ import annotations

from .._mentions import PRONOUN, Mention
from ._view import SentenceView

__all__ = [
    "co_speakers",
    "np_after",
    "possessed_plural",
    "share_before",
    "speaker_after",
    "speaker_before",
    "subject",
]

#: Tokens a share of people speaking may run to ("as many as 40 percent of Clinton voters").
_SHARE_SPAN = 12
#: Words of a noun phrase after a share ("of those surveyed", "Democratic voters overall").
_SHARE_TAIL = 7


def speaker_before(
    w: SentenceView, a: int, floor: int, lemma: str = "say"
) -> tuple[Mention | None, int]:
    """The mention naming the speaker, ending just before token *a* (skipping adverbs,
    a relative pronoun, or an apposition between commas). Returns (mention, start index).
    """
    m, start = _speaker_before(w, a, floor, lemma)
    if m is None:
        # "Critics of the plan said": no mention ends at the cue; look past the phrase (not
        # past "and": "X caucused in Ashton and says" is X's second verb, `coordinated`'s)
        stops = w.words.hard_stops
        first = a - 1 if _after_coordinator(w, a, floor) else max(floor, a - 7)
        for k in range(a - 1, first, -1):
            if not w.free(k) or w.lows[k] in stops:
                break
            head = _pp_head(w, k, floor)
            if head is not None:
                return head, head.a
        return m, start
    # "Forty percent of farmers said": the share speaks, not the group it is a share of
    if m.kind != PRONOUN and m.a > floor + 1 and w.lows[m.a - 1] in w.words.share_ratio_links:
        share = share_before(w, m.b, floor)
        if share is not None and share.a < m.a:
            return share, share.a
    # "Farmers across the region said": the phrase's head speaks, not the object of
    # its preposition
    for _ in range(2):
        if m.kind == PRONOUN:
            break
        p = m.a - 1
        place = w.ending_at.get(m.a)
        if place is not None and place.kind == "government" and place.a > floor:
            p = place.a - 1  # "the president of the US Federal Reserve": a country modifier
        if p > floor and w.lows[p] in w.words.np_determiners:
            p -= 1
        head = _pp_head(w, p, floor)
        if head is None:
            break
        start = head.a if start == m.a else start
        m = head
    subj = _before_audience(w, m, floor)
    if subj is not None:
        return subj, subj.a
    return m, start


def _after_coordinator(w: SentenceView, a: int, floor: int) -> bool:
    """Whether the cue at token *a* follows a word of ``verb_coordinators``, maybe across
    adverbs ("and says", "and then repeatedly said")."""
    k = a
    while k > floor + 1 and (
        w.clex.morph.is_adverb(w.lows[k - 1]) or w.lows[k - 1] in w.lex.cue_adverbs
    ):
        k -= 1
    return k > floor and w.lows[k - 1] in w.words.verb_coordinators and w.free(k - 1)


def _before_audience(w: SentenceView, m: Mention, floor: int) -> Mention | None:
    """The subject before a phrase ending in an addressee ("X in a letter to the council
    said": X, not the council), when *m* follows a word of ``audience_prepositions``."""
    p = m.a - 1
    if p > floor and w.lows[p] in w.words.np_determiners:
        p -= 1
    if m.kind == PRONOUN or p <= floor or w.lows[p] not in w.words.audience_prepositions:
        return None
    if "," in w.lows[m.a : m.b]:
        return None  # "to the council, Mayor Jane Roe, said": the holder after the role speaks
    stops = w.words.hard_stops
    for prev in reversed(w.mentions):
        if prev.b > p or prev is m:
            continue
        if prev.a < floor or p - prev.b > 10:
            return None
        k = prev.a - 1
        if k > floor and w.lows[k] in w.words.np_determiners | w.lex.indefinites:
            k -= 1
        if k >= floor and w.lows[k] in w.words.prepositions:
            continue  # "in a letter": inside the phrase
        # "X in a letter to the council said", "a source speaking to the Courier said"
        after = prev.b + 1 if w.clex.morph.is_gerund(w.lows[prev.b]) else prev.b
        if w.lows[after] in w.words.prepositions and all(
            w.free(k) and w.lows[k] not in stops for k in range(prev.b, p)
        ):
            return prev
        return None
    return None


def _pp_head(w: SentenceView, p: int, floor: int) -> Mention | None:
    """The mention a preposition at *p* attaches to ("Critics" in "Critics of ...")."""
    if p <= floor or w.lows[p] not in w.words.pp_links or not w.free(p):
        return None
    head = w.ending_at.get(p)
    if (
        head is None
        or head.a < floor
        or head.kind == PRONOUN
        # "a statement from the ministry said": a document conveys its source's words
        or (head.kind == "organization" and not w.toks[head.b - 1].is_cap)
    ):
        return None
    return head


def _speaker_before(w: SentenceView, a: int, floor: int, lemma: str) -> tuple[Mention | None, int]:
    """The search of :func:`speaker_before`, before its prepositional-phrase corrections."""
    j = a
    # "X on Thursday rejected", "X last week said": a time between speaker and cue
    if j - 2 > floor and w.lows[j - 2] == "in" and w.lows[j - 1].isdigit():
        j -= 2  # "who in 2010 said"
    if (j - 2 > floor and w.lows[j - 2] == "on" and w.lows[j - 1] in w.lex.days) or (
        j - 2 > floor
        and w.lows[j - 2] in w.words.time_deictics
        and w.lows[j - 1] in w.words.time_units
    ):
        j -= 2
    while (
        j > floor
        and (
            w.lows[j - 1] in w.lex.cue_adverbs
            or (w.clex.morph.is_adverb(w.lows[j - 1]) and not w.toks[j - 1].is_cap)
            or w.lows[j - 1] in w.lex.days  # "X later Thursday told"
        )
        and j not in w.ending_at
    ):
        j -= 1
    if j > floor and w.lows[j - 1] == ")" and j not in w.ending_at:
        k = j - 2
        while k > floor and j - k < 10 and w.lows[k] != "(":
            k -= 1
        if k > floor and w.lows[k] == "(":
            j = k
    relative = j > floor and w.lows[j - 1] in w.words.relative_pronouns
    if relative:
        j -= 1
        if j > floor and w.lows[j - 1] == ",":
            j -= 1
    m = w.ending_at.get(j)
    if m is not None and m.a >= floor:
        return m, m.a
    if j > floor + 1 and w.lows[j - 1] == ",":
        # "The Transport Secretary, Jane Roe, said": the name between the commas
        named = w.ending_at.get(j - 1)
        if (
            named is not None
            and named.a > floor
            and named.kind in ("person", "unknown")
            # '"...," Jane Roe, D-Ohio, said': a name with its party tag after the quotation
            and (w.lows[named.a - 1] == "," or (named.tag and w.is_close_mark(named.a - 1)))
        ):
            return named, named.a
    if j > floor and w.lows[j - 1] == ",":
        # "X, 61, of Uppsala, who runs the bank, said": the subject before the appositions
        subj = subject(w, j)
        if (
            subj is not None
            and subj.a >= floor
            and subj.b < j
            and w.lows[subj.b] == ","
            and all(w.free(x) for x in range(subj.b, j))
        ):
            return subj, subj.a
        # "X, accused by critics of ..., said": skip back over the apposition
        k = j - 2
        while k > floor and j - k < 30 and w.lows[k] != "," and w.free(k):
            k -= 1
        if k > floor and w.lows[k] == ",":
            m = w.ending_at.get(k)
            if m is not None and m.a >= floor:
                return m, m.a
    # "Protesters marching through the streets chanted ...": a participle phrase between
    stops = w.words.hard_stops
    for k in range(j - 1, max(floor, j - 8), -1):
        if not w.free(k) or w.lows[k] in stops:
            break
        m = w.ending_at.get(k)
        if (
            m is not None
            and m.a >= floor
            and m.kind != PRONOUN
            and k < j - 1
            and w.clex.morph.is_gerund(w.lows[k])
            and w.toks[k].is_word
        ):
            return m, m.a
    if lemma not in w.lex.noun_phrase_speakers:
        return None, j
    # "the mayor's aides say"; not "Roe's relatives, who asked X to ..., watched"
    held = None if relative else possessed_plural(w, j, floor)
    if held is not None:
        return held, held.a
    # "three in 10 said": the ratio is no time ("who in 2010 said")
    share = share_before(w, j, floor) or (share_before(w, a, floor) if j != a else None)
    if share is not None:
        return share, share.a
    return _np_before(w, j, floor), j


def possessed_plural(w: SentenceView, j: int, floor: int) -> Mention | None:
    """ "the mayor's confidants say", "Roe's associates insist": a plural noun right after
    the possessive ending a mention, before token *j*; a group mention from the possessor
    on, or None."""
    if j < 3 or not w.free(j - 1) or not w.toks[j - 1].is_word:
        return None
    if not w.clex.morph.is_plural(w.lows[j - 1]) or w.lows[j - 2] not in w.words.possessive_markers:
        return None
    owner = w.ending_at.get(j - 2)
    if owner is None or owner.a < floor or owner.kind == PRONOUN:
        return None
    if owner.a > floor and w.lows[owner.a - 1] not in w.words.subject_openers:
        return None  # "who oversees the group's activities, said": no subject of its own
    m = Mention(w.s, owner.a, j, "group", w.text[owner.start : w.toks[j - 1].end])
    m.plural = True
    return m


def _share_word(w: SentenceView, low: str) -> str | None:
    """ "num" for a number ("47", "1,200", "thirty-one"), "frac" for a fraction ("half",
    "two-thirds"), else None."""
    if any(ch.isdigit() for ch in low):
        return "num" if all(ch.isdigit() or ch in ",.%" for ch in low) else None
    parts = low.split("-")
    if all(p in w.words.share_numbers for p in parts):
        return "num"
    if parts[-1] in w.words.share_fractions and all(p in w.words.share_numbers for p in parts[:-1]):
        return "frac"
    return None


def _share_core(w: SentenceView, i: int, j: int) -> int:
    """Where the share opening at token *i* ends ("47 percent", "three in 10", "half",
    "two thirds"), before *j*; -1 when the words there are no share."""
    lows = w.lows
    while i < j and lows[i] in w.words.share_approximators and _share_word(w, lows[i]) is None:
        if lows[i] in w.words.share_fractions:
            break  # "most" is a fraction, "as many as" approximates
        i += 1
    if i >= j:
        return -1
    kind = _share_word(w, lows[i])
    if kind is None and lows[i] in w.words.share_fractions:
        kind = "frac"
    if kind is None:
        return -1
    i += 1
    if kind == "frac":
        return i
    if i < j and lows[i] in w.words.share_fractions:
        return i + 1  # "two thirds"
    if i < j and lows[i] in w.words.share_units:
        while i < j and lows[i] in w.words.share_units:
            i += 1
        return i
    # "three in 10", "eight out of 10": a ratio
    k = i
    while k < j and k - i < 2 and lows[k] in w.words.share_ratio_links:
        k += 1
    if k > i and k < j and _share_word(w, lows[k]) == "num":
        return k + 1
    return -1  # a bare number ("In 2012 said") is no share


def share_before(w: SentenceView, j: int, floor: int) -> Mention | None:
    """A share of people speaking, ending just before token *j*: "47 percent said", "about
    three in 10 said", "nearly half of voters say", "most said", "64 percent who say". The
    share opens its clause (the sentence, a comma, a conjunction, a subordinator) or a
    relative pronoun follows it. A plural group mention, or None."""
    lows = w.lows
    rel = j < w.n and lows[j] in w.words.relative_subjects
    for k in range(max(floor, j - _SHARE_SPAN), j):
        if not (
            k == 0
            or lows[k - 1] in w.words.subject_openers
            or lows[k - 1] in w.words.subordinators
            or rel
        ):
            continue
        if not all(
            w.free(x) and (w.toks[x].is_word or _share_word(w, lows[x]) == "num")
            for x in range(k, j)
        ):
            continue
        # "most said", "others say": a quantifier alone
        end = j if j - k == 1 and lows[k] in w.words.share_pronouns else _share_core(w, k, j)
        if end < 0 or j - end > _SHARE_TAIL or (rel and end < j):
            continue  # "a majority of those who said": the relative clause picks them out
        if any(
            lows[x] in w.words.relative_pronouns or lows[x] in w.words.content_openers
            for x in range(end, j)
        ):
            continue
        last = lows[j - 1]
        if end < j and not (w.clex.morph.is_plural(last) or w.clex.morph.is_past(last)):
            continue  # "47 percent of voters", "of those surveyed"; not "half the time"
        m = Mention(w.s, k, j, "group", w.text[w.toks[k].start : w.toks[j - 1].end])
        m.plural = True
        return m
    return None


def _np_before(w: SentenceView, j: int, floor: int) -> Mention | None:
    """A plain noun phrase right before the cue ("the bill's sponsors said")."""
    if j <= floor or not w.free(j - 1):
        return None
    last = w.toks[j - 1]
    if not last.is_word or last.low in w.lex.not_names or last.low in w.lex.stopwords:
        return None
    dets = w.words.np_determiners | w.lex.indefinites
    k = j - 1
    while (
        k > floor
        and j - k < 5
        and w.free(k - 1)
        and w.toks[k - 1].is_word
        and (w.lows[k - 1] not in w.lex.not_names or w.lows[k - 1] in dets)
    ):
        k -= 1
        if w.lows[k] in dets:
            break
    if (
        w.lows[k] not in dets
        and k > floor
        and w.lows[k - 1] not in w.words.speaker_links
        and k != floor
    ):
        return None
    name_a = k + 1 if w.lows[k] in w.words.np_determiners else k
    if name_a >= j:
        return None
    text = " ".join(t.text for t in w.toks[name_a:j])
    plural = w.clex.morph.is_plural(last.low)
    m = Mention(w.s, k, j, "group" if plural else "organization", text)
    m.plural = plural
    m.det = w.lows[k] if k < name_a else None
    return m


def speaker_after(w: SentenceView, b: int) -> Mention | None:
    """The mention naming the speaker right after token *b* ("said Jane Roe", "said the Rev.
    Jane Roe", "said he."), skipping a few lower-case words of description."""
    m = w.starting_at.get(b)
    k = b
    # "said the Rev. Jane Roe", "said 9/11 widow Jane Roe", "said longtime pollster X"
    while (
        m is None
        and k < w.n
        and k - b < 5
        and w.free(k)
        and w.lows[k] not in w.words.hard_stops
        and w.lows[k] != "."
        and not w.toks[k].is_cap
    ):
        k += 1
        m = w.starting_at.get(k)
    if m is None and k < w.n and k - b < 5 and w.toks[k].is_cap and w.lows[k] in w.lex.not_names:
        # "said one New Hampshire Democrat": a capitalised word that is no name ("New")
        # before the mention (the one the search before a cue finds too: "Hampshire Democrat")
        m = w.starting_at.get(k + 1)
        if m is not None and m.kind == PRONOUN:
            m = None
    if m is not None and m.kind != PRONOUN:
        return m
    if m is not None and m.kind == PRONOUN and (m.b >= w.n or w.lows[m.b] in ".,"):
        return m  # "said he."
    return None


def subject(w: SentenceView, before: int) -> Mention | None:
    """The subject of the sentence's main clause: its first mention, before *before*. A
    dateline ("CITY (Agency) —") and a capitalised adverb or -ing word opening the sentence
    ("Shortly after, ...", "Facing criticism, ...") are no subject."""
    opens = _dateline_end(w)
    phrase = -1  # the comma ending an opening phrase ("In response to X's plan, Y said")
    for m in w.mentions:
        if m.a >= before:
            return None
        if m.represents is not None and m.represents.a == m.a:
            continue  # the possessor of "X's spokesman" is not the subject
        head = m.a
        if m.b <= opens:
            continue
        if head == opens and _opening_word(w, m):
            phrase = _comma_after(w, m.b, before)
            continue
        if phrase < 0 and opens > 0 and head > opens:
            phrase = _comma_after(w, opens, before)
        if head < phrase:
            continue  # a name inside the opening phrase
        # the subject opens the sentence, or follows an opening adverbial and a comma
        # (after a quotation too: a doubled-apostrophe mark ('') is no subject opener word)
        opener = head > 0 and (
            w.lows[head - 1] in w.words.subject_openers or w.is_close_mark(head - 1)
        )
        if (head == opens or opener) and (m.kind != "role" or m.det == "the" or m.title):
            return m
        return None
    return None


def _comma_after(w: SentenceView, k: int, before: int) -> int:
    """The first comma at or after *k*, before *before* (``before`` itself when none)."""
    while k < before and w.free(k) and w.lows[k] != ",":
        k += 1
    return k


def _dateline_end(w: SentenceView) -> int:
    """Where the sentence starts after a dateline: "WASHINGTON (Agency) — ...",
    "CITY, Dec. 8 (Agency) — ..." (a capitalised place, then a dash within a few words), else 0."""
    first = w.starting_at.get(0)
    if first is None or first.kind != "government" or w.n < 4:
        return 0
    if not (w.toks[0].text.isupper() or w.lows[first.b] in w.words.dateline_marks):
        return 0
    for k in range(first.b, min(w.n - 1, first.b + 10)):
        if not w.free(k):
            return 0
        if w.lows[k] in w.words.dashes:
            return k + 1
    return 0


def _opening_word(w: SentenceView, m: Mention) -> bool:
    """A one-word unknown mention that is a capitalised adverb or -ing form before a
    lower-case word ("Shortly after, ...", "Facing criticism, ...")."""
    low = w.lows[m.a]
    return (
        m.kind == "unknown"
        and m.b == m.a + 1
        and m.b < w.n
        and w.toks[m.b].is_word
        and not w.toks[m.b].is_cap
        and (w.clex.morph.is_adverb(low) or w.clex.morph.is_gerund(low))
    )


def np_after(w: SentenceView, b: int) -> Mention | None:
    """The source after "according to" when it names no known kind of actor: the noun
    phrase up to the next comma ("according to court documents filed on Monday")."""
    k = b
    while k < w.n and k - b < 12 and w.free(k) and w.lows[k] not in (",", ".", ";", ":"):
        k += 1
    a = b + 1 if b < w.n and w.lows[b] in w.words.articles else b
    if k <= a or not any(t.is_word for t in w.toks[a:k]):
        return None
    name = " ".join(t.text for t in w.toks[a:k])
    m = Mention(w.s, b, k, "organization", name)
    m.det = w.lows[b] if a > b else None
    return m


def co_speakers(w: SentenceView, m: Mention | None) -> list[Mention]:
    """Joint speakers: "Jane Roe and her Dutch counterpart John Doe said", "A, B and C said"."""
    out: list[Mention] = []
    if m is None or m.kind == PRONOUN:
        return out
    k = m.a
    while len(out) < 12:
        j = k
        if j > 0 and w.lows[j - 1] in w.words.co_speaker_possessives:
            j -= 1
        elif j > 1 and w.lows[j - 1] in w.words.articles and w.free(j - 1):
            j -= 1  # "the BBC and The Times reported": an article before the name
        if j <= 0 or w.lows[j - 1] not in w.words.coordination or not w.free(j - 1):
            break
        if not out and w.lows[j - 1] == ",":
            break  # a list ends with "and": "In an interview with the BBC, Roe said"
        prev = w.ending_at.get(j - 1)
        if prev is None or prev is m or prev.kind == PRONOUN or prev in out:
            break
        out.append(prev)
        k = prev.a
    return out
