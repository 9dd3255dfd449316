"""Reading a language folder: each data file structured with its schema, then turned into
lexicon fields (derived entries included: verb forms, role plurals, quote-bound cues).

A folder holds the files of :data:`~stancekit.lexicon._schema.SCHEMAS`; the shipped one is
``stancekit/lang/en``. :func:`folder_fields` gives the fields a :class:`~stancekit.Lexicon` is
built from.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .._tokens import fold
from ..errors import LexiconError
from . import _schema as sc
from ._morph import pluralised, role_plurals, verb_forms
from ._phrases import CommitmentPhrase

__all__ = [
    "default_words",
    "file_fields",
    "folder_fields",
    "inflected_words",
    "lang_folder",
    "phrase_heads",
    "structured",
]


def lang_folder(code: str = "en") -> Traversable:
    return resources.files("stancekit") / "lang" / code


def structured(name: str, data: Any) -> Any:
    section: Any = sc.structure(data, sc.SCHEMAS[name], name)
    problems = [*sc.duplicates(section), *_section_overlaps(section)]
    if problems:
        raise LexiconError(f"{name}: " + "; ".join(problems))
    return section


def _section_overlaps(section: object) -> list[str]:
    out: list[str] = []
    if isinstance(section, sc.ReportingFile):
        for group in ("speech", "quote_cues"):
            vg: sc.VerbGroup = getattr(section, group)
            both = sorted(set(vg.verbs) & set(vg.irregular))
            if both:
                out.append(
                    f"$.{group}: {both} are both in verbs (forms generated) and irregular"
                    " (forms listed); keep one"
                )
    if isinstance(section, sc.ActorsFile):
        he, she = set(section.gendered.get("he", ())), set(section.gendered.get("she", ()))
        if he & she:
            out.append(f"$.gendered: {sorted(he & she)} are both 'he' and 'she'")
        he, she = set(section.given_names.get("he", ())), set(section.given_names.get("she", ()))
        if he & she:
            out.append(f"$.given_names: {sorted(he & she)} are both 'he' and 'she'")
    return out


def file_fields(name: str, data: Any) -> dict[str, Any]:
    """The lexicon fields one language data file gives, derived entries included."""
    section = structured(name, data)
    fields: dict[str, Any] = _BUILDERS[name](section)
    return fields


def _reporting(r: sc.ReportingFile) -> dict[str, Any]:
    speech: dict[str, str] = {}
    for lemma in r.speech.verbs:
        for form in verb_forms(lemma):
            speech.setdefault(form, lemma)
    for lemma, forms in r.speech.irregular.items():
        for form in forms:
            speech[form] = lemma.replace("_", " ")
    quoted: set[str] = set()
    for lemma in r.quote_cues.verbs:
        for form in verb_forms(lemma):
            if form not in speech:
                speech[form] = lemma
                quoted.add(form)
    for lemma, forms in r.quote_cues.irregular.items():
        for form in forms:
            if form not in speech:
                speech[form] = lemma.replace("_", " ")
                quoted.add(form)
    for phrase in r.position.cues:
        speech.setdefault(phrase, phrase)
    for prep in r.cues.source_prepositions:
        speech[prep] = prep
    c = r.cues
    return {
        "speech_cues": speech,
        "quote_cues": quoted,
        "source_prepositions": c.source_prepositions,
        "not_speech_before": c.not_speech_before,
        "anonymity": c.anonymity,
        "inverted_cues": c.inverted,
        "signature_cues": c.signature_cues,
        "noun_phrase_speakers": c.noun_phrase_speakers,
        "with_object": c.with_object,
        "object_cues": [
            *c.object_cues,
            *r.quote_cues.verbs,
            *(lemma.replace("_", " ") for lemma in r.quote_cues.irregular),
            *r.position.cues,
        ],
        "claim_nouns": c.claim_nouns,
        "cue_adverbs": c.cue_adverbs,
    }


def _actors(a: sc.ActorsFile) -> dict[str, Any]:
    plurals = role_plurals(a.role_nouns, a.institution_roles)
    return {
        "titles": a.titles,
        "role_aliases": a.role_aliases,
        "group_names": a.group_names.words,
        "spokes_titles": a.spokes_titles,
        "role_nouns": [*a.role_nouns, *plurals],
        "institution_roles": a.institution_roles,
        "government_roles": a.government_roles,
        "plural_roles": [*a.plural_roles, *plurals],
        "org_heads": a.org_heads,
        "portfolios": a.portfolios,
        "name_honorifics": a.name_honorifics,
        "indefinites": a.indefinites,
        "role_adjectives": a.role_adjectives,
        "not_names": a.not_names,
        "pronouns": a.pronouns,
        "gendered": {w: g for g, words in a.gendered.items() for w in words},
        "given_names": {w: g for g, words in a.given_names.items() for w in words},
    }


def _places(p: sc.PlacesFile) -> dict[str, Any]:
    return {
        "demonyms": {k.replace("-", " "): v for k, v in p.demonyms.items()},
        "country_aliases": p.country_aliases,
        "metonyms": p.metonyms,
    }


def _stance(s: sc.StanceFile) -> dict[str, Any]:
    w = s.words
    return {
        "commitments": [
            CommitmentPhrase(
                phrase=fold(p), commitment=g.commitment, negated=g.negated, target=g.target
            )
            for g in s.commitment
            for p in g.phrases
        ],
        "negators": w.negators,
        "negation_window": w.negation_window,
        "modal_negations": w.modal_negations,
        "action_verbs": w.action_verbs,
        "endorsement_subjects": w.endorsement_subjects,
        "endorsement_noun_context": w.endorsement_noun_context,
        "temporal_qualifiers": w.temporal_qualifiers,
        "scope_qualifiers": w.scope_qualifiers,
        "reported_markers": w.reported_markers,
        "third_party_subjects": w.third_party_subjects,
        "anaphoric_targets": w.anaphoric_targets,
        "subject_gap": w.subject_gap,
        "phrase_gap": w.phrase_gap,
        "verb_particles": w.verb_particles,
        "conditional_markers": w.conditional_markers,
        "refusals": w.refusals,
        "position_endorsers": w.position_endorsers,
        "office_words": w.office_words,
        "opposition_words": w.opposition_words,
        "coordinators": w.coordinators,
        "agent_markers": w.agent_markers,
        "object_relatives": w.object_relatives,
        "proposal_nouns": w.proposal_nouns,
        "intent_nouns": w.intent_nouns,
        "urging_verbs": w.urging_verbs,
        "supporter_nouns": w.supporter_nouns,
        "opponent_nouns": w.opponent_nouns,
        "inclusion_markers": w.inclusion_markers,
        "stance_nouns_from": w.stance_nouns_from,
        "not_proposals": w.not_proposals,
        "group_quantifiers": w.group_quantifiers,
        "group_modifiers": w.group_modifiers,
        "coordination_links": w.coordination_links,
        "proposal_links": w.proposal_links,
        "copulas": w.copulas,
        "echo_auxiliaries": w.echo_auxiliaries,
        "clarifying_phrases": w.clarifying_phrases,
        "contrast_markers": w.contrast_markers,
        "proposal_heads": w.proposal_heads,
        "head_verbs": w.head_verbs,
        "requirement_negations": w.requirement_negations,
        "abandon_verbs": w.abandon_verbs,
        "report_nouns": w.report_nouns,
        "dummy_subjects": w.dummy_subjects,
        "volition_verbs": w.volition_verbs,
        "purpose_nouns": w.purpose_nouns,
        "hedge_modals": w.hedge_modals,
        "question_marks": w.question_marks,
    }


def _targets(t: sc.TargetsFile) -> dict[str, Any]:
    synonyms: dict[str, str] = {}
    for group in t.synonyms:
        for word in group:
            synonyms.setdefault(fold(word), group[0])
    return {"synonyms": synonyms, "plural_suffixes": t.plural_suffixes, "stopwords": t.stopwords}


def _reactions(r: sc.ReactionsFile) -> dict[str, Any]:
    return {
        "reaction_cues": r.cues,
        "response_markers": r.words.response_markers,
        "warning_markers": r.words.warning_markers,
    }


def _text(t: sc.TextFile) -> dict[str, Any]:
    return {
        "days": t.days,
        "debris_lines": t.debris_lines,
        "abbreviations": t.abbreviations,
        "possessive_endings": t.possessive_endings,
        "not_speakers": t.not_speakers,
        "channels": t.channels,
    }


def _words(w: sc.WordLists) -> dict[str, Any]:
    return {"words": w.words()}


_BUILDERS: Mapping[str, Any] = {
    "reporting.toml": _reporting,
    "actors.toml": _actors,
    "places.toml": _places,
    "stance.toml": _stance,
    "targets.toml": _targets,
    "reactions.toml": _reactions,
    "text.toml": _text,
    "function_words.toml": _words,
}


def folder_fields(folder: Path | Traversable) -> dict[str, Any]:
    """The lexicon fields of every data file present in a language folder."""
    fields: dict[str, Any] = {}
    for name in sc.SCHEMAS:
        path = folder / name
        if path.is_file():
            fields.update(file_fields(name, sc.read_file(path, name)))
    return fields


@cache
def _default_words() -> sc.FunctionWords:
    name = "function_words.toml"
    words: sc.WordLists = structured(name, sc.read_file(lang_folder() / name, name))
    return words.words()


def default_words() -> sc.FunctionWords:
    """The function words shipped with stancekit (``lang/en/function_words.toml``).

    Read once, without the rest of the lexicon (the question forms are built from them at
    import time); equal to ``Lexicon.default().words``.
    """
    return _default_words()


def inflected_words(folder: Path | Traversable | None = None) -> tuple[list[str], list[str]]:
    """The words of a language folder that the lexicon inflects when it is built.

    ``scripts/generate_forms.py`` writes their forms to ``lang/en/forms.json``, so that
    building the default lexicon needs no morphology library.

    Args:
        folder: A language folder; the shipped English one when ``None``.

    Returns:
        The verb lemmas (speech and quote cues) and the role nouns that get a plural.

    Raises:
        LexiconError: when a data file cannot be read or does not fit its schema.
    """
    where = lang_folder() if folder is None else folder
    name = "reporting.toml"
    r: sc.ReportingFile = structured(name, sc.read_file(where / name, name))
    name = "actors.toml"
    a: sc.ActorsFile = structured(name, sc.read_file(where / name, name))
    return [*r.speech.verbs, *r.quote_cues.verbs], pluralised(a.role_nouns, a.institution_roles)


def phrase_heads(folder: Path | Traversable | None = None) -> list[str]:
    """The first words of a language folder's commitment phrases, which the phrase compiler
    inflects when they are verb lemmas (``"rule"`` of ``"rule out"``); see
    :func:`~stancekit.lexicon._morph.head_forms`.

    Args:
        folder: A language folder; the shipped English one when ``None``.

    Returns:
        The distinct first words, in order of appearance.

    Raises:
        LexiconError: when ``stance.toml`` cannot be read or does not fit its schema.
    """
    where = lang_folder() if folder is None else folder
    name = "stance.toml"
    s: sc.StanceFile = structured(name, sc.read_file(where / name, name))
    return list(dict.fromkeys(fold(p).split(" ")[0] for g in s.commitment for p in g.phrases))
