"""Stance gold: reading it, and the key matching the stance scorer uses.

Two sources of stance gold:

- a *stance directory* (the layout of ``stance-dev``): one ``<name>.txt`` passage and one
  ``<name>.json`` gold file per passage, the gold naming actors by *keys* (lower-case pieces of
  a name, ``|`` between alternatives) and giving a ``topic_query`` and who ``ruled_out``,
  ``refused_to_rule_out``, ``supports`` and ``opposes`` it;
- the stances of stancekit gold JSON documents (:class:`~stancekit.eval.GoldStance`): one
  topic per target, the holder's name as its key (see :func:`stance_gold_from_documents`).

Scoring is in :mod:`stancekit.eval._stance`; ``docs/evaluation.md`` gives the rules.
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
from ..errors import GoldFormatError, StancekitError
from ..model import Actor, Commitment, Polarity
from ._gold import GoldDocument

__all__ = [
    "QUESTIONS",
    "StanceGold",
    "StanceStatement",
    "actor_words",
    "is_stance_directory",
    "key_matches",
    "load_stance_gold",
    "normalize",
    "read_stance_gold",
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
