"""Reminder schedules kept in the vault (`reminder_schedule`), rebuilt only for the deadlines
the storage triggers marked stale, so a check is one indexed query.

Rules carried here:
- lead times are the deadline's ISO 8601 durations rounded up to whole days (earlier, never
  later), else 14/7/3/1 days, at 09:00 in the caseworker's zone, moved earlier off weekends;
- a deadline first scheduled keeps the reminders due since it was created (they fire late); one
  rescheduled after a change keeps its unfired reminders and gets new ones only from the change
  on, so moving a date does not replay "14 days left";
- a reminder that has fired is never scheduled again;
- a change of `SCHEDULE_VERSION` or of the caseworker's zone rebuilds every schedule once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from safecase.domain import records as r
from safecase.domain.deadlines import ReminderKind, build_schedule
from safecase.domain.deadlines.reminders import DEFAULT_LEAD_DAYS
from safecase.domain.record_validation import duration_seconds
from safecase.services.reminder_states import batches, iso_utc, sql_marks, utc_moment
from safecase.services.vault_settings import VaultSettings
from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction

# Raise when the schedule rules change: every schedule is then rebuilt once.
SCHEDULE_VERSION = 1
SCHEDULE_KEY = "reminders.schedule"
DAY_S = 86_400


def lead_days(durations: Iterable[str]) -> tuple[int, ...]:
    """Whole days before the deadline, rounded up (earlier, never later); default 14/7/3/1."""
    days = {math.ceil(duration_seconds(d) / DAY_S) for d in durations}
    return tuple(sorted(days, reverse=True)) or DEFAULT_LEAD_DAYS


class ReminderSchedules:
    """The schedules of open deadlines in the caseworker's zone."""

    def __init__(self, conn: Connection, settings: VaultSettings, zone: str) -> None:
        self._conn = conn
        self._settings = settings
        self.zone = zone

    def refresh(self) -> int:
        """Rebuild the schedules of deadlines that changed; returns how many were rebuilt."""
        key = f"{SCHEDULE_VERSION}|{self.zone}"
        current = self._settings.get(SCHEDULE_KEY) == key
        if (
            current
            and not self._conn.execute(
                "SELECT 1 FROM reminder_deadlines WHERE stale = 1 LIMIT 1"
            ).fetchone()
        ):
            return 0
        with transaction(self._conn):
            if not current:
                self._conn.execute("UPDATE reminder_deadlines SET stale = 1")
                self._settings.set(SCHEDULE_KEY, key)
            stale = self._conn.execute(
                "SELECT deadline_id, indexed FROM reminder_deadlines WHERE stale = 1"
            ).fetchall()
            indexed = {deadline_id: bool(flag) for deadline_id, flag in stale}
            for ids in batches(list(indexed)):
                self._rebuild(ids, indexed)
        return len(indexed)

    def _rebuild(self, ids: Sequence[str], indexed: dict[str, bool]) -> None:
        marks = sql_marks(len(ids))
        rows = self._conn.execute(
            "SELECT g.deadline_id, g.due, g.expires_utc, g.reminders, g.status, g.live, "  # noqa: S608 - marks only
            "m.created_at, m.updated_at FROM deadline_digest g "
            f"JOIN records m ON m.id = g.deadline_id WHERE g.deadline_id IN ({marks})",
            list(ids),
        ).fetchall()
        pending: dict[str, set[str]] = {i: set() for i in ids}
        for reminder_id, deadline_id in self._conn.execute(
            f"SELECT reminder_id, deadline_id FROM reminder_schedule WHERE deadline_id IN ({marks})",  # noqa: S608, E501 - marks only
            list(ids),
        ):
            pending[deadline_id].add(reminder_id)
        fired = {
            row[0]
            for row in self._conn.execute(
                f"SELECT reminder_id FROM reminder_fired WHERE deadline_id IN ({marks})",  # noqa: S608 - marks only
                list(ids),
            )
        }
        self._conn.execute(
            f"DELETE FROM reminder_schedule WHERE deadline_id IN ({marks})",  # noqa: S608 - marks only
            list(ids),
        )
        inserts: list[tuple[Any, ...]] = []
        for deadline_id, due, expires, durations, status, live, created, updated in rows:
            if status != r.DeadlineStatus.OPEN.value or not live:
                continue
            since = utc_moment(updated if indexed.get(deadline_id) else created)
            schedule = build_schedule(
                deadline_id,
                date.fromisoformat(due),
                datetime.fromisoformat(expires),
                self.zone,
                lead_days(_json_list(durations)),
            )
            for reminder in schedule.reminders:
                if reminder.id in fired:
                    continue
                keep = (
                    reminder.kind is ReminderKind.EXPIRED
                    or reminder.id in pending[deadline_id]
                    or since is None
                    or reminder.at >= since
                )
                if keep:
                    inserts.append(
                        (
                            reminder.id,
                            deadline_id,
                            reminder.kind.value,
                            iso_utc(reminder.at),
                            reminder.lead_days,
                        )
                    )
        self._conn.executemany(
            "INSERT INTO reminder_schedule(reminder_id, deadline_id, kind, at_utc, lead_days) "
            "VALUES (?, ?, ?, ?, ?)",
            inserts,
        )
        self._conn.execute(
            f"UPDATE reminder_deadlines SET stale = 0, indexed = 1 WHERE deadline_id IN ({marks})",  # noqa: S608 - marks only
            list(ids),
        )


def _json_list(text: str) -> list[str]:
    value = json.loads(text or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []
