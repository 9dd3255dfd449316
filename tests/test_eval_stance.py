"""stancekit.eval: stance gold (the stance-dev layout and gold JSON stances) and its scorer.

The passages and positions are invented for the tests; the last test compares with the
reference scorer ``stance_score.py`` on the real stance-dev passages when they are present.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from stancekit import (
    Actor,
    Article,
    Commitment,
    Polarity,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
    cli,
)
from stancekit.errors import EvaluationError, GoldFormatError
from stancekit.eval import (
    QUESTIONS,
    GoldDocument,
    GoldStance,
    StanceGold,
    StanceStatement,
    detect_format,
    evaluate_stances,
    key_matches,
    load_gold,
    load_stance_gold,
    normalize,
    score_stances,
    stance_gold_from_documents,
    write_gold_json,
)

PASSAGE = (
    "Mayor Lena Holt ruled out a toll road. “There will be no toll road,” she said. "
    "Council leader Omar Field refused to rule out a toll road. "
    "Ada Quist of the Harbour Chamber backs a toll road. "
    "Union boss Rita Vale said a toll road would be madness."
)


def at(phrase: str, text: str = PASSAGE) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


ACTORS = {
    "holt": Actor("holt", "Lena Holt", "person", title="Mayor"),
    "field": Actor("field", "Omar Field", "person", title="Council leader"),
    "quist": Actor("quist", "Ada Quist", "person", affiliation="Harbour Chamber"),
    "vale": Actor("vale", "Rita Vale", "person", title="Union boss"),
}
TOLL = Target("toll road", "road-toll")


def stance(i: int, holder: str, cue: str, polarity: Polarity, commitment: Commitment) -> Stance:
    return Stance(f"p{i}", holder, TOLL, polarity, commitment, cue, at(cue))


def statement(
    i: int, speaker: str, content: str, kind: StatementKind, speaker_words: str
) -> Statement:
    return Statement(
        f"s{i}", speaker, content, kind, "said", at(content), at("said"), at(speaker_words)
    )


STATEMENTS = [
    statement(0, "holt", "“There will be no toll road,”", StatementKind.DIRECT, "she"),
    statement(1, "vale", "a toll road would be madness", StatementKind.INDIRECT, "Rita Vale"),
]
RIGHT = [
    stance(0, "holt", "ruled out", Polarity.OPPOSE, Commitment.CATEGORICAL),
    stance(1, "field", "refused to rule out", Polarity.UNDECIDED, Commitment.OPEN),
    stance(2, "quist", "backs", Polarity.SUPPORT, Commitment.ENDORSEMENT),
    stance(3, "vale", "madness", Polarity.OPPOSE, Commitment.OBJECTION),
]


def article(stances: list[Stance] = RIGHT, statements: list[Statement] = STATEMENTS) -> Article:
    return Article(PASSAGE, actors=list(ACTORS.values()), statements=statements, stances=stances)


def gold(**lists: Any) -> StanceGold:
    base: dict[str, Any] = {
        "ruled_out": ["holt"],
        "refused_to_rule_out": ["field"],
        "supports": ["quist"],
        "opposes": ["holt", "vale"],
        "not_ruled_out": ["field", "quist"],
        "statements": [
            StanceStatement("holt", "There will be no toll road", "direct"),
            StanceStatement("vale", "would be madness", "indirect"),
        ],
    }
    base.update(lists)
    return StanceGold("toll", PASSAGE, "toll road", **base)


def f1s(score: Any) -> dict[str, tuple[int, int, int]]:
    return {q: (c.gold, c.tp, c.fp) for q, c in score.questions.items()}


# -- keys ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "actor", "matches"),
    [
        ("holt", "holt", True),  # the id
        ("lena holt", "holt", True),  # the name
        ("mayor", "holt", True),  # the title
        ("harbour chamber", "quist", True),  # the affiliation
        ("nobody|chamber", "quist", True),  # one alternative is enough
        ("nobody|nothing", "quist", False),
        ("holt", "field", False),
        ("HOLT", "holt", True),  # keys are normalised like the actors' words
    ],
)
def test_key_matching(key: str, actor: str, matches: bool) -> None:
    from stancekit.eval import actor_words

    assert key_matches(key, actor_words(ACTORS[actor])) is matches


def test_normalize_folds_accents_quotes_dashes_and_space() -> None:
    assert normalize("  Söder’s “cap” —\n now ") == 'soder\'s "cap" - now'


# -- the four questions -------------------------------------------------------------------------


def test_every_question_right() -> None:
    score = score_stances(gold(), article())
    assert f1s(score) == {
        "ruled_out": (1, 1, 0),
        "refused_to_rule_out": (1, 1, 0),
        "supports": (1, 1, 0),
        "opposes": (2, 2, 0),
    }
    assert score.forbidden == 0
    assert score.mistakes == ()


@pytest.mark.parametrize(
    ("stances", "question", "expected"),
    [
        # nobody ruled it out: Holt missed
        ([s for s in RIGHT if s.holder != "holt"], "ruled_out", (1, 0, 0)),
        # Vale's caution is no ruling out: not an answer to "who ruled out"
        (RIGHT, "ruled_out", (1, 1, 0)),
        # Field's stance turned into a rejection: wrong answer to "who refused"
        (
            [
                *RIGHT[:1],
                stance(1, "field", "refused to rule out", Polarity.OPPOSE, Commitment.CATEGORICAL),
                *RIGHT[2:],
            ],
            "refused_to_rule_out",
            (1, 0, 0),
        ),
        # Quist said to oppose: a wrong answer to "who opposes", Quist missed from "supports"
        (
            [
                *RIGHT[:2],
                stance(2, "quist", "backs", Polarity.OPPOSE, Commitment.CATEGORICAL),
                RIGHT[3],
            ],
            "opposes",
            (2, 2, 1),
        ),
        (
            [
                *RIGHT[:2],
                stance(2, "quist", "backs", Polarity.OPPOSE, Commitment.CATEGORICAL),
                RIGHT[3],
            ],
            "supports",
            (1, 0, 0),
        ),
    ],
)
def test_questions_count_misses_and_wrong_answers(
    stances: list[Stance], question: str, expected: tuple[int, int, int]
) -> None:
    assert f1s(score_stances(gold(), article(stances)))[question] == expected


def test_forbidden_answer_to_who_ruled_out() -> None:
    wrong = [
        *RIGHT[:1],
        stance(1, "field", "refused to rule out", Polarity.OPPOSE, Commitment.CATEGORICAL),
        *RIGHT[2:],
    ]
    score = score_stances(gold(), article(wrong))
    assert score.forbidden == 1
    assert f1s(score)["ruled_out"] == (1, 1, 1)
    kinds = [(m.kind, m.question, m.actor, m.key) for m in score.mistakes]
    assert ("wrong_answer", "who ruled out toll road", "Omar Field", None) in kinds
    assert ("forbidden", "who ruled out toll road", "Omar Field", "field") in kinds
    (answer,) = [
        m
        for m in score.mistakes
        if m.kind == "wrong_answer" and m.question == "who ruled out toll road"
    ]
    assert [(w, s.of(PASSAGE)) for w, _, s in answer.evidence] == [
        ("stance", "refused to rule out")
    ]


def test_forbidden_counts_even_when_the_answer_is_allowed() -> None:
    # the annotator allows Field as arguable, and still forbids him: forbidden but no fp
    wrong = [
        *RIGHT[:1],
        stance(1, "field", "refused to rule out", Polarity.OPPOSE, Commitment.CATEGORICAL),
        *RIGHT[2:],
    ]
    score = score_stances(gold(ruled_out_optional=["field"]), article(wrong))
    assert (score.forbidden, f1s(score)["ruled_out"]) == (1, (1, 1, 0))


@pytest.mark.parametrize(
    ("lists", "question", "expected"),
    [
        # ruled_out_optional: Holt may answer "who ruled out" without being in the list
        ({"ruled_out": [], "ruled_out_optional": ["holt"]}, "ruled_out", (0, 0, 0)),
        ({"ruled_out": []}, "ruled_out", (0, 0, 1)),
        # stance_optional: not wrong for refused, supports, opposes
        ({"supports": [], "stance_optional": ["quist"]}, "supports", (0, 0, 0)),
        ({"supports": []}, "supports", (0, 0, 1)),
        (
            {"refused_to_rule_out": [], "stance_optional": ["field"]},
            "refused_to_rule_out",
            (0, 0, 0),
        ),
        # "who opposes" also allows those who ruled it out (here Holt)
        ({"opposes": ["vale"]}, "opposes", (1, 1, 0)),
        ({"opposes": ["vale"], "ruled_out": []}, "opposes", (1, 1, 1)),
        (
            {"opposes": ["vale"], "ruled_out": [], "ruled_out_optional": ["holt"]},
            "opposes",
            (1, 1, 0),
        ),
        # | alternatives: one of them matching is enough, for tp and for allowed
        ({"supports": ["nobody|harbour chamber"]}, "supports", (1, 1, 0)),
        ({"supports": ["nobody|nothing"]}, "supports", (1, 0, 1)),
    ],
)
def test_optional_lists_and_alternatives(
    lists: dict[str, list[str]], question: str, expected: tuple[int, int, int]
) -> None:
    assert f1s(score_stances(gold(**lists), article()))[question] == expected


def test_a_missing_list_is_not_scored() -> None:
    score = score_stances(gold(supports=None, opposes=None), article())
    assert set(score.questions) == {"ruled_out", "refused_to_rule_out"}
    report = evaluate_stances([gold(supports=None)], lambda t: article())
    assert report.question("supports") is None
    assert report.summary()["supports"] is None


def test_scores_follow_the_reference_rules() -> None:
    # no gold and no answers: P = R = 1; gold but no answers: P = R = 0
    empty = evaluate_stances([gold(supports=[], stance_optional=["quist"])], lambda t: article())
    c = empty.question("supports")
    assert c is not None
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    none = evaluate_stances([gold()], lambda t: article(stances=[]))
    c = none.question("ruled_out")
    assert c is not None
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


# -- statements ---------------------------------------------------------------------------------


def test_statements_found_attributed_kind_and_precision() -> None:
    statements = [
        StanceStatement("holt", "THERE WILL BE NO toll road", "direct"),  # found: case folded
        StanceStatement("field", "would be madness", "indirect"),  # found, wrong speaker
        StanceStatement("nobody|vale", "a toll road would", "mixed"),  # attributed, wrong kind
        StanceStatement("quist", "backs a toll road", "indirect"),  # missed
        StanceStatement("holt", "ruled out a toll road", "indirect", optional=True),  # not needed
    ]
    score = score_stances(gold(statements=statements), article())
    s = score.statements
    assert s is not None
    assert (s.need, s.found, s.attributed, s.kinds, s.predicted, s.true_predicted) == (
        4,
        3,
        2,
        1,
        2,
        2,
    )
    assert s.precision == 1.0
    assert s.recall == 0.5
    kinds = [(m.kind, m.key) for m in score.mistakes]
    assert ("wrong_speaker", "field") in kinds
    assert ("missed_statement", "quist") in kinds
    wrong = next(m for m in score.mistakes if m.kind == "wrong_speaker")
    assert wrong.actor == "Rita Vale"
    assert wrong.span == at("would be madness")
    assert [t for _, t, _ in wrong.evidence] == ["a toll road would be madness"]


def test_alt_speakers_are_right_too() -> None:
    statements = [
        StanceStatement("council", "There will be no toll road", "direct", alt_speakers=["holt"])
    ]
    s = score_stances(gold(statements=statements), article()).statements
    assert s is not None
    assert s.attributed == 1


def test_a_prediction_outside_the_gold_lowers_precision() -> None:
    extra = [
        *STATEMENTS,
        statement(
            2, "field", "refused to rule out a toll road", StatementKind.INDIRECT, "Omar Field"
        ),
    ]
    score = score_stances(gold(), article(statements=extra))
    s = score.statements
    assert s is not None
    assert (s.predicted, s.true_predicted) == (3, 2)
    (mistake,) = [m for m in score.mistakes if m.kind == "extra_statement"]
    assert (mistake.actor, mistake.text) == ("Omar Field", "refused to rule out a toll road")
    assert mistake.span == at("refused to rule out a toll road")
    assert mistake.lines()[0].startswith("extra_statement: Omar Field: “refused to rule out")


# -- reports and failures -----------------------------------------------------------------------


def test_report_sums_passages_and_prints() -> None:
    report = evaluate_stances([gold(), gold(ruled_out=["vale"])], lambda t: article())
    c = report.question("ruled_out")
    assert c is not None
    assert (c.passages, c.gold, c.tp, c.fp) == (2, 2, 1, 1)
    summary = report.summary()
    assert summary["passages"] == 2
    assert summary["ruled_out"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "gold": 2,
        "tp": 1,
        "fp": 1,
    }
    assert summary["found"] == "4/4"
    table = str(report)
    assert "who ruled out T" in table
    assert "forbidden: 0" in table
    listing = report.errors_text()
    assert "missed_answer: 'who ruled out toll road': vale" in listing
    assert "stance " in listing  # the wrong answer's evidence, with offsets
    data = json.loads(report.to_json(errors=True))
    assert data["summary"] == summary
    assert {e["kind"] for e in data["documents"][1]["errors"]} == {"missed_answer", "wrong_answer"}


def test_parser_failure_counts_as_a_total_miss() -> None:
    def broken(text: str) -> Article:
        raise EvaluationError("cannot parse")

    report = evaluate_stances([gold()], broken)
    assert report.failed == 1
    assert report.summary()["errors"] == 1
    assert report.summary()["statement_recall_attributed"] == 0.0
    c = report.question("opposes")
    assert c is not None
    assert (c.gold, c.tp) == (2, 0)


def test_article_for_another_text_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="another text"):
        evaluate_stances([gold()], lambda t: Article("Something else."))


# -- reading stance gold ------------------------------------------------------------------------


def write_passage(root: Path, name: str, data: dict[str, Any], text: str = PASSAGE) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


GOLD_JSON: dict[str, Any] = {
    "file": "d01_toll",
    "topic_query": "toll road",
    "topic_synonyms": ["road charge"],
    "statements": [
        {
            "speaker": "holt",
            "kind": "direct",
            "contains": "There will be no toll road",
            "alt_speakers": [],
            "optional": False,
        }
    ],
    "ruled_out": ["holt"],
    "ruled_out_optional": [],
    "not_ruled_out": ["field"],
    "refused_to_rule_out": ["field"],
    "supports": ["quist"],
    "opposes": ["holt", "vale"],
    "stance_optional": [],
    "notes": "invented",
}


def test_load_stance_gold_and_detect_it(tmp_path: Path) -> None:
    write_passage(tmp_path, "d02_other", {**GOLD_JSON, "supports": []})
    write_passage(tmp_path, "d01_toll", GOLD_JSON)
    golds = load_stance_gold(tmp_path)
    assert [g.doc_id for g in golds] == ["d01_toll", "d02_other"]
    first = golds[0]
    assert first.text == PASSAGE
    assert first.topic_query == "toll road"
    assert first.statements == (StanceStatement("holt", "There will be no toll road", "direct"),)
    assert (first.ruled_out, first.not_ruled_out) == (("holt",), ("field",))
    assert [g.doc_id for g in load_stance_gold(tmp_path, limit=1)] == ["d01_toll"]
    assert detect_format(tmp_path) == "stance"
    with pytest.raises(GoldFormatError, match="load_stance_gold"):
        load_gold(tmp_path, format="stance")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"topic_query": ""}, "$.topic_query: expected a non-empty string"),
        ({"statements": None}, "$.statements: expected a list"),
        ({"statements": [{"speaker": "x"}]}, "$.statements[0].contains"),
        (
            {"statements": [{"speaker": "x", "contains": "y", "optional": "no"}]},
            "'optional' true or false",
        ),
        ({"ruled_out": "holt"}, "$.ruled_out: expected a list of keys"),
        ({"opposes": ["holt", ""]}, "$.opposes: expected a list of keys"),
    ],
)
def test_bad_stance_gold_is_an_error(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    write_passage(tmp_path, "d01", {**GOLD_JSON, **change})
    with pytest.raises(GoldFormatError, match=re.escape(message)) as info:
        load_stance_gold(tmp_path)
    assert info.value.file == str(tmp_path / "d01.json")


def test_missing_passage_and_bad_json(tmp_path: Path) -> None:
    (tmp_path / "d01.json").write_text(json.dumps(GOLD_JSON))
    with pytest.raises(GoldFormatError, match=r"passage d01\.txt"):
        load_stance_gold(tmp_path)
    (tmp_path / "d01.json").write_text("{")
    with pytest.raises(GoldFormatError, match="not valid JSON"):
        load_stance_gold(tmp_path)
    with pytest.raises(GoldFormatError, match="not a directory"):
        load_stance_gold(tmp_path / "nothing-here")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldFormatError, match=r"no <name>\.json"):
        load_stance_gold(tmp_path / "empty")


def test_polnear_and_plain_directories_are_not_stance_gold(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    assert detect_format(tmp_path) == "polnear"
    other = tmp_path / "other"
    write_passage(other, "d01", {"not": "stance gold"})
    assert detect_format(other) == "polnear"


# -- gold JSON stances --------------------------------------------------------------------------


def test_gold_json_stances_become_questions() -> None:
    doc = GoldDocument(
        "toll",
        PASSAGE,
        stances=[
            GoldStance("Lena Holt", "toll-road", "oppose", "categorical"),
            GoldStance("Omar Field", "toll-road", "undecided", "open"),
            GoldStance("Ada Quist", "toll-road", "support", "endorsement"),
            GoldStance("Rita Vale", "toll-road", "oppose", "caution"),
        ],
    )
    (g,) = stance_gold_from_documents([doc])
    assert (g.doc_id, g.topic_query, g.statements) == ("toll#toll-road", "toll road", None)
    assert g.ruled_out == ("lena holt",)
    assert g.refused_to_rule_out == ("omar field",)
    assert g.supports == ("ada quist",)
    assert g.opposes == ("lena holt", "rita vale")
    assert g.not_ruled_out == ("omar field", "ada quist")
    report = evaluate_stances([g], lambda t: article())
    assert all((c.tp, c.fp) == (c.gold, 0) for q in QUESTIONS if (c := report.question(q)))
    assert report.statements is None


# -- the command line ---------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


def test_cli_scores_a_stance_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.eval, "parse", lambda text: article())
    write_passage(tmp_path, "d01_toll", GOLD_JSON)
    code, out = run("eval", str(tmp_path))
    assert code == 0
    assert out.startswith("stancekit stance evaluation: 1 passages")
    assert "statements: found 1/1, attributed 1/1" in out
    code, out = run("eval", str(tmp_path), "--report", "json", "--errors")
    data = json.loads(out)
    assert data["summary"]["ruled_out"]["f1"] == 1.0
    # Vale's statement is in no gold statement: listed, with its offsets
    (extra,) = data["documents"][0]["errors"]
    assert extra["kind"] == "extra_statement"
    assert extra["span"] == {"start": PASSAGE.index("a toll road would"), "end": len(PASSAGE) - 1}
    code, out = run("eval", str(tmp_path), "--errors")
    assert "stance errors: 1 extra_statement" in out
    assert "extra_statement: Rita Vale: “a toll road would be madness”" in out


def test_cli_format_stance_is_forced_and_checked(tmp_path: Path) -> None:
    code, _ = run("eval", str(tmp_path), "--format", "stance")
    assert code == 1


def test_cli_gold_json_with_stances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.eval, "parse", lambda text: article(stances=RIGHT[:1]))
    path = tmp_path / "gold.json"
    write_gold_json(
        [
            GoldDocument(
                "toll",
                PASSAGE,
                stances=[
                    GoldStance("Lena Holt", "toll-road", "oppose", "categorical"),
                    GoldStance("Ada Quist", "toll-road", "support"),
                ],
            )
        ],
        path,
    )
    code, out = run("eval", str(path))
    assert code == 0
    assert "stancekit evaluation: 1 document" in out
    assert "stancekit stance evaluation: 1 passages" in out
    code, out = run("eval", str(path), "--report", "json", "--errors")
    data = json.loads(out)
    assert data["stances"]["summary"]["supports"]["tp"] == 0
    assert {e["kind"] for e in data["stances"]["documents"][0]["errors"]} == {"missed_answer"}


# -- the reference scorer on the real passages --------------------------------------------------


def _reference() -> tuple[ModuleType, Path]:
    root = Path(__file__).resolve().parent.parent
    script = root / ".." / "shared" / "tools" / "stance_score.py"
    data = root / ".." / "shared" / "data" / "stance-dev"
    if not script.is_file() or not data.is_dir():
        pytest.skip("../shared/tools/stance_score.py or ../shared/data/stance-dev is absent")
    spec = importlib.util.spec_from_file_location("stance_score", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, data


def test_same_figures_as_stance_score_on_stance_dev(monkeypatch: pytest.MonkeyPatch) -> None:
    """stance_score.py's own scoring code, fed what ``stancekit parse`` and ``stancekit ask``
    print (the same functions, called in process instead of through a subprocess), must give
    exactly the summary of ``stancekit eval``."""
    ref, data = _reference()
    from stancekit import json as sk_json
    from stancekit import parse
    from stancekit.batch import read_file
    from stancekit.cli._render import answers_json

    def run_json(cmd: list[str]) -> object:
        command = "parse" if "parse" in cmd else "ask"
        text = read_file(cmd[cmd.index(command) + 1])
        if command == "parse":
            return json.loads(sk_json.dumps(parse(text)))
        question = cmd[cmd.index("ask") + 2]
        return answers_json(question, parse(text).ask(question))

    monkeypatch.setattr(ref, "run_json", run_json)
    total: dict[str, Any] = {"files": 0}
    for g in sorted(data.glob("*.json")):
        r = ref.score_file(
            ["stancekit"], g.with_suffix(".txt"), json.loads(g.read_text("utf-8")), False
        )
        total["files"] += 1
        for k, v in r.items():
            total[k] = total.get(k, 0) + v
    expected = ref.summarise(total)
    expected["errors"] = 0
    assert evaluate_stances(load_stance_gold(data)).summary() == expected
