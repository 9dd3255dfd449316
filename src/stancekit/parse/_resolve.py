"""Step ``resolve``: mentions to actors.

Names link to earlier full names by surname; roles ("the chancellor") link to the actor holding
that title; pronouns link to the nearest compatible person (the subject of the closest sentence
naming one); spokespeople and officials get ``represents``. Only actors that speak, are spoken
for, or are needed as antecedents become :class:`~stancekit.model.Actor` records.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..lexicon import Lexicon
from ..model import Actor, ActorKind, Span, slugify
from ._known import KnownActor
from ._mentions import (
    ANONYMOUS,
    GOVERNMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
    PRONOUN,
    ROLE,
    UNKNOWN,
    Mention,
    MentionKind,
)

__all__ = ["Entity", "Resolver"]

_KINDS = {
    PERSON: ActorKind.PERSON,
    ROLE: ActorKind.PERSON,
    UNKNOWN: ActorKind.PERSON,
    GOVERNMENT: ActorKind.GOVERNMENT,
    ORGANIZATION: ActorKind.ORGANIZATION,
    GROUP: ActorKind.GROUP,
    ANONYMOUS: ActorKind.ANONYMOUS,
}
_SURFACE_KINDS = (PERSON, GOVERNMENT, ORGANIZATION, UNKNOWN)  # named mentions
_PRONOUN_WINDOW = 8  # sentences a pronoun may look back
_ROLE_WINDOW = 400  # mentions a role ("the chancellor") may look back
_NEAR_SENTENCES = 2  # sentences before a title with no holder in which its person is looked for
_LEAD_SENTENCES = 3  # a role named here may take a holder named later (headline and lead)


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


class Entity:
    """Someone the article refers to, gathered from mentions (an actor in the making)."""

    __slots__ = (
        "_held",
        "affiliation",
        "aliases",
        "gender",
        "id",
        "kind",
        "mentions",
        "name",
        "represents",
        "role",
        "title",
        "used",
    )

    def __init__(self, name: str, kind: MentionKind) -> None:
        self.name = name
        self.kind = kind
        self.title: str | None = None
        self.role: str | None = None
        self.affiliation: str | None = None
        self.represents: Entity | None = None
        self.gender: str | None = None
        self.aliases: dict[str, None] = {}
        #: (start, end) of each mention; spans are made for actors only (:meth:`Resolver.actors`)
        self.mentions: list[tuple[int, int]] = []
        self.used = False
        self.id = ""
        self._held: tuple[tuple[str | None, str | None, str], str] | None = None

    def __repr__(self) -> str:
        return f"Entity({self.name!r}, {self.kind})"

    def absorb(self, m: Mention, fold: Callable[[str], str] = _fold) -> None:
        """Take *m*'s names (as aliases), title, role, affiliation and gender; *fold* is
        :func:`_fold` or a memo of it (:meth:`Resolver.fold`)."""
        folded = fold(m.name)
        own = fold(self.name)
        if m.kind != PRONOUN and folded != own:
            self.aliases[m.name] = None
        if m.kind in _SURFACE_KINDS and m.a < m.b:
            # every surface name is an alias: "Britain" stays findable on "United Kingdom"
            surface = m.surface
            written = fold(surface)
            if folded not in written and written != own:
                self.aliases[surface] = None
        self.mentions.append((m.start, m.end))
        if m.title and not self.title:
            self.title = m.title
        if m.role and not self.role:
            self.role = m.role
        if m.affiliation and not self.affiliation:
            self.affiliation = m.affiliation
        if m.gender and not self.gender:
            self.gender = m.gender
        if self.kind == UNKNOWN and m.kind not in (UNKNOWN, PRONOUN):
            self.kind = m.kind

    def held(self, aliases: Mapping[str, str]) -> str:
        """Title, role and name in lower case, with role aliases spelt out ("pm" ->
        "prime minister"), for matching role references; cached until they change."""
        key = (self.title, self.role, self.name)
        if self._held is None or self._held[0] != key:
            parts = [x.lower() for x in key if x]
            parts += [aliases[x] for x in parts if x in aliases]
            self._held = (key, " ".join(parts))
        return self._held[1]

    @property
    def person_like(self) -> bool:
        return self.kind in (PERSON, ROLE) or (self.kind == ANONYMOUS)


class Resolver:
    """Links every mention of the article, in text order, to an :class:`Entity`.

    The only code that changes entities: the steps after ``resolve`` read them, and ask the
    resolver (:meth:`keep`, :meth:`affiliate`) for the changes they need.
    """

    def __init__(self, lex: Lexicon, known: Sequence[KnownActor] = ()) -> None:
        self.lex = lex
        self.entities: list[Entity] = []
        self.by_name: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.by_given: dict[str, list[Entity]] = {}  # "Darren" after "Darren Jones"
        self.history: list[tuple[int, int, Entity]] = []  # (sentence, token, entity)
        self.in_pp: set[tuple[int, int]] = set()
        self._folded: dict[str, str] = {}  # name -> _fold(name), for this article
        for k in known:
            e = self._new(k.name, _known_kind(k.kind))
            e.title = k.title
            e.affiliation = k.affiliation
            for alias in k.aliases:
                self.by_name.setdefault(self.fold(alias), e)
                e.aliases[alias] = None

    def fold(self, name: str) -> str:
        """:func:`_fold` of *name*, memoised for this article (names recur in every
        mention)."""
        folded = self._folded.get(name)
        if folded is None:
            folded = self._folded[name] = _fold(name)
        return folded

    def _new(self, name: str, kind: MentionKind) -> Entity:
        e = Entity(name, kind)
        self.entities.append(e)
        self.by_name[self.fold(name)] = e
        words = name.split()
        if kind in (PERSON, UNKNOWN) and len(words) >= 2:
            self.by_surname.setdefault(self.fold(words[-1]), []).append(e)
            self.by_given.setdefault(self.fold(words[0]), []).append(e)
        return e

    def _named(self, m: Mention) -> Entity:
        key = self.fold(m.name)
        e = self.by_name.get(key)
        if e is not None:
            return e
        words = m.name.split()
        if m.kind in (PERSON, UNKNOWN) and len(words) == 1:
            cands = self.by_surname.get(key, [])
            if len(cands) == 1:
                self.by_name[key] = cands[0]
                return cands[0]
            # a given name alone, after one full name that starts with it ("Darren said")
            given = self.by_given.get(key, [])
            if not cands and len(given) == 1 and given[0].kind == PERSON:
                self.by_name[key] = given[0]
                return given[0]
        if m.kind == PERSON and len(words) >= 2:
            # "Roe" was seen before "Jane Roe": the full name now names that actor
            short = self.by_name.get(self.fold(words[-1]))
            if (
                short is not None
                and short.kind in (UNKNOWN, PERSON)
                and len(short.name.split()) == 1
            ):
                short.name = m.name
                self.by_name[key] = short
                self.by_surname.setdefault(self.fold(words[-1]), []).append(short)
                return short
        return self._new(m.name, m.kind)

    def _role(self, m: Mention) -> Entity:
        """ "the chancellor": the latest actor holding that title, else a role actor."""
        if m.represents is None and m.det in ("the", None):
            aliases = self.lex.role_aliases
            role = m.role or ""
            role = aliases.get(role, role)
            # a portfolio before the role ("the health minister") must be the holder's too
            fields = [
                w
                for w in m.name.split()
                if w.islower()
                and w in self.lex.portfolios
                and w not in self.lex.role_adjectives
                and w not in (m.role or "").split()
            ]
            start = max(0, len(self.history) - _ROLE_WINDOW)
            for k in range(len(self.history) - 1, start - 1, -1):
                e = self.history[k][2]
                if not role or e.kind == GROUP or role not in e.held(aliases):
                    continue
                if fields and not all(w in e.held(aliases).split() for w in fields):
                    continue  # "the health minister" is not "Economy Minister X"
                if m.affiliation and e.affiliation and m.affiliation != e.affiliation:
                    continue  # "the Dutch PM" is not the Finnish one
                if any(
                    body and body != e.affiliation and self._names_organisation(body)
                    for body in (m.org, m.affiliation)
                ):
                    continue  # "the general secretary of the Porters' Union": not the foreign one
                return e
        name = m.name
        if m.det == "the" and name.lower().startswith("the "):
            name = name[4:]
        known = self.by_name.get(self.fold(name))
        if known is not None:
            return known
        holder = self._untitled_holder(m)
        if holder is not None:
            self.by_name[self.fold(name)] = holder
            return holder
        return self._new(name, ROLE)

    def _untitled_holder(self, m: Mention) -> Entity | None:
        """ "Tony Roe refused to say ... the prime minister said": a definite title with no
        holder named is the one person without a title, role or affiliation of their own named
        in its sentence or the two before, else the one such person the article named before
        it; with two such people, or none, it stays a role."""
        role = m.role or ""
        if m.det != "the" or m.affiliation or m.org or m.represents is not None:
            return None
        sole = self.lex.words.sole_titles
        if role not in sole and self.lex.role_aliases.get(role, role) not in sole:
            return None
        if self.fold(m.name).split() not in (["the", *role.split()], role.split()):
            return None  # "the former president", "the Democratic candidate": not the office

        courtesy = self.lex.words.courtesy_titles

        def untitled(e: Entity) -> bool:
            if e.kind != PERSON or not e.gender or e.role or e.affiliation or e.represents:
                return False  # a gender (a given name, a pronoun): not "World Cup"
            return not e.title or e.title.lower() in courtesy

        # the person named in this sentence or the two before, when only one is
        near: dict[int, Entity] = {}
        here = m.sentence.index
        for s_idx, _, e in reversed(self.history):
            if s_idx < here - _NEAR_SENTENCES:
                break
            if untitled(e):
                near[id(e)] = e
        if len(near) == 1:
            return next(iter(near.values()))
        if near:
            return None
        found = [e for e in self.entities if untitled(e)]
        return found[0] if len(found) == 1 else None

    def forward_roles(self, mentions: Sequence[Mention]) -> None:
        """A role in the article's lead, named before its holder ("Israel's foreign minister
        said ... Israeli Foreign Minister Jane Roe"), is that holder when exactly one person
        named later holds the title, with a compatible affiliation and the role's modifiers;
        with two such people, or none, the role stays itself."""
        aliases = self.lex.role_aliases
        order = {id(e): k for k, e in enumerate(self.entities)}
        lead: set[int] = set()
        for m in mentions:
            if m.sentence.index < _LEAD_SENTENCES and m.actor is not None:
                lead.add(id(m.actor))
        merged: dict[int, Entity] = {}
        for e in self.entities:
            if e.kind != ROLE or e.represents is not None or not e.role or id(e) not in lead:
                continue
            role = aliases.get(e.role, e.role)
            if role not in self.lex.titles and e.role not in self.lex.titles:
                continue
            # the role's own modifiers ("Democratic" nominee) must be the holder's too; a
            # possessor ("Israel's") is checked as the affiliation
            skip = set(e.role.split())
            mods = [
                w
                for w in _fold(e.name).split()
                if w not in skip
                and not any(w.endswith(p) for p in self.lex.words.possessive_markers)
            ]
            holders = [
                c
                for c in self.entities[order[id(e)] + 1 : order[id(e)] + 1 + _ROLE_WINDOW]
                if c.kind == PERSON
                and c.title
                and role in c.held(aliases)
                and not (e.affiliation and c.affiliation and e.affiliation != c.affiliation)
                and all(
                    w in _fold(f"{c.held(aliases)} {c.affiliation or ''}").split() for w in mods
                )
            ]
            if len(holders) > 1:
                # the one holder of the bare title, not of a modified one ("the Chancellor",
                # not "shadow chancellor")
                exact = [
                    c for c in holders if c.title and aliases.get(t := c.title.lower(), t) == role
                ]
                holders = exact if len(exact) == 1 else holders
            if len(holders) == 1:
                merged[id(e)] = holders[0]
        if not merged:
            return
        for m in mentions:
            for x in (m, m.represents):
                if x is not None and x.actor is not None and id(x.actor) in merged:
                    x.actor = merged[id(x.actor)]
        for e in self.entities:
            holder = merged.get(id(e))
            if holder is not None:
                holder.mentions.extend(e.mentions)
                holder.aliases.setdefault(e.name, None)
                for key, value in list(self.by_name.items()):
                    if value is e:
                        self.by_name[key] = holder
                for k, (s_idx, tok, h) in enumerate(self.history):
                    if h is e:
                        self.history[k] = (s_idx, tok, holder)
        self.entities = [e for e in self.entities if id(e) not in merged]

    def _names_organisation(self, name: str) -> bool:
        """Whether *name* is an organisation's full name: more than one word, one of them an
        organisation's head word ("National Union of Porters"; not a bare "Treasury")."""
        words = name.lower().split()
        return len(words) > 1 and any(w in self.lex.org_heads for w in words)

    def _pronoun(self, m: Mention) -> Entity | None:
        sort = self.lex.pronouns.get(m.name)
        # "he", "she", "him" (and any pronoun the data calls a person's): a person
        want_person = not m.plural and sort in ("person", "object")
        sent = m.sentence.index

        def fits(e: Entity) -> bool:
            if want_person:
                # a bare surname that spoke ("Reyes said") is a person to a later "he"
                return (
                    (e.person_like or (e.kind == UNKNOWN and e.name[:1].isupper()))
                    and e.kind != GROUP
                    and (e.gender in (None, m.gender))
                )
            if m.plural:
                return e.kind in (GROUP, GOVERNMENT, ORGANIZATION) or (
                    e.kind == ANONYMOUS and "official" not in (e.role or "")
                )
            return e.kind in (GOVERNMENT, ORGANIZATION)

        # the first fitting mention of the nearest sentence (its subject, usually), preferring
        # mentions that do not sit in a prepositional phrase ("On the Morning Show, Roe said")
        best: tuple[int, int, bool, Entity] | None = None
        for s_idx, tok, e in reversed(self.history):
            if s_idx < sent - _PRONOUN_WINDOW:
                break
            if s_idx == sent and tok >= m.a:
                continue
            if not fits(e):
                continue
            in_pp = (s_idx, tok) in self.in_pp
            if best is None:
                best = (s_idx, tok, in_pp, e)
            elif s_idx == best[0]:
                if best[2] or not in_pp:
                    best = (s_idx, tok, in_pp, e)
            elif s_idx < best[0]:
                break
        if best is None:
            return None
        e = best[3]
        if sort == "person" and e.gender is None:
            e.gender = m.gender  # learnt from subjects only: "X told him" says nothing of X
        return e

    def link(self, m: Mention, *, speaks: bool = False) -> Entity | None:
        """Resolve *m* (in text order) and record it for later pronouns and roles.

        A bare capitalised word (``"Reyes"``) is remembered for later pronouns only once it
        is seen twice, or when it *speaks* (it is the speaker of an attribution).
        """
        if m.kind == PRONOUN:
            e = self._pronoun(m)
            if e is not None:
                e.mentions.append((m.start, m.end))
                m.actor = e
                self._remember(m, e)  # "She insisted ... She said": a chain of subjects
            return e
        e = self._role(m) if m.kind == ROLE else self._named(m)
        e.absorb(m, self.fold)
        if m.represents is not None:
            rep = m.represents.actor
            if rep is None:
                rep = self.link(m.represents)
            e.represents = rep or e.represents
        elif m.org and (m.role in self.lex.spokes_titles or m.kind == ANONYMOUS or m.title):
            # "Kremlin spokesman X", "a NATO official": they speak for that body
            if m.role in self.lex.spokes_titles or m.kind == ANONYMOUS:
                body = self.by_name.get(self.fold(m.org))
                if body is None:
                    kind = GOVERNMENT if m.org.lower() in self.lex.metonyms else ORGANIZATION
                    body = self._new(m.org, kind)
                    if kind == GOVERNMENT:
                        body.affiliation = self.lex.metonyms.get(m.org.lower())
                e.represents = body
            e.affiliation = e.affiliation or m.org
        if e.kind == UNKNOWN and self._is_known_person(e):
            e.kind = PERSON
        m.actor = e
        if e.kind != UNKNOWN or len(e.mentions) > 1 or speaks:
            self._remember(m, e)
        return e

    def _remember(self, m: Mention, e: Entity) -> None:
        """Record *m* as a mention of *e* that later pronouns and roles may look back to."""
        self.history.append((m.sentence.index, m.a, e))
        if m.a > 0 and m.sentence.tokens[m.a - 1].low in self.lex.words.prepositions:
            self.in_pp.add((m.sentence.index, m.a))

    def keep(self, e: Entity) -> None:
        """Make *e* an actor of the article: it speaks, or a reaction names it."""
        e.used = True

    def affiliate(self, e: Entity, affiliation: str) -> None:
        """Give *e* (and the body it speaks for, when that has none) *affiliation*."""
        e.affiliation = affiliation
        rep = e.represents
        if rep is not None and rep.affiliation is None:
            rep.affiliation = affiliation

    def _is_known_person(self, e: Entity) -> bool:
        return bool(e.title) or len(e.name.split()) >= 2

    def actors(self) -> list[Actor]:
        """The entities that are used, as validated actors with unique ids."""
        used = [e for e in self.entities if e.used]
        # spokespeople bring the actor they speak for
        for e in list(used):
            rep = e.represents
            while rep is not None and not rep.used:
                rep.used = True
                used.append(rep)
                rep = rep.represents
        seen: dict[str, int] = {}
        ordered = sorted(used, key=lambda e: (e.mentions[0][0] if e.mentions else -1, e.name))
        for e in ordered:
            base = slugify(e.name)
            n = seen.get(base, 0) + 1
            seen[base] = n
            e.id = base if n == 1 else f"{base}-{n}"
        out = []
        for e in ordered:
            kind = _KINDS.get(e.kind, ActorKind.PERSON)
            if e.kind == UNKNOWN and e.name.lower() in self.lex.group_names:
                kind = ActorKind.GROUP  # "Democrats said"
            elif e.kind == ROLE and e.role in self.lex.institution_roles:
                kind = ActorKind.ORGANIZATION  # "the newspaper"
            affiliation = e.affiliation
            if affiliation is None and e.represents is not None:
                affiliation = e.represents.affiliation or (
                    e.represents.name if e.represents.kind in (GOVERNMENT, ORGANIZATION) else None
                )
            out.append(
                Actor(
                    id=e.id,
                    name=e.name,
                    kind=kind,
                    title=e.title,
                    affiliation=affiliation,
                    represents=e.represents.id if e.represents is not None else None,
                    aliases=tuple(a for a in e.aliases if self.fold(a) != self.fold(e.name)),
                    mentions=tuple(Span(a, b) for a, b in sorted(set(e.mentions))),
                )
            )
        return out


def _known_kind(kind: ActorKind) -> MentionKind:
    return {
        ActorKind.PERSON: PERSON,
        ActorKind.GOVERNMENT: GOVERNMENT,
        ActorKind.ORGANIZATION: ORGANIZATION,
        ActorKind.GROUP: GROUP,
        ActorKind.ANONYMOUS: ANONYMOUS,
    }[kind]
