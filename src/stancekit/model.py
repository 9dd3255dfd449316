"""The typed core: spans, actors, statements, stances, reactions and the article holding them.

All models are frozen attrs classes. Every extracted fact points back at the characters of the
article text that support it, through :class:`Span` offsets.
"""

from __future__ import annotations

import datetime
import enum
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._enums import (
    COMMITMENTS,
    ActorKind,
    Commitment,
    CommitmentInfo,
    Polarity,
    ReactionBasis,
    ReactionKind,
    StatementKind,
)
from .errors import ValidationError
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .network._frames import Frames
    from .query import Answer, QuestionForm

__all__ = [
    "COMMITMENTS",
    "Actor",
    "ActorKind",
    "Article",
    "Commitment",
    "CommitmentInfo",
    "Polarity",
    "Reaction",
    "ReactionBasis",
    "ReactionKind",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "Target",
    "slugify",
]


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Turn a name into a stable identifier: ``"Jane Roe"`` -> ``"jane-roe"``.

    Accents are folded (``"Zoë Brontë"`` -> ``"zoe-bronte"``); an empty result becomes ``"actor"``.

    Args:
        name: Any text.

    Returns:
        Lower-case ASCII letters and digits, runs of anything else replaced by one ``-``.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_RE.sub("-", folded.lower()).strip("-")
    return slug or "actor"


def _check_non_negative(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        msg = f"'{attribute.name}' must be an int"
        raise ValidationError(f"Span.{attribute.name}", msg, value)
    if value < 0:
        raise ValidationError(f"Span.{attribute.name}", "must be >= 0", value)


@attrs.frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's text.

    Offsets count characters (Python string indices), not bytes. Spans order by
    ``(start, end)``; ``len(span)`` is ``end - start``.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character; ``start <= end``.

    Raises:
        ValidationError: when ``start`` or ``end`` is not an int, is negative, or
            ``end < start`` (``path`` is ``"Span.start"`` or ``"Span.end"``).
    """

    start: int = attrs.field(validator=_check_non_negative)
    end: int = attrs.field(validator=_check_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("Span.end", f"must be >= start ({self.start})", self.end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the characters of *text* this span covers: ``text[start:end]``."""
        return text[self.start : self.end]

    def overlap(self, other: Span) -> int:
        """Number of characters shared with *other* (0 when they are disjoint)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def contains(self, other: Span) -> bool:
        """Whether *other* lies inside this span (an equal span does)."""
        return self.start <= other.start and other.end <= self.end


E = TypeVar("E", bound=enum.Enum)


def _to_enum(cls: type[E], path: str, value: object) -> E:
    """Convert to *cls*, naming the field and the allowed values when it fails."""
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValidationError(path, f"must be one of {allowed}", value) from None


def _actor_kind(value: object) -> ActorKind:
    return _to_enum(ActorKind, "Actor.kind", value)


def _statement_kind(value: object) -> StatementKind:
    return _to_enum(StatementKind, "Statement.kind", value)


def _polarity(value: object) -> Polarity:
    return _to_enum(Polarity, "Stance.polarity", value)


def _commitment(value: object) -> Commitment:
    return _to_enum(Commitment, "Stance.commitment", value)


def _reaction_kind(value: object) -> ReactionKind:
    return _to_enum(ReactionKind, "Reaction.kind", value)


def _reaction_basis(value: object) -> ReactionBasis:
    return _to_enum(ReactionBasis, "Reaction.basis", value)


def _strings(path: str, value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings; a bare string (which would iterate as letters) is refused."""
    checked: object = value
    if isinstance(checked, str | bytes | bytearray):
        raise ValidationError(path, "must be a list of strings, not a single string", value)
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise ValidationError(path, "must hold only strings", item)
    return out


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return _strings("Actor.aliases", value)


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    return _strings("evidence", value)


def _tuple_of_spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    checked: object = value
    if not isinstance(checked, str) or not checked.strip():
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "must be a non-empty string", value)


def _stripped(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value != value.strip():
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "must not start or end with whitespace", value)


def _label_of_key(target: Target) -> str:
    return target.key.replace("-", " ").strip() or target.key


def _optional_non_empty(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "must be None or a non-empty string", value)


@attrs.frozen
class Actor:
    """Someone (or something) that speaks or holds a position.

    Attributes:
        id: Stable identifier, the slug of the canonical name (``"jane-roe"``); the parser
            gives a second actor of the article with the same slug ``"-2"``, and so on.
        name: Canonical name (``"Jane Roe"``, ``"Dutch government"``, ``"NATO official"``).
        kind: Person, government, organization, group or anonymous source.
        title: Role, e.g. ``"Chancellor"`` or ``"spokesman"``.
        affiliation: Country or organisation the actor belongs to (``"Germany"``, ``"NATO"``).
        represents: Id of the actor a spokesperson or official speaks for.
        aliases: Other names the actor goes by in the text (surnames, role phrases).
        mentions: Spans of the text that refer to this actor, in text order.

    ``kind`` takes an :class:`ActorKind` or its value (``"person"``); ``aliases`` and
    ``mentions`` take any iterable and are stored as tuples (a bare string is not taken for
    a list of aliases).

    Raises:
        ValidationError: when ``id`` or ``name`` is not a non-empty string, or ``aliases`` is
            a bare string or holds something other than strings.
        ValueError: when ``kind`` is not an :class:`ActorKind` value.
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(validator=_non_empty)
    kind: ActorKind = attrs.field(converter=_actor_kind)
    title: str | None = None
    affiliation: str | None = None
    represents: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)

    @property
    def label(self) -> str:
        """A human-readable label: the name, with title and affiliation when known."""
        extra = ", ".join(x for x in (self.title, self.affiliation) if x)
        return f"{self.name} ({extra})" if extra else self.name


@attrs.frozen
class Statement:
    """One attribution: a speaker, a cue and the content they are reported to have said.

    Attributes:
        id: Identifier, unique within the article (``"s3"``).
        speaker: Id of the speaking :class:`Actor`.
        content: The reported words, exactly the text at ``span``.
        kind: Direct, indirect or mixed.
        cue: The words that mark the attribution (``"said"``, ``"according to"``).
        span: Where the content lies in the text.
        cue_span: Where the cue lies.
        speaker_span: The mention naming the speaker in this attribution (a pronoun counts).
        channel: Where it was said, when the text says so (``"X"``, ``"parliament"``).
        rule: Name of the parser rule that made the attribution (``"pre_posed"``,
            ``"continuation"``; see ``docs/architecture.md``), or None when not parsed.
        pieces: Where each piece of the content lies, in text order, when the content has
            several (a quotation continued after its attribution: ``"A," she said. "B."``);
            empty for a content in one piece. ``span`` then runs from the first piece's start
            to the last one's end, and ``content`` is the pieces' texts joined by one space.

    That ``content`` is the text at ``span`` (or at its ``pieces``, joined by one space) is
    checked by :class:`Article`, which holds the text; :attr:`content_spans` gives the content's
    spans in both cases.

    Raises:
        ValidationError: when ``id`` or ``speaker`` is not a non-empty string, ``rule`` is
            neither None nor a non-empty string, or ``pieces`` is not empty and not two or
            more spans in text order, apart from one another, from ``span``'s start to its end
            (``path`` is ``"Statement.pieces"``).
        ValueError: when ``kind`` is not a :class:`StatementKind` value.
    """

    id: str = attrs.field(validator=_non_empty)
    speaker: str = attrs.field(validator=_non_empty)
    content: str
    kind: StatementKind = attrs.field(converter=_statement_kind)
    cue: str
    span: Span
    cue_span: Span
    speaker_span: Span
    channel: str | None = None
    rule: str | None = attrs.field(default=None, validator=_optional_non_empty)
    pieces: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)

    def __attrs_post_init__(self) -> None:
        pieces = self.pieces
        if not pieces:
            return
        if len(pieces) < 2:
            raise ValidationError(
                "Statement.pieces", "must be empty or hold two or more spans", pieces
            )
        for a, b in itertools.pairwise(pieces):
            if not a.end < b.start:
                raise ValidationError(
                    "Statement.pieces", "must be in text order, apart from one another", pieces
                )
        if pieces[0].start != self.span.start or pieces[-1].end != self.span.end:
            raise ValidationError(
                "Statement.pieces", "must run from the span's start to its end", pieces
            )

    @property
    def content_spans(self) -> tuple[Span, ...]:
        """Where the content lies: its ``pieces``, or ``(span,)`` for a content in one piece."""
        return self.pieces or (self.span,)

    def content_of(self, text: str) -> str:
        """The content as *text* holds it: the text at each piece, joined by one space."""
        return " ".join(p.of(text) for p in self.content_spans)


@attrs.frozen
class Target:
    """What a stance is about: the proposal's words, a readable label and a normalised key.

    Attributes:
        text: The words naming the target in the text (``"sending troops"``): the
            proposal's noun or verb phrase, or the anaphor ("the idea") standing for it.
        key: Normalised key shared by every wording of the same proposal, in this article
            and across articles (``"send-troop"``): up to three canonical words (synonyms
            mapped), sorted, without numbers or dates.
        span: Where ``text`` lies, when it comes from the article.
        label: The proposal's readable name, in text order (``"congestion charge"``): the
            codebook's label when a codebook names it, else the wording of its first full
            mention in the article; every stance on one proposal has the same. Defaults to
            the key with spaces for hyphens.

    Raises:
        ValidationError: when ``key`` or ``label`` is not a non-empty string, or ``label``
            has leading or trailing whitespace.
    """

    text: str
    key: str = attrs.field(validator=_non_empty)
    span: Span | None = None
    label: str = attrs.field(
        default=attrs.Factory(_label_of_key, takes_self=True),
        validator=[_non_empty, _stripped],
    )


@attrs.frozen
class Stance:
    """A position an actor takes on a target.

    Attributes:
        id: Identifier, unique within the article.
        holder: Id of the :class:`Actor` holding the position.
        target: The proposal it is about.
        polarity: Support, oppose, neutral or undecided.
        commitment: How firmly (see :class:`Commitment`).
        cue: The words that carry the position (``"there will be no"``).
        cue_span: Where they lie.
        qualifier: A restriction on the position (``"large-scale"``, ``"for the moment"``).
        evidence: Ids of the statements it rests on.

    Raises:
        ValidationError: when ``id`` or ``holder`` is not a non-empty string.
        ValueError: when ``polarity`` or ``commitment`` is not one of its enum's values.
        ValidationError: when ``polarity`` is not the commitment's own (see
            :data:`~stancekit.model.COMMITMENTS`: ``ruled out`` is ``oppose``, ``open`` is
            ``undecided``...); ``path`` is ``"Stance.polarity"``.
    """

    id: str = attrs.field(validator=_non_empty)
    holder: str = attrs.field(validator=_non_empty)
    target: Target
    polarity: Polarity = attrs.field(converter=_polarity)
    commitment: Commitment = attrs.field(converter=_commitment)
    cue: str
    cue_span: Span
    qualifier: str | None = None
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def __attrs_post_init__(self) -> None:
        want = COMMITMENTS[self.commitment].polarity
        if self.polarity is not want:
            msg = f"must be {want.value!r}, the polarity of commitment {self.commitment.value!r}"
            raise ValidationError("Stance.polarity", msg, self.polarity.value)


@attrs.frozen
class Reaction:
    """One actor's reaction to another's statement (or to the actor, when not quoted).

    Attributes:
        id: Identifier, unique within the article.
        responder: Id of the reacting :class:`Actor`.
        to: Id of the statement reacted to, or of the actor when no statement is quoted.
        kind: Rejects, warns, criticizes, supports, distances, clarifies or defends.
        basis: Explicit (a cue in the text) or inferred (from positions).
        evidence: Ids of the responder's statements that carry the reaction.
        cue: The cue words, for explicit reactions.
        cue_span: Where they lie.

    Raises:
        ValidationError: when ``id``, ``responder`` or ``to`` is not a non-empty string.
        ValueError: when ``kind`` or ``basis`` is not one of its enum's values.
    """

    id: str = attrs.field(validator=_non_empty)
    responder: str = attrs.field(validator=_non_empty)
    to: str = attrs.field(validator=_non_empty)
    kind: ReactionKind = attrs.field(converter=_reaction_kind)
    basis: ReactionBasis = attrs.field(default=ReactionBasis.EXPLICIT, converter=_reaction_basis)
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    cue: str | None = None
    cue_span: Span | None = None


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _surrogate_pair_at(text: str) -> int:
    """Offset of the first high surrogate directly followed by a low one in *text*, or -1.

    Such a pair of code points cannot survive JSON: its ``\\uXXXX`` escapes read back as the
    one character the pair encodes. (Lone surrogates, as ``surrogateescape`` decoding makes,
    are fine.) Text that encodes to UTF-8 has none, so most texts cost one encoding.
    """
    if text.isascii():
        return -1
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pair = _SURROGATE_PAIR.search(text)
        return -1 if pair is None else pair.start()
    return -1


def _text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    checked: object = value
    if not isinstance(checked, str):
        raise ValidationError("text", "must be a string", type(checked).__name__)
    at = _surrogate_pair_at(checked)
    if at >= 0:
        msg = f"holds a surrogate pair as two code points at offset {at:,}"
        raise ValidationError("text", msg, checked[at : at + 2])


def _optional_str(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(attribute.name, "must be a string or None", value)


def _date(value: datetime.date | None) -> datetime.date | None:
    """A date, or ``None``; a datetime (or another date subclass) becomes its calendar date."""
    checked: object = value
    if checked is None or type(checked) is datetime.date:
        return value
    if isinstance(checked, datetime.datetime):
        return checked.date()
    if isinstance(checked, datetime.date):
        return datetime.date(checked.year, checked.month, checked.day)
    raise ValidationError("date", "must be a datetime.date or None", value)


def _tuple_of_actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _tuple_of_statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _tuple_of_stances(value: Iterable[Stance]) -> tuple[Stance, ...]:
    return tuple(value)


def _tuple_of_reactions(value: Iterable[Reaction]) -> tuple[Reaction, ...]:
    return tuple(value)


@attrs.frozen
class _Index:
    actors: dict[str, Actor]
    statements: dict[str, Statement]
    stances: dict[str, Stance]
    reactions: dict[str, Reaction]


@attrs.frozen
class Article:
    """A news article with everything extracted from it.

    Construction validates the whole: ids are unique, every id used refers to an existing
    actor or statement, every span lies inside ``text`` and each statement's ``content`` is the
    text at its span. The collections take any iterable and are stored as tuples; iterating
    over an article walks its statements.

    Attributes:
        text: The article text; all spans are offsets into it. Lone surrogates (from
            ``surrogateescape`` decoding) are allowed; a high surrogate directly followed by
            a low one is not (JSON would read the two back as one character).
        title: Headline, when known.
        date: Publication date, when known. A :class:`datetime.datetime` is stored as its
            calendar date (``datetime.date()``), so the article's JSON holds a plain date.
        source: Outlet or file the text comes from, when known.
        actors: Everyone who speaks, is represented, or holds a position.
        statements: Attributions in text order.
        stances: Positions on targets.
        reactions: Reactions of actors to statements or actors.
        lexicon: The lexicon the article was parsed with, so that its questions use the same
            words (synonyms, stopwords); ``None`` for the default lexicon (and for articles
            read from JSON, which does not hold it). Not compared, not shown, not serialised.

    Raises:
        ValidationError: on a violation, with ``path`` naming the field
            (``"statements[0].speaker"``, ``"title"``) and ``value`` the offending value;
            also when ``text`` is not a string, ``title`` or ``source`` not a string or
            ``None``, or ``date`` not a date or ``None``.
    """

    text: str = attrs.field(validator=_text)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    date: datetime.date | None = attrs.field(default=None, converter=_date)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple_of_actors)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_tuple_of_statements)
    stances: tuple[Stance, ...] = attrs.field(default=(), converter=_tuple_of_stances)
    reactions: tuple[Reaction, ...] = attrs.field(default=(), converter=_tuple_of_reactions)
    lexicon: Lexicon | None = attrs.field(
        default=None, kw_only=True, eq=False, repr=False, hash=False
    )
    _index: _Index = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", _validate(self))

    # -- lookup ---------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id.

        Raises:
            KeyError: when the article has no actor with this id.
        """
        return self._index.actors[actor_id]

    def statement(self, statement_id: str) -> Statement:
        """Return the statement with this id.

        Raises:
            KeyError: when the article has no statement with this id.
        """
        return self._index.statements[statement_id]

    def stance(self, stance_id: str) -> Stance:
        """Return the stance with this id.

        Raises:
            KeyError: when the article has no stance with this id.
        """
        return self._index.stances[stance_id]

    def reaction(self, reaction_id: str) -> Reaction:
        """Return the reaction with this id.

        Raises:
            KeyError: when the article has no reaction with this id.
        """
        return self._index.reactions[reaction_id]

    def find_actor(self, name: str) -> Actor | None:
        """Find an actor by id, name, alias, surname, title or affiliation (case-insensitive).

        See :func:`stancekit.query.find_actor` for the rules.

        Returns:
            The actor, or ``None`` when nothing fits or the partial match is ambiguous.
        """
        from .query import find_actor

        return find_actor(self, name)

    def quote(self, span: Span) -> str:
        """Return the text at *span*: ``self.text[span.start:span.end]``."""
        return span.of(self.text)

    # -- queries (see stancekit.query for the functions) -----------------------------------
    def statements_by(self, actor: str | Actor) -> list[Statement]:
        """Statements whose speaker is *actor* (an id, a name, or an :class:`Actor`), in text order.

        Raises:
            QueryError: when no actor of that name is in the article.
        """
        from .query import statements_by

        return statements_by(self, actor)

    def stances_on(self, target: str) -> list[Stance]:
        """Stances whose target matches the free-text *target*, in text order.

        See :func:`stancekit.query.target_matches` for the matching rule.
        """
        from .query import stances_on

        return stances_on(self, target)

    def position(self, actor: str | Actor, target: str) -> Stance | None:
        """The position *actor* holds on *target*: one of its stances, by the precedence of
        :data:`COMMITMENTS` (see :func:`stancekit.query.position`).

        Raises:
            QueryError: when no actor of that name is in the article.
        """
        from .query import position

        return position(self, actor, target)

    def who_ruled_out(self, target: str) -> list[Answer]:
        """Actors who ruled out *target* (categorically, for now, or having no plans).

        Returns:
            One :class:`~stancekit.query.Answer` per actor, with its stances and evidence.
        """
        from .query import who_ruled_out

        return who_ruled_out(self, target)

    def who_refused_to_rule_out(self, target: str) -> list[Answer]:
        """Actors who kept *target* open ("refused to rule out").

        Returns:
            One :class:`~stancekit.query.Answer` per actor, with its stances and evidence.
        """
        from .query import who_refused_to_rule_out

        return who_refused_to_rule_out(self, target)

    def who_supports(self, target: str) -> list[Answer]:
        """Actors who support *target*.

        Returns:
            One :class:`~stancekit.query.Answer` per actor, with its stances and evidence.
        """
        from .query import who_supports

        return who_supports(self, target)

    def who_opposes(self, target: str) -> list[Answer]:
        """Actors who oppose *target*, in any commitment.

        Returns:
            One :class:`~stancekit.query.Answer` per actor, with its stances and evidence.
        """
        from .query import who_opposes

        return who_opposes(self, target)

    def reactions_to(self, actor_or_statement: str | Actor | Statement) -> list[Reaction]:
        """Reactions to an actor (or any of their statements), or to one statement.

        Raises:
            QueryError: when the argument names neither a statement nor an actor.
        """
        from .query import reactions_to

        return reactions_to(self, actor_or_statement)

    def ask(
        self, question: str, *, questions: Sequence[QuestionForm] | None = None
    ) -> list[Answer]:
        """Answer a plain-English question; see :func:`stancekit.query.ask`.

        Args:
            question: The question.
            questions: The forms to understand; :data:`stancekit.query.QUESTIONS` when
                ``None``.

        Returns:
            One :class:`~stancekit.query.Answer` per actor, with its evidence.

        Raises:
            QueryError: when the question has none of the known forms, or names an actor
                absent from the article.
        """
        from .query import QUESTIONS, ask

        return ask(self, question, questions=QUESTIONS if questions is None else questions)

    def frames(self) -> Frames:
        """The article's statements, stances, reactions and actors as pandas DataFrames.

        Returns:
            A :class:`~stancekit.network.Frames` (see :func:`stancekit.network.frames`).

        Raises:
            MissingExtraError: when pandas (the ``pandas`` extra) is not installed.
        """
        from .network import frames

        return frames(self)

    def __iter__(self) -> Iterator[Statement]:
        """Iterate over the statements, in text order."""
        return iter(self.statements)

    # -- display (see stancekit.view) -------------------------------------------------------
    def __repr__(self) -> str:
        """A one-line summary: title (or source) and counts, not the whole text."""
        name = self.title or self.source
        head = f"{_shorten(name)!r} " if name else ""
        return (
            f"<Article {head}{_count(len(self.text), 'char')}, "
            f"{_count(len(self.statements), 'statement')}, {_count(len(self.actors), 'actor')}, "
            f"{_count(len(self.stances), 'stance')}, {_count(len(self.reactions), 'reaction')}>"
        )

    def to_html(self) -> str:
        """The article as a self-contained HTML page; see :func:`stancekit.view.render_html`."""
        from .view import render_html

        return render_html(self)

    def _repr_html_(self) -> str:
        """The notebook view: the text with its marks, actors, positions and reactions."""
        from .view import article_repr_html

        return article_repr_html(self)


def _shorten(text: str, limit: int = 40) -> str:
    """*text* on one line, cut to *limit* characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _count(n: int, word: str) -> str:
    """``"1 statement"``, ``"5,123 chars"``."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _check_span(path: str, span: Span, size: int) -> None:
    if span.end > size:
        raise ValidationError(path, f"span ends past the text (length {size})", span)


def _unique(path: str, items: Iterable[Any]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for i, item in enumerate(items):
        if item.id in seen:
            raise ValidationError(f"{path}[{i}].id", "duplicate id", item.id)
        seen[item.id] = item
    return seen


def _validate(article: Article) -> _Index:
    size = len(article.text)
    actors: dict[str, Actor] = _unique("actors", article.actors)
    statements: dict[str, Statement] = _unique("statements", article.statements)
    stances: dict[str, Stance] = _unique("stances", article.stances)
    reactions: dict[str, Reaction] = _unique("reactions", article.reactions)

    for i, a in enumerate(article.actors):
        if a.represents is not None and a.represents not in actors:
            raise ValidationError(f"actors[{i}].represents", "unknown actor id", a.represents)
        for j, m in enumerate(a.mentions):
            _check_span(f"actors[{i}].mentions[{j}]", m, size)
    for i, s in enumerate(article.statements):
        p = f"statements[{i}]"
        if s.speaker not in actors:
            raise ValidationError(f"{p}.speaker", "unknown actor id", s.speaker)
        for name in ("span", "cue_span", "speaker_span"):
            _check_span(f"{p}.{name}", getattr(s, name), size)
        if s.content_of(article.text) != s.content:
            what = "its pieces" if s.pieces else "its span"
            raise ValidationError(f"{p}.content", f"is not the text at {what}", s.content)
    for i, st in enumerate(article.stances):
        p = f"stances[{i}]"
        if st.holder not in actors:
            raise ValidationError(f"{p}.holder", "unknown actor id", st.holder)
        _check_span(f"{p}.cue_span", st.cue_span, size)
        if st.target.span is not None:
            _check_span(f"{p}.target.span", st.target.span, size)
        for j, e in enumerate(st.evidence):
            if e not in statements:
                raise ValidationError(f"{p}.evidence[{j}]", "unknown statement id", e)
    for i, r in enumerate(article.reactions):
        p = f"reactions[{i}]"
        if r.responder not in actors:
            raise ValidationError(f"{p}.responder", "unknown actor id", r.responder)
        if r.to not in statements and r.to not in actors:
            raise ValidationError(f"{p}.to", "unknown statement or actor id", r.to)
        if r.cue_span is not None:
            _check_span(f"{p}.cue_span", r.cue_span, size)
        for j, e in enumerate(r.evidence):
            if e not in statements:
                raise ValidationError(f"{p}.evidence[{j}]", "unknown statement id", e)
    return _Index(actors, statements, stances, reactions)
