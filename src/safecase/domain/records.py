"""The records of a caseworker's work: people, contacts, cases, events, deadlines, notes,
attachments. Plain dataclasses and enums; validation lives in `record_validation`.

Ids are UUID strings; timestamps are UTC ISO 8601; civil dates are `YYYY-MM-DD` strings (a
person's birth date may be partial: `YYYY` or `YYYY-MM`). Vocabularies are the snake_case values
of the interchange format (docs/interchange.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

RecordId = NewType("RecordId", str)


def new_id() -> RecordId:
    return RecordId(str(uuid.uuid4()))


class RecordKind(StrEnum):
    PERSON = "person"
    CONTACT = "contact"
    CASE = "case"
    EVENT = "event"
    DEADLINE = "deadline"
    NOTE = "note"
    ATTACHMENT = "attachment"


class Risk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ContactKind(StrEnum):
    LAWYER = "lawyer"
    NGO = "ngo"
    FAMILY = "family"
    JOURNALIST = "journalist"
    AUTHORITY = "authority"
    COURT = "court"
    CONSULATE = "consulate"
    UN_BODY = "un_body"
    OTHER = "other"


class CaseKind(StrEnum):
    ASYLUM_APPLICATION = "asylum_application"
    ASYLUM_APPEAL = "asylum_appeal"
    EXTRADITION_REQUEST = "extradition_request"
    EXTRADITION_DETENTION = "extradition_detention"
    CRIMINAL_CHARGE_ABROAD = "criminal_charge_abroad"
    ECTHR_APPLICATION = "ecthr_application"
    UN_COMMUNICATION = "un_communication"
    DUBLIN_PROCEDURE = "dublin_procedure"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    GRANTED = "granted"
    REJECTED = "rejected"
    APPEALED = "appealed"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class EventKind(StrEnum):
    DETAINED = "detained"
    RELEASED = "released"
    HEARING = "hearing"
    DECISION_SERVED = "decision_served"
    APPLICATION_LODGED = "application_lodged"
    APPEAL_LODGED = "appeal_lodged"
    TRANSFERRED = "transferred"
    DEPORTED = "deported"
    TRAVELLED = "travelled"
    OTHER = "other"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    WITHDRAWN = "withdrawn"


class DeadlineOrigin(StrEnum):
    MANUAL = "manual"
    COMPUTED = "computed"


class NoteFormat(StrEnum):
    PLAIN = "plain"
    MARKDOWN = "markdown"


@dataclass(slots=True)
class OtherName:
    """Another spelling of a person's name: transliteration, alias, birth name…"""

    name: str
    script: str = ""  # ISO 15924, e.g. "Cyrl", "Latn"
    language: str = ""  # BCP 47, e.g. "kk", "uz-Latn"
    kind: str = "alias"


@dataclass(slots=True)
class Flag:
    """Something about a person that needs attention, e.g. "detained", "do not phone"."""

    flag: str
    reason: str = ""
    since: str | None = None  # YYYY-MM-DD


@dataclass(slots=True)
class Person:
    name: str
    id: RecordId = field(default_factory=new_id)
    other_names: list[OtherName] = field(default_factory=list)
    birth_date: str | None = None
    citizenship: list[str] = field(default_factory=list)
    ethnicity: str = ""
    languages: list[str] = field(default_factory=list)
    country: str = ""
    location: str = ""
    status: str = ""  # legal status, free text
    risk: Risk | None = None
    flags: list[Flag] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    summary: str = ""


@dataclass(slots=True)
class Contact:
    name: str
    kind: ContactKind = ContactKind.OTHER
    id: RecordId = field(default_factory=new_id)
    organisation: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)  # "Signal: …", "Telegram: …"
    safety: str = ""  # e.g. "compromised — do not contact"; empty when none
    notes: str = ""


@dataclass(slots=True)
class Case:
    title: str
    kind: CaseKind = CaseKind.OTHER
    id: RecordId = field(default_factory=new_id)
    jurisdiction: str = ""  # ISO 3166 code or a court's code, e.g. "PL", "ECHR"
    authority: str = ""
    references: list[str] = field(default_factory=list)
    status: CaseStatus = CaseStatus.OPEN
    opened: str | None = None
    closed: str | None = None
    charges: str = ""
    summary: str = ""


@dataclass(slots=True)
class Event:
    date: str
    kind: EventKind = EventKind.OTHER
    id: RecordId = field(default_factory=new_id)
    time: str | None = None  # HH:MM; with a zone
    tz: str | None = None  # IANA zone
    case_id: RecordId | None = None
    person_id: RecordId | None = None
    summary: str = ""


@dataclass(slots=True)
class Deadline:
    title: str
    due: str  # civil date in `tz`
    tz: str
    id: RecordId = field(default_factory=new_id)
    time: str | None = None  # HH:MM; None = end of the day
    status: DeadlineStatus = DeadlineStatus.OPEN
    reminders: list[str] = field(default_factory=list)  # ISO 8601 durations before due
    case_id: RecordId | None = None
    person_id: RecordId | None = None
    origin: DeadlineOrigin = DeadlineOrigin.MANUAL
    rule_id: str | None = None
    trigger_event_id: RecordId | None = None
    trigger: str | None = None  # the trigger as entered, JSON text, for recomputation
    trace: list[str] = field(default_factory=list)
    outer_limit: str | None = None
    confidence: str | None = None
    computed_due: str | None = None  # what the rule gave, when overridden by hand
    override_reason: str | None = None


@dataclass(slots=True)
class Note:
    title: str
    body: str = ""
    id: RecordId = field(default_factory=new_id)
    format: NoteFormat = NoteFormat.PLAIN
    target_id: RecordId | None = None


@dataclass(slots=True)
class Attachment:
    """Metadata only; the content lives in the store in chunks (see AttachmentService)."""

    file_name: str
    media_type: str
    size: int
    sha256: str
    id: RecordId = field(default_factory=new_id)
    target_id: RecordId | None = None


Record = Person | Contact | Case | Event | Deadline | Note | Attachment

KIND_OF: dict[type, RecordKind] = {
    Person: RecordKind.PERSON,
    Contact: RecordKind.CONTACT,
    Case: RecordKind.CASE,
    Event: RecordKind.EVENT,
    Deadline: RecordKind.DEADLINE,
    Note: RecordKind.NOTE,
    Attachment: RecordKind.ATTACHMENT,
}


def kind_of(record: Record) -> RecordKind:
    return KIND_OF[type(record)]


def label_of(record: Record) -> str:
    """The one-line name a list, the recycle bin or a search result shows."""
    match record:
        case Person() | Contact():
            return record.name
        case Case():
            ref = f" ({record.references[0]})" if record.references else ""
            return record.title + ref
        case Event():
            return f"{record.date} {record.kind.value.replace('_', ' ')}"
        case Deadline() | Note():
            return record.title
        case Attachment():
            return record.file_name


@dataclass(frozen=True, slots=True)
class Link:
    """A contact linked to a person or a case, or a person linked to a case, with a role."""

    from_id: RecordId
    to_id: RecordId
    role: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    record_id: RecordId
    at: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class BinEntry:
    id: RecordId
    kind: RecordKind
    label: str
    deleted_at: str
