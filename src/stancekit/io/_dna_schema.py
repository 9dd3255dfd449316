"""The DNA 3 database as stancekit writes and checks it: schema, offsets, coder passwords.

The tables and the statement type of DNA 3.0.7 (``SCHEMA``), the conversion between Python
offsets and DNA's (Java) UTF-16 code units, and DNA's coder password hash. Reading and
writing are in :mod:`stancekit.io.dna`.
"""

from __future__ import annotations

import base64
import bisect
import functools
import hashlib
import hmac
import unicodedata

__all__ = [
    "AGREEMENT",
    "ATTRIBUTES",
    "CONCEPT",
    "DNA_DATE",
    "DNA_VERSION",
    "MAX_SHORT_TEXT",
    "ORGANIZATION",
    "PERSON",
    "REQUIRED_TABLES",
    "SCHEMA",
    "STATEMENT_TYPE",
    "VARIABLES",
    "check_password",
    "from_utf16",
    "hash_password",
    "to_utf16",
    "utf16_offsets",
]

#: The DNA version whose schema :func:`write_dna` writes (recorded in the SETTINGS table).
DNA_VERSION = "3.0.7"
DNA_DATE = "2022-06-10"

#: Longest short text (entity value, title, source...) DNA accepts: ``LENGTH(...) < 191``.
MAX_SHORT_TEXT = 190

PERSON, ORGANIZATION, CONCEPT, AGREEMENT = "person", "organization", "concept", "agreement"
REQUIRED_TABLES = (
    "DOCUMENTS",
    "STATEMENTS",
    "STATEMENTTYPES",
    "VARIABLES",
    "ENTITIES",
    "DATASHORTTEXT",
    "DATABOOLEAN",
)

# The DNA 3 schema, table by table, as DNA 3.0.7 creates it.
SCHEMA = (
    "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
    "CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY,"
    " Name TEXT NOT NULL CHECK (LENGTH(Name) < 191),"
    " Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255),"
    " Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255),"
    " Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255),"
    " Refresh INTEGER NOT NULL CHECK (Refresh BETWEEN 0 AND 9999) DEFAULT 0,"
    " FontSize INTEGER NOT NULL CHECK (FontSize BETWEEN 1 AND 99) DEFAULT 14,"
    " Password TEXT NOT NULL CHECK (LENGTH(Password) < 191),"
    " PopupWidth INTEGER CHECK (PopupWidth BETWEEN 100 AND 9999) DEFAULT 300,"
    " ColorByCoder INTEGER NOT NULL CHECK (ColorByCoder BETWEEN 0 AND 1) DEFAULT 0,"
    " PopupDecoration INTEGER NOT NULL CHECK (PopupDecoration BETWEEN 0 AND 1) DEFAULT 0,"
    " PopupAutoComplete INTEGER NOT NULL CHECK (PopupAutoComplete BETWEEN 0 AND 1) DEFAULT 1,"
    + ",".join(
        f" {p} INTEGER NOT NULL CHECK ({p} BETWEEN 0 AND 1) DEFAULT 1"
        for p in (
            "PermissionAddDocuments",
            "PermissionEditDocuments",
            "PermissionDeleteDocuments",
            "PermissionImportDocuments",
            "PermissionAddStatements",
            "PermissionEditStatements",
            "PermissionDeleteStatements",
            "PermissionEditAttributes",
            "PermissionEditRegex",
            "PermissionEditStatementTypes",
            "PermissionEditCoders",
            "PermissionEditCoderRelations",
            "PermissionViewOthersDocuments",
            "PermissionEditOthersDocuments",
            "PermissionViewOthersStatements",
            "PermissionEditOthersStatements",
        )
    )
    + ")",
    "CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY,"
    " Title TEXT NOT NULL CHECK (LENGTH(Title) < 191), Text TEXT NOT NULL, Coder INTEGER,"
    " Author TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Author) < 191),"
    " Source TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Source) < 191),"
    " Section TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Section) < 191),"
    " Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Type) < 191),"
    " Date INTEGER NOT NULL, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    "CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY,"
    " Label TEXT NOT NULL CHECK (LENGTH(Label) < 191),"
    " Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255),"
    " Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255),"
    " Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255))",
    "CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY,"
    " Variable TEXT NOT NULL CHECK (LENGTH(Variable) < 191),"
    " DataType TEXT NOT NULL CHECK (DataType = 'boolean' OR DataType = 'integer'"
    " OR DataType = 'long text' OR DataType = 'short text') DEFAULT 'short text',"
    " StatementTypeId INTEGER,"
    " FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE,"
    " UNIQUE (Variable, StatementTypeId))",
    "CREATE TABLE VARIABLELINKS(ID INTEGER NOT NULL PRIMARY KEY, SourceVariableId INTEGER,"
    " TargetVariableId INTEGER, CHECK (TargetVariableId != SourceVariableId),"
    " FOREIGN KEY(SourceVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(TargetVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE REGEXES(Label TEXT PRIMARY KEY CHECK (LENGTH(Label) < 191),"
    " Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255),"
    " Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255),"
    " Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255))",
    "CREATE TABLE CODERRELATIONS(ID INTEGER NOT NULL PRIMARY KEY,"
    " Coder INTEGER CHECK(Coder > 0), OtherCoder INTEGER CHECK(OtherCoder > 0),"
    " viewStatements INTEGER NOT NULL DEFAULT 1 CHECK(viewStatements BETWEEN 0 AND 1),"
    " editStatements INTEGER NOT NULL DEFAULT 1 CHECK(editStatements BETWEEN 0 AND 1),"
    " viewDocuments INTEGER NOT NULL DEFAULT 1 CHECK(viewDocuments BETWEEN 0 AND 1),"
    " editDocuments INTEGER NOT NULL DEFAULT 1 CHECK(editDocuments BETWEEN 0 AND 1),"
    " CHECK (Coder != OtherCoder),"
    " FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(OtherCoder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    "CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER,"
    " DocumentId INTEGER, Start INTEGER NOT NULL CHECK(Start >= 0),"
    " Stop INTEGER NOT NULL CHECK(Stop >= 0), Coder INTEGER, CHECK (Start < Stop),"
    " FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(DocumentId) REFERENCES DOCUMENTS(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
    " VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1,"
    " FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
    " UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
    " VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0,"
    " FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
    " UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL,"
    " Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191),"
    " Red INTEGER CHECK (Red BETWEEN 0 AND 255), Green INTEGER CHECK (Green BETWEEN 0 AND 255),"
    " Blue INTEGER CHECK (Blue BETWEEN 0 AND 255), ChildOf INTEGER CHECK(ChildOf > 0),"
    " UNIQUE (VariableId, Value),"
    " FOREIGN KEY(ChildOf) REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
    " VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL,"
    " FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(Entity) REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
    " UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
    " VariableId INTEGER NOT NULL, Value TEXT DEFAULT '',"
    " FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
    " UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL,"
    " VariableId INTEGER NOT NULL,"
    " AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191),"
    " UNIQUE(VariableId, AttributeVariable),"
    " FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL,"
    " AttributeVariableId INTEGER NOT NULL,"
    " AttributeValue TEXT NOT NULL DEFAULT '' CHECK (LENGTH(AttributeValue) < 191),"
    " UNIQUE (EntityId, AttributeVariableId),"
    " FOREIGN KEY(EntityId) REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
    " FOREIGN KEY(AttributeVariableId) REFERENCES ATTRIBUTEVARIABLES(ID) ON DELETE CASCADE)",
)

# Statement type 1 and its variables, with DNA's ids, labels and colour.
STATEMENT_TYPE = (1, "DNA Statement", 239, 208, 51)
VARIABLES = (
    (1, PERSON, "short text", 1),
    (2, ORGANIZATION, "short text", 1),
    (3, CONCEPT, "short text", 1),
    (4, AGREEMENT, "boolean", 1),
)
ATTRIBUTES = ("Type", "Alias", "Notes")


# -- offsets --------------------------------------------------------------------------------


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 offset of every Python offset ``0..len(text)``; ``None`` when they are equal."""
    if text.isascii() or max(text) <= "\uffff":
        return None
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ch > "\uffff" else 1))
    return out


def to_utf16(offsets: list[int] | None, i: int) -> int:
    return i if offsets is None else offsets[i]


def from_utf16(offsets: list[int] | None, u: int) -> int:
    # An offset inside a surrogate pair falls back to the character it belongs to.
    return u if offsets is None else bisect.bisect_right(offsets, u) - 1


# -- password -------------------------------------------------------------------------------


_SALT_SIZE = 16
_ITERATIONS = 100_000


def _digest(salt: bytes, password: str) -> bytes:
    message = unicodedata.normalize("NFC", password).encode("utf-8")
    digest = hashlib.sha256(salt + message).digest()
    for _ in range(_ITERATIONS - 1):
        digest = hashlib.sha256(digest).digest()
    return digest


@functools.lru_cache(maxsize=8)
def hash_password(password: str) -> str:
    """Hash a coder password the way DNA 3 checks it (jasypt's ``StrongPasswordEncryptor``).

    SHA-256 over a 16-byte salt and the NFC-normalised UTF-8 password, iterated 100,000
    times; base64 of salt + digest. The salt is derived from the password, so the same
    password always gives the same hash and written files are reproducible: the coder
    password of an exported file protects nothing secret.

    Args:
        password: The password DNA and rDNA will ask for (``coderPassword`` in rDNA).

    Returns:
        The 64-character hash stored in ``CODERS.Password``.
    """
    seed = unicodedata.normalize("NFC", password).encode("utf-8")
    salt = hashlib.sha256(b"stancekit-dna-coder\0" + seed).digest()[:_SALT_SIZE]
    return base64.b64encode(salt + _digest(salt, password)).decode("ascii")


def check_password(password: str, hashed: str) -> bool:
    """Whether *password* matches a ``CODERS.Password`` hash (written by DNA or stancekit).

    Args:
        password: The plain password.
        hashed: The stored hash (base64 of a 16-byte salt and a SHA-256 digest).

    Returns:
        ``True`` when they match; ``False`` otherwise, also for a malformed hash.
    """
    try:
        raw = base64.b64decode(hashed, validate=True)
    except ValueError:
        return False
    if len(raw) != _SALT_SIZE + hashlib.sha256().digest_size:
        return False
    salt, digest = raw[:_SALT_SIZE], raw[_SALT_SIZE:]
    return hmac.compare_digest(_digest(salt, password), digest)
