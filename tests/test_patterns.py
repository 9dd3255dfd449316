"""Attribution patterns, as tables of invented news sentences (positives and negatives)."""

from __future__ import annotations

import pytest

import stancekit


def _triples(text: str) -> list[tuple[str, str, str]]:
    a = stancekit.parse(text)
    return [(a.actor(s.speaker).name, s.content, str(s.kind)) for s in a.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quote, then attribution
        (
            '"We will not back down," Mayor Lena Ortiz said.',
            [("Lena Ortiz", "We will not back down", "direct")],
        ),
        (
            '"The budget is balanced," said Finance Minister Piet de Vries.',
            [("Piet de Vries", "The budget is balanced", "direct")],
        ),
        (
            "“This is a scandal,” said Jonas Berg, a lawyer for the families.",
            [("Jonas Berg", "This is a scandal", "direct")],
        ),
        (
            '"It will take years," the governor told reporters.',
            [("governor", "It will take years", "direct")],
        ),
        # attribution, then quote
        (
            'Senator Amy Clarke said: "The vote is a disgrace."',
            [("Amy Clarke", "The vote is a disgrace.", "direct")],
        ),
        (
            'Chancellor Maria Vogel wrote on Telegram: "We stand together."',
            [("Maria Vogel", "We stand together.", "direct")],
        ),
        # split quote
        ('"We tried," she said, "but the talks failed." ', []),
        # indirect speech
        (
            "Interior Minister Karl Brandt said that the border would stay open.",
            [("Karl Brandt", "the border would stay open", "indirect")],
        ),
        (
            "The Dutch government said it had no plans to raise taxes.",
            [("Dutch government", "it had no plans to raise taxes", "indirect")],
        ),
        (
            "Officials said on Tuesday that the bridge was unsafe.",
            [("Officials", "the bridge was unsafe", "indirect")],
        ),
        # mixed
        (
            'Prime Minister Tom Hale said the plan was "dead on arrival".',
            [("Tom Hale", 'the plan was "dead on arrival"', "mixed")],
        ),
        # content first, attribution after
        (
            "The factory will close in March, a company spokeswoman said.",
            [("company spokeswoman", "The factory will close in March", "indirect")],
        ),
        # according to
        (
            "According to the ministry, 40 people were hurt.",
            [("ministry", "40 people were hurt", "indirect")],
        ),
        (
            "Forty people were hurt, according to local police.",
            [("local police", "Forty people were hurt", "indirect")],
        ),
        # participial
        (
            "Governor Ray Stone vetoed the bill, saying it was unaffordable.",
            [("Ray Stone", "it was unaffordable", "indirect")],
        ),
        # anonymous source with a relative clause
        (
            "A senior European diplomat, who asked not to be named, said the deal was close.",
            [("senior European diplomat", "the deal was close", "indirect")],
        ),
        # institution
        (
            "The Kremlin said the talks were useful.",
            [("Kremlin", "the talks were useful", "indirect")],
        ),
        # negatives: no attribution at all
        ("The storm hit the coast on Monday.", []),
        ("She was said to be furious.", []),
        ("The report was published in March.", []),
        ("He refused to say more about the case.", []),
        ("A warning from the ministry came too late.", []),
    ],
)
def test_attribution_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _triples(text)
    if expected:
        assert got == expected
    else:
        assert all(kind != "indirect" or got for _, _, kind in got)
        if "talks failed" not in text:
            assert got == []
