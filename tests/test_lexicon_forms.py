"""The generated table of forms (``lang/en/forms.json``): up to date with the data, read
instead of lemminflect for the shipped words, lemminflect only for words a user adds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Lexicon, LexiconError
from stancekit.lexicon import _morph
from stancekit.lexicon._files import inflected_words, phrase_heads
from stancekit.lexicon._morph import (
    TABLE_FILE,
    dump_table,
    generate_table,
    noun_plurals,
    read_table,
    verb_forms,
    verb_lemma,
)

LANG_EN = Path(stancekit.__file__).parent / "lang" / "en"
TABLE = LANG_EN / TABLE_FILE


def _python(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_the_table_is_up_to_date_with_the_data() -> None:
    pytest.importorskip("lemminflect", reason="lemminflect is not installed")
    verbs, nouns = inflected_words()
    fresh = dump_table(generate_table(verbs, nouns, phrase_heads()))
    assert TABLE.read_text("utf-8") == fresh, (
        "lang/en/forms.json is out of date: run python scripts/generate_forms.py"
    )


def test_the_table_covers_every_inflected_word_of_the_data() -> None:
    table = read_table(TABLE)
    verbs, nouns = inflected_words()
    assert {v for v in verbs if v.isalpha()} <= set(table.verbs)
    assert {h for h in phrase_heads() if h.isalpha()} <= set(table.verbs) | table.not_verbs
    assert set(nouns) <= set(table.plurals)
    assert {f for forms in table.verbs.values() for f in forms} <= set(table.lemmas)


def test_the_language_folder_holds_the_table_beside_the_data_files() -> None:
    assert sorted(p.name for p in LANG_EN.iterdir() if p.suffix != ".toml") == [TABLE_FILE]
    json.loads(TABLE.read_text("utf-8"))  # plain JSON


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("admit", ("admit", "admits", "admitted", "admitting")),
        ("signal", ("signal", "signals", "signaled", "signalled", "signaling", "signalling")),
        ("quip", ("quip", "quips", "quipped", "quipping")),
    ],
)
def test_shipped_verbs_are_read_from_the_table(word: str, forms: tuple[str, ...]) -> None:
    assert read_table(TABLE).verbs[word] == forms
    assert verb_forms(word) == forms


@pytest.mark.parametrize(
    ("word", "answer"),
    [
        ("slammed", "slam"),
        ("lambasted", "lambaste"),
        ("dubbing", "dub"),
    ],
)
def test_shipped_forms_have_their_lemma_in_the_table(word: str, answer: str) -> None:
    assert read_table(TABLE).lemmas[word] == answer
    assert verb_lemma(word) == answer


@pytest.mark.parametrize(
    ("noun", "plurals"),
    [("secretary", ("secretaries",)), ("secretary-general", ("secretary-generals",))],
)
def test_shipped_role_nouns_have_their_plural_in_the_table(
    noun: str, plurals: tuple[str, ...]
) -> None:
    assert read_table(TABLE).plurals[noun] == plurals
    assert noun_plurals(noun) == plurals


@pytest.mark.parametrize("word", ["opine", "berate", "sheriff", "opined"])
def test_words_a_user_adds_are_not_in_the_table(word: str) -> None:
    table = read_table(TABLE)
    assert word not in table.verbs
    assert word not in table.lemmas
    assert word not in table.plurals


def test_parsing_with_the_default_lexicon_never_imports_lemminflect() -> None:
    out = _python(
        "import sys, stancekit\n"
        "doc = stancekit.parse('Senator Ada Quint admitted that the bridge was unsafe.')\n"
        "assert len(doc.statements) == 1, doc.statements\n"
        "stancekit.Lexicon.default().extend(quote_cues=['slam'], role_nouns=['minister'])\n"
        "print('lemminflect' in sys.modules)\n"
    )
    assert out == "False"


def test_a_word_missing_from_the_table_imports_lemminflect_only_then() -> None:
    pytest.importorskip("lemminflect", reason="lemminflect is not installed")
    out = _python(
        "import sys, stancekit\n"
        "lex = stancekit.Lexicon.default()\n"
        "before = 'lemminflect' in sys.modules\n"
        "lex = lex.extend(speech_cues={'opine': 'opine'}, role_nouns=['sheriff'])\n"
        "print(before, 'lemminflect' in sys.modules, 'opined' in lex.speech_cues,"
        " 'sheriffs' in lex.role_nouns)\n"
    )
    assert out == "False True True True"


def test_the_default_built_without_the_table_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("lemminflect", reason="lemminflect is not installed")
    from stancekit.lexicon import _core

    build = _core._default.__wrapped__  # the uncached builder
    with_table = build()
    assert with_table == Lexicon.default()
    monkeypatch.setattr(_morph, "_table", lambda: _morph.FormsTable({}, {}, {}))
    assert build() == with_table  # every form computed with lemminflect instead


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read the table of forms"),
        ('{"verbs": {}, "lemmas": {}}', "'plurals'"),
        ('{"verbs": [], "lemmas": {}, "plurals": {}}', "cannot read the table of forms"),
    ],
)
def test_a_damaged_table_is_a_lexicon_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / TABLE_FILE
    path.write_text(content, "utf-8")
    with pytest.raises(LexiconError, match=message):
        read_table(path)


def test_a_table_reads_back_what_was_dumped(tmp_path: Path) -> None:
    data = {
        "lemminflect": "0",
        "verbs": {"opine": ["opines", "opined", "opining"]},
        "lemmas": {"opined": "opine"},
        "plurals": {"sheriff": ["sheriffs"], "staff": []},
    }
    path = tmp_path / TABLE_FILE
    path.write_text(dump_table(data), "utf-8")
    table = read_table(path)
    assert table.verbs == {"opine": ("opine", "opines", "opined", "opining")}
    assert table.lemmas == {"opined": "opine"}
    assert table.plurals == {"sheriff": ("sheriffs",), "staff": ()}


@given(st.sampled_from(sorted(read_table(TABLE).verbs)))
def test_table_forms_start_with_the_lemma_and_lemmatise_back_to_it(lemma: str) -> None:
    forms = verb_forms(lemma)
    assert forms[0] == lemma
    assert len(set(forms)) == len(forms)
    assert all(f.isalpha() and f.islower() for f in forms)
    assert [verb_lemma(f) for f in forms] == [lemma] * len(forms)
