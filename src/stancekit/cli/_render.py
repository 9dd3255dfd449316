"""Text and JSON renderings of articles and answers, for the ``parse`` and ``ask`` commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import json as sk_json
from ..corpus import CorpusAnswer
from ..model import Article
from ..query import Answer

__all__ = [
    "answers_json",
    "article_label",
    "corpus_answers_json",
    "render_answers_text",
    "render_article_text",
    "render_corpus_answers_text",
]


def render_article_text(article: Article) -> str:
    """A readable listing of an article's statements, stances and reactions."""
    lines: list[str] = []
    names = {a.id: a.label for a in article.actors}
    if article.title or article.date:
        lines.append(article_label(0, article).removeprefix("article 0: ").lstrip(": "))
    lines.append(f"{len(article.statements)} statements by {len(article.actors)} actors")
    for s in article.statements:
        channel = f" on {s.channel}" if s.channel else ""
        lines.append(f"- {names[s.speaker]} [{s.kind}, {s.cue!r}{channel}]: “{s.content}”")
    if article.stances:
        lines.append("")
        lines.append("Stances:")
        for st in article.stances:
            qual = f", {st.qualifier}" if st.qualifier else ""
            lines.append(
                f"- {names[st.holder]}: {st.polarity} ({st.commitment}{qual}) on"
                f" “{st.target.text}” [{st.cue!r}]"
            )
    if article.reactions:
        lines.append("")
        lines.append("Reactions:")
        for r in article.reactions:
            to = names.get(r.to) or names[article.statement(r.to).speaker]
            lines.append(f"- {names[r.responder]} {r.kind} {to} ({r.basis})")
    return "\n".join(lines)


def _answer_lines(i: int, a: Answer, label: str) -> list[str]:
    detail = ", ".join(
        dict.fromkeys(
            f"{s.commitment}" + (f", {s.qualifier}" if s.qualifier else "") for s in a.stances
        )
    )
    reacted = ", ".join(
        dict.fromkeys(
            f"{r.kind} ({r.basis}" + (f": “{r.cue}”)" if r.cue else ")") for r in a.reactions
        )
    )
    detail = "; ".join(x for x in (detail, reacted) if x)
    lines = [f"{i}. {label}" + (f" [{detail}]" if detail else "")]
    for s in a.evidence:
        lines.append(f"   “{s.content}” ({s.cue}, chars {s.span.start}-{s.span.end})")
    return lines


def render_answers_text(question: str, answers: Sequence[Answer]) -> str:
    """A readable list of answers with their quoted evidence."""
    if not answers:
        return f"{question}\n  (no answer found in the text)"
    lines = [question]
    for i, a in enumerate(answers, 1):
        lines.extend(_answer_lines(i, a, a.actor.label))
    return "\n".join(lines)


def article_label(index: int, article: Article) -> str:
    """How an answer names its article: ``article 3: “Title” (Source, 2024-02-27)``."""
    about = ", ".join(str(x) for x in (article.source, article.date) if x is not None)
    title = f" “{article.title}”" if article.title else ""
    return f"article {index}:{title}" + (f" ({about})" if about else "")


def render_corpus_answers_text(question: str, answers: Sequence[CorpusAnswer], size: int) -> str:
    """Answers over a corpus of *size* articles, each naming its article."""
    if not answers:
        return f"{question}\n  (no answer found in the {size:,} articles)"
    lines = [question]
    for i, a in enumerate(answers, 1):
        entry = _answer_lines(i, a.answer, a.answer.actor.label)
        entry.insert(1, f"   in {article_label(a.index, a.article)}")
        lines.extend(entry)
    return "\n".join(lines)


def answers_json(question: str, answers: Sequence[Answer]) -> dict[str, Any]:
    """The JSON document printed by ``stancekit ask --format json``."""
    return {
        "question": question,
        "answers": [
            {
                "actor": sk_json.unstructure(a.actor),
                "evidence": [sk_json.unstructure(s) for s in a.evidence],
                "stances": [sk_json.unstructure(s) for s in a.stances],
                "reactions": [sk_json.unstructure(r) for r in a.reactions],
            }
            for a in answers
        ],
    }


def corpus_answers_json(question: str, answers: Sequence[CorpusAnswer]) -> dict[str, Any]:
    """The JSON document printed by ``stancekit ask CORPUS --format json``: each answer as
    for one article, with the merged actor's id and the article's index, source, title and
    date."""
    document = answers_json(question, [a.answer for a in answers])
    for entry, a in zip(document["answers"], answers, strict=True):
        entry["corpus_actor"] = a.actor.id
        entry["article"] = {
            "index": a.index,
            "source": a.article.source,
            "title": a.article.title,
            "date": None if a.article.date is None else a.article.date.isoformat(),
        }
    return document
