"""Matching predicted statements to gold attributions, and scoring them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..errors import EvaluationError
from ..model import Article, Span, Statement, StatementKind
from ..parse import parse
from ._gold import GoldAttribution, GoldDocument
from ._report import Breakdown, Counts, DocumentScore, Match, Mistake, Report
from ._subsets import SubsetRules

__all__ = ["Predictor", "content_overlap", "evaluate", "merge_spans", "score_document"]

#: Anything that turns a text into an :class:`~stancekit.model.Article`.
Predictor = Callable[[str], Article]

_QUOTED_KINDS = frozenset({StatementKind.DIRECT, StatementKind.MIXED})
_NAME_RE = re.compile(r"\w+")


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sort *spans* and merge those that overlap or touch."""
    merged: list[Span] = []
    for s in sorted(spans):
        if merged and s.start <= merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end)
        else:
            merged.append(s)
    return tuple(merged)


def content_overlap(predicted: Span, gold: Sequence[Span]) -> int:
    """Characters *predicted* shares with the (merged, possibly discontinuous) *gold* spans."""
    return sum(predicted.overlap(g) for g in gold)


def _overlap(statement: Statement, gold: Sequence[Span]) -> int:
    """Characters the statement's content (every piece of it) shares with *gold*."""
    return sum(content_overlap(p, gold) for p in statement.content_spans)


def _length(statement: Statement) -> int:
    """The length of the statement's content: the sum of its pieces' lengths."""
    return sum(len(p) for p in statement.content_spans)


def _matches(statement: Statement, gold: Sequence[Span], gold_length: int) -> int:
    """The overlap when the two match (at least half of each one's length), else 0."""
    overlap = _overlap(statement, gold)
    if overlap and 2 * overlap >= _length(statement) and 2 * overlap >= gold_length:
        return overlap
    return 0


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(_NAME_RE.findall(text.casefold().replace("’", "'")))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return n > 0 and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


class _Speakers:
    """Decides whether a predicted statement names the gold attribution's source."""

    def __init__(
        self,
        document: GoldDocument,
        article: Article,
        *,
        by_name: bool,
        joint: dict[Span, list[Statement]] | None = None,
    ) -> None:
        self.document = document
        self.by_name = by_name
        self.joint = joint or {}
        self.names: dict[str, list[tuple[str, ...]]] = {}
        self.mentions: dict[str, tuple[Span, ...]] = {}
        for actor in article.actors:
            words = [_name_words(n) for n in (actor.name, *actor.aliases)]
            self.names[actor.id] = [w for w in words if w]
            self.mentions[actor.id] = actor.mentions

    def right(self, statement: Statement, gold: GoldAttribution) -> bool | None:
        if not gold.has_source:
            return None
        return any(self._right(st, gold) for st in self.joint.get(statement.span, [statement]))

    def _right(self, statement: Statement, gold: GoldAttribution) -> bool:
        speaker = statement.speaker_span
        if any(speaker.overlap(s) > 0 for s in gold.source):
            return True
        # Names decide when asked to, and always for gold that gives a name but no span.
        if gold.source and not self.by_name:
            return False
        # the gold source is a mention the parser resolved to this very actor ("she" -> Roe)
        mentions = self.mentions.get(statement.speaker, ())
        if any(m.overlap(s) > 0 for m in mentions for s in gold.source):
            return True
        source = gold.speaker if gold.speaker is not None else self.document.quote(gold.source)
        words = _name_words(source)
        return any(
            _contains(words, name) or _contains(name, words)
            for name in self.names.get(statement.speaker, ())
        )


def _join_pieces(
    statements: Sequence[Statement],
    original: Sequence[int],
    golds: Sequence[GoldAttribution],
    contents: Sequence[tuple[Span, ...]],
    lengths: Sequence[int],
    speakers: _Speakers,
    used_gold: dict[int, Match],
    used_pred: dict[int, Match],
) -> None:
    """Discontinuous gold ('"A," she said, "B."') may be predicted as several statements.

    Statements lying at least half inside the pieces of such a gold attribution are matched
    to it together, when between them they cover at least half of it.
    """
    for j, pieces in enumerate(contents):
        if len(pieces) < 2:
            continue
        inside = []
        for i, st in enumerate(statements):
            if i in used_pred:
                continue
            overlap = _overlap(st, pieces)
            if overlap and 2 * overlap >= _length(st):
                inside.append((i, overlap))
        if not inside:
            continue
        if j not in used_gold:
            total = sum(o for _, o in inside)
            if 2 * total < lengths[j]:
                continue
            first, _ = max(inside, key=lambda x: (x[1], -x[0]))
            right = speakers.right(statements[first], golds[j])
            used_gold[j] = Match(j, original[first], total, right)
        for i, overlap in inside:
            used_pred[i] = Match(j, original[i], overlap, speakers.right(statements[i], golds[j]))


def score_document(
    document: GoldDocument,
    article: Article,
    *,
    speaker_names: bool = True,
    rules: SubsetRules | None = None,
) -> DocumentScore:
    """Match *article*'s statements to *document*'s gold attributions and count.

    A statement and a gold attribution match when their contents share at least half of each
    one's length (content in several pieces, gold or predicted: the sum of the overlaps of its
    pieces, against the sum of their lengths). Pairs are made one to one, greedily: largest
    overlap first, then right speaker first, then earlier gold, then earlier statement.
    Discontinuous gold may then also take the statements that lie inside its pieces (a
    quotation split by its attribution and reported as several statements). The speaker is
    right when the statement's ``speaker_span`` overlaps a gold source span, or (with
    *speaker_names*, and always for gold that gives a name but no span) when the speaking
    actor's name or an alias and the gold source contain one another as whole words.

    Args:
        document: The gold.
        article: The predictions, for ``document.text``.
        speaker_names: Also accept a speaker whose name matches the gold source's words.
        rules: Subset definitions; :meth:`SubsetRules.default` when ``None``.

    Raises:
        EvaluationError: when the article's text is not the document's text.
    """
    if article.text != document.text:
        msg = (
            f"{document.doc_id}: the predictor returned an article for another text"
            f" ({len(article.text)} characters instead of {len(document.text)})"
        )
        raise EvaluationError(msg)
    rules = rules or SubsetRules.default()
    golds = document.attributions
    # Joint speakers ("A and B said ...") give several statements with one content span: they
    # are one attribution, scored once, with the speaker right when any of them is.
    by_span: dict[Span, list[Statement]] = {}
    for st in article.statements:
        by_span.setdefault(st.span, []).append(st)
    statements = [group[0] for group in by_span.values()]
    position = {id(st): k for k, st in enumerate(article.statements)}
    original = [position[id(st)] for st in statements]
    contents = [merge_spans(g.content) for g in golds]
    lengths = [sum(len(s) for s in c) for c in contents]
    speakers = _Speakers(document, article, by_name=speaker_names, joint=by_span)

    candidates: list[tuple[int, bool, int, int, bool | None]] = []
    for i, st in enumerate(statements):
        for j, g in enumerate(golds):
            overlap = _matches(st, contents[j], lengths[j])
            if overlap:
                right = speakers.right(st, g)
                candidates.append((-overlap, right is not True, j, i, right))
    candidates.sort(key=lambda c: c[:4])
    used_gold: dict[int, Match] = {}
    used_pred: dict[int, Match] = {}
    for neg_overlap, _, j, i, right in candidates:
        if j in used_gold or i in used_pred:
            continue
        used_gold[j] = used_pred[i] = Match(j, original[i], -neg_overlap, right)
    _join_pieces(statements, original, golds, contents, lengths, speakers, used_gold, used_pred)

    gold_in = {
        "quoted": [rules.has_quotation_mark(document.quote(c)) for c in contents],
        "speech": [bool(g.cue) and rules.is_speech_cue(document.quote(g.cue)) for g in golds],
    }
    pred_in = {
        "quoted": [
            s.kind in _QUOTED_KINDS or rules.has_quotation_mark(s.content) for s in statements
        ],
        "speech": [rules.is_speech_cue(s.cue) for s in statements],
    }

    def count(gold_mask: Sequence[bool] | None, pred_mask: Sequence[bool] | None) -> Counts:
        gold = [j for j in range(len(golds)) if gold_mask is None or gold_mask[j]]
        pred = [i for i in range(len(statements)) if pred_mask is None or pred_mask[i]]
        gold_matches = [used_gold.get(j) for j in gold]
        pred_matches = [used_pred.get(i) for i in pred]
        return Counts(
            gold=len(gold),
            predicted=len(pred),
            matched_gold=sum(m is not None for m in gold_matches),
            matched_predicted=sum(m is not None for m in pred_matches),
            speaker_gold=sum(golds[j].has_source for j in gold),
            # a prediction matched to a gold naming no source is neither right nor wrong
            speaker_predicted=sum(m is None or m.speaker is not None for m in pred_matches),
            speaker_matched_gold=sum(m is not None and m.speaker is True for m in gold_matches),
            speaker_matched_predicted=sum(
                m is not None and m.speaker is True for m in pred_matches
            ),
        )

    breakdown = Breakdown(
        all=count(None, None),
        quoted=count(gold_in["quoted"], pred_in["quoted"]),
        speech=count(gold_in["speech"], pred_in["speech"]),
    )
    matches = tuple(used_gold[j] for j in sorted(used_gold))
    mistakes = _mistakes(document, article, statements, original, by_span, used_gold, used_pred)
    return DocumentScore(document.doc_id, breakdown, matches, mistakes, document.damaged)


def _mistakes(
    document: GoldDocument,
    article: Article,
    statements: Sequence[Statement],
    original: Sequence[int],
    joint: dict[Span, list[Statement]],
    used_gold: dict[int, Match],
    used_pred: dict[int, Match],
) -> tuple[Mistake, ...]:
    """Missed gold, matches with the wrong speaker and unmatched predictions, in text order."""
    names = {a.id: a.name for a in article.actors}

    def who(st: Statement) -> str:
        group = joint.get(st.span, [st])
        return " & ".join(dict.fromkeys(names.get(s.speaker, s.speaker) for s in group))

    def gold_speaker(g: GoldAttribution) -> str | None:
        if g.speaker is not None:
            return g.speaker
        return document.quote(merge_spans(g.source)) if g.source else None

    found: list[Mistake] = []
    for j, g in enumerate(document.attributions):
        content = merge_spans(g.content)
        span = Span(content[0].start, content[-1].end)
        cue = document.quote(merge_spans(g.cue)) if g.cue else None
        m = used_gold.get(j)
        if m is None:
            found.append(
                Mistake("missed", span, document.quote(content), gold_speaker(g), cue=cue, gold=j)
            )
        elif m.speaker is False:
            st = article.statements[m.predicted]
            found.append(
                Mistake(
                    "wrong_speaker",
                    span,
                    document.quote(content),
                    gold_speaker(g),
                    who(st),
                    cue=cue,
                    predicted_cue=st.cue,
                    gold=j,
                    predicted=m.predicted,
                )
            )
    for i, st in enumerate(statements):
        if i not in used_pred:
            found.append(
                Mistake(
                    "unmatched", st.span, st.content, None, who(st), st.cue, predicted=original[i]
                )
            )
    found.sort(key=lambda e: (e.span.start, e.span.end, e.kind))
    return tuple(found)


def evaluate(
    documents: Iterable[GoldDocument],
    predict: Predictor = parse,
    *,
    speaker_names: bool = True,
    rules: SubsetRules | None = None,
) -> Report:
    """Run *predict* on every document's text and score it against the gold.

    Args:
        documents: Gold documents, e.g. from :func:`load_polnear` or :func:`read_gold_json`.
        predict: Any callable turning a text into an :class:`~stancekit.model.Article`;
            :func:`stancekit.parse` by default.
        speaker_names: Also accept a speaker whose name matches the gold source's words
            (see :func:`score_document`).
        rules: Subset definitions; :meth:`SubsetRules.default` when ``None``.

    Returns:
        The :class:`Report`, one row per document, in the order given.

    Raises:
        EvaluationError: when *predict* returns an article for another text.
    """
    return Report.from_scores(
        score_document(doc, predict(doc.text), speaker_names=speaker_names, rules=rules)
        for doc in documents
    )
