"""The HTML view in a real browser: headless Chromium renders the page of ``stancekit view``
and its script reports, measured from the DOM, what is highlighted where.

Skipped, with the reason, where no Chromium is installed (``.ci/run`` installs one).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from browser import chromium_or_skip, rendered_summary
from stancekit import Article, Corpus
from stancekit.io.corpus import load_corpus
from stancekit.view import ROLES, render_html
from test_view import tangled
from viewdom import chars

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"

#: How each part of a statement is made visible: a background colour.
_TRANSPARENT = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def browser() -> str:
    return chromium_or_skip()


@pytest.fixture(scope="module")
def seed_summary(browser: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    page = tmp_path_factory.mktemp("view") / "seed.html"
    # The command a user runs, in a process of its own.
    subprocess.run(
        [sys.executable, "-m", "stancekit", "view", str(SEED), "-o", str(page)],
        check=True,
        timeout=300,
    )
    return rendered_summary(browser, page)


def _pieces(summary_article: dict[str, Any], role: str, item_id: str) -> list[dict[str, Any]]:
    marks: list[dict[str, Any]] = summary_article["marks"]
    return sorted(
        (m for m in marks if m["role"] == role and item_id in m["ids"]), key=lambda m: m["start"]
    )


def assert_statements_highlighted(article: Article, rendered: dict[str, Any]) -> None:
    """Each statement's content, cue and speaker: highlighted, visible, at its offsets."""
    assert rendered["text"] == article.text
    for s in article.statements:
        for role, span in (("content", s.span), ("cue", s.cue_span), ("speaker", s.speaker_span)):
            pieces = _pieces(rendered, role, s.id)
            where = f"{s.id} {role} {span}"
            assert pieces, f"{where}: not highlighted"
            assert chars((p["start"], p["end"]) for p in pieces) == chars([(span.start, span.end)])
            assert "".join(p["text"] for p in pieces) == article.text[span.start : span.end]
            for p in pieces:
                assert p["width"] > 0, where
                assert p["height"] > 0, where
                assert p["background"] != _TRANSPARENT, where


def test_the_seed_page_renders(seed_summary: dict[str, Any]) -> None:
    [article] = load_corpus(SEED)
    [rendered] = seed_summary["articles"]
    assert rendered["text"] == article.text
    assert len(rendered["marks"]) >= 3 * len(article.statements)
    for m in rendered["marks"]:
        assert m["width"] > 0, m
        assert m["height"] > 0, m
    assert rendered["actors"] == len(article.actors)
    assert rendered["positions"] == len({st.holder for st in article.stances})
    assert rendered["reactions"] == len(article.reactions)


def test_every_statement_of_the_seed_is_highlighted_at_its_offsets(
    seed_summary: dict[str, Any],
) -> None:
    [article] = load_corpus(SEED)
    assert len(article.statements) >= 20
    assert_statements_highlighted(article, seed_summary["articles"][0])


def test_the_seed_stances_are_labelled_on_their_cues(seed_summary: dict[str, Any]) -> None:
    [article] = load_corpus(SEED)
    rendered = seed_summary["articles"][0]
    assert article.stances
    for st in article.stances:
        pieces = _pieces(rendered, "stance", st.id)
        assert "".join(p["text"] for p in pieces) == st.cue
        assert pieces[-1]["outline"] != "none"
        assert st.polarity.value in pieces[-1]["labelShown"]
        assert st.commitment.value.replace("_", " ") in pieces[-1]["labelShown"]


def test_the_legend_is_there(seed_summary: dict[str, Any]) -> None:
    legend = {item["role"]: item for item in seed_summary["legend"]}
    assert set(legend) == {*ROLES, "polarity"}
    for role, item in legend.items():
        assert item["width"] > 0, role
        assert item["height"] > 0, role
    assert "speaker" in legend["speaker"]["text"]
    assert "support" in legend["polarity"]["text"]


def test_tangled_marks_and_odd_characters_in_the_browser(browser: str, tmp_path: Path) -> None:
    base = tangled()
    # Markup, entities, CR LF and characters outside the BMP stay one character for one.
    text = base.text + "\r\n<b>&amp;</b> “🇫🇷” 𝕏 <script>alert(1)</script>"
    article = Article(
        text,
        title=base.title,
        actors=base.actors,
        statements=base.statements,
        stances=base.stances,
        reactions=base.reactions,
    )
    page = tmp_path / "tangled.html"
    page.write_text(render_html(article), encoding="utf-8")
    [rendered] = rendered_summary(browser, page)["articles"]
    assert_statements_highlighted(article, rendered)
    crossing = _pieces(rendered, "stance", "st3")
    assert len(crossing) == 2
    assert [p["label"] for p in crossing] == [None, "support · endorsement"]


def test_a_corpus_page_renders_each_article(browser: str, tmp_path: Path) -> None:
    [seed] = load_corpus(SEED)
    corpus = Corpus([tangled(), seed])
    page = tmp_path / "corpus.html"
    page.write_text(render_html(corpus), encoding="utf-8")
    summary = rendered_summary(browser, page)
    assert [a["index"] for a in summary["articles"]] == ["0", "1"]
    for article, rendered in zip(corpus, summary["articles"], strict=True):
        assert_statements_highlighted(article, rendered)
