"""Why the parser found what it found: each statement's rule and the words that fired it.

    >>> import stancekit
    >>> article = stancekit.parse('"We will not back down," Mayor Lena Ortiz said.')
    >>> print(stancekit.explain(article))
    statements
      s1 Lena Ortiz: rule post_posed
         cue 'said' at 42-46; speaker 'Mayor Lena Ortiz' at 25-41
         content (direct) at 1-22: 'We will not back down'
    stances
      t1 Lena Ortiz: oppose (categorical) on 'back down' [key back-down]
         commitment phrase 'will not' at 4-12
         evidence s1 (post_posed)

The rule names are those of the attribution registries (``docs/architecture.md`` has the
table); statements built by hand have no rule.
"""

from __future__ import annotations

from .errors import InputError
from .model import Article, Span, Statement

__all__ = ["explain"]


def explain(article: Article) -> str:
    """A plain-text account of how each statement and stance of *article* was found.

    For each statement: the rule that made it, the cue's words and offsets, the words naming
    the speaker and their offsets, the channel if any, and the content's kind and offsets.
    For each stance: its holder, polarity, commitment and target, the commitment phrase and
    its offsets, the qualifier if any, and the statements it rests on with their rules.

    Args:
        article: A parsed (or loaded) article.

    Returns:
        The account, one line per fact, ending without a newline.

    Raises:
        InputError: when *article* is not an :class:`~stancekit.model.Article`
            (reason ``"type"``).
    """
    checked: object = article
    if not isinstance(checked, Article):
        msg = f"explain() takes an Article (got {type(checked).__name__})"
        raise InputError(msg, reason="type")
    text = article.text
    lines = ["statements"]
    for s in article.statements:
        lines.extend(_statement(article, s, text))
    if not article.statements:
        lines.append("  (none)")
    lines.append("stances")
    by_id = {s.id: s for s in article.statements}
    for t in article.stances:
        holder = article.actor(t.holder).name
        lines.append(
            f"  {t.id} {holder}: {t.polarity} ({t.commitment}) on {t.target.text!r}"
            f" [key {t.target.key}]"
        )
        detail = f"     commitment phrase {t.cue!r} at {_at(t.cue_span)}"
        if t.qualifier:
            detail += f"; qualifier {t.qualifier!r}"
        lines.append(detail)
        evidence = ", ".join(
            f"{e} ({by_id[e].rule or 'no rule'})" if e in by_id else e for e in t.evidence
        )
        lines.append(f"     evidence {evidence or '(none)'}")
    if not article.stances:
        lines.append("  (none)")
    return "\n".join(lines)


def _statement(article: Article, s: Statement, text: str) -> list[str]:
    speaker = article.actor(s.speaker).name
    words = s.speaker_span.of(text)
    cue = f"     cue {s.cue!r} at {_at(s.cue_span)}; speaker {words!r} at {_at(s.speaker_span)}"
    if s.channel:
        cue += f"; channel {s.channel!r}"
    lines = [f"  {s.id} {speaker}: rule {s.rule or '(not recorded)'}", cue]
    if not s.pieces:
        lines.append(f"     content ({s.kind}) at {_at(s.span)}: {s.content!r}")
        return lines
    lines.append(f"     content ({s.kind}) in {len(s.pieces)} pieces: {s.content!r}")
    lines += [f"       piece at {_at(p)}: {p.of(text)!r}" for p in s.pieces]
    return lines


def _at(span: Span) -> str:
    return f"{span.start}-{span.end}"
