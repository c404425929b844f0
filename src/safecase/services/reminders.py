"""Reminders for open deadlines: schedules kept in the vault, the catch-up check, acknowledge,
snooze and done, escalation, and the bare times the locked screen may keep.

Rules carried here:
- schedules live in the encrypted store (`reminder_schedule`) and are rebuilt only for the
  deadlines the storage triggers marked stale, so a check is one indexed query;
- a reminder fires once: its id is written to `reminder_fired` in the transaction that reports
  it, and firing is decided by "its time has come and it has not fired" (the domain's
  `due_reminders`), never by a window since the last check. Clock jumps either way, sleep,
  restarts and long locks lose nothing: missed reminders fire at the next check, marked late;
- lead times are the deadline's ISO 8601 durations rounded up to whole days (earlier, never
  later), else 14/7/3/1 days, at 09:00 in the caseworker's zone, moved earlier off weekends;
- a deadline first scheduled keeps the reminders due since it was created (they fire late); one
  rescheduled after a change keeps its unfired reminders and gets new ones only from the change
  on, so moving a date does not replay "14 days left";
- escalation: within the last 48 hours an unacknowledged deadline repeats every 2 hours; an
  acknowledgement counts for that expiry and only once inside that window;
- snoozing defers a deadline's lead reminders and escalations (never its expiry reminder) until
  a moment no later than the expiry (an overdue deadline may be snoozed past it), when one
  reminder fires;
- while locked, only `upcoming_times()` — bare datetimes, no ids or text — may stay in memory.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from safecase.domain import records as r
from safecase.domain.clock import Clock
from safecase.domain.deadlines import (
    Reminder,
    ReminderKind,
    ReminderSchedule,
    build_schedule,
    due_reminders,
)
from safecase.domain.deadlines.reminders import (
    DEFAULT_LEAD_DAYS,
    ESCALATION_EVERY,
    ESCALATION_WINDOW,
    GRACE,
)
from safecase.domain.errors import RecordNotFound, ValidationError
from safecase.domain.record_validation import duration_seconds
from safecase.services.records import RecordsService
from safecase.services.vault_settings import VaultSettings
from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction

# Raise when the schedule rules change: every schedule is then rebuilt once.
SCHEDULE_VERSION = 1
SCHEDULE_KEY = "reminders.schedule"
LAST_CHECKED = "reminders.last_checked"
DETAIL_SETTING = "reminders.notification_detail"
LAST_CHECKED_EVERY = timedelta(minutes=10)  # how often a quiet check notes its time
BATCH = 500
DAY_S = 86_400


class AlertKind(StrEnum):
    LEAD = "lead"
    ESCALATION = "escalation"
    EXPIRED = "expired"
    SNOOZE_ENDED = "snooze_ended"


@dataclass(frozen=True, slots=True)
class ReminderAlert:
    """A reminder firing now. Carries ids only: the front end decides what text to show."""

    reminder_id: str
    deadline_id: str
    kind: AlertKind
    at: datetime  # when it was due, UTC
    late: bool  # more than the grace period after `at` (asleep, closed, locked)
    lateness: timedelta
    lead_days: int | None = None


@dataclass(frozen=True, slots=True)
class CheckResult:
    alerts: tuple[ReminderAlert, ...]
    clock_moved_back: bool  # the clock is before the last check
    checked_at: datetime

    @property
    def firings(self) -> tuple[ReminderAlert, ...]:
        return self.alerts


@dataclass(frozen=True, slots=True)
class UpcomingReminder:
    reminder_id: str
    deadline_id: str
    kind: AlertKind
    at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """A deadline for the in-app reminder list: overdue, reminded and not acknowledged, or
    snoozed."""

    deadline_id: str
    title: str
    due: date
    tz: str
    expires_at: datetime  # UTC
    overdue: bool
    last_alert_at: datetime | None
    acknowledged: bool
    snoozed_until: datetime | None
    confidence: str | None
    case_id: str | None


def lead_days(durations: Iterable[str]) -> tuple[int, ...]:
    """Whole days before the deadline, rounded up (earlier, never later); default 14/7/3/1."""
    days = {math.ceil(duration_seconds(d) / DAY_S) for d in durations}
    return tuple(sorted(days, reverse=True)) or DEFAULT_LEAD_DAYS


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def escalation_slots(expires_at: datetime, after: datetime, until: datetime) -> list[datetime]:
    """The domain's escalation moments (every 2 hours from 48 hours before the expiry, before
    it) that fall in (after, until]; computed without building every slot."""
    start = (expires_at - ESCALATION_WINDOW).astimezone(UTC)
    end = min(until, expires_at - timedelta(microseconds=1))
    first = max(0, math.floor((after - start) / ESCALATION_EVERY) + 1) if after >= start else 0
    found = []
    index = first
    while (at := start + index * ESCALATION_EVERY) <= end:
        if at > after:
            found.append(at)
        index += 1
    return found


@dataclass(slots=True)
class _Deadline:
    id: str
    due: date
    expires_at: datetime
    acknowledged_at: datetime | None
    acknowledged_for: str | None
    snoozed_until: datetime | None
    expires_text: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> _Deadline:
        deadline_id, due, expires, ack_at, ack_for, snoozed = row
        return cls(deadline_id, date.fromisoformat(due), datetime.fromisoformat(expires),
                   _moment(ack_at), ack_for, _moment(snoozed), expires)  # fmt: skip

    def acknowledged(self) -> bool:
        """Acknowledged for this expiry, inside its escalation window."""
        return (
            self.acknowledged_at is not None
            and self.acknowledged_for == self.expires_text
            and self.acknowledged_at >= self.expires_at - ESCALATION_WINDOW
        )


class ReminderService:
    def __init__(
        self,
        conn: Connection,
        records: RecordsService,
        clock: Clock,
        caseworker_zone: str,
    ) -> None:
        ZoneInfo(caseworker_zone)  # fail early on an unknown zone
        self._conn = conn
        self._records = records
        self._clock = clock
        self._settings = VaultSettings(conn)
        self.zone = caseworker_zone

    # --- schedules ---------------------------------------------------------------------------
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
            for ids in _chunks(list(indexed)):
                self._rebuild(ids, indexed)
        return len(indexed)

    def _rebuild(self, ids: Sequence[str], indexed: dict[str, bool]) -> None:
        marks = _marks(len(ids))
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
            since = _moment(updated if indexed.get(deadline_id) else created)
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
                            _iso(reminder.at),
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

    def _states(self, ids: Sequence[str]) -> dict[str, _Deadline]:
        rows: list[Any] = []
        for chunk in _chunks(ids):
            rows += self._conn.execute(
                "SELECT deadline_id, due, expires_utc FROM deadline_digest "  # noqa: S608 - marks only
                f"WHERE deadline_id IN ({_marks(len(chunk))})",
                list(chunk),
            ).fetchall()
        return {state.id: state for state in self._with_answers(rows)}

    def _expiring(self, after: datetime, until: datetime) -> list[_Deadline]:
        """Open deadlines expiring in (after, until], with their reminder state. Two reads
        that stay in small indexes: the digest's (covering), then the answered deadlines'."""
        rows = self._conn.execute(
            "SELECT deadline_id, due, expires_utc FROM deadline_digest "
            "WHERE status = 'open' AND live = 1 AND expires_utc > ? AND expires_utc <= ?",
            (_iso(after), _iso(until)),
        ).fetchall()
        return self._with_answers(rows)

    def _with_answers(self, rows: Sequence[Any]) -> list[_Deadline]:
        """Deadlines (id, due, expiry) with their acknowledgement and snooze, if any."""
        answered: dict[str, tuple[Any, ...]] = {}
        for chunk in _chunks([row[0] for row in rows]):
            answered.update(
                (row[0], row[1:])
                for row in self._conn.execute(
                    "SELECT deadline_id, acknowledged_at, acknowledged_for, snoozed_until "  # noqa: S608 - marks only
                    "FROM reminder_deadlines INDEXED BY reminder_deadlines_answered "
                    f"WHERE deadline_id IN ({_marks(len(chunk))}) "
                    "AND (acknowledged_at IS NOT NULL OR snoozed_until IS NOT NULL)",
                    list(chunk),
                )
            )
        return [
            _Deadline.of((did, due, expires, *answered.get(did, (None, None, None))))
            for did, due, expires in rows
        ]

    def _escalating(self, now: datetime) -> list[str]:
        """Open deadlines inside their escalation window (expiring within 48 hours)."""
        return [state.id for state in self._expiring(now, now + ESCALATION_WINDOW)]

    # --- the check ---------------------------------------------------------------------------
    def check(self, now: datetime | None = None) -> CheckResult:
        """Fire every reminder whose time has come and that has not fired (catch-up included),
        and persist that it fired. Call on a timer, on unlock and on wake."""
        now = (now or self._clock.now()).astimezone(UTC)
        with self._conn.lock:  # reads and the write that follows them, with no one between
            self.refresh()
            last = _moment(self._settings.get(LAST_CHECKED))
            due_rows = self._conn.execute(
                "SELECT reminder_id, deadline_id, kind, at_utc, lead_days "
                "FROM reminder_schedule WHERE at_utc <= ? ORDER BY at_utc",
                (_iso(now),),
            ).fetchall()
            by_deadline: dict[str, list[Reminder]] = {}
            for reminder_id, deadline_id, kind, at, lead in due_rows:
                by_deadline.setdefault(deadline_id, []).append(
                    Reminder(
                        reminder_id,
                        deadline_id,
                        ReminderKind(kind),
                        datetime.fromisoformat(at),
                        lead,
                    )
                )
            for deadline_id in self._escalating(now):
                by_deadline.setdefault(deadline_id, [])
            snoozed_rows = self._conn.execute(
                "SELECT deadline_id FROM reminder_deadlines "
                "WHERE snoozed_until IS NOT NULL AND snoozed_until <= ?",
                (_iso(now),),
            ).fetchall()
            for (deadline_id,) in snoozed_rows:
                by_deadline.setdefault(deadline_id, [])
            alerts: list[ReminderAlert] = []
            fired_rows: list[tuple[str, str, str, int]] = []
            cleared: list[str] = []  # snoozes that ended
            states = self._states(list(by_deadline))
            for deadline_id, reminders in by_deadline.items():
                state = states.get(deadline_id)
                if state is not None:
                    alerts += self._check_one(
                        state, reminders, last, now, fired_rows=fired_rows, cleared=cleared
                    )
            # A quiet tick writes nothing (the last check's time only now and then).
            note_time = last is None or now < last or now - last >= LAST_CHECKED_EVERY
            if fired_rows or cleared or note_time:
                with transaction(self._conn):
                    self._persist(now, alerts, fired_rows, cleared)
        moved_back = last is not None and now < last
        return CheckResult(tuple(alerts), moved_back, now)

    def _check_one(
        self,
        state: _Deadline,
        reminders: list[Reminder],
        last: datetime | None,
        now: datetime,
        *,
        fired_rows: list[tuple[str, str, str, int]],
        cleared: list[str],
    ) -> list[ReminderAlert]:
        snoozing = state.snoozed_until is not None and now < state.snoozed_until
        if snoozing:
            reminders = [x for x in reminders if x.kind is ReminderKind.EXPIRED]
        schedule = ReminderSchedule(
            state.id, state.due, state.expires_at, self.zone, tuple(reminders)
        )
        escalated: set[str] = set()
        if state.expires_at - ESCALATION_WINDOW <= now < state.expires_at:
            escalated = {
                row[0]
                for row in self._conn.execute(
                    "SELECT reminder_id FROM reminder_fired WHERE deadline_id = ? "
                    "AND reminder_id LIKE '%:escalation:%'",
                    (state.id,),
                )
            }
        quiet = snoozing or state.acknowledged() or now >= state.expires_at
        result = due_reminders(schedule, last, now, fired=escalated, acknowledged=quiet)
        out = [
            ReminderAlert(
                f.reminder.id,
                state.id,
                AlertKind(f.reminder.kind.value),
                f.reminder.at,
                f.late,
                f.lateness,
                f.reminder.lead_days,
            )
            for f in result.firings
        ]
        late = {a.reminder_id for a in out if a.late}
        iso_now = _iso(now)
        fired_rows += [
            (rid, state.id, iso_now, int(rid in late)) for rid in result.fired - escalated
        ]
        if state.snoozed_until is not None and not snoozing:
            snooze_id = f"{state.id}:snooze:{state.snoozed_until:%Y%m%dT%H%M%SZ}"
            if not out and not self._fired(snooze_id):
                fired_rows.append((snooze_id, state.id, iso_now, 0))
                out.append(
                    ReminderAlert(
                        snooze_id,
                        state.id,
                        AlertKind.SNOOZE_ENDED,
                        state.snoozed_until,
                        now - state.snoozed_until > GRACE,
                        now - state.snoozed_until,
                    )
                )
            cleared.append(state.id)
        return out

    def _fired(self, reminder_id: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM reminder_fired WHERE reminder_id = ?", (reminder_id,)
            ).fetchone()
            is not None
        )

    def _persist(
        self,
        now: datetime,
        alerts: Sequence[ReminderAlert],
        fired_rows: Sequence[tuple[str, str, str, int]],
        cleared: Sequence[str],
    ) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO reminder_fired(reminder_id, deadline_id, fired_at, late) "
            "VALUES (?, ?, ?, ?)",
            fired_rows,
        )
        self._conn.executemany(
            "DELETE FROM reminder_schedule WHERE reminder_id = ?", [(row[0],) for row in fired_rows]
        )
        self._conn.executemany(
            "UPDATE reminder_deadlines SET last_alert_at = ? WHERE deadline_id = ?",
            [(_iso(now), deadline_id) for deadline_id in {a.deadline_id for a in alerts}],
        )
        self._conn.executemany(
            "UPDATE reminder_deadlines SET snoozed_until = NULL WHERE deadline_id = ?",
            [(deadline_id,) for deadline_id in cleared],
        )
        self._settings.set(LAST_CHECKED, _iso(now))

    # --- what is coming ----------------------------------------------------------------------
    def due_within(self, hours: float, now: datetime | None = None) -> list[UpcomingReminder]:
        """Reminders due after `now` and within `hours` (lead, expiry, escalation and snooze
        ends), soonest first."""
        now = (now or self._clock.now()).astimezone(UTC)
        until = now + timedelta(hours=hours)
        self.refresh()
        rows = self._conn.execute(
            "SELECT reminder_id, deadline_id, kind, at_utc FROM reminder_schedule "
            "WHERE at_utc > ? AND at_utc <= ? ORDER BY at_utc",
            (_iso(now), _iso(until)),
        ).fetchall()
        found = [
            UpcomingReminder(rid, did, AlertKind(kind), datetime.fromisoformat(at))
            for rid, did, kind, at in rows
        ]
        snoozed = self._conn.execute(
            "SELECT deadline_id, snoozed_until FROM reminder_deadlines "
            "WHERE snoozed_until IS NOT NULL AND snoozed_until > ? AND snoozed_until <= ?",
            (_iso(now), _iso(until)),
        ).fetchall()
        for deadline_id, at in snoozed:
            moment = datetime.fromisoformat(at)
            found.append(
                UpcomingReminder(
                    f"{deadline_id}:snooze:{moment:%Y%m%dT%H%M%SZ}",
                    deadline_id,
                    AlertKind.SNOOZE_ENDED,
                    moment,
                )
            )
        found += self._upcoming_escalations(now, until)
        found.sort(key=lambda u: u.at)
        return found

    def _upcoming_escalations(self, now: datetime, until: datetime) -> list[UpcomingReminder]:
        found: list[UpcomingReminder] = []
        for state in self._expiring(now, until + ESCALATION_WINDOW):
            if state.acknowledged():
                continue
            after = max(now, state.snoozed_until or now)
            found += [
                UpcomingReminder(f"{state.id}:escalation:{at:%Y%m%dT%H%M%SZ}", state.id,
                                 AlertKind.ESCALATION, at)
                for at in escalation_slots(state.expires_at, after, until)
                if state.snoozed_until is None or at >= state.snoozed_until
            ]  # fmt: skip
        return found

    def upcoming_times(
        self, horizon: timedelta = timedelta(days=7), now: datetime | None = None
    ) -> tuple[datetime, ...]:
        """Only the moments (UTC) reminders are due within `horizon`: what the locked state
        may keep in memory to fire a neutral notification. No ids, no titles."""
        now = (now or self._clock.now()).astimezone(UTC)
        until = now + horizon
        self.refresh()
        times = {
            datetime.fromisoformat(row[0])
            for row in self._conn.execute(
                "SELECT DISTINCT at_utc FROM reminder_schedule WHERE at_utc > ? AND at_utc <= ?",
                (_iso(now), _iso(until)),
            )
        }
        times.update(
            datetime.fromisoformat(row[0])
            for row in self._conn.execute(
                "SELECT snoozed_until FROM reminder_deadlines "
                "WHERE snoozed_until IS NOT NULL AND snoozed_until > ? AND snoozed_until <= ?",
                (_iso(now), _iso(until)),
            )
        )
        for state in self._expiring(now, until + ESCALATION_WINDOW):
            if not state.acknowledged():
                after = max(now, state.snoozed_until or now)
                times.update(escalation_slots(state.expires_at, after, until))
        return tuple(sorted(times))

    # --- the caseworker's answers ------------------------------------------------------------
    def _open_deadline(self, deadline_id: str) -> r.Deadline:
        deadline = self._records.get_typed(deadline_id, r.Deadline)
        if self._records.meta(deadline_id).deleted_at is not None:
            raise RecordNotFound("record is in the recycle bin")
        return deadline

    def _upsert_state(self, deadline_id: str, column: str, value: str | None) -> None:
        if column not in {"acknowledged_at", "snoozed_until"}:
            raise ValueError(column)
        self._conn.execute(
            f"INSERT INTO reminder_deadlines(deadline_id, {column}) VALUES (?, ?) "  # noqa: S608 - fixed names
            f"ON CONFLICT(deadline_id) DO UPDATE SET {column} = excluded.{column}",
            (deadline_id, value),
        )

    def acknowledge(self, deadline_id: str, now: datetime | None = None) -> None:
        """The caseworker has seen the reminders of this deadline: stops its escalation."""
        now = (now or self._clock.now()).astimezone(UTC)
        self._open_deadline(deadline_id)
        with transaction(self._conn):
            self._upsert_state(deadline_id, "acknowledged_at", _iso(now))
            self._conn.execute(
                "UPDATE reminder_deadlines SET acknowledged_for = "
                "(SELECT expires_utc FROM deadline_digest WHERE deadline_id = ?) "
                "WHERE deadline_id = ?",
                (deadline_id, deadline_id),
            )

    def snooze(self, target_id: str, until: datetime, now: datetime | None = None) -> datetime:
        """Remind again at `until` (a reminder id or a deadline id); lead reminders and
        escalations wait until then. Never later than the expiry; returns the moment used."""
        now = (now or self._clock.now()).astimezone(UTC)
        deadline_id = target_id.split(":", 1)[0]
        self._open_deadline(deadline_id)
        if until.tzinfo is None or until.utcoffset() is None:
            raise ValidationError("until", "a snooze needs a moment with its time zone")
        if until <= now:
            raise ValidationError("until", "is not in the future")
        row = self._conn.execute(
            "SELECT expires_utc FROM deadline_digest WHERE deadline_id = ?", (deadline_id,)
        ).fetchone()
        expiry = datetime.fromisoformat(row[0])
        moment = until.astimezone(UTC)
        if now < expiry:  # snoozing never hides the expiry; an overdue deadline may be snoozed
            moment = min(moment, expiry)
        with transaction(self._conn):
            self._upsert_state(deadline_id, "snoozed_until", _iso(moment))
        return moment

    def mark_done(self, deadline_id: str) -> r.Deadline:
        """The deadline was met: status done (in its history); its reminders stop."""
        deadline = self._open_deadline(deadline_id)
        with transaction(self._conn):
            deadline.status = r.DeadlineStatus.DONE
            self._records.update(deadline)
            self._upsert_state(deadline_id, "snoozed_until", None)
        return deadline

    @property
    def notification_detail(self) -> bool:
        """The caseworker opted in to deadline titles in notifications (off by default)."""
        return bool(self._settings.get(DETAIL_SETTING, False))

    def set_notification_detail(self, on: bool) -> None:
        self._settings.set(DETAIL_SETTING, bool(on))

    # --- lists -------------------------------------------------------------------------------
    def attention(self, now: datetime | None = None) -> list[AttentionItem]:
        """The in-app reminder list: open deadlines that are overdue, were reminded and not
        acknowledged since, or are snoozed; soonest first."""
        now = (now or self._clock.now()).astimezone(UTC)
        rows = self._conn.execute(
            "SELECT g.deadline_id, d.title, g.due, g.tz, g.expires_utc, g.confidence, "
            "d.case_id, s.last_alert_at, s.acknowledged_at, s.snoozed_until "
            "FROM deadline_digest g JOIN deadlines d ON d.id = g.deadline_id "
            "LEFT JOIN reminder_deadlines s ON s.deadline_id = g.deadline_id "
            "WHERE g.status = 'open' AND g.live = 1 AND (g.expires_utc <= ? "
            "OR s.snoozed_until IS NOT NULL OR (s.last_alert_at IS NOT NULL AND "
            "(s.acknowledged_at IS NULL OR s.acknowledged_at < s.last_alert_at))) "
            "ORDER BY g.expires_utc",
            (_iso(now),),
        ).fetchall()
        items = []
        for did, title, due, tz, expires, confidence, case_id, alert, ack, snoozed in rows:
            expires_at = datetime.fromisoformat(expires)
            items.append(
                AttentionItem(
                    did,
                    title,
                    date.fromisoformat(due),
                    tz,
                    expires_at,
                    expires_at <= now,
                    _moment(alert),
                    bool(ack and (alert is None or ack >= alert)),
                    _moment(snoozed),
                    confidence,
                    case_id,
                )
            )
        return items

    def overdue_count(self, now: datetime | None = None) -> int:
        """Open deadlines past their expiry: the dashboard stays red while this is above 0."""
        now = (now or self._clock.now()).astimezone(UTC)
        row = self._conn.execute(
            "SELECT count(*) FROM deadline_digest "
            "WHERE status = 'open' AND live = 1 AND expires_utc <= ?",
            (_iso(now),),
        ).fetchone()
        return int(row[0])


def _json_list(text: str) -> list[str]:
    value = json.loads(text or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []
