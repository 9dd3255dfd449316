"""A codebook of proposals (``stancekit.topics``): files, parse(topics=), queries, Corpus and
the command line's --topics and --lexicon. Invented sentences only."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import stancekit
from stancekit import Codebook, Corpus, InputError, Topic, ValidationError
from stancekit.cli import main
from stancekit.query import stances_on, target_matches, who_ruled_out, who_supports, with_topics

CODEBOOK = Codebook([Topic("congestion charge", ["road pricing", "the toll"])])
PRICING = 'Councillor Tom Vale said: "We support road pricing."'
RULED = 'Mayor Ana Ruiz said: "We will never introduce road pricing."'


def _targets(text: str, topics: Codebook | None = None) -> list[tuple[str, str, str]]:
    a = stancekit.parse(text, topics=topics)
    return [(a.actor(s.holder).name, s.target.key, s.target.label) for s in a.stances]


def test_parsing_with_a_codebook_gives_its_labels_and_keys() -> None:
    assert _targets(PRICING, CODEBOOK) == [("Tom Vale", "charge-congestion", "congestion charge")]
    # without it, road pricing is its own proposal
    assert _targets(PRICING) == [("Tom Vale", "pricing-road", "road pricing")]
    # a target the codebook does not name keeps its own
    assert _targets('Senator Eva Lind said: "We back a wealth tax."', CODEBOOK) == [
        ("Eva Lind", "tax-wealth", "wealth tax")
    ]


def test_queries_take_a_codebook() -> None:
    b = stancekit.parse(PRICING)
    assert who_supports(b, "congestion charge") == []
    found = who_supports(b, "congestion charge", topics=CODEBOOK)
    assert [x.actor.name for x in found] == ["Tom Vale"]
    assert stances_on(b, "wealth tax", topics=CODEBOOK) == []
    (s,) = b.stances
    assert target_matches("congestion charge", s, topics=CODEBOOK)
    assert not target_matches("congestion charge", s)
    assert [
        x.actor.name for x in stancekit.ask(b, "who backs the congestion charge", topics=CODEBOOK)
    ] == ["Tom Vale"]
    mapped = with_topics(b, CODEBOOK)
    assert mapped.stances[0].target.label == "congestion charge"
    assert with_topics(stancekit.parse("Nothing was said."), CODEBOOK).stances == ()


def test_a_parsed_article_knows_the_codebook_label() -> None:
    a = stancekit.parse(RULED, topics=CODEBOOK)
    assert [x.actor.name for x in who_ruled_out(a, "congestion charge")] == ["Ana Ruiz"]


def test_corpus_questions_take_a_codebook() -> None:
    corpus = Corpus([stancekit.parse(RULED), stancekit.parse(PRICING)])
    assert corpus.who_ruled_out("congestion charge") == []
    names = [x.actor.name for x in corpus.who_ruled_out("congestion charge", topics=CODEBOOK)]
    assert names == ["Ana Ruiz"]
    asked = corpus.ask("who supports the congestion charge", topics=CODEBOOK)
    assert [x.actor.name for x in asked] == ["Tom Vale"]
    assert len(corpus.stances_on("congestion charge", topics=CODEBOOK)) == 2


def test_codebook_files(tmp_path: Path) -> None:
    toml = tmp_path / "topics.toml"
    toml.write_text('[[topic]]\nlabel = "wealth tax"\nphrases = ["levy on the rich"]\n')
    js = tmp_path / "topics.json"
    js.write_text(json.dumps({"topic": [{"label": "wealth tax", "phrases": ["levy on the rich"]}]}))
    assert Codebook.load(toml) == Codebook.load(js)
    assert Codebook.load(toml).topics[0].key() == "tax-wealth"


@pytest.mark.parametrize(
    "content",
    [
        "topic = 3\n",
        '[[topic]]\nphrases = ["x"]\n',
        '[[topic]]\nlabel = "x"\nphrases = "y"\n',
        '[[topic]]\nlabel = "x"\nwords = ["y"]\n',
        '[[topic]]\nlabel = "x"\n[[topic]]\nlabel = "X"\n',
        "[[topic\n",
    ],
)
def test_bad_codebooks_are_input_errors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(InputError) as info:
        Codebook.load(path)
    assert info.value.reason == "codebook"


def test_bad_topics_are_validation_errors() -> None:
    with pytest.raises(ValidationError):
        Topic(" padded ")
    with pytest.raises(ValidationError):
        Topic("x", [""])
    with pytest.raises(ValidationError):
        stancekit.parse(PRICING, topics={"topic": []})  # type: ignore[arg-type]


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_command_line_topics_and_lexicon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PRICING + "\n")
    topics = tmp_path / "topics.toml"
    topics.write_text('[[topic]]\nlabel = "congestion charge"\nphrases = ["road pricing"]\n')
    code, out = _cli(
        "ask", str(article), "who supports the congestion charge", "--topics", str(topics)
    )
    assert code == 0
    assert "Tom Vale" in out
    code, out = _cli("ask", str(article), "who supports the congestion charge")
    assert code == 0
    assert "Tom Vale" not in out
    code, out = _cli("parse", str(article), "--format", "json", "--topics", str(topics))
    assert code == 0
    (stance,) = json.loads(out)["stances"]
    assert stance["target"]["label"] == "congestion charge"
    corpus = tmp_path / "c.jsonl"
    assert _cli("parse", str(article), "--jsonl", "-o", str(corpus), "--quiet")[0] == 0
    code, out = _cli("network", str(corpus), "--topics", str(topics))
    assert code == 0
    assert json.loads(out)["columns"] == ["charge-congestion"]
    # a lexicon file adds words: here a synonym that joins road pricing to the charge
    lexicon = tmp_path / "targets.toml"
    lexicon.write_text('synonyms = [["charge", "road pricing"]]\n')
    code, out = _cli("ask", str(article), "who supports the charge", "--lexicon", str(lexicon))
    assert code == 0
    assert "Tom Vale" in out
    # a bad file is one line on stderr and status 1
    bad = tmp_path / "bad.toml"
    bad.write_text("[[topic\n")
    capsys.readouterr()
    assert _cli("ask", str(article), "who supports it", "--topics", str(bad))[0] == 1
    assert "error: cannot decode codebook" in capsys.readouterr().err
