"""Parts of a titled name the chunker reads (``_mentions._Chunker``): a possessive role's
holder ("Acme's chief executive Jane Roe"), a title continued before the name ("President
and CEO", "Director-General of Health"), and a modifier with a role before a name
("Harbor Town business owner Jane Roe", "Roe campaign spokesman X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._mentions import Mention, _Chunker

__all__ = ["field_role", "modifier_run", "role_holder", "title_continues"]


def role_holder(c: _Chunker, k: int) -> Mention | None:
    """The bare name right after a possessive's role ("Acme's chief executive Jane Roe"):
    a person's or unknown name with no title of its own, else ``None``."""
    if not c.is_name_word(k):
        return None
    nm = c.name_phrase(k)
    if nm is None or nm.kind not in ("person", "unknown") or nm.title or nm.a != k:
        return None
    return nm


def title_continues(c: _Chunker, j: int, titles: int) -> int:
    """After *titles* titles, at a link word *j* ("of", "and"): the end of what continues
    the title before the name, else *j*. "President and CEO" (a second capitalised title
    after the first: "Mr. King and ..." is a name),
    "Director-General of Health Jane Roe" (a portfolio word), "CEO of Acme Tools Jane Roe"
    (an organisation, up to a given name that starts the person's name)."""
    if c.lows[j] in c.words.coordination:
        t = c.title(j + 1)
        return j + 1 + t if t and titles == 1 and c.toks[j + 1].is_cap else j
    k = j + 1
    if not c.is_name_word(k):
        return j
    if (
        c.lows[k] in c.lex.portfolios
        and c.is_name_word(k + 1)
        and not c.title(k + 1)
        and c.lows[k + 1] not in c.lex.org_heads
    ):
        return k + 1
    while k < c.n and k - j < 6 and c.is_name_word(k):
        if k > j + 1 and c.lows[k] in c.lex.given_names and c.is_name_word(k + 1):
            return k
        k += 1
    return j


def field_role(c: _Chunker, j: int) -> tuple[int, int, int] | None:
    """A capitalised modifier run (maybe joined by "of": "Joint Board of Health"), maybe a
    lower-case portfolio word, then a lower-case title or role noun and a name: "Harbor Town
    business owner Jane Roe". Returns the end of the run and the role's span."""
    k = j
    while k < c.n and k - j < 6:
        if c.is_name_word(k) and not c.title(k) and c.lows[k] not in c.lex.days:
            k += 1
        elif (
            k > j
            and c.lows[k] in c.words.name_connectors
            and c.lows[k] not in c.words.coordination
            and c.is_name_word(k + 1)
            and not c.title(k + 1)
        ):
            k += 1  # "Joint Board of Health"
        else:
            break
    if k == j:
        return None
    f = k
    if c.free(f) and not c.toks[f].is_cap and c.lows[f] in c.lex.portfolios:
        f += 1  # "Opposition treasury spokesman"
    if not c.free(f) or c.toks[f].is_cap:
        return None
    r = c.title(f) or c.role(f)
    if not r or " ".join(c.lows[f : f + r]) in c.lex.plural_roles:
        return None
    return (k, f, f + r) if c.is_name_word(f + r) else None


def modifier_run(c: _Chunker, j: int) -> int:
    """End of "Roe campaign" in "Roe campaign spokesman X" (else *j*)."""
    k = j
    while k < c.n and k - j < 4 and c.is_name_word(k) and not c.title(k):
        k += 1
    if k == j:
        return j
    r = c.role(k)
    while r and not c.title(k) and k - j < 6:
        k += r
        r = c.role(k)
    if c.title(k) and c.is_name_word(k + c.title(k)) and (k > j + 1 or not c.toks[k].is_cap):
        return k
    return j
