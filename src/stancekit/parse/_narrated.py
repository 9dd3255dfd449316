"""Step ``narrated``: positions the text states of an actor, outside or inside speech.

"The chamber has backed a congestion charge", "Germany today rejected the plan", "The mayor,
who opposes the levy, ...", "She refused to rule it out": the subject is an actor mention
(named, role, institution, pronoun, or the relative "who" after one), and the verb of the
position follows it, with only the words of :attr:`~stancekit.Lexicon.subject_gap`
(auxiliaries, modals, adverbs, time words) and negators in between. The phrase and what it
commits to come from the commitment phrases of the lexicon, as for stated positions; a negator
in the gap flips it as the phrase's ``negated`` says ("did not rule out": open), and a negated
endorsement is an objection ("did not back the plan").

Phrasal verbs that only look like a position ("would not back down") and positions inside a
conditional clause ("the vote could be delayed if more time is needed") are left out. The
stances are made by the ``stances`` step (:func:`stancekit.parse._stance.find_stances`); their
evidence is the cue and target spans, plus the holder's statements that contain the cue.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from .._normalize import content_words_of
from .._tokens import Token
from ..lexicon import CommitmentPhrase, Lexicon
from ..model import COMMITMENTS, Commitment, Polarity, Span
from ._mentions import Mention, MentionKind
from ._narrated_context import (
    asked,
    conditional,
    hedged,
    negator,
    object_before,
    particle_follows,
    refusal,
)
from ._phrase_context import contrast_follows
from ._resolve import Entity
from ._stance import (
    Candidate,
    _qualifier,
    _target,
    holds_object,
    inner_time,
    match_commitment,
    phrasal,
)
from ._support import names_bill, names_measure, no_proposal, reverse_abandonment
from ._text import QUOTE_MARKS, Sentence

__all__ = ["Narrated", "find_narrated"]

_GAP_MAX = 6  # words between the subject and the verb of its position
_OBJECT_MAX = 6  # words of the object in "defended the health minister for ..."
_ADJUNCT_MAX = 12  # words of a phrase opening the clause ("In a letter to the mayor,")
_RELATIVE_MAX = 12  # words of a relative clause after the subject ("Roe, who leads X, backed")


class Narrated:
    """A position phrase whose grammatical subject is an actor mention (``pronoun``: the
    mention is a pronoun, whose antecedent inside reported speech is less sure)."""

    __slots__ = ("candidate", "hedged", "holder", "member", "nominal", "pronoun")

    def __init__(
        self,
        holder: Entity,
        candidate: Candidate,
        *,
        member: bool = False,
        nominal: bool = False,
        pronoun: bool = False,
        hedged: bool = False,
    ) -> None:
        self.holder = holder
        self.candidate = candidate
        self.pronoun = pronoun
        #: A modal of possibility stands before the phrase ("the board might reject the bid"):
        #: the reporter's guess, a position of nobody's; inside speech it keeps the speaker
        #: from being given the guessed actor's position.
        self.hedged = hedged
        #: Listed as a member of the group whose words these are ("countries, including X,
        #: have pledged"): the position is the members', not the group's.
        self.member = member
        #: Said by a noun phrase ("the mayor's plan to", "critics of the toll such as X",
        #: "opposition from X"): the holder's wherever it stands, in speech too.
        self.nominal = nominal


def find_narrated(
    sentences: list[Sentence], mentions: list[list[Mention]], lex: Lexicon
) -> list[Narrated]:
    """The positions whose subject is a resolved actor mention, in text order.

    Args:
        sentences: The article's sentences.
        mentions: Each sentence's mentions (resolved by the ``resolve`` step).
        lex: The lexicon.

    Returns:
        One :class:`Narrated` per position found.
    """
    out: list[Narrated] = []
    for s, ms in zip(sentences, mentions, strict=True):
        if all(m.actor is None for m in ms):
            continue  # every position found is an actor's: none here (and no mention at all)
        toks = s.tokens
        lows = s.lows  # the sentence's own list: read only
        by_start = {m.a: m for m in ms}
        by_end = {m.b: m for m in ms}
        done = -1
        is_question = asked(s, lows, lex)
        for m in sorted(ms, key=lambda m: m.a):
            e = m.actor
            if e is None or m.b <= done:
                continue
            j = m.b
            if j < len(toks) and lows[j] in lex.words.possessive_markers:
                own = _possessive(s, lows, j, lex)  # "the mayor's plan to build a tram"
                if own is not None:
                    out.append(Narrated(e, own, nominal=True))
                continue  # "the mayor's plan": not the subject
            if is_question:
                continue  # "Will the council approve the levy?": asked about, not reported
            # "several countries have pledged": nobody in particular (asked below, once the
            # cheaper tests have not already moved on: each test before it is pure)
            by = m.a - 1
            if by > 0 and lows[by] in lex.words.determiners:
                by -= 1  # "backed by the unions"
            if by > 0 and lows[by] in lex.agent_markers:
                if _nobody_in_particular(lows, m, lex):
                    continue
                agent = _passive(s, lows, by, e, lex)
                if agent is not None:
                    out.append(agent)
                    members, _ = _listed(m.b, by_start, lows, lex, first=False)
                    out.extend(
                        Narrated(x.actor, _copy(agent.candidate)) for x in members if x.actor
                    )
                continue
            pre = m.a - 1
            if pre > 0 and lows[pre] in lex.words.determiners:
                pre -= 1  # "sent in to the West Bank was premature"
            if (
                pre >= 0
                and lows[pre] in lex.words.prepositions
                and lows[pre] not in lex.words.subordinators  # "after the mayor announced"
            ):
                continue  # "support for Ukraine did not include": not the subject
            relative = lows[j : j + 2] == [",", "who"]
            if relative:
                j += 2  # "the mayor, who opposes the levy"
            elif j < len(lows) and lows[j] == "to" and object_before(lows, m.a, lex):
                continue  # "asked the council to reject the levy": the council is asked
            joined = _conjuncts(m, by_end, lows, lex)
            if joined is None:
                continue
            holders = [m, *joined]
            made = _position(s, toks, lows, j, holders[-1].a, lex)
            if made is None and relative:
                after = _relative_end(lows, j)  # "the mayor, who leads the board, backed it"
                if after is not None:
                    made = _position(s, toks, lows, after, holders[-1].a, lex)
            if made is None or _nobody_in_particular(lows, m, lex):
                continue
            c, done = made
            if _not_a_proposal(c, toks, lows, by_start, lex):
                continue
            if hedged(lows, j, done, lex):
                # "the board might reject the bid": a guess, the subject's position is not known
                out.append(Narrated(e, c, hedged=True, pronoun=m.kind is MentionKind.PRONOUN))
                continue
            holders.extend(_echoes(s, lows, done, by_start, lex))
            out.extend(
                Narrated(h.actor, _copy(c), pronoun=h.kind is MentionKind.PRONOUN)
                for h in holders
                if h.actor is not None
            )
        if is_question:
            continue
        out.extend(_members(s, toks, lows, by_start, lex))
        out.extend(_group_nouns(s, toks, lows, by_start, by_end, lex))
        out.extend(_coordinated(s, ms, lows, done, lex))
    return out


def _position(
    s: Sentence, toks: list[Token], lows: list[str], j: int, a: int, lex: Lexicon
) -> tuple[Candidate, int] | None:
    """The position whose subject ends before *j* (and starts at *a*): the candidate and the
    index after its phrase, or ``None``."""
    clex = lex.compiled()
    if j >= len(lows) or not (_gap_like(lows[j], lex) or _may_open(lows[j], lex)):
        return None  # the word after the subject opens no position, nor stands before one
    hit = _position_at(lows, j, lex)
    shared = _shared_position(lows, j, lex)
    if shared is not None:
        hit = shared  # "defended the minister for not ruling it out": the subject's too
    if hit is None:
        return _urging(s, toks, lows, j, a, lex)
    i, n, negated, phrase = hit
    if phrase in lex.clarifying_phrases and contrast_follows(lows, i + n, lex):
        return None  # "are not talking about a bed tax, but about a levy on ships"
    inner = clex.commitments.match(lows, i + n) if lows[i + n - 1] == "to" else None
    if inner is not None:
        i, n = i + n, inner[0]  # "vowed to block the plan": the inner position counts
        phrase = inner[1]
    info = clex.commitment_info.get(phrase)
    if info is None:  # a refusal ("declined to resign")
        info = CommitmentPhrase(phrase, Commitment.CATEGORICAL)
    if info.target == "before" and not (
        info.commitment is Commitment.OPEN and holds_object(lows[i : i + n], lex)
    ):
        return None  # "X is off the table": the subject is the proposal, not an actor
    commitment = info.commitment
    if negated:
        if info.negated is None:
            return None
        commitment = _negation_of(info.commitment, info.negated)
    one_word = n == 1 and info.commitment is Commitment.ENDORSEMENT
    if (one_word and particle_follows(lows, i + n, lex)) or conditional(lows, a, lex):
        return None
    if one_word and i == j and a > 0 and lows[a - 1] in lex.negators:
        return None  # "with no GOP support": a noun after its modifier
    nxt = lows[i + n] if i + n < len(lows) else ""
    if nxt in lex.agent_markers or (i == j and nxt in lex.words.noun_complements):
        return None  # "US backing for Ukraine": a noun; "X was opposed by Y": Y's position
    c = Candidate(
        " ".join(t.text for t in toks[j if negated else i : i + n]),
        Span(toks[j if negated else i].start, toks[i + n - 1].end),
        commitment,
    )
    start = toks[i + n].start if i + n < len(toks) else s.end
    _target(c, toks, lows, i, n, "after", lex, start)
    if not no_proposal(c, toks, lex):
        reverse_abandonment(c, toks, lex)
    c.self_ref = True
    c.qualifier = _qualifier(c, toks, lows, i, n, lex) or inner_time(lows, i, n, lex)
    temporary = COMMITMENTS[c.commitment].temporary
    if temporary is not None and c.qualifier and c.qualifier.lower() in lex.temporal_qualifiers:
        c.commitment = temporary
    return c, i + n


def _relative_end(lows: list[str], j: int) -> int | None:
    """The index after the comma closing a relative clause opened before *j* ("Roe, who
    leads the board, backed the levy": "backed"), or ``None`` when no comma closes it within
    ``_RELATIVE_MAX`` words, or a quotation mark or a second "who" comes first."""
    for k in range(j, min(len(lows), j + _RELATIVE_MAX)):
        w = lows[k]
        if w == ",":
            return k + 1 if k > j else None
        if w in QUOTE_MARKS or w == "who":
            return None
    return None


def _start(t: Token) -> int:
    return t.start


def _copy(c: Candidate) -> Candidate:
    """The same position for another holder (the ``stances`` step keys each one)."""
    d = Candidate(c.cue, c.cue_span, c.commitment)
    d.words, d.target_text, d.target_span = list(c.words), c.target_text, c.target_span
    d.anaphoric, d.reported, d.self_ref, d.qualifier = (
        c.anaphoric,
        c.reported,
        c.self_ref,
        c.qualifier,
    )
    return d


def _echoes(
    s: Sentence, lows: list[str], k: int, by_start: dict[int, Mention], lex: Lexicon
) -> list[Mention]:
    """'X is behind the proposal, as is Y': the actors after "as" and an auxiliary, at the end
    of the clause whose position ends at *k*, hold it too."""
    n = len(lows)
    for x in range(k, min(n - 2, k + 16)):
        if s.quote_of[x] >= 0 or lows[x] in (";", "."):
            return []
        if (
            (lows[x] in lex.words.dashes or lows[x] == ",")
            and lows[x + 1] == "as"
            and lows[x + 2] in lex.echo_auxiliaries
        ):
            return _listed(x + 3, by_start, lows, lex)[0]
    return []


def _nobody_in_particular(lows: list[str], m: Mention, lex: Lexicon) -> bool:
    """'some countries', 'many experts', a bare 'critics': a subject that names no one.

    A plural with a modifier names a group that can hold a position ("business leaders",
    "political allies").
    """
    words = [w for w in lows[m.a : m.b] if w not in lex.words.determiners]
    a = m.a
    if a > 0 and lows[a - 1] in lex.group_modifiers:
        a -= 1  # "political leaders": the modifier the mention left out
    if not lex.group_quantifiers.isdisjoint(lows[max(0, a - 1) : m.b]):
        return True
    if not lex.negators.isdisjoint(words):
        return True  # "nobody opposed": no one in particular
    if a < m.a:
        return False  # "political leaders", not "some political leaders": a group
    return len(words) <= 1 and any(w in lex.third_party_subjects for w in words)


def _conjuncts(
    m: Mention, by_end: dict[int, Mention], lows: list[str], lex: Lexicon
) -> list[Mention] | None:
    """The mentions joined to *m* as one subject, nearest first: in "Labor, the Greens and the
    Nationals oppose it", for "the Nationals", "the Greens" and "Labor". ``None`` when the
    first of them follows a preposition (the list is no subject)."""
    out: list[Mention] = []
    cur = m
    while True:
        k = cur.a
        if k > 0 and lows[k - 1] in lex.words.determiners:
            k -= 1  # "and the Greens"
        if not out:
            if k == 0 or lows[k - 1] not in lex.coordination_links:
                break
            k -= 1  # "and" before the last conjunct
            if k > 0 and lows[k - 1] == ",":
                k -= 1  # the serial comma
        elif k > 0 and lows[k - 1] == ",":
            k -= 1
        else:
            break
        p = by_end.get(k)
        if p is None or p.actor is None or p.actor is cur.actor:
            break
        if p.a > 0 and lows[p.a - 1] in lex.words.prepositions:
            return None  # "voters for Labor and the Greens oppose it": no subject
        out.append(p)
        cur = p
    return out


def _listed(
    k: int, by_start: dict[int, Mention], lows: list[str], lex: Lexicon, *, first: bool = True
) -> tuple[list[Mention], int]:
    """The mentions listed from token *k* ("France, Britain and Canada"), and the index
    after the list. With ``first=False`` the list continues one that ended before *k*."""
    out: list[Mention] = []
    n = len(lows)
    if not first:
        if k < n and lows[k] == ",":
            k += 1
        if k < n and lows[k] in lex.coordination_links:
            k += 1
        elif k < n and lows[k - 1] != ",":
            return out, k
    while k < n:
        m = by_start.get(k)
        if m is None and lows[k] in lex.words.determiners:
            m = by_start.get(k + 1)
        if m is None or m.actor is None:
            break
        out.append(m)
        k = m.b
        if lows[k : k + 2] == [",", "and"] or lows[k : k + 2] == [",", "or"]:
            k += 2
        elif k < n and (
            lows[k] in lex.coordination_links
            or (lows[k] == "," and (k + 1 in by_start or k + 2 in by_start))
        ):
            k += 1
        else:
            break
    return out, k


def _possessive(s: Sentence, lows: list[str], j: int, lex: Lexicon) -> Candidate | None:
    """'the mayor's plan to build a tram', 'the union's call for a levy', 'the council's
    opposition to the toll': the possessor's own position (*j* is the index of "'s")."""
    toks = s.tokens
    k = j + 1
    if k + 1 >= len(lows) or s.quote_of[k] >= 0:
        return None
    if (lows[k] in lex.proposal_nouns and lows[k + 1] in lex.proposal_links) or (
        lows[k] in lex.intent_nouns and lows[k + 1] == "to"
    ):
        commitment, n = Commitment.ENDORSEMENT, 2
    else:
        hit = lex.compiled().commitments.match(lows, k)
        if hit is None:
            return None
        n = hit[0]
        info = lex.compiled().commitment_info[hit[1]]
        if info.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION):
            return None
        if info.target == "before" or (n == 1 and lows[k + 1] not in lex.proposal_links):
            return None
        if n == 1:
            n = 2  # "support for"
        commitment = info.commitment
    c = Candidate(
        " ".join(t.text for t in toks[k : k + n]),
        Span(toks[k].start, toks[k + n - 1].end),
        commitment,
    )
    start = toks[k + n].start if k + n < len(toks) else s.end
    _target(c, toks, lows, k, n, "after", lex, start)
    _cut_at_verb(c, toks, lows, k + n, lex)
    if not c.words or c.anaphoric:
        return None
    c.self_ref = True
    return c


def _cut_at_verb(c: Candidate, toks: list[Token], lows: list[str], k: int, lex: Lexicon) -> None:
    """End the target of a noun's position before the sentence's verb ("the White House's
    plan for tax relief backs ...": the plan is for tax relief)."""
    if c.target_span is None:
        return
    clex = lex.compiled()
    x = k + 1
    while x < len(toks) and toks[x].start < c.target_span.end:
        if clex.commitments.match(lows, x) is not None or lows[x] in lex.subject_gap:
            if lows[x] in ("to", "on", "this", "so", "far", "once", "even", "just", "long"):
                x += 1
                continue  # gap words that are also prepositions or determiners
            b = x - 1
            while b > k and lows[b] in lex.words.target_trailing:
                b -= 1
            c.target_span = Span(c.target_span.start, toks[b].end)
            c.words = content_words_of([lows[y] for y in range(k, b + 1)], lex)
            return
        x += 1


def _urging(
    s: Sentence, toks: list[Token], lows: list[str], j: int, a: int, lex: Lexicon
) -> tuple[Candidate, int] | None:
    """'urged the council to ban cars', 'have called on the minister to scrap the levy': the
    subject (ending before *j*, starting at *a*) supports the action it asks for, or objects
    to what it asks others to reject."""
    end = j
    while (
        end < len(lows)
        and end - j < _GAP_MAX
        and (lows[end] in lex.subject_gap or lows[end] in lex.days)
    ):
        end += 1
    n = _phrase_at(lows, end, lex.urging_verbs)  # first: most words urge nothing
    if not n or any(negator(lows[x], lex) for x in range(j, end)):
        return None
    if conditional(lows, a, lex):
        return None
    to = end + n
    while to < len(lows) and to - end < 10 and lows[to] != "to":
        if lows[to] in lex.words.clause_boundaries or s.quote_of[to] >= 0:
            return None
        to += 1
    if to + 1 >= len(lows) or lows[to] != "to" or to == end + n or negator(lows[to - 1], lex):
        return None  # "urged residents not to panic"
    if lows[to + 1] in lex.speech_cues or negator(lows[to + 1], lex):
        return None  # "urged him to say more", "urged them not to strike"
    clex = lex.compiled()
    i, k, commitment = end, to + 1, Commitment.ENDORSEMENT
    inner = clex.commitments.match(lows, k)
    if inner is not None:
        info = clex.commitment_info[inner[1]]
        polarity = COMMITMENTS[info.commitment].polarity
        if polarity is Polarity.OPPOSE:
            commitment = Commitment.OBJECTION  # "urged the council to reject the toll"
        elif polarity is not Polarity.SUPPORT:
            return None
        k, m = k + inner[0], inner[0]
    else:
        k, m = to, 1
    c = Candidate(
        " ".join(t.text for t in toks[i : i + n]),
        Span(toks[i].start, toks[i + n - 1].end),
        commitment,
    )
    start = toks[k].start if k < len(toks) else s.end
    _target(c, toks, lows, k - m if inner is not None else to, m, "after", lex, start)
    if not c.words or c.anaphoric:
        return None
    reverse_abandonment(c, toks, lex)
    c.self_ref = True
    return c, k


def _not_a_proposal(
    c: Candidate, toks: list[Token], lows: list[str], by_start: dict[int, Mention], lex: Lexicon
) -> bool:
    """Whether a support or opposition verb's object names no proposal: a person or body
    ("backed Jane Roe", "criticised the council") or a word of :attr:`Lexicon.not_proposals`
    ("backed him", "supports the team")."""
    if no_proposal(c, toks, lex):
        return True  # "backed him", "endorsed Jane Roe"
    if c.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION):
        return False
    k = bisect_left(toks, c.cue_span.end, key=_start)
    if k < len(lows) and lows[k] in lex.words.determiners and k + 1 not in by_start:
        return False
    m = by_start.get(k) or by_start.get(k + 1)
    if m is None or m.actor is None or c.target_span is None:
        return False
    if lows[m.b - 1] in lex.proposal_heads:
        return False  # "passed the Clean Water Act": a bill's name, not an actor's
    return m.end >= c.target_span.end  # the whole object is an actor


def _members(
    s: Sentence, toks: list[Token], lows: list[str], by_start: dict[int, Mention], lex: Lexicon
) -> list[Narrated]:
    """'Several countries, including France and Britain, have pledged to ...': the members
    listed hold the group's position."""
    out: list[Narrated] = []
    if "," not in lows or _first_words(lex.inclusion_markers).isdisjoint(lows):
        return out  # no list of members: nothing to look at
    for c in _indices(lows, _COMMA, 0, len(lows) - 4):
        k = c + 1  # the word after a comma
        if s.quote_of[k] >= 0:
            continue
        size = _phrase_at(lows, k, lex.inclusion_markers)
        if not size:
            continue
        members, end = _listed(k + size, by_start, lows, lex)
        if not members or end >= len(lows) or lows[end] != ",":
            continue
        made = _position(s, toks, lows, end + 1, k, lex)
        if made is None or _not_a_proposal(made[0], toks, lows, by_start, lex):
            continue
        out.extend(
            Narrated(m.actor, _copy(made[0]), member=True) for m in members if m.actor is not None
        )
    return out


def _group_nouns(
    s: Sentence,
    toks: list[Token],
    lows: list[str],
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
    lex: Lexicon,
) -> list[Narrated]:
    """'supporters of the levy, including X', 'critics of the toll such as X', 'X, a longtime
    opponent of the toll', 'X is a champion of the levy', and 'opposition from X and Y'."""
    out: list[Narrated] = []
    if (
        lex.supporter_nouns.isdisjoint(lows)
        and lex.opponent_nouns.isdisjoint(lows)
        and lex.stance_nouns_from.keys().isdisjoint(lows)
    ):
        return out  # no noun of a position in the sentence
    n = len(lows)
    nouns = _position_nouns(
        lex.supporter_nouns, lex.opponent_nouns, frozenset(lex.stance_nouns_from)
    )
    for k in _indices(lows, nouns, 0, n - 2):
        w = lows[k]
        if s.quote_of[k] >= 0:
            continue
        if w in lex.stance_nouns_from and lows[k + 1] == "from":
            holders, end = _listed(k + 2, by_start, lows, lex)
            if not holders:
                continue
            c = Candidate(
                " ".join(t.text for t in toks[k : k + 2]),
                Span(toks[k].start, toks[k + 1].end),
                lex.stance_nouns_from[w],
            )
            if end < n and lows[end] in lex.proposal_links:
                start = toks[end + 1].start if end + 1 < n else s.end
                _target(c, toks, lows, end, 1, "after", lex, start)
            else:
                c.anaphoric = True  # "the bill stalled amid opposition from X": the proposal
            c.self_ref = True
            out.extend(
                Narrated(m.actor, _copy(c), nominal=True) for m in holders if m.actor is not None
            )
            continue
        if w in lex.supporter_nouns:
            commitment = Commitment.ENDORSEMENT
        elif w in lex.opponent_nouns:
            commitment = Commitment.OBJECTION
        else:
            continue
        if lows[k + 1] != "of":
            continue
        c = Candidate(
            toks[k].text + " " + toks[k + 1].text, Span(toks[k].start, toks[k + 1].end), commitment
        )
        _target(c, toks, lows, k, 2, "after", lex, toks[k + 2].start)
        if not c.words or c.anaphoric or c.target_span is None:
            continue
        if w in lex.head_verbs and not names_bill(toks, c.target_span, lex):
            continue  # "the sponsor of the team": no bill
        c.self_ref = True
        holders = []
        after = bisect_left(toks, c.target_span.end, lo=k + 2, key=_start)
        if after < n and lows[after] == ",":
            after += 1
        size = _phrase_at(lows, after, lex.inclusion_markers)
        if size:
            holders, _ = _listed(after + size, by_start, lows, lex)
        else:
            holders = _described(k, lows, by_end, lex)
        out.extend(
            Narrated(m.actor, _copy(c), nominal=True) for m in holders if m.actor is not None
        )
    return out


def _described(k: int, lows: list[str], by_end: dict[int, Mention], lex: Lexicon) -> list[Mention]:
    """The mention the noun at *k* describes: 'X, a longtime critic of', 'X is a critic of'."""
    x = k - 1
    while x > 0 and k - x <= 2 and lows[x] not in lex.words.determiners and lows[x] != ",":
        x -= 1  # adjectives: "a longtime, vocal"
    if x < 1 or lows[x] not in ("a", "an", "the"):
        return []
    x -= 1
    if lows[x] == ",":
        m = by_end.get(x)
        if m is None:
            return []
        return [] if _opening_adjunct(lows, m.a, lex) else [m]
    y = x
    while y >= 0 and lows[y] in lex.subject_gap:
        y -= 1  # "X is", "X has long been"
    if not any(lows[z] in lex.copulas for z in range(y + 1, x + 1)):
        return []
    m = by_end.get(y + 1)
    return [m] if m is not None else []


def _opening_adjunct(lows: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the mention at *a* ends a phrase opening its clause with a preposition: in "In a
    letter to the mayor, a critic of the toll wrote" the words after the comma are the
    subject, no apposition; in "progressives like X, the sponsor of the bill," they are."""
    if a == 0 or lows[a - 1] not in lex.words.prepositions:
        return False
    k = a - 1
    while k > 0 and a - k < _ADJUNCT_MAX and lows[k - 1] not in lex.words.clause_starts:
        k -= 1
    return lows[k] in lex.words.prepositions or lows[k] in lex.words.subordinators


_COMMA = frozenset({","})


@cache
def _position_nouns(*sets: frozenset[str]) -> frozenset[str]:
    """The union of *sets* (the nouns ``_group_nouns`` reads), made once per lexicon."""
    return frozenset().union(*sets)


def _indices(lows: list[str], words: frozenset[str], lo: int, hi: int) -> list[int]:
    """The indices *k* with ``lo <= k < hi`` and ``lows[k]`` in *words*, in order: found by
    ``list.index`` for each word present (searches in C), not by a walk over every token."""
    out: list[int] = []
    if lo >= hi:
        return out
    for w in words.intersection(lows[lo:hi]):
        k = lows.index(w, lo, hi)
        while True:
            out.append(k)
            try:
                k = lows.index(w, k + 1, hi)
            except ValueError:
                break
    out.sort()
    return out


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of *phrases*: :func:`_phrase_at` finds nothing at any other word."""
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _phrase_at(lows: list[str], k: int, phrases: frozenset[str]) -> int:
    """The length of the one- or two-word phrase of *phrases* at *k*, or 0."""
    if k >= len(lows) or lows[k] not in _first_words(phrases):
        return 0  # no phrase starts with this word: no string to build
    if " ".join(lows[k : k + 2]) in phrases and k + 1 < len(lows):
        return 2
    return 1 if k < len(lows) and lows[k] in phrases else 0


def _passive(s: Sentence, lows: list[str], by: int, e: Entity, lex: Lexicon) -> Narrated | None:
    """'The levy was rejected by the council', 'a plan backed by the unions': the agent's
    (*by* is the index of the agent marker)."""
    hit = lex.compiled().commitments.match_ending(lows, by)
    if hit is None:
        return None
    n, phrase = hit
    i = by - n
    info = lex.compiled().commitment_info[phrase]
    if info.target == "before":
        return None
    commitment = info.commitment
    if i > 0 and negator(lows[i - 1], lex):
        if info.negated is None or commitment is Commitment.OBJECTION:
            return None  # "was not opposed by X": X takes no position
        commitment = _negation_of(commitment, info.negated)  # "was not backed by"
    if (
        n == 1
        and info.commitment is Commitment.ENDORSEMENT
        and not lex.compiled().morph.is_past(lows[i])
    ):
        return None  # "support by the state": a noun, not the participle
    toks = s.tokens
    c = Candidate(
        " ".join(t.text for t in toks[i : i + n]),
        Span(toks[i].start, toks[i + n - 1].end),
        commitment,
    )
    k = i
    while k > 0 and (lows[k - 1] in lex.subject_gap or negator(lows[k - 1], lex)):
        k -= 1  # "was", "has not been": not the proposal's words
    if k > 0 and lows[k - 1] == ",":
        k -= 1  # "the tariff, opposed by the union,"
    if k == 0:
        return None
    _target(c, toks, lows, k, i + n - k, "before", lex, s.start)
    if not c.words:
        return None
    c.self_ref = True
    return Narrated(e, c)


def _coordinated(
    s: Sentence, ms: list[Mention], lows: list[str], done: int, lex: Lexicon
) -> list[Narrated]:
    """'X said ..., but did not rule out Y': a second predicate of the sentence's subject."""
    first = min(ms, key=lambda m: m.a, default=None)
    if first is None or first.actor is None or first.a > 1:
        return []
    out: list[Narrated] = []
    toks = s.tokens
    for k in _indices(lows, lex.coordinators, max(first.b, done), len(lows) - 1):
        if s.quote_of[k] >= 0:
            continue
        hit = _position_at(lows, k + 1, lex)
        if hit is None:
            continue
        i, n, negated, phrase = hit
        info = lex.compiled().commitment_info.get(phrase)
        if info is None or info.target == "before" or (negated and info.negated is None):
            continue
        commitment = info.commitment
        if negated and info.negated is not None:
            commitment = _negation_of(info.commitment, info.negated)
        c = Candidate(
            " ".join(t.text for t in toks[k + 1 : i + n]),
            Span(toks[k + 1].start, toks[i + n - 1].end),
            commitment,
        )
        start = toks[i + n].start if i + n < len(toks) else s.end
        _target(c, toks, lows, i, n, "after", lex, start)
        if no_proposal(c, toks, lex) or (
            " ".join(lows[i : i + n]) in lex.head_verbs and not names_measure(c, toks, lex)
        ):
            break  # "... and on Monday announced $5 million more": no measure
        c.self_ref = True
        out.append(Narrated(first.actor, c))
        break
    return out


def _position_at(lows: list[str], j: int, lex: Lexicon) -> tuple[int, int, bool, str] | None:
    """The position phrase the subject ending before *j* governs: (start, length, negated,
    phrase), the phrase being its key in the lexicon's commitment table (the words of a
    refusal, "refused to", when it is none).

    The phrase may start inside the gap ("will not send"), but must reach past it.
    """
    end = j
    while end < len(lows) and end - j < _GAP_MAX and _gap_like(lows[end], lex):
        end += 1
    first = lex.compiled().commitments.by_first
    for k in range(j, min(end + 1, len(lows))):
        # ``match_commitment`` is ``None`` at a word that starts no phrase: no call
        hit = match_commitment(lows, k, lex) if lows[k] in first else None
        if hit is None:
            if k == end and refusal(lows, j, end, lex):
                # "refused to lift the ban": the refusal is the position
                return end - 2, 1, False, lows[end - 2]
            continue
        n, phrase, _ = hit
        if k + n <= end:
            # the phrase lies in the gap: only a negated modal before an action counts
            if phrase not in lex.modal_negations or k + n != end or end >= len(lows):
                continue
            if lows[end] not in lex.action_verbs or phrasal(lows, end, lex):
                continue
        negated = any(negator(lows[x], lex) for x in range(j, k))
        return k, n, negated, phrase
    return None


def _gap_like(word: str, lex: Lexicon) -> bool:
    """Whether *word* may stand between a subject and its position phrase: an auxiliary or
    adverb of :attr:`~stancekit.Lexicon.subject_gap`, a day, a negator, a quotation mark ('she
    is "keeping the option open"'). The gaps of :func:`_shared_position` and :func:`_urging`
    are narrower (no negator, no mark)."""
    return word in lex.subject_gap or word in lex.days or negator(word, lex) or word in QUOTE_MARKS


def _may_open(word: str, lex: Lexicon) -> bool:
    """Whether *word* may open what :func:`_position` reads right after a subject: a
    commitment phrase (or a refusal), a position endorser ("defended ... for not ruling it
    out") or an urging verb. When neither this nor :func:`_gap_like` holds for the word after
    the subject, :func:`_position` finds nothing (a prefilter)."""
    return (
        word in lex.compiled().commitments.by_first
        or word in lex.refusals
        or word in lex.position_endorsers
        or word in _first_words(lex.urging_verbs)
    )


def _shared_position(lows: list[str], j: int, lex: Lexicon) -> tuple[int, int, bool, str] | None:
    """'X defended the minister for not ruling it out', 'X praised her for refusing to rule
    it out': the position X defends is X's (a verb of :attr:`~stancekit.Lexicon.
    position_endorsers` after the subject ending before *j*, its object, "for", a position)."""
    k = j
    while k < len(lows) and k - j < _GAP_MAX and lows[k] in lex.subject_gap:
        k += 1
    if k >= len(lows) or lows[k] not in lex.position_endorsers:
        return None
    boundary = lex.words.clause_boundaries
    for f in range(k + 1, min(len(lows) - 1, k + 1 + _OBJECT_MAX)):
        if lows[f] in boundary:
            return None
        if lows[f] == "for":
            return _position_at(lows, f + 1, lex)
    return None


def _negation_of(commitment: Commitment, negated: Commitment) -> Commitment:
    """A negated phrase's commitment; a negated endorsement ("did not back it") objects."""
    return Commitment.OBJECTION if commitment is Commitment.ENDORSEMENT else negated
