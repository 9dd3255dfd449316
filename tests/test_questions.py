"""The question registry: one table of forms behind ask(), Corpus.ask() and the error message."""

from __future__ import annotations

import re

import attrs
import pytest

from builders import Say, make_article
from stancekit import Article, Commitment, Corpus, Lexicon, QueryError, Stance, parse
from stancekit import json as sk_json
from stancekit.query import (
    QUESTION_FORMS,
    QUESTIONS,
    Answer,
    QuestionForm,
    ask,
    match_question,
    question_forms,
    stances_on,
)


@pytest.fixture
def levy() -> Article:
    return make_article(
        Say("Mara Quist", "we will never raise the levy", "levy"),
        Say("Mara Quist", "the weather was fine"),
        Say("Tomas Holt", "the levy is a mistake"),
    )


@pytest.mark.parametrize(
    ("question", "form", "subject", "topic"),
    [
        ("Who ruled out the levy?", "who ruled out X", "the levy", None),
        ("who declined to rule out a levy", "who refused to rule out X", "a levy", None),
        ("Who is against the levy.", "who opposes X", "the levy", None),
        ("who backs the levy!", "who supports X", "the levy", None),
        ("who reacted to Quist", "who reacted to X", "quist", None),
        ("how did Holt react to it", "how did X react", "holt", None),
        ("what did Quist say", "what did X say (about Y)", "quist", None),
        ("What did Quist say about the levy?", "what did X say (about Y)", "quist", "the levy"),
    ],
)
def test_match_question(question: str, form: str, subject: str, topic: str | None) -> None:
    found, x, about = match_question(question)
    assert (found.form, x, about) == (form, subject, topic)


@pytest.mark.parametrize("question", ["why did Quist say it", "who is the levy", ""])
def test_unknown_forms_list_every_form(question: str) -> None:
    with pytest.raises(QueryError) as info:
        match_question(question)
    for form in QUESTION_FORMS:
        assert f'"{form}"' in str(info.value)


def test_forms_come_from_the_registry() -> None:
    assert tuple(q.form for q in QUESTIONS) == QUESTION_FORMS


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("who has opposed the levy", "who opposes X"),  # an auxiliary from the data
        ("who is opposed to the levy", "who opposes X"),  # the longest phrase first
        ("who wouldn't rule out a levy", "who refused to rule out X"),
        ("who is in favour of the levy", "who supports X"),
        ("who replied to Quist", "who reacted to X"),
        ("what has Quist told", "what did X say (about Y)"),
    ],
)
def test_question_words_are_the_lexicons(question: str, form: str) -> None:
    assert match_question(question)[0].form == form


def test_question_words_come_from_the_lexicon_data() -> None:
    words = Lexicon.default().words
    assert "in favour of" in words.question_support
    assert match_question("who is opposed to the levy")[1] == "the levy"
    more = Lexicon.default().extend(words={"question_support": ["champions"]}).words
    forms = question_forms(more)
    assert tuple(q.form for q in forms) == QUESTION_FORMS
    found, subject, _ = match_question("who champions the levy", forms)
    assert (found.form, subject) == ("who supports X", "the levy")
    with pytest.raises(QueryError):  # the shipped forms do not know the new word
        match_question("who champions the levy")
    less = attrs.evolve(words, question_oppose=frozenset({"rejects"}))
    with pytest.raises(QueryError):
        match_question("who opposes the levy", question_forms(less))
    assert len(set(QUESTION_FORMS)) == len(QUESTION_FORMS)


def test_said_about_is_the_same_on_an_article_and_a_corpus(levy: Article) -> None:
    # Corpus.ask used to drop the "about Y" part: 2 statements instead of 1.
    (on_article,) = levy.ask("what did Quist say about the levy")
    (on_corpus,) = Corpus([levy]).ask("what did Quist say about the levy")
    assert [s.content for s in on_article.evidence] == ["we will never raise the levy"]
    assert on_corpus.answer.evidence == on_article.evidence
    (everything,) = Corpus([levy]).ask("what did Quist say")
    assert len(everything.answer.evidence) == 2


def test_every_form_agrees_on_article_and_corpus(levy: Article) -> None:
    corpus = Corpus([levy])
    for question in [
        "who ruled out the levy",
        "who supports the levy",
        "what did Holt say about the weather",
        "what did Holt say about the levy",
    ]:
        local = [(a.actor.id, a.evidence) for a in levy.ask(question) if a.evidence]
        merged = [(c.answer.actor.id, c.answer.evidence) for c in corpus.ask(question)]
        assert merged == local, question


# -- worked example of docs/architecture.md: a new question form ---------------------------


def _wary(article: Article, target: str, topic: str | None) -> list[Answer]:
    found: dict[str, list[Stance]] = {}
    for s in stances_on(article, target):
        if s.commitment is Commitment.CAUTION:
            found.setdefault(s.holder, []).append(s)
    return [
        Answer(article.actor(h), tuple(article.statement(e) for s in ss for e in s.evidence))
        for h, ss in found.items()
    ]


WARY = QuestionForm(
    "who is wary of X", re.compile(r"who (?:is|was|are|were) wary of (?P<x>.+)"), "target", _wary
)


def test_a_new_question_form() -> None:
    text = 'Minister Pia Moss said: "We must be very cautious about the levy."'
    article = parse(text)
    with pytest.raises(QueryError):
        article.ask("who is wary of the levy")
    questions = (*QUESTIONS, WARY)
    (answer,) = article.ask("who is wary of the levy", questions=questions)
    assert answer.actor.name == "Pia Moss"
    (merged,) = Corpus([article]).ask("Who was wary of the levy?", questions=questions)
    assert merged.answer.actor.name == "Pia Moss"
    assert ask(article, "who is wary of the pension", questions=questions) == []
    with pytest.raises(QueryError) as info:
        ask(article, "who hates the levy", questions=questions)
    assert '"who is wary of X"' in str(info.value)


# -- the lexicon travels with the article --------------------------------------------------

_TEXT = 'Premier Joan Ruiz said: "There will be no surcharge."'
_CUSTOM = Lexicon.default().extend(synonyms={"surcharge": "tax", "impost": "tax"})


def test_queries_use_the_lexicon_the_article_was_parsed_with() -> None:
    custom = parse(_TEXT, lexicon=_CUSTOM)
    assert custom.lexicon is _CUSTOM
    assert [a.actor.name for a in custom.who_ruled_out("the impost")] == ["Joan Ruiz"]
    assert [a.actor.name for a in custom.ask("who ruled out the impost")] == ["Joan Ruiz"]
    plain = parse(_TEXT)
    assert plain.lexicon is None  # the default lexicon is not stored
    assert plain.who_ruled_out("the impost") == []


def test_the_lexicon_is_neither_serialised_nor_compared() -> None:
    custom = parse(_TEXT, lexicon=_CUSTOM)
    data = sk_json.dumps(custom)
    assert "lexicon" not in data
    again = sk_json.loads(data)
    assert again == custom  # the round trip is identity
    assert again.lexicon is None
    assert again.who_ruled_out("the impost") == []
    # give it back, and the words are back
    remembered = attrs.evolve(again, lexicon=_CUSTOM)
    assert [a.actor.name for a in remembered.who_ruled_out("the impost")] == ["Joan Ruiz"]
    assert "lexicon" not in repr(custom)
