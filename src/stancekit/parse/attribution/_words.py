"""The English words the attribution rules test tokens against, in one place.

These sets move to the lexicon's data files next (``lang/en/``, issue 8, deliverable 2); until
then every word set of the attribution package lives here and nowhere else, so that moving
them is one edit per set. Each set says in a comment what it is for.
"""

from __future__ import annotations

__all__ = [
    "ADJUNCT_STARTS",
    "BARE_PAST_CUES",
    "BASE_FORM_VERBS",
    "BE_FORMS",
    "CHANNEL_SKIP",
    "CHANNEL_TRIGGERS",
    "CLAUSE_OPENERS",
    "COORDINATION",
    "DASHES",
    "HARD_STOPS",
    "IRREGULAR_PAST",
    "NOUN_BEFORE",
    "NP_DETERMINERS",
    "OBJECT_PREPOSITION_CUES",
    "PARTICIPLE_BEFORE",
    "PAST_CUES",
    "POSSESSIVE_DETS",
    "PP_LINKS",
    "PREPOSITION_STARTS",
    "PROGRESSIVE_BE",
    "RELATIVE",
    "SUBJECT_OPENERS",
    "SUBJECT_PRONOUNS",
    "THIRD_PERSON",
]

# a cue word right after one of these is a noun: "a warning", "his remarks"
NOUN_BEFORE = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
        "'s",
        "no",
        "any",
        "some",
        "such",
        "each",
        "every",
        "first",
        "last",
        "latest",
        "recent",
    }
)
# an -ing cue after one of these is a participle: ", saying", "while insisting"
PARTICIPLE_BEFORE = frozenset(
    {
        ",",
        "and",
        "but",
        "while",
        "after",
        "before",
        "when",
        "by",
        "also",
        "then",
        "even",
        "as",
        "—",
        "–",
        "-",
        ";",
    }
)
# forms of "be": "was mentioned" is a passive, "is saying" a progressive
BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be", "being"})
# forms of "be" before a progressive -ing cue: "is saying", "were warning"
PROGRESSIVE_BE = BE_FORMS - {"being"}
# past forms that equal their lemma's first word or look like a base form ("said", "put")
BASE_FORM_VERBS = frozenset(
    {
        "said",
        "told",
        "wrote",
        "thought",
        "found",
        "put",
        "hit",
        "went",
        "made",
        "according",
        "knew",
        "shown",
        "learned",
    }
)
# cue past forms that "was ...ed" does not make passive
BARE_PAST_CUES = frozenset({"said", "told"})
# subject pronouns that take a base-form verb: "they say"
SUBJECT_PRONOUNS = frozenset({"they", "we", "i", "you"})
# the words that open an adverbial between a cue and its content ("said on Monday that")
ADJUNCT_STARTS = frozenset(
    {
        "after",
        "on",
        "in",
        "at",
        "during",
        "before",
        "to",
        "while",
        "following",
        "late",
        "early",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "earlier",
        "later",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "via",
        "from",
        "when",
        "with",
        "afterwards",
        "over",
        "through",
        "recently",
        "again",
        "publicly",
        "privately",
        "also",
        "separately",
        "once",
        "repeatedly",
        "previously",
        "morning",
        "evening",
        "afternoon",
    }
)
# irregular past tenses: 'chanted "Go home" and kept marching' starts a new verb phrase
IRREGULAR_PAST = frozenset(
    {
        "kept",
        "went",
        "came",
        "left",
        "took",
        "made",
        "began",
        "gave",
        "got",
        "ran",
        "stood",
        "held",
        "brought",
        "sang",
        "threw",
        "led",
    }
)
# past cue forms with no -ed ending: "and told reporters" continues the main clause
PAST_CUES = frozenset({"said", "told", "wrote", "added", "went", "made", "put", "thought"})
# a comma followed by one of these closes the reported clause
CLAUSE_OPENERS = frozenset(
    {
        "but",
        "which",
        "while",
        "although",
        "though",
        "whereas",
        "including",
        "despite",
        "implicitly",
        "explicitly",
        "yet",
        "even",
        "adding",
        "saying",
        "noting",
        "arguing",
        "according",
    }
)
# relative pronouns between a speaker and the cue: "X, who said"
RELATIVE = frozenset({"who", "which", "that"})
# third-person subjects of an -s verb form: "she says"
THIRD_PERSON = frozenset({"he", "she", "it", "one", "everyone", "nobody", "somebody"})
# determiners opening a plain noun phrase: "the bill's sponsors said"
NP_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# prepositions joining a head to its complement: "Farmers across the region said"
PP_LINKS = frozenset({"of", "in", "from", "across", "at", "on", "for", "with", "within"})
# words that introduce where something was said: "on X", "told SVT", "in an interview"
CHANNEL_TRIGGERS = frozenset({"on", "in", "via", "told", "to", "at", "before", "with"})
# words skipped between a channel trigger and the channel: "in a lengthy television interview"
CHANNEL_SKIP = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "public",
        "state",
        "broadcaster",
        "television",
        "radio",
        "newspaper",
        "tetchy",
        "brief",
        "lengthy",
        "short",
        "long",
        "new",
        "joint",
        "message",
        "post",
        "posts",
        "tweet",
        "video",
        "statement",
    }
)
# an indirect content opening with one of these is an adjunct, not words: "said on Thursday"
PREPOSITION_STARTS = frozenset(
    {
        "of",
        "on",
        "in",
        "at",
        "from",
        "with",
        "as",
        "during",
        "about",
        "for",
        "by",
        "to",
        "into",
        "over",
        "after",
        "before",
        "up",
    }
)
# tokens no backward or forward speaker search crosses
HARD_STOPS = frozenset({",", ";", ":", "!", "?", "(", ")", '"', "“", "”"})
# dashes: a signature ('"..." ― Jane Roe') or a clause break
DASHES = frozenset({"―", "—", "–", "-", "--"})
# the links of a list of joint speakers: "A, B and C said"
COORDINATION = frozenset({"and", ",", "&"})
# possessives before a co-speaker: "Jane Roe and her counterpart John Doe"
POSSESSIVE_DETS = frozenset({"her", "his", "their", "its"})
# words before a subject at the start of a main clause: "But the minister said"
SUBJECT_OPENERS = frozenset(
    {",", "but", "and", "meanwhile", "however", "yet", "so", "still", "“", '"'}
)
# cues whose addressee is followed by a preposition that opens the content: "warned of"
OBJECT_PREPOSITION_CUES = frozenset(
    {"accuse", "warn", "urge", "caution", "charge", "remind", "tell"}
)
