"""Whole invented articles in other outlets' styles, about other proposals than the seed's."""

from __future__ import annotations

from pathlib import Path

import pytest

import stancekit
from stancekit import ReactionKind

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def diesel() -> stancekit.Article:
    return stancekit.parse((ARTICLES / "diesel-ban-british-style.txt").read_text("utf-8"))


def _names(answers: list[stancekit.Answer]) -> set[str]:
    return {a.actor.name for a in answers}


def test_debris_and_headline(diesel: stancekit.Article) -> None:
    assert diesel.title == "Ministers split over plan to ban diesel cars by 2030"
    assert not any("Advertisement" in s.content or "ago" in s.content for s in diesel)


def test_british_single_quotes_and_role_apposition(diesel: stancekit.Article) -> None:
    marsh = diesel.find_actor("Helen Marsh")
    assert marsh is not None
    assert marsh.title == "Transport Secretary"
    contents = {s.content for s in diesel.statements_by(marsh)}
    assert "all options are on the table" in contents
    assert "I am simply saying we should look at every option" in contents


def test_who_ruled_out_and_who_kept_it_open(diesel: stancekit.Article) -> None:
    assert _names(diesel.ask("who ruled out a diesel ban")) == {"Rob Tate", "Treasury spokesman"}
    assert _names(diesel.ask("who refused to rule out banning diesel cars")) == {"Helen Marsh"}


def test_spokesman_continuation(diesel: stancekit.Article) -> None:
    spokesman = diesel.find_actor("Treasury spokesman")
    assert spokesman is not None
    # one utterance continued after its attribution: one statement in two pieces
    (said,) = diesel.statements_by(spokesman)
    assert said.content == "We have no plans to ban diesel cars The Chancellor has been very clear."
    assert [diesel.quote(p) for p in said.pieces] == [
        "We have no plans to ban diesel cars",
        "The Chancellor has been very clear.",
    ]


def test_accusation_by_the_named_shadow_minister(diesel: stancekit.Article) -> None:
    kinds = {(diesel.actor(r.responder).name, r.kind) for r in diesel.reactions}
    assert ("Priya Nair", ReactionKind.CRITICIZES) in kinds
    assert ("Society of Motor Manufacturers", ReactionKind.WARNS) in kinds


@pytest.fixture(scope="module")
def gas_tax() -> stancekit.Article:
    return stancekit.parse((ARTICLES / "gas-tax-us-wire-style.txt").read_text("utf-8"))


def test_wire_style_positions(gas_tax: stancekit.Article) -> None:
    assert _names(gas_tax.ask("who ruled out raising the gas tax")) == {
        "Republican governors",
        "Mark Delaney",
    }
    assert _names(gas_tax.ask("who refused to rule out raising the gas tax")) == {
        "Democratic governors",
        "Laura Chen",
    }


def test_wire_style_speakers(gas_tax: stancekit.Article) -> None:
    chen = gas_tax.find_actor("Laura Chen")
    assert chen is not None
    assert chen.affiliation == "Oregon"
    speakers = {gas_tax.actor(s.speaker).name for s in gas_tax.statements}
    assert "Oregon" not in speakers
    assert "Iowa" not in speakers
    spokeswoman = gas_tax.find_actor("spokeswoman")
    assert spokeswoman is not None
    assert spokeswoman.represents == "tim-walsh"


def test_a_cue_of_one_speaker_is_not_anothers_reaction(gas_tax: stancekit.Article) -> None:
    democrats = gas_tax.find_actor("Democratic governors")
    assert democrats is not None
    assert not any(
        r.basis is stancekit.ReactionBasis.EXPLICIT and r.responder == democrats.id
        for r in gas_tax.reactions
    )
