"""English morphology for the lexicon: the inflections of a verb, the plural of a noun.

Forms come from ``lemminflect`` (MIT; its tables are built from the AGID and the Automatically
Generated Inflection Database, with rules for words it does not know), so "admit" gives
"admitted", "signal" gives both "signaled" and "signalled". Everything is computed when a
lexicon is built, once per word, never per token while parsing.

The words of the shipped data are answered from a generated table, ``lang/en/forms.json``
(written by ``scripts/generate_forms.py`` with :func:`generate_table`; a test regenerates it
and compares), so building the default lexicon never imports lemminflect. A word that is not
in the table (one a user adds with ``extend`` or ``load``) imports it on first use. The
reasoning and the figures behind the choice are in ``docs/lexicon.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from ..errors import LexiconError
from ._schema import FunctionWords

__all__ = [
    "TABLE_FILE",
    "FormsTable",
    "Morphology",
    "dump_table",
    "fold_plural",
    "generate_table",
    "head_forms",
    "noun_plurals",
    "pluralised",
    "read_table",
    "role_plurals",
    "verb_forms",
    "verb_lemma",
]

#: The generated table of the shipped words' forms, in ``stancekit/lang/en``.
TABLE_FILE = "forms.json"

# Penn tags of the verb forms a reporting verb is used in: base, 3rd person, past, past
# participle, present participle.
_VERB_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


@attrs.frozen
class FormsTable:
    """Forms computed in advance, as :func:`verb_forms`, :func:`verb_lemma` and
    :func:`noun_plurals` would compute them with lemminflect.

    Attributes:
        verbs: A verb lemma to its forms, the lemma first.
        lemmas: A verb form to its lemma.
        plurals: A noun to its plurals (empty when it has none).
        not_verbs: First words of commitment phrases that are no verb lemma (``"never"``):
            :func:`head_forms` gives them no forms without asking lemminflect.
        singulars: Words ending in "s" that :func:`fold_plural`'s endings would fold wrongly,
            with lemminflect's noun lemma (``"crises"``: ``"crisis"``) or themselves when
            they are no plural (``"unanimous"``, ``"series"``).
    """

    verbs: Mapping[str, tuple[str, ...]]
    lemmas: Mapping[str, str]
    plurals: Mapping[str, tuple[str, ...]]
    not_verbs: frozenset[str] = frozenset()
    singulars: Mapping[str, str] = attrs.field(factory=dict)


@cache
def _table() -> FormsTable:
    """The shipped table, read once (a few milliseconds; no lemminflect)."""
    return read_table(resources.files("stancekit") / "lang" / "en" / TABLE_FILE)


def read_table(path: Traversable | Path) -> FormsTable:
    """Read a table of forms written by :func:`dump_table`.

    Args:
        path: The ``forms.json`` file.

    Returns:
        The table.

    Raises:
        LexiconError: when the file cannot be read or is not such a table.
    """
    try:
        data = json.loads(path.read_text("utf-8"))
        return FormsTable(
            verbs={str(k): (str(k), *map(str, v)) for k, v in data["verbs"].items()},
            lemmas={str(k): str(v) for k, v in data["lemmas"].items()},
            plurals={str(k): tuple(map(str, v)) for k, v in data["plurals"].items()},
            not_verbs=frozenset(map(str, data.get("not_verbs", ()))),
            singulars={str(k): str(v) for k, v in data.get("singulars", {}).items()},
        )
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        raise LexiconError(f"{TABLE_FILE}: cannot read the table of forms: {exc!r}") from None


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of an English verb, the lemma first.

    Args:
        lemma: A single lower-case word (``"admit"``).

    Returns:
        The lemma, then every spelling of its 3rd person, past, past participle and present
        participle forms, without repeats (``("admit", "admits", "admitted", "admitting")``).
        A phrase (a lemma with a space) is returned alone: its forms are listed in the data.
    """
    if not lemma.isalpha():
        return (lemma,)
    known = _table().verbs.get(lemma)
    return known if known is not None else _verb_forms(lemma)


def verb_lemma(form: str) -> str:
    """The lemma of a verb form: ``"lambasted"`` -> ``"lambast"``.

    Args:
        form: A single lower-case word.

    Returns:
        Its lemma, or *form* itself when it is not a known or guessable verb form.
    """
    if not form.isalpha():
        return form
    known = _table().lemmas.get(form)
    return known if known is not None else _verb_lemma(form)


def noun_plurals(noun: str) -> tuple[str, ...]:
    """The plural forms of an English noun: ``"official"`` -> ``("officials",)``.

    Args:
        noun: A single lower-case word.

    Returns:
        Every spelling of its plural (``"secretary"`` -> ``("secretaries",)``); empty for a
        phrase or a word that is not alphabetic.
    """
    known = _table().plurals.get(noun)
    return known if known is not None else _noun_plurals(noun)


def head_forms(word: str) -> tuple[str, ...]:
    """The other forms of the verb heading a commitment phrase: ``"rule"`` -> ``("rules",
    "ruled", "ruling")``.

    Unlike :func:`verb_forms`, a word that is no known verb lemma (``"never"``, ``"opposed"``,
    ``"a"``) gets no forms: a phrase is inflected only when its first word is a verb's base.

    Args:
        word: The first word of a phrase, lower-case.

    Returns:
        The 3rd person, past, past participle and present participle spellings, without the
        word itself; empty when *word* is not a known verb lemma.
    """
    if not word.isalpha() or word in _table().not_verbs:
        return ()
    known = _table().verbs.get(word)
    return known[1:] if known is not None else _known_verb_forms(word)[1:]


# -- computed with lemminflect (imported on first use) -----------------------------------------


@cache
def _known_verb_forms(lemma: str) -> tuple[str, ...]:
    """:func:`_verb_forms` for a lemma in lemminflect's dictionary; ``(lemma,)`` otherwise
    (no forms guessed by rule)."""
    import lemminflect

    return _forms_of(lemma, lemminflect.getAllInflections(lemma, upos="VERB"))


@cache
def _verb_forms(lemma: str) -> tuple[str, ...]:
    import lemminflect  # only a word missing from the table pays its start-up

    found = lemminflect.getAllInflections(lemma, upos="VERB")
    if not found:
        found = lemminflect.getAllInflectionsOOV(lemma, upos="VERB")
    return _forms_of(lemma, found)


def _forms_of(lemma: str, found: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """*lemma* and its inflections in *found* (lemminflect's tag -> forms), lower case, in
    the order of ``_VERB_TAGS``, without repeats."""
    out = [lemma]
    for tag in _VERB_TAGS:
        for form in found.get(tag, ()):
            if form.lower() not in out:
                out.append(form.lower())
    return tuple(out)


@cache
def _verb_lemma(form: str) -> str:
    import lemminflect

    lemmas = lemminflect.getAllLemmas(form, upos="VERB").get("VERB")
    if not lemmas:
        lemmas = lemminflect.getAllLemmasOOV(form, upos="VERB").get("VERB")
    return lemmas[0].lower() if lemmas else form


@cache
def _noun_plurals(noun: str) -> tuple[str, ...]:
    head, dash, last = noun.rpartition("-")
    if dash and last.isalpha() and head.replace("-", "").isalpha():
        return tuple(head + dash + p for p in _noun_plurals(last))  # "secretary-generals"
    if not noun.isalpha():
        return ()
    import lemminflect

    found = lemminflect.getAllInflections(noun, upos="NOUN")
    if not found:
        found = lemminflect.getAllInflectionsOOV(noun, upos="NOUN")
    return tuple(dict.fromkeys(f.lower() for f in found.get("NNS", ()) if f != noun))


def generate_table(
    verbs: Iterable[str], nouns: Iterable[str], heads: Iterable[str] = ()
) -> dict[str, Any]:
    """Compute the table of forms with lemminflect, for ``scripts/generate_forms.py``.

    Args:
        verbs: Verb lemmas; their forms, and the lemma of each form, go in the table
            (phrases and words that are not alphabetic are left out: they are not inflected).
        nouns: Nouns whose plurals go in the table.
        heads: First words of commitment phrases; those that are not in *verbs* go in the
            table with their forms when lemminflect knows them as verb lemmas, with none
            otherwise (see :func:`head_forms`).

    Returns:
        The table as plain data (``{"lemminflect": version, "verbs": ..., "lemmas": ...,
        "plurals": ..., "not_verbs": [...]}``), sorted, ready for :func:`dump_table`.

    Raises:
        ImportError: when lemminflect is not installed.
    """
    from importlib.metadata import version

    import lemminflect  # noqa: F401  (fail early and clearly when it is absent)

    forms = {v: _verb_forms(v) for v in sorted(set(verbs)) if v.isalpha()}
    not_verbs: list[str] = []
    for h in sorted(set(heads) - set(forms)):
        if h.isalpha():
            known = _known_verb_forms(h)
            if len(known) > 1:
                forms[h] = known
            else:
                not_verbs.append(h)
    forms = dict(sorted(forms.items()))
    lemmas = {f: _verb_lemma(f) for f in sorted({f for fs in forms.values() for f in fs})}
    return {
        "lemminflect": version("lemminflect"),
        "verbs": {v: list(fs[1:]) for v, fs in forms.items()},
        "lemmas": lemmas,
        "plurals": {n: list(_noun_plurals(n)) for n in sorted(set(nouns))},
        "singulars": _singulars(),
        "not_verbs": not_verbs,
    }


def _singulars() -> dict[str, str]:
    """The words of lemminflect's dictionary ending in "s" (lower case, alphabetic, longer
    than four letters) that are nouns, adjectives or adverbs and that the endings of
    :func:`_fold_ending` fold to something else than lemminflect's first noun lemma (or the
    word itself, for an adjective or adverb): "crises" is "crisis", "unanimous" and
    "series" stay. Verb forms are left to the endings."""
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("plans")  # loads its dictionary
    out: dict[str, str] = {}
    for word in sorted(lemmatizer.lemma_dict):
        if not (word.endswith("s") and word.isalpha() and word.islower() and len(word) > 4):
            continue
        readings = lemmatizer.getAllLemmas(word)
        nouns = readings.get("NOUN")
        if nouns:
            want = nouns[0]
        elif readings.get("ADJ") or readings.get("ADV"):
            want = word
        else:
            continue
        if _fold_ending(word, ("ies", "es", "s")) != want:
            out[word] = want
    return out


def dump_table(table: Mapping[str, Any]) -> str:
    """The JSON text of a table of forms: one entry per line, so that a change is one line.

    Args:
        table: As returned by :func:`generate_table`.

    Returns:
        The text of ``forms.json``.
    """
    lines = [
        "{",
        '"about": "generated by scripts/generate_forms.py with lemminflect; do not edit",',
        f'"lemminflect": {json.dumps(table["lemminflect"])},',
    ]
    sections = ("verbs", "lemmas", "plurals", "singulars")
    for name in sections:
        entries = [
            f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in table.get(name, {}).items()
        ]
        lines.append(f'"{name}": {{')
        lines.append(",\n".join(entries))
        lines.append("},")
    lines.append(f'"not_verbs": {json.dumps(table.get("not_verbs", []), ensure_ascii=False)}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def fold_plural(word: str, suffixes: tuple[str, ...] = ("ies", "es", "s")) -> str:
    """Fold a regular plural ending, using only the endings in *suffixes*.

    ``"deployments"`` -> ``"deployment"``, ``"agencies"`` -> ``"agency"``, ``"churches"`` ->
    ``"church"``, ``"taxes"`` -> ``"tax"``; ``"es"`` is removed only after a sibilant
    (``"ch"``, ``"sh"``, ``"x"``, ``"z"``, ``"ss"``), where English adds it, so ``"houses"``
    folds to ``"house"``.

    A word the endings would fold wrongly is read from lemminflect's lemmas, kept in the
    table of forms (``singulars``, no lemminflect at run time): ``"crises"`` -> ``"crisis"``,
    while ``"unanimous"``, ``"series"`` and ``"politics"`` stay as they are.

    Args:
        word: A lower-case word.
        suffixes: The plural endings to fold (the lexicon's ``plural_suffixes``).

    Returns:
        The singular, or *word* itself when it is short, not alphabetic or not a plural.
    """
    if len(word) <= 4 or not word.isalpha():
        return word
    if "s" in suffixes:
        known = _table().singulars.get(word)
        if known is not None:
            return known
    return _fold_ending(word, suffixes)


def _fold_ending(word: str, suffixes: tuple[str, ...]) -> str:
    """:func:`fold_plural` by the endings alone."""
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies") and "ies" in suffixes:
        return word[:-3] + "y"
    if (
        word.endswith("es")
        and "es" in suffixes
        and word[:-2].endswith(("ch", "sh", "x", "z", "ss"))
    ):
        return word[:-2]
    if word.endswith("ss"):
        return word
    if word.endswith("s") and "s" in suffixes:
        return word[:-1]
    return word


def role_plurals(roles: Iterable[str], institutions: Iterable[str]) -> set[str]:
    """Regular plurals of role nouns name several people: "governors", "ministers"."""
    return {p for r in pluralised(roles, institutions) for p in noun_plurals(r)}


def pluralised(roles: Iterable[str], institutions: Iterable[str]) -> list[str]:
    """The role nouns that get a plural: single words, not plural, not institutions."""
    skip = set(institutions)
    return [r for r in roles if " " not in r and not r.endswith("s") and r not in skip]


@attrs.frozen
class Morphology:
    """The suffix tests the parser's rules make on a single lower-case token.

    Built by :meth:`from_words` from the suffixes the data lists (``function_words.toml``
    and ``plural_suffixes`` in ``targets.toml``), so that another language changes them in
    its own folder; the parser reaches it as ``lexicon.compiled().morph``. The tests look
    at spelling only: they say that a token *looks like* an -ed, -ing or -s form, which is
    what the rules ask before they check the context.

    Attributes:
        past: Endings of regular past forms and past participles (``"ed"``).
        gerund: Endings of present participles and gerunds (``"ing"``).
        s_form: Endings of third-person verb forms and regular plurals (``"s"``).
        plural: Endings of regular plural nouns (``"ies"``, ``"es"``, ``"s"``).
        singular: Endings that make an -s ending no inflection (``"ss"``: "press").
        adverb: Endings of adverbs of manner (``"ly"``).
        negative: Negative clitics ending a verb (``"n't"``: "didn't").
    """

    past: tuple[str, ...]
    gerund: tuple[str, ...]
    s_form: tuple[str, ...]
    plural: tuple[str, ...]
    singular: tuple[str, ...]
    adverb: tuple[str, ...]
    negative: tuple[str, ...]

    @classmethod
    def from_words(cls, words: FunctionWords, plural_suffixes: Iterable[str]) -> Morphology:
        """The tests of a lexicon's function words and plural suffixes.

        Args:
            words: The lexicon's :class:`~stancekit.lexicon.FunctionWords`.
            plural_suffixes: The lexicon's ``plural_suffixes``.
        """
        return cls(
            past=tuple(sorted(words.past_suffixes)),
            gerund=tuple(sorted(words.gerund_suffixes)),
            s_form=tuple(sorted(words.s_form_suffixes)),
            plural=tuple(plural_suffixes),
            singular=tuple(sorted(words.singular_endings)),
            adverb=tuple(sorted(words.adverb_suffixes)),
            negative=tuple(sorted(words.negative_clitics)),
        )

    def is_past(self, word: str) -> bool:
        """Whether *word* has a regular past ending: "warned", "admitted"."""
        return bool(self.past) and word.endswith(self.past)

    def is_gerund(self, word: str) -> bool:
        """Whether *word* has a present-participle ending: "saying", "warning"."""
        return bool(self.gerund) and word.endswith(self.gerund)

    def is_s_form(self, word: str) -> bool:
        """Whether *word* has a third-person or plural -s ending: "says", "questions", not
        "press"."""
        return (
            bool(self.s_form)
            and word.endswith(self.s_form)
            and not (self.singular and word.endswith(self.singular))
        )

    def is_plural(self, word: str) -> bool:
        """Whether *word* has a regular plural ending: "officials", "agencies", not "boss"."""
        return (
            bool(self.plural)
            and word.endswith(self.plural)
            and not (self.singular and word.endswith(self.singular))
        )

    def is_adverb(self, word: str) -> bool:
        """Whether *word* has an adverb ending: "repeatedly"."""
        return bool(self.adverb) and word.endswith(self.adverb)

    def is_negative(self, word: str) -> bool:
        """Whether *word* ends in a negative clitic: "didn't", "won't"."""
        return bool(self.negative) and word.endswith(self.negative)
