"""Golden test of the seed article: what issue #2 says it must give."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import Article, Commitment, ReactionKind, StatementKind


def _names(answers: list[stancekit.Answer]) -> set[str]:
    return {a.actor.name for a in answers}


def _speaker_of(article: Article, needle: str) -> str:
    hits = [s for s in article.statements if needle in s.content]
    assert hits, f"no statement contains {needle!r}"
    return article.actor(hits[0].speaker).name


def test_who_ruled_out_ground_troops(seed: Article) -> None:
    answers = seed.ask("who ruled out ground troops")
    names = _names(answers)
    assert {
        "Robert Fico",
        "Ulf Kristersson",
        "Olaf Scholz",
        "NATO official",
        "Italian government",
    } <= names
    assert "Emmanuel Macron" not in names
    extra = names - {
        "Robert Fico",
        "Ulf Kristersson",
        "Olaf Scholz",
        "NATO official",
        "Italian government",
    }
    # The UK spokesman may appear only with the "large-scale" qualifier.
    for a in answers:
        if a.actor.name in extra:
            assert "spokesman" in (a.actor.title or "")
            assert a.qualifiers == ("large-scale",)
    by_name = {a.actor.name: a for a in answers}
    assert by_name["Robert Fico"].actor.affiliation == "Slovakia"
    assert by_name["Ulf Kristersson"].actor.affiliation == "Sweden"
    assert by_name["Olaf Scholz"].actor.affiliation == "Germany"
    assert by_name["NATO official"].actor.affiliation == "NATO"
    assert by_name["Italian government"].actor.affiliation == "Italy"
    assert any("never" in s.cue for s in by_name["Robert Fico"].stances)
    assert by_name["Ulf Kristersson"].stances[0].commitment is Commitment.NOT_NOW
    assert by_name["NATO official"].stances[0].commitment is Commitment.NO_PLANS
    for a in answers:
        assert a.evidence, a.actor.name
        for s in a.evidence:
            assert seed.text[s.span.start : s.span.end] == s.content


def test_who_refused_to_rule_out(seed: Article) -> None:
    assert _names(seed.ask("who refused to rule out ground troops")) == {"Emmanuel Macron"}


@pytest.mark.parametrize(
    ("needle", "speaker"),
    [
        ("there are countries that say never", "Robert Fico"),
        ("This is absolutely not in the interests", "Dmitry Peskov"),
        ("We are not at war with Russia", "Antonio Tajani"),
        ("we must be very cautious", "Antonio Tajani"),
        ("it's not on the cards at all for the moment", "Ulf Kristersson"),
        ("there will be no ground troops", "Olaf Scholz"),
        ("there are no plans for NATO combat troops", "NATO official"),
        ("did not include sending troops", "Italian government"),
        ("We are convinced that the defeat of Russia", "Emmanuel Macron"),
        ("nothing should be ruled out", "Emmanuel Macron"),
        ("It's our future", "Emmanuel Macron"),
        ("We are not talking about soldiers", "Rym Momtaz"),
        ("taking a further step towards belligerence", "Marine Le Pen"),
        ("would not break", "Stephane Sejourne"),
        ("large-scale", "Rishi Sunak's spokesman"),
        ("inevitability", "Kremlin"),
    ],
)
def test_every_quote_has_the_right_speaker(seed: Article, needle: str, speaker: str) -> None:
    assert _speaker_of(seed, needle) == speaker


def test_every_quotation_mark_pair_is_in_a_statement(seed: Article) -> None:
    text = seed.text
    start = 0
    while (i := text.find("“", start)) >= 0 or (i := text.find('"', start)) >= 0:
        j = text.find('"', i + 1)
        if j < 0:
            break
        inner = text[i + 1 : j]
        assert any(inner.strip(" ,") in s.content or s.content in inner for s in seed.statements), (
            inner
        )
        start = j + 1


def test_pronoun_speakers_point_at_the_pronoun(seed: Article) -> None:
    fico = next(s for s in seed.statements if "say never" in s.content)
    assert seed.text[fico.speaker_span.start : fico.speaker_span.end] == "he"


def test_scholz_statement_is_on_x(seed: Article) -> None:
    s = next(s for s in seed.statements if "there will be no ground troops" in s.content)
    assert s.channel == "X"
    assert s.kind is StatementKind.DIRECT


def test_spokespeople_represent(seed: Article) -> None:
    peskov = seed.find_actor("Dmitry Peskov")
    assert peskov is not None
    assert peskov.represents == "kremlin"
    assert seed.actor("kremlin").affiliation == "Russia"
    spokesman = seed.find_actor("Rishi Sunak's spokesman")
    assert spokesman is not None
    assert spokesman.represents == "rishi-sunak"
    assert spokesman.affiliation == "United Kingdom"


def test_expert_has_organisation(seed: Article) -> None:
    expert = seed.find_actor("Rym Momtaz")
    assert expert is not None
    assert expert.affiliation == "International Institute for Strategic Studies"


def test_reactions_to_macron(seed: Article) -> None:
    got = {(seed.actor(r.responder).name, r.kind) for r in seed.reactions_to("Emmanuel Macron")}
    assert ("Marine Le Pen", ReactionKind.CRITICIZES) in got
    assert ("Stephane Sejourne", ReactionKind.DEFENDS) in got
    assert ("Kremlin", ReactionKind.WARNS) in got
    assert ("Dmitry Peskov", ReactionKind.WARNS) in got
    assert ("Olaf Scholz", ReactionKind.REJECTS) in got
    assert ("Ulf Kristersson", ReactionKind.REJECTS) in got


def test_page_debris_is_not_content(seed: Article) -> None:
    for s in seed.statements:
        assert "ARTICLE AD BOX" not in s.content
        assert "Read Entire Article" not in s.content
    assert seed.title is not None
    assert seed.title.startswith("European, U.S. allies")
