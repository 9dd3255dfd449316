"""Parsing, the article model and its queries, as a user's type checker sees them."""

from __future__ import annotations

import datetime
from typing import assert_never, assert_type

import stancekit
from stancekit import (
    Actor,
    ActorKind,
    Answer,
    Article,
    Commitment,
    KnownActor,
    Polarity,
    Reaction,
    ReactionBasis,
    ReactionKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
)


def parsing(text: str, day: datetime.date) -> None:
    assert_type(stancekit.parse(text), Article)
    article = stancekit.parse(
        text,
        title="A headline",
        date=day,
        source="wire.txt",
        lexicon=stancekit.Lexicon.default(),
        actors=[KnownActor("Ada Quint", aliases=("Quint",), title="Governor")],
        max_chars=None,
    )
    assert_type(article, Article)
    assert_type(stancekit.DEFAULT_MAX_CHARS, int)


def article_fields(article: Article) -> None:
    assert_type(article.text, str)
    assert_type(article.title, str | None)
    assert_type(article.date, datetime.date | None)
    assert_type(article.source, str | None)
    assert_type(article.actors, tuple[Actor, ...])
    assert_type(article.statements, tuple[Statement, ...])
    assert_type(article.stances, tuple[Stance, ...])
    assert_type(article.reactions, tuple[Reaction, ...])
    for statement in article:  # iterating an article walks its statements
        assert_type(statement, Statement)


def lookups(article: Article, statement: Statement) -> None:
    assert_type(article.actor(statement.speaker), Actor)
    assert_type(article.statement("s1"), Statement)
    assert_type(article.stance("t1"), Stance)
    assert_type(article.reaction("r1"), Reaction)
    assert_type(article.find_actor("Quint"), Actor | None)
    assert_type(stancekit.find_actor(article, "Quint"), Actor | None)
    assert_type(article.quote(statement.span), str)


def evidence(article: Article, statement: Statement) -> None:
    span = statement.span
    assert_type(span, Span)
    assert_type(span.start, int)
    assert_type(span.end, int)
    assert_type(len(span), int)
    assert_type(span.of(article.text), str)
    assert_type(article.text[span.start : span.end], str)
    assert_type(span.overlap(statement.cue_span), int)
    assert_type(span.contains(statement.speaker_span), bool)
    assert_type(span < statement.cue_span, bool)  # spans are ordered


def statement_fields(statement: Statement) -> None:
    assert_type(statement.id, str)
    assert_type(statement.speaker, str)
    assert_type(statement.content, str)
    assert_type(statement.kind, StatementKind)
    assert_type(statement.cue, str)
    assert_type(statement.cue_span, Span)
    assert_type(statement.speaker_span, Span)
    assert_type(statement.channel, str | None)
    assert_type(statement.rule, str | None)


def explaining(article: Article) -> None:
    assert_type(stancekit.explain(article), str)


def actor_fields(actor: Actor) -> None:
    assert_type(actor.id, str)
    assert_type(actor.name, str)
    assert_type(actor.kind, ActorKind)
    assert_type(actor.title, str | None)
    assert_type(actor.affiliation, str | None)
    assert_type(actor.represents, str | None)
    assert_type(actor.aliases, tuple[str, ...])
    assert_type(actor.mentions, tuple[Span, ...])
    assert_type(actor.label, str)


def stance_and_reaction_fields(stance: Stance, reaction: Reaction) -> None:
    assert_type(stance.holder, str)
    assert_type(stance.target, Target)
    assert_type(stance.target.text, str)
    assert_type(stance.target.key, str)
    assert_type(stance.target.span, Span | None)
    assert_type(stance.polarity, Polarity)
    assert_type(stance.commitment, Commitment)
    assert_type(stance.cue_span, Span)
    assert_type(stance.qualifier, str | None)
    assert_type(stance.evidence, tuple[str, ...])
    assert_type(reaction.responder, str)
    assert_type(reaction.to, str)
    assert_type(reaction.kind, ReactionKind)
    assert_type(reaction.basis, ReactionBasis)
    assert_type(reaction.evidence, tuple[str, ...])
    assert_type(reaction.cue, str | None)
    assert_type(reaction.cue_span, Span | None)


def building() -> None:
    # Enum fields take the enum or its string value; the attribute is always the enum.
    actor = Actor("ada-quint", "Ada Quint", "person")
    assert_type(actor.kind, ActorKind)
    text = "Ada Quint said no."
    statement = Statement(
        "s1", "ada-quint", "no", "indirect", "said", Span(15, 17), Span(10, 14), Span(0, 9)
    )
    article = Article(text, actors=[actor], statements=[statement])
    assert_type(article, Article)


def queries(article: Article, actor: Actor, statement: Statement) -> None:
    assert_type(article.ask("who ruled out the bridge toll"), list[Answer])
    assert_type(stancekit.ask(article, "what did Quint say"), list[Answer])
    assert_type(article.who_ruled_out("bridge toll"), list[Answer])
    assert_type(article.who_refused_to_rule_out("bridge toll"), list[Answer])
    assert_type(article.who_supports("bridge toll"), list[Answer])
    assert_type(article.who_opposes("bridge toll"), list[Answer])
    assert_type(stancekit.who_ruled_out(article, "bridge toll"), list[Answer])
    assert_type(stancekit.who_refused_to_rule_out(article, "bridge toll"), list[Answer])
    assert_type(stancekit.who_supports(article, "bridge toll"), list[Answer])
    assert_type(stancekit.who_opposes(article, "bridge toll"), list[Answer])
    assert_type(article.stances_on("bridge toll"), list[Stance])
    assert_type(stancekit.stances_on(article, "bridge toll"), list[Stance])
    # statements_by and reactions_to take a name, an id or the model itself.
    assert_type(article.statements_by("Quint"), list[Statement])
    assert_type(stancekit.statements_by(article, actor), list[Statement])
    assert_type(article.reactions_to(statement), list[Reaction])
    assert_type(stancekit.reactions_to(article, actor), list[Reaction])
    assert_type(stancekit.reactions_to(article, "s1"), list[Reaction])


def answers(answer: Answer) -> None:
    assert_type(answer.actor, Actor)
    assert_type(answer.evidence, tuple[Statement, ...])
    assert_type(answer.stances, tuple[Stance, ...])
    assert_type(answer.reactions, tuple[Reaction, ...])
    assert_type(answer.qualifiers, tuple[str, ...])


def enums(statement: Statement, stance: Stance) -> None:
    # StrEnums: they compare with their members and with plain strings, and are strings.
    assert_type(statement.kind == StatementKind.DIRECT, bool)
    assert_type(statement.kind is StatementKind.DIRECT, bool)
    assert_type(statement.kind == "direct", bool)
    assert_type(stance.commitment.value, str)
    assert_type(stance.commitment.rules_out, bool)
    assert_type(str(stance.polarity), str)
    assert_type(Commitment("not_now"), Commitment)
    as_text: str = stance.polarity  # a StrEnum member is a str
    assert_type(as_text, str)


def every_commitment(commitment: Commitment) -> str:
    # Exhaustive: mypy proves these are all the members, so a new one fails this check.
    if commitment is Commitment.CATEGORICAL:
        return "ruled out"
    if commitment is Commitment.NO_PLANS:
        return "no plans"
    if commitment is Commitment.NOT_NOW:
        return "not now"
    if commitment is Commitment.CAUTION:
        return "cautious"
    if commitment is Commitment.OBJECTION:
        return "against"
    if commitment is Commitment.OPEN:
        return "kept open"
    if commitment is Commitment.ENDORSEMENT:
        return "endorsed"
    assert_never(commitment)


def every_polarity(polarity: Polarity) -> int:
    match polarity:
        case Polarity.SUPPORT:
            return 1
        case Polarity.OPPOSE:
            return -1
        case Polarity.NEUTRAL | Polarity.UNDECIDED:
            return 0
        case _:
            assert_never(polarity)


def every_statement_kind(kind: StatementKind) -> bool:
    match kind:
        case StatementKind.DIRECT | StatementKind.MIXED:
            return True
        case StatementKind.INDIRECT:
            return False
        case _:
            assert_never(kind)


def every_actor_kind(kind: ActorKind) -> str:
    match kind:
        case ActorKind.PERSON | ActorKind.ANONYMOUS:
            return "person"
        case ActorKind.GOVERNMENT | ActorKind.ORGANIZATION | ActorKind.GROUP:
            return "body"
        case _:
            assert_never(kind)


def every_reaction(kind: ReactionKind, basis: ReactionBasis) -> bool:
    match basis:
        case ReactionBasis.EXPLICIT:
            pass
        case ReactionBasis.INFERRED:
            pass
        case _:
            assert_never(basis)
    match kind:
        case ReactionKind.SUPPORTS | ReactionKind.DEFENDS | ReactionKind.CLARIFIES:
            return True
        case (
            ReactionKind.REJECTS
            | ReactionKind.WARNS
            | ReactionKind.CRITICIZES
            | ReactionKind.DISTANCES
        ):
            return False
        case _:
            assert_never(kind)


def tables_and_registry(article: Article) -> None:
    from stancekit.model import COMMITMENTS, CommitmentInfo
    from stancekit.query import QUESTION_FORMS, QUESTIONS, QuestionForm, match_question

    assert_type(article.lexicon, stancekit.Lexicon | None)
    assert_type(COMMITMENTS[Commitment.OPEN], CommitmentInfo)
    assert_type(Commitment.OPEN.polarity, Polarity)
    assert_type(Polarity.SUPPORT.agreement, int | None)
    assert_type(QUESTION_FORMS, tuple[str, ...])
    assert_type(QUESTIONS, tuple[QuestionForm, ...])
    form, subject, topic = match_question("who ruled out the levy")
    assert_type(subject, str)
    assert_type(form, QuestionForm)
    assert_type(topic, str | None)
    assert_type(article.ask("who is wary of X", questions=(*QUESTIONS, form)), list[Answer])
