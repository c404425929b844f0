"""Counting one period of one rule, step by step, writing each step into the trace.

Holds the parts of the engine that turn an offset into a date or a moment: calendar offsets,
working days, suspensions (extend or restart a running clock), rolling over non-working days,
and elapsed time in UTC. Suspensions are given in civil dates of the authority's zone: the clock
stops on `paused` and runs again from `resumed`; an extension adds calendar days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

from safecase.domain.deadlines.calendar import DayKind, DayStatus
from safecase.domain.deadlines.errors import ClockSuspended, DeadlineComputationError
from safecase.domain.deadlines.offsets import (
    Offset,
    Roll,
    Unit,
    add_calendar_offset,
    add_elapsed,
    add_working_days,
    is_last_day_of_month,
    roll,
)
from safecase.domain.deadlines.rules import Rule, SuspensionMode


@dataclass(frozen=True, slots=True)
class Suspension:
    """The clock stops on `paused` and runs again from `resumed` (None: still paused)."""

    paused: date
    resumed: date | None = None


def local_moment(day: date, at: time, tz: tzinfo) -> datetime:
    """`day` at wall time `at` in `tz`; in a DST gap or overlap, the earlier real instant."""
    candidates = [datetime.combine(day, at, tzinfo=tz).replace(fold=f) for f in (0, 1)]
    return min(c.astimezone(UTC) for c in candidates).astimezone(tz)


def fmt_moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} {moment.tzname()} (UTC{moment:%z})"


def signed(offset: Offset) -> str:
    text = str(offset)
    return f"- {text.removeprefix('-')}" if offset.amount < 0 else f"+ {text}"


def check_suspensions(
    rule_id: str, trigger_day: date, suspensions: Sequence[Suspension]
) -> list[Suspension]:
    """Suspensions in order; refuses pauses before the trigger, inverted and overlapping ones."""
    ordered = sorted(suspensions, key=lambda s: s.paused)
    for index, item in enumerate(ordered):
        if item.paused < trigger_day:
            raise DeadlineComputationError(
                rule_id, "suspensions", "a pause starts before the trigger"
            )
        if item.resumed is not None and item.resumed < item.paused:
            raise DeadlineComputationError(
                rule_id, "suspensions", "a clock resumes before it paused"
            )
        later = ordered[index + 1 :]
        if later and (item.resumed is None or later[0].paused < item.resumed):
            raise DeadlineComputationError(rule_id, "suspensions", "suspension periods overlap")
    return ordered


class Counter:
    """Counts periods for one rule, appending human-readable steps to `steps`."""

    def __init__(self, rule: Rule, steps: list[str]) -> None:
        self.rule = rule
        self.steps = steps
        self.estimated: list[DayStatus] = []  # estimated holidays the result depended on

    def dated(
        self,
        offset: Offset,
        trigger_day: date,
        suspensions: Sequence[Suspension],
        *,
        label: str = "",
    ) -> date:
        """Offset, then suspensions, then roll: the due date of a date rule."""
        rule, cal = self.rule, self.rule.calendar
        try:
            end = self._add(offset, trigger_day, label)
            for item in suspensions:
                end = self._suspend(item, end, offset, label)
            due, skipped = roll(end, rule.roll, cal)
        except (ValueError, OverflowError) as exc:
            raise DeadlineComputationError(rule.id, "offset", str(exc)) from exc
        if skipped:
            self.steps.append(
                f"{label}{end.isoformat()} is not a working day ({self._explain(skipped)}); "
                f"rolled {rule.roll} to {due.isoformat()}."
            )
            self._note_transfers(due, due, label)
        elif cal is not None and rule.roll is not Roll.NONE:
            reason = cal.status(end).reason
            self.steps.append(f"{label}{end.isoformat()} ({reason}): no roll needed.")
        else:
            self.steps.append(
                f"{label}No roll: the period ends on {end.isoformat()} even if that is a weekend "
                "or holiday."
            )
        if offset.amount >= 0 and due < trigger_day:
            raise DeadlineComputationError(
                rule.id, "roll", "rolling backward moved the date before the trigger"
            )
        return due

    def elapsed(
        self, trigger: datetime, offset: Offset, tz: tzinfo, *, label: str = ""
    ) -> datetime:
        """Elapsed time from an aware moment, counted in UTC, shown in `tz`."""
        try:
            end_utc = add_elapsed(trigger, offset)
        except (ValueError, OverflowError) as exc:
            raise DeadlineComputationError(self.rule.id, "offset", str(exc)) from exc
        start_utc = trigger.astimezone(UTC)
        local = end_utc.astimezone(tz)
        self.steps.append(
            f"{label}Elapsed time counted in UTC: {start_utc:%Y-%m-%d %H:%M} UTC {signed(offset)} "
            f"= {end_utc:%Y-%m-%d %H:%M} UTC, which is {fmt_moment(local)}."
        )
        if trigger.utcoffset() != local.utcoffset():
            self.steps.append(
                f"{label}The zone's UTC offset changes within the period ({trigger:%z} -> "
                f"{local:%z}); counting in UTC keeps the elapsed time exact."
            )
        return local

    def _suspend(self, item: Suspension, end: date, offset: Offset, label: str) -> date:
        if item.paused > end:
            self.steps.append(
                f"{label}Pause on {item.paused.isoformat()} ignored: the period had already ended."
            )
            return end
        if item.resumed is None:
            raise ClockSuspended(self.rule.id, item.paused)
        if self.rule.suspension is SuspensionMode.RESTART:
            self.steps.append(
                f"{label}Clock paused {item.paused.isoformat()}; the full period runs again "
                f"from {item.resumed.isoformat()}."
            )
            return self._add(offset, item.resumed, label)
        days = (item.resumed - item.paused).days
        end = date.fromordinal(end.toordinal() + days)
        self.steps.append(
            f"{label}Clock paused {item.paused.isoformat()} until {item.resumed.isoformat()}: "
            f"{days} day(s) added, the period now ends {end.isoformat()}."
        )
        return end

    def _add(self, offset: Offset, start: date, label: str) -> date:
        cal = self.rule.calendar
        if offset.unit is Unit.WORKING_DAYS:
            if cal is None:
                raise ValueError("a working-day offset needs a calendar")
            end, skipped = add_working_days(start, offset.amount, cal)
            over = f", stepping over {self._explain(skipped)}" if skipped else ""
            self.steps.append(
                f"{label}{start.isoformat()} {signed(offset)} = {end.isoformat()}{over}."
            )
            return end
        end = add_calendar_offset(start, offset, cal)
        note = ""
        if offset.end_of_month and is_last_day_of_month(start):
            note = " (from the last day of a month to the last day of the target month)"
        elif offset.is_calendar_months and end.day != start.day:
            note = " (that month is shorter: clamped to its last day)"
        self.steps.append(f"{label}{start.isoformat()} {signed(offset)} = {end.isoformat()}{note}.")
        return end

    def _note_transfers(self, first: date, last: date, label: str) -> None:
        """Say when a weekend day counted as a working day (decreed transfer or override)."""
        cal = self.rule.calendar
        if cal is None:
            return
        for ordinal in range(first.toordinal(), last.toordinal() + 1):
            status = cal.status(date.fromordinal(ordinal))
            if status.working and status.kind is not DayKind.WORKING:
                self.steps.append(
                    f"{label}{status.day.isoformat()} counted as working: {status.reason}."
                )

    def _explain(self, days: Sequence[date]) -> str:
        cal = self.rule.calendar
        if cal is None:
            return ""
        statuses = [cal.status(d) for d in days]
        self.estimated.extend(s for s in statuses if s.estimated)
        return "; ".join(f"{s.day.isoformat()} {s.reason}" for s in statuses)
