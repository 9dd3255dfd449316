"""The HTML view without a browser: marks at their offsets, nesting, escaping, reprs.

The page is read back with :mod:`viewdom` (``html.parser``); ``test_view_browser.py`` checks
the same in Chromium.
"""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given

from builders import OPPOSE, Say, make_article
from stancekit import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Corpus,
    Polarity,
    Reaction,
    ReactionKind,
    Span,
    Stance,
    Statement,
    Target,
)
from stancekit import json as sk_json
from stancekit.query import Answer
from stancekit.testing import articles, corpora
from stancekit.view import ROLES, article_html, render_html
from viewdom import RenderedText, chars, read_rendered


def sp(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the *nth* occurrence of *needle* in *text*."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


TEXT = (
    'Mayor Ana Lutz said on Monday that "the bridge toll will never return, whatever the'
    " council says,\" and promised a vote. The council's leader, Pia Brandt, hit back, saying"
    ' the toll was "not off the table".'
)


def tangled() -> Article:
    """Marks that nest (a cue inside a content), cross, and share a speaker mention."""
    t = TEXT
    lutz = sp(t, "Mayor Ana Lutz")
    s1 = sp(t, "the bridge toll will never return, whatever the council says,")
    s4 = sp(t, "whatever")
    s3 = sp(t, 'the toll was "not off the table"')
    statements = [
        Statement("s1", "ana-lutz", s1.of(t), "direct", "said", s1, sp(t, "said"), lutz),
        Statement(
            "s2",
            "ana-lutz",
            "a vote",
            "indirect",
            "promised",
            sp(t, "a vote"),
            sp(t, "promised"),
            lutz,
        ),
        Statement(
            "s3",
            "pia-brandt",
            s3.of(t),
            "mixed",
            "saying",
            s3,
            sp(t, "saying"),
            sp(t, "Pia Brandt"),
        ),
        # A statement inside another one's content: its speaker, cue and content nest in s1's.
        Statement(
            "s4", "council", s4.of(t), "indirect", "says", s4, sp(t, "says"), sp(t, "the council")
        ),
    ]
    says_and = Span(sp(t, "says").start, sp(t, "promised").end)  # crosses the end of s1
    stances = [
        Stance(
            "st1",
            "ana-lutz",
            Target("the bridge toll", "bridge-toll", sp(t, "the bridge toll")),
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
            "will never",
            sp(t, "will never"),
            evidence=["s1"],
        ),
        Stance(
            "st2",
            "pia-brandt",
            Target("the toll", "bridge-toll", sp(t, "the toll")),
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "not off the table",
            sp(t, "not off the table"),
            evidence=["s3"],
        ),
        Stance(
            "st3",
            "council",
            Target("vote", "vote"),
            Polarity.SUPPORT,
            Commitment.ENDORSEMENT,
            says_and.of(t),
            says_and,
            evidence=["s4"],
        ),
    ]
    reactions = [
        Reaction(
            "r1",
            "pia-brandt",
            "s1",
            ReactionKind.REJECTS,
            "explicit",
            ["s3"],
            "hit back",
            sp(t, "hit back"),
        ),
    ]
    actors = [
        Actor("ana-lutz", "Ana Lutz", ActorKind.PERSON, title="Mayor", mentions=[lutz]),
        Actor(
            "pia-brandt",
            "Pia Brandt",
            ActorKind.PERSON,
            title="council leader",
            mentions=[sp(t, "The council's leader"), sp(t, "Pia Brandt")],
        ),
        Actor(
            "council",
            "council",
            ActorKind.ORGANIZATION,
            mentions=[sp(t, "the council"), sp(t, "The council")],
        ),
    ]
    return Article(t, title="Toll", actors=actors, statements=statements, stances=stances,
                   reactions=reactions)  # fmt: skip


def rendered(article: Article) -> RenderedText:
    [one] = read_rendered(render_html(article))
    return one


def assert_marks_at_offsets(article: Article, view: RenderedText, prefix: str = "") -> None:
    """Every statement part, stance, target and reaction cue covers exactly its span."""
    expected = article.text.replace("\x00", "\ufffd")
    assert view.text == expected
    for p in view.pieces:
        assert p.attrs["data-start"] == str(p.start), p
        assert p.attrs["data-end"] == str(p.end), p
        assert p.end > p.start
    for s in article.statements:
        # every piece of a content in several pieces is marked, and nothing between them
        pieces = [(p.start, p.end) for p in s.content_spans]
        assert view.covered("content", s.id) == chars(pieces), (s.id, "content")
        for role, span in (("cue", s.cue_span), ("speaker", s.speaker_span)):
            assert view.covered(role, s.id) == chars([(span.start, span.end)]), (s.id, role)
    for st in article.stances:
        assert view.covered("stance", st.id) == chars([(st.cue_span.start, st.cue_span.end)])
        if st.target.span is not None:
            t = st.target.span
            assert view.covered("target", st.id) == chars([(t.start, t.end)])
    for r in article.reactions:
        want = chars([(r.cue_span.start, r.cue_span.end)]) if r.cue_span else set()
        assert view.covered("reaction", r.id) == want
    for a in article.actors:
        marked = chars(
            (p.start, p.end)
            for p in view.pieces
            if p.role in ("mention", "speaker") and p.attrs["data-actor"] == f"{prefix}actor-{a.id}"
        )
        assert chars((m.start, m.end) for m in a.mentions) <= marked, a.id


def test_tangled_marks_each_cover_their_span() -> None:
    article = tangled()
    assert_marks_at_offsets(article, rendered(article))


def test_a_mark_nested_in_another_does_not_split_it() -> None:
    view = rendered(tangled())
    content = [p for p in view.pieces if p.role == "content" and "s1" in p.ids]
    assert len(content) == 1
    inside = {(p.role, p.ids) for p in view.pieces if content[0].start <= p.start < content[0].end}
    assert {("speaker", ("s4",)), ("cue", ("s4",)), ("content", ("s4",))} <= inside


def test_a_crossing_mark_is_split_and_labelled_once() -> None:
    view = rendered(tangled())
    pieces = [p for p in view.pieces if p.role == "stance" and p.ids == ("st3",)]
    assert len(pieces) == 2
    assert pieces[0].end == pieces[1].start
    assert [p.attrs.get("data-label") for p in pieces] == [None, "support · endorsement"]
    assert pieces[0].attrs["id"] == "stance-st3"
    assert "id" not in pieces[1].attrs


def test_a_shared_speaker_mention_is_one_link_for_both_statements() -> None:
    view = rendered(tangled())
    speakers = [p for p in view.pieces if p.role == "speaker" and "s1" in p.ids]
    assert len(speakers) == 1
    assert speakers[0].ids == ("s1", "s2")
    assert 'href="#actor-ana-lutz"' in render_html(tangled())


def test_links_never_nest() -> None:
    page = render_html(tangled())
    depth = 0
    for tag in re.findall(r"<(/?)a[\s>]", page):
        depth += 1 if tag == "" else -1
        assert depth in (0, 1)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('She said: "<script>alert(1)</script>" & left.', "<script>alert(1)</script>"),
        ("He said “fine” &amp; &lt;no&gt; more.", "&amp; &lt;no&gt;"),
        ('Line one\r\nhe said\r\n"yes" it\'s done', '\r\n"yes" it\'s'),
        ("Tab\tand NUL \x00 said it, she said", "\x00 said it"),
        ("Emoji 🇫🇷 said ‘non’ 𝕏", "🇫🇷 said ‘non’ 𝕏"),
    ],
)
def test_text_is_escaped_one_character_for_one(text: str, needle: str) -> None:
    span = sp(text, needle)
    cue = sp(text, "said")
    article = Article(
        text,
        actors=[Actor("jo", 'Jo "<b>" O\'Neil', "person", mentions=[Span(0, 3)])],
        statements=[Statement("s1", "jo", needle, "direct", "said", span, cue, Span(0, 3))],
    )
    page = render_html(article)
    assert "<script>alert" not in page
    assert "<b>" not in page
    assert_marks_at_offsets(article, rendered(article))


def test_page_is_self_contained() -> None:
    page = render_html(tangled())
    assert "http" not in page
    assert "url(" not in page
    assert "@import" not in page
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(?:src|href)\s*=\s*\"(?!#)", page)


def _ids_and_links(page: str) -> tuple[list[str], set[str]]:
    return re.findall(r'\sid="([^"]+)"', page), set(re.findall(r'href="#([^"]+)"', page))


def test_every_link_points_at_an_id_and_ids_are_unique() -> None:
    article = tangled()
    other = make_article(Say("Ola Berg", target="tax cut", polarity=OPPOSE), title="Tax")
    for page in (render_html(article), render_html(Corpus([article, other, article]))):
        ids, links = _ids_and_links(page)
        assert len(ids) == len(set(ids))
        assert links <= set(ids)


def test_legend_names_every_role() -> None:
    page = render_html(tangled())
    for role in [*ROLES, "polarity"]:
        assert f'data-legend="{role}"' in page


def test_positions_table_is_actors_by_proposals() -> None:
    html = article_html(tangled())
    table = html[html.index('class="sk-table sk-positions"') :]
    table = table[: table.index("</table>")]
    assert re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)[1:] == ["bridge-toll", "vote"]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", table)
    assert len(rows) == 3  # Lutz, Brandt, the council
    assert "oppose · categorical" in rows[0]
    assert "undecided · open" in rows[1]


def test_reactions_table_names_who_whom_kind_and_evidence() -> None:
    html = article_html(tangled())
    table = html[html.index('class="sk-table sk-reactions"') :]
    row = re.findall(r"<tbody><tr>(.*?)</tr>", table)[0]
    cells = re.findall(r"<td>(.*?)</td>", row)
    assert ">Pia Brandt<" in cells[0]
    assert "rejects" in cells[1]
    assert ">Ana Lutz<" in cells[2]
    assert 'href="#stmt-s1"' in cells[2]
    assert cells[3] == "explicit"
    assert "hit back" in cells[4]
    assert 'href="#stmt-s3"' in cells[5]


def test_an_empty_article_renders() -> None:
    view = rendered(Article("Nothing was said here."))
    assert view.text == "Nothing was said here."
    assert view.pieces == []
    assert "No positions found." in render_html(Article("x"))


def test_corpus_page_has_an_index_and_one_section_per_article() -> None:
    a = make_article(
        Say("Ola Berg", target="tax cut"), title="First", date=datetime.date(2024, 1, 2)
    )
    b = tangled()
    page = render_html(Corpus([a, b]))
    assert page.count('<article class="sk-article"') == 2
    assert 'href="#a0-article"' in page
    assert 'href="#a1-article"' in page
    views = read_rendered(page)
    assert [v.text for v in views] == [a.text, b.text]
    assert_marks_at_offsets(b, views[1], prefix="a1-")


@given(articles())
def test_any_article_renders_every_mark_at_its_offsets(article: Article) -> None:
    assert_marks_at_offsets(article, rendered(article))


@given(corpora(max_articles=3))
def test_any_corpus_renders_one_text_per_article(corpus: Corpus) -> None:
    page = render_html(corpus)
    views = read_rendered(page)
    assert [v.text for v in views] == [a.text.replace("\x00", "\ufffd") for a in corpus]
    ids, links = _ids_and_links(page)
    assert len(ids) == len(set(ids))
    assert links <= set(ids)


# -- reprs for notebooks -------------------------------------------------------------------


def test_article_repr_is_one_short_line() -> None:
    article = Article("word " * 5000, title="A very long headline about a bridge toll and a vote")
    text = repr(article)
    assert text == (
        "<Article 'A very long headline about a bridge tol…' 25,000 chars, 0 statements,"
        " 0 actors, 0 stances, 0 reactions>"
    )
    assert str(article) == text
    assert repr(tangled()) == (
        "<Article 'Toll' 204 chars, 4 statements, 3 actors, 3 stances, 1 reaction>"
    )
    assert repr(Article("x", source="a.txt")).startswith("<Article 'a.txt' 1 char,")


def test_repr_leaves_equality_hash_and_json_alone() -> None:
    article = tangled()
    again = sk_json.loads(sk_json.dumps(article), Article)
    assert again == article
    assert hash(again) == hash(article)
    assert again != Article(article.text)
    corpus = Corpus([article])
    assert Corpus([again]) == corpus


def test_answer_and_corpus_reprs() -> None:
    article = tangled()
    [answer] = article.who_ruled_out("bridge toll")
    assert repr(answer) == "<Answer 'Ana Lutz (Mayor)': 1 statement, 1 stance>"
    [reacted] = article.ask("who reacted to Ana Lutz")
    assert repr(reacted) == "<Answer 'Pia Brandt (council leader)': 1 statement, 1 reaction>"
    dated = make_article(Say("Ola Berg"), date=datetime.date(2024, 3, 1))
    earlier = make_article(Say("Ola Berg"), date=datetime.date(2024, 1, 5))
    assert repr(Corpus([dated, article, earlier])) == (
        "<Corpus 3 articles, 4 actors, 2024-01-05 to 2024-03-01>"
    )
    assert repr(Corpus()) == "<Corpus 0 articles, 0 actors>"


def test_notebook_views() -> None:
    article = tangled()
    fragment = article._repr_html_()
    assert "<script" not in fragment
    assert "<html" not in fragment
    assert [v.text for v in read_rendered(fragment)] == [article.text]
    assert "<style>" in fragment
    assert 'data-legend="content"' in fragment
    assert article.to_html() == render_html(article)
    [answer] = article.who_ruled_out("bridge toll")
    html = answer._repr_html_()
    assert "Ana Lutz" in html
    assert "the bridge toll will never return" in html
    assert "oppose · categorical" in html
    corpus = Corpus([article, article])
    index = corpus._repr_html_()
    assert index.count("<tr><td>") == 2
    assert "data-sk-text" not in index
    assert corpus.to_html() == render_html(corpus)
    empty = Answer(article.actors[0])
    assert "<ul></ul>" in empty._repr_html_()
