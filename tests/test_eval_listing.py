"""stancekit.eval: damaged brat annotations (left out and reported, or an error with
``strict``) and the error listing (missed gold, wrong speakers, unmatched predictions).

All texts here are invented for the tests.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit import Actor, Article, Span, Statement, StatementKind, cli
from stancekit.errors import GoldFormatError
from stancekit.eval import (
    MISTAKE_KINDS,
    DamagedAnnotation,
    GoldAttribution,
    GoldDocument,
    evaluate,
    load_gold,
    read_brat,
    score_document,
)
from test_eval import ANN, TEXT, at, fake_predictor, make_polnear, t_line

# -- damaged annotations ------------------------------------------------------------------------

#: Each: a damaged line put in place of T3 (the content of E1), and the reason reported.
DAMAGED = [
    ("T3\tContent 19 49\tthe bridge would open in June", "differs from the text"),
    ("T3\tContent 19 x\tthe bridge", "bad span"),
    ("T3\tContent 19 99999\tthe bridge", "ends past the text"),
    ("T3\tContent\tthe bridge", "expected 'LABEL START END'"),
    ("T3 Content 19 49 the bridge would reopen in May", "expected a tab"),
]


def _with_t3(line: str) -> str:
    return "\n".join(line if row.startswith("T3\t") else row for row in ANN.splitlines())


@pytest.mark.parametrize(("line", "reason"), DAMAGED)
def test_damaged_line_is_left_out_and_reported(line: str, reason: str) -> None:
    doc = read_brat(_with_t3(line), TEXT, doc_id="bridge", file="bridge.ann")
    # E1 needs T3: it is left out, the three other attributions are kept
    assert [a.id for a in doc.attributions] == ["E2", "E3", "E4"]
    (damage,) = doc.damaged
    assert reason in damage.reason
    assert (damage.file, damage.line, damage.id) == ("bridge.ann", 3, "T3")
    assert damage.left_out == ("E1",)
    assert str(damage).startswith("bridge.ann:3: T3: ")


@pytest.mark.parametrize(("line", "reason"), DAMAGED)
def test_damaged_line_with_strict_is_an_error(line: str, reason: str) -> None:
    with pytest.raises(GoldFormatError, match=reason) as info:
        read_brat(_with_t3(line), TEXT, doc_id="bridge", file="bridge.ann", strict=True)
    assert (info.value.file, info.value.line) == ("bridge.ann", 3)


def test_damaged_events_are_left_out_and_reported() -> None:
    ann = ANN + "\nE6\tAttribution:T4 Content:T99\nE7\tAttribution:T4 Content"
    doc = read_brat(ann, TEXT, doc_id="bridge")
    assert len(doc.attributions) == 4
    reasons = [(d.id, d.reason, d.left_out) for d in doc.damaged]
    assert reasons == [
        ("E6", "E6 refers to unknown annotation T99", ("E6",)),
        ("E7", "bad event argument 'Content': expected ROLE:ID", ("E7",)),
    ]


def test_duplicate_id_keeps_the_first() -> None:
    ann = t_line("T1", "Source", at("she")) + "\n" + t_line("T1", "Source", at("a memo"))
    doc = read_brat(ann, TEXT, doc_id="d")
    (damage,) = doc.damaged
    assert (damage.line, damage.reason) == (2, "duplicate annotation id T1")


def test_recorded_text_over_several_lines_is_read_whole() -> None:
    # brat writes the covered text as it is: a line break in it continues on the next line
    text = "Intro.\n\nShe said the plan\nwould work.\n"
    content = at("the plan\nwould work", text)
    ann = "\n".join(
        [
            f"T1\tContent {content.start} {content.end}\tthe plan",
            "would work",
            t_line("T2", "Source", at("She", text), text=text),
            "E1\tAttribution:T2 Content:T1 Source:T2",
        ]
    )
    for strict in (False, True):
        doc = read_brat(ann, text, doc_id="d", strict=strict)
        assert doc.damaged == ()
        assert [a.content for a in doc.attributions] == [(content,)]


def test_continuation_that_does_not_complete_the_text_is_damage() -> None:
    text = "She said the plan\nwould work.\n"
    content = at("the plan\nwould work", text)
    ann = f"T1\tContent {content.start} {content.end}\tthe plan\nwould fail"
    (damage,) = read_brat(ann, text, doc_id="d").damaged
    assert "differs from the text" in damage.reason


def test_load_gold_reports_damage_and_strict_stops(tmp_path: Path) -> None:
    root = make_polnear(
        tmp_path,
        {"bridge": {"a1": _with_t3(DAMAGED[0][0])}, "ok": {"a1": ANN}},
        {"bridge": TEXT, "ok": TEXT},
    )
    docs = load_gold(root)
    assert [len(d.damaged) for d in docs] == [1, 0]
    assert [len(d.attributions) for d in docs] == [3, 4]
    with pytest.raises(GoldFormatError, match=r"bridge_a1\.ann:3: annotated text"):
        load_gold(root, strict=True)
    report = evaluate(docs, fake_predictor)
    assert report.damaged == docs[0].damaged
    assert report.totals.all.gold == 7
    data = json.loads(report.to_json())
    assert data["damaged"] == {"annotations": 1, "attributions_left_out": 1}
    (row,) = data["documents"][0]["damaged"]
    assert row["line"] == 3
    assert row["id"] == "T3"
    assert row["left_out"] == ["E1"]
    table = str(report)
    assert "1 damaged annotation left out (1 attribution not scored):" in table
    assert "bridge_a1.ann:3: T3: annotated text" in table


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


def test_cli_reports_damage_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.eval, "parse", fake_predictor)
    root = make_polnear(tmp_path, {"bridge": {"a1": _with_t3(DAMAGED[1][0])}}, {"bridge": TEXT})
    code, out = run("eval", str(root))
    assert code == 0
    assert "1 damaged annotation left out" in out
    assert "bridge_a1.ann:3: T3: bad span" in out
    code, out = run("eval", str(root), "--report", "json")
    assert json.loads(out)["damaged"]["annotations"] == 1


def test_cli_strict_stops_at_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli.eval, "parse", fake_predictor)
    root = make_polnear(tmp_path, {"bridge": {"a1": _with_t3(DAMAGED[1][0])}}, {"bridge": TEXT})
    code, out = run("eval", str(root), "--strict")
    err = capsys.readouterr().err
    assert (code, out) == (1, "")
    assert "bridge_a1.ann:3: bad span" in err
    assert err.count("\n") == 1


# -- the error listing --------------------------------------------------------------------------

DAM = (
    "Chief Ola Berg said the dam was safe. “It will hold,” said Tom Ruud. "
    "“Rain is coming,” a guard said. Officials believe repairs are late."
)


def _span(phrase: str) -> Span:
    return at(phrase, DAM)


def dam_gold() -> GoldDocument:
    return GoldDocument(
        "dam",
        DAM,
        [
            GoldAttribution(
                [_span("the dam was safe")], [_span("Chief Ola Berg")], [_span("said")]
            ),
            GoldAttribution([_span("“It will hold,”")], [_span("Tom Ruud")], [at("said", DAM, 1)]),
            GoldAttribution([_span("repairs are late")], cue=[_span("believe")]),
        ],
    )


def dam_article(text: str) -> Article:
    if text != DAM:
        return Article(text)
    berg = Actor("berg", "Ola Berg", "person")
    guard = Actor("guard", "guard", "person")

    def st(i: int, who: Actor, content: str, cue: tuple[str, int], speaker: str) -> Statement:
        return Statement(
            f"s{i}",
            who.id,
            content,
            StatementKind.DIRECT if "“" in content else StatementKind.INDIRECT,
            cue[0],
            at(content, text),
            at(cue[0], text, cue[1]),
            at(speaker, text),
        )

    statements = [
        st(0, berg, "the dam was safe", ("said", 0), "Chief Ola Berg"),
        st(1, guard, "“It will hold,”", ("said", 1), "a guard"),  # Ruud said it
        st(2, guard, "“Rain is coming,”", ("said", 2), "a guard"),  # not in the gold
    ]
    return Article(text, actors=[berg, guard], statements=statements)


def test_mistakes_of_each_kind() -> None:
    score = score_document(dam_gold(), dam_article(DAM))
    rows = [
        (m.kind, m.span.of(DAM), m.gold_speaker, m.predicted_speaker, m.cue) for m in score.errors
    ]
    assert rows == [
        ("wrong_speaker", "“It will hold,”", "Tom Ruud", "guard", "said"),
        ("unmatched", "“Rain is coming,”", None, "guard", "said"),
        ("missed", "repairs are late", None, None, "believe"),
    ]
    wrong = score.errors[0]
    assert (wrong.gold, wrong.predicted, wrong.predicted_cue) == (1, 1, "said")
    assert score.errors[1].predicted == 2
    assert score.errors[1].gold is None
    assert all(m.text == m.span.of(DAM) for m in score.errors)


def test_a_perfect_prediction_has_no_mistakes() -> None:
    gold = GoldDocument(
        "dam", DAM, [GoldAttribution([_span("the dam was safe")], [_span("Chief Ola Berg")])]
    )
    article = dam_article(DAM)
    article = Article(DAM, actors=article.actors, statements=article.statements[:1])
    assert score_document(gold, article).errors == ()


def test_error_listing_text_and_json() -> None:
    report = evaluate([dam_gold(), GoldDocument("quiet", "Nothing here.")], dam_article)
    listing = report.errors_text()
    lines = listing.splitlines()
    assert lines[0] == "errors: 1 missed, 1 wrong_speaker, 1 unmatched"
    assert "== dam" in lines
    assert "== quiet" not in listing
    start = DAM.index("“It")
    assert any(
        line.startswith(f"  wrong_speaker {start}-{start + 15} “It will hold,”")
        and "gold: Tom Ruud [said]" in line
        and "predicted: guard [said]" in line
        for line in lines
    )
    assert any("missed" in line and "gold: (no source) [believe]" in line for line in lines)
    data = json.loads(report.to_json(errors=True))
    assert data["errors"] == dict.fromkeys(MISTAKE_KINDS, 1)
    missed = [e for e in data["documents"][0]["errors"] if e["kind"] == "missed"]
    assert missed[0]["span"] == {"start": DAM.index("repairs"), "end": len(DAM) - 1}
    assert missed[0]["text"] == "repairs are late"
    assert data["documents"][1]["errors"] == []


def test_listing_shortens_long_content_in_text_only() -> None:
    text = "Ola Berg said " + "the water rises " * 20 + "today."
    gold = GoldDocument("long", text, [GoldAttribution([Span(14, len(text) - 1)])])
    report = evaluate([gold], lambda t: Article(t))
    (mistake,) = report.errors
    assert len(mistake.text) == len(text) - 15
    assert "…" in report.errors_text()
    assert len(report.errors_text().splitlines()[-1]) < 240


def test_cli_errors_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.eval, "parse", fake_predictor)
    root = make_polnear(tmp_path, {"bridge": {"a1": ANN}}, {"bridge": TEXT})
    code, out = run("eval", str(root))
    assert "errors:" not in out
    code, out = run("eval", str(root), "--errors")
    assert code == 0
    assert "errors: 3 missed, 0 wrong_speaker, 0 unmatched" in out
    assert "== bridge" in out
    assert "“the bridge would reopen in May”" in out
    code, out = run("eval", str(root), "--errors", "--report", "json")
    data = json.loads(out)
    assert data["errors"]["missed"] == 3
    assert len(data["documents"][0]["errors"]) == 3


def test_damaged_annotation_is_plain_data() -> None:
    d = DamagedAnnotation("bad span", "a.ann", 4, "T2", ["E1"])
    assert d.left_out == ("E1",)
    assert d.to_dict() == {
        "file": "a.ann",
        "line": 4,
        "id": "T2",
        "reason": "bad span",
        "left_out": ["E1"],
    }
    assert str(DamagedAnnotation("bad")) == "bad"


# -- property: lenient and strict reading agree -------------------------------------------------

_POOL = [
    *ANN.splitlines(),
    *(line for line, _ in DAMAGED),
    "E9\tAttribution:T4 Content:T77",
    "stray words",
]


def _strict(ann: str) -> GoldDocument | GoldFormatError:
    try:
        return read_brat(ann, TEXT, doc_id="d", strict=True)
    except GoldFormatError as exc:
        return exc


@given(st.lists(st.sampled_from(_POOL), max_size=30))
def test_lenient_and_strict_reading_agree(lines: list[str]) -> None:
    ann = "\n".join(lines)
    lenient = read_brat(ann, TEXT, doc_id="d")  # never raises on a damaged line
    kept = {a.id for a in lenient.attributions}
    dropped = {i for d in lenient.damaged for i in d.left_out}
    assert not kept & dropped
    strict = _strict(ann)
    if lenient.damaged:
        # strict stops at the first damaged line that lenient reading records
        assert isinstance(strict, GoldFormatError)
        assert (strict.line, strict.detail) == (lenient.damaged[0].line, lenient.damaged[0].reason)
    else:
        assert strict == lenient
