"""Read and validate a whole interchange v1 document (docs/interchange.md) into an `ImportPlan`,
before anything is written.

Rules carried here:
- the document is untrusted until `read_plan` returns: every problem raises
  `InvalidImport(json_path, reason)`, the first one found, and nothing has been written;
- refs are file-local and unique across the whole file; every record gets a new UUID;
- domain validation (`record_validation`) runs here, and the field it names is mapped back to
  the JSON path of the file;
- attachments are checked completely (size limit, base64, size, SHA-256) without holding their
  decoded bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field

from safecase.domain import records as r
from safecase.domain.errors import InvalidImport, ValidationError
from safecase.domain.record_validation import validate
from safecase.services.interchange_fields import (
    DuplicateKeys,
    FieldReader,
    check_text,
    child,
)

FORMAT = "safecase-interchange"
VERSION = 1
MAX_ROLE = 200
MAX_REF = 64
REF_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_BASE64_PIECE = 4 * 65536  # characters decoded at a time (a multiple of 4)

# Sections in the order records are created; `people` before `cases` before `events`, …
SECTIONS: dict[str, r.RecordKind] = {
    "people": r.RecordKind.PERSON,
    "contacts": r.RecordKind.CONTACT,
    "cases": r.RecordKind.CASE,
    "events": r.RecordKind.EVENT,
    "deadlines": r.RecordKind.DEADLINE,
    "notes": r.RecordKind.NOTE,
    "attachments": r.RecordKind.ATTACHMENT,
}
# The key a note or attachment uses to name the record it belongs to, by that record's kind.
TARGET_KEYS: dict[str, r.RecordKind] = {kind.value: kind for kind in r.RecordKind}

FIELDS: dict[r.RecordKind, frozenset[str]] = {
    r.RecordKind.PERSON: frozenset({
        "ref", "name", "other_names", "birth_date", "citizenship", "ethnicity", "languages",
        "country", "location", "status", "risk", "flags", "tags", "summary"}),
    r.RecordKind.CONTACT: frozenset({
        "ref", "name", "kind", "organisation", "phones", "emails", "handles", "safety", "notes",
        "links"}),
    r.RecordKind.CASE: frozenset({
        "ref", "title", "kind", "people", "jurisdiction", "authority", "reference", "references",
        "status", "opened", "closed", "charges", "summary"}),
    r.RecordKind.EVENT: frozenset({
        "ref", "date", "kind", "time", "tz", "case", "person", "summary"}),
    r.RecordKind.DEADLINE: frozenset({
        "ref", "title", "due", "time", "tz", "status", "reminders", "case", "person", "origin",
        "rule_id", "trigger_event", "trigger", "trace", "outer_limit", "confidence",
        "computed_due", "override_reason"}),
    r.RecordKind.NOTE: frozenset({"ref", "title", "body", "format", *TARGET_KEYS}),
    r.RecordKind.ATTACHMENT: frozenset({
        "ref", "file_name", "media_type", "size", "sha256", "content", *TARGET_KEYS}),
}  # fmt: skip
_OTHER_NAME = frozenset({"name", "script", "language", "kind"})
_FLAG = frozenset({"flag", "reason", "since"})
_CONTACT_LINK = frozenset({"person", "case", "role"})
_CASE_PERSON = frozenset({"person", "role"})
_REFERRING = {"case_id": "case", "person_id": "person", "trigger_event_id": "trigger_event"}


@dataclass(slots=True)
class PlannedRecord:
    record: r.Record
    path: str
    content: str | None = None  # attachments: the validated base64 text
    deferred_target: r.RecordId | None = None  # set once every record exists (a cycle)


@dataclass(slots=True)
class PlannedLink:
    link: r.Link
    path: str


@dataclass(slots=True)
class ImportPlan:
    records: list[PlannedRecord] = field(default_factory=list)  # in creation order
    links: list[PlannedLink] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Ref:
    kind: r.RecordKind
    id: r.RecordId
    path: str


def _validated(record: r.Record, path: str, renames: dict[str, str]) -> None:
    """Domain validation, its field name mapped to the JSON path of the file."""
    try:
        validate(record)
    except ValidationError as exc:
        raise InvalidImport(f"{path}.{renames.get(exc.field, exc.field)}", exc.reason) from None


def _check_header(untrusted_doc: object) -> None:
    """Format and version first, so a newer file says so rather than 'unknown field'."""
    if isinstance(untrusted_doc, DuplicateKeys):
        raise InvalidImport(child("$", untrusted_doc.duplicate), "duplicate key")
    if not isinstance(untrusted_doc, dict):
        raise InvalidImport("$", "expected an object with format, version and record lists")
    if "format" not in untrusted_doc:
        raise InvalidImport("$.format", "missing required field (not a SafeCase interchange file)")
    if untrusted_doc["format"] != FORMAT:
        raise InvalidImport("$.format", f"expected {FORMAT!r}")
    if "version" not in untrusted_doc:
        raise InvalidImport("$.version", "missing required field")
    version = untrusted_doc["version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidImport("$.version", "expected a whole number")
    if version != VERSION:
        raise InvalidImport("$.version", f"unsupported version; this SafeCase reads {VERSION}")


class _Reader:
    def __init__(self, max_attachment_bytes: int) -> None:
        self._max_attachment_bytes = max_attachment_bytes
        self._refs: dict[str, _Ref] = {}
        self._pairs: set[tuple[str, str]] = set()
        self.plan = ImportPlan()

    # --- refs ----------------------------------------------------------------------------
    def register(self, fields: FieldReader, kind: r.RecordKind) -> r.RecordId:
        ref = fields.text("ref", required=True, limit=MAX_REF)
        if not REF_PATTERN.match(ref):
            raise InvalidImport(
                fields.at("ref"),
                "expected 1-64 letters, digits or _ . : - starting with a letter or digit",
            )
        if ref in self._refs:
            raise InvalidImport(fields.at("ref"), f"duplicate ref (also {self._refs[ref].path})")
        self._refs[ref] = _Ref(kind, r.new_id(), fields.path)
        return self._refs[ref].id

    def resolve(self, untrusted_ref: object, path: str, kind: r.RecordKind) -> r.RecordId:
        ref = check_text(untrusted_ref, path, limit=MAX_REF)
        found = self._refs.get(ref)
        if found is None:
            raise InvalidImport(path, f"no {kind.value} with this ref in the file")
        if found.kind is not kind:
            raise InvalidImport(path, f"refers to a {found.kind.value}, expected a {kind.value}")
        return found.id

    def optional_ref(self, fields: FieldReader, key: str, kind: r.RecordKind) -> r.RecordId | None:
        if not fields.has(key):
            return None
        return self.resolve(fields.raw(key), fields.at(key), kind)

    def target(self, fields: FieldReader, own_id: r.RecordId) -> tuple[r.RecordId | None, str]:
        """The one record a note or attachment belongs to, and the key naming it."""
        keys = [key for key in TARGET_KEYS if fields.has(key)]
        if not keys:
            return None, "target"
        if len(keys) > 1:
            raise InvalidImport(fields.at(keys[1]), f"belongs to one record only (has {keys[0]})")
        target = self.resolve(fields.raw(keys[0]), fields.at(keys[0]), TARGET_KEYS[keys[0]])
        if target == own_id:
            raise InvalidImport(fields.at(keys[0]), "a record cannot belong to itself")
        return target, keys[0]

    def link(self, link: r.Link, path: str) -> None:
        if (link.from_id, link.to_id) in self._pairs:
            raise InvalidImport(path, "links the same two records twice")
        self._pairs.add((link.from_id, link.to_id))
        self.plan.links.append(PlannedLink(link, path))

    # --- record kinds --------------------------------------------------------------------
    def person(self, f: FieldReader, rid: r.RecordId) -> r.Person:
        renames = {"country[0]": "country"}
        other_names: list[r.OtherName] = []
        for i, (untrusted_item, path) in enumerate(f.objects("other_names")):
            if isinstance(untrusted_item, str):
                other_names.append(r.OtherName(check_text(untrusted_item, path)))
                renames[f"other_names[{i}].name"] = f"other_names[{i}]"
                continue
            item = FieldReader(untrusted_item, path, _OTHER_NAME)
            other_names.append(r.OtherName(
                item.text("name", required=True), item.text("script"), item.text("language"),
                item.text("kind") if item.has("kind") else "alias",
            ))  # fmt: skip
        flags = []
        for untrusted_item, path in f.objects("flags"):
            item = FieldReader(untrusted_item, path, _FLAG)
            flags.append(r.Flag(item.text("flag", required=True), item.text("reason"),
                                item.optional_text("since")))  # fmt: skip
        person = r.Person(
            name=f.text("name", required=True), id=rid, other_names=other_names,
            birth_date=f.optional_text("birth_date"), citizenship=f.texts("citizenship"),
            ethnicity=f.text("ethnicity"), languages=f.texts("languages"),
            country=f.text("country"), location=f.text("location"), status=f.text("status"),
            risk=f.optional_enum("risk", r.Risk), flags=flags, tags=f.texts("tags"),
            summary=f.text("summary"),
        )  # fmt: skip
        _validated(person, f.path, renames)
        return person

    def contact(self, f: FieldReader, rid: r.RecordId) -> r.Contact:
        contact = r.Contact(
            name=f.text("name", required=True), id=rid,
            kind=f.enum("kind", r.ContactKind, r.ContactKind.OTHER),
            organisation=f.text("organisation"), phones=f.texts("phones"),
            emails=f.texts("emails"), handles=f.texts("handles"), safety=f.text("safety"),
            notes=f.text("notes"),
        )  # fmt: skip
        _validated(contact, f.path, {})
        for untrusted_item, path in f.objects("links"):
            item = FieldReader(untrusted_item, path, _CONTACT_LINK)
            keys = [key for key in ("person", "case") if item.has(key)]
            if len(keys) != 1:
                raise InvalidImport(path, "a link names exactly one of person or case")
            to_id = self.resolve(item.raw(keys[0]), item.at(keys[0]), TARGET_KEYS[keys[0]])
            self.link(r.Link(rid, to_id, item.text("role", limit=MAX_ROLE)), path)
        return contact

    def case(self, f: FieldReader, rid: r.RecordId) -> r.Case:
        references = [f.text("reference")] if f.has("reference") else []
        first_extra = len(references)
        references += f.texts("references")
        renames = {f"references[{i}]": f"references[{i - first_extra}]"
                   for i in range(first_extra, len(references))}  # fmt: skip
        if first_extra:
            renames["references[0]"] = "reference"
        case = r.Case(
            title=f.text("title", required=True), id=rid,
            kind=f.enum("kind", r.CaseKind, r.CaseKind.OTHER),
            jurisdiction=f.text("jurisdiction"), authority=f.text("authority"),
            references=references, status=f.enum("status", r.CaseStatus, r.CaseStatus.OPEN),
            opened=f.optional_text("opened"), closed=f.optional_text("closed"),
            charges=f.text("charges"), summary=f.text("summary"),
        )  # fmt: skip
        _validated(case, f.path, renames)
        for untrusted_item, path in f.objects("people"):
            if isinstance(untrusted_item, str):
                person_id, role = self.resolve(untrusted_item, path, r.RecordKind.PERSON), ""
            else:
                item = FieldReader(untrusted_item, path, _CASE_PERSON)
                if not item.has("person"):
                    raise InvalidImport(item.at("person"), "missing required field")
                person_id = self.resolve(item.raw("person"), item.at("person"), r.RecordKind.PERSON)
                role = item.text("role", limit=MAX_ROLE)
            self.link(r.Link(person_id, rid, role), path)
        return case

    def event(self, f: FieldReader, rid: r.RecordId) -> r.Event:
        event = r.Event(
            date=f.text("date", required=True), id=rid,
            kind=f.enum("kind", r.EventKind, r.EventKind.OTHER),
            time=f.optional_text("time"), tz=f.optional_text("tz"),
            case_id=self.optional_ref(f, "case", r.RecordKind.CASE),
            person_id=self.optional_ref(f, "person", r.RecordKind.PERSON),
            summary=f.text("summary"),
        )  # fmt: skip
        _validated(event, f.path, _REFERRING)
        return event

    def deadline(self, f: FieldReader, rid: r.RecordId) -> r.Deadline:
        deadline = r.Deadline(
            title=f.text("title", required=True), due=f.text("due", required=True),
            tz=f.text("tz", required=True), id=rid, time=f.optional_text("time"),
            status=f.enum("status", r.DeadlineStatus, r.DeadlineStatus.OPEN),
            reminders=f.texts("reminders"),
            case_id=self.optional_ref(f, "case", r.RecordKind.CASE),
            person_id=self.optional_ref(f, "person", r.RecordKind.PERSON),
            origin=f.enum("origin", r.DeadlineOrigin, r.DeadlineOrigin.MANUAL),
            rule_id=f.optional_text("rule_id"),
            trigger_event_id=self.optional_ref(f, "trigger_event", r.RecordKind.EVENT),
            trigger=f.optional_text("trigger"), trace=f.texts("trace"),
            outer_limit=f.optional_text("outer_limit"), confidence=f.optional_text("confidence"),
            computed_due=f.optional_text("computed_due"),
            override_reason=f.optional_text("override_reason"),
        )  # fmt: skip
        _validated(deadline, f.path, _REFERRING)
        return deadline

    def note(self, f: FieldReader, rid: r.RecordId) -> r.Note:
        target_id, key = self.target(f, rid)
        note = r.Note(
            title=f.text("title", required=True), body=f.text("body"), id=rid,
            format=f.enum("format", r.NoteFormat, r.NoteFormat.PLAIN), target_id=target_id,
        )  # fmt: skip
        _validated(note, f.path, {"target_id": key})
        return note

    def attachment(self, f: FieldReader, rid: r.RecordId) -> tuple[r.Attachment, str]:
        target_id, key = self.target(f, rid)
        attachment = r.Attachment(
            file_name=f.text("file_name", required=True),
            media_type=f.text("media_type", required=True), size=f.integer("size"),
            sha256=f.text("sha256", required=True, limit=64), id=rid, target_id=target_id,
        )  # fmt: skip
        _validated(attachment, f.path, {"target_id": key})
        return attachment, self._checked_content(f, attachment)

    def _checked_content(self, f: FieldReader, attachment: r.Attachment) -> str:
        path = f.at("content")
        content = f.text("content", required=True, limit=1 << 62)
        bad = "not valid base64 (RFC 4648, padded, without line breaks)"
        if len(content) % 4:
            raise InvalidImport(path, bad)
        padding = 2 if content.endswith("==") else 1 if content.endswith("=") else 0
        size = len(content) // 4 * 3 - padding
        if size > self._max_attachment_bytes:
            limit_mb = self._max_attachment_bytes // (1024 * 1024)
            raise InvalidImport(path, f"larger than the {limit_mb} MB attachment limit")
        digest = hashlib.sha256()
        for start in range(0, len(content), _BASE64_PIECE):
            piece = content[start : start + _BASE64_PIECE]
            if start + _BASE64_PIECE < len(content) and "=" in piece:
                raise InvalidImport(path, bad)
            try:
                digest.update(base64.b64decode(piece, validate=True))
            except (binascii.Error, ValueError):
                raise InvalidImport(path, bad) from None
        if size != attachment.size:
            raise InvalidImport(f.at("size"), "does not match the size of the content")
        if digest.hexdigest() != attachment.sha256:
            raise InvalidImport(f.at("sha256"), "does not match the content")
        return content


def _target_of(record: r.Record) -> r.RecordId | None:
    return record.target_id if isinstance(record, r.Note | r.Attachment) else None


def _defer_forward_targets(items: list[PlannedRecord]) -> None:
    """Records are created in file order (so a re-export lists them in the same order). A note
    or attachment may belong to one listed after it: it is created without its target, which is
    set once every record exists (`deferred_target`). This also covers cycles."""
    pending = {item.record.id for item in items}
    for item in items:
        record = item.record
        if isinstance(record, r.Note | r.Attachment) and record.target_id in pending:
            item.deferred_target, record.target_id = record.target_id, None
        pending.discard(record.id)


def read_plan(untrusted_doc: object, *, max_attachment_bytes: int) -> ImportPlan:
    """Validate a parsed document completely; returns what to write, in order."""
    _check_header(untrusted_doc)
    top = FieldReader(untrusted_doc, "$", frozenset({"format", "version", *SECTIONS}))
    reader = _Reader(max_attachment_bytes)
    found: list[tuple[r.RecordKind, FieldReader, r.RecordId]] = []
    for section, kind in SECTIONS.items():
        for untrusted_item, path in top.objects(section):
            fields = FieldReader(untrusted_item, path, FIELDS[kind])
            found.append((kind, fields, reader.register(fields, kind)))
    later: list[PlannedRecord] = []
    for kind, fields, rid in found:
        match kind:
            case r.RecordKind.PERSON:
                reader.plan.records.append(PlannedRecord(reader.person(fields, rid), fields.path))
            case r.RecordKind.CONTACT:
                reader.plan.records.append(PlannedRecord(reader.contact(fields, rid), fields.path))
            case r.RecordKind.CASE:
                reader.plan.records.append(PlannedRecord(reader.case(fields, rid), fields.path))
            case r.RecordKind.EVENT:
                reader.plan.records.append(PlannedRecord(reader.event(fields, rid), fields.path))
            case r.RecordKind.DEADLINE:
                deadline = reader.deadline(fields, rid)
                reader.plan.records.append(PlannedRecord(deadline, fields.path))
            case r.RecordKind.NOTE:
                later.append(PlannedRecord(reader.note(fields, rid), fields.path))
            case r.RecordKind.ATTACHMENT:
                attachment, content = reader.attachment(fields, rid)
                later.append(PlannedRecord(attachment, fields.path, content))
    _defer_forward_targets(later)
    reader.plan.records += later
    return reader.plan
