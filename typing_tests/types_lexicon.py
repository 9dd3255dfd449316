"""Lexicons, known actors, the error hierarchy and the evaluation kit."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import stancekit
from stancekit import (
    ActorKind,
    Article,
    Commitment,
    CommitmentPhrase,
    InputError,
    KnownActor,
    Lexicon,
    StancekitError,
    ValidationError,
)
from stancekit.eval import GoldDocument, Report, evaluate


def lexicons(path: Path) -> None:
    assert_type(Lexicon.default(), Lexicon)
    assert_type(Lexicon.default().extend(speech_cues={"opined": "opine"}), Lexicon)
    assert_type(Lexicon.default().replace(stopwords=["the"]), Lexicon)
    assert_type(Lexicon.load(path), Lexicon)
    assert_type(Lexicon.load(path, base=Lexicon.default(), replace=True), Lexicon)
    assert_type(Lexicon.from_mapping({"titles": ["grand vizier"]}), Lexicon)
    phrase = CommitmentPhrase("dead in the water", "categorical", target="before")
    assert_type(phrase.commitment, Commitment)
    assert_type(phrase.negated, Commitment | None)


def known_actors() -> None:
    known = KnownActor("Ada Quint", aliases=["Quint"], title="Governor", kind="person")
    assert_type(known.aliases, tuple[str, ...])
    assert_type(known.kind, ActorKind)


def errors(text: str) -> Article | None:
    try:
        return stancekit.parse(text)
    except InputError as exc:
        assert_type(exc.reason, str)
    except ValidationError as exc:
        assert_type(exc.path, str)
        assert_type(exc.value, object)
    except StancekitError as exc:
        as_base: Exception = exc
        assert_type(as_base, Exception)
    # Errors that fit a built-in are also that built-in.
    as_value_error: ValueError = InputError("empty", reason="empty")
    assert_type(as_value_error, ValueError)
    return None


def evaluation(gold: list[GoldDocument]) -> None:
    assert_type(evaluate(gold), Report)
    assert_type(evaluate(gold, lambda text: stancekit.parse(text, max_chars=None)), Report)
    report = evaluate(gold, stancekit.parse)
    assert_type(report.totals.quoted.recall, float)
    assert_type(report.to_json(), str)
