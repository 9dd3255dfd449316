"""Step 4: attributions. A cue, the mention naming the speaker, and the content.

The step reads each sentence once, through a :class:`~._view.SentenceView`:

1. cues are found (:mod:`._cues`: the lexicon's cue phrases, minus what the named filters of
   ``CUE_FILTERS`` reject);
2. each cue is given a speaker and a content by the first pattern of ``CUE_PATTERNS`` that
   applies (:mod:`._patterns`; speakers from :mod:`._speakers`, content bounds from
   :mod:`._content`), joint speakers each get their own attribution, and the
   ``SENTENCE_PATTERNS`` add what needs no cue (a dash signature, a colon label, a claim
   noun);
3. quotations with no attribution borrow one through ``BORROW_STRATEGIES`` (:mod:`._borrow`);
4. channels are added (:mod:`._channels`);
5. the pieces of a continued quotation are joined into one chain by ``JOIN_RULES``
   (:mod:`._chains`): one utterance, one statement.

Every attribution records the name of the pattern or strategy that made it in ``rule``. The
registries are ordered tuples: the order is the priority (``docs/architecture.md`` has the
table). The English words the rules test live in the lexicon (``lexicon.words``).
"""

from __future__ import annotations

from ...lexicon import Lexicon
from .._mentions import Mention
from .._text import Sentence
from . import _borrow, _chains, _cues, _patterns
from ._borrow import borrow
from ._chains import join_chains
from ._channels import add_channels
from ._content import clause_limit
from ._cues import find_cues
from ._patterns import CueSite
from ._records import Attribution, Cue
from ._speakers import co_speakers
from ._view import SentenceView

__all__ = ["Attribution", "attribute", "cue_filter_names", "rule_names"]

#: Attributions one sentence may make from its cues (co-speakers included). News sentences
#: make at most 5 over PolNeAR and stance-dev; each content can run to the sentence end, so
#: the cap bounds their total length at this many times the sentence.
MAX_ATTRIBUTIONS_PER_SENTENCE = 16


def attribute(
    sentences: list[Sentence], text: str, lex: Lexicon
) -> tuple[list[Attribution], list[list[Mention]]]:
    """All attributions of the article in text order, and each sentence's mentions.

    Args:
        sentences: The article's sentences, from segmentation.
        text: The article text.
        lex: The lexicon.

    Returns:
        The attributions sorted by content start and cue start, and the mentions of each
        sentence (index-aligned with *sentences*).
    """
    clex = lex.compiled()
    out: list[Attribution] = []
    works = [SentenceView(s, text, lex, clex) for s in sentences]
    for w in works:
        out.extend(_attribute_sentence(w))
    borrow(works, out, text)
    add_channels(works, out, lex, clex)
    out.sort(key=lambda a: (a.content_start, a.cue_start))
    join_chains(works, out)
    return out, [w.mentions for w in works]


def rule_names() -> tuple[str, ...]:
    """The names a statement's ``rule`` can take, in priority order: the cue patterns, the
    sentence patterns, the borrow strategies, then the join rules (a continued quotation)."""
    return tuple(
        f.__name__
        for f in (
            *_patterns.CUE_PATTERNS,
            *_patterns.SENTENCE_PATTERNS,
            *_borrow.BORROW_STRATEGIES,
            *_chains.JOIN_RULES,
        )
    )


def cue_filter_names() -> tuple[str, ...]:
    """The names of the cue filters, in the order they are asked."""
    return tuple(f.__name__ for f in _cues.CUE_FILTERS)


def _attribute_cue(
    w: SentenceView, c: Cue, floor: int, limit: int, found: list[Attribution]
) -> list[Attribution]:
    """The attributions made for cue *c* by the first pattern that applies to it."""
    site = CueSite(w, c, floor, limit, found)
    for pattern in _patterns.CUE_PATTERNS:
        made = pattern(site)
        if made is not None:
            for a in made:
                a.rule = pattern.__name__
            return made
    return []


def _attribute_sentence(w: SentenceView) -> list[Attribution]:
    cues = find_cues(w)
    found: list[Attribution] = []
    floor = 0  # tokens before this index belong to an earlier attribution of the sentence
    for idx, c in enumerate(cues):
        if len(found) >= MAX_ATTRIBUTIONS_PER_SENTENCE:
            break  # hostile text (a cue after every word): bounds the overlapping contents
        nxt = cues[idx + 1].a if idx + 1 < len(cues) else w.n
        limit = clause_limit(w, c, nxt)
        made = _attribute_cue(w, c, floor, limit, found)
        for a in list(made):
            # joint speakers: "Jane Roe and her counterpart John Doe said"
            for co in co_speakers(w, a.speaker):
                made.append(
                    Attribution(
                        a.sentence,
                        co,
                        a.cue,
                        a.lemma,
                        a.cue_start,
                        a.cue_end,
                        a.content_start,
                        a.content_end,
                        a.kind,
                        a.rule,
                    )
                )
        if made:
            found.extend(made)
            end = max(a.content_end for a in made)
            k = w.s.bounds(end, end)[0]  # the first token starting at or after the end
            floor = max(floor, c.b, k)
    for pattern in _patterns.SENTENCE_PATTERNS:
        more = pattern(w, found)
        for a in more:
            a.rule = pattern.__name__
        found.extend(more)
    return found
