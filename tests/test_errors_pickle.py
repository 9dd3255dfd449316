"""Every error class survives pickling, as batch and cluster send errors between processes."""

from __future__ import annotations

import pickle

import pytest

from stancekit import errors

# One instance per class of stancekit.errors, with every attribute set.
SAMPLES: dict[str, errors.StancekitError] = {
    "StancekitError": errors.StancekitError("something went wrong"),
    "InputError": errors.InputError("text is empty", reason="empty"),
    "ValidationError": errors.ValidationError("statements[0].speaker", "unknown actor id", "x"),
    "JSONError": errors.JSONError(["$.text: expected a string"]),
    "LexiconError": errors.LexiconError("bad lexicon"),
    "QueryError": errors.QueryError("no actor named 'x'"),
    "GoldFormatError": errors.GoldFormatError("bad offset", file="a.ann", line=3),
    "EvaluationError": errors.EvaluationError("another text"),
    "NetworkError": errors.NetworkError("level must be one of"),
    "DNAError": errors.DNAError("corpus.dna", "not a DNA database"),
    "MissingExtraError": errors.MissingExtraError("to_networkx()", "networkx"),
    "BatchError": errors.BatchError("a worker died", reason="worker-died"),
}


def test_every_error_class_has_a_sample() -> None:
    assert set(SAMPLES) == set(errors.__all__)
    for name, error in SAMPLES.items():
        assert type(error) is getattr(errors, name)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_pickles(name: str) -> None:
    error = SAMPLES[name]
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.args == error.args
    assert vars(again) == vars(error)


def test_gold_format_error_without_location_pickles() -> None:
    error = errors.GoldFormatError("bad offset")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.file, again.line) == ("bad offset", None, None)
