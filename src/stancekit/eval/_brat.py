"""Reading brat standoff attributions (the PolNeAR layout) into gold records."""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from ..errors import GoldFormatError, ValidationError
from ..model import Span
from ._gold import DamagedAnnotation, GoldAttribution, GoldDocument

__all__ = ["load_polnear", "read_brat", "read_brat_files"]

_ROLES = ("Source", "Cue", "Content")
_ROLE_RE = re.compile(r"^([A-Za-z-]+?)\d*$")  # "Content2" is a second Content argument
_FRAGMENT_RE = re.compile(r"^(\d+) (\d+)$")
# what starts an annotation line: T1, E12, R3, A1, #1, * (brat ids)
_ID_RE = re.compile(r"^(?:[A-Z]\d+|#\d*|\*)(?:\s|$)")


@attrs.frozen
class _TextBound:
    label: str
    spans: tuple[Span, ...]
    line: int


def _fail(message: str, file: str | None, line: int | None) -> GoldFormatError:
    return GoldFormatError(message, file=file, line=line)


def _text_bound(rest: str, text: str, file: str | None, line: int) -> _TextBound:
    fields = rest.split("\t")
    label, _, offsets = fields[0].partition(" ")
    if not label or not offsets:
        raise _fail(f"expected 'LABEL START END' after the id, got {fields[0]!r}", file, line)
    spans: list[Span] = []
    for fragment in offsets.split(";"):
        m = _FRAGMENT_RE.match(fragment.strip())
        if m is None:
            raise _fail(f"bad span {fragment!r}: expected 'START END'", file, line)
        start, end = int(m.group(1)), int(m.group(2))
        if end < start:
            raise _fail(f"span {start}-{end} ends before it starts", file, line)
        if end > len(text):
            raise _fail(f"span {start}-{end} ends past the text (length {len(text)})", file, line)
        spans.append(Span(start, end))
    if len(fields) > 1:
        # brat writes the covered text, pieces joined by a space; compare modulo white space so
        # that a mismatched text file (another version, CRLF line ends) is caught.
        expected = " ".join(" ".join(s.of(text) for s in spans).split())
        if " ".join(fields[1].split()) != expected:
            raise _fail(
                f"annotated text {fields[1][:40]!r} differs from the text at {offsets}"
                f" ({expected[:40]!r}): wrong text file or offsets",
                file,
                line,
            )
    return _TextBound(label, tuple(spans), line)


class _Damage:
    """Collects damaged annotations; raises at the first one when *strict*."""

    def __init__(self, file: str | None, *, strict: bool) -> None:
        self.file = file
        self.strict = strict
        self.found: list[DamagedAnnotation] = []

    def add(
        self, reason: str, line: int, ann_id: str | None, left_out: tuple[str, ...] = ()
    ) -> None:
        if self.strict:
            raise _fail(reason, self.file, line)
        self.found.append(DamagedAnnotation(reason, self.file, line, ann_id, left_out))


def _records(annotations: str) -> list[tuple[int, str, str | None]]:
    """The annotation lines as (line number, id, rest), continuation lines joined; *rest* is
    ``None`` for a line that starts like an annotation id but has no tab.

    brat writes a span's covered text as it is, so a text with line breaks runs over several
    lines of the file: a line without a tab that does not start like an annotation id
    continues the recorded text of the ``T`` line before it.
    """
    records: list[tuple[int, str, str | None]] = []
    continues = False
    for number, raw in enumerate(annotations.removeprefix("\ufeff").splitlines(), 1):
        line = raw.rstrip("\r")
        ann_id, tab, rest = line.partition("\t")
        if tab:
            records.append((number, ann_id, rest))
            continues = ann_id.startswith("T") and rest.count("\t") >= 1
            continue
        if _ID_RE.match(line):
            records.append((number, line.split()[0], None))
            continues = False
        elif continues:
            n, i, r = records[-1]
            records[-1] = (n, i, f"{r}\n{line}")
        # other lines (blank, or not brat at all) carry nothing
    return records


def read_brat(
    annotations: str,
    text: str,
    *,
    doc_id: str,
    file: str | None = None,
    strict: bool = False,
) -> GoldDocument:
    """Read brat standoff annotations of attributions over *text*.

    ``T`` lines give labelled spans (``T5<TAB>Source 75 105<TAB>Retired Lt. Gen. Flynn``),
    possibly discontinuous (``Content 315 448;463 553``); a recorded text with line breaks
    runs over several lines of the file and is read whole. ``E`` lines whose type starts with
    ``Attribution`` (``Attribution``, ``Attribution-no-source``) tie them together:
    ``E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5``. Roles may repeat with a number
    (``Content2``); the spans of every ``Content`` argument form the content, and likewise for
    ``Source`` and ``Cue``. Several attributions may share one ``Source``. Other roles, other
    event types and other line kinds (``R``, ``A``, ``#``, ...) are ignored. Attributions
    without a ``Content`` argument cannot be scored and are skipped.

    A damaged line (malformed, a span outside the text, a recorded text that differs from the
    text at its offsets, a duplicate id, an argument naming an unknown or damaged annotation)
    is left out with every attribution that needs it, and recorded in
    :attr:`GoldDocument.damaged`; with *strict*, it is an error instead.

    Args:
        annotations: The ``.ann`` file's contents.
        text: The text the offsets point into, exactly as stored (no newline translation).
        doc_id: Identifier of the document.
        file: Name of the annotation file, for messages.
        strict: Raise at the first damaged line instead of leaving it out.

    Returns:
        The gold document, attributions sorted by where their content starts.

    Raises:
        GoldFormatError: with *strict*, on the first damaged line; the message carries the
            file and line.
    """
    damage = _Damage(file, strict=strict)
    bounds: dict[str, _TextBound] = {}
    broken: dict[str, int] = {}  # id of a damaged T line -> index in damage.found
    events: list[tuple[str, list[str], int]] = []
    for number, ann_id, rest in _records(annotations):
        if rest is None:
            if ann_id.startswith(("T", "E")):
                damage.add("expected a tab after the annotation id", number, ann_id)
                broken[ann_id] = len(damage.found) - 1
            continue
        if ann_id.startswith("T"):
            if ann_id in bounds or ann_id in broken:
                damage.add(f"duplicate annotation id {ann_id}", number, ann_id)
                continue
            try:
                bounds[ann_id] = _text_bound(rest, text, file, number)
            except GoldFormatError as exc:
                damage.add(exc.detail, number, ann_id)
                broken[ann_id] = len(damage.found) - 1
        elif ann_id.startswith("E"):
            events.append((ann_id, rest.split(), number))

    attributions: list[GoldAttribution] = []
    for ann_id, args, number in events:
        if not args or not args[0].startswith("Attribution"):
            continue
        parts: dict[str, list[Span]] = {role: [] for role in _ROLES}
        problem: str | None = None
        for arg in args[1:]:
            role, colon, ref = arg.partition(":")
            m = _ROLE_RE.match(role)
            if not colon or not ref or m is None:
                problem = f"bad event argument {arg!r}: expected ROLE:ID"
                break
            if m.group(1) not in parts:
                continue
            if ref in broken:
                k = broken[ref]
                found = damage.found[k]
                damage.found[k] = attrs.evolve(found, left_out=(*found.left_out, ann_id))
                problem = ""
                break
            bound = bounds.get(ref)
            if bound is None:
                problem = f"{ann_id} refers to unknown annotation {ref}"
                break
            parts[m.group(1)].extend(bound.spans)
        if problem is not None:
            if problem:  # "" when already recorded with the damaged T line it needs
                damage.add(problem, number, ann_id, (ann_id,))
            continue
        if not parts["Content"]:
            continue
        attributions.append(
            GoldAttribution(
                content=parts["Content"], source=parts["Source"], cue=parts["Cue"], id=ann_id
            )
        )
    attributions.sort(key=lambda a: min(s.start for s in a.content))
    try:
        return GoldDocument(doc_id, text, attributions, damaged=damage.found)
    except ValidationError as exc:  # pragma: no cover - spans are checked line by line above
        raise _fail(str(exc), file, None) from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(f"cannot read: {exc.strerror or exc}", str(path), None) from None
    try:
        # Offsets count characters of the file as stored: decode, never translate newlines.
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(f"not valid UTF-8 (byte {exc.start})", str(path), None) from None


def read_brat_files(
    text_path: str | Path,
    ann_path: str | Path,
    *,
    doc_id: str | None = None,
    strict: bool = False,
) -> GoldDocument:
    """Read one document: its text file and its brat annotation file.

    Args:
        text_path: The UTF-8 text.
        ann_path: The ``.ann`` file annotating it.
        doc_id: Identifier; the text file's stem when ``None``.
        strict: Raise at a damaged annotation line instead of leaving it out (see
            :func:`read_brat`).

    Raises:
        GoldFormatError: when a file cannot be read, or (with *strict*) on a damaged line.
    """
    text_file, ann_file = Path(text_path), Path(ann_path)
    text = _read_text(text_file)
    annotations = _read_text(ann_file)
    return read_brat(
        annotations, text, doc_id=doc_id or text_file.stem, file=str(ann_file), strict=strict
    )


def load_polnear(
    directory: str | Path, *, limit: int | None = None, strict: bool = False
) -> list[GoldDocument]:
    """Read a PolNeAR-layout directory: ``text/<doc>.txt`` and ``attributions/<doc>[_<ann>].ann``.

    Every text needs an annotation file, and every annotation file a text. The annotation of
    ``<doc>`` is ``attributions/<doc>.ann`` when it exists, otherwise the first
    ``attributions/<doc>_<annotator>.ann`` in sorted order: PolNeAR has several annotators for a
    few documents, and the one with the smallest annotator id is used.

    Args:
        directory: The directory holding ``text/`` and ``attributions/``.
        limit: Read only the first *limit* documents in sorted order of their ids.
        strict: Raise at a damaged annotation line instead of leaving it out; without it,
            each document's :attr:`~GoldDocument.damaged` lists what was left out.

    Returns:
        The gold documents, sorted by id.

    Raises:
        GoldFormatError: when the layout is wrong, a file is missing or unreadable, or (with
            *strict*) an annotation line is damaged.
    """
    root = Path(directory)
    texts, anns = root / "text", root / "attributions"
    for sub in (texts, anns):
        if not sub.is_dir():
            raise _fail(f"not a PolNeAR-layout directory: no {sub.name}/ inside", str(root), None)
    doc_ids = sorted(p.stem for p in texts.glob("*.txt") if p.is_file())
    if not doc_ids:
        raise _fail("no text/*.txt files", str(root), None)
    chosen = _choose_annotations(anns, set(doc_ids))
    if limit is not None:
        doc_ids = doc_ids[:limit]
    documents: list[GoldDocument] = []
    for doc_id in doc_ids:
        ann = chosen.get(doc_id)
        if ann is None:
            raise _fail(f"no annotation file for text/{doc_id}.txt", str(anns), None)
        documents.append(
            read_brat_files(texts / f"{doc_id}.txt", ann, doc_id=doc_id, strict=strict)
        )
    return documents


def _choose_annotations(folder: Path, doc_ids: set[str]) -> dict[str, Path]:
    # (doc id, rank): a plain <doc>.ann ranks before any <doc>_<annotator>.ann.
    best: dict[str, tuple[str, Path]] = {}
    for path in folder.glob("*.ann"):
        if not path.is_file():
            continue
        stem = path.stem
        if stem in doc_ids:
            doc_id, rank = stem, ""
        else:
            doc_id, _, annotator = stem.rpartition("_")
            if doc_id not in doc_ids:
                raise _fail(f"annotation file without a text/{stem}.txt", str(path), None)
            rank = "_" + annotator
        if doc_id not in best or rank < best[doc_id][0]:
            best[doc_id] = (rank, path)
    return {doc_id: path for doc_id, (_, path) in best.items()}
