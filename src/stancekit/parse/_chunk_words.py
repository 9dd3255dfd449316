"""The word tests of mention chunking (``_mentions._Chunker``): what a token is (a name
word, the start of a title, role or place) and the shortcuts that tell, with a set test or
two, where no mention can start (each checked against the full search in
``tests/test_mention_shortcuts.py``)."""

from __future__ import annotations

from .._tokens import Token
from ..lexicon import CompiledLexicon, Lexicon, PhraseTable
from ._text import Sentence

__all__ = ["ChunkerWords", "is_acronym"]


def is_acronym(tok: Token) -> bool:
    # (full stops are uncased: the word is upper case exactly when it is without them, and
    # most words fail that first test with no copy made)
    if not tok.text.isupper():
        return False
    t = tok.text.replace(".", "")
    return len(t) >= 2 and t.isalpha()


class ChunkerWords:
    """A sentence's tokens as the chunker reads them, and its word tests."""

    def __init__(self, sentence: Sentence, lex: Lexicon, clex: CompiledLexicon) -> None:
        self.s = sentence
        self.toks = sentence.tokens
        self.lows = sentence.lows  # the sentence's own list: read only
        self.n = len(self.toks)
        self.qo = sentence.quote_of
        self.lex = lex
        self.clex = clex
        self.words = lex.words

    # -- helpers --------------------------------------------------------------------------
    def free(self, i: int) -> bool:
        return 0 <= i < self.n and self.qo[i] < 0

    # (the helpers below test ``free`` inline: they run for most tokens of every sentence)
    def is_name_word(self, i: int) -> bool:
        if not (0 <= i < self.n) or self.qo[i] >= 0:
            return False
        tok = self.toks[i]
        return (
            tok.is_cap
            and tok.is_word
            and tok.low not in self.lex.not_names
            and tok.low not in self.lex.pronouns
            # "Tim Bell REFUSED to": a shouted position verb is no part of a name
            and not (tok.text.isupper() and self.clex.commitments.match(self.lows, i) is not None)
        )

    def place(self, i: int) -> tuple[int, str, str] | None:
        """A place word at *i*: (length, sort, country) with sort demonym/country/metonym."""
        if not (0 <= i < self.n) or self.qo[i] >= 0 or not self.toks[i].is_cap:
            return None
        if self.lows[i] not in self.clex.places.by_first:
            return None  # the common case, without a call
        hit = self.clex.places.match(self.lows, i)
        if hit is None:
            return None
        n, value = hit
        sort, _, country = value.partition(":")
        return n, sort, country

    def title(self, i: int) -> int:
        """Length of a title starting at *i* (0 when none)."""
        if (
            not (0 <= i < self.n)
            or self.qo[i] >= 0
            or self.lows[i] not in self.clex.titles.by_first
        ):
            return 0
        hit = self.clex.titles.match(self.lows, i)
        return hit[0] if hit else 0

    def role(self, i: int) -> int:
        if not (0 <= i < self.n) or self.qo[i] >= 0 or self.lows[i] not in self.clex.roles.by_first:
            return 0
        hit = self.clex.roles.match(self.lows, i)
        return hit[0] if hit else 0

    def _no_role_within(self, i: int) -> bool:
        """Whether no role can start where ``det_phrase`` looks for one without a determiner.

        Its modifier loop starts at *i* or *i* + 1 (a field noun), takes at most six steps
        of one word or one place phrase, and the role must start where it stops: past that
        window a role word cannot make the phrase (one set test in C instead of the loop).
        """
        reach = i + 7 + self.clex.places.longest
        return self.clex.roles.by_first.keys().isdisjoint(self.lows[i:reach])

    def _may_start(self, table: PhraseTable, k: int) -> bool:
        """Whether a phrase of *table* may start at token *k*: its first word is there and
        it has one word, or the next word may be its second (``PhraseTable.followers``)."""
        sizes = table.by_first.get(self.lows[k])
        if sizes is None:
            return False
        return sizes[-1] == 1 or (
            k + 1 < self.n and self.lows[k + 1] in table.followers.get(self.lows[k], ())
        )

    def _no_modifier_at(self, i: int) -> bool:
        """Whether ``det_phrase`` at *i*, with no determiner, must find nothing because its
        modifier loop stops at once and no role starts there: the word starts no role or
        place, is no acronym (no upper-case word), adjective or group modifier, and opens no
        field before a plural role ("Dairy farmers")."""
        low = self.lows[i]
        lex = self.lex
        return not (
            low in self.clex.roles.by_first
            or self.toks[i].text.isupper()
            or low in lex.role_adjectives
            or low in lex.group_modifiers
            or self._may_start(self.clex.places, i)
            or (i <= 1 and self._field_before_plural_role(i))
        )

    def _no_role_or_place_within(self, i: int) -> bool:
        """Whether ``det_phrase`` after the determiner at *i* must find nothing: no role word
        and no place (a metonym alone: "the Kremlin") may start within the reach of its
        modifier loop (as :meth:`_no_role_within`, from the word after the determiner)."""
        reach = i + 7 + self.clex.places.longest
        window = self.lows[i + 1 : reach]
        if not self.clex.roles.by_first.keys().isdisjoint(window):
            return False
        places = self.clex.places
        if places.by_first.keys().isdisjoint(window):
            return True  # (two set tests in C: most noun phrases)
        by_first, followers, lows, n = places.by_first, places.followers, self.lows, self.n
        for k in range(i + 1, min(reach, n)):
            sizes = by_first.get(lows[k])  # as _may_start, inline: "the" is in most windows
            if sizes is not None and (
                sizes[-1] == 1 or (k + 1 < n and lows[k + 1] in followers.get(lows[k], ()))
            ):
                return False
        return True

    def _no_name_at(self, i: int) -> bool:
        """Whether ``name_phrase`` at *i* must find nothing: the word is no name word, no
        initial or acronym (an upper-case word), opens no title or place, and is none of the
        words that may stand before a name (an adjective, a portfolio, an organisation head,
        a role noun): "The" opening most sentences, a lower-case word no role phrase took."""
        if i >= self.n:
            return True
        low = self.lows[i]
        lex = self.lex
        return not (
            self.is_name_word(i)
            or self.toks[i].text.isupper()
            or low in lex.role_adjectives
            or low in lex.portfolios
            or low in lex.org_heads
            or low in lex.role_nouns
            or self._may_start(self.clex.places, i)
            or self._may_start(self.clex.titles, i)
        )

    def _plain_name_at(self, i: int) -> bool:
        """Whether ``name_phrase``'s loop over what may stand before a name stops at once at
        *i*: the word opens no place, is no adjective, portfolio, organisation head or role
        noun, and no title or role word lies within the reach of ``modifier_run`` and
        ``field_role`` (four name words and six of roles; six words and a portfolio). Then
        the name starts at *i* with no title (most names: the loop is skipped)."""
        low = self.lows[i]
        lex = self.lex
        if (
            low in lex.role_adjectives
            or low in lex.portfolios
            or low in lex.org_heads
            or low in lex.role_nouns
            or self._may_start(self.clex.places, i)
        ):
            return False
        window = self.lows[i : i + 8 + self.clex.roles.longest]
        return self.clex.titles.by_first.keys().isdisjoint(
            window
        ) and self.clex.roles.by_first.keys().isdisjoint(window)

    def text(self, a: int, b: int) -> str:
        toks = self.toks
        out = toks[a].text
        for k in range(a + 1, b):
            gap = " " if toks[k].start > toks[k - 1].end else ""
            out += gap + toks[k].text
        return out

    def _field_before_plural_role(self, i: int) -> bool:
        """Whether the sentence opens at *i* with a plain word and a plural role noun
        ("Nursing leaders", "Farm workers"), the word naming the group's field."""
        if i > 1 or (i == 1 and self.toks[0].is_word) or i + 1 >= self.n:
            return False
        low = self.lows[i]
        r = self.role(i + 1)
        return (
            r > 0
            and self.toks[i].is_word
            and low not in self.lex.stopwords
            and low not in self.lex.not_names
            and low not in self.lex.given_names
            and not self.role(i)
            and self.place(i) is None
            and not is_acronym(self.toks[i])
            and " ".join(self.lows[i + 1 : i + 1 + r]) in self.lex.plural_roles
        )
