"""Calendar export (ICS) of deadlines, at a chosen privacy level.

- `full`: titles and the case; `redacted` (default): "SafeCase deadline [code]" with no names;
  `busy`: a busy block only.
- Date deadlines are floating all-day events, so they never shift a day across zones; the
  authority's zone and expiry time go in the description (except `busy`). Timed deadlines carry
  TZID and a VTIMEZONE.
- Alarms are absolute triggers written with an explicit `VALUE=DATE-TIME` (icalendar omits it).
- UIDs are a keyed hash of the deadline id (the key lives in the vault), so they are stable across
  exports and reveal nothing; SEQUENCE is the number of recorded changes, so it rises with each.
- Withdrawn deadlines are exported as CANCELLED so calendars remove them.

Calendar services upload what they import; the front ends warn before writing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vDatetime

from safecase.domain import records as r
from safecase.domain.deadlines import build_schedule
from safecase.domain.record_validation import duration_seconds
from safecase.services.records import RecordsService, expires_utc
from safecase.services.vault_settings import VaultSettings
from safecase.storage.connection import Connection

UID_KEY = "ics.uid_key"
PRODID = "-//SafeCase//Deadlines//EN"


class Privacy(StrEnum):
    FULL = "full"
    REDACTED = "redacted"
    BUSY = "busy"


def _uid_key(settings: VaultSettings) -> bytes:
    stored = settings.get(UID_KEY)
    if not stored:
        stored = secrets.token_hex(32)
        settings.set(UID_KEY, stored)
    return bytes.fromhex(str(stored))


def _lead_days(deadline: r.Deadline) -> list[int]:
    leads = [duration_seconds(d) // 86400 for d in deadline.reminders]
    return sorted({d for d in leads if d >= 0}, reverse=True) or [14, 7, 3, 1]


class CalendarExporter:
    def __init__(self, conn: Connection, records: RecordsService, caseworker_zone: str) -> None:
        self._records = records
        self._settings = VaultSettings(conn)
        self._conn = conn
        self._zone = caseworker_zone

    def _uid(self, key: bytes, deadline_id: str) -> str:
        digest = hmac.new(key, deadline_id.encode(), hashlib.sha256).hexdigest()
        return f"{digest[:32]}@safecase.invalid"

    def _sequence(self, deadline_id: str) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM history WHERE record_id = ?", (deadline_id,)
        ).fetchone()
        return int(row[0])

    def calendar(
        self, privacy: Privacy = Privacy.REDACTED, *, now: datetime | None = None
    ) -> Calendar:
        key = _uid_key(self._settings)
        stamp = now or datetime.now(UTC)
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        deadlines = [
            d for d in self._records.all(r.RecordKind.DEADLINE) if isinstance(d, r.Deadline)
        ]
        for deadline in deadlines:
            if deadline.status in (r.DeadlineStatus.DONE, r.DeadlineStatus.MISSED):
                continue
            cal.add_component(self._event(deadline, key, privacy, stamp))
        cal.add_missing_timezones()
        return cal

    def _event(self, d: r.Deadline, key: bytes, privacy: Privacy, stamp: datetime) -> Event:
        event = Event()
        uid = self._uid(key, d.id)
        event.add("uid", uid)
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("sequence", self._sequence(d.id))
        due_day = datetime.fromisoformat(d.due).date()
        zone = ZoneInfo(d.tz)
        if d.time is None:
            event.add("dtstart", due_day)  # VALUE=DATE, floating
            event.add("dtend", due_day + timedelta(days=1))
        else:
            start = datetime.combine(due_day, time.fromisoformat(d.time), tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=15))
        expiry = f"Expires {d.time or '23:59'} {d.tz} on {d.due}."
        if privacy is Privacy.FULL:
            case = self._records.meta(d.case_id).label if d.case_id else ""
            event.add("summary", d.title + (f" — {case}" if case else ""))
            event.add("description", "\n".join([expiry, *d.trace]))
        elif privacy is Privacy.REDACTED:
            event.add("summary", f"SafeCase deadline [{uid[:4].upper()}]")
            event.add("description", expiry)
        else:
            event.add("summary", "Busy")
            event.add("transp", "OPAQUE")
        event.add("class", "PRIVATE" if privacy is not Privacy.FULL else "CONFIDENTIAL")
        if d.status is r.DeadlineStatus.WITHDRAWN:
            event.add("status", "CANCELLED")
            return event
        if privacy is not Privacy.BUSY:
            schedule = build_schedule(d.id, due_day, expires_utc(d), self._zone, _lead_days(d))
            for reminder in schedule.reminders:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", "SafeCase deadline")
                trigger = vDatetime(reminder.at.astimezone(UTC))
                trigger.params["VALUE"] = "DATE-TIME"
                alarm.add("trigger", trigger)
                event.add_component(alarm)
        return event

    def write(self, out: Path, privacy: Privacy = Privacy.REDACTED) -> int:
        """Write the calendar file (0600, atomically); returns the number of events."""
        cal = self.calendar(privacy)
        data = cal.to_ical()
        tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, out)
        finally:
            if tmp.exists():
                tmp.unlink()
        return len(cal.walk("VEVENT"))
