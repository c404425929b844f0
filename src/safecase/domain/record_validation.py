"""Field validation for every record kind. Raises `ValidationError(field, reason)` naming the
field, so an editor can show the problem at the field and an import can name the JSON path.

Reasons are short English phrases without the offending value (values can be case data).
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safecase.domain.errors import ValidationError
from safecase.domain.records import (
    Attachment,
    Case,
    Contact,
    Deadline,
    Event,
    Note,
    Person,
    Record,
)

MAX_SHORT_TEXT = 2_000
MAX_LONG_TEXT = 5_000_000
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_JURISDICTION = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DURATION = re.compile(r"^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_date(field: str, value: str | None, *, partial: bool = False) -> None:
    if value is None:
        return
    if partial:
        if not _PARTIAL_DATE.match(value):
            raise ValidationError(field, "expected YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")] + [1, 1]
        year, month, day = parts[0], parts[1], parts[2]
    else:
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise ValidationError(field, "expected a date as YYYY-MM-DD")
        year, month, day = (int(p) for p in value.split("-"))
    try:
        date(year, month, day)
    except ValueError as exc:
        raise ValidationError(field, "not a real calendar date") from exc


def check_time(field: str, value: str | None) -> None:
    if value is not None and not _TIME.match(value):
        raise ValidationError(field, "expected a time as HH:MM (24-hour)")


def check_zone(field: str, value: str | None) -> None:
    if value is None:
        return
    if not value or ".." in value or value.startswith("/"):
        raise ValidationError(field, "not an IANA time zone")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(field, "not an IANA time zone such as Europe/Warsaw") from exc


def check_duration(field: str, value: str) -> None:
    match = _DURATION.match(value)
    if not match or value in ("P", "PT") or value.endswith("T"):
        raise ValidationError(field, "expected an ISO 8601 duration such as P7D or PT12H")


def duration_seconds(value: str) -> int:
    """Seconds in a validated duration such as P7D, P2W, PT12H or P1DT6H."""
    match = _DURATION.match(value)
    if not match:
        raise ValidationError("reminders", "not a duration")
    weeks, days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    return ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60


def _text(field: str, value: str, *, required: bool = False, limit: int = MAX_SHORT_TEXT) -> None:
    if not isinstance(value, str):
        raise ValidationError(field, "expected text")
    if required and not value.strip():
        raise ValidationError(field, "must not be empty")
    if len(value) > limit:
        raise ValidationError(field, f"longer than {limit} characters")
    if "\x00" in value:
        raise ValidationError(field, "contains a NUL character")


def _texts(field: str, values: list[str]) -> None:
    for i, value in enumerate(values):
        _text(f"{field}[{i}]", value, required=True)


def _countries(field: str, values: list[str]) -> None:
    for i, value in enumerate(values):
        if not _COUNTRY.match(value):
            raise ValidationError(f"{field}[{i}]", "expected a two-letter country code such as KZ")


def validate_person(p: Person) -> None:
    _text("name", p.name, required=True)
    for i, other in enumerate(p.other_names):
        _text(f"other_names[{i}].name", other.name, required=True)
        for attr in ("script", "language", "kind"):
            _text(f"other_names[{i}].{attr}", getattr(other, attr), limit=40)
    check_date("birth_date", p.birth_date, partial=True)
    _countries("citizenship", p.citizenship)
    if p.country:
        _countries("country", [p.country])
    for name in ("ethnicity", "location", "status"):
        _text(name, getattr(p, name))
    _texts("languages", p.languages)
    for i, flag in enumerate(p.flags):
        _text(f"flags[{i}].flag", flag.flag, required=True)
        _text(f"flags[{i}].reason", flag.reason)
        check_date(f"flags[{i}].since", flag.since)
    _texts("tags", p.tags)
    _text("summary", p.summary, limit=MAX_LONG_TEXT)


def validate_contact(c: Contact) -> None:
    _text("name", c.name, required=True)
    for name in ("organisation", "safety"):
        _text(name, getattr(c, name))
    for i, phone in enumerate(c.phones):
        if not _PHONE.match(phone):
            raise ValidationError(f"phones[{i}]", "expected digits, spaces and + ( ) - . /")
    for i, email in enumerate(c.emails):
        if not _EMAIL.match(email):
            raise ValidationError(f"emails[{i}]", "not an e-mail address")
    _texts("handles", c.handles)
    _text("notes", c.notes, limit=MAX_LONG_TEXT)


def validate_case(c: Case) -> None:
    _text("title", c.title, required=True)
    if c.jurisdiction and not _JURISDICTION.match(c.jurisdiction):
        raise ValidationError("jurisdiction", "expected a country code (PL) or a court code (ECHR)")
    _text("authority", c.authority)
    _texts("references", c.references)
    check_date("opened", c.opened)
    check_date("closed", c.closed)
    if c.opened and c.closed and c.closed < c.opened:
        raise ValidationError("closed", "is before the date the case was opened")
    _text("charges", c.charges, limit=MAX_LONG_TEXT)
    _text("summary", c.summary, limit=MAX_LONG_TEXT)


def validate_event(e: Event) -> None:
    check_date("date", e.date)
    check_time("time", e.time)
    check_zone("tz", e.tz)
    if e.time is not None and e.tz is None:
        raise ValidationError("tz", "a time needs its time zone")
    _text("summary", e.summary, limit=MAX_LONG_TEXT)


def validate_deadline(d: Deadline) -> None:
    _text("title", d.title, required=True)
    check_date("due", d.due)
    check_time("time", d.time)
    if not d.tz:
        raise ValidationError("tz", "a deadline needs the time zone of its authority")
    check_zone("tz", d.tz)
    for i, lead in enumerate(d.reminders):
        check_duration(f"reminders[{i}]", lead)
    check_date("outer_limit", d.outer_limit)
    if d.outer_limit and d.outer_limit < d.due:
        raise ValidationError("outer_limit", "is before the due date")
    check_date("computed_due", d.computed_due)
    if d.computed_due and d.computed_due != d.due and not (d.override_reason or "").strip():
        raise ValidationError("override_reason", "changing a computed date needs a reason")
    for name in ("rule_id", "confidence", "override_reason", "trigger"):
        _text(name, getattr(d, name) or "")


def validate_note(n: Note) -> None:
    _text("title", n.title, required=True)
    _text("body", n.body, limit=MAX_LONG_TEXT)


def validate_attachment(a: Attachment) -> None:
    _text("file_name", a.file_name, required=True, limit=255)
    if "/" in a.file_name or "\\" in a.file_name or a.file_name in (".", ".."):
        raise ValidationError("file_name", "must be a file name, not a path")
    _text("media_type", a.media_type, required=True, limit=255)
    if a.size < 0:
        raise ValidationError("size", "must not be negative")
    if not _SHA256.match(a.sha256):
        raise ValidationError("sha256", "expected 64 lowercase hex digits")


def validate(record: Record) -> None:
    match record:
        case Person():
            validate_person(record)
        case Contact():
            validate_contact(record)
        case Case():
            validate_case(record)
        case Event():
            validate_event(record)
        case Deadline():
            validate_deadline(record)
        case Note():
            validate_note(record)
        case Attachment():
            validate_attachment(record)
