"""The enums every layer shares, and the one table of what each commitment means.

They live apart from :mod:`stancekit.model` so that the lexicon, the parser and the exports can
read them without importing the models (no import cycles); :mod:`stancekit.model` re-exports
them, and users import them from there or from the package root.

A new commitment type is a new :class:`Commitment` member plus one row of :data:`COMMITMENTS`
(its polarity, whether it rules out, its rank, what time turns it into): the parser, the model's
validation, the queries and the exports all read that row. ``docs/architecture.md`` has a worked
example.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = [
    "COMMITMENTS",
    "ActorKind",
    "Commitment",
    "CommitmentInfo",
    "Polarity",
    "ReactionBasis",
    "ReactionKind",
    "StatementKind",
]


class ActorKind(enum.StrEnum):
    """What sort of actor speaks.

    ``PERSON``: a named or titled individual; ``GOVERNMENT``: a country's government, also
    when named by its capital or seat ("the Kremlin"); ``ORGANIZATION``: a party, company,
    agency, newspaper...; ``GROUP``: several people speaking as one ("Democrats");
    ``ANONYMOUS``: an unnamed source ("a senior official").
    """

    PERSON = "person"
    GOVERNMENT = "government"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"


class StatementKind(enum.StrEnum):
    """How the words reach the reader.

    ``DIRECT``: the content is a quotation; ``INDIRECT``: reported speech with no quotation marks;
    ``MIXED``: reported speech with quoted fragments.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Polarity(enum.StrEnum):
    """Direction of a position on a target.

    ``OPPOSE`` goes with the commitments that rule out (``CATEGORICAL``, ``NO_PLANS``,
    ``NOT_NOW``) and with ``OBJECTION``, ``SUPPORT`` with ``ENDORSEMENT``, ``NEUTRAL`` with
    ``CAUTION`` and ``UNDECIDED`` with ``OPEN``.
    """

    SUPPORT = "support"
    OPPOSE = "oppose"
    NEUTRAL = "neutral"
    UNDECIDED = "undecided"

    @property
    def agreement(self) -> int | None:
        """DNA's boolean agreement: 1 for support, 0 for oppose, ``None`` otherwise."""
        return _AGREEMENT.get(self)


class Commitment(enum.StrEnum):
    """How firmly a position is taken.

    ``CATEGORICAL``: outright rejection ("ruled out", "never", "there will be no");
    ``NO_PLANS``: no plans or intention ("no plans", "not on the agenda", "not considering");
    ``NOT_NOW``: rejected for the time being ("not on the cards for the moment");
    ``CAUTION``: wariness without rejection ("we must be very cautious");
    ``OBJECTION``: against it without excluding it ("opposes", "is against", "voted against",
    "would be madness", "did not back it");
    ``OPEN``: keeps the option open ("nothing should be ruled out", "refused to rule out");
    ``ENDORSEMENT``: support ("backs", "is ready to send").
    """

    CATEGORICAL = "categorical"
    NO_PLANS = "no_plans"
    NOT_NOW = "not_now"
    CAUTION = "caution"
    OBJECTION = "objection"
    OPEN = "open"
    ENDORSEMENT = "endorsement"

    @property
    def rules_out(self) -> bool:
        """Whether this commitment excludes the target (now or for good)."""
        return COMMITMENTS[self].rules_out

    @property
    def polarity(self) -> Polarity:
        """The polarity a stance with this commitment has (see :data:`COMMITMENTS`)."""
        return COMMITMENTS[self].polarity


class ReactionKind(enum.StrEnum):
    """How a responder reacts to a statement or an actor.

    ``REJECTS``: disagrees ("hit back", or an opposite position); ``WARNS``: warns against
    it; ``CRITICIZES``: attacks the actor ("accused", "slammed"); ``SUPPORTS``: agrees (or
    takes the same position); ``DISTANCES``: keeps away from it without rejecting it (a
    cautious position); ``CLARIFIES``: answers it without taking a side ("in response to");
    ``DEFENDS``: speaks up for an actor who was criticised.
    """

    REJECTS = "rejects"
    WARNS = "warns"
    CRITICIZES = "criticizes"
    SUPPORTS = "supports"
    DISTANCES = "distances"
    CLARIFIES = "clarifies"
    DEFENDS = "defends"


class ReactionBasis(enum.StrEnum):
    """Whether a reaction is stated in the text or inferred from positions.

    ``EXPLICIT``: a cue in the text says so ("accused", "in response to"); ``INFERRED``:
    derived by the parser, from a position on the article's main proposal compared with the
    first one taken on it, a warning about that proposal, or an ally answering a criticism.
    """

    EXPLICIT = "explicit"
    INFERRED = "inferred"


@attrs.frozen
class CommitmentInfo:
    """What a :class:`Commitment` means, for the parser, validation, queries and exports.

    Attributes:
        polarity: The polarity of every stance with this commitment (checked by
            :class:`~stancekit.model.Stance`).
        rules_out: Whether the commitment excludes the target (``who ruled out``).
        rank: Strength, when one statement takes several positions on the same target: the
            parser keeps the highest.
        temporary: The commitment it becomes when a time qualifier limits it ("no plans *for
            now*": ``not_now``), or ``None`` when time does not change it.
        precedence: Weight when one actor takes several positions on one target in an
            article: the actor's position (:meth:`~stancekit.model.Article.position`) is the
            stance of highest precedence, the earliest on ties. A categorical rejection (6)
            outranks a later hedge (``open``, 5: "never say never"), which outranks vaguer
            rejections (``no_plans`` 4, ``not_now`` 3); ``objection`` and ``endorsement`` (2)
            come next, ``caution`` (1) last. "Who refused to rule out" reads it per target key,
            so a split position (one version ruled out, another kept open) answers both.
    """

    polarity: Polarity
    rules_out: bool
    rank: int
    temporary: Commitment | None = None
    precedence: int = 0


_COMMITMENT_ROWS: dict[Commitment, CommitmentInfo] = {
    Commitment.CATEGORICAL: CommitmentInfo(
        Polarity.OPPOSE, rules_out=True, rank=3, temporary=Commitment.NOT_NOW, precedence=6
    ),
    Commitment.NO_PLANS: CommitmentInfo(
        Polarity.OPPOSE, rules_out=True, rank=3, temporary=Commitment.NOT_NOW, precedence=4
    ),
    Commitment.NOT_NOW: CommitmentInfo(Polarity.OPPOSE, rules_out=True, rank=3, precedence=3),
    Commitment.CAUTION: CommitmentInfo(Polarity.NEUTRAL, rules_out=False, rank=1, precedence=1),
    Commitment.OBJECTION: CommitmentInfo(Polarity.OPPOSE, rules_out=False, rank=2, precedence=2),
    Commitment.OPEN: CommitmentInfo(Polarity.UNDECIDED, rules_out=False, rank=4, precedence=5),
    Commitment.ENDORSEMENT: CommitmentInfo(Polarity.SUPPORT, rules_out=False, rank=2, precedence=2),
}

#: One row per commitment: the only place its polarity, ruling out, rank and time downgrade
#: are written down (read-only; the parser, validation, queries and exports all read it).
COMMITMENTS: Mapping[Commitment, CommitmentInfo] = MappingProxyType(_COMMITMENT_ROWS)

_AGREEMENT: Mapping[Polarity, int] = MappingProxyType({Polarity.SUPPORT: 1, Polarity.OPPOSE: 0})
