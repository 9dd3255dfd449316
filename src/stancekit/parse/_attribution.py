"""Step 4: attributions. A cue, the mention naming the speaker, and the content.

Patterns, each a small function below:

- post-posed: ``"...," X said`` / ``"...," said X, <apposition>`` / ``Content, X said.``
- pre-posed: ``X said (that|:) ...`` / ``X told reporters ...`` / ``X, who ..., said ...``
- participial: ``..., saying ...`` (speaker: the clause's subject, or ``with X saying``)
- ``according to X``
- quotations with no attribution of their own: continued from the previous statement,
  attributed in the next paragraph ("the minister said."), or echoing a quote found elsewhere.
"""

from __future__ import annotations

from bisect import bisect_left

from .._tokens import Token
from ..lexicon import CompiledLexicon, Lexicon
from ..model import StatementKind
from ._mentions import PRONOUN, Mention, find_mentions
from ._text import CLOSE_MARKS, OPEN_MARKS, Sentence

__all__ = ["Attribution", "attribute"]

_NOUN_BEFORE = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
        "'s",
        "no",
        "any",
        "some",
        "such",
        "each",
        "every",
        "first",
        "last",
        "latest",
        "recent",
    }
)
_PARTICIPLE_BEFORE = frozenset(
    {
        ",",
        "and",
        "but",
        "while",
        "after",
        "before",
        "when",
        "by",
        "also",
        "then",
        "even",
        "as",
        "—",
        "–",
        "-",
        ";",
    }
)
_SUBJECT_PRONOUNS = frozenset({"they", "we", "i", "you"})
_ADJUNCT_STARTS = frozenset(
    {
        "after",
        "on",
        "in",
        "at",
        "during",
        "before",
        "to",
        "while",
        "following",
        "late",
        "early",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "earlier",
        "later",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "via",
        "from",
        "when",
        "with",
        "afterwards",
        "over",
        "through",
        "recently",
        "again",
        "publicly",
        "privately",
        "also",
        "separately",
        "once",
        "repeatedly",
        "previously",
        "morning",
        "evening",
        "afternoon",
    }
)
# irregular past tenses: 'chanted "Go home" and kept marching' starts a new verb phrase
_IRREGULAR_PAST = frozenset(
    {
        "kept",
        "went",
        "came",
        "left",
        "took",
        "made",
        "began",
        "gave",
        "got",
        "ran",
        "stood",
        "held",
        "brought",
        "sang",
        "threw",
        "led",
    }
)
_PAST_CUES = frozenset({"said", "told", "wrote", "added", "went", "made", "put", "thought"})
# a comma followed by one of these closes the reported clause
_CLAUSE_OPENERS = frozenset(
    {
        "but",
        "which",
        "while",
        "although",
        "though",
        "whereas",
        "including",
        "despite",
        "implicitly",
        "explicitly",
        "yet",
        "even",
        "adding",
        "saying",
        "noting",
        "arguing",
        "according",
    }
)
_RELATIVE = frozenset({"who", "which", "that"})
_THIRD_PERSON = frozenset({"he", "she", "it", "one", "everyone", "nobody", "somebody"})
_NP_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PP_LINKS = frozenset({"of", "in", "from", "across", "at", "on", "for", "with", "within"})
_CHANNEL_TRIGGERS = frozenset({"on", "in", "via", "told", "to", "at", "before", "with"})
_CHANNEL_SKIP = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "public",
        "state",
        "broadcaster",
        "television",
        "radio",
        "newspaper",
        "tetchy",
        "brief",
        "lengthy",
        "short",
        "long",
        "new",
        "joint",
        "message",
        "post",
        "posts",
        "tweet",
        "video",
        "statement",
    }
)
_PREPOSITION_STARTS = frozenset(
    {
        "of",
        "on",
        "in",
        "at",
        "from",
        "with",
        "as",
        "during",
        "about",
        "for",
        "by",
        "to",
        "into",
        "over",
        "after",
        "before",
        "up",
    }
)


class Attribution:
    """An attribution found in the text, before speakers are resolved to actors."""

    __slots__ = (
        "channel",
        "content_end",
        "content_start",
        "cue",
        "cue_end",
        "cue_start",
        "kind",
        "lemma",
        "sentence",
        "speaker",
        "speaker_at",
        "via",
    )

    def __init__(
        self,
        sentence: Sentence,
        speaker: Mention | None,
        cue: str,
        lemma: str,
        cue_start: int,
        cue_end: int,
        content_start: int,
        content_end: int,
        kind: StatementKind,
    ) -> None:
        self.sentence = sentence
        self.speaker = speaker
        self.cue = cue
        self.lemma = lemma
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.content_start = content_start
        self.content_end = content_end
        self.kind = kind
        self.channel: str | None = None
        self.via: Attribution | None = None  # the attribution whose speaker this one reuses
        # the words naming the speaker here, when not the speaker mention itself ("who")
        self.speaker_at: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return (
            f"Attribution({self.cue!r}, {self.speaker!r}, "
            f"{self.content_start}-{self.content_end}, {self.kind})"
        )


#: Attributions one sentence may make from its cues (co-speakers included). News sentences
#: make at most 5 over PolNeAR and stance-dev; each content can run to the sentence end, so
#: the cap bounds their total length at this many times the sentence.
MAX_ATTRIBUTIONS_PER_SENTENCE = 16


class _Cue:
    __slots__ = ("a", "b", "lemma", "text")

    def __init__(self, a: int, b: int, lemma: str, text: str) -> None:
        self.a = a
        self.b = b
        self.lemma = lemma
        self.text = text


class _Sentence:
    """Working state for one sentence."""

    # slots: one of these lives per sentence for the whole step (no per-instance dict)
    __slots__ = (
        "clex",
        "colon",
        "covered",
        "ending_at",
        "lex",
        "lows",
        "mentions",
        "n",
        "qo",
        "s",
        "starting_at",
        "text",
        "toks",
    )

    def __init__(self, s: Sentence, text: str, lex: Lexicon, clex: CompiledLexicon) -> None:
        self.s = s
        self.text = text
        self.toks: list[Token] = s.tokens
        self.lows = [t.low for t in s.tokens]
        self.n = len(s.tokens)
        self.qo = s.quote_of
        self.lex = lex
        self.clex = clex
        self.mentions = find_mentions(s, lex)
        self.ending_at: dict[int, Mention] = {}
        self.starting_at: dict[int, Mention] = {}
        self.covered = [False] * self.n
        self.colon: tuple[Mention, _Cue] | None = None  # "X said:" ending the sentence
        for m in self.mentions:
            # the longest mention wins when a possessive phrase contains its possessor
            prev = self.ending_at.get(m.b)
            if prev is None or prev.a > m.a:
                self.ending_at[m.b] = m
            prev = self.starting_at.get(m.a)
            if prev is None or prev.b < m.b:
                self.starting_at[m.a] = m
            for k in range(m.a, m.b):
                self.covered[k] = True

    def free(self, i: int) -> bool:
        return 0 <= i < self.n and self.qo[i] < 0

    def is_open_mark(self, i: int) -> bool:
        if self.toks[i].text not in OPEN_MARKS or not self.free(i) or i + 1 >= self.n:
            return False
        if self.s.quote_of[i + 1] >= 0:
            return True
        # the first of a doubled mark ('')
        nxt = i + 1
        return (
            self.toks[nxt].text in OPEN_MARKS
            and nxt + 1 < self.n
            and self.s.quote_of[nxt + 1] >= 0
            and self.toks[nxt].start == self.toks[i].end
        )

    def is_close_mark(self, i: int) -> bool:
        if self.toks[i].text not in CLOSE_MARKS or not self.free(i) or i == 0:
            return False
        if self.s.quote_of[i - 1] >= 0:
            return True
        prev = i - 1  # the second of a doubled mark ('')
        return (
            self.toks[prev].text in CLOSE_MARKS
            and prev > 0
            and self.s.quote_of[prev - 1] >= 0
            and self.toks[prev].end == self.toks[i].start
        )

    # -- cues -----------------------------------------------------------------------------
    def cues(self) -> list[_Cue]:
        out: list[_Cue] = []
        cue_firsts = self.clex.cues.by_first
        i = 0
        while i < self.n:
            if not self.free(i) or not self.toks[i].is_word:
                i += 1
                continue
            hit = self.clex.cues.match(self.lows, i) if self.lows[i] in cue_firsts else None
            if hit is None:
                i += 1
                continue
            n, lemma = hit
            b = i + n
            if any(not self.free(k) for k in range(i, b)) or self._not_a_cue(i, b, lemma):
                i += 1
                continue
            out.append(_Cue(i, b, lemma, " ".join(t.text for t in self.toks[i:b])))
            i = b
        return out

    def _not_a_cue(self, a: int, b: int, lemma: str) -> bool:
        lows = self.lows
        first = lows[a]
        prev = lows[a - 1] if a > 0 else ""
        if self.covered[a] and lemma not in ("according to",):
            return True
        if lemma in self.lex.source_prepositions:
            return False
        form = " ".join(lows[a:b])
        if form in self.lex.quote_cues and not any(q >= 0 for q in self.s.quote_of):
            return True  # "called", "described": attributions only with a quotation
        if prev in _NOUN_BEFORE:
            return True  # "a warning", "his remarks": a noun
        if b < self.n and lows[b] == "by":
            return True  # passive: "accused by critics"
        if (
            prev in ("was", "were", "is", "are", "been", "be", "being")
            and first.endswith("ed")
            and first not in ("said", "told")
            and lemma not in self.lex.source_prepositions
            and " " not in lemma
        ):
            return True  # passive: "the issue was mentioned"
        if self.clex.not_speech.match_ending(lows, a) is not None:
            return True  # "refused to say more"
        for k in range(b, min(b + 5, self.n)):
            if self.clex.anonymity.match(lows, k) is not None:
                return True  # "who asked not to be named"
        if prev == "to" and not first.endswith("ed"):
            return True  # an infinitive: "wants to say"
        if first.endswith("ing"):
            return not (
                prev in _PARTICIPLE_BEFORE
                or prev in ("is", "was", "are", "were", "been", "be")
                or (a in self.ending_at)
            )
        if (
            first == lemma.split()[0]
            and not first.endswith("ed")
            and first
            not in (
                "said",
                "told",
                "wrote",
                "thought",
                "found",
                "put",
                "hit",
                "went",
                "made",
                "according",
                "knew",
                "shown",
                "learned",
            )
        ):
            # a base form ("say", "warn") is a verb only after a plural subject
            m = self.ending_at.get(a)
            joint = m is not None and m.a > 0 and lows[m.a - 1] == "and"  # "X and Y call"
            return not (
                (m is not None and (m.plural or m.name in _SUBJECT_PRONOUNS or joint))
                or prev in _SUBJECT_PRONOUNS
            )
        if first.endswith("s") and not first.endswith("ss") and b - a == 1:
            # "says", "warns" are verbs after their subject; "questions", "protests" nouns
            return not (
                a in self.ending_at
                or prev in self.lex.cue_adverbs
                or prev in _THIRD_PERSON
                or prev.endswith("ly")
                or prev in (",", "who", "that", "which")
                or self.is_close_mark(a - 1)
                # "The clip says ...": a determiner and a noun make the subject
                or (
                    a >= 2
                    and lows[a - 2] in _NP_DETERMINERS
                    and self.toks[a - 1].is_word
                    and lows[a - 1] not in self.lex.stopwords
                )
            )
        return False

    # -- speakers -------------------------------------------------------------------------
    def speaker_before(self, a: int, floor: int, lemma: str = "say") -> tuple[Mention | None, int]:
        """The mention naming the speaker, ending just before token *a* (skipping adverbs,
        a relative pronoun, or an apposition between commas). Returns (mention, start index).
        """
        m, start = self._speaker_before(a, floor, lemma)
        if m is None:
            # "Critics of the plan said": no mention ends at the cue; look past the phrase
            for k in range(a - 1, max(floor, a - 7), -1):
                if not self.free(k) or self.lows[k] in _HARD_STOPS:
                    break
                head = self._pp_head(k, floor)
                if head is not None:
                    return head, head.a
            return m, start
        # "Farmers across the region said": the phrase's head speaks, not the object of
        # its preposition
        for _ in range(2):
            if m.kind == PRONOUN:
                break
            p = m.a - 1
            if p > floor and self.lows[p] in _NP_DETERMINERS:
                p -= 1
            head = self._pp_head(p, floor)
            if head is None:
                break
            start = head.a if start == m.a else start
            m = head
        return m, start

    def _pp_head(self, p: int, floor: int) -> Mention | None:
        """The mention a preposition at *p* attaches to ("Critics" in "Critics of ...")."""
        if p <= floor or self.lows[p] not in _PP_LINKS or not self.free(p):
            return None
        head = self.ending_at.get(p)
        if (
            head is None
            or head.a < floor
            or head.kind == PRONOUN
            # "a statement from the ministry said": a document conveys its source's words
            or (head.kind == "organization" and not self.toks[head.b - 1].is_cap)
        ):
            return None
        return head

    def _speaker_before(self, a: int, floor: int, lemma: str) -> tuple[Mention | None, int]:
        j = a
        # "X on Thursday rejected", "X last week said": a time between speaker and cue
        if j - 2 > floor and self.lows[j - 2] == "in" and self.lows[j - 1].isdigit():
            j -= 2  # "who in 2010 said"
        if (j - 2 > floor and self.lows[j - 2] == "on" and self.lows[j - 1] in self.lex.days) or (
            j - 2 > floor
            and self.lows[j - 2] in ("last", "this", "earlier")
            and self.lows[j - 1] in ("week", "month", "year", "weekend", "night", "morning")
        ):
            j -= 2
        while (
            j > floor
            and (
                self.lows[j - 1] in self.lex.cue_adverbs
                or (self.lows[j - 1].endswith("ly") and not self.toks[j - 1].is_cap)
            )
            and j not in self.ending_at
        ):
            j -= 1
        if j > floor and self.lows[j - 1] == ")" and j not in self.ending_at:
            k = j - 2
            while k > floor and j - k < 10 and self.lows[k] != "(":
                k -= 1
            if k > floor and self.lows[k] == "(":
                j = k
        if j > floor and self.lows[j - 1] in _RELATIVE:
            j -= 1
            if j > floor and self.lows[j - 1] == ",":
                j -= 1
        m = self.ending_at.get(j)
        if m is not None and m.a >= floor:
            return m, m.a
        if j > floor + 1 and self.lows[j - 1] == ",":
            # "The Transport Secretary, Jane Roe, said": the name between the commas
            named = self.ending_at.get(j - 1)
            if (
                named is not None
                and named.a > floor
                and named.kind in ("person", "unknown")
                and self.lows[named.a - 1] == ","
            ):
                return named, named.a
        if j > floor and self.lows[j - 1] == ",":
            # "X, 61, of Uppsala, who runs the bank, said": the subject before the appositions
            subj = self.subject(j)
            if (
                subj is not None
                and subj.a >= floor
                and subj.b < j
                and self.lows[subj.b] == ","
                and all(self.free(x) for x in range(subj.b, j))
            ):
                return subj, subj.a
            # "X, accused by critics of ..., said": skip back over the apposition
            k = j - 2
            while k > floor and j - k < 30 and self.lows[k] != "," and self.free(k):
                k -= 1
            if k > floor and self.lows[k] == ",":
                m = self.ending_at.get(k)
                if m is not None and m.a >= floor:
                    return m, m.a
        # "Protesters marching through the streets chanted ...": a participle phrase between
        for k in range(j - 1, max(floor, j - 8), -1):
            if not self.free(k) or self.lows[k] in _HARD_STOPS:
                break
            m = self.ending_at.get(k)
            if (
                m is not None
                and m.a >= floor
                and m.kind != PRONOUN
                and k < j - 1
                and self.lows[k].endswith("ing")
                and self.toks[k].is_word
            ):
                return m, m.a
        return (self._np_before(j, floor) if lemma in self.lex.noun_phrase_speakers else None), j

    def _np_before(self, j: int, floor: int) -> Mention | None:
        """A plain noun phrase right before the cue ("the bill's sponsors said")."""
        if j <= floor or not self.free(j - 1):
            return None
        last = self.toks[j - 1]
        if not last.is_word or last.low in self.lex.not_names or last.low in self.lex.stopwords:
            return None
        dets = _NP_DETERMINERS | self.lex.indefinites
        k = j - 1
        while (
            k > floor
            and j - k < 5
            and self.free(k - 1)
            and self.toks[k - 1].is_word
            and (self.lows[k - 1] not in self.lex.not_names or self.lows[k - 1] in dets)
        ):
            k -= 1
            if self.lows[k] in dets:
                break
        if (
            self.lows[k] not in dets
            and k > floor
            and self.lows[k - 1] not in (",", "and", "but", "while")
            and k != floor
        ):
            return None
        name_a = k + 1 if self.lows[k] in _NP_DETERMINERS else k
        if name_a >= j:
            return None
        text = " ".join(t.text for t in self.toks[name_a:j])
        plural = last.low.endswith("s") and not last.low.endswith("ss")
        m = Mention(self.s, k, j, "group" if plural else "organization", text)
        m.plural = plural
        m.det = self.lows[k] if k < name_a else None
        return m

    def speaker_after(self, b: int) -> Mention | None:
        m = self.starting_at.get(b)
        k = b
        # "said the Rev. Jane Roe", "said 9/11 widow Jane Roe", "said longtime pollster X"
        while (
            m is None
            and k < self.n
            and k - b < 5
            and self.free(k)
            and self.lows[k] not in _HARD_STOPS
            and self.lows[k] != "."
            and not self.toks[k].is_cap
        ):
            k += 1
            m = self.starting_at.get(k)
        if m is not None and m.kind != PRONOUN:
            return m
        if m is not None and m.kind == PRONOUN and (m.b >= self.n or self.lows[m.b] in ".,"):
            return m  # "said he."
        return None

    def subject(self, before: int) -> Mention | None:
        """The subject of the sentence's main clause: its first mention, before *before*."""
        for m in self.mentions:
            if m.a >= before:
                return None
            if m.represents is not None and m.represents.a == m.a:
                continue  # the possessor of "X's spokesman" is not the subject
            head = m.a
            # the subject opens the sentence, or follows an opening adverbial and a comma
            if (
                head == 0
                or self.lows[head - 1]
                in (
                    ",",
                    "but",
                    "and",
                    "meanwhile",
                    "however",
                    "yet",
                    "so",
                    "still",
                    "“",
                    '"',
                )
            ) and (m.kind != "role" or m.det == "the" or m.title):
                return m
            return None
        return None

    # -- content --------------------------------------------------------------------------
    def _end_of(self, i: int) -> int:
        return self.toks[i - 1].end

    def span_kind(self, a: int, b: int) -> tuple[int, int, StatementKind] | None:
        """Character span and kind of the content in tokens [a, b)."""
        while a < b and self.lows[a] in (",", ":", "that", "—", "–", "-") and self.free(a):
            a += 1
        while b > a and self.free(b - 1) and self.toks[b - 1].text in ".,;:!?—–-":
            b -= 1
        if b <= a:
            return None
        quoted = [self.s.quote_of[k] for k in range(a, b)]
        if all(q < 0 for q in quoted):
            return self.toks[a].start, self._end_of(b), StatementKind.INDIRECT
        # exactly one quotation, with only its marks around it: direct
        inner = {q for q in quoted if q >= 0}
        if len(inner) == 1:
            qi = next(iter(inner))
            q = self.s.quotes[qi]
            outside = [
                k
                for k in range(a, b)
                if quoted[k - a] < 0
                and not (
                    q.start <= self.toks[k].start < q.inner_start
                    or q.inner_end < self.toks[k].end <= q.end
                )
            ]
            if not outside:
                start, end = q.inner_start, min(q.inner_end, self.s.end)
                while end > start and self.text[end - 1] in " ,;:—–":
                    end -= 1
                while start < end and self.text[start].isspace():
                    start += 1
                if end > start:
                    return start, end, StatementKind.DIRECT
        start = self.toks[a].start
        end = self._end_of(b)
        return start, end, StatementKind.MIXED

    def content_after(self, c: _Cue, limit: int) -> tuple[int, int] | None:
        """Token range of the content following cue *c*, up to token *limit* or the end of
        the reported clause ("...; a dash", ", but he also ...")."""
        rng = self._content_after(c, limit)
        if rng is None:
            return None
        a, b = rng
        words = 0
        for k in range(a, min(b, a + _TRIM_SCAN)):
            if not self.free(k):
                words += self.toks[k].is_word
                continue
            low = self.lows[k]
            if words >= 3 and (
                low in (";", "—", "--", "–")
                or (low == "," and k + 1 < b and self.lows[k + 1] in _CLAUSE_OPENERS)
            ):
                return a, k
            if (
                (words >= 3 or (k > a and self.is_close_mark(k - 1)))
                and low == "and"
                and k + 1 < b
                and self.free(k + 1)
                and not self.toks[k + 1].is_cap
                and (
                    (
                        self.lows[k + 1] in self.lex.speech_cues
                        and (
                            self.lows[k + 1].endswith("ed")
                            or self.lows[k + 1] in _PAST_CUES
                            or any(self.is_close_mark(x) for x in range(a, k))
                        )
                    )
                    # 'chanted "Go home" and kept marching': after a quotation, a new verb
                    or (
                        self.is_close_mark(k - 1)
                        and (
                            self.lows[k + 1].endswith(("ed", "ing"))
                            or self.lows[k + 1] in _IRREGULAR_PAST
                        )
                    )
                )
            ):
                return a, k  # "X tweeted that A and encouraged B": the main clause goes on
            if (
                words >= 2
                and self.is_close_mark(k)
                and k + 1 < b
                and (
                    (self.lows[k - 1] == "," and self.lows[k + 1] in _CLAUSE_OPENERS)
                    or self.lows[k + 1] in self.lex.days
                )
            ):
                return a, k + 1  # '"jobs, jobs, jobs," but he also ...', '"a disgrace" Wednesday'

            if self.toks[k].is_word:
                words += 1
        return a, b

    def _content_after(self, c: _Cue, limit: int) -> tuple[int, int] | None:
        j = c.b
        start = j
        if c.lemma in self.lex.with_object and j < limit:
            m = self.starting_at.get(j)
            if m is not None:
                j = m.b
            elif self.free(j) and self.toks[j].is_word and self.lows[j] not in ("that", "of"):
                # "told reporters", "warned lawmakers"
                k = j
                while (
                    k < limit
                    and k - j < 3
                    and self.free(k)
                    and self.toks[k].is_word
                    and self.lows[k] not in ("that", "of", "on", "in", "to", "at", "after")
                ):
                    k += 1
                j = k
            if j < limit and self.lows[j] == "to":
                j = start  # "urged voters to stay home": the addressee is part of the content
            elif (
                j < limit
                and self.lows[j] in ("of", "to", "about", "against")
                and c.lemma in ("accuse", "warn", "urge", "caution", "charge", "remind", "tell")
            ):
                j += 1
        if j >= limit:
            return None
        if self.lows[j] in ("that", ":") or self.is_open_mark(j):
            return j, limit
        if self.lows[j] == "," and self.free(j):
            return j + 1, limit  # "In office, X said, a majority of Americans ..."
        if self.lows[j] in _ADJUNCT_STARTS or self.lows[j] == ",":
            k = j
            while k < limit and k - j < 14:
                if self.lows[k] in ("that", ":") and self.free(k):
                    return k + 1, limit
                if self.is_open_mark(k):
                    return k, limit
                if self.lows[k] == "," and self.free(k) and k > j:
                    return k + 1, limit
                if not self.free(k):
                    break
                k += 1
        return j, limit


def attribute(
    sentences: list[Sentence], text: str, lex: Lexicon
) -> tuple[list[Attribution], list[list[Mention]]]:
    """All attributions of the article in text order, and each sentence's mentions."""
    clex = lex.compiled()
    out: list[Attribution] = []
    works = [_Sentence(s, text, lex, clex) for s in sentences]
    for w in works:
        out.extend(_attribute_sentence(w))
    _carry_over(works, out, text)
    _channels(works, out, lex, clex)
    out.sort(key=lambda a: (a.content_start, a.cue_start))
    return out, [w.mentions for w in works]


def _attribute_sentence(w: _Sentence) -> list[Attribution]:
    cues = w.cues()
    found: list[Attribution] = []
    floor = 0  # tokens before this index belong to an earlier attribution of the sentence
    for idx, c in enumerate(cues):
        if len(found) >= MAX_ATTRIBUTIONS_PER_SENTENCE:
            break  # hostile text (a cue after every word): bounds the overlapping contents
        nxt = cues[idx + 1].a if idx + 1 < len(cues) else w.n
        limit = _clause_limit(w, c, nxt)
        made = _one(w, c, floor, limit, found)
        for a in list(made):
            for co in _co_speakers(w, a.speaker):
                twin = Attribution(
                    a.sentence,
                    co,
                    a.cue,
                    a.lemma,
                    a.cue_start,
                    a.cue_end,
                    a.content_start,
                    a.content_end,
                    a.kind,
                )
                twin.via = a
                made.append(twin)
        if made:
            found.extend(made)
            end = max(a.content_end for a in made)
            k = c.b
            while k < w.n and w.toks[k].start < end:
                k += 1
            floor = max(floor, c.b, k)
    if not found:
        other = _dash_attribution(w) or _colon_attribution(w)
        if other is not None:
            found.append(other)
    found.extend(_claims(w, found))
    return found


def _claims(w: _Sentence, found: list[Attribution]) -> list[Attribution]:
    """ "Jane Roe's claim that ...", "his warning that ...": a possessive names the author."""
    out: list[Attribution] = []
    taken = [(a.content_start, a.content_end) for a in found]
    for k in range(1, w.n - 2):
        if w.lows[k] not in w.lex.claim_nouns or w.lows[k + 1] != "that" or not w.free(k):
            continue
        author: Mention | None = None
        if w.lows[k - 1] in ("'s", "’s", "'") and k >= 2:
            author = w.ending_at.get(k - 1)
        elif w.lows[k - 1] in ("his", "her", "their", "its"):
            author = Mention(
                w.s, k - 1, k, PRONOUN, {"his": "he", "her": "she"}.get(w.lows[k - 1], "they")
            )
            author.gender = {"his": "he", "her": "she"}.get(w.lows[k - 1])
        if author is None:
            continue
        c = _Cue(k, k + 1, w.lows[k], w.toks[k].text)
        made = _make(w, author, c, w.content_after(c, w.n))
        if made is None or any(s <= made.content_start < e for s, e in taken):
            continue
        out.append(made)
    return out


def _colon_attribution(w: _Sentence) -> Attribution | None:
    """'ROE: Well, look, ...' (a transcript) or 'Jane Roe: "We will win"' (a headline)."""
    k = 1 if w.n and w.toks[0].text in OPEN_MARKS else 0
    colon = k
    while colon < w.n and colon - k < 4 and w.toks[colon].is_word and w.toks[colon].text.isupper():
        colon += 1
    caps = colon > k and colon < w.n and w.lows[colon] == ":" and len(w.toks[k].text) > 1
    if caps:
        label = " ".join(t.text for t in w.toks[k:colon])
        if label.lower() in w.lex.not_speakers:
            return None
        speaker = Mention(w.s, k, colon, "unknown", label.title())
    else:
        colon = next((i for i in range(min(w.n, 12)) if w.lows[i] == ":" and w.free(i)), -1)
        found = w.ending_at.get(colon) if colon > 0 else None
        if found is None or found.a != 0 or found.kind == PRONOUN:
            return None
        speaker = found
        if not any(q >= 0 for q in w.s.quote_of[colon:]):
            return None  # a headline quoting someone has a quotation after the colon
        if speaker.name.lower() in w.lex.not_speakers:
            return None
    words = [t for t in w.toks[colon + 1 :] if t.is_word]
    if len(words) < 2:
        return None
    start = w.toks[colon + 1].start
    end = w.s.end
    text = w.text
    while end > start and (text[end - 1] in "\"”’' " or text[end - 1].isspace()):
        end -= 1
    while start < end and text[start] in "\"“‘' ":
        start += 1
    if end <= start:
        return None
    inner = w.toks[colon + 1 : w.n]
    quoted = any(w.s.quote_of[colon + 1 + i] >= 0 for i in range(len(inner)))
    kind = (
        StatementKind.DIRECT
        if caps
        else (StatementKind.MIXED if quoted else StatementKind.INDIRECT)
    )
    tok = w.toks[colon]
    return Attribution(w.s, speaker, ":", "colon", tok.start, tok.end, start, end, kind)


_DASHES = frozenset({"―", "—", "–", "-", "--"})
_COORDINATION = frozenset({"and", ",", "&"})
_POSSESSIVE_DETS = frozenset({"her", "his", "their", "its"})


def _np_after(w: _Sentence, b: int) -> Mention | None:
    """The source after "according to" when it names no known kind of actor: the noun
    phrase up to the next comma ("according to court documents filed on Monday")."""
    k = b
    while k < w.n and k - b < 12 and w.free(k) and w.lows[k] not in (",", ".", ";", ":"):
        k += 1
    a = b + 1 if b < w.n and w.lows[b] in ("the", "a", "an") else b
    if k <= a or not any(t.is_word for t in w.toks[a:k]):
        return None
    name = " ".join(t.text for t in w.toks[a:k])
    m = Mention(w.s, b, k, "organization", name)
    m.det = w.lows[b] if a > b else None
    return m


def _co_speakers(w: _Sentence, m: Mention | None) -> list[Mention]:
    """Joint speakers: "Jane Roe and her Dutch counterpart John Doe said", "A, B and C said"."""
    out: list[Mention] = []
    if m is None or m.kind == PRONOUN:
        return out
    k = m.a
    while len(out) < 12:
        j = k
        if j > 0 and w.lows[j - 1] in _POSSESSIVE_DETS:
            j -= 1
        if j <= 0 or w.lows[j - 1] not in _COORDINATION or not w.free(j - 1):
            break
        if not out and w.lows[j - 1] == ",":
            break  # a list ends with "and": "In an interview with the BBC, Roe said"
        prev = w.ending_at.get(j - 1)
        if prev is None or prev is m or prev.kind == PRONOUN or prev in out:
            break
        out.append(prev)
        k = prev.a
    return out


def _dash_attribution(w: _Sentence) -> Attribution | None:
    """'"Quotation" -- Jane Roe': a quotation signed with a dash and a name."""
    k = w.n
    while k > 0 and w.lows[k - 1] in (".", ",") and w.free(k - 1):
        k -= 1
    m = w.ending_at.get(k)
    if m is None or m.a == 0 or m.kind == PRONOUN:
        return None
    d = m.a - 1
    if w.lows[d] not in _DASHES or not w.free(d) or d == 0 or not w.is_close_mark(d - 1):
        return None
    got = w.span_kind(0, d)
    if got is None or got[2] is not StatementKind.DIRECT:
        return None
    tok = w.toks[d]
    return Attribution(w.s, m, tok.text, "dash", tok.start, tok.end, got[0], got[1], got[2])


def _clause_limit(w: _Sentence, c: _Cue, nxt: int) -> int:
    """Where the content after cue *c* stops: the sentence end, or the start of the next
    attribution's clause (", adding that", ", he said")."""
    if nxt >= w.n:
        return w.n
    k = nxt
    # walk back over the next cue's speaker and any comma introducing it
    m = w.ending_at.get(k)
    if m is not None:
        k = m.a
    while k > c.b and w.lows[k - 1] in w.lex.cue_adverbs:
        k -= 1
    relative = k > c.b and w.lows[k - 1] in ("who", "which")
    if relative:
        k -= 1
    if (
        k > c.b
        and w.lows[k - 1] in (",", "and", "but", "while", ";", "―", "—", "–")
        and w.free(k - 1)
    ):
        return k - 1
    if relative and c.lemma in w.lex.object_cues:
        # "criticized a builder who said ...": the object ends where the builder's words begin
        return k
    if k > c.b and w.is_close_mark(k - 1) and k >= 2 and w.lows[k - 2] in (",", "?", "!"):
        return k
    return w.n


def _make(
    w: _Sentence, speaker: Mention | None, c: _Cue, rng: tuple[int, int] | None
) -> Attribution | None:
    if rng is None:
        return None
    got = w.span_kind(*rng)
    if got is None:
        return None
    start, end, kind = got
    if kind is StatementKind.INDIRECT:
        words = [t for t in w.s.between(start, end) if t.is_word]
        if len(words) < 3 or (words[0].low in _PREPOSITION_STARTS and len(words) < 8):
            return None  # "said on Thursday", "joked of the museum": no reported content
    return Attribution(
        w.s, speaker, c.text, c.lemma, w.toks[c.a].start, w.toks[c.b - 1].end, start, end, kind
    )


def _one(
    w: _Sentence, c: _Cue, floor: int, limit: int, found: list[Attribution]
) -> list[Attribution]:
    lows = w.lows
    # "according to X": the content is the rest of the clause before or after
    if c.lemma in w.lex.source_prepositions:
        source = w.starting_at.get(c.b) or _np_after(w, c.b)
        if source is None:
            return []
        if c.a > floor and lows[c.a - 1] == ",":
            made = _make(w, source, c, (floor, c.a - 1))
            return [made] if made else []
        k = source.b
        while k < w.n and lows[k] != "," and k - source.b < 12:
            k += 1
        made = _make(w, source, c, (k + 1, limit))
        return [made] if made else []

    first = lows[c.a]
    # participial: ", saying ..." -- speaker is the clause subject or "with X saying"
    if first.endswith("ing") and c.lemma not in ("according to",):
        m = w.ending_at.get(c.a)
        if m is not None and (
            (m.a > 0 and lows[m.a - 1] in ("with", "of")) or (m.kind != PRONOUN and not found)
        ):
            speaker: Mention | None = m  # "with X saying", "footage of X saying"
        elif found and not _in_relative_clause(w, found[-1]):
            speaker = found[-1].speaker
        else:
            # "X refused to pay an architect who said ..., saying ...": X, not the architect
            speaker = w.subject(c.a) or (found[-1].speaker if found else None)
        if speaker is None:
            return []
        made = _make(w, speaker, c, w.content_after(c, limit))
        if made and found:
            made.via = found[-1]
        return [made] if made else []

    speaker, s_start = w.speaker_before(c.a, floor, c.lemma)
    if (
        speaker is not None
        and c.a > 0
        and any(lows[k] in ("who", "which") for k in range(max(speaker.b, c.a - 4), c.a))
    ):
        # "X, who has indicated Y, did Z": the content ends with the relative clause
        k = c.b
        while k < limit and not (lows[k] == "," and w.free(k)):
            k += 1
        limit = k
    close = _content_close(w, s_start, floor) if speaker is not None else None
    if speaker is not None and close is not None and close - floor >= 2:
        quoted = sum(1 for k in range(floor, close) if w.s.quote_of[k] >= 0)
        after = w.content_after(c, limit)
        # 'In an interview on "Meet the Press," X said ...': a quoted title, not content
        adjunct = lows[floor] in _ADJUNCT_STARTS and quoted < 6
        # "On Monday, X said:" and the quotation in the next paragraph
        colon_next = w.lows[-1] == ":" and (after is None or after[1] - after[0] <= 1)
        if not colon_next and (
            (quoted and not adjunct) or after is None or after[1] - after[0] < 3
        ):
            # post-posed: '"...," X said' or 'Content, X said.'
            return _post_posed(w, speaker, c, floor, close)
        # 'At the debate, X said (that) ...': the comma closed an opening adverbial
    if speaker is not None:
        rng = w.content_after(c, limit)
        made = _make(w, speaker, c, rng)
        if made is not None:
            # "X, who in 2010 said ...": the relative pronoun names the speaker here
            for r in range(max(speaker.b, c.a - 4), c.a):
                if lows[r] == "who" and w.free(r):
                    made.speaker_at = (w.toks[r].start, w.toks[r].end)
        if made is None and w.lows[-1] == ":" and w.free(w.n - 1):
            w.colon = (speaker, c)  # the content follows in the next paragraph
        return [made] if made else []
    # coordinated: "X stressed A and said B", "X outlined a plan and vowed to ..."
    k = c.a
    while k > floor + 1 and (lows[k - 1].endswith("ly") or lows[k - 1] in w.lex.cue_adverbs):
        k -= 1  # "and repeatedly says"
    if k > floor and lows[k - 1] in ("and", "but", "then"):
        subject = found[-1].speaker if found else w.subject(c.a)
        if subject is not None:
            made = _make(w, subject, c, w.content_after(c, limit))
            return [made] if made else []
    # "X, 59, of Ashton, who watched the ceremony, said ...": several appositions
    if c.a > floor and lows[c.a - 1] == ",":
        subject = w.subject(c.a)
        if (
            subject is not None
            and subject.b < w.n
            and lows[subject.b] == ","
            and not any(w.s.quote_of[k] >= 0 for k in range(subject.b, c.a))
        ):
            made = _make(w, subject, c, w.content_after(c, limit))
            return [made] if made else []
    # "Said Jane Roe: ..." at the start of a sentence
    if c.a == floor == 0:
        first_speaker = w.speaker_after(c.b)
        if (
            first_speaker is not None
            and first_speaker.b < w.n
            and lows[first_speaker.b]
            in (
                ":",
                ",",
            )
        ):
            made = _make(w, first_speaker, c, (first_speaker.b + 1, limit))
            return [made] if made else []
    # inverted: '"...," said X' -- the cue follows the content's comma
    if (
        c.a > floor
        and (lows[c.a - 1] == "," or w.is_close_mark(c.a - 1))
        and c.lemma in w.lex.inverted_cues
    ):
        inverted = w.speaker_after(c.b)
        if inverted is not None:
            return _post_posed(w, inverted, c, floor, c.a)
    return []


_HARD_STOPS = frozenset({",", ";", ":", "!", "?", "(", ")", '"', "“", "”"})
_TRIM_SCAN = 120  # tokens searched for the end of a reported clause
_MAX_ECHOES = 50  # stand-alone quotations compared with the article's statements
_GAP = 8  # words allowed between a closing quotation and its speaker ("panel Chairman X")


def _content_close(w: _Sentence, s_start: int, floor: int) -> int | None:
    """End of the content before a post-posed attribution: the token after the comma or
    closing mark that ends it, found at most a few unquoted words before the speaker."""
    k = s_start
    while k > floor and s_start - k <= _GAP:
        prev = k - 1
        if (w.lows[prev] == "," and w.free(prev)) or w.is_close_mark(prev):
            return k
        if not w.free(prev) or w.lows[prev] in _HARD_STOPS:
            return None
        k -= 1
    return None


def _in_relative_clause(w: _Sentence, a: Attribution) -> bool:
    """Whether *a* was said in a relative clause ("an architect who said ...")."""
    i = bisect_left(w.s.starts or [t.start for t in w.toks], a.cue_start)
    return i > 0 and w.lows[i - 1] in ("who", "which")


def _post_posed(
    w: _Sentence, speaker: Mention, c: _Cue, floor: int, s_start: int
) -> list[Attribution]:
    end = s_start - 1 if w.lows[s_start - 1] == "," else s_start
    if end > floor and w.lows[end - 1] == "," and w.free(end - 1):
        end -= 1
    content_tokens = range(floor, end)
    has_quote = any(w.s.quote_of[k] >= 0 for k in content_tokens)
    if not has_quote and end - floor < 4:
        return []  # "In Paris, X said": too short to be reported content
    out: list[Attribution] = []
    made = _make(w, speaker, c, (floor, end))
    if made is None:
        return []
    out.append(made)
    # '"A," she said, "B."': the quotation resumes after the attribution
    k = max(c.b, speaker.b)
    while k < w.n and w.free(k) and w.lows[k] not in (",", ":") and not w.is_open_mark(k):
        k += 1
    resume = -1
    if k < w.n and w.lows[k] in (",", ":"):
        # ', "B."' or ', but "B."' or ', referring to the excuse, "B."'
        j = k + 1
        while j < w.n and j - k <= 12 and w.free(j) and not w.is_open_mark(j):
            j += 1
        if j < w.n and w.is_open_mark(j) and (j == k + 1 or w.lows[j - 1] in (",", "but", "and")):
            resume = j
    if resume >= 0:
        more = _make(w, speaker, c, (resume, w.n))
        if more is not None:
            more.via = made
            out.append(more)
    return out


def _is_quote_only(w: _Sentence) -> bool:
    quoted = sum(1 for q in w.s.quote_of if q >= 0)
    words = sum(1 for t in w.toks if t.is_word)
    return quoted > 0 and quoted >= words * 0.6


def _bare_attribution(w: _Sentence) -> tuple[Mention, _Cue] | None:
    """A sentence that is only 'X said.' or 'said X.' (attribution for the quote before it)."""
    if any(q >= 0 for q in w.s.quote_of) or w.n > 14:
        return None
    if w.lows[0] in _DASHES and (w.starting_at.get(1) is not None):
        m0 = w.starting_at[1]
        if m0.kind != PRONOUN and all(not t.is_word for t in w.toks[m0.b :]):
            return m0, _Cue(0, 1, "dash", w.toks[0].text)
    cues = w.cues()
    if len(cues) != 1:
        return None
    c = cues[0]
    m, _ = w.speaker_before(c.a, 0)
    if m is None:
        m = w.speaker_after(c.b)
    if m is None:
        return None
    rest = [t for t in w.toks[max(c.b, m.b) :] if t.is_word]
    if len(rest) > 6:
        return None
    return m, c


def _norm(text: str) -> str:
    return " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def _carry_over(works: list[_Sentence], found: list[Attribution], text: str) -> None:
    """Quotations with no attribution of their own take one from their neighbours."""
    by_sentence: dict[int, list[Attribution]] = {}
    consumed: set[int] = set()  # bare attributions lent to the quotation before them
    echoes = 0
    for a in found:
        by_sentence.setdefault(a.sentence.index, []).append(a)
    # a transcript turn ("ROE: ...") runs to the end of its paragraph
    for a in list(found):
        if a.lemma != "colon" or a.kind is not StatementKind.DIRECT:
            continue
        i = a.sentence.index
        j = i
        while j + 1 < len(works) and works[j + 1].s.para == works[i].s.para and j - i < 50:
            j += 1
            by_sentence.setdefault(j, []).append(a)
        if j > i:
            end = works[j].s.end
            while end > a.content_start and text[end - 1] in "\"”’' ":
                end -= 1
            a.content_end = max(a.content_end, end)
    for i, w in enumerate(works):
        if i in by_sentence or not _is_quote_only(w):
            continue
        made: Attribution | None = None
        # 0. 'X said:' closing the previous sentence, the quotation following
        prev_w = works[i - 1] if i > 0 else None
        if prev_w is not None and prev_w.colon is not None and (i - 1) not in by_sentence:
            m, c = prev_w.colon
            made = _quote_attribution(
                w, m, c.text, c.lemma, prev_w.toks[c.a].start, prev_w.toks[c.b - 1].end
            )
        # 1. attribution in the next sentence: '"...." / The minister said.'
        if made is None and i + 1 < len(works) and (i + 1) not in by_sentence:
            bare = _bare_attribution(works[i + 1])
            if bare is not None:
                m, c = bare
                made = _quote_attribution(
                    w,
                    m,
                    c.text,
                    c.lemma,
                    works[i + 1].toks[c.a].start,
                    works[i + 1].toks[c.b - 1].end,
                )
                if made is not None:
                    consumed.add(i + 1)
        # 2. a short stand-alone quotation (a subhead) echoing a statement elsewhere
        if (
            made is None
            and len(w.s.quotes) == 1
            and len(w.toks) <= 14
            and w.s.quotes[0].closed
            and _is_whole_paragraph(works, i)
            and text[w.s.quotes[0].inner_start : w.s.quotes[0].inner_end].rstrip()[-1:]
            not in (".", "!", "?", ",")
        ):
            needle = _norm(text[w.s.quotes[0].inner_start : w.s.quotes[0].inner_end])
            echoes += 1
            for a in found if echoes <= _MAX_ECHOES else ():
                if needle and needle in _norm(text[a.content_start : a.content_end]):
                    made = _quote_attribution(w, a.speaker, a.cue, a.lemma, a.cue_start, a.cue_end)
                    if made is not None:
                        made.via = a
                    break
            if made is None:
                continue  # a subhead quoting nobody we know: leave it
        # 3. a quotation running on into the next paragraph, attributed there
        if made is None and w.s.quotes and not w.s.quotes[-1].closed and i + 1 < len(works):
            nxt = works[i + 1]
            later = by_sentence.get(i + 1)
            if later and nxt.s.quotes and nxt.s.quotes[0].continued:
                a0 = later[0]
                made = _quote_attribution(w, a0.speaker, a0.cue, a0.lemma, a0.cue_start, a0.cue_end)
                if made is not None:
                    made.via = a0
        # 4. continuation of the previous statement (same or previous paragraph)
        if made is None:
            prev = _previous(works, by_sentence, i, consumed)
            if prev is not None:
                made = _quote_attribution(
                    w, prev.speaker, prev.cue, prev.lemma, prev.cue_start, prev.cue_end
                )
                if made is not None:
                    made.via = prev
        if made is not None:
            found.append(made)
            by_sentence.setdefault(i, []).append(made)


def _is_whole_paragraph(works: list[_Sentence], i: int) -> bool:
    para = works[i].s.para
    before = i == 0 or works[i - 1].s.para != para
    after = i + 1 >= len(works) or works[i + 1].s.para != para
    return before and after


def _previous(
    works: list[_Sentence], by_sentence: dict[int, list[Attribution]], i: int, consumed: set[int]
) -> Attribution | None:
    w = works[i]
    k = i - 1
    if k in consumed and works[k].s.para == w.s.para:
        k -= 1  # '"A?" / X said. / "B."': B continues A
    if k < 0 or k not in by_sentence:
        return None
    prev_w = works[k]
    if prev_w.s.para != w.s.para and (prev_w.s.para != w.s.para - 1):
        return None
    last = by_sentence[k][-1]
    if prev_w.s.para != w.s.para:
        # a new paragraph continues only a quoting statement, or an unclosed quotation
        continued = bool(w.s.quotes) and w.s.quotes[0].continued
        if last.kind is StatementKind.INDIRECT and not continued:
            return None
    return last


def _quote_attribution(
    w: _Sentence, speaker: Mention | None, cue: str, lemma: str, cue_start: int, cue_end: int
) -> Attribution | None:
    if speaker is None:
        return None
    got = w.span_kind(0, w.n)
    if got is None:
        return None
    start, end, kind = got
    return Attribution(w.s, speaker, cue, lemma, cue_start, cue_end, start, end, kind)


def _channels(
    works: list[_Sentence], found: list[Attribution], lex: Lexicon, clex: CompiledLexicon
) -> None:
    """Where it was said: "on X", "told SVT", "in an interview with the BBC", "in parliament"."""
    by_sentence = {w.s.index: w for w in works}
    labels: dict[int, list[tuple[int, str]]] = {}  # sentence -> (token, channel) found
    for a in found:
        w = by_sentence[a.sentence.index]
        if w.s.index not in labels:
            here = []
            for i in range(w.n):
                if w.free(i) and w.lows[i] in _CHANNEL_TRIGGERS:
                    label = _channel_at(w, i, clex)
                    if label is not None:
                        here.append((i, label))
            labels[w.s.index] = here
        for i, label in labels[w.s.index]:
            if not a.content_start <= w.toks[i].start < a.content_end:
                a.channel = label
                break


def _channel_at(w: _Sentence, i: int, clex: CompiledLexicon) -> str | None:
    low = w.lows[i]
    if low not in _CHANNEL_TRIGGERS:
        return None
    j = i + 1
    while j < w.n and j - i < 4 and w.lows[j] in _CHANNEL_SKIP:
        j += 1
    if j >= w.n or not w.free(j):
        return None
    tok = w.toks[j]
    if (
        low in ("told", "with", "to")
        and _is_outlet(tok)
        and w.lows[j] not in clex.channels.by_first
    ):
        return tok.text  # "told SVT", "an interview with the BBC"
    at = j
    hit = clex.channels.match(w.lows, j)
    if hit is None:
        at = i + 1
        hit = clex.channels.match(w.lows, at)
    if hit is None:
        return None
    n, label = hit
    if n == 1 and len(tok.text) <= 2 and low not in ("on", "via"):
        return None  # "X" is a platform only as "on X"
    if low == "in" and label in ("interview", "statement") and j + n + 1 < w.n:
        # "in an interview with the BBC": the outlet says more than the genre
        k = at + n
        if w.lows[k] == "with":
            k += 1
            while k < w.n and w.lows[k] in _CHANNEL_SKIP:
                k += 1
            if k < w.n and _is_outlet(w.toks[k]):
                return w.toks[k].text
    return label


def _is_outlet(tok: Token) -> bool:
    """A broadcaster or agency named by an acronym or a single capitalised word."""
    text = tok.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and (text.isupper() or tok.is_cap)
