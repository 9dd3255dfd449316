"""Step ``proposals``: the raw target phrases of stances become proposals.

A stance's target phrase (what the ``stances`` step found after or before the commitment
words) is trimmed to the proposal's noun phrase (:func:`noun_phrase`): leading determiners
and generic nouns ("the idea of", "plans for"), a light verb ("introduce a charge",
``proposal_light_verbs``) and trailing function words go, any other verb phrase stays one
("close the library", "banning TikTok"); the phrase ends at a clause boundary, an
auxiliary, a relative word, a time ("next week"), a word of ``proposal_breaks`` ("ahead of
schedule", "alongside") or a preposition opening an adjunct ("troops *to* Ukraine", "a
charge *in* 2026", "*in* its fight") or a purpose clause ("a rent freeze *to help* with
costs", ``proposal_purpose_verbs``); ``proposal_prepositions`` ("of", "on", "with",
"for") stay inside. The noun phrase becomes the target's text and span. A hyphenated head
of two content words is keyed as its words ("the Labour rent-freeze" as "freeze rents").
A target phrase of two verb phrases joined by "and" is two proposals, one stance on each
("promised to pave the park and scrap the levy"; :func:`split_coordinated`).

A filler (``proposal_fillers``: "no plan *in place* to ban cars", "looking at *a number
of* options") and "what she called" (``proposal_namers``: "rejected what she called a
reckless toll" is on the toll) open no proposal; a light verb of looking into ("open to
*looking at* a charge") is one of ``proposal_light_verbs``.

A target phrase that is a clause fragment (:func:`fragment`: "I think you've got", "we
always keep") names no proposal: its stance is dropped; so does a phrase whose head is a
remark, an attitude, a reaction or a bare adverb (:func:`names_none`,
``non_proposal_heads``: "the comments", "the government's attitude", "the response to the
protest", "of course"), and a last conjunct before the cue ("... and ward off the panic
seems unjustifiable"). A bare word right before an anaphor
is a verb on it after the cue, "to" or auxiliaries ("vowed to block it", "won't be
following the same path": the anaphor's proposal), else no proposal ("no plans beyond
that": dropped).

A verb of enacting with nothing but a bill in general names no proposal either ("will not
sign legislation that ...": ``enacting_verbs``, ``bill_nouns``); a noun of a measure in
general alone ("potential restrictions", "the policy": ``generic_proposal_nouns``) is an
anaphor.

The mentions of one proposal in an article then resolve to one proposal:

- mentions the ``stances`` step keyed alike (canonical words; every mention of the
  article's focal head word shares its key) are one, unless they are rivals: the same head
  with modifiers that have nothing in common ("wealth tax", "carbon tax"; modifiers left out
  of keys do not count: "US-style", "Europe-wide"); a bare head that fits several ("the
  tax") joins none;
- a partial mention (its canonical words among a longer mention's, with the same head word:
  "the charge" after "a congestion charge") joins the one longer proposal containing it, and
  so does one word that is a longer mention's action ("an increase" after "raising the
  minimum wage");
- an anaphor ("rejected that idea", "ruled it out", "the prospect") and a target with no
  noun phrase of its own take the proposal of a full mention ending at most 300 characters
  before it, else the proposal whose key the ``stances`` step gave it (the focal one), else
  the article's main proposal (the one most stances are on, the earliest on ties);
- a bill named for what it does ("the Raise the Wage Act": a head of ``bill_nouns``) joins
  the one proposal whose core words it holds ("raising the minimum wage");
- two arrangements with one country and nothing else ("the Malaysia deal", "the Malaysian
  solution": ``arrangement_nouns``) are one;
- mentions that one codebook topic names (:class:`~stancekit.topics.Codebook`) join it and
  take its label and key.

A proposal's label is the codebook's label, else the first mention of its most frequent
wording (without determiner; a sentence-initial capital lowered; a bare head takes the
first mention one word fuller). When most mentions holding the label's core words share a
fuller key, that key and the first of them name it ("a Europe-wide rescue fund" among two
bank bailouts: ``bailout-bank``). Its key is made of the label's core words, the head and the
modifier or object nearest to it (not a modifier of ``proposal_unkeyed``: "an *annual*
cap"; after an -ing verb of ``action_verbs``, the verb and its object's head: "raising the
minimum wage" as "a minimum wage increase"), canonical (synonyms mapped) and sorted, so
that the same proposal has the same key in every article whatever its wording: "congestion
charge" and "a congestion charge for the old town" are ``charge-congestion``; "sending ground troops
to the region", "the dispatch of Western ground troops" and "a large-scale troop
deployment" are ``send-troop``; "rate cuts" and "cuts in rates" are ``cut-rate``. Numbers
and dates stay out of keys.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

import attrs

from .._normalize import content_words_of
from .._tokens import plain_tokens
from ..lexicon import Lexicon
from ..model import Span, Stance, Target
from ..topics import Codebook, Topic, proposal_key
from ._noun_phrase import (
    MARKS,
    SPACE,
    NounPhrase,
    names_only_a_name,
    noun_phrase,
    split_coordinated,
)

__all__ = ["NounPhrase", "fragment", "names_none", "noun_phrase", "resolve_proposals"]

_NEAR = 300  # characters: how far back an anaphor's full mention may end
_NAMED = 80  # characters: how far a name after "what she called" is read


def fragment(text: str, target: Span, phrase: Span, lex: Lexicon) -> bool:
    """Whether a target phrase is a clause fragment, not a proposal: its noun phrase holds a
    subject pronoun or wh-word (``fragment_words``: "think you've got") or a contracted verb
    (``contraction_endings``: "don't think it's sensible"), or follows one inside the target
    phrase as its predicate ("*we* always keep", "what *she* called"), or is one bare word
    before a wh-word (``fragment_wh_words``: "never know *what*").

    Args:
        text: The article text.
        target: The raw target phrase.
        phrase: Its noun phrase (inside *target*).
        lex: The lexicon.
    """
    fw = lex.words
    for t in plain_tokens(text[phrase.start : phrase.end]):
        if t.low in fw.fragment_words:
            return True
        if any(t.low.endswith(e) and len(t.low) > len(e) for e in fw.contraction_endings):
            return True
    lead = plain_tokens(text[target.start : phrase.start]) if target.start < phrase.start else []
    if lead and lead[-1].low in fw.fragment_words:
        return True
    # a bare verb opening a wh-clause: "you never know what"; not "unions they joined"
    words = plain_tokens(text[phrase.start : phrase.end])
    after = plain_tokens(text[phrase.end : phrase.end + 20])
    return len(words) == 1 and bool(after) and after[0].low in fw.fragment_wh_words


def names_none(text: str, phrase: Span, lex: Lexicon) -> bool:
    """Whether the noun phrase at *phrase* names no proposal: its head is a word of
    ``non_proposal_heads`` (a remark or an attitude: "rejected the comments", "condemned
    the government's attitude"), or its words are only such words, ``non_proposal_words``
    (an adverb: "of course", "currently"), ``government_nouns`` ("the government") and
    ``not_proposals`` ("depositors"), or only a verb of ``enacting_verbs`` and nouns of
    ``bill_nouns`` ("will not sign legislation that ...", "bills he will not sign").

    Args:
        text: The article text.
        phrase: A noun phrase (see :func:`noun_phrase`).
        lex: The lexicon.
    """
    fw = lex.words
    lows = [t.low for t in plain_tokens(text[phrase.start : phrase.end])]
    words = [w for w in lows if w not in lex.stopwords and w[:1].isalnum()]
    if not words:
        return False
    k = next((x for x, w in enumerate(lows) if w in fw.prepositions), len(lows))
    front = [x for x in range(k) if lows[x] not in lex.stopwords and lows[x][:1].isalnum()]
    verb = bool(front) and any(w in fw.determiners for w in lows[front[0] + 1 : k])
    if front and lows[front[-1]] in fw.non_proposal_heads and not verb:
        # not "release a report" (a verb and its object), nor "a response plan" (the
        # noun phrase ends before the noun of intent it modifies)
        nxt = plain_tokens(text[phrase.end : phrase.end + 20]) if k == len(lows) else []
        if not nxt or (nxt[0].low not in lex.intent_nouns and nxt[0].low not in lex.proposal_nouns):
            return True
    if any(w in fw.enacting_verbs for w in words) and all(
        w in fw.enacting_verbs or w in fw.bill_nouns for w in words
    ):
        return True  # "will not sign legislation that ...", "bills he will not sign"
    return all(
        w in fw.non_proposal_heads
        or w in fw.non_proposal_words
        or w in fw.government_nouns
        or w in lex.not_proposals
        for w in words
    )  # "of course", "the government", "depositors"


def _on_anaphor(text: str, p: NounPhrase, lex: Lexicon) -> bool:
    """Whether *p* is one bare word (no determiner) right before an anaphor that ends the
    clause or meets a preposition: a verb or preposition on the proposal ("no plans to
    extend it to schools", "beyond that."), not a noun with a relative clause ("a bill that
    would", "legislation that would")."""
    if sum(1 for t in plain_tokens(p.span.of(text)) if t.low not in lex.stopwords) != 1:
        return False  # one word, maybe after auxiliaries ("be following")
    toks = plain_tokens(text[p.span.end : p.span.end + 40])
    lows = [t.low for t in toks]
    hit = lex.compiled().anaphora.match(lows, 0) if lows else None
    if hit is None:
        return False
    k = hit[0]
    if k > 1 and content_words_of(lows[:k], lex):
        return True  # an anaphor with words of its own ("the same path that ...") is no relative
    return k >= len(toks) or not toks[k].text[:1].isalnum() or lows[k] in lex.words.prepositions


def _generic(text: str, p: NounPhrase, lex: Lexicon) -> bool:
    """Whether the noun phrase *p* is only a noun of a measure in general
    (``generic_proposal_nouns``), maybe after a determiner that is no possessive and
    words of ``generic_proposal_modifiers`` ("potential restrictions", "the policy"), with
    no relative clause after it: an anaphor; not "restrictions on rallies", "foreign
    policy", "their policies", "the council's measures" nor "new measures that would ..."."""
    fw = lex.words
    words = [t.low for t in plain_tokens(p.span.of(text)) if t.text[:1].isalnum()]
    if not words or words[-1] not in fw.generic_proposal_nouns:
        return False
    owner = plain_tokens(text[max(0, p.span.start - 20) : p.span.start])
    if owner and owner[-1].low.endswith(tuple(sorted(fw.possessive_markers))):
        return False  # "the government's measures": its owner's, no anaphor
    if not all(
        w in fw.generic_proposal_nouns
        or w in fw.generic_proposal_modifiers
        or (w in fw.determiners and w not in fw.possessive_determiners)
        for w in words
    ):
        return False
    nxt = plain_tokens(text[p.span.end : p.span.end + 20])
    return not nxt or nxt[0].low not in fw.relative_markers


def _adjunct_after(text: str, s: Stance, lex: Lexicon) -> bool:
    """Whether the target after a cue ending in a preposition opens with another one and a
    determiner: an adjunct, the cue's object standing before it ("a threat that we are
    concerned about *in the* national interest")."""
    if s.target.span is None or s.target.span.start < s.cue_span.end:
        return False
    preps = lex.words.prepositions
    cue = plain_tokens(text[s.cue_span.start : s.cue_span.end])
    if not cue or cue[-1].low not in preps:
        return False
    toks = plain_tokens(text[s.cue_span.end : s.target.span.end])
    k = next((x for x, t in enumerate(toks) if t.text[:1].isalnum()), len(toks))
    # a whole phrase: the preposition, then a determiner ("in the national interest"); not an
    # adverbial ("about, in particular, the toll")
    return k + 1 < len(toks) and toks[k].low in preps and toks[k + 1].low in lex.words.determiners


def _second_conjunct(text: str, s: Stance, p: NounPhrase, lex: Lexicon) -> bool:
    """Whether the target phrase before the stance's cue opens with a coordinator, its noun
    phrase *p* right after it with a bare verb: the last conjunct of a longer subject, which
    names no proposal of its own ("... to create a fund *and ward off the panic* seems
    unjustifiable")."""
    span = s.target.span
    if span is None or span.end > s.cue_span.start:
        return False
    toks = plain_tokens(text[span.start : span.end])
    k = next((x for x, t in enumerate(toks) if t.text[:1].isalnum()), len(toks))
    if k + 1 >= len(toks) or toks[k].low not in lex.coordination_links:
        return False
    # the noun phrase right after it, opening with a bare verb: the rest of a clause before
    # ("a fund to cut debt and *ward off* panic"); not a phrase of its own ("..., and along
    # with turning boats back", "and closing side streets")
    nxt = toks[k + 1]
    return (
        p.span.start <= span.start + nxt.start  # with the coordinator as its leading word
        and nxt.text[:1].isalpha()
        and not nxt.is_cap
        and nxt.low not in lex.stopwords
        and nxt.low not in lex.words.prepositions
        and nxt.low not in lex.words.determiners
        and not nxt.low.endswith(tuple(lex.words.gerund_suffixes))
    )


def _verb_of(text: str, s: Stance, p: NounPhrase, lex: Lexicon) -> bool:
    """Whether the one word *p* is a verb taking the stance's cue: right after the cue or
    after an infinitive marker (``proposal_infinitive``: "vowed *to* block it")."""
    between = plain_tokens(text[s.cue_span.end : p.span.start])
    if all(t.low in lex.stopwords for t in between):
        return True  # right after the cue, or after auxiliaries ("won't *be* following it")
    before = plain_tokens(text[max(0, p.span.start - 20) : p.span.start])
    return bool(before) and before[-1].low in lex.words.proposal_infinitive


def _anaphor_at(text: str, s: Stance, lex: Lexicon) -> bool:
    """Whether the words right after the stance's cue are an anaphor ("rejected *that
    idea*", "ruled *it* out")."""
    toks = plain_tokens(text[s.cue_span.end : s.cue_span.end + 40])
    lows = [t.low for t in toks]
    hit = lex.compiled().anaphora.match(lows, 0) if lows else None
    if hit is None:
        return False
    nxt = lows[hit[0]] if hit[0] < len(lows) else "."
    return not content_words_of([nxt], lex) or nxt in lex.words.prepositions


def resolve_proposals(
    text: str, stances: list[Stance], lex: Lexicon, topics: Codebook | None = None
) -> list[Stance]:
    """The stances with proposals as targets: noun phrase, label and one key per proposal.

    Args:
        text: The article text.
        stances: The stances, keyed by the ``stances`` step, in text order.
        lex: The lexicon.
        topics: The user's codebook, if any.

    Returns:
        The same stances, in order, with new targets.
    """
    n = len(stances)
    if not n:
        return stances
    stances, split = split_coordinated(text, stances, lex)
    phrases: list[NounPhrase | None] = []
    kept: list[Stance] = []
    renamed: set[int] = set()  # "what she called X": the stances step keyed no X
    last: str | None = None  # the id of the last stance kept
    for s in stances:
        if s.id in split:
            if split[s.id] is not None and split[s.id] != last:
                continue  # the first of two proposals names none: neither does the second
            renamed.add(len(kept))  # one of two proposals: its own words key it
        p = None
        if s.target.span is not None and not _anaphor_at(text, s, lex):
            span = s.target.span
            named_only = names_only_a_name(text, span, lex)
            if named_only:
                span = Span(span.start, min(len(text), span.end + _NAMED))  # the name follows
            p = noun_phrase(text, span, lex)
            if p is None and named_only:
                continue  # "what she called." names nothing
            if named_only:
                renamed.add(len(kept))
            if p is not None and (
                fragment(text, s.target.span, p.span, lex)
                or names_none(text, p.span, lex)
                or _adjunct_after(text, s, lex)
                or _second_conjunct(text, s, p, lex)
            ):
                continue  # "I think you've got", "the comments": names no proposal, no stance
            if p is not None and _on_anaphor(text, p, lex):
                if not _verb_of(text, s, p, lex):
                    continue  # "no plans beyond that", "no way around that": no proposal
                p = None  # "vowed to block it", "would not support it": the anaphor's
            elif p is not None and _generic(text, p, lex):
                p = None  # "pushed back against potential restrictions": the anaphor's
        phrases.append(p)
        kept.append(s)
        last = s.id
    stances = kept
    n = len(stances)
    if not n:
        return stances
    named: list[Topic | None] = [
        topics.topic_of(p.words, lex) if topics is not None and p is not None else None
        for p in phrases
    ]
    keys = [
        p.key if i in renamed and p is not None else _key_of(s, p, lex)
        for i, (s, p) in enumerate(zip(stances, phrases, strict=True))
    ]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    # the stances step's keys: worded mentions keyed alike are one proposal, unless they are
    # rivals ("wealth tax", "carbon tax"); so are mentions whose own core words are alike
    # ("the Sinn Féin rent-freeze", "freeze rents")
    first_of: dict[str, int] = {}
    for own in (False, True):
        subs: dict[str, list[int]] = {}  # per key, one mention of each rival proposal
        for i in range(n):
            p = phrases[i]
            if p is None:
                continue
            key = p.key if own else keys[i]
            if not own:
                first_of.setdefault(key, i)
            known = subs.setdefault(key, [])
            fit = [j for j in known if not _rivals(p, phrases[j], lex)]
            if not fit:
                known.append(i)  # the first mention, or a rival of every one so far
            elif len(fit) == 1:
                union(i, fit[0])
            # several fit ("the tax" after "a wealth tax" and "a carbon tax"): neither
    # "the Malaysia deal", "the Malaysian solution": one arrangement with one country
    by_country: dict[str, int] = {}
    countries: set[str] | None = None
    for i, p in enumerate(phrases):
        if p is None or len(p.core) != 2 or p.core[1] not in lex.words.arrangement_nouns:
            continue
        if countries is None:
            countries = {c.lower() for c in lex.demonyms.values()}
        if p.core[0] in countries:
            union(i, by_country.setdefault(p.core[0], i))
    by_topic: dict[str, int] = {}
    for i, t in enumerate(named):
        if t is not None:
            union(i, by_topic.setdefault(t.label, i))
    # a shorter mention with the same head joins the one longer proposal containing it;
    # mentions are grouped by head and word set, and each group keeps one member per
    # proposal found so far (_roots), so that a long text's many alike mentions stay linear
    by_words: dict[str, dict[tuple[frozenset[str], int], list[int]]] = {}
    by_action: dict[str, list[int]] = {}
    for i, p in enumerate(phrases):
        if p is None:
            continue
        shape = (frozenset(p.words), len(p.words))
        by_words.setdefault(p.head, {}).setdefault(shape, []).append(i)
        if len(p.words) > 1 and p.core[-1:] != p.core[:1] and p.head != p.core[0]:
            by_action.setdefault(p.core[0], []).append(i)
    for i, p in enumerate(phrases):
        if p is None or named[i] is not None:
            continue
        mine = frozenset(p.words)
        supers: set[int] = set()
        for (words, size), members in by_words[p.head].items():
            if size > len(p.words) and mine <= words:
                supers.update(_roots(members, find))
        if not supers and len(mine) == 1:
            # one word that is a longer mention's action: "an increase" after "raising the
            # minimum wage" (its core), not "the wage" after "a wage freeze" (its head's)
            (word,) = mine
            supers.update(_roots(by_action.get(word, []), find))
        if len(supers) == 1:
            union(i, supers.pop())
    # a bill named for what it does ("the Raise the Wage Act") joins the one proposal whose
    # core words it holds ("raising the minimum wage")
    bills = set(content_words_of(sorted(lex.words.bill_nouns), lex))
    actions: dict[str, dict[frozenset[str], list[int]]] = {}  # by a core word, by core
    for j, q in enumerate(phrases):
        if q is not None and q.head not in bills and len(q.core) > 1:
            core = frozenset(q.core)
            actions.setdefault(min(core), {}).setdefault(core, []).append(j)
    for i, p in enumerate(phrases):
        if p is None or p.head not in bills or named[i] is not None:
            continue
        have = set(p.words) - {p.head}
        acts: dict[int, int] = {}  # proposal -> its first mention holding a fitting core
        for w in sorted(have):
            for core, members in actions.get(w, {}).items():
                if core <= have:
                    for r, k in _roots(members, find).items():
                        acts[r] = min(k, acts.get(r, k))
        if len(acts) == 1:
            ((j, k),) = acts.items()
            union(i, j)
            # keyed as what it does, as every article keys that proposal
            phrases[i] = attrs.evolve(p, core=_phrase(phrases, k).core)
    # an anaphor: a full mention just before it ("X agreed to talks. Y rejected that idea"),
    # else the proposal its key names (the stances step gives anaphora the focal key), else
    # the main proposal
    worded = [i for i in range(n) if phrases[i] is not None]
    if worded:
        sizes: dict[int, int] = {}
        for i in range(n):
            sizes[find(i)] = sizes.get(find(i), 0) + 1
        main = max((find(i) for i in worded), key=lambda r: (sizes[r], -r))
        ends = sorted((_phrase(phrases, j).span.end, j) for j in worded)
        for i in range(n):
            if phrases[i] is not None:
                continue
            near = _last_near(ends, i, stances[i].cue_span.start)
            if near is not None:
                union(i, near)
            elif keys[i] in first_of:
                union(i, first_of[keys[i]])
            else:
                union(i, main)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    out = list(stances)
    for members in groups.values():
        label, key = _name(members, phrases, named, keys, lex, stances)
        for i in members:
            s, p = stances[i], phrases[i]
            old = s.target
            if p is not None:
                target = Target(p.span.of(text), key, p.span, label)
            else:
                target = Target(old.text, key, old.span, label)
            out[i] = attrs.evolve(s, target=target)
    return out


def _rivals(p: NounPhrase, q: NounPhrase | None, lex: Lexicon) -> bool:
    """Two mentions of one head with modifiers that have nothing in common: two proposals
    ("wealth tax", "carbon tax"); a bare head ("the tax") is no rival, nor are modifiers
    left out of keys (``proposal_unkeyed``, ``proposal_unkeyed_endings``: "a US-style
    bailout", "a Europe-wide bailout")."""
    if q is None or p.head != q.head:
        return False
    mp, mq = _keyed_modifiers(p, lex), _keyed_modifiers(q, lex)
    return bool(mp and mq and not mp & mq)


def _keyed_modifiers(p: NounPhrase, lex: Lexicon) -> set[str]:
    """The modifiers of *p*'s head that a key keeps."""
    fw = lex.words
    ends = tuple(sorted(fw.proposal_unkeyed_endings))
    return {
        w for w in p.front if w != p.head and w not in fw.proposal_unkeyed and not w.endswith(ends)
    }


def _last_near(ends: list[tuple[int, int]], i: int, at: int) -> int | None:
    """The last mention before stance *i* ending at most ``_NEAR`` characters before
    offset *at* (*ends*: each worded mention's end and index, sorted)."""
    lo = bisect_left(ends, (at - _NEAR, -1))
    hi = bisect_right(ends, (at, i))  # ends up to *at*, of mentions up to *i*
    return max((j for _, j in ends[lo:hi] if j < i), default=None)


def _phrase(phrases: list[NounPhrase | None], j: int) -> NounPhrase:
    p = phrases[j]
    assert p is not None  # only worded indices are asked
    return p


def _roots(members: list[int], find: Callable[[int], int]) -> dict[int, int]:
    """The proposals *members* (indices in text order) belong to, each with its first
    member. *members* is cut in place to those first members: proposals only merge, so the
    cut list still gives every proposal and its first member."""
    roots: dict[int, int] = {}
    for j in members:
        roots.setdefault(find(j), j)
    if len(roots) < len(members):
        members[:] = roots.values()
    return roots


def _key_of(s: Stance, p: NounPhrase | None, lex: Lexicon) -> str:
    """The stances step's key, without numbers: a key holding one is remade from the noun
    phrase's words ("$15 minimum wage": ``minimum-wage``), else the number is dropped."""
    key = s.target.key
    parts = key.split("-")
    if not any(any(ch.isdigit() for ch in w) for w in parts):
        return key
    if p is not None:
        return proposal_key(p.words)
    kept = [w for w in parts if w and not any(ch.isdigit() for ch in w)]
    return "-".join(kept) if kept else key


def _name(
    members: list[int],
    phrases: list[NounPhrase | None],
    named: list[Topic | None],
    keys: list[str],
    lex: Lexicon,
    stances: list[Stance],
) -> tuple[str, str]:
    """A group's label and key: the codebook's, else its first full mention's."""
    topics = [t for i in members if (t := named[i]) is not None]
    if topics:
        best = max(topics, key=lambda t: (topics.count(t), -topics.index(t)))
        return best.label, best.key(lex)
    worded = [i for i in members if phrases[i] is not None]
    if not worded:
        # no noun phrase of its own: the words of its first target with content words ("no
        # plans to extend it to schools"), else its key's
        i = members[0]
        for j in members:
            own = SPACE.sub(" ", MARKS.sub("", stances[j].target.text)).strip()
            if stances[j].target.span is not None and content_words_of(
                [t.low for t in plain_tokens(own)], lex
            ):
                return own, keys[i]
        return keys[i].replace("-", " ") or keys[i], keys[i]
    counts: dict[tuple[str, ...], int] = {}
    for i in worded:
        p = phrases[i]
        if p is not None:
            counts[p.words] = counts.get(p.words, 0) + 1
    # the most frequent wording (on ties, the one most mentions are part of, then the
    # shorter, then the first); a bare head takes the first mention one word fuller
    phrase_sets = [set(w) for w in counts]

    def rank(w: tuple[str, ...]) -> tuple[int, int, int]:
        return (counts[w], sum(1 for q in phrase_sets if set(w) <= q), -len(w))

    common = max(counts, key=rank)
    want, size = set(common), len(common) + (1 if len(common) == 1 else 0)
    fuller = [q for i in worded if (q := phrases[i]) is not None and want <= set(q.words)]
    p = next((q for q in fuller if len(q.words) == size), None)
    if p is None and len(common) == 1 and len(fuller) > 1:
        # no mention one word fuller: the shortest fuller one with that head or action
        # ("social media ban" for "ban", "raising the minimum wage" for "an increase")
        p = min(
            (
                q
                for q in fuller
                if len(q.words) > 1
                and common[0] in (q.head, *q.core[:1])
                and not any(w in lex.coordinators for w in q.label.lower().split())
            ),
            key=lambda q: len(q.words),
            default=None,
        )
    if p is None:
        p = next(q for q in fuller if q.words == common)
    # the key most of the mentions naming the label's core words have ("a Europe-wide
    # rescue fund" among two bank bailouts: ``bailout-bank``), the label's on ties
    core, own = set(p.core), p.key
    keyed: dict[str, int] = {}
    for i in worded:
        q = phrases[i]
        if q is not None and core <= set(q.core):
            keyed[q.key] = keyed.get(q.key, 0) + 1
    fullest = max(keyed.items(), key=lambda kv: (kv[1], kv[0] == own), default=(own, 0))[0]
    if fullest != own:  # labelled by the first of those mentions
        p = next(q for i in worded if (q := phrases[i]) is not None and q.key == fullest)
    return p.label, fullest
