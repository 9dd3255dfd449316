"""The records the attribution rules produce: a cue found in a sentence and an attribution."""

from __future__ import annotations

from ...model import StatementKind
from .._mentions import Mention
from .._text import Sentence

__all__ = ["Attribution", "Cue"]


class Attribution:
    """An attribution found in the text, before speakers are resolved to actors.

    Attributes:
        sentence: The sentence holding the content.
        speaker: The mention naming the speaker.
        cue: The cue's words as written; ``lemma`` its base form (``"say"``, ``"colon"``).
        cue_start: Where the cue starts in the text; ``cue_end`` where it ends.
        content_start: Where the content starts; ``content_end`` where it ends.
        kind: Direct, indirect or mixed.
        channel: Where it was said, when the text says so.
        rule: Name of the pattern or borrow strategy that made it (``"pre_posed"``).
        speaker_at: The words naming the speaker here, when not the speaker mention itself
            (the "who" of "X, who said ...").
        head: The first piece of the continued quotation this one continues, if any.
        chain: For the first piece of a continued quotation, every piece in text order
            (itself first); empty otherwise. ``chain_rule`` names the join rule.
    """

    __slots__ = (
        "chain",
        "chain_rule",
        "channel",
        "content_end",
        "content_start",
        "cue",
        "cue_end",
        "cue_start",
        "head",
        "kind",
        "lemma",
        "rule",
        "sentence",
        "speaker",
        "speaker_at",
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
        rule: str = "",
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
        self.rule = rule
        self.channel: str | None = None
        self.speaker_at: tuple[int, int] | None = None
        self.head: Attribution | None = None
        self.chain: list[Attribution] = []
        self.chain_rule = ""

    def __repr__(self) -> str:
        return (
            f"Attribution({self.cue!r}, {self.speaker!r}, "
            f"{self.content_start}-{self.content_end}, {self.kind}, {self.rule!r})"
        )


class Cue:
    """A cue in a sentence: tokens ``[a, b)``, its lemma and its words as written."""

    __slots__ = ("a", "b", "lemma", "text")

    def __init__(self, a: int, b: int, lemma: str, text: str) -> None:
        self.a = a
        self.b = b
        self.lemma = lemma
        self.text = text
