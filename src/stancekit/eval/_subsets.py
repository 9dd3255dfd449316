"""What puts an attribution in the *quoted* and *speech* subsets.

The definitions are data (``stancekit/data/evaluation.toml``), kept apart from the parser's
lexicon so that tuning the parser never moves the yardstick.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

import attrs

__all__ = ["SubsetRules", "has_quotation_mark", "is_speech_cue"]

_WORD_RE = re.compile(r"\w+(?:'\w+)*")


def _words(text: str) -> tuple[str, ...]:
    folded = text.lower().replace("’", "'").replace("‘", "'")
    return tuple(_WORD_RE.findall(folded))


@attrs.frozen
class SubsetRules:
    """The word lists behind the subsets.

    Attributes:
        speech_cues: Cue phrases (lower case, as tuples of words) that make a cue a speech cue.
        quote_marks: Characters that always mark a quotation.
        ambiguous_marks: Characters that are quotation marks only in opening position, since
            they are apostrophes too.
    """

    speech_cues: frozenset[tuple[str, ...]]
    quote_marks: frozenset[str]
    ambiguous_marks: frozenset[str]
    _opening: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _longest: int = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        marks = "".join(sorted(self.ambiguous_marks | self.quote_marks))
        ambiguous = "".join(sorted(self.ambiguous_marks))
        # Opening position: at the start, or after white space, an opening bracket, a dash or a
        # quotation mark; and followed by something other than white space.
        before = re.escape("([{—–-" + marks)
        pattern = rf"(?:^|(?<=[\s{before}]))[{re.escape(ambiguous)}](?=\S)" if ambiguous else "(?!)"
        object.__setattr__(self, "_opening", re.compile(pattern))
        object.__setattr__(self, "_longest", max((len(p) for p in self.speech_cues), default=0))

    @classmethod
    def default(cls) -> SubsetRules:
        """The rules shipped in ``stancekit/data/evaluation.toml``."""
        return _default()

    def has_quotation_mark(self, text: str) -> bool:
        """Whether *text* contains a quotation mark (see the class docstring)."""
        if any(c in self.quote_marks for c in text):
            return True
        return self._opening.search(text) is not None

    def is_speech_cue(self, cue: str) -> bool:
        """Whether the words of *cue* contain one of :attr:`speech_cues`."""
        words = _words(cue)
        for i in range(len(words)):
            for n in range(1, min(self._longest, len(words) - i) + 1):
                if words[i : i + n] in self.speech_cues:
                    return True
        return False


@cache
def _default() -> SubsetRules:
    raw = (resources.files("stancekit") / "data" / "evaluation.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return SubsetRules(
        speech_cues=frozenset(_words(p) for p in data["speech_cues"]["phrases"]),
        quote_marks=frozenset(data["quotation_marks"]["always"]),
        ambiguous_marks=frozenset(data["quotation_marks"]["ambiguous"]),
    )


def has_quotation_mark(text: str) -> bool:
    """Whether *text* contains a quotation mark.

    ``“ ” " « » ‘`` always count; ``'`` and ``’``, which are apostrophes too, count only in
    opening position (start of text or after a space, bracket, dash or quotation mark, and
    followed by a non-space), so ``Roe’s`` and ``voters’ concerns`` do not.

    >>> has_quotation_mark("“We will win,” she said")
    True
    >>> has_quotation_mark("Roe’s team didn't say")
    False
    >>> has_quotation_mark("the plan was 'dead on arrival'")
    True
    """
    return _default().has_quotation_mark(text)


def is_speech_cue(cue: str) -> bool:
    """Whether *cue* is a verb or phrase of saying (said, told, added, wrote, according to, ...).

    >>> is_speech_cue("said Thursday morning")
    True
    >>> is_speech_cue("believes")
    False
    """
    return _default().is_speech_cue(cue)
