"""English morphology for the lexicon: the inflections of a verb, the plural of a noun.

Forms come from ``lemminflect`` (MIT; its tables are built from the AGID and the Automatically
Generated Inflection Database, with rules for words it does not know), so "admit" gives
"admitted", "signal" gives both "signaled" and "signalled". Everything is computed when a
lexicon is built, once per lemma (cached), never per token while parsing. The reasoning and the
figures behind the choice are in ``docs/lexicon.md``.
"""

from __future__ import annotations

from functools import cache

__all__ = ["fold_plural", "noun_plurals", "verb_forms", "verb_lemma"]

# Penn tags of the verb forms a reporting verb is used in: base, 3rd person, past, past
# participle, present participle.
_VERB_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


@cache
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
    import lemminflect  # imported on first use: only lexicons that inflect pay its start-up

    found = lemminflect.getAllInflections(lemma, upos="VERB")
    if not found:
        found = lemminflect.getAllInflectionsOOV(lemma, upos="VERB")
    out = [lemma]
    for tag in _VERB_TAGS:
        for form in found.get(tag, ()):
            if form not in out:
                out.append(form.lower())
    return tuple(out)


@cache
def verb_lemma(form: str) -> str:
    """The lemma of a verb form: ``"lambasted"`` -> ``"lambast"``.

    Args:
        form: A single lower-case word.

    Returns:
        Its lemma, or *form* itself when it is not a known or guessable verb form.
    """
    if not form.isalpha():
        return form
    import lemminflect

    lemmas = lemminflect.getAllLemmas(form, upos="VERB").get("VERB")
    if not lemmas:
        lemmas = lemminflect.getAllLemmasOOV(form, upos="VERB").get("VERB")
    return lemmas[0].lower() if lemmas else form


@cache
def noun_plurals(noun: str) -> tuple[str, ...]:
    """The plural forms of an English noun: ``"official"`` -> ``("officials",)``.

    Args:
        noun: A single lower-case word.

    Returns:
        Every spelling of its plural (``"secretary"`` -> ``("secretaries",)``); empty for a
        phrase or a word that is not alphabetic.
    """
    head, dash, last = noun.rpartition("-")
    if dash and last.isalpha() and head.replace("-", "").isalpha():
        return tuple(head + dash + p for p in noun_plurals(last))  # "secretary-generals"
    if not noun.isalpha():
        return ()
    import lemminflect

    found = lemminflect.getAllInflections(noun, upos="NOUN")
    if not found:
        found = lemminflect.getAllInflectionsOOV(noun, upos="NOUN")
    return tuple(dict.fromkeys(f.lower() for f in found.get("NNS", ()) if f != noun))


def fold_plural(word: str, suffixes: tuple[str, ...] = ("ies", "es", "s")) -> str:
    """Fold a regular plural ending, using only the endings in *suffixes*.

    ``"deployments"`` -> ``"deployment"``, ``"agencies"`` -> ``"agency"``, ``"churches"`` ->
    ``"church"``, ``"taxes"`` -> ``"tax"``; ``"es"`` is removed only after a sibilant
    (``"ch"``, ``"sh"``, ``"x"``, ``"z"``, ``"ss"``), where English adds it, so ``"houses"``
    folds to ``"house"``.

    Args:
        word: A lower-case word.
        suffixes: The plural endings to fold (the lexicon's ``plural_suffixes``).

    Returns:
        The singular, or *word* itself when it is short, not alphabetic or not a plural.
    """
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
