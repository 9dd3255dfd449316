"""Step 3: candidate actor mentions in a sentence (outside quotations).

A mention is a span naming someone: a titled name ("Danish Prime Minister Jane Roe"), a bare
name, an institution ("the Italian government", "the Kremlin"), an anonymous source ("a NATO
official"), a group ("European leaders"), a role ("the chancellor") or a pronoun ("he"). Each
carries what the words tell about the actor: title, affiliation, whom it speaks for.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ._chunk_words import ChunkerWords, is_acronym
from ._name_parts import field_role, modifier_run, role_holder, title_continues
from ._text import OPEN_MARKS, Sentence

if TYPE_CHECKING:
    from ._resolve import Entity

__all__ = ["Mention", "MentionKind", "find_mentions"]


class MentionKind(enum.StrEnum):
    """What a mention's words say about the actor, before resolution decides who it is.

    Resolution turns them into an :class:`~stancekit.model.ActorKind` (``ROLE`` and
    ``UNKNOWN`` become persons unless the lexicon says otherwise).
    """

    PERSON = "person"
    GOVERNMENT = "government"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"
    ROLE = "role"  # "the chancellor"
    PRONOUN = "pronoun"
    UNKNOWN = "unknown"  # a bare capitalised word: a person only if it turns out to speak


# Short names for the members, as the attribution step imports them.
PERSON = MentionKind.PERSON
GOVERNMENT = MentionKind.GOVERNMENT
ORGANIZATION = MentionKind.ORGANIZATION
GROUP = MentionKind.GROUP
ANONYMOUS = MentionKind.ANONYMOUS
ROLE = MentionKind.ROLE
PRONOUN = MentionKind.PRONOUN
UNKNOWN = MentionKind.UNKNOWN


class Mention:
    """A span of a sentence that names (or points at) an actor."""

    __slots__ = (
        "a",
        "actor",
        "affiliation",
        "b",
        "det",
        "end",
        "gender",
        "kind",
        "name",
        "org",
        "plural",
        "represents",
        "role",
        "sentence",
        "start",
        "tag",
        "title",
    )

    def __init__(
        self, sentence: Sentence, a: int, b: int, kind: MentionKind | str, name: str
    ) -> None:
        self.sentence = sentence
        self.a = a
        self.b = b
        self.start = sentence.tokens[a].start
        self.end = sentence.tokens[b - 1].end
        # (a member as it is: the enum's constructor costs more than the rest of this call)
        self.kind = kind if isinstance(kind, MentionKind) else MentionKind(kind)
        self.name = name
        self.title: str | None = None
        self.affiliation: str | None = None
        self.org: str | None = None  # organisation named as a modifier ("NATO" official)
        self.represents: Mention | None = None
        self.role: str | None = None
        self.det: str | None = None
        self.plural = False
        self.gender: str | None = None
        self.tag: str | None = None  # a party and state tag after the name ("R-Texas")
        self.actor: Entity | None = None  # the resolved entity, filled in by resolution

    def __repr__(self) -> str:
        return f"Mention({self.kind}, {self.name!r}, {self.start}-{self.end})"

    @property
    def is_person_like(self) -> bool:
        return self.kind in (PERSON, ROLE) or (self.kind == ANONYMOUS and not self.plural)

    @property
    def surface(self) -> str:
        """The words of the text this mention spans ("Britain" for the actor "United Kingdom")."""
        toks = self.sentence.tokens
        out = toks[self.a].text
        for k in range(self.a + 1, self.b):
            out += (" " if toks[k].start > toks[k - 1].end else "") + toks[k].text
        return out


class _Chunker(ChunkerWords):
    # -- phrases --------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        out: list[Mention] = []
        starters = self.clex.mention_starters
        quote_of = self.s.quote_of
        pronouns = self.lex.pronouns  # (``pronoun`` finds none at any other word: no call)
        lows = self.lows
        # most words cannot open a mention: only these are tried, in order
        opens = [k for k, t in enumerate(self.toks) if t.is_cap or t.low in starters]
        i = 0
        for k in opens:
            if k < i or quote_of[k] >= 0:
                continue  # inside the mention just found, or quoted
            i = k
            m = (
                (self.pronoun(i) if lows[i] in pronouns else None)
                or self.det_phrase(i)
                or self.name_phrase(i)
            )
            if m is None:
                continue
            out.append(m)
            extra = self.after(m, out)
            i = extra if extra is not None else m.b
            if i < self.n and self._headline_verb(i):
                i += 1  # the verb is a cue, not the start of another name
        return out

    def pronoun(self, i: int) -> Mention | None:
        low = self.lows[i]
        sort = self.lex.pronouns.get(low)
        if sort is None or sort == "relative":
            return None
        m = Mention(self.s, i, i + 1, PRONOUN, low)
        m.gender = self.lex.gendered.get(low)
        m.plural = sort == "plural" or low in self.lex.words.plural_pronouns
        return m

    def det_phrase(self, i: int) -> Mention | None:
        """[det] [modifiers] role-noun [of PLACE|ORG] [Name]: "the Italian government"."""
        low = self.lows[i]
        det: str | None = None
        j = i
        affiliation: str | None = None
        org: str | None = None
        metonym = False
        owner = i  # where the name starts: "Spain's prime minister"
        after_place = -1  # the token after a place word: "the Spanish economy minister"
        if low in self.words.determiners or low in self.lex.indefinites:
            if self._no_role_or_place_within(i):
                return None  # "the plan": no role and no metonym can follow the determiner
            det = low
            j += 1
            owner = j
        else:
            # "Spain's economy minister": a country's possessive is a definite determiner
            p = self.place(i) if "'s" in self.lows[i + 1 : i + 4] else None
            if p is not None and p[1] != "demonym" and self.lows[i + p[0] : i + p[0] + 1] == ["'s"]:
                det, affiliation = "the", p[2]
                j += p[0] + 1
            elif self._no_role_within(i) or self._no_modifier_at(i):
                return None  # no determiner and no role word near: what most names look like
        if j + 1 < self.n and self._group_name(j + 1):
            return None  # "the Campaign for Nuclear Disarmament": a name, not a role
        if det is None and self._field_before_plural_role(i):
            j += 1  # "Business leaders said": the field noun opening the sentence names them
        portfolio = -1  # first capitalised modifier: "the Transport Secretary"
        mods = j
        while j < self.n and j - mods < 6 and self.free(j):
            size = self.role(j)
            if size and not (
                self.toks[j].is_cap
                and self.is_name_word(j + size)
                and size == 1
                and (
                    self.lows[j] in self.lex.titles
                    # "the Cabinet Office minister": a role word opening an office's name
                    or (det is not None and self.lows[j + 1] in self.lex.org_heads)
                )
            ):
                break
            p = self.place(j)
            if p is not None:
                n, sort, country = p
                affiliation = country
                if sort == "metonym":
                    org, metonym = self.text(j, j + n), True
                j += n
                after_place = j
                continue
            if is_acronym(self.toks[j]) and self.toks[j].low not in self.lex.not_names:
                org = self.toks[j].text
                j += 1
                continue
            if self.lows[j] in self.lex.role_adjectives:
                j += 1
                if det == "the":
                    after_place = j  # "the regional transport authority": a field noun follows
                continue
            if (
                (det is not None or (j == i and self.lows[j] in self.lex.group_modifiers))
                and j in (mods, after_place)
                and self.toks[j].is_word
                and not self.toks[j].is_cap
                and self.role(j + 1)
                and self.lows[j] not in self.lex.stopwords
            ):
                j += 1  # a noun naming the field: "the band leader", "a union official"
                continue
            if self.is_name_word(j) and det is not None:
                # "the White House press secretary", "a Roe campaign aide"
                org = self.text(j, j + 1) if org is None else org + " " + self.toks[j].text
                portfolio = j if portfolio < 0 else portfolio
                j += 1
                continue
            break
        n_role = self.role(j)
        if not n_role:
            # "the Kremlin", "the Pentagon": a metonym alone with its article
            if metonym and det == "the" and j > i + 1:
                m = Mention(self.s, i, j, GOVERNMENT, org or "")
                m.affiliation = affiliation
                m.det = det
                return m
            return None
        if det is None and j == i and self.lows[j] not in self.lex.plural_roles:
            return None  # a bare singular role noun: too ambiguous to be a speaker
        # compound roles: "a government spokesperson", "a campaign aide"
        while self.role(j + n_role) and j + n_role - mods < 6:
            org = org or self.text(j, j + n_role)
            if self.lows[j] in self.words.government_nouns and affiliation:
                org = None  # "a German government spokesperson" speaks for Germany
            j += n_role
            n_role = self.role(j)
        role_text = self.text(j, j + n_role)
        role_low = " ".join(self.lows[j : j + n_role])
        b = j + n_role
        plural = role_low in self.lex.plural_roles
        mods_end = j
        if portfolio >= 0 and role_low in self.lex.titles and self.toks[j].is_cap:
            role_text = self.text(portfolio, b)  # a capitalised title, not an organisation
            org = None
            mods_end = portfolio
        if det is None and not plural:
            return None  # "Labour Minister Tom Hardy" is a titled name, not a role phrase
        if self.toks[j].is_cap and self._plural_possessive_in_name(j, b):
            return None  # "the National Students' Union": the name of an organisation
        # "the Minister of Finance", "the government of Italy"
        if b + 1 < self.n and self.lows[b] == "of" and self.free(b + 1):
            p = self.place(b + 1)
            if p is not None:
                affiliation = p[2]
                b += 1 + p[0]
            elif is_acronym(self.toks[b + 1]):
                org = self.toks[b + 1].text
                b += 2
            elif self.toks[j].is_cap and self.is_name_word(b + 1) and not self.is_name_word(b + 2):
                role_text = self.text(j, b + 2)  # a portfolio: "Minister of Finance"
                b += 2
            elif (
                role_low in self.lex.institution_roles
                and not self.toks[b + 1].is_cap
                and self.lows[b + 1] in self.lex.plural_roles
                and self.role(b + 1) == 1
            ):
                # "the board of governors": the members' plural names the institution
                role_text = self.text(j, b + 2)
                b += 2
        # a name right after the role: "the Finnish Prime Minister Jane Roe"
        if self.is_name_word(b) and not plural:
            nm = self.name_phrase(b)
            if nm is not None and nm.kind in (PERSON, UNKNOWN):
                nm.a = i
                nm.start = self.toks[i].start
                nm.title = nm.title or role_text
                nm.kind = PERSON
                nm.affiliation = nm.affiliation or affiliation
                nm.org = nm.org or org
                nm.role = role_low
                return nm
        institution = role_low in self.lex.institution_roles
        modifiers = self.text(min(owner, mods), mods_end) if mods_end > min(owner, mods) else ""
        name = (modifiers + " " + role_text).strip() if modifiers else role_text
        if institution:
            kind = GOVERNMENT if role_low in self.lex.government_roles else ORGANIZATION
            if det in ("the", None) and not modifiers and kind == ORGANIZATION:
                kind = ROLE
        elif plural:
            kind = ANONYMOUS if det in self.lex.indefinites else GROUP
        elif det in self.lex.indefinites:
            kind = ANONYMOUS
        else:
            kind = ROLE
        m = Mention(self.s, i, b, kind, name)
        m.det = det
        m.role = role_low
        m.plural = plural
        m.affiliation = affiliation
        m.org = org
        if role_low in self.lex.titles:
            m.title = role_text
        m.gender = self.lex.gendered.get(role_low)
        return m

    def name_phrase(self, i: int) -> Mention | None:
        """[place|adjective|ORG]* [title]* Name: "Danish Prime Minister Jane Roe"."""
        if self._no_name_at(i):
            return None
        j = i
        affiliation: str | None = None
        org: str | None = None
        titles: list[tuple[int, int]] = []
        metonym: str | None = None
        gender: str | None = None
        plain = self._plain_name_at(i)  # nothing stands before the name: no loop
        demonym = -1  # where a demonym opening the phrase ends: "European" Parliament
        while not plain and j < self.n and self.free(j):
            p = self.place(j)
            if p is not None and self._given_name_place(j, p[0], p[1]):
                p = None  # "Sofia Brandt": the city's name is a given name here
            if p is not None and not titles:
                n, sort, country = p
                if self.lows[j + n : j + n + 1] == ["'s"] and self.title(j + n + 1):
                    affiliation = country  # "Spain's Economy Minister Lucía Marín"
                    j += n + 1
                    continue
                # "Sweden", "the United Kingdom": the place itself may be the actor
                if (
                    sort in ("country", "metonym")
                    and not self.title(j + n)
                    and not (is_acronym(self.toks[j + n]) if j + n < self.n else False)
                ):
                    if j == i:
                        m = Mention(self.s, i, i + n, GOVERNMENT, self.text(i, i + n))
                        m.affiliation = country if sort == "metonym" else self.text(i, i + n)
                        if sort == "country":
                            m.name = country
                            m.affiliation = country
                        return m
                    break
                affiliation = country
                if sort == "metonym":
                    metonym = self.text(j, j + n)
                elif sort == "demonym" and j == i:
                    demonym = j + n
                j += n
                continue
            if titles and self.lows[j] in self.words.title_links:
                k = title_continues(self, j, len(titles))
                if k > j:
                    if self.lows[j] in self.words.coordination:
                        titles.append((j + 1, k))  # "President and CEO"
                    elif self.lows[j + 1] not in self.lex.portfolios:
                        org = org or self.text(j + 1, k)  # "CEO of Acme Tools Jane Roe"
                    else:
                        titles[-1] = (titles[-1][0], k)  # "Director-General of Health"
                    j = k
                    continue
            t = self.title(j)
            if t:
                if self.toks[j].is_cap or titles or affiliation or org or j > i:
                    titles.append((j, j + t))
                    gender = gender or self.lex.gendered.get(" ".join(self.lows[j : j + t]))
                    j += t
                    continue
                # a lower-case title opening the phrase ("figurehead Jane Roe") needs a name
                if self.is_name_word(j + t):
                    titles.append((j, j + t))
                    j += t
                    continue
                return None
            if self.lows[j] in self.lex.role_adjectives and (
                not self.toks[j].is_cap or (j == i and self._cap_title(j + 1))
            ):
                j += 1
                continue
            if (
                (self.lows[j] in self.lex.portfolios or self.lows[j] in self.lex.org_heads)
                and self.toks[j].is_cap
                and self._cap_title(j + 1)
                and self.free(j)
            ):
                t = self.title(j + 1)
                titles.append((j, j + 1 + t))  # "Transport Commissioner": one title
                gender = gender or self.lex.gendered.get(" ".join(self.lows[j + 1 : j + 1 + t]))
                j += 1 + t
                continue
            if is_acronym(self.toks[j]) and self.title(j + 1):
                org = self.toks[j].text
                j += 1
                continue
            if (
                j == i
                and (j == 0 or self.is_open_mark(j - 1))
                and self.lows[j] in self.lex.role_nouns
                and self.title(j + 1)
                and not self.toks[j + 1].is_cap
            ):
                j += 1  # "Company spokesman Bill Jansen": a common noun opening the sentence
                continue
            k = modifier_run(self, j)
            if k > j:
                org = self.text(j, k)
                j = k
                continue
            field = field_role(self, j)
            if field is not None:
                # "Harbor Town business owner Jane Roe", "Opposition health spokesman Jane Roe"
                org = self.text(j, field[0])
                titles.append((field[1], field[2]))
                j = field[2]
                continue
            break
        name_a = j
        while j < self.n and self.free(j):
            tok = self.toks[j]
            if j > name_a and self._headline_verb(j):
                break  # a title-case headline: "Jane Roe Says ..." ends the name at the verb
            particle = (
                tok.low in self.words.name_particles and j > name_a and self.is_name_word(j + 1)
            )
            if (
                len(tok.text) == 1
                and tok.text.isupper()
                and j + 1 < self.n
                and self.toks[j + 1].text == "."
                and self.is_name_word(j + 2)
            ):
                j += 2  # an initial: "John F. Kennedy"
            elif (
                (
                    self.is_name_word(j)
                    and (
                        not self.title(j)
                        # "Department of Justice": a title word inside an organisation's name
                        or (j > name_a and self.lows[j - 1] in self.words.name_connectors)
                        # "Catherine King": a title word as the surname after a given name
                        or (
                            j == name_a + 1
                            and self.lows[name_a] in self.lex.given_names
                            and not self.is_name_word(j + 1)
                        )
                    )
                )
                or particle
                or (
                    tok.low in self.words.name_connectors
                    and j > name_a
                    and self.is_name_word(j + 1)
                    and (
                        self._org_head_in(name_a, j)
                        # "Professor X of Y University": the person's affiliation follows
                        or (not titles and self._org_ahead(name_a, j))
                        or self._group_name(j)
                    )
                )
                or self._plural_possessive_in_name(name_a, j)
            ):
                j += 1
            elif (
                tok.low in self.words.name_connectors
                and j > name_a
                and self.free(j + 1)
                and self.toks[j + 1].is_cap
                and self.toks[j + 1].is_word
                and self.is_name_word(j + 2)
                and self._org_head_in(name_a, j)
            ):
                j += 2  # "Bank of New York": a capitalised common word opens the place's name
            else:
                break
        name_b = j
        if (
            name_b > name_a
            and titles
            and " ".join(self.lows[titles[-1][0] : titles[-1][1]]) in self.lex.name_honorifics
        ):
            name_a = titles.pop()[0]  # a peer's title is part of the name: "Lord Barrington"
        if name_b == name_a:
            if titles and self.toks[titles[0][0]].is_cap:
                # "Prime Minister" alone: a role, resolved later to whoever holds it
                a, b = titles[0][0], titles[-1][1]
                m = Mention(self.s, i, b, ROLE, self.text(a, b))
                m.title = self.text(a, b)
                m.role = " ".join(self.lows[a:b])
                m.affiliation = affiliation
                m.org = org or metonym
                m.gender = gender
                return m
            return None
        name = self.text(name_a, name_b)
        lows = self.lows[name_a:name_b]
        if any(w in self.lex.org_heads or w in self.words.group_connectors for w in lows) or (
            name_b - name_a == 1 and is_acronym(self.toks[name_a])
        ):
            kind = ORGANIZATION
            if demonym == name_a and not titles:
                name = self.text(i, name_b)  # "European Parliament": the demonym names it too
        elif titles or name_b - name_a >= 2:
            kind = PERSON
        else:
            kind = UNKNOWN
        m = Mention(self.s, i, name_b, kind, name)
        if titles:
            m.title = self.text(titles[0][0], titles[-1][1])
            m.role = " ".join(self.lows[titles[-1][0] : titles[-1][1]])
        m.affiliation = affiliation
        m.org = org or metonym
        if gender is None and kind in (PERSON, UNKNOWN) and name_b - name_a >= 2:
            gender = self.lex.given_names.get(self.lows[name_a])  # a given name: "Anna Keller"
        m.gender = gender
        return m

    def _headline_verb(self, j: int) -> bool:
        """A capitalised reporting verb inside a title-case line: "Roe Calls Plan 'A Mess'"."""
        tok = self.toks[j]
        return (
            tok.is_cap
            and tok.low in self.lex.speech_cues  # (a set test before the ending test)
            and self.clex.morph.is_s_form(tok.low)
            and tok.low not in self.lex.org_heads
            and j + 1 < self.n
            and (self.toks[j + 1].is_cap or self.s.quote_of[j + 1] >= 0)
        )

    def is_open_mark(self, j: int) -> bool:
        """Whether token *j* opens a quotation or parenthesis (a capital after it says
        nothing about a name)."""
        return 0 <= j < self.n and (self.toks[j].text == "(" or self.toks[j].text in OPEN_MARKS)

    def _party_tag(self, k: int) -> int:
        """End of a party and state tag at *k* ("R-Texas", "D-N.Y."), else *k*."""
        if k >= self.n or not self.free(k):
            return k
        t = self.toks[k].text
        if not (len(t) > 2 and t[0].isupper() and t[1] == "-" and t[2].isupper()):
            return k
        j = k + 1
        while (
            j < self.n
            and j - k < 5
            and self.free(j)
            and (self.lows[j] == "." or (len(self.toks[j].text) == 1 and self.toks[j].is_cap))
        ):
            j += 1
        return j if j >= self.n or self.lows[j] in (",", ")", ".") else k

    def _cap_title(self, j: int) -> bool:
        """A capitalised title at *j* followed by a name word: "Chancellor Lord Barrington"."""
        t = self.title(j)
        return bool(t) and self.toks[j].is_cap and self.is_name_word(j + t)

    def _given_name_place(self, j: int, n: int, sort: str) -> bool:
        """Whether the one-word city name at *j* is a given name before a surname ("Sofia
        Brandt"): a capitalised word follows that is no place, title or organisation word."""
        k = j + n
        return (
            sort == "metonym"
            and n == 1
            and self.is_name_word(k)
            and not self.title(k)
            and self.place(k) is None
            and self.lows[k] not in self.lex.org_heads
            and not is_acronym(self.toks[k])
            and not is_acronym(self.toks[j])
        )

    def _org_head_in(self, a: int, j: int) -> bool:
        """Whether the name words ``[a, j)`` hold an organisation head ("Bank" of ...)."""
        return any(self.lows[k] in self.lex.org_heads for k in range(a, j))

    def _plural_possessive_in_name(self, a: int, j: int) -> bool:
        """A plural's bare apostrophe inside a name: "National Students' Union"."""
        return (
            a < j < self.n
            and self.lows[j] in self.words.possessive_markers
            and self.lows[j] != "'s"
            and self.free(j)
            and self.clex.morph.is_s_form(self.lows[j - 1])
            and self.toks[j].start == self.toks[j - 1].end
            and self.is_name_word(j + 1)
            and self._org_ahead(j + 1, j + 1)
        )

    def _group_name(self, j: int) -> bool:
        """Whether the connector at *j* joins a group's name: "Airlines for Europe",
        "Doctors Without Borders", "Campaign for Nuclear Disarmament" (a capitalised plural or
        role noun, then "for", "without" or "against", then a name word)."""
        prev = self.toks[j - 1]
        return (
            self.lows[j] in self.words.group_connectors
            and self.is_name_word(j - 1)
            and self.is_name_word(j + 1)
            and (
                prev.low in self.lex.role_nouns
                or (len(prev.low) > 3 and self.clex.morph.is_plural(prev.low))
            )
        )

    def _org_ahead(self, a: int, j: int) -> bool:
        """Whether the capitalised run around *j* names an organisation (has an org head)."""
        k = a
        while (
            k < self.n
            and k - a < 10
            and (self.is_name_word(k) or self.lows[k] in self.words.name_connectors)
        ):
            if self.lows[k] in self.lex.org_heads:
                return True
            k += 1
        return False

    def after(self, m: Mention, out: list[Mention]) -> int | None:
        """Post-modifiers: "'s spokesman", "of Sweden", ", consultant at the Institute"."""
        b = m.b
        n = self.n
        # possessive: "Prime Minister Jane Roe's spokesman", "the president's spokeswoman"
        if b + 1 < n and self.lows[b] in self.words.possessive_markers and self.free(b + 1):
            r = self.role(b + 1)
            k = b + 1
            while not r and k < n and k - b < 4 and self.lows[k] in self.lex.role_adjectives:
                k += 1
                r = self.role(k)
            while r and self.role(k + r) and k + r - b < 6:
                k += r  # compound roles: "Roe's former campaign strategist"
                r = self.role(k)
            if r:
                role_low = " ".join(self.lows[k : k + r])
                kind = ROLE
                if role_low in self.lex.institution_roles:
                    kind = ORGANIZATION
                pm = Mention(self.s, m.a, k + r, kind, f"{m.name}'s {self.text(b + 1, k + r)}")
                pm.role = role_low
                pm.title = self.text(k, k + r) if role_low in self.lex.titles else None
                pm.represents = m
                pm.gender = self.lex.gendered.get(role_low)
                pm.affiliation = m.affiliation
                holder = role_holder(self, k + r) if kind == ROLE else None
                apposed = self._comma_holder(k + r) if kind == ROLE and holder is None else None
                if apposed is not None:
                    # "Acme's chief executive, Jane Roe,": the holder, a mention of its own
                    # (the subject search finds it between the commas), takes the role
                    out.append(pm)
                    apposed.title = apposed.title or self.text(b + 1, k + r)
                    apposed.kind = PERSON
                    apposed.represents = m
                    apposed.gender = apposed.gender or pm.gender
                    apposed.affiliation = apposed.affiliation or m.affiliation
                    out.append(apposed)
                    return apposed.b
                if holder is not None:
                    # "Acme's chief executive Jane Roe said": the role's holder, by name
                    pm.name, pm.kind, pm.b, pm.end = holder.name, PERSON, holder.b, holder.end
                    pm.title = self.text(b + 1, k + r)
                    pm.gender = pm.gender or holder.gender
                out.append(pm)
                return pm.b
        # "Rep. Jane Roe (D-Ohio)": a short parenthesis belongs to the name
        if b + 2 < n and self.lows[b] == "(" and m.kind in (PERSON, UNKNOWN) and self.free(b):
            k = b + 1
            while k < n and k - b < 8 and self.lows[k] != ")" and self.free(k):
                k += 1
            if k < n and self.lows[k] == ")":
                m.b = b = k + 1
                m.end = self.toks[k].end
        # "Rep. Jane Roe, R-Texas, said": the party and state tag belongs to the name
        if b + 1 < n and self.lows[b] == "," and m.kind in (PERSON, UNKNOWN):
            k = self._party_tag(b + 1)
            if k > b + 1:
                m.tag = self.text(b + 1, k)
                m.b = b = k
                m.end = self.toks[k - 1].end
                return b
        # "Jane Roe of Sweden", "a spokesman for the ministry"
        if b + 1 < n and self.lows[b] in self.words.affiliation_prepositions and self.free(b + 1):
            p = self.place(b + 1)
            if (
                p is not None
                and self.lows[b] in self.words.origin_prepositions
                and m.kind in (PERSON, ROLE, ANONYMOUS)
            ):
                m.affiliation = p[2]
                m.b = b + 1 + p[0]
                m.end = self.toks[m.b - 1].end
                return m.b
            if self.lows[b] in self.words.origin_prepositions and m.kind in (
                PERSON,
                UNKNOWN,
                ROLE,
                ANONYMOUS,
            ):
                q = b + 2 if self.lows[b + 1] == "the" else b + 1
                body = self.name_phrase(q) if self.is_name_word(q) else None
                # "the mayor of Port Alder, Jane Roe,": a place of two words before the holder
                holder = (
                    self._comma_holder(body.b)
                    if body is not None and m.kind == ROLE and m.represents is None
                    else None
                )
                if holder is not None and holder.kind != PERSON:
                    holder = None  # "the mayor of Oakdale, Vermont,": a state, not the holder
                if body is not None and (
                    body.kind in (ORGANIZATION, GOVERNMENT)
                    or (body.kind == UNKNOWN and m.kind in (PERSON, ROLE))  # "of Oregon"
                    or (holder is not None and body.kind == PERSON and body.title is None)
                ):
                    m.affiliation = m.affiliation or body.name
                    m.org = m.org or body.name
                    m.b = body.b
                    m.end = self.toks[body.b - 1].end
                    if holder is not None:
                        # the holder, a mention of its own (the speaker search finds a name
                        # between commas anywhere in a clause), takes the role and the place
                        holder.title = holder.title or m.name
                        holder.kind = PERSON
                        holder.affiliation = holder.affiliation or m.affiliation
                        holder.gender = holder.gender or m.gender
                        out.append(holder)
                        return holder.b
                    return m.b
            if m.role in self.lex.spokes_titles or (m.kind == ANONYMOUS and not m.plural):
                k = b + 1
                target = self.det_phrase(k) or self.name_phrase(k)
                if target is None and self.lows[k] == "the" and self.is_name_word(k + 1):
                    target = self.name_phrase(k + 1)  # "a spokeswoman for the Port Authority"
                if target is not None and target.kind != PRONOUN:
                    out.append(target)
                    further = self.after(target, out)  # "for Gov. Jane Roe of Iowa"
                    m.represents = target
                    m.affiliation = m.affiliation or target.affiliation
                    m.b = max(target.b, further or 0)  # "a spokesman for X" names the spokesman
                    m.end = self.toks[m.b - 1].end
                    return m.b
        # apposition: "Jane Roe, a senior fellow at the Institute for Studies,"
        if b + 1 < n and self.lows[b] == "," and m.kind in (PERSON, UNKNOWN):
            self.apposition(m, b + 1)
        # "the mayor, Tom Reyes," / "the Minister of Finance, Jane Doe,": the role's holder
        if m.kind == ROLE and m.represents is None:
            nm = self._comma_holder(b)
            if nm is not None:
                return self._take_holder(m, nm)
        return None

    def _comma_holder(self, b: int) -> Mention | None:
        """The name holding a role, set off by commas after it: ", Tom Reyes," (else None)."""
        n = self.n
        if not (b + 1 < n and self.lows[b] == "," and self.is_name_word(b + 1)):
            return None
        nm = self.name_phrase(b + 1)
        if (
            nm is not None
            and nm.kind in (PERSON, UNKNOWN)
            and (nm.b >= n or self.lows[nm.b] in self.words.after_role_holder)
        ):
            return nm
        return None

    @staticmethod
    def _take_holder(m: Mention, nm: Mention) -> int:
        """Make the role mention *m* its holder *nm*: the person, with the role as title."""
        m.title = nm.title or m.name
        m.name = nm.name
        m.kind = PERSON
        m.affiliation = nm.affiliation or m.affiliation
        m.org = nm.org or m.org
        m.b = nm.b
        m.end = nm.end
        return nm.b

    def apposition(self, m: Mention, k: int) -> None:
        n = self.n
        j = k
        if j < n and self.lows[j] in self.words.determiners:
            j += 1
        start = j
        while j < n and j - start < 6 and self.free(j) and self.lows[j] != ",":
            if self.title(j):
                t = self.title(j)
                while self.title(j + t):
                    t += self.title(j + t)
                m.title = m.title or self.text(start, j + t)
                m.kind = PERSON
                j += t
                # "at the International Institute for Strategic Studies"
                if j + 1 < n and self.lows[j] in self.words.apposition_prepositions:
                    q = j + 1
                    if q < n and self.lows[q] == "the":
                        q += 1
                    org = self.name_phrase(q)
                    if org is not None and org.kind in (ORGANIZATION, GOVERNMENT):
                        m.affiliation = m.affiliation or org.name
                    p = self.place(q)
                    if p is not None:
                        m.affiliation = m.affiliation or p[2]
                return
            j += 1


def find_mentions(sentence: Sentence, lex: Lexicon) -> list[Mention]:
    """Mentions in *sentence*, left to right, outside quotations."""
    return _Chunker(sentence, lex, lex.compiled()).run()
