"""Faults end cleanly and writes cannot lose data: atomic files, batch output that reads back,
dead or unstartable workers, signals, hostile command lines, odd DNA databases, and scale.

Every test here is a regression test of a finding of issue 12; the ones with subprocesses
allow for a loaded machine (generous deadlines, polling rather than sleeping).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from builders import OPPOSE, Say, make_article
from stancekit import Article, BatchError, Corpus, DNAError, ParseFailure, parse_many
from stancekit import batch as batch_module
from stancekit.cli import main
from stancekit.corpus import FailureRecord, FailureRecordsWarning, write_jsonl
from stancekit.io.dna import DNAReadWarning, read_dna, write_dna
from stancekit.network import one_mode

SAID = '"We will not send troops," the minister said.'


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- atomic writes ----------------------------------------------------------------------------


def test_write_jsonl_replaces_only_when_asked_and_only_on_success(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("precious\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_jsonl([Article("a")], path)
    assert path.read_text(encoding="utf-8") == "precious\n"

    def failing() -> Iterator[Article]:
        yield Article("a")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_jsonl(failing(), path, overwrite=True)
    assert path.read_text(encoding="utf-8") == "precious\n"  # untouched by the failed write
    assert _leftovers(tmp_path) == []
    assert write_jsonl([Article("a"), Article("b")], path, overwrite=True) == 2
    assert [a.text for a in Corpus.read_jsonl(path)] == ["a", "b"]


def test_write_jsonl_lone_surrogate_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    article = Article("caf\udce9 said no")  # what surrogateescape decoding gives
    Corpus([article]).write_jsonl(path)
    path.read_bytes().decode("utf-8")  # valid UTF-8
    assert Corpus.read_jsonl(path).articles == (article,)


def test_writes_never_follow_a_dangling_symlink_nor_touch_a_part_file(tmp_path: Path) -> None:
    link = tmp_path / "c.jsonl"
    link.symlink_to(tmp_path / "elsewhere.jsonl")
    with pytest.raises(FileExistsError):
        write_jsonl([Article("a")], link)
    assert not (tmp_path / "elsewhere.jsonl").exists()
    dna = tmp_path / "x.dna"
    dna.symlink_to(tmp_path / "gone.dna")
    with pytest.raises(DNAError, match="already exists"):
        write_dna(Corpus(), dna)
    assert dna.is_symlink()
    assert not (tmp_path / "gone.dna").exists()
    # A user's own X.part / X.dna.part is never deleted, with or without overwrite.
    mine = tmp_path / "y.dna.part"
    mine.write_text("my notes", encoding="utf-8")
    write_dna(Corpus(), tmp_path / "y.dna")
    write_dna(Corpus(), tmp_path / "y.dna", overwrite=True)
    assert mine.read_text(encoding="utf-8") == "my notes"
    (tmp_path / "c2.jsonl.part").write_text("mine", encoding="utf-8")
    write_jsonl([Article("a")], tmp_path / "c2.jsonl")
    assert (tmp_path / "c2.jsonl.part").read_text(encoding="utf-8") == "mine"


def test_write_dna_lone_surrogate_is_a_dna_error_leaving_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.dna"
    with pytest.raises(DNAError, match="lone surrogate"):
        write_dna(Article("caf\udce9 said"), path)
    assert list(tmp_path.iterdir()) == []


def test_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    write_jsonl([Article("a")], path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


# -- -o / --output, --failures ----------------------------------------------------------------


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAID, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"caf\xe9 said")  # not UTF-8: a failure
    (folder / "c.txt").write_text("He said no.", encoding="utf-8")
    return folder


def test_parse_output_file_force_and_failures(
    capsys: pytest.CaptureFixture[str], inputs: Path, tmp_path: Path
) -> None:
    out, failed = tmp_path / "corpus.jsonl", tmp_path / "failed.jsonl"
    argv = ["parse", str(inputs), "-o", str(out), "--failures", str(failed)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert [Path(a.source or "").name for a in Corpus.read_jsonl(out)] == ["a.txt", "c.txt"]
    (record,) = [json.loads(line) for line in failed.read_text(encoding="utf-8").splitlines()]
    assert record["source"] == str(inputs / "b.txt")
    assert record["reason"] == "decode"
    # The batch corpus is what `network` reads.
    assert main(["network", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["rows"]
    # An existing file is refused without --force, and left as it was.
    before = out.read_bytes()
    assert main(argv) == 1
    assert "already exists (pass --force to replace it)" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main([*argv, "--force"]) == 1
    assert out.read_bytes() == before
    single = tmp_path / "one.json"
    assert main(["parse", str(inputs / "a.txt"), "--format", "json", "-o", str(single)]) == 0
    assert json.loads(single.read_text(encoding="utf-8"))["text"] == SAID
    graph = tmp_path / "g.graphml"
    assert main(["network", str(out), "--format", "graphml", "-o", str(graph)]) == 0
    assert graph.read_text(encoding="utf-8").startswith("<?xml")
    assert _leftovers(tmp_path) == []


def test_interrupted_batch_leaves_no_file_and_a_summary(
    capsys: pytest.CaptureFixture[str],
    inputs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stancekit.cli import parse as cli_parse

    calls = []

    def interrupt(result: Any) -> str:
        calls.append(result)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return str(batch_module.to_json_line(result))

    monkeypatch.setattr(cli_parse, "to_json_line", interrupt)
    (inputs / "b.txt").unlink()
    out = tmp_path / "corpus.jsonl"
    assert main(["parse", str(inputs), "-o", str(out)]) == 130
    err = capsys.readouterr().err.splitlines()
    assert err[-2].startswith("stancekit: 1 article, ")
    assert "(interrupted after 1 of 2 inputs)" in err[-2]
    assert err[-1] == "stancekit: interrupted"
    assert not out.exists()
    assert _leftovers(tmp_path) == []


# -- old batch output with failure records ----------------------------------------------------


def test_failure_records_are_skipped_and_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "old.jsonl"
    write_jsonl([Article("a"), Article("b")], path)
    lines = path.read_text(encoding="utf-8").splitlines()
    failure = json.dumps({"source": "x.txt", "error": "x.txt is empty"})
    path.write_text("\n".join([lines[0], failure, lines[1], failure]) + "\n", encoding="utf-8")
    with pytest.warns(FailureRecordsWarning, match=r"2 lines are failure records.*line 2: x.txt"):
        corpus = Corpus.read_jsonl(path)
    assert [a.text for a in corpus] == ["a", "b"]
    found: list[FailureRecord] = []
    assert len(Corpus.read_jsonl(path, failures=found)) == 2
    assert found == [FailureRecord(n, "x.txt", "x.txt is empty") for n in (2, 4)]
    assert main(["network", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"stancekit: warning: {path}: 2 lines are failure records")
    # Anything else that is not an article is still an error.
    path.write_text('{"source": "x.txt", "error": "e", "mood": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        Corpus.read_jsonl(path)


# -- worker faults ------------------------------------------------------------------------------


class _Bomb:
    """Pickles fine; unpickling it (in a worker) kills the worker on the spot."""

    def __reduce__(self) -> tuple[Callable[[int], object], tuple[int]]:
        return (os._exit, (3,))


def test_dead_worker_is_a_batch_error_every_time() -> None:
    for _ in range(3):
        start = time.monotonic()
        items: list[Any] = ["He said no.", _Bomb(), "She said yes."]
        results = parse_many(items, workers=2, chunksize=1)
        with pytest.raises(BatchError, match="a worker process died") as info:
            list(results)
        assert info.value.reason == "worker-died"
        assert time.monotonic() - start < 30


def test_unpicklable_item_with_workers_is_a_failure_in_its_place() -> None:
    items: list[Any] = ["He said no.", lambda: None, "She said yes."]
    results = list(parse_many(items, workers=2, chunksize=1))
    assert [type(r).__name__ for r in results] == ["Article", "ParseFailure", "Article"]
    assert isinstance(results[1], ParseFailure)
    assert results[1].index == 1


def test_pool_that_cannot_start_is_one_error_line(
    capsys: pytest.CaptureFixture[str], inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch_module._mp_context

    class Broken:
        def __init__(self) -> None:
            self.real: Any = real()

        def Pipe(self) -> Any:  # noqa: N802 - multiprocessing's name
            return self.real.Pipe()

        def Process(self, **kwargs: Any) -> Any:  # noqa: N802 - multiprocessing's name
            process = self.real.Process(**kwargs)

            def start() -> None:
                raise BrokenPipeError(32, "Broken pipe")

            process.start = start
            return process

    monkeypatch.setattr(batch_module, "_mp_context", Broken)
    assert main(["parse", str(inputs), "--workers", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.splitlines()
    assert err[-1].startswith("stancekit: error: cannot start worker processes")
    assert err[-2].startswith("stancekit: 0 articles")


def _session_processes(sid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getsid(int(entry.name)) == sid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to list processes")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_with_workers_stops_at_once_leaving_no_process(
    tmp_path: Path, signum: int, code: int
) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(8):  # several seconds of parsing each: the run is mid-chunk when signalled
        (folder / f"{i}.txt").write_text((SAID + " ") * 3000, encoding="utf-8")
    cmd = [sys.executable, "-m", "stancekit", "parse", str(folder), "--workers", "2"]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_session_processes(proc.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.1)  # main, forkserver and two workers
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.5)
        start = time.monotonic()
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)  # as a terminal's Ctrl-C: the whole group
        else:
            proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
        elapsed = time.monotonic() - start
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    assert elapsed < 5
    lines = err.splitlines()
    assert lines[-1] == ("stancekit: terminated" if code == 143 else "stancekit: interrupted")
    assert "after 0 of 8 inputs" in lines[-2] or "of 8 inputs)" in lines[-2]
    deadline = time.monotonic() + 5
    while _session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_processes(proc.pid) == []


# -- hostile command lines --------------------------------------------------------------------


def _cli(*args: str, stdin: Any = None, env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "stancekit", *args],
        capture_output=True,
        stdin=stdin,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_closed_stdin_is_one_error_line() -> None:
    proc = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m stancekit parse - <&-'],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.decode() == "stancekit: error: cannot read standard input: it is closed\n"


def test_huge_max_chars_is_no_overflow(capsys: pytest.CaptureFixture[str], inputs: Path) -> None:
    big = "99999999999999999999999"
    assert main(["parse", str(inputs / "a.txt"), "--max-chars", big]) == 0
    assert "statements by" in capsys.readouterr().out


def test_strict_utf8_stdout_with_undecodable_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(SAID, encoding="utf-8")
    env = {"PYTHONIOENCODING": "utf-8:strict"}
    proc = _cli("parse", str(tmp_path / name), "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"] == str(tmp_path / name)
    proc = _cli("ask", str(tmp_path / name), "who ruled out caf\udce9", env=env)
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"\n") <= 1


def test_utf16_without_bom_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(SAID.encode("utf-16-be"))
    assert main(["parse", str(path)]) == 1
    assert "full of NUL bytes" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_directory_reports_dangling_links_loops_and_fifos(
    capsys: pytest.CaptureFixture[str], inputs: Path
) -> None:
    (inputs / "b.txt").unlink()
    (inputs / "dangling.txt").symlink_to(inputs / "gone.txt")
    (inputs / "loop.txt").symlink_to(inputs / "loop.txt")
    os.mkfifo(inputs / "pipe.txt")
    start = time.monotonic()
    assert main(["parse", str(inputs)]) == 1
    assert time.monotonic() - start < 30  # the FIFO without a writer does not block
    err = capsys.readouterr().err
    assert f"no such file: {inputs / 'dangling.txt'}" in err
    assert f"cannot read {inputs / 'loop.txt'}" in err
    assert f"{inputs / 'pipe.txt'} is empty" in err
    assert "2 articles" in err
    assert "3 errors" in err
    assert main(["parse", str(inputs / "pipe.txt")]) == 1  # explicit: no hang either


# -- cluster ------------------------------------------------------------------------------------


def test_cluster_blank_text_stale_parts_and_failure_records(tmp_path: Path) -> None:
    cluster = pytest.importorskip("stancekit.cluster")
    data = tmp_path / "in.jsonl"
    lines = [{"text": SAID}, {"text": "  \n "}, {"source": "x.txt", "error": "x.txt is empty"}]
    data.write_text("\n".join(json.dumps(d) for d in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00007.jsonl").write_text("stale\n", encoding="utf-8")
    paths = cluster.parse_corpus(str(data), out, jsonl=True, scheduler="sync")
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl"]
    written = [json.loads(line) for p in paths for line in Path(p).read_text().splitlines()]
    assert written[1] == {"source": None, "error": "line 2 is empty"}
    assert written[2]["error"] == "failed in an earlier run: x.txt is empty"


# -- DNA reader -------------------------------------------------------------------------------


def _dna(tmp_path: Path, *sql: str) -> Path:
    path = tmp_path / "odd.dna"
    write_dna(make_article(Say("Rolf Dunn", "no fees", "fees", OPPOSE)), path)
    con = sqlite3.connect(path)
    try:
        with con:
            for statement in sql:
                con.execute(statement)
    finally:
        con.close()
    return path


def test_dna_blob_text_is_read_as_utf8(tmp_path: Path) -> None:
    plain = read_dna(_dna(tmp_path))[0]
    (tmp_path / "odd.dna").unlink()
    path = _dna(tmp_path, "UPDATE DOCUMENTS SET Text = CAST(Text AS BLOB)")
    (article,) = read_dna(path)
    assert article.text == plain.text
    assert article.statements[0].content == "no fees"


@pytest.mark.parametrize(("stored", "polarity"), [("'false'", "oppose"), ("'TRUE'", "support")])
def test_dna_agreement_stored_as_text(tmp_path: Path, stored: str, polarity: str) -> None:
    path = _dna(tmp_path, f"UPDATE DATABOOLEAN SET Value = {stored}")
    assert read_dna(path)[0].stances[0].polarity.value == polarity


def test_dna_odd_agreement_is_an_error(tmp_path: Path) -> None:
    path = _dna(tmp_path, "UPDATE DATABOOLEAN SET Value = 'maybe'")
    with pytest.raises(DNAError, match="agreement is not a boolean"):
        read_dna(path)


def test_dna_statements_without_a_document_are_reported(tmp_path: Path) -> None:
    path = _dna(tmp_path, "INSERT INTO STATEMENTS VALUES (7, 1, 99, 0, 3, 1)")
    with pytest.warns(DNAReadWarning, match=r"1 statement point at no document \(IDs 7\)"):
        corpus = read_dna(path)
    assert len(corpus[0].statements) == 1


def test_dna_locked_by_a_writer(tmp_path: Path) -> None:
    path = _dna(tmp_path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DNAError, match="locked by another program"):
            read_dna(path)
    finally:
        writer.close()


# -- scale ------------------------------------------------------------------------------------


def _best_of(runs: int, func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def _kims(n: int) -> list[Article]:
    from stancekit import Actor, ActorKind

    actors = [Actor(f"p{i}", f"Person{i} Kim", ActorKind.PERSON) for i in range(n)]
    return [Article("x", actors=actors), Article("y", actors=[Actor("kim", "Kim", "person")])]


def test_actor_merging_is_linear_in_names_sharing_a_last_word() -> None:
    small = _best_of(2, lambda: Corpus(_kims(2000)))
    large = _best_of(2, lambda: Corpus(_kims(4000)))
    assert large < 3 * small + 0.05  # quadratic would be 4x
    assert len(Corpus(_kims(3)).actors) == 4  # "Kim" is ambiguous: it stays apart


def test_one_mode_network_without_edges_is_sparse() -> None:
    def corpus(n: int) -> Corpus:
        return Corpus([make_article(*(Say(f"Pia{i} Moss", "x", f"t{i}") for i in range(n)))])

    small_corpus, large_corpus = corpus(1500), corpus(3000)
    small = _best_of(2, lambda: one_mode(small_corpus).edges())
    large = _best_of(2, lambda: one_mode(large_corpus).edges())
    assert large < 3 * small + 0.05  # dense n x n would be 4x
    matrix = one_mode(large_corpus)
    assert matrix.shape == (3000, 3000)
    assert matrix.edges() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", ["network", "ask"])
def test_fifo_without_a_writer_does_not_hang_network_or_ask(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    argv = [command, str(fifo)] + (["who ruled out troops"] if command == "ask" else [])
    assert main(argv) == 1
    assert f"{fifo} is empty" in capsys.readouterr().err


def test_dna_damaged_text_bytes_are_a_dna_error(tmp_path: Path) -> None:
    path = _dna(tmp_path, "UPDATE DOCUMENTS SET Title = CAST(X'FF' AS TEXT)")
    with pytest.raises(DNAError, match="not UTF-8"):
        read_dna(path)
