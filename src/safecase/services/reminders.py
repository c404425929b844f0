"""Reminders for open deadlines, as the GUI asks for them: the check, what is coming, the
caseworker's answers (acknowledge, snooze, done) and the in-app list. Schedules are kept by
`reminder_schedules`, the check fires them in `reminder_check`, and each deadline's
acknowledgement and snooze are read by `reminder_states`.

Rules carried here:
- an acknowledgement stops a deadline's escalation, for that expiry only;
- snoozing defers a deadline's lead reminders and escalations (never its expiry reminder) until
  a moment no later than the expiry (an overdue deadline may be snoozed past it), when one
  reminder fires;
- while locked, only `upcoming_times()` — bare datetimes, no ids or text — may stay in memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from safecase.domain import records as r
from safecase.domain.clock import Clock
from safecase.domain.deadlines.reminders import ESCALATION_EVERY, ESCALATION_WINDOW
from safecase.domain.errors import RecordNotFound, ValidationError
from safecase.services.records import RecordsService
from safecase.services.reminder_check import AlertKind, CheckResult, ReminderCheck
from safecase.services.reminder_schedules import ReminderSchedules
from safecase.services.reminder_states import ReminderStates, iso_utc, utc_moment
from safecase.services.vault_settings import VaultSettings
from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction

DETAIL_SETTING = "reminders.notification_detail"


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
        self._schedules = ReminderSchedules(conn, self._settings, caseworker_zone)
        self._states = ReminderStates(conn)
        self._check = ReminderCheck(conn, self._settings, self._schedules, self._states)

    # --- schedules ---------------------------------------------------------------------------
    @property
    def zone(self) -> str:
        """The caseworker's zone: reminders are at 09:00 there."""
        return self._schedules.zone

    def refresh(self) -> int:
        """Rebuild the schedules of deadlines that changed; returns how many were rebuilt."""
        return self._schedules.refresh()

    # --- the check ---------------------------------------------------------------------------
    def check(self, now: datetime | None = None) -> CheckResult:
        """Fire every reminder whose time has come and that has not fired (catch-up included),
        and persist that it fired. Call on a timer, on unlock and on wake."""
        return self._check.run((now or self._clock.now()).astimezone(UTC))

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
            (iso_utc(now), iso_utc(until)),
        ).fetchall()
        found = [
            UpcomingReminder(rid, did, AlertKind(kind), datetime.fromisoformat(at))
            for rid, did, kind, at in rows
        ]
        snoozed = self._conn.execute(
            "SELECT deadline_id, snoozed_until FROM reminder_deadlines "
            "WHERE snoozed_until IS NOT NULL AND snoozed_until > ? AND snoozed_until <= ?",
            (iso_utc(now), iso_utc(until)),
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
        for state in self._states.expiring(now, until + ESCALATION_WINDOW):
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
                (iso_utc(now), iso_utc(until)),
            )
        }
        times.update(
            datetime.fromisoformat(row[0])
            for row in self._conn.execute(
                "SELECT snoozed_until FROM reminder_deadlines "
                "WHERE snoozed_until IS NOT NULL AND snoozed_until > ? AND snoozed_until <= ?",
                (iso_utc(now), iso_utc(until)),
            )
        )
        for state in self._states.expiring(now, until + ESCALATION_WINDOW):
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
            self._upsert_state(deadline_id, "acknowledged_at", iso_utc(now))
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
            self._upsert_state(deadline_id, "snoozed_until", iso_utc(moment))
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
            (iso_utc(now),),
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
                    utc_moment(alert),
                    bool(ack and (alert is None or ack >= alert)),
                    utc_moment(snoozed),
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
            (iso_utc(now),),
        ).fetchone()
        return int(row[0])
