"""stancekit: who said what, which position they took, and how they reacted.

Turn English news articles into typed, evidence-backed data::

    >>> import stancekit
    >>> article = stancekit.parse('"We will not send troops," the minister said.')
    >>> [s.content for s in article.statements]
    ['We will not send troops']
"""

from . import json as json  # stancekit.json, kept out of __all__ (it would shadow json)
from ._version import __version__
from .batch import Document, ParseFailure, ParseResult, parse_files, parse_many
from .corpus import Corpus, CorpusActor
from .errors import (
    BatchError,
    DNAError,
    InputError,
    JSONError,
    LexiconError,
    MissingExtraError,
    NetworkError,
    QueryError,
    StancekitError,
    ValidationError,
)
from .explain import explain
from .io.html import parse_html
from .lexicon import CommitmentPhrase, Lexicon
from .model import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Polarity,
    Reaction,
    ReactionBasis,
    ReactionKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
)
from .parse import DEFAULT_MAX_CHARS, KnownActor, parse
from .query import (
    Answer,
    ask,
    find_actor,
    reactions_to,
    stances_on,
    statements_by,
    who_opposes,
    who_refused_to_rule_out,
    who_ruled_out,
    who_supports,
)
from .topics import Codebook, Topic

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Actor",
    "ActorKind",
    "Answer",
    "Article",
    "BatchError",
    "Codebook",
    "Commitment",
    "CommitmentPhrase",
    "Corpus",
    "CorpusActor",
    "DNAError",
    "Document",
    "InputError",
    "JSONError",
    "KnownActor",
    "Lexicon",
    "LexiconError",
    "MissingExtraError",
    "NetworkError",
    "ParseFailure",
    "ParseResult",
    "Polarity",
    "QueryError",
    "Reaction",
    "ReactionBasis",
    "ReactionKind",
    "Span",
    "Stance",
    "StancekitError",
    "Statement",
    "StatementKind",
    "Target",
    "Topic",
    "ValidationError",
    "__version__",
    "ask",
    "explain",
    "find_actor",
    "parse",
    "parse_files",
    "parse_html",
    "parse_many",
    "reactions_to",
    "stances_on",
    "statements_by",
    "who_opposes",
    "who_refused_to_rule_out",
    "who_ruled_out",
    "who_supports",
]
