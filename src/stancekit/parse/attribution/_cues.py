"""Cue finding: the lexicon's cue phrases, minus the uses that are not attributions.

A phrase of the lexicon's cue table is a cue unless one of the filters of :data:`CUE_FILTERS`
says otherwise. The filters run in order; each returns ``True`` (not a cue: "a warning"),
``False`` (a cue, whatever the later filters would say) or ``None`` (no verdict, ask the next
one). A candidate no filter rejects is a cue.
"""

from __future__ import annotations

from collections.abc import Callable

from .._mentions import PERSON, PRONOUN, Mention
from ._records import Cue
from ._speakers import possessed_plural, share_before, speaker_before
from ._view import SentenceView

_PLATFORM_GAP = 7  # words between "used" and "to" ("a major speech on Monday")
_CUT_OFF = 6  # tokens before a quote-bound cue cut off from its quotation ("the crowd chanted")

__all__ = ["CUE_FILTERS", "CueFilter", "decide_cue", "document_verb", "find_cues", "not_a_cue"]

#: A filter: (sentence, first token, end token, lemma) -> True (not a cue), False (a cue,
#: stop asking) or None (no verdict).
CueFilter = Callable[[SentenceView, int, int, str], bool | None]


def _prev(w: SentenceView, a: int) -> str:
    return w.lows[a - 1] if a > 0 else ""


def inside_mention(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A cue word inside a name is part of the name ("the Warning Group")."""
    if w.covered[a] and lemma not in ("according to",):
        return True
    return None


def source_preposition(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """ "according to" is always a cue; none of the verb tests below apply to it. A source
    preposition that also reads as a rate is none before a lower-case word that is no
    determiner, with no plural in its first two words ("$40 per share", "per capita"; "per
    the ministry", "per Reuters", "per multiple outlets" stay)."""
    if lemma not in w.lex.source_prepositions:
        return None
    if lemma in w.words.rate_prepositions and b < w.n:
        nxt = w.toks[b]
        plural = any(w.clex.morph.is_plural(x) for x in w.lows[b : b + 2])
        if (
            nxt.is_word
            and not nxt.is_cap
            and nxt.low not in w.words.np_determiners
            and nxt.low not in w.words.co_speaker_possessives
            and not plural  # "per multiple outlets" names sources
        ):
            return True
    return False


def needs_quotation(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """ "called", "described" attribute only in a sentence with a quotation (or right after
    one the sentence split cut off: ``"Go home!" the crowd chanted.``)."""
    if (
        not w.quoted
        and " ".join(w.lows[a:b]) in w.lex.quote_cues
        and not (a <= _CUT_OFF and w.follows_exclamation())
    ):
        return True
    return None


def after_determiner(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """After a determiner the word is a noun: "a warning", "his remarks"."""
    if _prev(w, a) in w.words.noun_before:
        return True
    return None


def passive_by(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A passive with its agent: "accused by critics"."""
    if b < w.n and w.lows[b] == "by":
        return True
    return None


def passive_be(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A passive after "be": "the issue was mentioned" names no speaker."""
    first = w.lows[a]
    if (
        _prev(w, a) in w.words.be_forms
        and w.clex.morph.is_past(first)
        and first not in w.words.bare_past_cues
        and lemma not in w.lex.source_prepositions
        and " " not in lemma
    ):
        return True
    return None


def not_speech(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A phrase that says nothing was said: "refused to say more"."""
    if w.clex.not_speech.match_ending(w.lows, a) is not None:
        return True
    return None


def other_sense(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A cue verb in another sense, told by the one or two words after it: "found himself",
    "showed up", "backed away", "adding to his lead" (``other_senses``); "continued to grow",
    "went on to win" (``aspect_cues`` before "to" and a lower-case word, maybe after
    adverbs, that starts no cue, with no quotation after it: "went on to explain", "went on
    to flatly reject" stay cues)."""
    if b >= w.n:
        return None
    nxt = w.lows[b]
    senses = w.words.other_senses
    if f"{lemma} {nxt}" in senses or (b + 1 < w.n and f"{lemma} {nxt} {w.lows[b + 1]}" in senses):
        return True
    if nxt != "to" or lemma not in w.words.aspect_cues:
        return None
    k = b + 1
    while k < w.n and k - b <= 2 and w.clex.morph.is_adverb(w.lows[k]):
        k += 1  # "went on to vehemently reject"
    if k >= w.n or w.toks[k].is_cap or _starts_cue(w, k):
        return None  # "went on to CNN", "went on to explain"
    if any(q >= 0 for q in w.s.quote_of[k:]):
        return None  # a quotation after it may be what the speaker is reported to have said
    return True


def written_work(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """ "wrote a children's book", "wrote the introduction for ...": a verb making a work
    (``work_cues``) before a determiner and, within a few words, a work (``written_works``)
    reports no words ("wrote that ...", "wrote in a letter" stay cues), unless words of
    ``work_titles`` name the work ("a memoir entitled ...", "a book in which he ...")."""
    if lemma not in w.words.work_cues or b >= w.n:
        return None
    first = w.lows[b]
    if first not in w.words.np_determiners and first not in w.words.co_speaker_possessives:
        return None
    for k in range(b + 1, min(w.n, b + 5)):
        if not w.free(k) or w.lows[k] in w.words.hard_stops:
            return None
        if w.lows[k] in w.words.written_works:
            after = w.lows[k + 1 : k + 12]
            named = any(
                " ".join(after[i : i + 2]) in w.words.work_titles or after[i] in w.words.work_titles
                for i in range(len(after))
            )
            return None if named else True  # "a memoir of her years entitled ...": its title
    return None


def _starts_cue(w: SentenceView, k: int) -> bool:
    """Whether token *k* starts a cue phrase, also as a base form whose -s or past form
    does ("to reject": "rejects" is a position cue)."""
    cues = w.clex.cues
    if cues.match(w.lows, k) is not None:
        return True
    morph = w.clex.morph
    rest = w.lows[k + 1 : k + 3]
    return any(
        cues.match([w.lows[k] + end, *rest], 0) is not None for end in (*morph.s_form, *morph.past)
    )


def anonymity_request(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A request for anonymity is not a statement: "who asked not to be named"."""
    table, lows = w.clex.anonymity, w.lows
    if table.by_first.keys().isdisjoint(lows[b : b + 5]):
        return None  # no word there starts a phrase: no match (one set test)
    for k in range(b, min(b + 5, w.n)):
        if table.match(lows, k) is not None:
            return True
    return None


def infinitive(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """An infinitive reports an intention, not speech: "wants to say"."""
    if _prev(w, a) == "to" and not w.clex.morph.is_past(w.lows[a]):
        return True
    return None


def gerund(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """An -ing form is a cue only as a participle (", saying"), a progressive ("is saying")
    or right after its speaker ("X saying")."""
    if not w.clex.morph.is_gerund(w.lows[a]):
        return None
    prev = _prev(w, a)
    return not (
        prev in w.words.participle_before
        # '... "overblown," adding that ...': the comma inside the quotation marks
        or (a >= 2 and w.is_close_mark(a - 1) and w.lows[a - 2] == ",")
        or prev in w.words.progressive_be
        or (a in w.ending_at)
        or _after_document(w, a)
    )


def _after_document(w: SentenceView, a: int) -> bool:
    """ "sent an email Friday saying", "issued a statement late Tuesday saying": a message
    noun, maybe followed by a time, just before the -ing form."""
    return document_verb(w, a) >= 0


def document_verb(w: SentenceView, a: int) -> int:
    """The verb sending a message noun ("issued" in "issued a statement (on Friday)
    saying"), when the noun ends at most three tokens before the -ing form at *a*; -1
    otherwise."""
    for k in range(a - 1, max(a - 4, -1), -1):
        if not w.free(k) or w.lows[k] in w.words.hard_stops:
            return -1
        if w.lows[k] in w.words.document_nouns:
            d = k - 1
            while d > 0 and k - d < 3 and w.lows[d] not in w.words.np_determiners:
                d -= 1  # "a press release", "a brief statement"
            return d - 1 if d > 0 and w.lows[d] in w.words.np_determiners else -1
    return -1


def base_form(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """A base form ("say", "warn") is a verb only after a plural subject ("they say",
    "X and Y call"); otherwise it is a noun or an imperative."""
    first = w.lows[a]
    if first != lemma.split()[0] or w.clex.morph.is_past(first) or first in w.words.base_form_verbs:
        return None
    # "officials now say", "critics privately argue": the subject before the adverbs
    s = a
    while s > 0 and a - s < 2 and _plain_adverb(w, s - 1):
        s -= 1
    # a speech verb ("say", "insist"; not "show", "believe") also finds its plural subject
    # past an aside and a relative pronoun, and takes a plural named like a name, a share or
    # a possessor's plural as subject
    speech = lemma in w.lex.inverted_cues
    if speech:
        s = _before_aside(w, s)
        if s > 1 and w.lows[s - 1] in w.words.relative_subjects and w.free(s - 1):
            # "Roe and Doe, who say", "20 percent who say": the head before "who" ("voters
            # who say X were divided" picks some voters out: no report)
            if w.lows[s - 2] == ",":
                s -= 2
            elif share_before(w, s - 1, 0) is not None:
                s -= 1
    m = w.ending_at.get(s)
    joint = m is not None and m.a > 0 and w.lows[m.a - 1] == "and"
    prev = _prev(w, s)
    plural = m is not None and (
        m.plural or w.lows[m.b - 1] in w.lex.plural_roles or (speech and _plural_name(w, m))
    )
    if (m is not None and (plural or m.name in w.words.subject_pronouns or joint)) or (
        prev in w.words.subject_pronouns
    ):
        return False
    if s == a and a > 0 and w.lows[a - 1] in w.words.third_person and w.free(a - 1):
        return None  # '"...," it read.': no base form follows "it", so a past ("read", "put")
    # "most state parties release": a quantifier before a noun phrase, no subject
    noun_next = b < w.n and w.clex.morph.is_plural(w.lows[b])
    share = share_before(w, s, 0) if speech else None
    if share is not None and share.b - share.a == 1 and noun_next:
        share = None
    if share is not None or (speech and possessed_plural(w, s, 0) is not None):
        return False  # "47 percent say", "three in 10 say", "the mayor's confidants say"
    if s > 0 and w.free(s - 1) and w.toks[s - 1].is_word and w.lows[s - 1] not in w.lex.cue_adverbs:
        # "Proponents of the bill say", "Organizers in Ashton insist": the plural head the
        # speaker search finds past the phrase ("the mayor say" stays a noun or infinitive)
        far, _ = speaker_before(w, a, 0, lemma)
        if (
            far is not None
            and far is not m
            and far.plural
            and _opens_clause(w, far.a, s)
            and not (far.b - far.a == 1 and noun_next and far not in w.mentions)
        ):
            return False
    return True


def _before_aside(w: SentenceView, s: int) -> int:
    """Where the subject ends before a parenthetical aside between commas ("critics,
    however, say", "makers, for instance, argue"): the first comma's index, else *s*."""
    if s < 3 or w.lows[s - 1] != "," or not w.free(s - 1):
        return s
    for k in range(s - 2, max(0, s - 5), -1):
        if w.lows[k] == "," and w.free(k):
            inner = w.lows[k + 1 : s - 1]
            if " ".join(inner) in w.words.parenthetical_asides or all(
                w.clex.morph.is_adverb(x) for x in inner
            ):
                return k
            return s
    return s


def _plural_name(w: SentenceView, m: Mention) -> bool:
    """A capitalised plural noun read as a name, opening its clause ("Republicans say",
    "But Senate Democrats argue"): not a person's name, not a pronoun, not a modifier ("the
    vital Christmas post")."""
    last = w.toks[m.b - 1]
    return (
        m.kind not in (PRONOUN, PERSON)
        and last.is_cap
        and m.title is None
        and w.clex.morph.is_plural(last.low)
        and _opens_clause(w, m.a, m.b)
    )


def _opens_clause(w: SentenceView, a: int, s: int) -> bool:
    """Whether a subject starting at token *a* opens its clause and the words up to *s* hold
    no relative clause ("voters who think" is no subject of "think"'s clause)."""
    if a > 0 and w.lows[a - 1] not in w.words.subject_openers:
        return False
    return not any(w.lows[k] in w.words.relative_pronouns for k in range(a, s))


def _plain_adverb(w: SentenceView, k: int) -> bool:
    """Whether token *k* is an adverb that may stand between a subject and its verb (no
    auxiliary: "will say" is no report)."""
    low = w.lows[k]
    return w.free(k) and (low in w.words.base_form_adverbs or w.clex.morph.is_adverb(low))


def s_form(w: SentenceView, a: int, b: int, lemma: str) -> bool | None:
    """ "says", "warns" are verbs after their subject; otherwise "questions", "protests" are
    plural nouns."""
    first = w.lows[a]
    if not (w.clex.morph.is_s_form(first) and b - a == 1):
        return None
    lows = w.lows
    prev = _prev(w, a)
    return not (
        a in w.ending_at
        or _coordinated_verb(w, a, b)
        or prev in w.lex.cue_adverbs
        or prev in w.words.third_person
        or w.clex.morph.is_adverb(prev)
        or prev in w.words.s_form_subjects
        or w.is_close_mark(a - 1)
        # "The clip says ...": a determiner and a noun make the subject
        or (
            a >= 2
            and lows[a - 2] in w.words.np_determiners
            and w.toks[a - 1].is_word
            and lows[a - 1] not in w.lex.stopwords
        )
    )


def _coordinated_verb(w: SentenceView, a: int, b: int) -> bool:
    """ "... and says (that) she ...", '... and warns "..."': after "and", an -s form that
    opens a clause (a "that", a quotation, a pronoun or a named subject) is a second verb."""
    if a == 0 or w.lows[a - 1] != "and" or b >= w.n:
        return False
    nxt = w.lows[b]
    named = w.starting_at.get(b)
    return (
        nxt in w.words.content_openers
        or w.is_open_mark(b)
        or nxt in w.words.subject_pronouns
        or (named is not None and (named.kind == PRONOUN or w.toks[b].is_cap))
    )


#: The cue filters in the order they are asked (see the module docstring).
CUE_FILTERS: tuple[CueFilter, ...] = (
    inside_mention,
    source_preposition,
    needs_quotation,
    after_determiner,
    passive_by,
    passive_be,
    not_speech,
    other_sense,
    written_work,
    anonymity_request,
    infinitive,
    gerund,
    base_form,
    s_form,
)


def decide_cue(w: SentenceView, a: int, b: int, lemma: str) -> tuple[str, bool] | None:
    """The filter that decides about tokens ``[a, b)`` and whether it rejects them, or None
    when no filter has a verdict (a cue)."""
    for f in CUE_FILTERS:
        verdict = f(w, a, b, lemma)
        if verdict is not None:
            return f.__name__, verdict
    return None


def not_a_cue(w: SentenceView, a: int, b: int, lemma: str) -> str | None:
    """The name of the filter that rejects tokens ``[a, b)`` as a cue, or None."""
    decided = decide_cue(w, a, b, lemma)
    return decided[0] if decided is not None and decided[1] else None


def _raised(w: SentenceView, i: int, lemma: str) -> int:
    """Where a cue at token *i* starts: at a raising verb before "to" ("tried to argue",
    "managed to ask"), which then takes the filters' tests and the speaker search. Only
    cues that report words (the lemmas that may also precede their speaker) are raised:
    "tried to find" reports no speech."""
    if (
        i >= 2
        and w.lows[i - 1] == "to"
        and w.lows[i - 2] in w.words.cue_raisers
        and lemma in w.lex.inverted_cues
        and w.free(i - 1)
        and w.free(i - 2)
    ):
        return i - 2
    return _platform(w, i)


def _platform(w: SentenceView, i: int) -> int:
    """Where a cue at token *i* starts after an occasion used for speaking: at "used" in
    "X used a major speech (on Monday) to suggest ..." (``cue_platforms``,
    ``platform_verbs``), so that the speaker search starts before it."""
    if i < 3 or w.lows[i - 1] != "to" or not w.free(i - 1):
        return i
    for k in range(i - 2, max(0, i - 2 - _PLATFORM_GAP), -1):
        if not w.free(k) or w.lows[k] in w.words.clause_boundaries:
            return i
        if w.lows[k] in w.words.platform_verbs:
            between = w.lows[k + 1 : i - 1]
            return k if any(x in w.words.cue_platforms for x in between) else i
    return i


def find_cues(w: SentenceView) -> list[Cue]:
    """The cues of the sentence, outside quotations, in text order. Found once per sentence
    view and kept on it (``cue_cache``), since the patterns, the borrow strategies and the
    join rules all ask: the list is shared, read only."""
    if w.cue_cache is None:
        w.cue_cache = _find_cues(w)
    return w.cue_cache


def _find_cues(w: SentenceView) -> list[Cue]:
    out: list[Cue] = []
    if w.quoted == w.n:
        return out  # every word is quoted: no cue is outside quotations
    resume = 0  # after a cue taken, its words start no other
    lows, qo, toks = w.lows, w.qo, w.toks
    table = w.clex.cues
    sizes, followers = table.by_first, table.followers
    last = w.n - 1
    # only a word that starts a cue phrase can start a cue (``match`` is ``None`` elsewhere)
    for i in table.starts(lows):
        if i < resume or qo[i] >= 0 or not toks[i].is_word:
            continue
        low = lows[i]
        if sizes[low][-1] > 1 and (i == last or lows[i + 1] not in followers[low]):
            continue  # "in", "has": only phrases of two or more words start here, none fits
        hit = table.match(lows, i)
        if hit is None:
            continue
        n, lemma = hit
        b = i + n
        a = _raised(w, i, lemma)
        # a one-word cue at i is outside quotations (tested above); a longer one must be too
        if b - a > 1 and qo[a:b].count(-1) != b - a:
            continue
        if not_a_cue(w, a, b, lemma) is not None:
            continue
        text = toks[a].text if b - a == 1 else " ".join(t.text for t in toks[a:b])
        out.append(Cue(a, b, lemma, text))
        resume = b
    return out
