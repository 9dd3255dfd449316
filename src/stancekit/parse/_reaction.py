"""Step 7: reactions."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Actor, Reaction, Stance, Statement
from ._attribution import Attribution
from ._mentions import Mention
from ._resolve import Entity
from ._text import Sentence


def reaction_targets(
    kept: list[tuple[Attribution, Entity]], mentions: list[list[Mention]], lex: Lexicon
) -> list[Entity]:
    return []


def find_reactions(
    text: str,
    sentences: list[Sentence],
    kept: list[tuple[Attribution, Entity]],
    statements: list[Statement],
    stances: list[Stance],
    actors: dict[str, Actor],
    mentions: list[list[Mention]],
    lex: Lexicon,
) -> list[Reaction]:
    return []
