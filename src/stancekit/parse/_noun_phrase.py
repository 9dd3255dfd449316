"""A stance's target phrase trimmed to the proposal's noun or verb phrase
(:func:`noun_phrase`), for the ``proposals`` step (:mod:`stancekit.parse._proposals`, whose
docstring describes the rules: determiners and generic nouns, light verbs, breaks,
adjuncts, purpose clauses, fillers, "what she called", hyphenated heads, coordinated verb
phrases). The words come from the lexicon.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from .._normalize import content_words_of, fold_plural, placed
from .._tokens import Token, plain_tokens
from ..lexicon import Lexicon
from ..model import Span, Stance
from ..topics import proposal_key
from ._text import QUOTE_MARKS

__all__ = ["MARKS", "SPACE", "NounPhrase", "names_only_a_name", "noun_phrase", "split_coordinated"]

_NP_MAX = 16  # tokens
SPACE = re.compile(r"\s+")
_QUOTES = re.escape("".join(sorted(QUOTE_MARKS)))
# a quotation mark, not an apostrophe between letters ("Europe's")
MARKS = re.compile(f"(?<!\\w)[{_QUOTES}]|[{_QUOTES}](?!\\w)")
_SENTENCE_END = ".!?:\"“”'‘’"


@attrs.frozen
class NounPhrase:
    """A proposal's noun phrase inside a target phrase.

    Attributes:
        span: Where it lies in the text, with its determiner (``"the new levy"``).
        label: Its words without the determiner, whitespace normalised, a sentence-initial
            capital lowered.
        words: Its canonical content words in text order, without numbers or days.
        head: Its head word: the last canonical word before its first preposition ("tax"
            in "tariffs on imported steel", "charge" in "congestion charge").
        front: Its canonical words before its first preposition (the compound).
        core: The words its key is made of: the head and the modifier or object nearest
            to it ("congestion charge"; "dispatch of troops": ``send``, ``troop``; "rate
            cuts" and "cuts in rates": ``cut``, ``rate``).
    """

    span: Span
    label: str
    words: tuple[str, ...]
    head: str
    front: tuple[str, ...] = ()
    core: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The key of its core words (sorted, as the ``stances`` step makes keys)."""
        return proposal_key(self.core or self.words)


def noun_phrase(text: str, span: Span, lex: Lexicon) -> NounPhrase | None:
    """The proposal's noun phrase inside the target phrase at *span* of *text*.

    Args:
        text: The article text.
        span: The raw target phrase.
        lex: The lexicon (stopwords, synonyms, function words).

    Returns:
        The noun phrase, or ``None`` when the phrase has no content word (an anaphor, a
        number).
    """
    toks = plain_tokens(text[span.start : span.end])
    if not toks:
        return None
    lows = [t.low for t in toks]
    anaphora = lex.compiled().anaphora
    hit = anaphora.match(lows, 0)
    if hit is not None and not content_words_of(lows[hit[0] :], lex):
        return None  # "the prospect", "such a move": no proposal of its own
    fw = lex.words
    stop = lex.stopwords
    breaks = _union(
        fw.clause_boundaries, fw.target_trailing, fw.relative_markers, fw.proposal_breaks
    )
    ending = _difference(fw.prepositions, fw.proposal_prepositions)
    temporal = lex.compiled().temporal
    before = plain_tokens(text[max(0, span.start - 12) : span.start])
    a = _opening(toks, lows, before[-1].low if before else "", lex)
    light = None
    if a + 1 < len(toks) and lows[a] in fw.proposal_light_verbs:
        light = a  # "introduce a congestion charge": the text keeps the verb, the label not
        a = _past_prepositions(toks, lows, _lead(toks, lows, a + 1, stop), lex)
        a = _filler_end(toks, lows, a, "", lex)  # "looking at a number of options"
    if light is not None and any(
        w in fw.proposal_breaks or w in fw.clause_boundaries for w in lows[light + 1 : a + 1]
    ):
        return None  # "looking at a number of options *as* to how": nothing before the break
    scare = _scare_quotes(toks, a - 1 if a and toks[a - 1].text in QUOTE_MARKS else a)
    b = a
    while b < len(toks) and b - a < _NP_MAX:
        low = lows[b]
        if b > a or _possessive_word(low, lex):
            if _possessive_word(low, lex):
                if any(w in fw.prepositions for w in lows[a:b]) or not _owner(
                    toks, lows, a, b, lex
                ):
                    b += 1  # "a bailout for Europe's banks", "end the city's curfew"
                else:
                    a = b = _lead(toks, lows, b + 1, stop)  # "the minister's plan for X": X
                continue
            if b in scare:
                b += 1  # scare quotes: 'a "large-scale" deployment'
                continue
            if low in breaks or not toks[b].text[:1].isalnum() or temporal.match(lows, b):
                break  # "pay talks with nurses next week": the time is not the proposal
            hit = anaphora.match(lows, b)
            if hit is not None and content_words_of(lows[b : b + hit[0]], lex):
                break  # "following *the same path*": a verb on an anaphor
            if low in ending and _adjunct(toks, lows, b + 1, lex):
                break  # "troops to Ukraine", "a charge in 2026"
            if _purpose_at(lows, b, lex) and _own_words(lows[a:b], lex) >= 2:
                break  # "a rent freeze *to help* with costs": a purpose clause
            if (
                low in stop
                and b + 1 < len(toks)
                and lows[b + 1] in fw.prepositions
                and lows[b + 1] not in fw.proposal_breaks  # "suggestions *by* X": an agent
                and low not in fw.prepositions
                and low not in fw.determiners
            ):
                # "a party's proposal to freeze rents": the proposal follows its noun
                nxt = _lead(toks, lows, b + 1, stop)
                if nxt < len(toks):
                    a = b = nxt
                    continue
        b += 1
    # no trailing function words, numbers or marks
    while b > a and (
        lows[b - 1] in stop or not toks[b - 1].text[:1].isalnum() or _number(lows[b - 1], lex)
    ):
        b -= 1
    while a < b and _number(lows[a], lex):
        a += 1
    if a >= b:
        return None
    # an owner's word without its possessive ending ("a bailout for the bank's investors"
    # holds "bank", as "a bailout for the bank" does)
    # and a demonym as its country ("a Palestinian state" holds "palestine")
    words = content_words_of(
        placed([_unowned(w, lex) for w in lows[a:b] if not _number(w, lex)], lex), lex
    )
    if not words:
        return None
    start, end = span.start + toks[a].start, span.start + toks[b - 1].end
    label = SPACE.sub(" ", MARKS.sub("", text[start:end])).strip()
    d = a
    while (
        d > 0
        and (lows[d - 1] in stop or lows[d - 1] in lex.words.determiners)
        and lows[d - 1] not in lex.words.prepositions
        and lows[d - 1] not in lex.words.possessive_markers
    ):
        d -= 1  # the phrase keeps its determiner and modifiers ("the new levy"); the label not
    start = (
        span.start
        + toks[
            d
            if light is None
            or a != _past_prepositions(toks, lows, _lead(toks, lows, light + 1, stop), lex)
            else light
        ].start
    )
    k = span.start + toks[a].start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if label[:1].isupper() and label[1:2].islower() and (k == 0 or text[k - 1] in _SENTENCE_END):
        label = label[0].lower() + label[1:]
    preps = lex.words.prepositions
    inside = _in_synonyms(lows, a, b, lex)  # "boots on the ground", "come to the table"
    k = next((x for x in range(a, b) if lows[x] in preps and x not in inside), b)
    owners = _possessors(toks, lows, a, k, lex)
    own = [lows[x] for x in range(a, k) if x not in owners and not _number(lows[x], lex)]
    front = content_words_of(placed(own, lex), lex)
    split = _split_head(front, lex)  # "a rent-freeze" is the freeze of rents, as "freeze rents"
    if split != front:
        x = words.index(front[-1]) if front[-1] in words else len(words)
        parts = [w for w in split[len(front) - 1 :] if w not in words]
        words = [*words[:x], *parts, *words[x + 1 :]]
        front = split
    m = next((x for x in range(k + 1, b) if lows[x] in preps and x not in inside), b)
    after = content_words_of(placed([w for w in lows[k + 1 : m] if not _number(w, lex)], lex), lex)
    endings = _as_tuple(lex.words.proposal_unkeyed_endings)  # "a US-style bailout"
    keyed = [
        w for w in front if w not in lex.words.proposal_unkeyed and not w.endswith(endings)
    ]  # "an annual cap"
    if (
        len(keyed) >= 3
        and lows[a].endswith(tuple(lex.words.gerund_suffixes))
        and keyed[0] in lex.action_verbs
    ):
        # an action on the proposal's object: "raising the minimum wage", as "a minimum wage
        # increase"; not "making the vaccine mandatory"
        core = [keyed[0], keyed[-1]]
    elif len(keyed) >= 2:
        core = keyed[-2:]
    else:
        core = keyed + [w for w in after[-1:] if w not in keyed]
    head = (front or words)[-1]
    state = _recognised_state(keyed, after, lex)
    if state is not None:
        # "recognition of Palestine" is the recognition of a Palestinian state
        core, head = [after[0], state], state
        words = [*words, state] if state not in words else words
    return NounPhrase(
        Span(start, end),
        label or words[0],
        tuple(words),
        head,
        tuple(front),
        tuple(core or words[:2]),
    )


def _in_synonyms(lows: list[str], a: int, b: int, lex: Lexicon) -> set[int]:
    """The tokens from *a* to *b* inside a phrase of the synonym table after its first word
    (the preposition of "come *to* the table" opens no object)."""
    table = lex.compiled().synonyms
    out: set[int] = set()
    i = a
    while i < b:
        hit = table.match(lows, i)
        n = hit[0] if hit is not None else 1
        out.update(range(i + 1, min(b, i + n)))
        i += n
    return out


def _recognised_state(keyed: list[str], after: list[str], lex: Lexicon) -> str | None:
    """The canonical noun of a state (``state_nouns``) when the compound *keyed* ends in
    an action on a country (``country_actions``: "recognition") and its object *after* is
    one country ("recognition of Palestine"); else ``None``."""
    fw = lex.words
    if not keyed or keyed[-1] not in fw.country_actions or len(after) != 1:
        return None
    if after[0] not in {c.lower() for c in lex.demonyms.values()}:
        return None
    states = sorted({w for n in fw.state_nouns for w in content_words_of([n], lex)})
    return states[0] if states else None


def split_coordinated(
    text: str, stances: list[Stance], lex: Lexicon
) -> tuple[list[Stance], dict[str, str | None]]:
    """The stances with a target phrase of two coordinated verb phrases split in two, one
    stance on each ("promised to *pave the park and scrap the levy*"), renumbered in order;
    and the ids of the split ones, each with the id of its first half (``None`` for a first
    half). Both halves are verb phrases (:func:`_verb_at`); "ban cars and trucks", "close
    the library and the pool" are one proposal."""
    out: list[Stance] = []
    split: dict[int, int | None] = {}
    for s in stances:
        span = s.target.span
        cut = _coordination(text, span, lex) if span is not None else None
        if span is None or cut is None:
            out.append(s)
            continue
        end, start = cut
        split[len(out)] = None
        split[len(out) + 1] = len(out)
        for part in (Span(span.start, end), Span(start, span.end)):
            target = attrs.evolve(s.target, text=part.of(text), span=part)
            out.append(attrs.evolve(s, target=target))
    if not split:
        return stances, {}
    out = [attrs.evolve(s, id=f"t{n}") for n, s in enumerate(out, 1)]
    return out, {out[i].id: None if j is None else out[j].id for i, j in split.items()}


def _coordination(text: str, span: Span, lex: Lexicon) -> tuple[int, int] | None:
    """Where the first of two coordinated verb phrases in the target phrase at *span* ends,
    and where the second starts ("pave the park | and | scrap the levy"), if there are two."""
    toks = plain_tokens(text[span.start : span.end])
    lows = [t.low for t in toks]
    a = _lead(toks, lows, 0, lex.stopwords)
    if not _verb_at(toks, lows, a, lex):
        return None
    for c in range(a + 2, len(toks) - 1):
        if lows[c] in lex.words.relative_markers or (
            lows[c] in lex.words.clause_boundaries and lows[c] not in lex.coordination_links
        ):
            return None  # "a law that would monitor and oversee it": one relative clause
        if lows[c] in lex.coordination_links and _verb_at(toks, lows, c + 1, lex):
            ing = tuple(lex.words.gerund_suffixes)
            if lows[a].endswith(ing) != lows[c + 1].endswith(ing):
                return None  # "banning cars and parking": one verb and two objects
            return span.start + toks[c - 1].end, span.start + toks[c + 1].start
    return None


def _verb_at(toks: list[Token], lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether token *k* opens a verb phrase: a lower-case word of the lexicon's action,
    abandon or light verbs, or a lower-case content word before a determiner ("pave *the*
    park")."""
    if k >= len(toks) or toks[k].is_cap or not toks[k].text[:1].isalpha():
        return False
    low = lows[k]
    if low in lex.stopwords or low in lex.words.determiners or low in lex.words.prepositions:
        return False
    if low in lex.action_verbs or low in lex.abandon_verbs or low in lex.words.proposal_light_verbs:
        return True
    return k + 1 < len(toks) and lows[k + 1] in lex.words.determiners


def _purpose_at(lows: list[str], b: int, lex: Lexicon) -> bool:
    """Whether "to" at *b* opens a purpose clause: a verb of ``proposal_purpose_verbs``
    follows, and the word before is a content word but no noun of intent or purpose ("a
    rent freeze *to help* renters"; not "a plan to help renters", "the only way to help")."""
    if b < 1 or b + 1 >= len(lows) or lows[b] not in lex.words.proposal_infinitive:
        return False
    prev = lows[b - 1]
    return (
        lows[b + 1] in lex.words.proposal_purpose_verbs
        and prev not in lex.stopwords
        and prev[:1].isalnum()
        and prev not in lex.intent_nouns
        and prev not in lex.proposal_nouns
        and prev not in lex.purpose_nouns
    )


def _own_words(lows: list[str], lex: Lexicon) -> int:
    """How many content words *lows* holds, not counting ``proposal_unkeyed`` modifiers: a
    purpose clause after one word is the proposal ("further action to stem the violence",
    "be able to avoid a strike")."""
    return sum(
        1
        for w in lows
        if w[:1].isalnum() and w not in lex.stopwords and w not in lex.words.proposal_unkeyed
    )


def _split_head(words: list[str], lex: Lexicon) -> list[str]:
    """*words* with a hyphenated last word of two content words split in two ("Sinn Féin
    *rent-freeze*": ``rent``, ``freeze``, keyed as "freeze rents"); not a prefix or a
    particle ("co-payment", "roll-out": parts of fewer than three letters or stopwords)."""
    if not words or "-" not in words[-1]:
        return words
    parts = words[-1].split("-")
    if len(parts) != 2 or not all(
        len(w) >= 3 and w.isalpha() and w not in lex.stopwords for w in parts
    ):
        return words
    parts[-1] = fold_plural(parts[-1], lex.plural_suffixes)  # as "rent controls" is folded
    return [*words[:-1], *(w for w in parts if w not in words[:-1])]


def _possessors(toks: list[Token], lows: list[str], a: int, k: int, lex: Lexicon) -> set[int]:
    """The tokens naming an owner inside the compound from *a* to *k* ("end *the city's*
    curfew", "*New Zealand's* lockdown"): no part of the proposal's key."""
    out: set[int] = set()
    for x in range(a, k):
        if not _possessive(lows[x], lex):
            continue
        out.add(x)
        y = x
        if lows[x] in lex.words.possessive_markers and x > a:
            y = x - 1  # "the city 's": the owner is the word before the mark
            out.add(y)
        while y - 1 >= a and toks[y - 1].is_cap and toks[y].is_cap:
            y -= 1
            out.add(y)
    return out


def _possessive(low: str, lex: Lexicon) -> bool:
    """A possessive mark, or a word ending in one ("city's", "countries'"): one ``endswith``
    over the marks (a word equal to a mark ends in it)."""
    return low.endswith(_as_tuple(lex.words.possessive_markers))


@cache
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """*words* as a tuple, as ``str.endswith`` takes them (sorted: the same on every run)."""
    return tuple(sorted(words))


def _unowned(low: str, lex: Lexicon) -> str:
    """*low* without a possessive ending ("bank's": "bank"); a bare mark stays."""
    for m in _as_tuple(lex.words.possessive_markers):
        if low.endswith(m) and len(low) > len(m):
            return low[: -len(m)]
    return low


def _possessive_word(low: str, lex: Lexicon) -> bool:
    """A possessive (:func:`_possessive`) that is no contracted stopword ("that's": "an
    increase that's fair")."""
    if low in lex.stopwords and low not in lex.words.possessive_markers:
        return False
    return _possessive(low, lex)


def _owner(toks: list[Token], lows: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Whether the words from *a* to the possessive at *b* are only its owner ("the
    minister's", "Labour's"), not a verb phrase holding one ("end the city's curfew")."""
    k = a - 1 if a and lows[a - 1] in lex.words.determiners else a
    if k < a:
        return True
    return all(toks[x].is_cap for x in range(a, b))


def _scare_quotes(toks: list[Token], a: int) -> set[int]:
    """Quote marks around one to three words inside a phrase starting at *a* ('a
    "large-scale" plan'); not the closing mark of a quotation opened before *a*."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        if t.text not in QUOTE_MARKS or i in out or i < a:
            continue
        for j in range(i + 2, min(len(toks) - 1, i + 5)):
            if toks[j].text in QUOTE_MARKS:
                if toks[j + 1].text[:1].isalnum():
                    out |= {i, j}
                break
    return out


def _opening(toks: list[Token], lows: list[str], prev: str, lex: Lexicon) -> int:
    """Where the proposal may start (see :func:`_first`), past a filler
    (``proposal_fillers``: "no plan *in place* to ban cars", also when the phrase starts
    after the filler's first word, *prev*) and past "what she called" (a wh-word, a pronoun
    and a word of ``proposal_namers``, maybe with ``proposal_namer_links``: "what it
    described as a tax")."""
    a = 0
    while a < len(toks) and not toks[a].text[:1].isalnum():
        a += 1
    named = _namer_end(lows, a, lex)
    if named is not None:
        return _lead(toks, lows, named, lex.stopwords)
    a = _lead(toks, lows, a, lex.stopwords)
    k = _filler_end(toks, lows, a, prev, lex)
    if k != a:
        return _first(toks[k:], lows[k:], lex) + k
    return _first(toks, lows, lex)


def _filler_end(toks: list[Token], lows: list[str], a: int, prev: str, lex: Lexicon) -> int:
    """Past the filler at *a* and the stopwords after it (``proposal_fillers``); a filler's
    first word may be *prev*, the word before the phrase ("no plan in | place to ban
    cars"). *a* when none is there."""
    for filler in lex.words.proposal_fillers:
        words = filler.split()
        if words[:1] == [prev] and len(words) > 1:
            words = words[1:]  # the stances step left the filler's preposition out
        if lows[a : a + len(words)] == words:
            return _lead(toks, lows, a + len(words), lex.stopwords)
    return a


def _namer_end(lows: list[str], a: int, lex: Lexicon) -> int | None:
    """Where the proposal follows "what she called" at *a*, if the words there say so."""
    fw = lex.words
    if not (
        a + 2 < len(lows)
        and lows[a] in fw.fragment_wh_words
        and lows[a + 1] in fw.fragment_words | fw.third_person
        and lows[a + 2] in fw.proposal_namers
    ):
        return None
    k = a + 3
    while k < len(lows) and lows[k] in fw.proposal_namer_links:
        k += 1
    return k


def names_only_a_name(text: str, span: Span, lex: Lexicon) -> bool:
    """Whether the target phrase at *span* is only "what she called" and stopwords: the
    ``stances`` step ended it at a word of the name ("what she called a *reckless* toll")."""
    lows = [t.low for t in plain_tokens(text[span.start : span.end])]
    k = _namer_end(lows, 0, lex)
    return k is not None and all(w in lex.stopwords for w in lows[k:])


def _past_prepositions(toks: list[Token], lows: list[str], a: int, lex: Lexicon) -> int:
    """The first token from *a* past one preposition and stopwords ("looking *at* the
    options")."""
    if a < len(toks) and lows[a] in lex.words.prepositions:
        a = _lead(toks, lows, a + 1, lex.stopwords)
    return a


def _lead(toks: list[Token], lows: list[str], a: int, stop: frozenset[str]) -> int:
    """The first token from *a* that is neither a stopword nor a mark."""
    while a < len(toks) and (lows[a] in stop or not toks[a].text[:1].isalnum()):
        a += 1
    return a


def _first(toks: list[Token], lows: list[str], lex: Lexicon) -> int:
    """Where the noun phrase may start: past stopwords, marks and prepositions."""
    a = _lead(toks, lows, 0, lex.stopwords)
    while a < len(toks) and (lows[a] in lex.words.prepositions or lows[a] in lex.words.determiners):
        a = _lead(toks, lows, a + 1, lex.stopwords)  # "against the mechanism", "another tax"
    return a


def _adjunct(toks: list[Token], lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the preposition before *k* opens an adjunct rather than the proposal's object:
    a name, a number, a possessive or a personal pronoun follows ("to Ukraine", "in 2026",
    "in their fight", "to me")."""
    fw = lex.words
    own = False
    while k < len(toks) and lows[k] in fw.determiners:
        own = own or lows[k] in fw.possessive_determiners
        k += 1
    if own:
        return True
    if k < len(toks) and (lows[k] in fw.first_person or lows[k] in fw.plural_pronouns):
        return True
    return k < len(toks) and (toks[k].is_cap or _number(lows[k], lex))


def _number(low: str, lex: Lexicon) -> bool:
    if low.isalpha():
        return low in lex.days  # (letters only: no digit, and no walk over the characters)
    return any(ch.isdigit() for ch in low) or low in lex.days


@cache
def _union(*sets: frozenset[str]) -> frozenset[str]:
    """The union of *sets*, made once per lexicon (frozensets keep their hash)."""
    return frozenset().union(*sets)


@cache
def _difference(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """``a - b``, made once per lexicon."""
    return a - b
