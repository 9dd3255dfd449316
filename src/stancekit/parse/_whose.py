"""Whose position a phrase inside a statement's content is (read by the ``positions`` step,
:mod:`stancekit.parse._stance`): the speaker's own side ("our government", "Slovakia is
among them"), or a third party's that the speaker reports ("countries that say never", "the
ministry had rejected it", "since the island nation ratified it").
"""

from __future__ import annotations

from .._tokens import Token
from ..lexicon import Lexicon
from ._resolve import Entity

__all__ = ["clause_subject", "office_holder", "reported", "self_reference"]


def reported(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the phrase at *i* reports third parties' positions ("countries that say")."""
    k = i - 1
    third = False
    while k >= 0 and i - k < 40 and lows[k] not in (",", ";", "–", "—", ".", ":"):
        if lows[k] in lex.third_party_subjects:
            third = True
            break
        k -= 1
    if not third:
        return False
    between = lows[k + 1 : i]
    return any(w in lex.reported_markers or w in lex.words.relative_markers for w in between)


def clause_subject(
    toks: list[Token], lows: list[str], i: int, content_start: int, e: Entity, lex: Lexicon
) -> str | None:
    """Whose position is the phrase at *i*: "self" (the speaker's side), "other" (a third
    party named as the clause's subject, as in "the ministry had rejected it"), or None."""
    k = i - 1
    while (
        k >= 0
        and i - k < 40
        and toks[k].start >= content_start
        and lows[k] not in lex.words.clause_starts
    ):
        k -= 1
    head = k + 1
    if head + 1 < i and lows[head] in lex.words.subordinators:
        head += 1  # "since the island nation ratified it": the clause after "since"
    if head >= i:
        return None
    if lows[head] in lex.words.subject_determiners and head + 1 < i:
        if lows[head] in lex.words.possessive_determiners:
            return "self"  # "his party", "her government": the speaker's own side
        head += 1
    first = toks[head]
    if lows[head] in lex.words.own_bodies:
        return "self"
    last = i - 1
    while last > head and lows[last] in lex.subject_gap:
        last -= 1  # "bank officials are not": the subject's noun, before its auxiliaries
    if (
        0 < last - head <= 2
        and (lows[last] in lex.role_nouns or lows[last] in lex.institution_roles)
        and lows[head - 1] in lex.words.subject_determiners
        and lex.compiled().places.match(lows, head) is None
        and all(lows[x] not in lex.words.prepositions for x in range(head, last))
    ):
        return "other"  # "the island nation ratified it": a body named by a role noun
    if lows[head] in lex.third_party_subjects or (
        lows[last] in lex.third_party_subjects
        and last - head == 1  # a modifier and the noun, not "... against people"
        and not lex.compiled().morph.is_gerund(lows[head])  # not "deporting people is"
        and lows[head] not in lex.words.prepositions
    ):
        return "other"  # "some countries are ready to ...", "bank officials are not ..."
    if not first.is_cap or lows[head] in lex.not_names:
        if (
            lows[head] in lex.role_nouns
            and lows[head - 1 if head else 0] in lex.words.subject_determiners
        ):
            return "other"  # "the ministry had rejected the proposal"
        return None
    hit = lex.compiled().places.match(lows, head)
    if (
        hit is None
        and first.start == content_start
        and not (head + 1 < i and toks[head + 1].is_cap)
    ):
        return None  # a capital that only starts the sentence: "Raising taxes is ..."
    own = {w.lower() for x in (e.name, e.affiliation, e.title) if x for w in x.split()}
    rep = e.represents
    if rep is not None:
        own |= {w.lower() for x in (rep.name, rep.affiliation) if x for w in x.split()}
    if hit is not None:
        country = hit[1].partition(":")[2].lower()
        if country in own or any(w in own for w in country.split()):
            return "self"
        return "self" if office_holder(e, lex) else "other"
    return "self" if lows[head] in own else "other"


def office_holder(e: Entity, lex: Lexicon) -> bool:
    """'The UK government is not planning X, according to the Secretary of State': a speaker
    holding a government office (its title has a word of :attr:`~stancekit.Lexicon.
    office_words`, none of ``opposition_words``) and no other country speaks for the
    government of the country they name."""
    if e.affiliation or not e.title:
        return False
    words = set(e.title.lower().split())
    return bool(words & lex.office_words) and not words & lex.opposition_words


def self_reference(toks: list[Token], lows: list[str], j: int, e: Entity, lex: Lexicon) -> bool:
    """'never - Slovakia is among them': the speaker counts their own side in."""
    own = {x.lower() for x in (e.affiliation, e.name) if x}
    for k in range(j, min(len(toks), j + 8)):
        if lows[k] in (",", ";", ".", "but"):
            break  # the next clause is someone else's
        if lows[k] in lex.words.first_person:
            return True
        for name in own:
            words = name.split()
            if lows[k : k + len(words)] == words:
                return True
    return False
