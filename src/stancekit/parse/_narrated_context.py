"""The context of a position phrase after an actor mention that makes it none of the actor's
(read by the ``narrated`` step, :mod:`stancekit.parse._narrated`): a question of the
reporter's, a guess ("might reject"), the object of a verb ("asked the council to reject"), a
particle ("back down") or an "if" clause; and the negators and refusals the phrase reads. The
words come from the lexicon (``question_marks``, ``hedge_modals``, ``verb_particles``,
``conditional_markers``, ``negators``, ``refusals``).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ._text import QUOTE_MARKS, Sentence

__all__ = [
    "asked",
    "conditional",
    "hedged",
    "negator",
    "object_before",
    "particle_follows",
    "refusal",
]

_GAP_MAX = 6  # words between the subject and the verb of its position (as in ``_narrated``)


def object_before(lows: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the mention starting at *a* follows a word (past its determiner) that opens no
    clause: the object of a verb ("convinced the court to throw it out"), not a subject
    ("Germany to reject the levy", "..., and the council to reject it")."""
    k = a - 1
    if k >= 0 and lows[k] in lex.words.determiners:
        k -= 1
    w = lows[k] if k >= 0 else ""
    return bool(w) and not (
        w in lex.words.clause_boundaries
        or w in lex.words.clause_starts
        or w in lex.words.subordinators
        or w in lex.coordination_links
        or w in QUOTE_MARKS
    )


def hedged(lows: list[str], j: int, end: int, lex: Lexicon) -> bool:
    """Whether a modal of :attr:`~stancekit.Lexicon.hedge_modals` stands between the subject
    (ending before *j*) and the end of its position phrase (*end*), before the phrase's last
    word ("might reject", "could soon approve"; "could return to" is a phrase of its own)."""
    table = lex.compiled().commitments
    return any(
        lows[x] in lex.hedge_modals and table.match(lows, x) is None
        for x in range(j, min(end - 1, j + _GAP_MAX))
    )


def asked(s: Sentence, lows: list[str], lex: Lexicon) -> bool:
    """Whether the sentence is a question of the reporter's: it ends (before closing marks)
    with a word of :attr:`~stancekit.Lexicon.question_marks` outside quotation marks."""
    k = len(lows) - 1
    while k > 0 and lows[k] in QUOTE_MARKS:
        k -= 1
    return k >= 0 and lows[k] in lex.question_marks and s.quote_of[k] < 0


def particle_follows(lows: list[str], k: int, lex: Lexicon) -> bool:
    """'would not back down': the verb with this particle is another verb."""
    return k < len(lows) and lows[k] in lex.verb_particles


def conditional(lows: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the subject at *a* opens a conditional clause ("if the council backs it")."""
    k = a - 1
    while k >= 0 and a - k <= 3 and lows[k] not in (",", ";", "."):
        if lows[k] in lex.conditional_markers:
            return True
        k -= 1
    return False


def refusal(lows: list[str], j: int, end: int, lex: Lexicon) -> bool:
    """'refused to VERB' just before *end*, VERB not a speech verb ("declined to comment")."""
    return (
        end - j >= 2
        and end < len(lows)
        and lows[end - 2] in lex.refusals
        and lows[end - 1] == "to"
        and lows[end] not in lex.speech_cues
        and not any(negator(lows[x], lex) and lows[x] not in lex.refusals for x in range(j, end))
    )


def negator(word: str, lex: Lexicon) -> bool:
    return word in lex.negators or lex.compiled().morph.is_negative(word)
