"""The parser's knowledge of English, as typed data (see ``docs/lexicon.md``).

:class:`Lexicon` holds every word list; its default is read from the data files of
``stancekit/lang/en``, each with its schema (:mod:`stancekit.lexicon._schema`).
"""

from ._core import CommitmentPhrase, CompiledLexicon, Lexicon, PhraseTable, default_words
from ._morph import fold_plural, verb_lemma
from ._schema import FunctionWords

__all__ = [
    "CommitmentPhrase",
    "CompiledLexicon",
    "FunctionWords",
    "Lexicon",
    "PhraseTable",
    "default_words",
    "fold_plural",
    "verb_lemma",
]
