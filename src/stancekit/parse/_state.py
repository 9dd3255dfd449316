"""The parse state: everything the parser knows about one text, passed through the steps.

:func:`stancekit.parse.parse` makes one :class:`ParseState` and hands it to each function of
:data:`stancekit.parse._pipeline.STEPS` in turn; each step reads what earlier steps filled in
and fills in its own fields (the table in ``docs/architecture.md`` says which). Nothing is
kept between texts.

References are typed objects, not positions in parallel lists: an :class:`Utterance` holds
its attribution, its resolved speaker and (from the ``statements`` step on) its statement;
a reaction cue points at its utterance.
"""

from __future__ import annotations

import datetime

import attrs

from ..lexicon import Lexicon
from ..model import Actor, Reaction, Stance, Statement
from ..topics import Codebook
from ._known import KnownActor
from ._mentions import Mention
from ._narrated import Narrated
from ._reaction import ExplicitCue
from ._resolve import Entity, Resolver
from ._stance import Candidate, Focal
from ._text import Sentence
from .attribution import Attribution

__all__ = ["Focal", "ParseState", "Utterance"]


@attrs.define(eq=False)
class Utterance:
    """An attribution whose speaker resolved to an entity: a statement in the making.

    Attributes:
        attribution: What the attribution step found (cue, speaker mention, content).
        speaker: The entity the speaker mention resolved to.
        statement: The :class:`~stancekit.model.Statement` made of it, set by the
            ``statements`` step (reading it earlier raises ``AttributeError``).
    """

    attribution: Attribution
    speaker: Entity
    statement: Statement = attrs.field(init=False)


@attrs.define(eq=False)
class ParseState:
    """One text on its way to an :class:`~stancekit.model.Article`.

    The first group of attributes is the input; the others start empty and are filled by
    the steps named in brackets.

    Attributes:
        text: The text, as given (all offsets point into it).
        lexicon: The word lists the parse uses.
        known: Actors the caller knows in advance.
        title: Headline given by the caller (else found by ``headline``).
        date: Publication date, when known.
        source: Outlet or file name, when known.
        topics: The user's codebook of proposals, read by ``proposals``.
        sentences: Sentences with tokens and quotations [``segment``].
        mentions: Each sentence's candidate actor mentions, by sentence index [``attribute``].
        attributions: Cue, speaker mention and content, in text order [``attribute``].
        resolver: Links mentions to entities [``resolve``]; the only code that changes an
            :class:`~stancekit.parse._resolve.Entity`.
        utterances: Attributions with a resolved speaker [``speakers``].
        cues: Explicit reaction cues [``reaction_cues``].
        narrated: Positions whose subject is an actor mention [``narrated``].
        actors: The actors, with their final ids [``actors``].
        statements: One per utterance, in text order [``statements``].
        positions: Stance candidates of each utterance [``positions``].
        focal: The article's focal proposal [``focus``], read by ``stances`` and
            ``reactions``.
        stances: Positions taken [``stances``].
        reactions: Reactions of actors to one another [``reactions``].
    """

    text: str
    lexicon: Lexicon
    known: tuple[KnownActor, ...] = ()
    title: str | None = None
    date: datetime.date | None = None
    source: str | None = None
    topics: Codebook | None = None
    sentences: list[Sentence] = attrs.Factory(list)
    mentions: list[list[Mention]] = attrs.Factory(list)
    attributions: list[Attribution] = attrs.Factory(list)
    resolver: Resolver | None = None
    utterances: list[Utterance] = attrs.Factory(list)
    cues: list[ExplicitCue] = attrs.Factory(list)
    narrated: list[Narrated] = attrs.Factory(list)
    actors: list[Actor] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    positions: list[tuple[Utterance, list[Candidate]]] = attrs.Factory(list)
    focal: Focal = attrs.Factory(Focal)
    stances: list[Stance] = attrs.Factory(list)
    reactions: list[Reaction] = attrs.Factory(list)

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The candidate mentions of *sentence*."""
        return self.mentions[sentence.index]
