"""Read and write Discourse Network Analyzer databases (DNA 3, SQLite).

DNA (Philip Leifeld's Discourse Network Analyzer) codes *statements*: a span of a document
with a person, an organisation, a concept and a boolean agreement. stancekit reads them as:

- each document -> an :class:`~stancekit.model.Article` (title, text, source; the date from
  epoch seconds, UTC);
- each statement of the "DNA Statement" type -> a :class:`~stancekit.model.Statement`
  (content = the coded text) and a :class:`~stancekit.model.Stance` resting on it (target
  key and text = the concept; support if agreement is 1, else oppose; commitment endorsement
  or categorical);
- each organisation -> an actor of kind organization; each person -> a person actor whose
  ``represents`` is that organisation's actor and ``affiliation`` its name; the speaker and
  stance holder is the person when set, else the organisation.

Writing does the reverse, one DNA statement per support or oppose stance; see
``docs/networks.md`` for what DNA cannot hold. Offsets are converted between Python
characters and DNA's (Java) UTF-16 code units.
"""

from __future__ import annotations

import calendar
import datetime
import os
import sqlite3
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..corpus import Corpus, as_corpus
from ..errors import DNAError, StancekitError
from ..model import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
    slugify,
)
from ..network import PERSON_LIKE, organization_of, represented
from ._dna_schema import (
    AGREEMENT,
    ATTRIBUTES,
    CONCEPT,
    DNA_DATE,
    DNA_VERSION,
    MAX_SHORT_TEXT,
    ORGANIZATION,
    PERSON,
    REQUIRED_TABLES,
    SCHEMA,
    STATEMENT_TYPE,
    VARIABLES,
    check_password,
    from_utf16,
    hash_password,
    to_utf16,
    utf16_offsets,
)

__all__ = [
    "DNA_VERSION",
    "MAX_SHORT_TEXT",
    "DNAReadWarning",
    "DNAWriteReport",
    "check_password",
    "hash_password",
    "read_dna",
    "write_dna",
]

# -- reading --------------------------------------------------------------------------------


def read_dna(path: str | os.PathLike[str], *, statement_type: int | None = None) -> Corpus:
    """Read a DNA 3 database into a corpus (the database is opened read-only).

    Documents become articles in ID order; statements of the chosen type become
    statements and stances (see the module documentation). Statements with neither a person
    nor an organisation are skipped (no one holds the position); a statement with an empty
    concept becomes a statement without a stance. Other statement types, coders, entity
    attributes, colours and the document fields author, section, notes and type are not read.

    Args:
        path: The ``.dna`` file.
        statement_type: ID of the statement type to read; by default the first type that has
            the short-text variables ``person``, ``organization`` and ``concept``.

    Returns:
        The corpus, one article per document.

    Text stored as a BLOB (some tools write one) is read as UTF-8; an agreement stored as
    text (``'false'``) is read as the boolean it names. Statements that point at no
    document are left out with a :class:`DNAReadWarning` that counts them.

    Raises:
        DNAError: when the file is missing, is not a DNA 3 database, holds a statement
            outside its document or a value of the wrong kind, or is locked by a writer (or
            is a WAL database in a read-only place).
    """
    name = os.fspath(path)
    file = Path(path)
    if not file.is_file():
        raise DNAError(name, "no such file")
    try:
        con = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DNAError(name, f"cannot open: {exc}") from None
    try:
        return Corpus(_read(con, name, statement_type))
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "decode to UTF-8" in text:  # damaged bytes where SQLite keeps text
            raise DNAError(name, f"holds text that is not UTF-8 (damaged?) ({exc})") from None
        if "locked" in text or "busy" in text:
            raise DNAError(name, "is locked by another program (close DNA, then retry)") from None
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            # A WAL database needs its -shm/-wal files, which a read-only place cannot hold.
            msg = f"cannot be read here ({exc}): a WAL database needs a writable folder"
            raise DNAError(name, msg + "; copy it somewhere writable") from None
        raise DNAError(name, f"not a DNA 3 database ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise DNAError(name, f"not a DNA 3 database ({exc})") from None
    except DNAError:
        raise
    except UnicodeDecodeError as exc:  # damaged bytes where SQLite keeps text
        raise DNAError(name, f"holds text that is not UTF-8 (damaged?) ({exc.reason})") from None
    except (TypeError, ValueError, OverflowError) as exc:
        raise DNAError(name, f"unexpected value ({exc})") from None
    finally:
        con.close()


class DNAReadWarning(UserWarning):
    """Something in a DNA database was left out while reading; the message says what."""


def _text(value: object, what: str, name: str) -> str:
    """A text column's value: TEXT as is, a BLOB decoded as UTF-8, NULL as ``""``."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"{what} is a BLOB that is not UTF-8 text (byte {exc.start})"
            raise DNAError(name, msg) from None
    return str(value)


_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


def _agreement(value: object, sid: int, name: str) -> bool:
    """DNA's boolean: 1 or 0, also when stored as text (``'false'``) or a real."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
    elif isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    raise DNAError(name, f"statement {sid}: agreement is not a boolean (got {value!r})")


def _clean(value: object, name: str = "") -> str:
    """The value as a string; ``""`` for NULL and blank values (no name, no concept)."""
    text = _text(value, "a short text", name)
    return text if text.strip() else ""


def _read(con: sqlite3.Connection, name: str, statement_type: int | None) -> list[Article]:
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise DNAError(name, f"not a DNA 3 database (no table {', '.join(missing)})")
    variables: dict[int, dict[str, tuple[int, str]]] = {}
    for vid, variable, data_type, type_id in con.execute(
        "SELECT ID, Variable, DataType, StatementTypeId FROM VARIABLES ORDER BY ID"
    ):
        if type_id is not None:
            variables.setdefault(type_id, {})[variable] = (vid, data_type)
    wanted = (PERSON, ORGANIZATION, CONCEPT)

    def fits(type_id: int) -> bool:
        have = variables.get(type_id, {})
        return all(have.get(v, (0, ""))[1] == "short text" for v in wanted)

    if statement_type is None:
        statement_type = next((t for t in sorted(variables) if fits(t)), None)
        if statement_type is None:
            msg = "no statement type with short-text variables person, organization, concept"
            raise DNAError(name, msg)
    elif not fits(statement_type):
        msg = f"statement type {statement_type} lacks person, organization or concept"
        raise DNAError(name, msg)
    ids = {v: vid for v, (vid, _) in variables[statement_type].items()}
    role = {ids[PERSON]: PERSON, ids[ORGANIZATION]: ORGANIZATION, ids[CONCEPT]: CONCEPT}

    values: dict[int, dict[str, str]] = {}
    for sid, vid, value in con.execute(
        "SELECT d.StatementId, d.VariableId, e.Value FROM DATASHORTTEXT d"
        " JOIN ENTITIES e ON e.ID = d.Entity WHERE d.VariableId IN (?, ?, ?)",
        tuple(role),
    ):
        values.setdefault(sid, {})[role[vid]] = _clean(value, name)
    agreement: dict[int, bool] = {}
    if AGREEMENT in ids:
        for sid, value in con.execute(
            "SELECT StatementId, Value FROM DATABOOLEAN WHERE VariableId = ?", (ids[AGREEMENT],)
        ):
            agreement[sid] = _agreement(value, sid, name)
    by_document: dict[int, list[tuple[int, int, int]]] = {}
    for sid, doc, start, stop in con.execute(
        "SELECT ID, DocumentId, Start, Stop FROM STATEMENTS WHERE StatementTypeId = ?"
        " ORDER BY DocumentId, Start, Stop, ID",
        (statement_type,),
    ):
        by_document.setdefault(doc, []).append((sid, start, stop))
    articles = []
    seen: set[int] = set()
    for doc, title, text, source, date in con.execute(
        "SELECT ID, Title, Text, Source, Date FROM DOCUMENTS ORDER BY ID"
    ):
        seen.add(doc)
        rows = [
            (sid, start, stop, values.get(sid, {}), agreement.get(sid, True))
            for sid, start, stop in by_document.get(doc, [])
        ]
        try:
            body = _text(text, f"document {doc}: the text", name)
            articles.append(
                _article(name, body, _clean(title, name), _clean(source, name), date, rows)
            )
        except DNAError:
            raise
        except StancekitError as exc:
            raise DNAError(name, f"document {doc}: {exc}") from None
        except (TypeError, ValueError, OverflowError, OSError) as exc:
            raise DNAError(name, f"document {doc}: unexpected value ({exc})") from None
    orphans = sorted(
        sid for doc, rows in by_document.items() if doc not in seen for sid, *_ in rows
    )
    if orphans:
        shown = ", ".join(map(str, orphans[:5])) + (", ..." if len(orphans) > 5 else "")
        n = len(orphans)
        msg = f"{name}: {n} statement{'s' if n != 1 else ''} point at no document"
        warnings.warn(f"{msg} (IDs {shown}): left out", DNAReadWarning, stacklevel=3)
    return articles


def _article(
    name: str,
    text: str,
    title: str,
    source: str,
    date: Any,
    rows: Sequence[tuple[int, int, int, dict[str, str], bool]],
) -> Article:
    offsets = utf16_offsets(text)
    actors: dict[tuple[str, ...], Actor] = {}
    used: set[str] = set()

    def actor(key: tuple[str, ...], **fields: Any) -> Actor:
        if key not in actors:
            base = slugify(fields["name"])
            actor_id, n = base, 1
            while actor_id in used:
                n += 1
                actor_id = f"{base}-{n}"
            used.add(actor_id)
            actors[key] = Actor(id=actor_id, **fields)
        return actors[key]

    statements: list[Statement] = []
    stances: list[Stance] = []
    for sid, start16, stop16, value, agree in rows:
        person, org = value.get(PERSON, ""), value.get(ORGANIZATION, "")
        if not person and not org:
            continue
        start, stop = from_utf16(offsets, start16), from_utf16(offsets, stop16)
        if not 0 <= start <= stop <= len(text):
            raise DNAError(name, f"statement {sid} lies outside its document")
        organization = actor(("org", org), name=org, kind=ActorKind.ORGANIZATION) if org else None
        if person:
            speaker = actor(
                ("person", person, org),
                name=person,
                kind=ActorKind.PERSON,
                affiliation=org or None,
                represents=organization.id if organization else None,
            )
        else:
            assert organization is not None
            speaker = organization
        n = len(statements) + 1
        span = Span(start, stop)
        here = Span(start, start)
        statements.append(
            Statement(
                id=f"s{n}",
                speaker=speaker.id,
                content=span.of(text),
                kind=StatementKind.INDIRECT,
                cue="",
                span=span,
                cue_span=here,
                speaker_span=here,
            )
        )
        concept = value.get(CONCEPT, "")
        if concept:
            # agreement 1 reads as endorsement, 0 as categorical; the polarity is the row's
            commitment = Commitment.ENDORSEMENT if agree else Commitment.CATEGORICAL
            stances.append(
                Stance(
                    id=f"t{n}",
                    holder=speaker.id,
                    target=Target(text=concept, key=concept),
                    polarity=commitment.polarity,
                    commitment=commitment,
                    cue="",
                    cue_span=here,
                    evidence=(f"s{n}",),
                )
            )
    return Article(
        text,
        title=title or None,
        date=_date(date),
        source=source or None,
        actors=actors.values(),
        statements=statements,
        stances=stances,
    )


def _date(value: Any) -> datetime.date | None:
    if value is None:
        return None
    return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC).date()


# -- writing --------------------------------------------------------------------------------


@attrs.frozen
class DNAWriteReport:
    """What :func:`write_dna` wrote, and what it left out or changed.

    Attributes:
        documents: Number of documents written (one per article).
        statements: Number of DNA statements written (one per written stance).
        notes: One line per loss: a stance left out and why, a shortened title, a missing
            date, statements or reactions DNA has no place for.
    """

    documents: int
    statements: int
    notes: tuple[str, ...] = ()


def _epoch(date: datetime.date) -> int:
    return calendar.timegm(date.timetuple())


def _short(text: str | None, what: str, notes: list[str]) -> str:
    if text is None:
        return ""
    if len(text) > MAX_SHORT_TEXT:
        notes.append(f"{what} shortened to {MAX_SHORT_TEXT} characters")
        return text[:MAX_SHORT_TEXT]
    return text


def _anchor(article: Article, stance: Stance) -> Span | None:
    """The non-empty span a DNA statement for *stance* covers: its evidence, else nearby.

    A DNA statement is one stretch of text: for evidence in several pieces, the piece that
    holds the stance's cue, else the stretch from the first piece to the last."""
    candidates: list[Span | None] = []
    for e in stance.evidence:
        st = article.statement(e)
        held = [p for p in st.pieces if p.contains(stance.cue_span) and len(p) > 0]
        candidates.append(held[0] if held else st.span)
    candidates += [stance.target.span, stance.cue_span]
    for span in candidates:
        if span is not None and len(span) > 0:
            return span
    return Span(0, len(article.text)) if article.text else None


def _holder(corpus: Corpus, index: int, actor: Actor) -> tuple[str, str]:
    """DNA's (person, organization) for a stance holder, under the corpus's merged names.

    Only what the article itself says counts (a person's affiliation elsewhere in the corpus
    does not), so that DNA data read and written again is unchanged.
    """
    if actor.kind not in PERSON_LIKE:
        return "", organization_of(corpus, index, actor)
    person = corpus.actor_of(index, actor.id).name
    end = represented(corpus[index], actor)
    if end.kind not in PERSON_LIKE:
        return person, corpus.actor_of(index, end.id).name
    if end.affiliation:
        return person, end.affiliation
    return person, "" if end is actor else corpus.actor_of(index, end.id).name


_Row = tuple[Span, str, str, str, int, Stance]


def _rows(corpus: Corpus, index: int, notes: list[str]) -> list[_Row]:
    """One article's DNA statements: span, person, organisation, concept, agreement, stance."""
    article = corpus[index]
    out = []
    for s in article.stances:
        where = f"article {index}, stance {s.id}"
        agree = s.polarity.agreement
        if agree is None:
            notes.append(f"{where}: left out, DNA's agreement has no {s.polarity} value")
            continue
        span = _anchor(article, s)
        if span is None:
            notes.append(f"{where}: left out, the article has no text to anchor it")
            continue
        person, org = _holder(corpus, index, article.actor(s.holder))
        too_long = [v for v in (person, org, s.target.key) if len(v) > MAX_SHORT_TEXT]
        if too_long:
            notes.append(f"{where}: left out, {too_long[0][:40]!r}... is too long for DNA")
            continue
        out.append((span, person, org, s.target.key, agree, s))
    return out


def write_dna(
    source: Corpus | Article | Iterable[Article],
    path: str | os.PathLike[str],
    *,
    coder: str = "stancekit",
    password: str = "",
    overwrite: bool = False,
) -> DNAWriteReport:
    """Write a corpus as a DNA 3 database that DNA and rDNA open.

    One document per article (title, text, source, date at midnight UTC) and one DNA
    statement per support or oppose stance: its span is the first evidence statement's (for
    a statement in several pieces, the piece holding the stance's cue), else the target's,
    the cue's, or the whole text; person and organisation come from the holder under its
    merged corpus name (see ``docs/networks.md``), concept is the target key, agreement 1
    for support and 0 for oppose. All DNA tables are created, with
    one coder (ID 1) and the statement type "DNA Statement" (variables person, organization,
    concept, agreement), as DNA itself creates them.

    Args:
        source: A corpus, an article or articles.
        path: The ``.dna`` file to create.
        coder: Name of the coder (ID 1) the documents and statements belong to.
        password: That coder's password (rDNA: ``dna_openDatabase(coderId = 1,
            coderPassword = ...)``).
        overwrite: Replace *path* if it exists (else that is an error).

    Returns:
        What was written, and a note for each thing DNA could not hold.

    Raises:
        DNAError: when *path* exists (and *overwrite* is false), or cannot be written, or
            *coder* is empty or too long.
    """
    from .._atomic import TargetExistsError, atomic_path

    name = os.fspath(path)
    if not coder.strip() or len(coder) > MAX_SHORT_TEXT:
        raise DNAError(name, f"coder name must have 1 to {MAX_SHORT_TEXT} characters")
    corpus = as_corpus(source)
    notes: list[str] = []
    try:
        # A fresh temporary file beside *path* (never a user's own file), renamed into place
        # once complete; an existing *path*, even a dangling symlink, only with overwrite.
        with atomic_path(name, overwrite=overwrite) as temporary:
            con = sqlite3.connect(temporary)
            try:
                # A fresh file that replaces the target only once complete: no journal needed.
                con.execute("PRAGMA journal_mode = OFF")
                con.execute("PRAGMA synchronous = OFF")
                with con:
                    documents, statements = _write(con, corpus, coder, password, notes)
            finally:
                con.close()
    except TargetExistsError:
        raise DNAError(name, "already exists (pass overwrite=True to replace it)") from None
    except sqlite3.Error as exc:
        raise DNAError(name, f"cannot write: {exc}") from None
    except UnicodeEncodeError as exc:  # lone surrogates: SQLite stores UTF-8 only
        where = exc.object[max(0, exc.start - 20) : exc.start]
        msg = f"cannot write: text holds a lone surrogate {exc.object[exc.start]!r} after {where!r}"
        raise DNAError(name, msg) from None
    except OSError as exc:
        raise DNAError(name, f"cannot write: {exc.strerror or exc}") from None
    return DNAWriteReport(documents, statements, tuple(notes))


def _write(
    con: sqlite3.Connection, corpus: Corpus, coder: str, password: str, notes: list[str]
) -> tuple[int, int]:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany(
        "INSERT INTO SETTINGS VALUES (?, ?)", [("version", DNA_VERSION), ("date", DNA_DATE)]
    )
    con.execute(
        "INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES (1, ?, 255, 255, 0, ?)",
        (coder, hash_password(password)),
    )
    con.execute("INSERT INTO STATEMENTTYPES VALUES (?, ?, ?, ?, ?)", STATEMENT_TYPE)
    con.executemany("INSERT INTO VARIABLES VALUES (?, ?, ?, ?)", VARIABLES)
    attribute_ids: dict[int, list[int]] = {}
    n = 0
    for attribute in ATTRIBUTES:
        for vid in (1, 2, 3):
            n += 1
            con.execute("INSERT INTO ATTRIBUTEVARIABLES VALUES (?, ?, ?)", (n, vid, attribute))
            attribute_ids.setdefault(vid, []).append(n)
    entities: dict[tuple[int, str], int] = {}

    def entity(vid: int, value: str) -> int:
        if (vid, value) not in entities:
            eid = len(entities) + 1
            con.execute(
                "INSERT INTO ENTITIES (ID, VariableId, Value, Red, Green, Blue)"
                " VALUES (?, ?, ?, 0, 0, 0)",
                (eid, vid, value),
            )
            con.executemany(
                "INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId) VALUES (?, ?)",
                [(eid, a) for a in attribute_ids[vid]],
            )
            entities[(vid, value)] = eid
        return entities[(vid, value)]

    for vid in (1, 2, 3):  # DNA keeps an empty entity per variable as the default value
        entity(vid, "")
    documents = statements = 0
    without_stance = reactions = 0
    for i, article in enumerate(corpus):
        documents += 1
        if article.date is None:
            notes.append(f"article {i}: no date, written as 1970-01-01 (DNA needs one)")
        con.execute(
            "INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Source, Date)"
            " VALUES (?, ?, ?, 1, ?, ?)",
            (
                documents,
                _short(article.title, f"article {i}: title", notes),
                article.text,
                _short(article.source, f"article {i}: source", notes),
                _epoch(article.date) if article.date else 0,
            ),
        )
        rows = _rows(corpus, i, notes)
        anchored = {e for *_, stance in rows for e in stance.evidence}
        without_stance += sum(1 for s in article.statements if s.id not in anchored)
        reactions += len(article.reactions)
        offsets = utf16_offsets(article.text)
        for span, person, org, concept, agree, _ in rows:
            statements += 1
            con.execute(
                "INSERT INTO STATEMENTS VALUES (?, 1, ?, ?, ?, 1)",
                (
                    statements,
                    documents,
                    to_utf16(offsets, span.start),
                    to_utf16(offsets, span.end),
                ),
            )
            con.executemany(
                "INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, ?, ?)",
                [
                    (statements, vid, entity(vid, v))
                    for vid, v in ((1, person), (2, org), (3, concept))
                ],
            )
            con.execute(
                "INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, 4, ?)",
                (statements, agree),
            )
    if without_stance:
        notes.append(
            f"{without_stance} statements with no support or oppose stance written: left out"
            " (a DNA statement is a position)"
        )
    if reactions:
        notes.append(f"{reactions} reactions: not written (DNA has no reactions)")
    return documents, statements
