"""Questions over an article: typed helpers and a small plain-English form, :func:`ask`.

Targets are free text, matched on normalised content words (synonyms from the lexicon), so
``"ground troops"`` finds a stance on ``"sending their own soldiers to Ukraine"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import attrs

from ._normalize import content_words, content_words_of, fold_plural, placed, stem, untimed
from ._tokens import tokenize
from .errors import QueryError
from .lexicon import FunctionWords, Lexicon, default_words
from .model import (
    COMMITMENTS,
    Actor,
    Article,
    Commitment,
    Polarity,
    Reaction,
    Stance,
    Statement,
    Target,
)
from .topics import Codebook

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
    "with_topics",
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


@attrs.frozen
class _Phrase:
    """A proposal's words for matching: canonical lemmas, and the head words among them."""

    words: frozenset[str]
    heads: frozenset[str]
    #: The words as written, each a set of its parts' lemmas ("Europe-wide": europe, wide).
    units: tuple[frozenset[str], ...] = ()
    #: Whether a content word is written with a number ("under-16s", "over-65s"): an age,
    #: a year or an amount that may name what another phrase's modifier names ("youth").
    numbered: bool = False

    def modifiers(self, head: str) -> frozenset[str]:
        return self.words - {head}


_NONE: frozenset[str] = frozenset()


def _phrase(text: str, lex: Lexicon, *, bag: bool = False, objects: bool = False) -> _Phrase:
    """The lemmas of *text*'s content words (numbers left out) and its heads.

    The head is the last content word before the first preposition ("cuts" in "cuts in
    rates" and in "rate cuts", "ban" in "TikTok ban in the UK"); a phrase that opens with a
    verb form ("ending the lockdown", "banning TikTok") has that verb as a second head. After
    a one-word front ("return to lockdowns", "ban on smoking") and with *objects* (a
    target's words), the last word before a second preposition is a head too ("agree to a
    border wall", "involvement of peacekeepers in the region"). A *bag* of words (a target
    key) has every word as a head.
    """
    endings, preps = lex.words.verb_endings, lex.words.prepositions
    toks = placed(untimed([t.low for t in tokenize(text)], lex), lex)
    cut = next((k for k, w in enumerate(toks) if w in preps), len(toks))
    end = next((k for k in range(cut + 1, len(toks)) if toks[k] in preps), len(toks))
    front = _lemmas(content_words_of(toks[:cut], lex), lex)
    second = _lemmas(content_words_of(toks[cut:end], lex), lex)
    rest = _lemmas(content_words_of(toks[end:], lex), lex)
    words = frozenset(front) | frozenset(second) | frozenset(rest)
    numbered = any(_numbered(w) for w in content_words_of(toks, lex))
    if bag:
        return _Phrase(words, words, numbered=numbered)
    units = tuple(u for w in content_words_of(toks, lex) if (u := frozenset(_lemmas([w], lex))))
    heads = set(front[-1:] or second[-1:])
    if objects or len(front) == 1:
        heads.update(second[-1:])  # "agree to a border wall", "return to lockdowns"
    first = next((w for w in toks if w not in lex.stopwords and _wordy(w)), "")
    if any(first.endswith(e) for e in endings) and front:
        heads.add(front[0])  # "ending the lockdown early": ending is a head
    return _Phrase(words, frozenset(heads), units, numbered)


def _numbered(word: str) -> bool:
    """Whether *word* is a word written with a number ("under-16s", "over-65s"), not a
    bare number."""
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)


def _lemmas(words: list[str], lex: Lexicon) -> list[str]:
    """Lemmas of canonical words, the parts of a compound apart ("rent-freeze"), no
    numbers."""
    return [
        stem(fold_plural(_unowned(p, lex), lex.plural_suffixes), lex.words.verb_endings)
        for w in words
        for p in w.split("-")
        if _wordy(p)
    ]


def _unowned(word: str, lex: Lexicon) -> str:
    """*word* without a possessive ending ("europe's": "europe")."""
    for m in lex.words.possessive_markers:
        if word.endswith(m) and len(word) > len(m):
            return word[: -len(m)]
    return word


def _wordy(word: str) -> bool:
    return word[:1].isalpha() and not any(ch.isdigit() for ch in word)


def _target_phrase(stance: Stance, lex: Lexicon) -> _Phrase:
    """The stance's target for matching: its text (none when it has no span), its label
    (the proposal's name, shared by its anaphora) and its key's words."""
    t = stance.target
    bag = t.key.replace("-", " ")
    key = _phrase(bag, lex, bag=True)
    # a label that is only the key's words (the default) has no heads of its own
    label = _phrase(t.label, lex, objects=True) if t.label != bag else _Phrase(key.words, _NONE)
    numbered = key.numbered or label.numbered
    if t.span is None:
        return _Phrase(key.words | label.words, key.heads | label.heads, numbered=numbered)
    own = _phrase(t.text, lex, objects=True)
    return _Phrase(
        own.words | key.words | label.words,
        own.heads | label.heads,
        numbered=numbered or own.numbered,
    )


def _matches(want: _Phrase, have: _Phrase) -> bool:
    """Whether the question's phrase *want* names the target's phrase *have*.

    A head word of the question is among the target's words, or the target's head is among
    the question's words and they share another word ("Europe-wide bank bailout" for
    "Europe-wide bank bailout fund"); at least half of the question's words are the
    target's; and the two are not rivals: the same head with modifiers that have nothing in
    common ("wealth tax", "carbon tax"). A word written with a number ("under-16s") may
    name what the other's modifier names ("youth curfew", "curfew for under-16s"), so a
    phrase with one is no proof of a rival.
    """
    if not want.words:
        return False
    shared = want.words & have.words
    units = want.units or tuple(frozenset([w]) for w in want.words)
    if sum(1 for u in units if u & have.words) * 2 < len(units):
        return False  # half of the words as written: "Europe-wide" is one
    if not (want.heads & have.words or (have.heads & want.words and len(shared) >= 2)):
        return False
    for h in want.heads & have.heads:
        mw, mh = want.modifiers(h), have.modifiers(h)
        if mw and mh and not mw & mh and not (want.numbered or have.numbered):
            return False  # "carbon tax" is not "wealth tax"
    return True


def target_matches(
    query: str, stance: Stance, lexicon: Lexicon | None = None, topics: Codebook | None = None
) -> bool:
    """Whether the free-text *query* names the target of *stance*.

    Both sides are reduced to lemmas of their content words (stopwords and numbers dropped,
    synonyms mapped to their canonical word, plural and verb endings folded: "ban",
    "banning"; "cut", "cuts"). The query's head word (the last before its first
    preposition, so "rate cuts" and "cuts in rates" both have "cut"; and the verb opening
    "ending the lockdown") must be among the target's words or its key, or the target's
    head among the query's words with one more word in common; at least half of the
    query's words must be the target's; modifiers are optional, but a target with the same
    head and only other modifiers is another proposal ("carbon tax" is not "wealth tax").

    Args:
        query: Free text naming a proposal (``"ground troops"``).
        stance: The stance whose target is compared.
        lexicon: Stopwords, synonyms, plural and verb endings to use; :meth:`Lexicon.default`
            when ``None``.
        topics: A codebook (:class:`~stancekit.topics.Codebook`): a query naming one of its
            topics also matches every target the topic names (see :func:`with_topics`).

    Returns:
        Whether the query names the stance's target.
    """
    lex = lexicon or Lexicon.default()
    if topics is not None:
        stance = _retarget(stance, topics, lex)
        named = topics.topic_named(query, lex)
        if named is not None and stance.target.key == named.key(lex):
            return True
    return _matches(_phrase(query, lex), _target_phrase(stance, lex))


def stances_on(
    article: Article,
    target: str,
    lexicon: Lexicon | None = None,
    topics: Codebook | None = None,
) -> list[Stance]:
    """Stances whose target matches the free-text *target*, in text order, with the stances
    standing for the same proposal ("ruled it out": keyed alike, no words of their own).

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches` for the rule.
        lexicon: As for :func:`target_matches`; when ``None``, the lexicon the article was
            parsed with (see :func:`lexicon_of`).
        topics: A codebook: the stances come with the codebook's labels and keys (see
            :func:`with_topics`), and a *target* naming a topic finds every stance on it.

    Returns:
        The matching stances.
    """
    lex = lexicon_of(article, lexicon)
    if topics is not None:
        article = with_topics(article, topics, lex)
        named = topics.topic_named(target, lex)
        if named is not None:
            key = named.key(lex)
            on = [s for s in article.stances if s.target.key == key]
            if on:
                return on
    want = _phrase(target, lex)
    matched = [_matches(want, _target_phrase(s, lex)) for s in article.stances]
    keys = {s.target.key for s, m in zip(article.stances, matched, strict=True) if m}
    # a question naming a proposal also finds its anaphora ("ruled it out"): stances keyed
    # alike whose own words are only the key's
    return [
        s
        for s, m in zip(article.stances, matched, strict=True)
        if m or (s.target.key in keys and _anaphoric(s, lex))
    ]


def with_topics(article: Article, topics: Codebook, lexicon: Lexicon | None = None) -> Article:
    """*article* with the codebook's labels and keys on the targets it names.

    A target whose text or label a topic names (see :meth:`Codebook.topic_of
    <stancekit.topics.Codebook.topic_of>`) takes the topic's label and key, and so do the
    other stances keyed alike (its anaphora). Parsing with ``topics=`` does the same while
    the mentions of a proposal are resolved; this applies a codebook to an article parsed
    without one.

    Args:
        article: The article.
        topics: The codebook.
        lexicon: As for :func:`stances_on`.

    Returns:
        A new article (the same one when the codebook names no target).
    """
    lex = lexicon_of(article, lexicon)
    by_key: dict[str, Target] = {}
    for s in article.stances:
        t = _retarget(s, topics, lex).target
        if t is not s.target:
            by_key.setdefault(s.target.key, t)
    if not by_key:
        return article
    stances = [
        attrs.evolve(
            s,
            target=Target(
                s.target.text, by_key[s.target.key].key, s.target.span, by_key[s.target.key].label
            ),
        )
        if s.target.key in by_key
        else s
        for s in article.stances
    ]
    return attrs.evolve(article, stances=stances)


def _retarget(stance: Stance, topics: Codebook, lex: Lexicon) -> Stance:
    t = stance.target
    topic = topics.topic_named(t.text, lex) or topics.topic_named(t.label, lex)
    if topic is None:
        return stance
    return attrs.evolve(stance, target=Target(t.text, topic.key(lex), t.span, topic.label))


def _anaphoric(stance: Stance, lex: Lexicon) -> bool:
    """Whether the stance's target has no words of its own beyond its key's."""
    if stance.target.span is None:
        return True
    own = _phrase(stance.target.text, lex).words
    # the key's words as they are: a canonical word may also be a stopword ("talk")
    return own <= frozenset(_lemmas(stance.target.key.split("-"), lex))


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


def position(
    article: Article, actor: str | Actor, target: str, *, topics: Codebook | None = None
) -> Stance | None:
    """The position *actor* holds on *target* in the article: one of the actor's stances.

    When an actor takes several positions on one proposal, the stance of highest
    ``precedence`` in :data:`~stancekit.model.COMMITMENTS` wins, the earliest on ties: a
    categorical rejection is not erased by a later hedge ("Never say never, but ..."), and an
    explicit refusal to rule out outranks a vaguer "no plans" (``docs/queries.md``).

    Args:
        article: The article.
        actor: An actor id, a name, or an :class:`Actor` (see :func:`find_actor`).
        target: Free text naming a proposal; see :func:`target_matches`.
        topics: A codebook of proposals, as for :func:`stances_on`.

    Returns:
        The stance, or ``None`` when the actor takes no position on *target*.

    Raises:
        QueryError: when no actor of that name is in the article.
    """
    actor_id = _actor_id(article, actor)
    held = stances_on(article, target, topics=topics)
    return _position([s for s in held if s.holder == actor_id])


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


def who_ruled_out(article: Article, target: str, *, topics: Codebook | None = None) -> list[Answer]:
    """Actors whose position on *target* rules it out: categorically, no plans, not for now.

    The position is the one :func:`position` derives: an actor who also kept the target open
    is left out (refusing to rule something out is not ruling it out), unless a categorical
    rejection stands before the hedge.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.
        topics: A codebook of proposals, as for :func:`stances_on`.

    Returns:
        One :class:`Answer` per actor, in the order of their first such stance, with those
        stances and the statements they rest on.
    """
    stances = stances_on(article, target, topics=topics)
    pos = _positions(stances)
    return _answers(
        article, stances, lambda s: s.commitment.rules_out and pos[s.holder].commitment.rules_out
    )


def who_refused_to_rule_out(
    article: Article, target: str, *, topics: Codebook | None = None
) -> list[Answer]:
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
        topics: A codebook of proposals, as for :func:`stances_on`.

    Returns:
        One :class:`Answer` per actor, with the stances (commitment ``open``) and evidence.
    """
    stances = stances_on(article, target, topics=topics)
    pos = _key_positions(stances)
    return _answers(
        article,
        stances,
        lambda s: (
            s.commitment is Commitment.OPEN
            and pos[(s.holder, s.target.key)].commitment is Commitment.OPEN
        ),
    )


def who_supports(article: Article, target: str, *, topics: Codebook | None = None) -> list[Answer]:
    """Actors with a stance of polarity ``support`` on *target* (endorsements, votes for,
    conditional support) whose position (:func:`position`) is not against it.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.
        topics: A codebook of proposals, as for :func:`stances_on`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    stances = stances_on(article, target, topics=topics)
    pos = _positions(stances)
    return _answers(
        article,
        stances,
        lambda s: s.polarity is Polarity.SUPPORT and pos[s.holder].polarity is not Polarity.OPPOSE,
    )


def who_opposes(article: Article, target: str, *, topics: Codebook | None = None) -> list[Answer]:
    """Actors with a stance of polarity ``oppose`` on *target*, whatever its commitment
    (rule-outs and objections), whose position (:func:`position`) is not support.

    Args:
        article: The article.
        target: Free text naming a proposal; see :func:`target_matches`.
        topics: A codebook of proposals, as for :func:`stances_on`.

    Returns:
        One :class:`Answer` per actor, with the stances and evidence.
    """
    stances = stances_on(article, target, topics=topics)
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
    article: Article,
    question: str,
    *,
    questions: Sequence[QuestionForm] = QUESTIONS,
    topics: Codebook | None = None,
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
        topics: A codebook of proposals: questions about a target use its labels and keys
            (see :func:`with_topics`).

    Returns:
        One :class:`Answer` per actor, with its evidence (and stances or reactions); empty
        when no one fits.

    Raises:
        QueryError: when the question has none of these forms, or names an unknown actor.
    """
    form, subject, topic = match_question(question, questions)
    if topics is not None:
        article = with_topics(article, topics)
        if form.about == "target":
            named = topics.topic_named(subject)
            if named is not None:
                subject = named.label  # the topic's label names its targets
    return form.answer(article, subject, topic)
