"""Web pages: article text, headline, date, author and site through trafilatura (``html`` extra).

The pages are written by the tests themselves, in the ordinary markup of a news site (menus,
an <article> with a headline, a byline and a <time>, paragraphs, a footer).
"""

from __future__ import annotations

import datetime
import html
import io
import json
import sys
from pathlib import Path

import pytest

import stancekit
from stancekit import InputError, MissingExtraError
from stancekit.cli import main
from stancekit.io import read_html
from stancekit.io.html import looks_like_html

pytest.importorskip("trafilatura", reason="the html extra (trafilatura) is not installed")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"
DAY = datetime.date(2024, 2, 27)


def news_page(
    text: str,
    *,
    date: datetime.date | None = DAY,
    site: str = "The Daily Courier",
    author: str | None = "Jane Reporter",
) -> str:
    """*text* (headline on its first line, blank-line separated paragraphs) as a news page."""
    headline, _, body = text.partition("\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    e = html.escape
    meta = [f'<meta property="og:site_name" content="{e(site)}">']
    meta.append(f'<meta property="og:title" content="{e(headline)}">')
    if author:
        meta.append(f'<meta name="author" content="{e(author)}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T08:15:00Z">')
    byline = f'<p class="byline">By {e(author)}</p>' if author else ""
    when = f'<time datetime="{date}">{date:%d %B %Y}</time>' if date else ""
    paras = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(headline)} | {e(site)}</title>
{"".join(meta)}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>{e(headline)}</h1>
{byline}{when}
{paras}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes schools</a></li>
<li><a href="/b">Local team wins cup</a></li></ul></aside></main>
<footer><p>© 2024 {e(site)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def seed_page() -> str:
    return news_page(SEED.read_text(encoding="utf-8"))


def _said(article: stancekit.Article) -> list[tuple[str, str]]:
    return [(s.content, article.actor(s.speaker).name) for s in article.statements]


def test_page_gives_the_seed_statements_title_and_date(
    seed_page: str, seed: stancekit.Article
) -> None:
    article = stancekit.parse_html(seed_page)
    assert (
        article.title
        == "European, U.S. allies taken aback by Macron's comments on troops in Ukraine"
    )
    assert article.date == DAY
    assert article.source == "The Daily Courier"
    assert _said(article) == _said(seed)
    # Offsets point into the extracted text the article holds, not into the HTML.
    for s in article.statements:
        assert article.text[s.span.start : s.span.end] == s.content
    assert "<p>" not in article.text
    for furniture in ("Subscribe", "Most read", "All rights reserved", "Privacy"):
        assert furniture not in article.text


def test_read_html_metadata(seed_page: str) -> None:
    page = read_html(seed_page, url="https://news.example/world/troops")
    assert (page.author, page.site, page.date) == ("Jane Reporter", "The Daily Courier", DAY)
    assert page.url == "https://news.example/world/troops"
    doc = page.document(source="wire", date=datetime.date(2024, 3, 1))
    assert (doc.source, doc.date, doc.title) == ("wire", datetime.date(2024, 3, 1), page.title)


def test_page_without_date_or_author() -> None:
    text = (
        "Council delays the bridge vote\n\n"
        'Mayor Ruth Okafor said the council would "not rush" a decision on the new bridge.'
        "\n\nThe vote is now expected next month, officials said."
    )
    page = read_html(news_page(text, date=None, author=None))
    assert page.date is None
    assert page.author is None
    article = stancekit.parse_html(news_page(text, date=None, author=None))
    assert [article.actor(s.speaker).name for s in article.statements][:1] == ["Ruth Okafor"]


def test_overrides_win_over_the_page(seed_page: str) -> None:
    other = datetime.date(2024, 2, 28)
    article = stancekit.parse_html(seed_page, title="Allies", date=other, source="Wire")
    assert (article.title, article.date, article.source) == ("Allies", other, "Wire")


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body><script>f()</script></body>",
        "<html><body></body></html>",
    ],
)
def test_page_without_article_text_is_an_input_error(page: str) -> None:
    with pytest.raises(InputError, match="no article text") as info:
        stancekit.parse_html(page)
    assert info.value.reason == "empty"


def test_not_a_page_is_a_type_error() -> None:
    with pytest.raises(InputError, match="str or bytes"):
        stancekit.parse_html(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("\ufeff  <!doctype HTML>\n<html>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<!-- saved page -->\n<html lang='en'>", True),
        ("<html>", True),
        # Prose and JSON are not pages, even when they mention tags.
        ("The minister said <html> tags were fine.", False),
        ('{"text": "<html>"}', False),
        ("<htmlish> is not a tag we know", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text.removeprefix("\ufeff")) is expected


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, seed_page: str) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'stancekit\[html\]'") as info:
        stancekit.parse_html(seed_page)
    assert info.value.extra == "html"


# -- the command line ---------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_cli_parse_page(tmp_path: Path, seed_page: str, seed: stancekit.Article) -> None:
    page = tmp_path / "troops.html"
    page.write_text(seed_page, encoding="utf-8")
    code, out = _run("parse", str(page), "--format", "json")
    assert code == 0
    article = stancekit.json.loads(out, stancekit.Article)
    assert (article.date, article.source) == (DAY, "The Daily Courier")
    assert article.title is not None
    assert article.title.startswith("European, U.S. allies taken aback")
    assert _said(article) == _said(seed)
    code, text = _run("parse", str(page))
    assert text.splitlines()[0].endswith("(The Daily Courier, 2024-02-27)")


def test_cli_page_recognised_by_content(tmp_path: Path, seed_page: str) -> None:
    saved = tmp_path / "troops"  # a page saved without an extension
    saved.write_text(seed_page, encoding="utf-8")
    code, out = _run("parse", str(saved), "--format", "json", "--source", "Courier")
    assert code == 0
    assert json.loads(out)["source"] == "Courier"
    assert json.loads(out)["date"] == "2024-02-27"


def test_cli_ask_page(tmp_path: Path, seed_page: str) -> None:
    page = tmp_path / "troops.htm"
    page.write_text(seed_page, encoding="utf-8")
    code, out = _run("ask", str(page), "who ruled out ground troops")
    assert code == 0
    assert "Robert Fico" in out
    assert "<p>" not in out


def test_cli_directory_of_pages(tmp_path: Path, seed_page: str) -> None:
    (tmp_path / "one.html").write_text(seed_page, encoding="utf-8")
    (tmp_path / "two.txt").write_text('"No," the minister said.', encoding="utf-8")
    code, out = _run("parse", str(tmp_path))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    # A page's source is its site (as for one page); a text file's, its path.
    assert [line["source"] for line in lines] == ["The Daily Courier", str(tmp_path / "two.txt")]
    assert lines[0]["date"] == "2024-02-27"


def test_cli_missing_extra_is_one_line(
    tmp_path: Path,
    seed_page: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = tmp_path / "troops.html"
    page.write_text(seed_page, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    code, out = _run("parse", str(page))
    err = capsys.readouterr().err
    assert (code, out) == (1, "")
    assert "stancekit[html]" in err
    assert err.count("\n") == 1


def test_cli_network_on_a_page_saved_without_extension(tmp_path: Path, seed_page: str) -> None:
    saved = tmp_path / "troops"
    saved.write_text(seed_page, encoding="utf-8")
    code, out = _run("network", str(saved), "--since", "2024-02-01")
    assert code == 0
    assert "Olaf Scholz" in json.loads(out)["rows"]
