"""Questions over an article: typed helpers and a small plain-English form, :func:`ask`.

Targets are free text, matched on normalised content words (synonyms from the lexicon), so
``"ground troops"`` finds a stance on ``"sending their own soldiers to Ukraine"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import attrs

from ._normalize import content_words
from .errors import QueryError
from .lexicon import FunctionWords, Lexicon, default_words
from .model import COMMITMENTS, Actor, Article, Commitment, Polarity, Reaction, Stance, Statement

__all__ = [
    "QUESTIONS",
    "QUESTION_FORMS",
    "SUPPORTED_QUESTIONS",
    "Answer",
    "QuestionForm",
    "ask",
    "find_actor",
    "lexicon_of",
    "match_question",
    "position",
    "question_forms",
    "reactions_to",
    "stances_on",
    "statements_by",
    "target_matches",
    "who_opposes",
    "who_refused_to_rule_out",
    "who_ruled_out",
    "who_supports",
]


@attrs.frozen
class Answer:
    """One actor answering a question, with the statements that prove it.

    Attributes:
        actor: The actor.
        evidence: The statements supporting the answer, in text order.
        stances: The stances behind the answer (empty for questions about speech).
        reactions: The reactions behind the answer (for "who reacted to").
    """

    actor: Actor
    evidence: tuple[Statement, ...] = ()
    stances: tuple[Stance, ...] = ()
    reactions: tuple[Reaction, ...] = ()

    @property
    def qualifiers(self) -> tuple[str, ...]:
        """Qualifiers of the stances behind the answer (``"large-scale"``), without repeats."""
        return tuple(dict.fromkeys(s.qualifier for s in self.stances if s.qualifier))

    def __repr__(self) -> str:
        """A one-line summary: the actor and what backs the answer."""
        from .model import _count

        parts = [_count(len(self.evidence), "statement")]
        if self.stances:
            parts.append(_count(len(self.stances), "stance"))
        if self.reactions:
            parts.append(_count(len(self.reactions), "reaction"))
        return f"<Answer {self.actor.label!r}: {', '.join(parts)}>"

    def _repr_html_(self) -> str:
        """The notebook view: the actor, the stances or reactions, the quoted evidence."""
        from .view import answer_html

        return answer_html(self)


def lexicon_of(article: Article, lexicon: Lexicon | None = None) -> Lexicon:
    """The lexicon to answer questions about *article* with.

    Args:
        article: The article.
        lexicon: A lexicon given by the caller, which wins.

    Returns:
        *lexicon* when given, else the one the article was parsed with
        (:attr:`Article.lexicon <stancekit.model.Article.lexicon>`), else
        :meth:`Lexicon.default`.
    """
    return lexicon or article.lexicon or Lexicon.default()


def _fold(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def find_actor(article: Article, name: str) -> Actor | None:
    """Find an actor by id, name, alias, surname, title or affiliation, case-insensitively.

    A leading "the" is ignored. Exact id, name and alias matches win (the first actor in
    article order); otherwise the last words of a name (a surname), an actor's whole title,
    or the affiliation of an actor who speaks for no one else must fit exactly one actor.

    Args:
        article: The article to search.
        name: An id (``"jane-roe"``), a name, an alias, a surname, a title
            (``"the governor"``) or an affiliation.

    Returns:
        The actor, or ``None`` when nothing fits or the partial match is ambiguous.
    """
    want = _fold(name).removeprefix("the ")
    if not want:
        return None
    for a in article.actors:
        if want in (a.id, _fold(a.name)) or want in (_fold(x) for x in a.aliases):
            return a
    partial = [
        a
        for a in article.actors
        if _fold(a.name).endswith(" " + want)
        or (a.title and _fold(a.title) == want)
        or (a.affiliation and _fold(a.affiliation) == want and a.represents is None)
    ]
    if len(partial) == 1:
        return partial[0]
    return None


def _actor_id(article: Article, actor: str | Actor) -> str:
    if isinstance(actor, Actor):
        return actor.id
    found = find_actor(article, actor)
    if found is None:
        raise QueryError(f"no actor named {actor!r} in this article")
    return found.id


def statements_by(article: Article, actor: str | Actor) -> list[Statement]:
    """Statements whose speaker is *actor*, in text order.

    Args:
        article: The article.
        actor: The :class:`Actor`, or anything :func:`find_actor` takes (id, name, alias,
            surname, title).

    Returns:
        The actor's statements.

    Raises:
        QueryError: when no actor of that name is in the article.
    """
    actor_id = _actor_id(article, actor)
    return [s for s in article.statements if s.speaker == actor_id]


def target_matches(query: str, stance: Stance, lexicon: Lexicon | None = None) -> bool:
    """Whether the free-text *query* names the target of *stance*.

    Both sides are reduced to canonical content words (stopwords dropped, synonyms mapped to
    their canonical word, plural endings folded); the query matches when at least half of its
    words (and at least one) are among the target's words or its key.

    Args:
        query: Free text naming a proposal (``"ground troops"``).
        stance: The stance whose target is compared.
        lexicon: Stopwords, synonyms and plural endings to use; :meth:`Lexicon.default` when
            ``None``.

    Returns:
        Whether the query names the stance's target.
    """
    lex = lexicon or Lexicon.default()
    want = set(content_words(query, lex))
    if not want:
        return False
    have = set(content_words(stance.target.text, lex)) | set(stance.target.key.split("-"))
    return len(want & have) * 2 >= len(want)


def stances_on(article: Article, target: str, lexicon: Lexicon | None = None) -> list[Stance]:
    """Stances whose target matches the free-text *target*, in text order.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches` for the rule.
        lexicon: As for :func:`target_matches`; when ``None``, the lexicon the article was
            parsed with (see :func:`lexicon_of`).

    Returns:
        The matching stances.
    """
    lex = lexicon_of(article, lexicon)
    return [s for s in article.stances if target_matches(target, s, lex)]


def _answers(
    article: Article, stances: Iterable[Stance], keep: Callable[[Stance], bool]
) -> list[Answer]:
    by_actor: dict[str, list[Stance]] = {}
    for s in stances:
        if keep(s):
            by_actor.setdefault(s.holder, []).append(s)
    out = []
    for actor_id, held in by_actor.items():
        ids = dict.fromkeys(e for s in held for e in s.evidence)
        evidence = tuple(article.statement(i) for i in ids)
        out.append(Answer(article.actor(actor_id), evidence, tuple(held)))
    return out


def position(article: Article, actor: str | Actor, target: str) -> Stance | None:
    """The position *actor* holds on *target* in the article: one of the actor's stances.

    When an actor takes several positions on one proposal, the stance of highest
    ``precedence`` in :data:`~stancekit.model.COMMITMENTS` wins, the earliest on ties: a
    categorical rejection is not erased by a later hedge ("Never say never, but ..."), and an
    explicit refusal to rule out outranks a vaguer "no plans" (``docs/queries.md``).

    Args:
        article: The article.
        actor: An actor id, a name, or an :class:`Actor` (see :func:`find_actor`).
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        The stance, or ``None`` when the actor takes no position on *target*.

    Raises:
        QueryError: when no actor of that name is in the article.
    """
    actor_id = _actor_id(article, actor)
    return _position([s for s in stances_on(article, target) if s.holder == actor_id])


def _position(held: Sequence[Stance]) -> Stance | None:
    best: Stance | None = None
    for s in held:  # text order: the first of equal precedence stays
        if best is None or _precedence(s) > _precedence(best):
            best = s
    return best


def _precedence(s: Stance) -> int:
    return COMMITMENTS[s.commitment].precedence


def _positions(stances: Sequence[Stance]) -> dict[str, Stance]:
    by_actor: dict[str, list[Stance]] = {}
    for s in stances:
        by_actor.setdefault(s.holder, []).append(s)
    return {a: p for a, held in by_actor.items() if (p := _position(held)) is not None}


def _key_positions(stances: Sequence[Stance]) -> dict[tuple[str, str], Stance]:
    """Each actor's position on each target key: a split position ("no return to the old
    lockdowns", "some sort of shutdown" kept open) has one per version of the proposal."""
    per_key: dict[tuple[str, str], list[Stance]] = {}
    for s in stances:
        per_key.setdefault((s.holder, s.target.key), []).append(s)
    return {k: p for k, held in per_key.items() if (p := _position(held)) is not None}


def who_ruled_out(article: Article, target: str) -> list[Answer]:
    """Actors whose position on *target* rules it out: categorically, no plans, not for now.

    The position is the one :func:`position` derives: an actor who also kept the target open
    is left out (refusing to rule something out is not ruling it out), unless a categorical
    rejection stands before the hedge.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, in the order of their first such stance, with those
        stances and the statements they rest on.
    """
    stances = stances_on(article, target)
    pos = _positions(stances)
    return _answers(
        article, stances, lambda s: s.commitment.rules_out and pos[s.holder].commitment.rules_out
    )


def who_refused_to_rule_out(article: Article, target: str) -> list[Answer]:
    """Actors whose position keeps *target* open ("refused to rule out", "nothing should be
    ruled out"); see :func:`position`.

    The position is taken per target key: an actor with a split position, who ruled out one
    version of the proposal and kept another open ("no return to the old lockdowns", "did not
    rule out some sort of shutdown"), is named here (and by :func:`who_ruled_out` when the
    rejection is categorical). A hedge on the same key as a categorical rejection ("never say
    never") does not make the actor one who refused.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances (commitment ``open``) and evidence.
    """
    stances = stances_on(article, target)
    pos = _key_positions(stances)
    return _answers(
        article,
        stances,
        lambda s: (
            s.commitment is Commitment.OPEN
            and pos[(s.holder, s.target.key)].commitment is Commitment.OPEN
        ),
    )


def who_supports(article: Article, target: str) -> list[Answer]:
    """Actors with a stance of polarity ``support`` on *target* (endorsements, votes for,
    conditional support) whose position (:func:`position`) is not against it.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    stances = stances_on(article, target)
    pos = _positions(stances)
    return _answers(
        article,
        stances,
        lambda s: s.polarity is Polarity.SUPPORT and pos[s.holder].polarity is not Polarity.OPPOSE,
    )


def who_opposes(article: Article, target: str) -> list[Answer]:
    """Actors with a stance of polarity ``oppose`` on *target*, whatever its commitment
    (rule-outs and objections), whose position (:func:`position`) is not support.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    stances = stances_on(article, target)
    pos = _positions(stances)
    return _answers(
        article,
        stances,
        lambda s: s.polarity is Polarity.OPPOSE and pos[s.holder].polarity is not Polarity.SUPPORT,
    )


def reactions_to(article: Article, actor_or_statement: str | Actor | Statement) -> list[Reaction]:
    """Reactions to one statement, or to an actor and any of the actor's statements.

    Args:
        article: The article.
        actor_or_statement: A :class:`Statement` or a statement id (reactions to that
            statement), or an :class:`Actor` or anything :func:`find_actor` takes (reactions
            to the actor or to any of their statements).

    Returns:
        The reactions, in article order.

    Raises:
        QueryError: when the argument names neither a statement nor an actor.
    """
    if isinstance(actor_or_statement, Statement):
        return [r for r in article.reactions if r.to == actor_or_statement.id]
    if isinstance(actor_or_statement, str) and actor_or_statement in {
        s.id for s in article.statements
    }:
        return [r for r in article.reactions if r.to == actor_or_statement]
    actor_id = _actor_id(article, actor_or_statement)
    own = {s.id for s in article.statements if s.speaker == actor_id}
    return [r for r in article.reactions if r.to == actor_id or r.to in own]


def _reacted(article: Article, who: str, topic: str | None = None) -> list[Answer]:
    by_actor: dict[str, list[Reaction]] = {}
    for r in reactions_to(article, who):
        by_actor.setdefault(r.responder, []).append(r)
    out = []
    for actor_id, rs in by_actor.items():
        ids = dict.fromkeys(e for r in rs for e in r.evidence)
        out.append(
            Answer(
                article.actor(actor_id),
                tuple(article.statement(i) for i in ids),
                reactions=tuple(rs),
            )
        )
    return out


def _said(article: Article, who: str, topic: str | None) -> list[Answer]:
    actor_id = _actor_id(article, who)
    said = statements_by(article, actor_id)
    if topic:
        # "what did X say about Y": the statements naming Y, or carrying a stance on it
        lex = lexicon_of(article)
        want = set(content_words(topic, lex))
        on_topic = {e for s in stances_on(article, topic) for e in s.evidence}
        said = [
            s
            for s in said
            if s.id in on_topic or (want and want <= set(content_words(s.content, lex)))
        ]
    return [Answer(article.actor(actor_id), tuple(said))]


def _reactions_of(article: Article, who: str, topic: str | None = None) -> list[Answer]:
    """ "how did X react": the reactions X made, with the statements that carry them."""
    actor_id = _actor_id(article, who)
    rs = [r for r in article.reactions if r.responder == actor_id]
    if not rs:
        return []
    ids = dict.fromkeys(e for r in rs for e in r.evidence)
    return [
        Answer(
            article.actor(actor_id),
            tuple(article.statement(i) for i in ids),
            reactions=tuple(rs),
        )
    ]


#: What a question form answers: ``(article, subject, topic)`` -> answers. The subject is the
#: target ("who ruled out X") or the actor ("what did X say"); the topic is the optional
#: "about Y" part (``None`` when the form has none).
Answerer = Callable[[Article, str, "str | None"], list[Answer]]


def _on_target(question: Callable[[Article, str], list[Answer]]) -> Answerer:
    def answer(article: Article, target: str, topic: str | None = None) -> list[Answer]:
        return question(article, target)

    return answer


@attrs.frozen
class QuestionForm:
    """One plain-English question form that :func:`ask` and ``Corpus.ask`` understand.

    Attributes:
        form: How the form reads in help and error messages (``"who ruled out X"``).
        pattern: A regular expression the folded question (lower case, no final ``?``) must
            match in full; group ``x`` is the subject, optional group ``about`` the topic
            (``" about Y"``).
        about: Whether the subject is a ``"target"`` (asked of every article of a corpus)
            or an ``"actor"`` (resolved across a corpus first, then asked where it appears).
        answer: The function answering it: ``(article, subject, topic)`` -> answers.
    """

    form: str
    pattern: re.Pattern[str]
    about: Literal["target", "actor"]
    answer: Answerer = attrs.field(eq=False)


def _one_of(phrases: Iterable[str]) -> str:
    """A regular-expression group matching any of *phrases* (longest first), as written."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p))) + ")"


def question_forms(words: FunctionWords | None = None) -> tuple[QuestionForm, ...]:
    """The shipped question forms, with the words of *words* in their patterns.

    Args:
        words: The lexicon's function words (``lexicon.words``), whose ``question_*`` fields
            fill the forms' slots; the shipped ones when ``None``.

    Returns:
        The forms, in the order they are tried; :data:`QUESTIONS` is this for the shipped
        words.
    """
    w = default_words() if words is None else words
    be = f"(?:{_one_of(w.question_auxiliaries)} )?"
    return (
        QuestionForm(
            "who ruled out X",
            re.compile(rf"who {be}{_one_of(w.question_rule_out)} out (?P<x>.+)"),
            "target",
            _on_target(who_ruled_out),
        ),
        QuestionForm(
            "who refused to rule out X",
            re.compile(rf"who {be}{_one_of(w.question_refusals)} (?:to )?rule out (?P<x>.+)"),
            "target",
            _on_target(who_refused_to_rule_out),
        ),
        QuestionForm(
            "who supports X",
            re.compile(rf"who {be}{_one_of(w.question_support)} (?P<x>.+)"),
            "target",
            _on_target(who_supports),
        ),
        QuestionForm(
            "who opposes X",
            re.compile(rf"who {be}{_one_of(w.question_oppose)} (?P<x>.+)"),
            "target",
            _on_target(who_opposes),
        ),
        QuestionForm(
            "who reacted to X",
            re.compile(rf"who {_one_of(w.question_reacted)} to (?P<x>.+)"),
            "actor",
            _reacted,
        ),
        QuestionForm(
            "how did X react",
            re.compile(rf"how did (?P<x>.+?) {_one_of(w.question_react)}(?: to .*)?"),
            "actor",
            _reactions_of,
        ),
        QuestionForm(
            "what did X say (about Y)",
            re.compile(
                rf"what {_one_of(w.question_say_auxiliaries)} (?P<x>.+?) "
                rf"{_one_of(w.question_say)}(?: about (?P<about>.+))?"
            ),
            "actor",
            _said,
        ),
    )


#: The question forms, in the order they are tried (the first that matches answers). Pass
#: ``questions=(*QUESTIONS, my_form)`` to :func:`ask` or ``Corpus.ask`` to add one; see
#: ``docs/architecture.md``. Their words are the lexicon's ``question_*`` function words
#: (``lang/en/function_words.toml``); :func:`question_forms` builds them from other words.
QUESTIONS: tuple[QuestionForm, ...] = question_forms()

#: The forms :data:`QUESTIONS` understands, as help texts list them.
QUESTION_FORMS: tuple[str, ...] = tuple(q.form for q in QUESTIONS)

#: Former name of :data:`QUESTION_FORMS`, kept for code that imports it.
SUPPORTED_QUESTIONS = QUESTION_FORMS


def match_question(
    question: str, questions: Sequence[QuestionForm] = QUESTIONS
) -> tuple[QuestionForm, str, str | None]:
    """Find the form of *question*: the first of *questions* whose pattern matches.

    Case, spacing and a final ``?``, ``.`` or ``!`` do not matter.

    Args:
        question: The question.
        questions: The forms to try, in order.

    Returns:
        The form, the subject (group ``x``) and the topic (group ``about``, or ``None``).

    Raises:
        QueryError: when no form matches; the message lists the forms.
    """
    q = _fold(question).rstrip("?.! ")
    for form in questions:
        m = form.pattern.fullmatch(q)
        if m:
            topic = m.groupdict().get("about")
            return form, m.group("x").strip(), topic.strip() if topic else None
    forms = "; ".join(f'"{q.form}"' for q in questions)
    raise QueryError(f"cannot understand {question!r}; ask one of: {forms}")


def ask(
    article: Article, question: str, *, questions: Sequence[QuestionForm] = QUESTIONS
) -> list[Answer]:
    """Answer a plain-English question about the article.

    Understood forms (:data:`QUESTION_FORMS`): "who ruled out X", "who refused to rule out
    X", "who supports X", "who opposes X" (X a target, as for :func:`stances_on`), "who
    reacted to X", "how did X react" and "what did X say (about Y)" (X an actor, as for
    :func:`find_actor`), with variants such as "who declined to rule out X", "who backs X" or
    "who is against X". Case and a final ``?``, ``.`` or ``!`` do not matter.

    Args:
        article: The article.
        question: The question.
        questions: The forms to understand (:data:`QUESTIONS`, or a tuple extending it).

    Returns:
        One :class:`Answer` per actor, with its evidence (and stances or reactions); empty
        when no one fits.

    Raises:
        QueryError: when the question has none of these forms, or names an unknown actor.
    """
    form, subject, topic = match_question(question, questions)
    return form.answer(article, subject, topic)
