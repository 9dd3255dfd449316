"""stancekit.eval: brat and gold JSON readers, matching, subsets and reports.

All texts here are invented for the tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit import (
    Actor,
    Article,
    Commitment,
    Polarity,
    Span,
    StancekitError,
    Statement,
    StatementKind,
)
from stancekit.errors import EvaluationError, GoldFormatError
from stancekit.eval import (
    SUBSETS,
    Breakdown,
    Counts,
    DocumentScore,
    GoldAttribution,
    GoldDocument,
    GoldStance,
    Report,
    SubsetRules,
    dumps_gold,
    evaluate,
    gold_from_article,
    has_quotation_mark,
    is_speech_cue,
    load_gold,
    load_polnear,
    loads_gold,
    merge_spans,
    read_brat,
    read_gold_json,
    score_document,
    write_gold_json,
)

TEXT = (
    "Mayor Ana Lopez said the bridge would reopen in May.\n\n"
    "“We are on schedule,” she told reporters, “and on budget.”\n\n"
    "The council, according to a memo, doubts the date.\n\n"
    "It is widely believed that the contractor is late.\n"
)


def at(phrase: str, text: str = TEXT, nth: int = 0) -> Span:
    """The span of the *nth* occurrence of *phrase* in *text*."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    return Span(starts[nth], starts[nth] + len(phrase))


def t_line(tid: str, label: str, *spans: Span, text: str = TEXT) -> str:
    offsets = ";".join(f"{s.start} {s.end}" for s in spans)
    covered = " ".join(s.of(text) for s in spans)
    return f"{tid}\t{label} {offsets}\t{covered}"


LOPEZ = at("Mayor Ana Lopez")
SHE = at("she")
QUOTE_1 = at("“We are on schedule,”")
QUOTE_2 = at("“and on budget.”")
MEMO = at("a memo")
LATE = at("the contractor is late")

ANN = "\n".join(
    [
        t_line("T1", "Source", LOPEZ),
        t_line("T2", "Cue", at("said")),
        t_line("T3", "Content", at("the bridge would reopen in May")),
        t_line("T4", "Attribution", at("said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Source", SHE),
        t_line("T6", "Cue", at("told reporters")),
        t_line("T7", "Content", QUOTE_1, QUOTE_2),  # discontinuous
        t_line("T8", "Attribution", at("told")),
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        t_line("T9", "Source", MEMO),
        t_line("T10", "Cue", at("according to")),
        t_line("T11", "Content", at("The council"), at("doubts the date")),
        t_line("T12", "Attribution", at("according to")),
        "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
        t_line("T13", "Cue", at("believed")),
        t_line("T14", "Content", LATE),
        t_line("T15", "Attribution-no-source", at("believed")),
        "E4\tAttribution-no-source:T15 Content:T14 Cue:T13",
        "E5\tAttribution-no-source:T15 ",  # no content: cannot be scored
        t_line("T16", "Discard", at("Mayor")),
        "R1\tSame Arg1:T1 Arg2:T5",
        "#1\tAnnotatorNotes T1\tthe mayor",
    ]
)


def gold() -> GoldDocument:
    return read_brat(ANN, TEXT, doc_id="bridge", file="bridge.ann")


# -- brat -------------------------------------------------------------------------------------


def test_brat_reads_attributions_in_text_order() -> None:
    doc = gold()
    assert doc.doc_id == "bridge"
    assert [a.id for a in doc.attributions] == ["E1", "E2", "E3", "E4"]
    first = doc.attributions[0]
    assert doc.quote(first.source) == "Mayor Ana Lopez"
    assert doc.quote(first.cue) == "said"
    assert doc.quote(first.content) == "the bridge would reopen in May"
    assert first.speaker is None
    assert first.kind is None


def test_brat_discontinuous_spans() -> None:
    doc = gold()
    assert doc.attributions[1].content == (QUOTE_1, QUOTE_2)
    assert doc.quote(doc.attributions[1].content) == "“We are on schedule,” “and on budget.”"
    # pieces annotated out of order are kept as given; order by content start uses the first
    ann = "\n".join(
        [
            f"T1\tContent {QUOTE_2.start} {QUOTE_2.end};{QUOTE_1.start} {QUOTE_1.end}\t"
            f"{QUOTE_2.of(TEXT)} {QUOTE_1.of(TEXT)}",
            "E1\tAttribution:T1 Content:T1",
        ]
    )
    (att,) = read_brat(ann, TEXT, doc_id="d").attributions
    assert att.content == (QUOTE_2, QUOTE_1)
    assert merge_spans(att.content) == (QUOTE_1, QUOTE_2)


def test_brat_sourceless_attribution_and_skipped_one() -> None:
    doc = gold()
    last = doc.attributions[-1]
    assert last.id == "E4"
    assert last.source == ()
    assert not last.has_source
    assert doc.quote(last.cue) == "believed"
    assert "E5" not in {a.id for a in doc.attributions}


def test_brat_shared_source_and_numbered_roles() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", LOPEZ),
            t_line("T2", "Content", at("the bridge would reopen in May")),
            t_line("T3", "Content", QUOTE_1),
            t_line("T4", "Content", QUOTE_2),
            t_line("T5", "Cue", at("said")),
            "E1\tAttribution:T5 Source:T1 Content:T2 Cue:T5",
            "E2\tAttribution:T5 Source:T1 Content:T3 Content2:T4 Other:T5",
        ]
    )
    doc = read_brat(ann, TEXT, doc_id="d")
    assert [a.source for a in doc.attributions] == [(LOPEZ,), (LOPEZ,)]
    assert doc.attributions[1].content == (QUOTE_1, QUOTE_2)


def test_brat_tolerates_crlf_blank_lines_and_a_bom() -> None:
    doc = read_brat("\ufeff" + ANN.replace("\n", "\r\n") + "\r\n\r\n", TEXT, doc_id="bridge")
    assert doc == gold()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("T1\tSource 0 x\tMayor", "bad span"),
        ("T1\tSource 5 2\t", "ends before it starts"),
        ("T1\tSource 0 99999\tx", "ends past the text"),
        ("T1\tSource 0 5\tWrong", "differs from the text"),
        ("T1\tSource\tMayor", "expected 'LABEL START END'"),
        ("T1 Source 0 5 Mayor", "expected a tab"),
        ("E1\tAttribution:T1 Content:T99", "unknown annotation T99"),
        ("E1\tAttribution:T1 Content", "expected ROLE:ID"),
    ],
)
def test_brat_errors_name_file_and_line(line: str, message: str) -> None:
    ann = t_line("T1", "Source", at("Mayor")) + "\n" + line
    if line.startswith("T1"):
        ann = line
    ann = "#0\tnote\n" + ann
    last = ann.count("\n") + 1
    with pytest.raises(GoldFormatError, match=re.escape(message)) as info:
        read_brat(ann, TEXT, doc_id="d", file="x.ann", strict=True)
    err = info.value
    assert isinstance(err, StancekitError)
    assert isinstance(err, ValueError)
    assert err.file == "x.ann"
    assert err.line == last
    assert str(err).startswith(f"x.ann:{last}: ")


def test_brat_duplicate_id() -> None:
    ann = t_line("T1", "Source", LOPEZ) + "\n" + t_line("T1", "Source", SHE)
    with pytest.raises(GoldFormatError, match="duplicate annotation id T1"):
        read_brat(ann, TEXT, doc_id="d", strict=True)


# -- PolNeAR layout -----------------------------------------------------------------------------


def make_polnear(root: Path, docs: dict[str, dict[str, str]], texts: dict[str, str]) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for doc_id, text in texts.items():
        (root / "text" / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
    for doc_id, anns in docs.items():
        for annotator, ann in anns.items():
            name = f"{doc_id}_{annotator}.ann" if annotator else f"{doc_id}.ann"
            (root / "attributions" / name).write_text(ann, encoding="utf-8")
    return root


def test_load_polnear_pairs_texts_with_first_annotator(tmp_path: Path) -> None:
    one_source = "\n".join(ANN.splitlines()[:5])
    root = make_polnear(
        tmp_path,
        {"b_2016_x": {"ff01": ANN, "0a9z": one_source}, "a_doc": {"": ANN, "0000": ""}},
        {"b_2016_x": TEXT, "a_doc": TEXT},
    )
    docs = load_polnear(root)
    assert [d.doc_id for d in docs] == ["a_doc", "b_2016_x"]
    assert len(docs[0].attributions) == 4  # the plain a_doc.ann wins
    assert len(docs[1].attributions) == 1  # annotator 0a9z sorts before ff01
    assert [d.doc_id for d in load_polnear(root, limit=1)] == ["a_doc"]
    assert load_polnear(root, limit=0) == []


def test_load_polnear_keeps_offsets_of_crlf_texts(tmp_path: Path) -> None:
    text = "Intro.\r\nBob said it rains.\r\n"
    ann = "\n".join(
        [
            t_line("T1", "Source", at("Bob", text), text=text),
            t_line("T2", "Content", at("it rains", text), text=text),
            "E1\tAttribution:T2 Source:T1 Content:T2",
        ]
    )
    root = make_polnear(tmp_path, {"d": {"a1": ann}}, {"d": text})
    (doc,) = load_polnear(root)
    assert doc.text == text
    assert doc.quote(doc.attributions[0].source) == "Bob"


@pytest.mark.parametrize(
    ("docs", "texts", "message"),
    [
        ({}, {"d": TEXT}, "no annotation file for text/d.txt"),
        ({"d": {"a1": ANN}, "e": {"a1": ANN}}, {"d": TEXT}, "annotation file without"),
        ({}, {}, "no text/*.txt files"),
        ({"d": {"a1": "T1\tSource 0 x\ty"}}, {"d": TEXT}, "d_a1.ann:1: bad span"),
    ],
)
def test_load_polnear_errors(
    tmp_path: Path, docs: dict[str, dict[str, str]], texts: dict[str, str], message: str
) -> None:
    root = make_polnear(tmp_path, docs, texts)
    with pytest.raises(GoldFormatError, match=re.escape(message)):
        load_polnear(root, strict=True)


def test_load_polnear_needs_the_layout(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no text/ inside"):
        load_polnear(tmp_path)


def test_load_polnear_rejects_bad_utf8(tmp_path: Path) -> None:
    root = make_polnear(tmp_path, {"d": {"a": ""}}, {"d": "ok"})
    (root / "text" / "d.txt").write_bytes(b"caf\xe9")
    with pytest.raises(GoldFormatError, match="not valid UTF-8"):
        load_polnear(root)


# -- matching -----------------------------------------------------------------------------------

PLAIN = "x" * 200


def article(
    text: str,
    *statements: tuple[Span, Span],
    kind: StatementKind = StatementKind.INDIRECT,
    cue: str = "said",
    actor: Actor | None = None,
) -> Article:
    """An article whose statements have the given (content span, speaker span)."""
    who = actor or Actor("ana-lopez", "Ana Lopez", "person", aliases=("Lopez",))
    return Article(
        text,
        actors=[who],
        statements=[
            Statement(f"s{i}", who.id, span.of(text), kind, cue, span, Span(0, 0), speaker)
            for i, (span, speaker) in enumerate(statements)
        ],
    )


def doc(*attributions: GoldAttribution, text: str = PLAIN) -> GoldDocument:
    return GoldDocument("d", text, attributions)


def g(start: int, end: int, source: tuple[int, int] | None = (150, 160)) -> GoldAttribution:
    return GoldAttribution(
        content=(Span(start, end),), source=() if source is None else (Span(*source),)
    )


@pytest.mark.parametrize(
    ("pred", "matched"),
    [
        ((5, 15), True),  # overlap 5 = half of each length: a match
        ((6, 16), False),  # overlap 4 < half
        ((0, 20), True),  # prediction twice the gold: exactly half of it
        ((0, 21), False),  # a little longer: no longer half
        ((3, 8), True),  # inside, half the gold
        ((3, 7), False),  # inside, less than half the gold
        ((10, 20), False),  # touching is not overlapping
        ((0, 0), False),  # empty prediction never matches
    ],
)
def test_overlap_of_at_least_half_of_each(pred: tuple[int, int], matched: bool) -> None:
    score = score_document(doc(g(0, 10)), article(PLAIN, (Span(*pred), Span(150, 155))))
    assert (score.counts.all.matched_gold == 1) is matched
    assert (score.counts.all.matched_predicted == 1) is matched


def test_discontinuous_gold_sums_overlaps() -> None:
    # gold pieces 0-10 and 30-40 (20 characters); prediction 0-40 shares 20 of its 40
    two = GoldAttribution(content=(Span(30, 40), Span(0, 10)))
    assert score_document(doc(two), article(PLAIN, (Span(0, 40), Span(0, 0)))).matches
    # 0-41 shares 20 of 41: less than half of the prediction
    assert not score_document(doc(two), article(PLAIN, (Span(0, 41), Span(0, 0)))).matches
    # one piece alone is half the gold
    assert score_document(doc(two), article(PLAIN, (Span(30, 40), Span(0, 0)))).matches


def _in_pieces(text: str, *pieces: Span) -> Article:
    who = Actor("ana-lopez", "Ana Lopez", "person")
    content = " ".join(p.of(text) for p in pieces)
    span = Span(pieces[0].start, pieces[-1].end)
    said = Statement(
        "s1", who.id, content, "direct", "said", span, Span(0, 0), Span(150, 155), pieces=pieces
    )
    return Article(text, actors=[who], statements=[said])


def test_a_statement_in_pieces_is_measured_over_its_pieces() -> None:
    # gold pieces 0-10 and 30-40; the prediction's pieces are the same: one match, one prediction
    two = GoldAttribution(content=(Span(0, 10), Span(30, 40)), source=(Span(150, 160),))
    score = score_document(doc(two), _in_pieces(PLAIN, Span(0, 10), Span(30, 40)))
    c = score.counts.all
    assert (c.predicted, c.matched_gold, c.matched_predicted) == (1, 1, 1)
    assert [m.overlap for m in score.matches] == [20]
    # the words between the pieces are not content: a gold 10-30 shares nothing with them
    assert not score_document(doc(g(10, 30)), _in_pieces(PLAIN, Span(0, 10), Span(30, 40))).matches
    # a gold on one piece is matched when that piece is at least half the prediction
    assert score_document(doc(g(0, 20)), _in_pieces(PLAIN, Span(0, 20), Span(30, 40))).matches
    assert not score_document(doc(g(30, 40)), _in_pieces(PLAIN, Span(0, 20), Span(30, 40))).matches


def test_overlapping_gold_pieces_are_merged() -> None:
    assert merge_spans([Span(5, 10), Span(0, 6), Span(10, 12), Span(20, 22)]) == (
        Span(0, 12),
        Span(20, 22),
    )
    # duplicated pieces do not count twice
    twice = GoldAttribution(content=(Span(0, 10), Span(0, 10)))
    assert not score_document(doc(twice), article(PLAIN, (Span(0, 25), Span(0, 0)))).matches


def test_one_to_one_two_predictions_one_gold() -> None:
    score = score_document(
        doc(g(0, 10)), article(PLAIN, (Span(0, 10), Span(150, 151)), (Span(1, 10), Span(0, 1)))
    )
    c = score.counts.all
    assert (c.gold, c.predicted, c.matched_gold, c.matched_predicted) == (1, 2, 1, 1)
    assert c.precision == 0.5
    assert c.recall == 1.0
    assert [(m.gold, m.predicted, m.overlap) for m in score.matches] == [(0, 0, 10)]


def test_one_to_one_one_prediction_two_golds() -> None:
    score = score_document(doc(g(0, 10), g(0, 10)), article(PLAIN, (Span(0, 10), Span(0, 0))))
    c = score.counts.all
    assert (c.matched_gold, c.matched_predicted, c.recall, c.precision) == (1, 1, 0.5, 1.0)


def test_greedy_takes_the_largest_overlap_first() -> None:
    # p0 overlaps g0 by 6 and g1 by 10; p1 overlaps g0 by 10 and g1 not at all.
    golds = doc(g(0, 12), g(20, 30))
    pred = article(PLAIN, (Span(20, 30), Span(0, 0)), (Span(1, 11), Span(0, 0)))
    score = score_document(golds, pred)
    assert [(m.gold, m.predicted) for m in score.matches] == [(0, 1), (1, 0)]


def test_ties_prefer_the_right_speaker() -> None:
    # Two gold attributions share the content; the prediction names the second one's source.
    golds = doc(g(0, 10, source=(100, 105)), g(0, 10, source=(150, 160)))
    score = score_document(golds, article(PLAIN, (Span(0, 10), Span(152, 155))))
    assert [(m.gold, m.speaker) for m in score.matches] == [(1, True)]


def test_empty_predictions_and_empty_gold() -> None:
    none = score_document(doc(g(0, 10)), article(PLAIN))
    assert none.counts.all == Counts(gold=1, matched_gold=0, speaker_gold=1)
    assert (none.counts.all.precision, none.counts.all.recall, none.counts.all.f1) == (0, 0, 0)
    spurious = score_document(doc(), article(PLAIN, (Span(0, 10), Span(0, 0))))
    assert spurious.counts.all == Counts(predicted=1, speaker_predicted=1)
    assert spurious.counts.all.precision == 0.0
    empty = score_document(doc(), article(PLAIN))
    assert empty.counts == Breakdown()
    assert empty.matches == ()


def test_speaker_right_wrong_and_sourceless() -> None:
    golds = doc(g(0, 10), g(20, 30), g(40, 50, source=None))
    pred = article(
        PLAIN,
        (Span(0, 10), Span(155, 170)),  # overlaps the source 150-160: right
        (Span(20, 30), Span(160, 170)),  # touches it only: wrong
        (Span(40, 50), Span(150, 160)),  # gold names no source: neither
    )
    score = score_document(golds, pred)
    assert [m.speaker for m in score.matches] == [True, False, None]
    c = score.counts.all
    assert (c.speaker_gold, c.speaker_predicted) == (2, 2)
    assert (c.speaker_matched_gold, c.speaker_matched_predicted) == (1, 1)
    assert (c.speaker_precision, c.speaker_recall) == (0.5, 0.5)
    assert c.precision == c.recall == 1.0


def test_speaker_names_option_and_name_only_gold() -> None:
    text = "Ana Lopez came. " + PLAIN
    by_span = GoldAttribution(content=(Span(20, 30),), source=(Span(0, 9),))
    by_name = GoldAttribution(content=(Span(40, 50),), speaker="Mayor Ana Lopez")
    other = GoldAttribution(content=(Span(60, 70),), speaker="Ben Ruiz")
    golds = doc(by_span, by_name, other, text=text)
    pred = article(
        text,
        (Span(20, 30), Span(100, 103)),  # "he" elsewhere: span misses, name matches
        (Span(40, 50), Span(100, 103)),
        (Span(60, 70), Span(100, 103)),
    )
    strict = score_document(golds, pred, speaker_names=False)
    assert [m.speaker for m in strict.matches] == [False, True, False]
    named = score_document(golds, pred)  # names count by default: the resolved actor is right
    assert [m.speaker for m in named.matches] == [True, True, False]


def test_article_for_another_text_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="another text"):
        score_document(doc(), Article("other"))


# -- subsets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We are on schedule,”", True),
        ('"We are on schedule"', True),
        ("le «non» français", True),
        ("it was ‘dead on arrival’", True),
        ("it was 'dead on arrival'", True),
        ("''This is not reform,'' he wrote", True),
        ("that the plan was “a mess", True),
        ("Lopez’s team didn't reply", False),
        ("the voters’ concerns and the workers' pay", False),
        ("rock’n’roll and O'Brien", False),
        ("plain reported speech", False),
        ("", False),
    ],
)
def test_quotation_marks_and_apostrophes(text: str, quoted: bool) -> None:
    assert has_quotation_mark(text) is quoted


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("Said", True),
        ("said Thursday morning", True),
        ("has told reporters", True),
        ("According to", True),
        ("wrote", True),
        ("was quoted as saying", True),
        ("added", True),
        ("asked", True),
        ("believes", False),
        ("has learned", False),
        ("accordingly", False),
        ("sayings", False),
        ("", False),
    ],
)
def test_speech_cues(cue: str, speech: bool) -> None:
    assert is_speech_cue(cue) is speech


def test_subset_rules_are_replaceable() -> None:
    rules = SubsetRules(
        speech_cues=frozenset({("opined",)}),
        quote_marks=frozenset("|"),
        ambiguous_marks=frozenset(),
    )
    assert rules.is_speech_cue("he opined")
    assert not rules.is_speech_cue("said")
    assert rules.has_quotation_mark("a |b|")
    assert not rules.has_quotation_mark("“b” 'c'")


def test_subset_counts() -> None:
    doc_ = gold()
    quoted = doc_.attributions[1]  # “...” she told reporters
    pred = Article(
        TEXT,
        actors=[Actor("ana-lopez", "Ana Lopez", "person")],
        statements=[
            # direct, no quotation marks in the content: counts as quoted
            Statement(
                "s0",
                "ana-lopez",
                "We are on schedule",
                "direct",
                "told",
                at("We are on schedule"),
                at("told"),
                SHE,
            ),
            # matches E1; cue "claimed" is not a speech cue
            Statement(
                "s1",
                "ana-lopez",
                "the bridge would reopen in May",
                "indirect",
                "claimed",
                at("the bridge would reopen in May"),
                at("said"),
                LOPEZ,
            ),
        ],
    )
    score = score_document(doc_, pred)
    assert [(m.gold, m.predicted, m.speaker) for m in score.matches] == [(0, 1, True)]
    assert quoted.content  # the direct prediction is too short for the two-piece quote
    q, s = score.counts.quoted, score.counts.speech
    assert (q.gold, q.predicted, q.matched_gold, q.matched_predicted) == (1, 1, 0, 0)
    # gold speech cues: said, told reporters, according to (not believed)
    assert (s.gold, s.predicted, s.matched_gold, s.matched_predicted) == (3, 1, 1, 0)
    assert (s.speaker_gold, s.speaker_matched_gold) == (3, 1)


# -- evaluate and the report ----------------------------------------------------------------


_QUOTE_RE = re.compile(r"“([^”]+)”,? (she|he) (said|told)")


def fake_predictor(text: str) -> Article:
    """A tiny rule: each “...” followed by she/he said|told is a direct statement."""
    actor = Actor("speaker", "Speaker", "person")
    statements = [
        Statement(
            f"s{i}",
            actor.id,
            m.group(1),
            StatementKind.DIRECT,
            m.group(3),
            Span(m.start(1), m.end(1)),
            Span(m.start(3), m.end(3)),
            Span(m.start(2), m.end(2)),
        )
        for i, m in enumerate(_QUOTE_RE.finditer(text))
    ]
    return Article(text, actors=[actor], statements=statements)


def test_evaluate_with_a_fake_predictor() -> None:
    report = evaluate([gold()], fake_predictor)
    (row,) = report.documents
    assert row.doc_id == "bridge"
    c = report.totals.all
    # the quote “We are on schedule,” is half of the two-piece gold content: a match
    assert (c.gold, c.predicted, c.matched_gold) == (4, 1, 1)
    assert c.precision == 1.0
    assert c.recall == 0.25
    assert report.totals.quoted.speaker_recall == 1.0
    assert report.totals.speech.speaker_recall == pytest.approx(1 / 3)


def test_evaluate_default_predictor_is_the_parser() -> None:
    report = evaluate([GoldDocument("d", "Nothing is said here.")])
    assert report.totals.all.gold == 0


def test_report_totals_are_sums() -> None:
    a = DocumentScore("a", Breakdown(all=Counts(gold=2, predicted=1, matched_gold=1)))
    b = DocumentScore("b", Breakdown(all=Counts(gold=1, predicted=3, matched_predicted=2)))
    report = Report.from_scores([a, b])
    assert report.totals.all == Counts(gold=3, predicted=4, matched_gold=1, matched_predicted=2)
    assert report.totals.quoted == Counts()
    assert report.totals.all.precision == 0.5
    assert report.totals.all.recall == pytest.approx(1 / 3)
    assert report.totals.all.f1 == pytest.approx(0.4)


def test_report_json() -> None:
    report = evaluate([gold()], fake_predictor)
    data = json.loads(report.to_json())
    assert set(data) == {"documents", "totals", "damaged"}
    assert data["damaged"] == {"annotations": 0, "attributions_left_out": 0}
    assert "errors" not in data["documents"][0]
    assert set(data["totals"]) == set(SUBSETS)
    row = data["documents"][0]
    assert row["doc_id"] == "bridge"
    assert row["all"]["recall"] == 0.25
    assert row["matches"] == [{"gold": 1, "predicted": 0, "overlap": 19, "speaker": True}]
    assert data["totals"]["all"]["gold"] == 4
    assert json.loads(report.to_json(indent=None)) == data


def test_report_table() -> None:
    long_id = "publisher_2016-01-01_" + "a-very-long-title-" * 4
    report = Report.from_scores(
        [
            DocumentScore("short", Breakdown(all=Counts(gold=4, predicted=2, matched_gold=1))),
            DocumentScore(long_id, Breakdown()),
        ]
    )
    table = str(report)
    assert table.startswith("stancekit evaluation: 2 documents, 4 gold attributions")
    lines = table.splitlines()
    assert any(line.startswith("short ") and " 0.250 " in line for line in lines)
    assert long_id not in table
    assert any(line.startswith(long_id[:20]) and "…" in line for line in lines)
    assert any(line.startswith("TOTAL ") for line in lines)
    for name in SUBSETS:
        assert any(line.startswith(f"{name} ") for line in lines)


# -- gold JSON ----------------------------------------------------------------------------------


@st.composite
def gold_documents(draw: st.DrawFn, doc_id: str | None = None) -> GoldDocument:
    text = draw(st.text(max_size=60))
    size = len(text)
    spans = st.integers(0, size).flatmap(lambda a: st.integers(a, size).map(lambda b: Span(a, b)))
    names = st.text(min_size=1, max_size=12).filter(str.strip)
    attributions = st.builds(
        GoldAttribution,
        content=st.lists(spans, min_size=1, max_size=3),
        source=st.lists(spans, max_size=2),
        cue=st.lists(spans, max_size=2),
        speaker=st.none() | names,
        kind=st.none() | st.sampled_from(StatementKind),
        id=st.none() | st.text(max_size=5),
    )
    stances = st.builds(
        GoldStance,
        holder=names,
        target=names,
        polarity=st.sampled_from(Polarity),
        commitment=st.none() | st.sampled_from(Commitment),
        span=st.none() | spans,
    )
    return GoldDocument(
        doc_id if doc_id is not None else draw(names),
        text,
        draw(st.lists(attributions, max_size=4)),
        draw(st.lists(stances, max_size=2)),
    )


@given(st.lists(gold_documents(), max_size=3, unique_by=lambda d: d.doc_id))
def test_gold_json_round_trip(documents: list[GoldDocument]) -> None:
    assert loads_gold(dumps_gold(documents)) == documents


def test_gold_json_shape_and_defaults_omitted() -> None:
    data = json.loads(dumps_gold([GoldDocument("d", "ab", [GoldAttribution([Span(0, 1)])])]))
    assert data == {
        "format": "stancekit-gold",
        "version": 1,
        "documents": [
            {"id": "d", "text": "ab", "attributions": [{"content": [{"start": 0, "end": 1}]}]}
        ],
    }


def test_gold_json_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    write_gold_json([gold()], path)
    assert read_gold_json(path) == [gold()]
    assert load_gold(path) == [gold()]
    assert load_gold(path, format="json", limit=0) == []


_MINIMAL = {"format": "stancekit-gold", "version": 1}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{", "gold.json:1: not valid JSON"),
        ('{\n  "format": "stancekit-gold",\n  "version": 1,\n}', "gold.json:4: not valid JSON"),
        ("[]", "expected an object"),
        ({"version": 1}, "$.format: expected 'stancekit-gold'"),
        ({"format": "stancekit-gold", "version": 2}, "$.version: expected 1"),
        ({**_MINIMAL, "documents": [], "extra": 1}, "unknown keys ['extra']"),
        ({**_MINIMAL, "documents": {}}, "$.documents: expected a list"),
        ({**_MINIMAL, "documents": [{"id": "d"}]}, "$.documents[0].text"),
        (
            {**_MINIMAL, "documents": [{"id": "d", "text": "ab", "attributions": [{}]}]},
            "$.documents[0].attributions[0].content",
        ),
        (
            {
                **_MINIMAL,
                "documents": [{"id": "d", "text": "ab", "attributions": [{"content": [], "x": 1}]}],
            },
            "$.documents[0].attributions[0]",
        ),
        (
            {
                **_MINIMAL,
                "documents": [
                    {
                        "id": "d",
                        "text": "ab",
                        "attributions": [{"content": [{"start": 0, "end": 3}]}],
                    }
                ],
            },
            "span ends past the text",
        ),
        (
            {
                **_MINIMAL,
                "documents": [
                    {
                        "id": "d",
                        "text": "ab",
                        "attributions": [{"content": [{"start": 0, "end": 1}], "kind": "shout"}],
                    }
                ],
            },
            "$.documents[0].attributions[0].kind",
        ),
        (
            {**_MINIMAL, "documents": [{"id": "d", "text": ""}, {"id": "d", "text": ""}]},
            "duplicate id 'd'",
        ),
    ],
)
def test_gold_json_errors(data: object, message: str) -> None:
    raw = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(GoldFormatError, match=re.escape(message)) as info:
        loads_gold(raw, file="gold.json")
    assert str(info.value).startswith("gold.json")
    assert "\n" not in str(info.value)


def test_read_gold_json_file_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such file"):
        read_gold_json(tmp_path / "missing.json")
    with pytest.raises(GoldFormatError, match="is a directory"):
        read_gold_json(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"x": "\xff"}')
    with pytest.raises(GoldFormatError, match="not valid UTF-8"):
        read_gold_json(bad)


def test_load_gold_guesses_the_format(tmp_path: Path) -> None:
    root = make_polnear(tmp_path / "p", {"d": {"a1": ANN}}, {"d": TEXT})
    assert [d.doc_id for d in load_gold(root)] == ["d"]
    with pytest.raises(GoldFormatError, match="needs a directory"):
        load_gold(root / "text" / "d.txt", format="polnear")
    with pytest.raises(GoldFormatError, match="is a directory"):
        load_gold(root, format="json")
    with pytest.raises(GoldFormatError, match="no such file or directory"):
        load_gold(tmp_path / "nothing")


def test_gold_models_validate() -> None:
    with pytest.raises(StancekitError, match="at least one span"):
        GoldAttribution(content=())
    with pytest.raises(StancekitError, match="past the text"):
        GoldDocument("d", "ab", [GoldAttribution([Span(0, 3)])])
    with pytest.raises(StancekitError, match="non-empty"):
        GoldAttribution([Span(0, 1)], speaker=" ")
    with pytest.raises(StancekitError, match="non-empty"):
        GoldDocument("", "ab")


def test_gold_from_article() -> None:
    pred = fake_predictor(TEXT)
    converted = gold_from_article(pred, "bridge")
    (att,) = converted.attributions
    assert att.content == (at("We are on schedule,"),)
    assert (att.source, att.speaker, att.kind) == ((SHE,), "Speaker", StatementKind.DIRECT)
    assert loads_gold(dumps_gold([converted])) == [converted]
    # the parser's output scored against itself is perfect
    perfect = score_document(converted, pred).counts.all
    assert perfect.f1 == perfect.speaker_f1 == 1.0


def test_the_json_example_of_the_docs_is_valid_gold() -> None:
    doc_md = (Path(__file__).resolve().parent.parent / "docs" / "evaluation.md").read_text("utf-8")
    block = doc_md.split("```json\n", 1)[1].split("```", 1)[0]
    (example,) = loads_gold(block, file="docs/evaluation.md")
    assert example.quote(example.attributions[0].content) == "“The road opens in May,”"
    assert example.quote(example.attributions[0].source) == "Mayor Ana Lopez"
    assert example.attributions[0].speaker == "Ana Lopez"
    assert example.stances[0].polarity is Polarity.SUPPORT


def test_gold_source_resolved_to_the_predicted_actor_counts() -> None:
    # gold source "she" at 150-153; the parser named Ana Lopez elsewhere but resolved "she"
    # to her: the speaker is right; with another actor's mentions it is not.
    she = Actor("ana-lopez", "Ana Lopez", "person", mentions=(Span(150, 153),))
    gold = doc(g(20, 30, source=(150, 153)))
    pred = article(PLAIN, (Span(20, 30), Span(100, 103)), actor=she)
    assert [m.speaker for m in score_document(gold, pred).matches] == [True]
    assert [m.speaker for m in score_document(gold, pred, speaker_names=False).matches] == [False]
    other = Actor("ana-lopez", "Ana Lopez", "person", mentions=(Span(10, 13),))
    pred = article(PLAIN, (Span(20, 30), Span(100, 103)), actor=other)
    assert [m.speaker for m in score_document(gold, pred).matches] == [False]
