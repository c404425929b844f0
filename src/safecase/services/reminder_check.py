"""The reminder check: fire every reminder whose time has come and that has not fired, once.

Rules carried here:
- a reminder fires once: its id is written to `reminder_fired` in the transaction that reports
  it, and firing is decided by "its time has come and it has not fired" (the domain's
  `due_reminders`), never by a window since the last check. Clock jumps either way, sleep,
  restarts and long locks lose nothing: missed reminders fire at the next check, marked late;
- escalation: within the last 48 hours an unacknowledged deadline repeats every 2 hours;
- a snoozed deadline's lead reminders and escalations wait (never its expiry reminder); when
  the snooze ends, one reminder fires if nothing else did;
- a quiet check writes nothing but, now and then, the time it ran.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from safecase.domain.deadlines import Reminder, ReminderKind, ReminderSchedule, due_reminders
from safecase.domain.deadlines.reminders import ESCALATION_WINDOW, GRACE
from safecase.services.reminder_schedules import ReminderSchedules
from safecase.services.reminder_states import DeadlineState, ReminderStates, iso_utc, utc_moment
from safecase.services.vault_settings import VaultSettings
from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction

LAST_CHECKED = "reminders.last_checked"
LAST_CHECKED_EVERY = timedelta(minutes=10)  # how often a quiet check notes its time


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


class ReminderCheck:
    """The check itself; `ReminderService.check` runs it on a timer, on unlock and on wake."""

    def __init__(
        self,
        conn: Connection,
        settings: VaultSettings,
        schedules: ReminderSchedules,
        states: ReminderStates,
    ) -> None:
        self._conn = conn
        self._settings = settings
        self._schedules = schedules
        self._states = states

    def run(self, now: datetime) -> CheckResult:
        """Fire every reminder whose time has come by `now` (UTC) and that has not fired
        (catch-up included), and persist that it fired."""
        with self._conn.lock:  # reads and the write that follows them, with no one between
            self._schedules.refresh()
            last = utc_moment(self._settings.get(LAST_CHECKED))
            due_rows = self._conn.execute(
                "SELECT reminder_id, deadline_id, kind, at_utc, lead_days "
                "FROM reminder_schedule WHERE at_utc <= ? ORDER BY at_utc",
                (iso_utc(now),),
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
            for deadline_id in self._states.escalating(now):
                by_deadline.setdefault(deadline_id, [])
            snoozed_rows = self._conn.execute(
                "SELECT deadline_id FROM reminder_deadlines "
                "WHERE snoozed_until IS NOT NULL AND snoozed_until <= ?",
                (iso_utc(now),),
            ).fetchall()
            for (deadline_id,) in snoozed_rows:
                by_deadline.setdefault(deadline_id, [])
            alerts: list[ReminderAlert] = []
            fired_rows: list[tuple[str, str, str, int]] = []
            cleared: list[str] = []  # snoozes that ended
            states = self._states.of(list(by_deadline))
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
        state: DeadlineState,
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
            state.id, state.due, state.expires_at, self._schedules.zone, tuple(reminders)
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
        iso_now = iso_utc(now)
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
            [(iso_utc(now), deadline_id) for deadline_id in {a.deadline_id for a in alerts}],
        )
        self._conn.executemany(
            "UPDATE reminder_deadlines SET snoozed_until = NULL WHERE deadline_id = ?",
            [(deadline_id,) for deadline_id in cleared],
        )
        self._settings.set(LAST_CHECKED, iso_utc(now))
