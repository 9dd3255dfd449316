"""The lexicon's data files: schemas, loading what ships, derived entries, check(), and the
fixes that moving English into data brought (inflections, plurals, pronouns)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Lexicon, LexiconError
from stancekit.lexicon import FunctionWords
from stancekit.lexicon._morph import TABLE_FILE, fold_plural, read_table, verb_forms
from stancekit.lexicon._schema import SCHEMAS

LANG_EN = Path(stancekit.__file__).parent / "lang" / "en"


# -- loading what ships ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_shipped_file_loads_onto_the_default_and_gives_it_back(name: str) -> None:
    assert (LANG_EN / name).is_file()
    assert Lexicon.load(LANG_EN / name) == Lexicon.default()


def test_the_language_folder_holds_exactly_the_files_with_a_schema() -> None:
    assert sorted(p.name for p in LANG_EN.iterdir() if p.suffix == ".toml") == sorted(SCHEMAS)


def test_the_language_folder_loads_as_a_whole() -> None:
    assert Lexicon.load(LANG_EN) == Lexicon.default()
    assert Lexicon.load(LANG_EN, replace=True) == Lexicon.default()


def test_the_default_passes_its_check() -> None:
    assert Lexicon.default().check() == []


def test_function_words_are_typed_data() -> None:
    words = Lexicon.default().words
    assert isinstance(words, FunctionWords)
    assert "the" in words.determiners
    assert "against" in words.prepositions
    assert isinstance(words.determiners, frozenset)


# -- schemas reject bad data with a path ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("reporting.toml", '[speech]\nverbs = ["say", 3]\n', "reporting.toml: $.speech.verbs[1]"),
        ("reporting.toml", "[speech]\nadverbs = []\n", "extra fields found (adverbs)"),
        ("reporting.toml", '[cues]\nanonymity = "anonymity"\n', "$.cues.anonymity"),
        (
            "stance.toml",
            '[[commitment]]\nclass = "maybe"\nphrases = ["x"]\n',
            "stance.toml: $.commitment[0].commitment: expected one of",
        ),
        ("stance.toml", '[words]\nnegation_window = "3"\n', "$.words.negation_window"),
        ("reactions.toml", '[cues]\n"hit out" = "hates"\n', "reactions.toml: $.cues"),
        (
            "reporting.toml",
            '[speech]\nverbs = ["warn", "urge", "warn"]\n',
            "$.speech.verbs[2]: 'warn' is listed twice",
        ),
        (
            "reporting.toml",
            '[speech]\nverbs = ["say"]\n[speech.irregular]\nsay = ["said"]\n',
            "both in verbs",
        ),
        ("actors.toml", '[gendered]\nhe = ["x"]\nshe = ["x"]\n', "both 'he' and 'she'"),
        ("function_words.toml", 'determiners = "the"\n', "function_words.toml: $.determiners"),
    ],
)
def test_bad_data_files_are_rejected_with_a_path(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(LexiconError, match=re.escape(message)):
        Lexicon.load(path)


def test_a_good_data_file_of_ones_own_extends_the_default(tmp_path: Path) -> None:
    path = tmp_path / "reporting.toml"
    path.write_text('[speech]\nverbs = ["opine"]\n')
    lex = Lexicon.load(path)
    assert {"opine", "opines", "opined", "opining"} <= set(lex.speech_cues)
    assert lex.speech_cues["said"] == "say"  # the default is still there


# -- check() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"endorsement_subjects": ["military"]}, "endorsement_subjects and endorsement_noun"),
        ({"metonyms": {"french": "France"}}, "demonyms and metonyms share"),
        ({"titles": ["he"]}, "pronouns and titles share"),
    ],
)
def test_overlaps_are_rejected_when_extending(fields: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.default().extend(**fields)


def test_a_phrase_listed_twice_is_reported() -> None:
    lex = Lexicon.default().replace(debris_lines=["x", "y"])
    assert lex.check() == []
    with pytest.raises(LexiconError, match="debris_lines lists 'x' twice"):
        Lexicon.default().replace(debris_lines=["x", "x"])


def test_extending_a_commitment_phrase_gives_it_its_new_meaning() -> None:
    lex = Lexicon.default().extend(
        commitments=[{"phrase": "ruled out", "commitment": "caution", "target": "after"}]
    )
    assert lex.check() == []
    (phrase,) = [c for c in lex.commitments if c.phrase == "ruled out"]
    assert phrase.commitment is stancekit.Commitment.CAUTION


# -- derived entries after every extend/replace ---------------------------------------------


def test_extend_adds_a_new_verbs_inflections() -> None:
    lex = Lexicon.default().extend(speech_cues={"opine": "opine"})
    for form in ("opine", "opines", "opined", "opining"):
        assert lex.speech_cues[form] == "opine"
    article = stancekit.parse("Governor Ada Quint opines that the bridge is unsafe.", lexicon=lex)
    assert [s.content for s in article.statements] == ["the bridge is unsafe"]


def test_replace_also_derives() -> None:
    lex = Lexicon.default().replace(speech_cues={"opine": "opine"})
    assert set(lex.speech_cues) == {"opine", "opines", "opined", "opining"}


def test_extend_does_not_override_an_existing_entry() -> None:
    lex = Lexicon.default().extend(speech_cues={"noted": "note"})
    assert lex.speech_cues == Lexicon.default().speech_cues


def test_a_new_quote_cue_gets_its_forms_as_quote_bound_cues() -> None:
    lex = Lexicon.default().extend(quote_cues=["berate"])
    assert {"berate", "berates", "berated", "berating"} <= lex.quote_cues
    assert "berate" in lex.object_cues
    quoted = 'Mayor Ian Voss berated the builders as "cowboys".'
    plain = "Mayor Ian Voss berated the builders for the delay."
    assert [s.speaker for s in stancekit.parse(quoted, lexicon=lex).statements] == ["ian-voss"]
    assert stancekit.parse(plain, lexicon=lex).statements == ()


def test_a_new_role_noun_gets_its_plural() -> None:
    lex = Lexicon.default().extend(role_nouns=["sheriff"])
    assert "sheriffs" in lex.role_nouns
    assert "sheriffs" in lex.plural_roles
    assert "sheriffs" not in Lexicon.default().role_nouns


# -- fix: inflections double their consonant ------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("admit", {"admitted", "admitting", "admits"}),
        ("dub", {"dubbed", "dubbing"}),
        ("slam", {"slammed", "slamming"}),
        ("quip", {"quipped", "quipping"}),
        ("concur", {"concurred", "concurring"}),
        ("signal", {"signaled", "signalled", "signaling", "signalling"}),
        ("visit", {"visited", "visiting"}),  # stress on the first syllable: no doubling
        ("agree", {"agreed", "agreeing"}),
    ],
)
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    got = verb_forms(lemma)
    assert got[0] == lemma
    assert forms <= set(got)
    assert not {f for f in got if f.endswith(("tted", "ssed")) and lemma == "visit"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senator Ada Quint admitted that the bridge was unsafe.", "the bridge was unsafe"),
        ("Senator Ada Quint concurred that the toll was too high.", "the toll was too high"),
        (
            "Senator Ada Quint signalled that the vote would be delayed.",
            "the vote would be delayed",
        ),
        (
            'Senator Ada Quint quipped, "The bridge is older than I am."',
            "The bridge is older than I am.",
        ),
        ('Senator Ada Quint slammed the plan as "a giveaway".', "the plan as “a giveaway”"),
    ],
)
def test_doubled_consonant_cues_make_statements(text: str, content: str) -> None:
    (s,) = stancekit.parse(text).statements
    assert s.speaker == "ada-quint"
    assert s.content.replace('"', "“", 1).replace('"', "”", 1) == content.replace(
        '"', "“", 1
    ).replace('"', "”", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Quint slammed the door and left.",  # a quote cue, but no quotation
        "The admitted patients waited for hours at the clinic.",  # an adjective, no speaker
        "Senator Ada Quint signalled to the driver.",  # no content
    ],
)
def test_doubled_consonant_forms_do_not_make_statements_out_of_nothing(text: str) -> None:
    assert stancekit.parse(text).statements == ()


# -- fix: plural suffixes are honoured -----------------------------------------------------


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("churches", "church"),
        ("taxes", "tax"),
        ("processes", "process"),
        ("bushes", "bush"),
        ("houses", "house"),  # "es" after no sibilant: only the "s" goes
        ("agencies", "agency"),
        ("deployments", "deployment"),
        ("address", "address"),
        ("bus", "bus"),
        # lemminflect's reading where the endings would cut wrongly (the table's singulars)
        ("unanimous", "unanimous"),
        ("series", "series"),
        ("politics", "politics"),
        ("status", "status"),
        ("crises", "crisis"),
        ("analyses", "analysis"),
        ("buses", "bus"),
    ],
)
def test_fold_plural(word: str, folded: str) -> None:
    assert fold_plural(word, ("ies", "es", "s")) == folded


_NO_PLURALS = sorted(
    w for w, lemma in read_table(LANG_EN / TABLE_FILE).singulars.items() if w == lemma
)


@given(st.sampled_from(_NO_PLURALS))
def test_a_word_that_is_no_plural_is_never_cut(word: str) -> None:
    assert fold_plural(word, ("ies", "es", "s")) == word
    assert fold_plural(f"near-{word}", ("ies", "es", "s")) == f"near-{word}"  # not alphabetic


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("receive near-unanimous", "near-unanimous"), ("the rent-controls", "control-rent")],
)
def test_the_parts_of_a_hyphenated_head_fold_by_their_lemma(phrase: str, key: str) -> None:
    from stancekit.model import Span
    from stancekit.parse._noun_phrase import noun_phrase

    np = noun_phrase(phrase, Span(0, len(phrase)), Lexicon.default())
    assert np is not None
    assert np.key == key


def test_fold_plural_uses_only_the_listed_suffixes() -> None:
    assert fold_plural("churches", ("s",)) == "churche"
    assert fold_plural("agencies", ("es", "s")) == "agencie"
    assert fold_plural("deployments", ()) == "deployments"


def test_plural_suffixes_reach_target_matching() -> None:
    text = "Governor Ada Quint said she ruled out closing churches."
    (stance,) = stancekit.parse(text).stances
    assert "church" in stance.target.key
    lex = Lexicon.default().replace(plural_suffixes=[])
    (plain,) = stancekit.parse(text, lexicon=lex).stances
    assert "churches" in plain.target.key


def test_a_file_of_field_names_named_like_a_data_file_is_read_as_field_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "function_words.toml"
    path.write_text('titles = ["grand vizier"]\n')
    assert "grand vizier" in Lexicon.load(path).titles


# -- fix: pronouns come from the data -------------------------------------------------------


def test_a_new_pronoun_gives_a_statement() -> None:
    text = "Dr Ada Quint arrived late. Ze said the bridge was unsafe."
    assert [s.speaker for s in stancekit.parse(text).statements] == ["ze"]  # a name, unknown
    lex = Lexicon.default().extend(pronouns={"ze": "person"})
    (s,) = stancekit.parse(text, lexicon=lex).statements
    assert (s.speaker, s.content) == ("ada-quint", "the bridge was unsafe")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dr Ada Quint arrived late. He said the bridge was unsafe.", "ada-quint"),
        ("The city council met on Monday. They said the bridge was unsafe.", None),
        ("The Transport Ministry met on Monday. It said the bridge was unsafe.", None),
    ],
)
def test_shipped_pronouns_resolve_as_before(text: str, speaker: str | None) -> None:
    statements = stancekit.parse(text).statements
    if speaker is None:
        assert all(s.speaker != "ada-quint" for s in statements)
    else:
        assert [s.speaker for s in statements] == [speaker]


def test_a_plural_pronoun_from_the_data_does_not_link_to_a_person() -> None:
    text = "Dr Ada Quint arrived late. Zey said the bridge was unsafe."
    lex = Lexicon.default().extend(pronouns={"zey": "plural"})
    assert all(s.speaker != "ada-quint" for s in stancekit.parse(text, lexicon=lex).statements)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [({}, "horst"), ({"name_particles": ["zu"]}, "anna-zu-horst")],
)
def test_the_worked_example_of_docs_lexicon(words: dict[str, list[str]], speaker: str) -> None:
    """docs/lexicon.md: a word added to a function-word list reaches the parser."""
    lex = Lexicon.default().extend(words=words)
    (s,) = stancekit.parse("Anna zu Horst said the bridge was unsafe.", lexicon=lex).statements
    assert s.speaker == speaker


# -- the tokenizer's possessive endings come from the data -----------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Spain's plan", ["Spain", "'s", "plan"]),
        ("Spain’s plan", ["Spain", "’s", "plan"]),  # the typographic apostrophe
        ("SPAIN'S PLAN", ["SPAIN", "'S", "PLAN"]),  # the upper-case form
        ("Spain‘s plan", ["Spain", "‘", "s", "plan"]),  # an opening mark is no apostrophe
        ("the ministers' plan", ["the", "ministers", "'", "plan"]),  # no ending: punctuation
        ("it's 4's", ["it", "'s", "4", "'", "s"]),  # a number takes no ending
        ("Spain'd", ["Spain'd"]),  # not listed
    ],
)
def test_possessive_endings_split_as_the_data_says(text: str, tokens: list[str]) -> None:
    from stancekit._tokens import tokenize

    endings = Lexicon.default().possessive_endings
    assert endings == {"'s"}
    assert [t.text for t in tokenize(text, possessives=endings)] == tokens


def test_possessive_endings_of_ones_own() -> None:
    from stancekit._tokens import tokenize

    assert [t.text for t in tokenize("Spain'd go", possessives={"'d"})] == ["Spain", "'d", "go"]
    assert [t.text for t in tokenize("Spain's plan")] == ["Spain's", "plan"]  # none given


def test_possessive_endings_reach_the_parser() -> None:
    text = "Dr Ada Quint's deputy said the bridge was unsafe."
    assert all("'s" not in a.name for a in stancekit.parse(text).actors)
    lex = Lexicon.default().replace(possessive_endings=[])
    names = [a.name for a in stancekit.parse(text, lexicon=lex).actors]
    assert names == ["Dr Ada Quint's deputy"]  # without the ending, "Quint's" is one word


# -- a second language folder (docs/architecture.md, "A new language") ----------------------


def _second_language(folder: Path) -> Path:
    """A language folder of one's own: the shipped files, with Dutch reporting words."""
    import shutil

    shutil.copytree(LANG_EN, folder)
    edits = {
        "reporting.toml": [
            (
                "[speech.irregular]\n",
                '[speech.irregular]\nzeggen = ["zeggen", "zegt", "zei", "zeiden", "gezegd"]\n',
            )
        ],
        "function_words.toml": [
            ('content_leading = [",", ":", "that"', 'content_leading = [",", ":", "that", "dat"'),
            ('content_openers = ["that", ":"]', 'content_openers = ["that", "dat", ":"]'),
        ],
    }
    for name, changes in edits.items():
        text = (folder / name).read_text(encoding="utf-8")
        for old, new in changes:
            assert text.count(old) == 1, f"{name} no longer holds {old!r}: update this test"
            text = text.replace(old, new)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_second_language_folder_loads_from_anywhere(tmp_path: Path) -> None:
    lex = Lexicon.load(_second_language(tmp_path / "nl"), replace=True)
    assert lex.speech_cues["zei"] == "zeggen"
    assert "dat" in lex.words.content_openers
    assert lex.check() == []
    text = "Minister Anna Vermeer zei dat de brug onveilig was."
    assert stancekit.parse(text).statements == ()  # the shipped words know no "zei"
    (s,) = stancekit.parse(text, lexicon=lex).statements
    assert (s.speaker, s.content) == ("anna-vermeer", "de brug onveilig was")
    # what the folder does not change is the shipped data, read from the folder's own files
    (e,) = stancekit.parse(
        "Minister Anna Vermeer said the bridge was unsafe.", lexicon=lex
    ).statements
    assert e.content == "the bridge was unsafe"


def test_a_second_language_folder_with_bad_data_names_the_file(tmp_path: Path) -> None:
    folder = _second_language(tmp_path / "nl")
    (folder / "text.toml").write_text('abbreviations = "mr."\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"text\.toml"):
        Lexicon.load(folder, replace=True)


def test_mentions_may_open_with_a_determiner_from_the_data() -> None:
    """The mention chunker's first-word filter reads the data's determiners (it once held its
    own copy of the list)."""
    starters = Lexicon.default().compiled().mention_starters
    assert Lexicon.default().words.determiners <= starters
    assert "yonder" not in starters
    more = Lexicon.default().extend(words={"determiners": ["yonder"]})
    assert "yonder" in more.compiled().mention_starters


# -- government roles come from the data ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Swedish government said on Monday that the tariff would stay.", "government"),
        ("The Chilean administration said the port would reopen.", "government"),
        ("The Swedish ministry said on Monday that the tariff would stay.", "organization"),
        ("The Chilean broadcaster said the port would reopen.", "organization"),
    ],
)
def test_government_roles_name_governments(text: str, kind: str) -> None:
    (actor,) = stancekit.parse(text).actors
    assert actor.kind.value == kind


def test_a_government_role_of_ones_own_names_a_government() -> None:
    text = "The Chilean junta said the port would reopen."
    lex = Lexicon.default().extend(role_nouns=["junta"], institution_roles=["junta"])
    assert [a.kind.value for a in stancekit.parse(text, lexicon=lex).actors] == ["organization"]
    lex = lex.extend(government_roles=["junta"])
    assert [a.kind.value for a in stancekit.parse(text, lexicon=lex).actors] == ["government"]


def test_a_government_role_that_is_not_an_institution_is_reported() -> None:
    with pytest.raises(LexiconError, match="government_roles \\['junta'\\] are not institution"):
        Lexicon.default().extend(government_roles=["junta"])
