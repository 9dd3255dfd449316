"""Stance gold: reading it, and scoring the four questions and the statements.

Two sources of stance gold:

- a *stance directory* (the layout of ``stance-dev``): one ``<name>.txt`` passage and one
  ``<name>.json`` gold file per passage, the gold naming actors by *keys* (lower-case pieces of
  a name, ``|`` between alternatives) and giving a ``topic_query`` and who ``ruled_out``,
  ``refused_to_rule_out``, ``supports`` and ``opposes`` it;
- the stances of stancekit gold JSON documents (:class:`~stancekit.eval.GoldStance`): one
  topic per target, the holder's name as its key (see :func:`stance_gold_from_documents`).

The scores are those of the reference scorer ``stance_score.py`` (same keys, same matching,
same micro-averages), computed in process with :func:`stancekit.parse` and
:func:`stancekit.query.ask`; ``docs/evaluation.md`` gives the rules.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import json as sk_json
from ..batch import read_file
from ..errors import EvaluationError, GoldFormatError, StancekitError
from ..model import Actor, Article, Commitment, Polarity, Span, Stance, Statement
from ..parse import parse
from ..query import Answer, ask
from ._gold import GoldDocument

__all__ = [
    "QUESTIONS",
    "STANCE_MISTAKE_KINDS",
    "QuestionCounts",
    "StanceDocumentScore",
    "StanceGold",
    "StanceMistake",
    "StanceReport",
    "StanceStatement",
    "StatementCounts",
    "actor_words",
    "evaluate_stances",
    "is_stance_directory",
    "key_matches",
    "load_stance_gold",
    "normalize",
    "read_stance_gold",
    "score_stances",
    "stance_gold_from_documents",
]

#: The questions, by the name of their gold list, as asked with the topic for ``{}``.
QUESTIONS: Mapping[str, str] = {
    "ruled_out": "who ruled out {}",
    "refused_to_rule_out": "who refused to rule out {}",
    "supports": "who supports {}",
    "opposes": "who opposes {}",
}

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Text as the stance scorer compares it: accents dropped, quotation marks and dashes of
    one style, white space collapsed, lower case.

    >>> normalize("  Réfugiés’ “cap” — NOW ")
    'refugies\\' "cap" - now'
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _SPACE_RE.sub(" ", s.translate(_FOLD)).strip().lower()


def key_matches(key: str, actor_text: str) -> bool:
    """Whether one of the ``|``-separated alternatives of *key* is in *actor_text* (the
    normalised words of an actor, see :func:`actor_words`)."""
    return any(normalize(alt) in actor_text for alt in key.split("|"))


def actor_words(actor: Actor) -> str:
    """An actor's name, id, title, affiliation, represented body and aliases, normalised
    and joined by ``" | "``: what a key is looked for in."""
    data = sk_json.unstructure(actor)
    parts = [
        v
        for k in ("name", "id", "title", "affiliation", "represents")
        if isinstance(v := data.get(k), str)
    ]
    parts += [x for x in data.get("aliases") or () if isinstance(x, str)]
    return normalize(" | ".join(parts))


# -- gold -----------------------------------------------------------------------------------------


def _keys(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _optional_keys(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class StanceStatement:
    """A gold statement of a stance passage.

    Attributes:
        speaker: The speaker's key (``"holt"``, ``"city hall|spokesperson"``).
        contains: An exact piece of the content.
        kind: ``"direct"``, ``"indirect"`` or ``"mixed"``, compared as text with the
            predicted statement's kind.
        alt_speakers: Other keys that are also right (a spokesperson's minister).
        optional: May or may not be reported; not counted.
    """

    speaker: str
    contains: str
    kind: str = ""
    alt_speakers: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    optional: bool = False


def _statements(value: Iterable[StanceStatement] | None) -> tuple[StanceStatement, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class StanceGold:
    """The gold positions on one topic in one text.

    A list left ``None`` is not annotated and is not scored; an empty list is annotated (no
    one), and every answer to its question is then wrong.

    Attributes:
        doc_id: The passage (``d07_toll_road``; for gold JSON
            ``<doc id>#<target>``).
        text: The passage.
        topic_query: What the questions ask about (``"toll road"``).
        statements: Gold statements; ``None`` when statements are not part of this gold.
        ruled_out: Keys of those who ruled the topic out.
        refused_to_rule_out: Keys of those who kept it open.
        supports: Keys of those for it.
        opposes: Keys of those against it.
        ruled_out_optional: Arguably ruled it out: not wrong as an answer to "who ruled out"
            (nor to "who opposes"), not missed when absent.
        stance_optional: Arguable positions: not wrong as answers to "who refused to rule
            out", "who supports" and "who opposes".
        not_ruled_out: Keys that must not answer "who ruled out" (``forbidden``).
        file: The gold file, for messages.
    """

    doc_id: str
    text: str
    topic_query: str
    statements: tuple[StanceStatement, ...] | None = attrs.field(
        default=None, converter=_statements
    )
    ruled_out: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_keys)
    refused_to_rule_out: tuple[str, ...] | None = attrs.field(
        default=None, converter=_optional_keys
    )
    supports: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_keys)
    opposes: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_keys)
    ruled_out_optional: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    stance_optional: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    not_ruled_out: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    file: str | None = None

    def keys(self, question: str) -> tuple[str, ...] | None:
        """The gold list of *question* (a key of :data:`QUESTIONS`), ``None`` if absent."""
        value: tuple[str, ...] | None = getattr(self, question)
        return value

    def allowed(self, question: str) -> tuple[str, ...]:
        """The keys an answer to *question* may match without being wrong: the list and its
        optional lists ("who opposes" also allows those who ruled it out)."""
        extra = {
            "ruled_out": self.ruled_out_optional,
            "refused_to_rule_out": self.stance_optional,
            "supports": self.stance_optional,
            "opposes": (*self.stance_optional, *(self.ruled_out or ()), *self.ruled_out_optional),
        }[question]
        return (*(self.keys(question) or ()), *extra)


def _fail(message: str, file: str) -> GoldFormatError:
    return GoldFormatError(message, file=file)


def _string(
    data: Mapping[str, Any], key: str, path: str, file: str, *, default: str | None = None
) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{path}.{key}: expected a non-empty string (got {value!r})", file)
    return value


def _key_list(data: Mapping[str, Any], key: str, file: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(k, str) and k.strip() for k in value):
        raise _fail(f"$.{key}: expected a list of keys (non-empty strings)", file)
    return tuple(value)


def _read_statement(item: object, path: str, file: str) -> StanceStatement:
    if not isinstance(item, dict):
        raise _fail(f"{path}: expected an object", file)
    alt = item.get("alt_speakers", [])
    if not isinstance(alt, list) or not all(isinstance(k, str) for k in alt):
        raise _fail(f"{path}.alt_speakers: expected a list of keys", file)
    kind = item.get("kind", "")
    optional = item.get("optional", False)
    if not isinstance(kind, str) or not isinstance(optional, bool):
        raise _fail(f"{path}: 'kind' must be a string and 'optional' true or false", file)
    return StanceStatement(
        speaker=_string(item, "speaker", path, file),
        contains=_string(item, "contains", path, file),
        kind=kind,
        alt_speakers=alt,
        optional=optional,
    )


def read_stance_gold(data: Mapping[str, Any], text: str, *, doc_id: str, file: str) -> StanceGold:
    """Build the :class:`StanceGold` of one passage from its parsed gold JSON.

    Raises:
        GoldFormatError: when a required key is missing or a value has the wrong type.
    """
    statements = data.get("statements")
    if not isinstance(statements, list):
        raise _fail("$.statements: expected a list of statements", file)
    lists = {
        k: _key_list(data, k, file)
        for k in (*QUESTIONS, "ruled_out_optional", "stance_optional", "not_ruled_out")
    }
    return StanceGold(
        doc_id=doc_id,
        text=text,
        topic_query=_string(data, "topic_query", "$", file),
        statements=[
            _read_statement(s, f"$.statements[{i}]", file) for i, s in enumerate(statements)
        ],
        ruled_out=lists["ruled_out"],
        refused_to_rule_out=lists["refused_to_rule_out"],
        supports=lists["supports"],
        opposes=lists["opposes"],
        ruled_out_optional=lists["ruled_out_optional"] or (),
        stance_optional=lists["stance_optional"] or (),
        not_ruled_out=lists["not_ruled_out"] or (),
        file=file,
    )


def _gold_json_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.json") if p.is_file())


def _load_json(path: Path) -> object:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise _fail(f"cannot read: {exc.strerror or exc}", str(path)) from None
    except UnicodeDecodeError as exc:
        raise _fail(f"not valid UTF-8 (byte {exc.start})", str(path)) from None
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno
        ) from None


def is_stance_directory(path: str | Path) -> bool:
    """Whether *path* is a directory of stance gold: some ``<name>.json`` with a
    ``topic_query`` beside a ``<name>.txt``."""
    p = Path(path)
    if not p.is_dir():
        return False
    for g in _gold_json_files(p):
        if not g.with_suffix(".txt").is_file():
            continue
        try:
            data = _load_json(g)
        except GoldFormatError:
            continue
        if isinstance(data, dict) and "topic_query" in data:
            return True
    return False


def load_stance_gold(directory: str | Path, *, limit: int | None = None) -> list[StanceGold]:
    """Read a stance gold directory: every ``<name>.json`` with its passage ``<name>.txt``.

    Args:
        directory: The directory (the layout of ``stance-dev``; its README gives the format).
        limit: Read only the first *limit* passages in sorted order of their names.

    Returns:
        One :class:`StanceGold` per passage, sorted by name.

    Raises:
        GoldFormatError: when the directory holds no gold file, a passage is missing or
            unreadable, or a gold file is not valid stance gold (the message names the file
            and the JSON path).
    """
    root = Path(directory)
    if not root.is_dir():
        raise _fail("not a directory of stance gold", str(root))
    files = _gold_json_files(root)
    if not files:
        raise _fail("no <name>.json stance gold files", str(root))
    if limit is not None:
        files = files[:limit]
    golds: list[StanceGold] = []
    for g in files:
        data = _load_json(g)
        if not isinstance(data, dict):
            raise _fail("$: expected an object with a topic_query", str(g))
        passage = g.with_suffix(".txt")
        try:
            text = read_file(passage)
        except StancekitError as exc:
            raise _fail(f"passage {passage.name}: {exc}", str(g)) from None
        golds.append(read_stance_gold(data, text, doc_id=g.stem, file=str(g)))
    return golds


def stance_gold_from_documents(documents: Iterable[GoldDocument]) -> list[StanceGold]:
    """The stance gold in stancekit gold JSON documents: one topic per target of a document.

    The topic query is the target with ``-`` read as a space (``"send-troops"`` asks "who
    ruled out send troops"); each holder's name is its key. A holder is in ``ruled_out``
    when the commitment rules out (categorical, no plans, not now), in
    ``refused_to_rule_out`` when it is ``open``, in ``supports`` / ``opposes`` by polarity,
    and in ``not_ruled_out`` when it keeps the target open or supports it. Statements are
    scored by the attribution scorer, not here.
    """
    golds: list[StanceGold] = []
    for doc in documents:
        by_target: dict[str, list[tuple[str, Polarity, Commitment | None]]] = {}
        for s in doc.stances:
            by_target.setdefault(s.target, []).append(
                (s.holder.casefold(), s.polarity, s.commitment)
            )
        for target, held in by_target.items():

            def pick(test: Callable[[Polarity, Commitment | None], bool]) -> list[str]:
                return list(dict.fromkeys(h for h, p, c in held if test(p, c)))  # noqa: B023

            golds.append(
                StanceGold(
                    doc_id=f"{doc.doc_id}#{target}",
                    text=doc.text,
                    topic_query=target.replace("-", " "),
                    ruled_out=pick(lambda p, c: c is not None and c.rules_out),
                    refused_to_rule_out=pick(lambda p, c: c is Commitment.OPEN),
                    supports=pick(lambda p, c: p is Polarity.SUPPORT),
                    opposes=pick(lambda p, c: p is Polarity.OPPOSE),
                    not_ruled_out=pick(lambda p, c: c is Commitment.OPEN or p is Polarity.SUPPORT),
                )
            )
    return golds


# -- scores ---------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class StatementCounts:
    """Statement counts of stance gold (optional gold statements are left out).

    Attributes:
        need: Gold statements that must be found.
        found: Of these, those whose ``contains`` is in some predicted content (normalised).
        attributed: Found with a right speaker key.
        kinds: Attributed with the gold kind.
        predicted: Predicted statements.
        true_predicted: Predicted statements whose content contains some gold ``contains``
            (optional ones too).
    """

    need: int = 0
    found: int = 0
    attributed: int = 0
    kinds: int = 0
    predicted: int = 0
    true_predicted: int = 0

    def __add__(self, other: StatementCounts) -> StatementCounts:
        return StatementCounts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def precision(self) -> float:
        """True predictions / predictions."""
        return _ratio(self.true_predicted, self.predicted)

    @property
    def recall(self) -> float:
        """Attributed / needed."""
        return _ratio(self.attributed, self.need)

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`precision` and :attr:`recall`."""
        return _f1(self.precision, self.recall)


@attrs.frozen
class QuestionCounts:
    """Counts for one question.

    Attributes:
        passages: Passages that annotate the question's list.
        gold: Keys in the lists.
        tp: Keys matched by some answer.
        answers: Answers given.
        fp: Answers matching no allowed key.
    """

    passages: int = 0
    gold: int = 0
    tp: int = 0
    answers: int = 0
    fp: int = 0

    def __add__(self, other: QuestionCounts) -> QuestionCounts:
        return QuestionCounts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 with no answers and no gold, 0.0 with no answers and gold."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / gold; 1.0 when there is no gold key."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`precision` and :attr:`recall`."""
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        """Scores rounded to 3 places and the counts, as ``stance_score.py`` prints them."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "gold": self.gold,
            "tp": self.tp,
            "fp": self.fp,
        }


#: Kinds of :class:`StanceMistake`.
STANCE_MISTAKE_KINDS = (
    "missed_statement",
    "wrong_speaker",
    "extra_statement",
    "missed_answer",
    "wrong_answer",
    "forbidden",
    "failed",
)


@attrs.frozen
class StanceMistake:
    """A miss or a wrong answer, with its evidence.

    Attributes:
        kind: ``missed_statement`` (no predicted content contains the gold text),
            ``wrong_speaker`` (found, but no speaker matches the keys), ``extra_statement`` (a
            predicted statement containing no gold statement's text), ``missed_answer`` (a
            gold key no answer matches), ``wrong_answer`` (an answer matching no allowed
            key), ``forbidden`` (an answer to "who ruled out" matching ``not_ruled_out``;
            also listed as ``wrong_answer`` when it matches no allowed key) or ``failed``
            (the parser or the question failed on this passage).
        question: The question asked, for answers.
        key: The gold key (speaker key for statements).
        actor: The predicted actor's name (answers, wrong speakers, extra statements).
        text: The gold ``contains`` text, or the failure's message.
        span: Where the gold text is in the passage, when it is there verbatim (extra
            statements: the statement's span).
        evidence: What the parser has for it: ``(what, text, span)`` triples, ``what`` being
            ``"statement"`` or ``"stance"`` (its cue), in text order.
    """

    kind: str
    question: str | None = None
    key: str | None = None
    actor: str | None = None
    text: str | None = None
    span: Span | None = None
    evidence: tuple[tuple[str, str, Span], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data; spans as ``{"start", "end"}``."""
        data: dict[str, Any] = {
            "kind": self.kind,
            "question": self.question,
            "key": self.key,
            "actor": self.actor,
            "text": self.text,
            "span": None if self.span is None else {"start": self.span.start, "end": self.span.end},
            "evidence": [
                {"what": w, "text": t, "start": s.start, "end": s.end} for w, t, s in self.evidence
            ],
        }
        return data

    def lines(self) -> list[str]:
        """A readable line, and one indented line per piece of evidence."""
        at = f" ({self.span.start}-{self.span.end})" if self.span else ""
        if self.kind in ("missed_statement", "wrong_speaker"):
            head = f"{self.kind}: {self.key}: “{_short(self.text or '')}”{at}"
            if self.kind == "wrong_speaker":
                head += f" -> {self.actor}"
        elif self.kind == "extra_statement":
            head = f"{self.kind}: {self.actor}: “{_short(self.text or '')}”{at}"
        elif self.kind == "missed_answer":
            head = f"{self.kind}: {self.question!r}: {self.key}"
        elif self.kind == "failed":
            head = f"failed: {self.question or 'parse'}: {self.text}"
        elif self.kind == "forbidden":
            head = f"{self.kind}: {self.question!r}: {self.actor} (kept it open: {self.key})"
        else:
            head = f"{self.kind}: {self.question!r}: {self.actor}"
        lines = [head]
        for w, t, s in self.evidence:
            shown = f"“{_short(t)}”" if w == "statement" else _short(t)
            lines.append(f"    {w} {s.start}-{s.end}: {shown}")
        return lines


def _short(text: str, size: int = 140) -> str:
    words = " ".join(text.split())
    return words if len(words) <= size else words[: size - 1] + "…"


def _mistakes(value: Iterable[StanceMistake]) -> tuple[StanceMistake, ...]:
    return tuple(value)


def _questions(value: Mapping[str, QuestionCounts]) -> dict[str, QuestionCounts]:
    return dict(value)


@attrs.frozen
class StanceDocumentScore:
    """The stance scores of one passage (or one topic of a gold JSON document).

    Attributes:
        doc_id: The passage.
        statements: Statement counts; ``None`` when the gold has no statements.
        questions: Counts per annotated question (keys of :data:`QUESTIONS`).
        forbidden: Answers to "who ruled out" that match a ``not_ruled_out`` key.
        failed: Whether the parser failed on the passage (all its gold counts as missed).
        mistakes: Every miss and wrong answer, with evidence.
    """

    doc_id: str
    statements: StatementCounts | None
    questions: dict[str, QuestionCounts] = attrs.field(
        factory=dict, converter=_questions, hash=False
    )
    forbidden: int = 0
    failed: bool = False
    mistakes: tuple[StanceMistake, ...] = attrs.field(default=(), converter=_mistakes)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """Plain data; with *errors*, the mistakes too."""
        data: dict[str, Any] = {
            "doc_id": self.doc_id,
            "statements": None if self.statements is None else attrs.asdict(self.statements),
            "questions": {q: attrs.asdict(c) for q, c in self.questions.items()},
            "forbidden": self.forbidden,
            "failed": self.failed,
        }
        if errors:
            data["errors"] = [m.to_dict() for m in self.mistakes]
        return data


def _find(text: str, piece: str) -> Span | None:
    start = text.find(piece)
    return None if start < 0 else Span(start, start + len(piece))


def _stance_evidence(article: Article, answer: Answer) -> tuple[tuple[str, str, Span], ...]:
    pieces: list[tuple[str, str, Span]] = [
        ("statement", s.content, s.span) for s in answer.evidence
    ]
    pieces += [("stance", _stance_words(st), st.cue_span) for st in answer.stances]
    pieces.sort(key=lambda p: (p[2].start, p[2].end, p[0]))
    return tuple(dict.fromkeys(pieces))


def _stance_words(st: Stance) -> str:
    return f"{st.cue!r}: {st.polarity}, {st.commitment} on “{st.target.text}”"


def _held(article: Article, key: str) -> tuple[tuple[str, str, Span], ...]:
    """The stances, on any target, of the actors a key matches: what the parser has."""
    ids = {a.id for a in article.actors if key_matches(key, actor_words(a))}
    return tuple(
        ("stance", _stance_words(st), st.cue_span) for st in article.stances if st.holder in ids
    )


def score_stances(gold: StanceGold, article: Article) -> StanceDocumentScore:
    """Score *article*'s statements and answers against *gold*, as ``stance_score.py`` does.

    Statements: a needed (not optional) gold statement is found when some predicted
    statement's normalised content contains its normalised ``contains``; attributed when one
    of those statements' speaker matches the ``speaker`` key or an ``alt_speakers`` key; its
    kind is right when one of the attributed ones has the gold kind. A prediction is true when
    its content contains some gold ``contains`` (optional ones too).

    Questions: for each annotated list, ``ask(article, QUESTIONS[list].format(topic_query))``;
    tp counts the list's keys some answer matches, fp the answers matching no allowed key
    (:meth:`StanceGold.allowed`); ``forbidden`` the answers to "who ruled out" that match a
    ``not_ruled_out`` key. A question the parser cannot answer (a ``StancekitError``) counts
    as no answer.

    Raises:
        EvaluationError: when the article's text is not the passage.
    """
    if article.text != gold.text:
        msg = (
            f"{gold.doc_id}: the predictor returned an article for another text"
            f" ({len(article.text)} characters instead of {len(gold.text)})"
        )
        raise EvaluationError(msg)
    actors = {a.id: a for a in article.actors}
    words = {a.id: actor_words(a) for a in article.actors}

    def who(st: Statement) -> str:
        return words.get(st.speaker, normalize(st.speaker))

    def name(actor_id: str) -> str:
        a = actors.get(actor_id)
        return a.name if a is not None else actor_id

    mistakes: list[StanceMistake] = []
    counts: StatementCounts | None = None
    if gold.statements is not None:
        preds = [(normalize(s.content), str(s.kind), who(s), s) for s in article.statements]
        need = [g for g in gold.statements if not g.optional]
        found = attributed = kinds = 0
        for g in need:
            c = normalize(g.contains)
            cand = [p for p in preds if c in p[0]]
            if not cand:
                mistakes.append(
                    StanceMistake(
                        "missed_statement",
                        key=g.speaker,
                        text=g.contains,
                        span=_find(gold.text, g.contains),
                    )
                )
                continue
            found += 1
            speaker_keys = (g.speaker, *g.alt_speakers)
            ok = [p for p in cand if any(key_matches(k, p[2]) for k in speaker_keys)]
            if ok:
                attributed += 1
                kinds += any(p[1] == g.kind for p in ok)
            else:
                first = cand[0][3]
                mistakes.append(
                    StanceMistake(
                        "wrong_speaker",
                        key=g.speaker,
                        actor=name(first.speaker),
                        text=g.contains,
                        span=_find(gold.text, g.contains),
                        evidence=tuple(("statement", p[3].content, p[3].span) for p in cand),
                    )
                )
        every = [normalize(g.contains) for g in gold.statements]
        true_predicted = 0
        for p in preds:
            if any(c in p[0] for c in every):
                true_predicted += 1
            else:
                st = p[3]
                mistakes.append(
                    StanceMistake(
                        "extra_statement",
                        actor=name(st.speaker),
                        text=st.content,
                        span=st.span,
                    )
                )
        counts = StatementCounts(
            need=len(need),
            found=found,
            attributed=attributed,
            kinds=kinds,
            predicted=len(preds),
            true_predicted=true_predicted,
        )

    questions: dict[str, QuestionCounts] = {}
    forbidden = 0
    for q, form in QUESTIONS.items():
        keys = gold.keys(q)
        if keys is None:
            continue
        question = form.format(gold.topic_query)
        try:
            answers = ask(article, question)
        except StancekitError as exc:
            mistakes.append(StanceMistake("failed", question=question, text=str(exc)))
            answers = []
        named = [(actor_words(a.actor), a) for a in answers]
        allowed = gold.allowed(q)
        tp = sum(1 for k in keys if any(key_matches(k, n) for n, _ in named))
        wrong = [(n, a) for n, a in named if not any(key_matches(k, n) for k in allowed)]
        questions[q] = QuestionCounts(
            passages=1, gold=len(keys), tp=tp, answers=len(named), fp=len(wrong)
        )
        for k in keys:
            if not any(key_matches(k, n) for n, _ in named):
                mistakes.append(
                    StanceMistake(
                        "missed_answer", question=question, key=k, evidence=_held(article, k)
                    )
                )
        for _, a in wrong:
            mistakes.append(
                StanceMistake(
                    "wrong_answer",
                    question=question,
                    actor=a.actor.name,
                    evidence=_stance_evidence(article, a),
                )
            )
        if q == "ruled_out":
            for n, a in named:
                bad = [k for k in gold.not_ruled_out if key_matches(k, n)]
                if bad:
                    forbidden += 1
                    mistakes.append(
                        StanceMistake(
                            "forbidden",
                            question=question,
                            key=bad[0],
                            actor=a.actor.name,
                            # evidence shown once: with the wrong answer, when it is one
                            evidence=()
                            if any(a is b for _, b in wrong)
                            else _stance_evidence(article, a),
                        )
                    )
    return StanceDocumentScore(gold.doc_id, counts, questions, forbidden, False, mistakes)


def _failed(gold: StanceGold, message: str) -> StanceDocumentScore:
    # as the reference scorer: a passage the parser fails on counts as a total miss
    counts = None
    if gold.statements is not None:
        counts = StatementCounts(need=sum(1 for s in gold.statements if not s.optional))
    questions = {
        q: QuestionCounts(passages=1, gold=len(keys))
        for q in QUESTIONS
        if (keys := gold.keys(q)) is not None
    }
    mistake = StanceMistake("failed", text=message)
    return StanceDocumentScore(gold.doc_id, counts, questions, 0, True, (mistake,))


def _documents(value: Iterable[StanceDocumentScore]) -> tuple[StanceDocumentScore, ...]:
    return tuple(value)


@attrs.frozen
class StanceReport:
    """The stance scores of a set of passages, micro-averaged.

    ``str(report)`` is a table; :meth:`summary` the figures as ``stance_score.py`` prints
    them; :meth:`to_json` everything.

    Attributes:
        documents: One score per passage, in the order evaluated.
    """

    documents: tuple[StanceDocumentScore, ...] = attrs.field(converter=_documents)

    @property
    def statements(self) -> StatementCounts | None:
        """Statement counts summed over the passages that have statement gold."""
        parts = [d.statements for d in self.documents if d.statements is not None]
        total = StatementCounts()
        for p in parts:
            total = total + p
        return total if parts else None

    def question(self, name: str) -> QuestionCounts | None:
        """Counts of one question summed over the passages annotating it; ``None`` if none."""
        parts = [d.questions[name] for d in self.documents if name in d.questions]
        total = QuestionCounts()
        for p in parts:
            total = total + p
        return total if parts else None

    @property
    def forbidden(self) -> int:
        """Answers to "who ruled out" naming a ``not_ruled_out`` actor, over all passages."""
        return sum(d.forbidden for d in self.documents)

    @property
    def failed(self) -> int:
        """Passages the parser failed on."""
        return sum(d.failed for d in self.documents)

    @property
    def mistakes(self) -> tuple[StanceMistake, ...]:
        """Every mistake, passage by passage."""
        return tuple(m for d in self.documents for m in d.mistakes)

    def summary(self) -> dict[str, Any]:
        """The totals with the keys and rounding of ``stance_score.py``'s JSON output."""
        s = self.statements or StatementCounts()
        res: dict[str, Any] = {
            "passages": len(self.documents),
            "statement_precision": round(s.precision, 3),
            "statement_recall_attributed": round(s.recall, 3),
            "statement_f1": round(s.f1, 3),
            "found": f"{s.found}/{s.need}",
            "kind_ok": f"{s.kinds}/{s.need}",
        }
        for q in QUESTIONS:
            c = self.question(q)
            res[q] = None if c is None else c.to_dict()
        res["forbidden"] = self.forbidden
        res["errors"] = self.failed
        return res

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """``{"summary": ..., "documents": [...]}``; with *errors*, each passage's mistakes."""
        return {
            "summary": self.summary(),
            "documents": [d.to_dict(errors=errors) for d in self.documents],
        }

    def to_json(self, *, indent: int | None = 2, errors: bool = False) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(errors=errors), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        width = min(max([8, *(len(d.doc_id) for d in self.documents)]), 40)
        lines = [f"stancekit stance evaluation: {len(self.documents)} passages", ""]
        short = {
            "ruled_out": "ruled",
            "refused_to_rule_out": "refused",
            "supports": "supp",
            "opposes": "opp",
        }
        head = f"{'passage':<{width}}  stmt found  attr  pred  true"
        head += "".join(f" {short[q]:>9}" for q in QUESTIONS) + "  forb"
        lines.append(head)
        for d in self.documents:
            label = d.doc_id if len(d.doc_id) <= width else d.doc_id[: width - 1] + "…"
            s = d.statements
            row = f"{label:<{width}} "
            row += (
                f"{s.need:>5} {s.found:>5} {s.attributed:>5} {s.predicted:>5} {s.true_predicted:>5}"
                if s is not None
                else f"{'-':>5} {'-':>5} {'-':>5} {'-':>5} {'-':>5}"
            )
            for q in QUESTIONS:
                c = d.questions.get(q)
                cell = "-" if c is None else f"{c.tp}/{c.gold}+{c.fp}"
                row += f" {cell:>9}"
            row += f" {d.forbidden:>5}" + ("  FAILED" if d.failed else "")
            lines.append(row)
        s = self.statements
        lines.append("")
        if s is not None:
            lines.append(
                f"statements: found {s.found}/{s.need}, attributed {s.attributed}/{s.need},"
                f" kind {s.kinds}/{s.need}; precision {s.precision:.3f} ({s.true_predicted}/"
                f"{s.predicted}), recall {s.recall:.3f}, F1 {s.f1:.3f}"
            )
        lines.append(
            f"{'question':<28} {'gold':>5} {'tp':>5} {'fp':>5} {'P':>6} {'R':>6} {'F1':>6}"
        )
        for q, form in QUESTIONS.items():
            c = self.question(q)
            label = form.format("T")
            if c is None:
                lines.append(f"{label:<28} (not annotated)")
            else:
                lines.append(
                    f"{label:<28} {c.gold:>5} {c.tp:>5} {c.fp:>5}"
                    f" {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
                )
        lines.append(
            f"forbidden: {self.forbidden} (answers to “who ruled out” naming someone who kept it"
            f" open); parser failures: {self.failed}"
        )
        lines.append(
            "cells a/b+c: a of b gold keys answered, c wrong answers. Rules: docs/evaluation.md."
        )
        return "\n".join(lines)

    def errors_text(self) -> str:
        """Every miss and wrong answer, passage by passage, with its evidence."""
        every = self.mistakes
        counts = ", ".join(
            f"{n} {k}" for k in STANCE_MISTAKE_KINDS if (n := sum(m.kind == k for m in every))
        )
        lines = [f"stance errors: {counts or 'none'}"]
        for d in self.documents:
            if d.mistakes:
                lines += ["", f"== {d.doc_id}"]
                for m in d.mistakes:
                    lines += [f"  {line}" for line in m.lines()]
        return "\n".join(lines)


def evaluate_stances(
    golds: Iterable[StanceGold], predict: Callable[[str], Article] = parse
) -> StanceReport:
    """Run *predict* on every passage and score it with :func:`score_stances`.

    A passage on which *predict* raises a :class:`~stancekit.errors.StancekitError` counts
    as a total miss (``failed``), as with the reference scorer.

    Args:
        golds: Stance gold, from :func:`load_stance_gold` or :func:`stance_gold_from_documents`.
        predict: Text to article; :func:`stancekit.parse` by default.

    Returns:
        The :class:`StanceReport`.

    Raises:
        EvaluationError: when *predict* returns an article for another text.
    """
    scores: list[StanceDocumentScore] = []
    last: Article | None = None  # the topics of one document share its parse
    for gold in golds:
        if last is None or last.text != gold.text:
            try:
                last = predict(gold.text)
            except StancekitError as exc:
                last = None
                scores.append(_failed(gold, str(exc)))
                continue
        scores.append(score_stances(gold, last))
    return StanceReport(scores)
