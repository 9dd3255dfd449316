"""Questions over an article: typed helpers and a small plain-English form, :func:`ask`.

Targets are free text, matched on normalised content words (synonyms from the lexicon), so
``"ground troops"`` finds a stance on ``"sending their own soldiers to Ukraine"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from ._normalize import content_words
from .errors import QueryError
from .lexicon import Lexicon
from .model import Actor, Article, Commitment, Polarity, Reaction, Stance, Statement

__all__ = [
    "Answer",
    "ask",
    "find_actor",
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
        lexicon: As for :func:`target_matches`.

    Returns:
        The matching stances.
    """
    return [s for s in article.stances if target_matches(target, s, lexicon)]


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


def who_ruled_out(article: Article, target: str) -> list[Answer]:
    """Actors who excluded *target*: categorically, with no plans, or not for now.

    An actor who also kept the target open elsewhere in the article is left out: refusing to
    rule something out is not ruling it out.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, in the order of their first such stance, with those
        stances and the statements they rest on.
    """
    stances = stances_on(article, target)
    open_ = {s.holder for s in stances if s.commitment is Commitment.OPEN}
    return _answers(article, stances, lambda s: s.commitment.rules_out and s.holder not in open_)


def who_refused_to_rule_out(article: Article, target: str) -> list[Answer]:
    """Actors who kept *target* open ("refused to rule out", "nothing should be ruled out").

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances (commitment ``open``) and evidence.
    """
    return _answers(article, stances_on(article, target), lambda s: s.commitment is Commitment.OPEN)


def who_supports(article: Article, target: str) -> list[Answer]:
    """Actors who support *target* (stances with polarity ``support``).

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    return _answers(article, stances_on(article, target), lambda s: s.polarity is Polarity.SUPPORT)


def who_opposes(article: Article, target: str) -> list[Answer]:
    """Actors who oppose *target* (stances with polarity ``oppose``), whatever their commitment.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    return _answers(article, stances_on(article, target), lambda s: s.polarity is Polarity.OPPOSE)


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


def _reacted(article: Article, who: str) -> list[Answer]:
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


def _said(article: Article, who: str) -> list[Answer]:
    topic = None
    if " about " in f" {who} ":
        who, _, topic = who.partition(" about ")
    actor_id = _actor_id(article, who.strip())
    said = statements_by(article, actor_id)
    if topic:
        # "what did X say about Y": the statements naming Y, or carrying a stance on it
        lex = Lexicon.default()
        want = set(content_words(topic, lex))
        on_topic = {e for s in stances_on(article, topic) for e in s.evidence}
        said = [
            s
            for s in said
            if s.id in on_topic or (want and want <= set(content_words(s.content, lex)))
        ]
    return [Answer(article.actor(actor_id), tuple(said))]


def _reactions_of(article: Article, who: str) -> list[Answer]:
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


_NEG = (
    r"(?:refused|refuses|refuse|declined|declines|would not|wouldn't|did not|didn't|does not"
    r"|doesn't|won't|will not|not)"
)
_BE = r"(?:is |are |was |were |has |have |had |did )?"
_SUPPORT = (
    r"(?:supports?|supported|backs?|backed|favou?rs?|favou?red|endorsed?|endorses|in favou?r of)"
)
_OPPOSE = r"(?:opposes?|opposed(?: to)?|rejects?|rejected|against)"
_QUESTIONS: list[tuple[re.Pattern[str], Callable[[Article, str], list[Answer]]]] = [
    (re.compile(rf"who {_BE}{_NEG} (?:to )?rule out (?P<x>.+)"), who_refused_to_rule_out),
    (re.compile(rf"who {_BE}(?:ruled|rules|rule) out (?P<x>.+)"), who_ruled_out),
    (re.compile(rf"who {_BE}{_SUPPORT} (?P<x>.+)"), who_supports),
    (re.compile(rf"who {_BE}{_OPPOSE} (?P<x>.+)"), who_opposes),
    (re.compile(r"who (?:reacted|reacts|responded|responds|replied) to (?P<x>.+)"), _reacted),
    (re.compile(r"how did (?P<x>.+?) (?:react|respond)(?: to .*)?"), _reactions_of),
    (
        re.compile(r"what (?:did|does|has) (?P<x>.+?) (?:say|said|tell|told)(?P<about> about .*)?"),
        _said,
    ),
]

SUPPORTED_QUESTIONS = (
    "who ruled out X",
    "who refused to rule out X",
    "who supports X",
    "who opposes X",
    "who reacted to X",
    "what did X say",
)


def ask(article: Article, question: str) -> list[Answer]:
    """Answer a plain-English question about the article.

    Understood forms: "who ruled out X", "who refused to rule out X", "who supports X",
    "who opposes X" (X a target, as for :func:`stances_on`), "who reacted to X" and
    "what did X say" (X an actor, as for :func:`find_actor`), with variants such as "who
    declined to rule out X", "who backs X" or "who is against X". Case and a final ``?``,
    ``.`` or ``!`` do not matter.

    Args:
        article: The article.
        question: The question.

    Returns:
        One :class:`Answer` per actor, with its evidence (and stances or reactions); empty
        when no one fits.

    Raises:
        QueryError: when the question has none of these forms, or names an unknown actor.
    """
    q = _fold(question).rstrip("?.! ")
    for pattern, answer in _QUESTIONS:
        m = pattern.fullmatch(q)
        if m:
            arg = m.group("x") + (m.groupdict().get("about") or "")
            return answer(article, arg.strip())
    forms = "; ".join(f'"{f}"' for f in SUPPORTED_QUESTIONS)
    raise QueryError(f"cannot understand {question!r}; ask one of: {forms}")
