"""Coverage-guided fuzzing of parse(), parse_many() and stancekit.json.loads with atheris.

atheris is optional and not part of the test suite; see docs/fuzzing.md. ::

    pip install atheris
    python benchmarks/fuzz_atheris.py --make-corpus fuzz-corpus/
    python benchmarks/fuzz_atheris.py fuzz-corpus/ -max_total_time=3600 -rss_limit_mb=2048

    # without atheris: replay saved inputs (crash-*, a corpus) or run random mutations
    python benchmarks/fuzz_atheris.py --replay crash-1234abcd fuzz-corpus/
    python benchmarks/fuzz_atheris.py --random 20000

Every argument but ours goes to libFuzzer. A failing input is any that makes stancekit raise
something other than a StancekitError, lose or change the text, or produce an article that
does not survive a JSON round trip.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

try:
    import atheris
except ImportError:  # replay and random modes work without it
    atheris = None

# stancekit must be imported first under instrumentation, or atheris sees no coverage.
if atheris is not None:
    with atheris.instrument_imports(include=["stancekit"]):
        import stancekit
        from stancekit import json as sk_json
        from stancekit.batch import to_json_line
else:
    import stancekit
    from stancekit import json as sk_json
    from stancekit.batch import to_json_line

import _texts  # imports stancekit: after the instrumented import above

#: Texts that fit one fuzzing iteration comfortably.
MAX_CHARS = 100_000


def _check_article(text: str, article: stancekit.Article) -> None:
    assert article.text == text, "the article text differs from the input"
    for s in article.statements:
        assert s.content_of(text) == s.content, f"{s.id}: content is not the text at its pieces"
    again: stancekit.Article = sk_json.loads(to_json_line(article))
    assert again == article, "the article does not survive a JSON round trip"


def _fuzz_parse(text: str) -> None:
    try:
        article = stancekit.parse(text, max_chars=MAX_CHARS)
    except stancekit.StancekitError:
        return
    _check_article(text, article)


def _fuzz_parse_many(text: str) -> None:
    parts = text.split("\x1e")[:8]  # record separator: several articles in one input
    for part, result in zip(parts, stancekit.parse_many(parts, max_chars=MAX_CHARS), strict=True):
        if isinstance(result, stancekit.ParseFailure):
            assert not result.unexpected, result.details
        else:
            _check_article(part, result)


def _fuzz_loads(data: bytes) -> None:
    try:
        article = sk_json.loads(data)
    except stancekit.JSONError as exc:
        errors = exc.errors
    else:
        assert sk_json.loads(sk_json.dumps(article)) == article
        return
    assert errors, "a JSONError without a message"
    assert all(line.startswith("$") for line in errors), errors


def test_one_input(data: bytes) -> None:
    """The fuzz target: the first byte picks what to exercise, the rest is the input."""
    if not data:
        return
    selector, body = data[0] % 4, data[1:]
    if selector == 0:
        _fuzz_parse(body.decode("utf-8", "replace"))
    elif selector == 1:
        _fuzz_parse(body.decode("utf-8", "surrogateescape"))
    elif selector == 2:
        _fuzz_parse_many(body.decode("utf-8", "replace"))
    else:
        _fuzz_loads(body)


# -- seeds and the modes that need no atheris ---------------------------------------------


def seed_inputs() -> list[bytes]:
    """Starting points: real articles (as text) and their JSON."""
    texts = _texts.varied_texts()[:20]
    inputs = [bytes([s]) + t.encode("utf-8") for t in texts for s in (0, 2)]
    article = stancekit.parse(_texts.seed_text(), source="seed")
    inputs.append(b"\x03" + sk_json.dumps(article).encode("utf-8"))
    inputs.append(b'\x03{"text": "x", "actors": [{"id": "a", "name": "A", "kind": "person"}]}')
    return inputs


TOKENS = [b'"', b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"(", b")", b"[", b"]", b"{", b"}", b"\\"]
TOKENS += [b" said ", b"\n\n", b"\x00", b"\xff", b"\xed\xb3\xbf", b"\x1e", b",", b":"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random insertions, deletions, repetitions and byte flips."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(1, max(1, len(buf)))
        action = rng.randrange(4)
        if action == 0:
            buf[pos:pos] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 50, 1000))
        elif action == 1:
            del buf[pos : pos + rng.randint(1, 64)]
        elif action == 2 and len(buf) > 1:
            buf[pos - 1] = rng.randrange(256)
        else:
            end = min(len(buf), pos + rng.randint(1, 32))
            buf[pos:pos] = bytes(buf[pos:end]) * rng.randint(2, 20)
    return bytes(buf)


def replay(paths: list[str]) -> int:
    files = [f for p in map(Path, paths) for f in (sorted(p.iterdir()) if p.is_dir() else [p])]
    for f in files:
        test_one_input(f.read_bytes())
    print(f"replayed {len(files)} inputs: no failure")
    return 0


def random_run(n: int, seed: int) -> int:
    rng = random.Random(seed)
    seeds = seed_inputs()
    for i in range(n):
        data = mutate(rng.choice(seeds), rng)
        try:
            test_one_input(data)
        except Exception:
            crash = Path(f"crash-random-{seed}-{i}")
            crash.write_bytes(data)
            print(f"failure on input {i}, saved to {crash}", file=sys.stderr)
            raise
    print(f"{n:,} random inputs (seed {seed}): no failure")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], add_help=False)
    parser.add_argument("--make-corpus", metavar="DIR", help="write seed inputs to DIR")
    parser.add_argument("--replay", nargs="+", metavar="PATH", help="run saved inputs")
    parser.add_argument("--random", type=int, metavar="N", help="run N random mutations")
    parser.add_argument("--seed", type=int, default=0, help="random seed for --random")
    ours, rest = parser.parse_known_args()
    if ours.make_corpus:
        out = Path(ours.make_corpus)
        out.mkdir(parents=True, exist_ok=True)
        for i, data in enumerate(seed_inputs()):
            (out / f"seed-{i:03}").write_bytes(data)
        print(f"wrote {len(seed_inputs())} seed inputs to {out}")
        return 0
    if ours.replay:
        return replay(ours.replay)
    if ours.random is not None:
        return random_run(ours.random, ours.seed)
    if atheris is None:
        print("atheris is not installed (pip install atheris); --replay and --random work without")
        return 2
    atheris.Setup([sys.argv[0], *rest], test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
