"""Actors the caller knows in advance (``parse(text, actors=[KnownActor(...)])``).

A module of its own so that the pipeline's steps can name the type without importing the
package's ``__init__`` (which imports the pipeline).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import ActorKind

__all__ = ["KnownActor"]


def _str_tuple(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class KnownActor:
    """An actor the caller knows about, so that mentions resolve to it.

    Attributes:
        name: Canonical name (``"Jane Roe"``).
        aliases: Other ways the text may name the actor (``"Roe"``, ``"the governor"``).
        title: Role (``"Governor"``).
        affiliation: Country or organisation.
        kind: What sort of actor it is.
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    title: str | None = None
    affiliation: str | None = None
    kind: ActorKind = attrs.field(default=ActorKind.PERSON, converter=ActorKind)
