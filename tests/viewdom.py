"""Read back what :mod:`stancekit.view` rendered: the text and the marks, with offsets.

A small reader over :class:`html.parser.HTMLParser`, for tests without a browser: it rebuilds
the text of every ``data-sk-text`` element, checks that the elements inside it nest properly,
and records every mark piece with the offsets where it starts and ends in that text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Piece:
    """One rendered element of a mark."""

    role: str
    ids: tuple[str, ...]
    actor: str
    start: int
    end: int
    attrs: dict[str, str | None]


@dataclass
class RenderedText:
    """The text of one article as rendered, and its mark pieces."""

    text: str = ""
    pieces: list[Piece] = field(default_factory=list)

    def covered(self, role: str, item_id: str) -> set[int]:
        """The character offsets covered by the pieces of *role* carrying *item_id*."""
        return chars((p.start, p.end) for p in self.pieces if p.role == role and item_id in p.ids)


def chars(ranges: Iterable[tuple[int, int]]) -> set[int]:
    """The offsets of half-open ranges, as a set."""
    return {i for start, end in ranges for i in range(start, end)}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[RenderedText] = []
        self.stack: list[tuple[str, dict[str, str | None], int]] = []
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.inside:
            self.stack.append((tag, a, len(self.texts[-1].text)))
        elif "data-sk-text" in a:
            self.texts.append(RenderedText())
            self.inside = True
            self.stack = [(tag, a, 0)]

    def handle_endtag(self, tag: str) -> None:
        if not self.inside:
            return
        open_tag, a, start = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>: marks do not nest"
        if not self.stack:
            self.inside = False
        elif a.get("data-role"):
            end = len(self.texts[-1].text)
            self.texts[-1].pieces.append(
                Piece(
                    str(a["data-role"]),
                    tuple(str(a["data-ids"]).split(" ")),
                    str(a["data-actor"]),
                    start,
                    end,
                    a,
                )
            )

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.texts[-1].text += data


def read_rendered(page: str) -> list[RenderedText]:
    """The rendered texts of *page*, one per article, in page order."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    assert not reader.inside, "a text element is not closed"
    return reader.texts
