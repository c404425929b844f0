"""Reminder schedules for one deadline, and the catch-up pass that decides what fires now.

Pure functions: the services layer stores schedules and the ids already fired, and calls
`due_reminders` on start, on wake, on unlock and on a timer. Rules this module carries:
- lead reminders fire at 09:00 in the caseworker's zone, `lead` days before the due date; a
  reminder that lands on a weekend, or not before the expiry moment, moves earlier, never later;
- a reminder fires exactly once: each has a stable id naming the deadline and moment, and
  firing is decided by "its time has come and its id was not fired", never by a time window.
  A window from the last check would, after a backwards clock jump, silence reminders until the
  clock caught up; a forward jump makes everything in between fire, marked late past the grace;
- within the last 48 hours, an unacknowledged deadline escalates every 2 hours; after a gap only
  the latest escalation fires (the missed ones are superseded, not replayed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from safecase.domain.deadlines.calendar import SAT_SUN
from safecase.domain.deadlines.counting import local_moment

DEFAULT_LEAD_DAYS = (14, 7, 3, 1)
REMINDER_TIME = time(9, 0)
ESCALATION_WINDOW = timedelta(hours=48)
ESCALATION_EVERY = timedelta(hours=2)
GRACE = timedelta(minutes=15)


class ReminderKind(StrEnum):
    LEAD = "lead"  # n days before
    ESCALATION = "escalation"  # repeated in the last hours while unacknowledged
    EXPIRED = "expired"  # the deadline has passed


@dataclass(frozen=True, slots=True)
class Reminder:
    id: str  # stable across rebuilds of the same schedule
    deadline_id: str
    kind: ReminderKind
    at: datetime  # aware, UTC
    lead_days: int | None = None


@dataclass(frozen=True, slots=True)
class ReminderSchedule:
    deadline_id: str
    due: date
    expires_at: datetime  # aware
    zone: str  # the caseworker's zone
    reminders: tuple[Reminder, ...]  # lead reminders and the expiry, in time order
    escalation_window: timedelta = ESCALATION_WINDOW
    escalation_every: timedelta = ESCALATION_EVERY

    def escalations(self) -> tuple[Reminder, ...]:
        """Escalation slots from `expires_at - window` every `every`, before expiry."""
        start = (self.expires_at - self.escalation_window).astimezone(UTC)
        count = max(0, -(-self.escalation_window // self.escalation_every))
        slots = (start + i * self.escalation_every for i in range(count))
        return tuple(
            Reminder(
                _rid(self.deadline_id, "escalation", at),
                self.deadline_id,
                ReminderKind.ESCALATION,
                at,
            )
            for at in slots
            if at < self.expires_at
        )


def build_schedule(
    deadline_id: str,
    due: date,
    expires_at: datetime,
    zone: str,
    lead_days: Iterable[int] = DEFAULT_LEAD_DAYS,
    *,
    created_at: datetime | None = None,
    at: time = REMINDER_TIME,
    weekend: AbstractSet[int] = SAT_SUN,
) -> ReminderSchedule:
    """Lead reminders at `at` in `zone`, moved earlier off `weekend` days and before expiry.

    Lead reminders earlier than `created_at` are dropped: a deadline entered five days ahead
    should not announce "14 days left". The expiry reminder is always kept.
    """
    if expires_at.tzinfo is None or expires_at.utcoffset() is None:
        raise ValueError("expires_at must be timezone-aware")
    if len(weekend) >= 7:
        raise ValueError("the week needs at least one working day")
    tz = ZoneInfo(zone)
    # The earlier of the authority's due date and the local date of expiry, so a caseworker
    # west of the authority is not reminded a day late.
    base = min(due, expires_at.astimezone(tz).date())
    by_moment: dict[datetime, Reminder] = {}
    for lead in sorted(set(lead_days), reverse=True):
        if lead < 0:
            raise ValueError("lead days cannot be negative")
        day = base - timedelta(days=lead)
        moment = local_moment(day, at, tz)
        while day.weekday() in weekend or moment >= expires_at:
            day -= timedelta(days=1)
            moment = local_moment(day, at, tz)
        moment = moment.astimezone(UTC)
        if created_at is not None and moment < created_at:
            continue
        if moment not in by_moment:  # two leads moved onto one moment: remind once
            lead_id = _rid(deadline_id, f"lead-{lead}", expires_at)
            by_moment[moment] = Reminder(lead_id, deadline_id, ReminderKind.LEAD, moment, lead)
    expired_id = _rid(deadline_id, "expired", expires_at)
    expired = Reminder(expired_id, deadline_id, ReminderKind.EXPIRED, expires_at.astimezone(UTC))
    ordered = sorted([*by_moment.values(), expired], key=lambda r: r.at)
    return ReminderSchedule(deadline_id, due, expires_at, zone, tuple(ordered))


def _rid(deadline_id: str, what: str, moment: datetime) -> str:
    """Ids name the moment they belong to: a deadline that moves gets fresh reminders."""
    return f"{deadline_id}:{what}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


@dataclass(frozen=True, slots=True)
class Firing:
    reminder: Reminder
    late: bool  # fired more than the grace period after its time (app closed, asleep)
    lateness: timedelta


@dataclass(frozen=True, slots=True)
class DueResult:
    firings: tuple[Firing, ...]
    fired: frozenset[str]  # every id fired or superseded so far: store it for the next call
    clock_moved_back: bool  # `now` is before the last check: earlier firings may have been early


def due_reminders(
    schedule: ReminderSchedule,
    last_checked: datetime | None,
    now: datetime,
    *,
    fired: AbstractSet[str] = frozenset(),
    acknowledged: bool = False,
    grace: timedelta = GRACE,
) -> DueResult:
    """What fires at `now`: every reminder whose time has come and that has not fired yet.

    `last_checked` is only used to report a backwards clock jump; it never suppresses a
    reminder. Escalations stop once the deadline is acknowledged or has expired.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    done = set(fired)
    out: list[Firing] = []
    for reminder in schedule.reminders:
        if reminder.at <= now and reminder.id not in done:
            out.append(_firing(reminder, now, grace))
            done.add(reminder.id)
    escalations: Sequence[Reminder] = () if acknowledged else schedule.escalations()
    pending = [e for e in escalations if e.at <= now and e.id not in done]
    if pending:
        done.update(e.id for e in pending)  # superseded or fired: never replayed
        if now < schedule.expires_at and not out:
            out.append(_firing(pending[-1], now, grace))
    moved_back = last_checked is not None and now < last_checked
    return DueResult(tuple(out), frozenset(done), moved_back)


def _firing(reminder: Reminder, now: datetime, grace: timedelta) -> Firing:
    lateness = now - reminder.at
    return Firing(reminder, lateness > grace, lateness)
