"""The HTML view: pages, fragments and the notebook hooks are strings."""

from __future__ import annotations

from typing import assert_type

from stancekit import Article, Corpus
from stancekit.query import Answer
from stancekit.view import ROLES, answer_html, article_html, corpus_index_html, render_html


def pages(article: Article, corpus: Corpus) -> None:
    assert_type(render_html(article), str)
    assert_type(render_html(corpus, title="Steel"), str)
    assert_type(article.to_html(), str)
    assert_type(corpus.to_html(), str)
    assert_type(article_html(article, prefix="a0-", index=0, legend=True), str)
    assert_type(corpus_index_html(corpus, link=False), str)
    assert_type(ROLES, dict[str, str])


def notebooks(article: Article, corpus: Corpus, answer: Answer) -> None:
    assert_type(repr(article), str)
    assert_type(article._repr_html_(), str)
    assert_type(corpus._repr_html_(), str)
    assert_type(answer._repr_html_(), str)
    assert_type(answer_html(answer), str)
