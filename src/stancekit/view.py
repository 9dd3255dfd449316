"""HTML views of articles, corpora and answers: the evidence highlighted in the text.

:func:`render_html` turns an :class:`~stancekit.model.Article` (or a
:class:`~stancekit.corpus.Corpus`, one section per article behind an index) into one
self-contained HTML page: inline CSS and a few lines of inline JavaScript, no fonts, images or
scripts fetched from anywhere, so the file opens offline and can be mailed around.

In the text, every statement's speaker mention, cue and content is highlighted at its exact
offsets and linked to its actor (hover for the details, click for the actor list); stance cues
carry a label with their polarity and commitment, their targets are underlined, reaction cues
are boxed. Below the text come a table of positions per proposal (actors x targets), the
reactions (who reacts to whom, how, on which evidence) and, beside it, the actors.

Marks may nest or cross (a cue inside a content span, two statements sharing a speaker
mention): the text is cut at every mark boundary and a mark that crosses another is split
into pieces, each piece carrying the mark's role and ids (``data-role``, ``data-ids``). The
rendered text is exactly the article text (``white-space: pre-wrap``), so character offsets
in the page are offsets into :attr:`Article.text`; the one exception is a character HTML
cannot carry (NUL, a lone surrogate), shown as U+FFFD.

Opened with ``#stancekit-selftest`` after its address, the page writes a JSON summary of what
it rendered where (``<script id="stancekit-summary" type="application/json">``): the marks
with the offsets and text computed from the DOM, their size on screen and the legend. The
browser tests read it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from .model import Article, Polarity, Span, Stance, Statement

if TYPE_CHECKING:
    from .corpus import Corpus
    from .query import Answer

__all__ = [
    "ROLES",
    "answer_html",
    "article_html",
    "article_repr_html",
    "corpus_index_html",
    "corpus_repr_html",
    "render_html",
]

#: The kinds of marks in the text, outermost first when two cover the same characters, with
#: the legend's wording.
ROLES: dict[str, str] = {
    "content": "statement content",
    "target": "target of a position",
    "speaker": "speaker",
    "cue": "attribution cue",
    "stance": "position cue: polarity · commitment",
    "reaction": "reaction cue",
    "mention": "other mention of an actor",
}
_RANK = {role: n for n, role in enumerate(ROLES)}

_POLARITY_CLASS = {
    Polarity.SUPPORT: "sk-support",
    Polarity.OPPOSE: "sk-oppose",
    Polarity.NEUTRAL: "sk-neutral",
    Polarity.UNDECIDED: "sk-undecided",
}

# -- escaping ------------------------------------------------------------------------------

_UNSAFE = re.compile("[\x00\r\ud800-\udfff]")


def _unsafe(m: re.Match[str]) -> str:
    # A carriage return stays one character (the HTML parser would fold CR LF into LF);
    # NUL is dropped by parsers and lone surrogates cannot be encoded: both become U+FFFD.
    return "&#13;" if m.group() == "\r" else "\ufffd"


def _esc(text: str) -> str:
    """*text* as HTML character data or attribute value, one character for one."""
    return _UNSAFE.sub(_unsafe, html.escape(text, quote=True))


_SAFE_ID = re.compile(r"[A-Za-z0-9_-]+")


class _Ids:
    """DOM ids for one article's things, unique in the page (*prefix* per article)."""

    def __init__(self, prefix: str, article: Article) -> None:
        self.prefix = prefix
        self._actors = {a.id: n for n, a in enumerate(article.actors)}
        self._statements = {s.id: n for n, s in enumerate(article.statements)}
        self._stances = {s.id: n for n, s in enumerate(article.stances)}

    def _make(self, kind: str, raw: str, index: int) -> str:
        # Ids are free strings in the model; those that are not plain slugs go by position.
        part = raw if _SAFE_ID.fullmatch(raw) else f"x.{index}"
        return f"{self.prefix}{kind}-{part}"

    def actor(self, actor_id: str) -> str:
        return self._make("actor", actor_id, self._actors.get(actor_id, -1))

    def statement(self, statement_id: str) -> str:
        return self._make("stmt", statement_id, self._statements.get(statement_id, -1))

    def stance(self, stance_id: str) -> str:
        return self._make("stance", stance_id, self._stances.get(stance_id, -1))


# -- marks ---------------------------------------------------------------------------------


@attrs.frozen
class _Mark:
    """One highlighted range: its role, the ids of what it marks, hover text and label."""

    start: int
    end: int
    role: str
    ids: tuple[str, ...]
    actor: str
    title: str
    label: str = ""
    css: str = ""
    anchors: tuple[str, ...] = ()

    @property
    def order(self) -> tuple[int, int, int]:
        # Outer marks first: earlier start, later end, then the role's rank.
        return (self.start, -self.end, _RANK[self.role])


def _content_spans(statement: Statement) -> tuple[Span, ...]:
    """Where a statement's content lies: every piece of it (a continued quotation has
    several), each marked, the statement's id on the first."""
    return statement.content_spans


def _stance_label(stance: Stance) -> str:
    qual = f" · {stance.qualifier}" if stance.qualifier else ""
    return f"{stance.polarity.value} · {stance.commitment.value.replace('_', ' ')}{qual}"


def _marks(article: Article, ids: _Ids) -> list[_Mark]:
    """Every mark of the article, empty ones included, in no particular order."""
    names = {a.id: a.label for a in article.actors}
    marks: list[_Mark] = []
    said: set[tuple[int, int, str]] = set()
    for s in article.statements:
        who = names[s.speaker]
        channel = f" on {s.channel}" if s.channel else ""
        hover = f"{s.id} · {who} · {s.kind.value} · cue “{s.cue}”{channel}"
        for n, span in enumerate(_content_spans(s)):
            anchors = (ids.statement(s.id),) if n == 0 else ()
            marks.append(
                _Mark(span.start, span.end, "content", (s.id,), s.speaker, hover, "", "", anchors)
            )
        marks.append(_Mark(s.cue_span.start, s.cue_span.end, "cue", (s.id,), s.speaker, hover))
        marks.append(
            _Mark(s.speaker_span.start, s.speaker_span.end, "speaker", (s.id,), s.speaker, hover)
        )
        said.add((s.speaker_span.start, s.speaker_span.end, s.speaker))
    for st in article.stances:
        holder = names[st.holder]
        label = _stance_label(st)
        hover = f"{st.id} · {holder}: {label} on “{st.target.text}” ({st.target.key})"
        css = _POLARITY_CLASS[st.polarity]
        marks.append(
            _Mark(
                st.cue_span.start,
                st.cue_span.end,
                "stance",
                (st.id,),
                st.holder,
                hover,
                label,
                css,
                (ids.stance(st.id),),
            )
        )
        if st.target.span is not None:
            t = st.target.span
            marks.append(_Mark(t.start, t.end, "target", (st.id,), st.holder, hover, "", css))
    for r in article.reactions:
        if r.cue_span is None:
            continue
        to = names.get(r.to) or names[article.statement(r.to).speaker]
        hover = f"{r.id} · {names[r.responder]} {r.kind.value} {to} (cue “{r.cue or ''}”)"
        marks.append(
            _Mark(r.cue_span.start, r.cue_span.end, "reaction", (r.id,), r.responder, hover)
        )
    for a in article.actors:
        for m in a.mentions:
            if (m.start, m.end, a.id) not in said:
                marks.append(_Mark(m.start, m.end, "mention", (a.id,), a.id, a.label))
    return marks


def _merge_marks(marks: Iterable[_Mark]) -> list[_Mark]:
    """One mark per (range, role, actor): two statements sharing a speaker mention share it."""
    merged: dict[tuple[int, int, str, str, str], _Mark] = {}
    for m in marks:
        key = (m.start, m.end, m.role, m.actor, m.css)
        old = merged.get(key)
        if old is None:
            merged[key] = m
        else:
            label = " / ".join(x for x in dict.fromkeys((old.label, m.label)) if x)
            merged[key] = attrs.evolve(
                old,
                ids=old.ids + m.ids,
                title=f"{old.title}\n{m.title}",
                label=label,
                anchors=old.anchors + m.anchors,
            )
    return sorted(merged.values(), key=lambda m: m.order)


def _open_tag(mark: _Mark, start: int, end: int, ids: _Ids, link: bool) -> str:
    classes = f"sk-mark sk-{mark.role}" + (f" {mark.css}" if mark.css else "")
    attributes = [
        f'class="{classes}"',
        f'data-role="{mark.role}"',
        f'data-ids="{_esc(" ".join(mark.ids))}"',
        f'data-actor="{_esc(ids.actor(mark.actor))}"',
        f'data-start="{start}"',
        f'data-end="{end}"',
        f'title="{_esc(mark.title)}"',
    ]
    if start == mark.start and mark.anchors:  # the id goes on the first piece
        attributes.append(f'id="{_esc(mark.anchors[0])}"')
    if mark.label and end == mark.end:  # the label on the last
        attributes.append(f'data-label="{_esc(mark.label)}"')
    if link:
        return f'<a href="#{_esc(ids.actor(mark.actor))}" {" ".join(attributes)}>'
    return f"<span {' '.join(attributes)}>"


@attrs.define
class _Piece:
    mark: _Mark
    slot: int  # index in the output of its open tag
    start: int
    link: bool


def _anchor(dom_id: str) -> str:
    return f'<span class="sk-anchor" id="{_esc(dom_id)}"></span>'


def _highlight(text: str, all_marks: Sequence[_Mark], ids: _Ids) -> str:
    """The escaped *text* with *all_marks* as properly nested elements, split where they cross.

    A speaker mark is a link to its actor, unless it lies inside another link (links do not
    nest in HTML). An empty mark shows nothing but keeps its anchor, for the links to it.
    """
    marks = _merge_marks(m for m in all_marks if m.end > m.start)
    anchors: dict[int, list[str]] = {}
    for m in all_marks:
        if m.end == m.start:
            anchors.setdefault(m.start, []).extend(m.anchors)
    starts: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    points = sorted(
        {0, len(text)} | set(anchors) | {m.start for m in marks} | {m.end for m in marks}
    )
    out: list[str] = []
    stack: list[_Piece] = []  # the open pieces, outermost first
    pos = 0

    def close_from(depth: int, at: int) -> list[_Mark]:
        """Close the open pieces from *depth* on; return the marks that go on past *at*."""
        going_on = []
        for piece in stack[depth:]:
            out[piece.slot] = _open_tag(piece.mark, piece.start, at, ids, piece.link)
            if piece.mark.end > at:
                going_on.append(piece.mark)
        out.extend("</a>" if piece.link else "</span>" for piece in reversed(stack[depth:]))
        del stack[depth:]
        return going_on

    for p in points:
        out.append(_esc(text[pos:p]))
        pos = p
        ending = [i for i, piece in enumerate(stack) if piece.mark.end == p]
        reopen = close_from(ending[0], p) if ending else []
        out.extend(_anchor(a) for a in anchors.get(p, ()))
        for mark in sorted(reopen + starts.get(p, []), key=lambda m: (-m.end, _RANK[m.role])):
            link = mark.role == "speaker" and not any(piece.link for piece in stack)
            stack.append(_Piece(mark, len(out), p, link))
            out.append("")  # the open tag, written when the piece's end is known
            if p == mark.start:  # marks merged into one keep an anchor each
                out.extend(_anchor(a) for a in mark.anchors[1:])
    close_from(0, pos)
    return "".join(out)


# -- tables --------------------------------------------------------------------------------


def _actor_link(article: Article, actor_id: str, ids: _Ids) -> str:
    try:
        actor = article.actor(actor_id)
    except KeyError:
        return _esc(actor_id)
    return (
        f'<a href="#{_esc(ids.actor(actor_id))}" title="{_esc(actor.label)}">{_esc(actor.name)}</a>'
    )


def _statement_link(article: Article, statement_id: str, ids: _Ids) -> str:
    s = article.statement(statement_id)
    title = _esc(_excerpt(s.content))
    return f'<a href="#{_esc(ids.statement(s.id))}" title="{title}">{_esc(s.id)}</a>'


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _badge(css: str, text: str, href: str = "", title: str = "") -> str:
    t = f' title="{_esc(title)}"' if title else ""
    if href:
        return f'<a class="sk-badge {css}" href="#{_esc(href)}"{t}>{_esc(text)}</a>'
    return f'<span class="sk-badge {css}"{t}>{_esc(text)}</span>'


def _positions_table(article: Article, ids: _Ids) -> str:
    if not article.stances:
        return '<p class="sk-none">No positions found.</p>'
    targets: dict[str, list[str]] = {}
    holders: dict[str, None] = {}
    cells: dict[tuple[str, str], list[Stance]] = {}
    for st in article.stances:
        targets.setdefault(st.target.key, [])
        if st.target.text not in targets[st.target.key]:
            targets[st.target.key].append(st.target.text)
        holders.setdefault(st.holder)
        cells.setdefault((st.holder, st.target.key), []).append(st)
    head = "".join(
        f'<th scope="col" title="{_esc(" / ".join(words))}">{_esc(key)}</th>'
        for key, words in targets.items()
    )
    rows = []
    for holder in holders:
        tds = []
        for key in targets:
            badges = " ".join(
                _badge(
                    _POLARITY_CLASS[st.polarity],
                    _stance_label(st),
                    ids.stance(st.id),
                    f"“{st.cue}” on “{st.target.text}”",
                )
                for st in cells.get((holder, key), [])
            )
            tds.append(f"<td>{badges}</td>")
        rows.append(
            f'<tr><th scope="row">{_actor_link(article, holder, ids)}</th>{"".join(tds)}</tr>'
        )
    return (
        '<div class="sk-scroll"><table class="sk-table sk-positions">'
        f'<thead><tr><th scope="col">actor \\ proposal</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _reactions_table(article: Article, ids: _Ids) -> str:
    if not article.reactions:
        return '<p class="sk-none">No reactions found.</p>'
    statement_ids = {s.id for s in article.statements}
    rows = []
    for r in article.reactions:
        if r.to in statement_ids:
            target = article.statement(r.to)
            to = (
                f"{_actor_link(article, target.speaker, ids)}"
                f" ({_statement_link(article, r.to, ids)}: “{_esc(_excerpt(target.content, 48))}”)"
            )
        else:
            to = _actor_link(article, r.to, ids)
        evidence = ", ".join(_statement_link(article, e, ids) for e in r.evidence) or "–"
        cue = f"“{_esc(r.cue)}”" if r.cue else "–"
        rows.append(
            f"<tr><td>{_actor_link(article, r.responder, ids)}</td>"
            f"<td>{_badge('sk-kind', r.kind.value)}</td><td>{to}</td>"
            f"<td>{_esc(r.basis.value)}</td><td>{cue}</td><td>{evidence}</td></tr>"
        )
    return (
        '<div class="sk-scroll"><table class="sk-table sk-reactions"><thead><tr>'
        '<th scope="col">who</th><th scope="col">reacts</th><th scope="col">to whom</th>'
        '<th scope="col">basis</th><th scope="col">cue</th><th scope="col">evidence</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _actors_list(article: Article, ids: _Ids) -> str:
    if not article.actors:
        return '<p class="sk-none">No actors found.</p>'
    said_by: dict[str, list[Statement]] = {}
    for s in article.statements:
        said_by.setdefault(s.speaker, []).append(s)
    held_by: dict[str, list[Stance]] = {}
    for st in article.stances:
        held_by.setdefault(st.holder, []).append(st)
    items = []
    for a in article.actors:
        said = said_by.get(a.id, [])
        held = held_by.get(a.id, [])
        details = ", ".join(
            _esc(x) for x in (a.kind.value, a.title or "", a.affiliation or "") if x
        )
        rep = ""
        if a.represents:
            rep = f"<br>speaks for {_actor_link(article, a.represents, ids)}"
        links = " ".join(_statement_link(article, s.id, ids) for s in said)
        stance_badges = " ".join(
            _badge(
                _POLARITY_CLASS[st.polarity],
                f"{st.target.key} · {st.commitment.value.replace('_', ' ')}",
                ids.stance(st.id),
                f"{_stance_label(st)}: “{st.cue}” on “{st.target.text}”",
            )
            for st in held
        )
        items.append(
            f'<li id="{_esc(ids.actor(a.id))}" class="sk-actor">'
            f'<span class="sk-name">{_esc(a.name)}</span>'
            f'<span class="sk-details">{details}</span>{rep}'
            + (f'<div class="sk-said">said: {links}</div>' if links else "")
            + (f'<div class="sk-held">{stance_badges}</div>' if stance_badges else "")
            + "</li>"
        )
    return f'<ul class="sk-actors">{"".join(items)}</ul>'


_SAMPLES = {
    "content": "what was said",
    "target": "the proposal",
    "speaker": "Jane Roe",
    "cue": "said",
    "stance": "ruled out",
    "reaction": "hit back",
    "mention": "she",
}


def _legend() -> str:
    items = []
    for role, words in ROLES.items():
        label = ' data-label="oppose · categorical"' if role == "stance" else ""
        css = " sk-oppose" if role in {"stance", "target"} else ""
        items.append(
            f'<li data-legend="{role}"><span class="sk-mark sk-{role}{css}"{label}>'
            f"{_esc(_SAMPLES[role])}</span> {_esc(words)}</li>"
        )
    polarity = " ".join(_badge(css, p.value) for p, css in _POLARITY_CLASS.items())
    items.append(f'<li data-legend="polarity">{polarity} polarity</li>')
    return (
        '<section class="sk-legend" data-sk-legend aria-label="legend"><h3>Legend</h3>'
        f"<ul>{''.join(items)}</ul><p>Hover over a mark for its details; click it for its"
        " actor.</p></section>"
    )


def _counts(article: Article) -> str:
    parts = [
        _plural(len(article.text), "character"),
        _plural(len(article.statements), "statement"),
        _plural(len(article.actors), "actor"),
        _plural(len(article.stances), "stance"),
        _plural(len(article.reactions), "reaction"),
    ]
    return ", ".join(parts)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _heading(article: Article, fallback: str) -> str:
    return article.title or article.source or fallback


def article_html(
    article: Article, *, prefix: str = "", index: int | None = None, legend: bool = False
) -> str:
    """One article's view as an HTML fragment (no page around it, no style, no script).

    Args:
        article: The article.
        prefix: Put before every DOM id, so that several articles can share a page.
        index: The article's position in a corpus, shown and stored as ``data-index``.
        legend: Put the legend under the heading.

    Returns:
        An ``<article>`` element: heading, text with its marks, actors, positions, reactions.
    """
    ids = _Ids(prefix, article)
    meta = [x for x in (str(article.date) if article.date else "", article.source or "") if x]
    meta.append(_counts(article))
    data_index = "" if index is None else f' data-index="{index}"'
    number = "" if index is None else f'<span class="sk-number">#{index}</span> '
    return (
        f'<article class="sk-article" id="{_esc(prefix)}article"{data_index}>'
        f"<h2>{number}{_esc(_heading(article, 'Article'))}</h2>"
        f'<p class="sk-meta">{" · ".join(_esc(x) for x in meta)}</p>'
        f"{_legend() if legend else ''}"
        '<div class="sk-body"><div class="sk-main">'
        f'<div class="sk-text" data-sk-text>{_highlight(article.text, _marks(article, ids), ids)}'
        "</div>"
        f'<h3 id="{_esc(prefix)}positions">Positions per proposal</h3>'
        f"{_positions_table(article, ids)}"
        f'<h3 id="{_esc(prefix)}reactions">Reactions</h3>{_reactions_table(article, ids)}'
        "</div>"
        f'<aside class="sk-side"><h3>Actors</h3>{_actors_list(article, ids)}</aside>'
        "</div></article>"
    )


def corpus_index_html(corpus: Corpus, *, link: bool = True) -> str:
    """A table of a corpus's articles: position, title, date, source and counts.

    Args:
        corpus: The corpus.
        link: Link each row to the article's section (as :func:`render_html` lays them out).

    Returns:
        A ``<table>`` element.
    """
    rows = []
    for n, a in enumerate(corpus.articles):
        heading = _esc(_heading(a, f"Article {n}"))
        if link:
            heading = f'<a href="#a{n}-article">{heading}</a>'
        rows.append(
            f"<tr><td>{n}</td><td>{heading}</td><td>{_esc(str(a.date or ''))}</td>"
            f"<td>{_esc(a.source or '')}</td><td>{len(a.statements)}</td><td>{len(a.actors)}</td>"
            f"<td>{len(a.stances)}</td><td>{len(a.reactions)}</td></tr>"
        )
    return (
        '<table class="sk-table sk-index"><thead><tr><th>#</th><th>title</th><th>date</th>'
        "<th>source</th><th>statements</th><th>actors</th><th>stances</th><th>reactions</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def answer_html(answer: Answer) -> str:
    """An answer as an HTML fragment: the actor, the stances and the quoted evidence.

    Args:
        answer: An answer from :func:`stancekit.ask` or one of the ``who_...`` helpers.

    Returns:
        A ``<div>`` element with the style it needs (for notebooks).
    """
    badges = " ".join(
        _badge(_POLARITY_CLASS[st.polarity], _stance_label(st), title=f"on “{st.target.text}”")
        for st in answer.stances
    )
    badges += " ".join(_badge("sk-kind", r.kind.value) for r in answer.reactions)
    quotes = "".join(
        f'<li><span class="sk-mark sk-content">{_esc(s.content)}</span>'
        f' <span class="sk-meta">({_esc(s.cue)}, {s.id}, chars {s.span.start}-{s.span.end})'
        "</span></li>"
        for s in answer.evidence
    )
    return (
        f'<div class="sk"><style>{_CSS}</style><div class="sk-answer">'
        f'<span class="sk-name">{_esc(answer.actor.label)}</span> {badges}'
        f"<ul>{quotes}</ul></div></div>"
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="stancekit">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head>"
        f'<body><div class="sk">{body}</div><script>{_JS}</script></body></html>\n'
    )


def render_html(obj: Article | Corpus, *, title: str | None = None) -> str:
    """Render an article or a corpus as one self-contained HTML page.

    Args:
        obj: An :class:`~stancekit.model.Article`, or a :class:`~stancekit.corpus.Corpus`
            (an index, then one section per article).
        title: The page title; by default the article's title (or source), or
            ``"stancekit corpus"``.

    Returns:
        The page, a complete HTML document; write it as UTF-8.
    """
    if isinstance(obj, Article):
        heading = title or _heading(obj, "stancekit view")
        return _page(heading, article_html(obj, legend=True))
    sections = "".join(article_html(a, prefix=f"a{n}-", index=n) for n, a in enumerate(obj))
    heading = title or "stancekit corpus"
    index = (
        f'<section class="sk-corpus"><h1>{_esc(heading)}</h1>'
        f'<p class="sk-meta">{_plural(len(obj), "article")}, '
        f"{_plural(len(obj.actors), 'actor')} across articles</p>{corpus_index_html(obj)}</section>"
    )
    return _page(heading, index + _legend() + sections)


def article_repr_html(article: Article) -> str:
    """The notebook view of an article: its fragment with the style, without the script."""
    return f'<div class="sk"><style>{_CSS}</style>{article_html(article, legend=True)}</div>'


def corpus_repr_html(corpus: Corpus) -> str:
    """The notebook view of a corpus: the index of its articles."""
    return (
        f'<div class="sk"><style>{_CSS}</style>'
        f'<p class="sk-meta">{_plural(len(corpus), "article")}, '
        f"{_plural(len(corpus.actors), 'actor')} across articles</p>"
        f"{corpus_index_html(corpus, link=False)}</div>"
    )


# -- style and script ----------------------------------------------------------------------

_CSS = """
.sk{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 color:#1f2328;line-height:1.45;max-width:1180px;margin:0 auto;padding:0 16px 24px;font-size:15px}
.sk h1{font-size:1.5em;margin:.6em 0 .2em}
.sk h2{font-size:1.35em;margin:.8em 0 .1em}
.sk h3{font-size:1.02em;margin:1.1em 0 .4em;color:#444}
.sk .sk-meta{color:#57606a;font-size:.9em;margin:.1em 0 .6em}
.sk .sk-number{color:#8c959f}
.sk .sk-body{display:grid;grid-template-columns:minmax(0,1fr) 270px;gap:24px}
@media (max-width:820px){.sk .sk-body{grid-template-columns:minmax(0,1fr)}}
.sk .sk-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",
 "Times New Roman",serif;font-size:1.02em;line-height:2.05;border:1px solid #d0d7de;
 border-radius:6px;padding:10px 16px;background:#fff}
.sk .sk-mark{border-radius:3px;color:inherit;text-decoration:none}
.sk .sk-content{background:#fff1a8}
.sk .sk-speaker{background:#c9ecd0;box-shadow:inset 0 -2px 0 #2f8a46;font-weight:600}
.sk .sk-cue{background:#cfe1ff;box-shadow:inset 0 -2px 0 #3a6fd8;font-style:italic}
.sk .sk-mention{box-shadow:inset 0 -2px 0 #8ab89a}
.sk .sk-target{text-decoration:underline wavy #8250df;text-underline-offset:4px}
.sk .sk-target.sk-support{text-decoration-color:#1a7f37}
.sk .sk-target.sk-oppose{text-decoration-color:#cf222e}
.sk .sk-stance{outline:2px solid #8250df;outline-offset:1px}
.sk .sk-stance[data-label]::after{content:attr(data-label);font:600 10.5px/1 system-ui,sans-serif;
 color:#fff;background:#8250df;border-radius:3px;padding:2px 4px;margin-left:4px;
 vertical-align:2px;white-space:nowrap;font-style:normal}
.sk .sk-stance.sk-support{outline-color:#1a7f37}
.sk .sk-stance.sk-support::after{background:#1a7f37}
.sk .sk-stance.sk-oppose{outline-color:#cf222e}
.sk .sk-stance.sk-oppose::after{background:#cf222e}
.sk .sk-stance.sk-neutral{outline-color:#6e7781}
.sk .sk-stance.sk-neutral::after{background:#6e7781}
.sk .sk-reaction{outline:2px dashed #bc4c00;outline-offset:1px}
.sk .sk-mark[data-actor]{cursor:pointer}
.sk .sk-mark.sk-hot{background:#ffd33d}
.sk .sk-legend{border:1px solid #d0d7de;border-radius:6px;padding:6px 12px;
 background:#f6f8fa;margin:10px 0 14px;font-size:.86em}
.sk .sk-legend h3{display:inline;margin:0 10px 0 0;font-size:1em}
.sk .sk-legend ul{display:inline;margin:0;padding:0}
.sk .sk-legend li{display:inline-block;margin:3px 14px 3px 0;line-height:1.9}
.sk .sk-legend p{margin:.2em 0 0;color:#57606a}
.sk .sk-table{border-collapse:collapse;font-size:.9em}
.sk .sk-table th,.sk .sk-table td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;
 vertical-align:top}
.sk .sk-table thead th{background:#f6f8fa}
.sk .sk-scroll{overflow-x:auto}
.sk .sk-badge{display:inline-block;font-size:11.5px;font-weight:600;line-height:1.3;
 border-radius:10px;padding:1px 7px;margin:1px 0;color:#fff;background:#8250df;
 text-decoration:none;white-space:nowrap}
.sk .sk-badge.sk-support{background:#1a7f37}
.sk .sk-badge.sk-oppose{background:#cf222e}
.sk .sk-badge.sk-neutral{background:#6e7781}
.sk .sk-badge.sk-undecided{background:#8250df}
.sk .sk-badge.sk-kind{background:#bc4c00}
.sk .sk-actors{list-style:none;margin:0;padding:0;font-size:.9em}
.sk .sk-actor{border-bottom:1px solid #eaeef2;padding:6px 4px}
.sk .sk-actor:target{background:#fff8c5}
.sk .sk-name{font-weight:600;margin-right:6px}
.sk .sk-details{color:#57606a}
.sk .sk-said,.sk .sk-held{margin-top:2px}
.sk .sk-said a{color:#0969da;margin-right:3px}
.sk a{color:#0969da}
.sk .sk-none{color:#57606a;font-style:italic}
.sk .sk-answer ul{margin:.3em 0}
"""

# Clicking a mark goes to its actor in the list; with #stancekit-selftest in the address the
# page also writes what it rendered where, measured from the DOM, for the browser tests.
_JS = r"""
(function(){
"use strict";
function len(s){var n=0;for(var c of s){n++;}return n;}
document.addEventListener("click",function(e){
 var el=e.target.closest?e.target.closest(".sk-text .sk-mark[data-actor]"):null;
 if(!el||el.tagName==="A")return;
 location.hash=el.getAttribute("data-actor");
});
if(location.hash!=="#stancekit-selftest")return;
function box(el){var r=el.getBoundingClientRect(),cs=getComputedStyle(el);
 return {width:r.width,height:r.height,background:cs.backgroundColor,
  outline:cs.outlineStyle,shadow:cs.boxShadow,decoration:cs.textDecorationLine};}
var out={articles:[],legend:[]};
document.querySelectorAll("[data-sk-text]").forEach(function(text){
 var at=new Map(),n=0,all="";
 var w=document.createTreeWalker(text,NodeFilter.SHOW_TEXT);
 for(var t=w.nextNode();t;t=w.nextNode()){at.set(t,n);n+=len(t.data);all+=t.data;}
 var marks=[];
 text.querySelectorAll("[data-role]").forEach(function(el){
  var first=document.createTreeWalker(el,NodeFilter.SHOW_TEXT).nextNode();
  if(!first)return;
  var start=at.get(first),s=el.textContent,m=box(el);
  m.role=el.getAttribute("data-role");m.ids=el.getAttribute("data-ids").split(" ");
  m.actor=el.getAttribute("data-actor");m.start=start;m.end=start+len(s);m.text=s;
  m.label=el.getAttribute("data-label");
  m.labelShown=m.label?getComputedStyle(el,"::after").content:null;
  marks.push(m);
 });
 var art=text.closest("article");
 out.articles.push({index:art.getAttribute("data-index"),id:art.id,text:all,marks:marks,
  positions:art.querySelectorAll(".sk-positions tbody tr").length,
  reactions:art.querySelectorAll(".sk-reactions tbody tr").length,
  actors:art.querySelectorAll(".sk-actor").length});
});
document.querySelectorAll("[data-legend]").forEach(function(el){
 var m=box(el);m.role=el.getAttribute("data-legend");m.text=el.textContent;out.legend.push(m);
});
var s=document.createElement("script");
s.type="application/json";s.id="stancekit-summary";
s.textContent=JSON.stringify(out).replace(/</g,"\\u003c");
document.body.appendChild(s);
})();
"""
