"""The lexicon: shipped as data, extendable and replaceable without editing the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stancekit
from stancekit import Commitment, KnownActor, Lexicon, LexiconError


def test_default_lexicon_is_shared_and_typed() -> None:
    lex = Lexicon.default()
    assert lex is Lexicon.default()
    assert lex.speech_cues["said"] == "say"
    assert "prime minister" in lex.titles
    assert any(c.commitment is Commitment.NO_PLANS for c in lex.commitments)


def test_a_new_reporting_verb() -> None:
    text = "Governor Ada Quint opined that the bridge was unsafe."
    assert stancekit.parse(text).statements == ()
    lex = Lexicon.default().extend(speech_cues={"opined": "opine"})
    (s,) = stancekit.parse(text, lexicon=lex).statements
    assert s.content == "the bridge was unsafe"


def test_a_new_commitment_phrase() -> None:
    text = 'Governor Ada Quint said the toll was "a dead duck".'
    assert stancekit.parse(text).stances == ()
    lex = Lexicon.default().extend(
        commitments=[{"phrase": "a dead duck", "commitment": "categorical", "target": "before"}]
    )
    (stance,) = stancekit.parse(text, lexicon=lex).stances
    assert stance.commitment is Commitment.CATEGORICAL


def test_endorsement_noun_context_is_data() -> None:
    text = "Mayor Ian Voss said military support grew after the vote on the bridge plan."
    assert stancekit.parse(text).stances == ()  # "military support": the noun
    lex = Lexicon.default().replace(endorsement_noun_context=[])
    (stance,) = stancekit.parse(text, lexicon=lex).stances  # without the list: read as a verb
    assert stance.commitment is Commitment.ENDORSEMENT


def test_synonyms_extend_target_matching() -> None:
    text = "Governor Ada Quint ruled out a levy on sugar."
    article = stancekit.parse(text, lexicon=Lexicon.default().extend(synonyms={"levy": "tax"}))
    assert article.stances_on("sugar tax")


def test_replace_drops_the_defaults() -> None:
    lex = Lexicon.default().replace(speech_cues={"opined": "opine"})
    assert (
        stancekit.parse("Governor Ada Quint said the bridge was unsafe.", lexicon=lex).statements
        == ()
    )


def test_load_toml_and_json(tmp_path: Path) -> None:
    toml = tmp_path / "words.toml"
    toml.write_text('titles = ["grand vizier"]\n[speech_cues]\nopined = "opine"\n')
    lex = Lexicon.load(toml)
    assert "grand vizier" in lex.titles
    assert lex.speech_cues["opined"] == "opine"
    js = tmp_path / "words.json"
    js.write_text(json.dumps({"titles": ["grand vizier"]}))
    assert "grand vizier" in Lexicon.load(js).titles


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"no_such_field": []}, "unknown lexicon fields"),
        ({"titles": "not a list"}, "must be a list"),
        ({"speech_cues": ["not", "a", "table"]}, "must be a table"),
        ({"negation_window": 0}, "positive int"),
        ({"commitments": [{"phrase": "x"}]}, "bad commitment phrase"),
    ],
)
def test_bad_lexicon_values(data: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_mapping(data)


def test_unreadable_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        Lexicon.load(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("titles = [")
    with pytest.raises(LexiconError, match="cannot read"):
        Lexicon.load(bad)


def test_known_actors_resolve_aliases() -> None:
    known = [
        KnownActor(
            "Jane Roe", aliases=("the governor", "Roe"), title="Governor", affiliation="Ohio"
        )
    ]
    article = stancekit.parse('"We will rebuild," Roe said.', actors=known)
    (s,) = article.statements
    actor = article.actor(s.speaker)
    assert actor.name == "Jane Roe"
    assert actor.affiliation == "Ohio"


def test_no_article_names_in_the_word_lists() -> None:
    # The lexicon holds general English: no person from any article we tuned on.
    data = Path(stancekit.__file__).parent / "data"
    text = " ".join(p.read_text(encoding="utf-8") for p in data.glob("*.toml")).lower()
    for name in (
        "macron",
        "fico",
        "scholz",
        "kristersson",
        "tajani",
        "peskov",
        "sunak",
        "clinton",
        "trump",
        "obama",
    ):
        assert name not in text
