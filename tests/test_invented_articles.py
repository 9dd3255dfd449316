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
    assert [s.content for s in diesel.statements_by(spokesman)] == [
        "We have no plans to ban diesel cars",
        "The Chancellor has been very clear.",
    ]


def test_accusation_by_the_named_shadow_minister(diesel: stancekit.Article) -> None:
    kinds = {(diesel.actor(r.responder).name, r.kind) for r in diesel.reactions}
    assert ("Priya Nair", ReactionKind.CRITICIZES) in kinds
    assert ("Society of Motor Manufacturers", ReactionKind.WARNS) in kinds
