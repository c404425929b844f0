"""Date arithmetic for deadlines: offsets, month clamping, working days and rolling.

Rules this module carries (deadline-rules.md §2):
- the trigger day is not counted; days and weeks add calendar days;
- months and years keep the day number and clamp to the last day of a shorter month, always
  counted from the original trigger (31 Jan + 2 months = 31 Mar, never 28 Mar);
- optional end-of-month flag: from the last day of a month to the last day of the target month;
- working-day offsets step over non-working days, forwards or backwards;
- rolling moves a non-working last day forward or backward, repeatedly across holiday blocks.
Loops are bounded so a pathological calendar fails loudly instead of hanging.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

# A calendar with no working day for this long is broken; fail rather than spin.
MAX_SCAN_DAYS = 400


class Unit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    WORKING_DAYS = "working_days"
    HOURS = "hours"  # elapsed-time (moment) rules only


class Roll(StrEnum):
    FORWARD = "forward"
    BACKWARD = "backward"
    NONE = "none"


_UNIT_WORDS: dict[str, Unit] = {
    "day": Unit.DAYS,
    "days": Unit.DAYS,
    "week": Unit.WEEKS,
    "weeks": Unit.WEEKS,
    "month": Unit.MONTHS,
    "months": Unit.MONTHS,
    "year": Unit.YEARS,
    "years": Unit.YEARS,
    "working_day": Unit.WORKING_DAYS,
    "working_days": Unit.WORKING_DAYS,
    "hour": Unit.HOURS,
    "hours": Unit.HOURS,
}
_OFFSET_RE = re.compile(r"^([+-]?\d{1,5}) ([a-z_]+)$")


class DayCalendar(Protocol):
    def is_working_day(self, day: date) -> bool: ...


@dataclass(frozen=True, slots=True)
class Offset:
    amount: int
    unit: Unit
    end_of_month: bool = False

    @classmethod
    def parse(cls, text: str, *, end_of_month: bool = False) -> Offset:
        """Parse '4 months', '-1 working_days', '40 days'. Raises ValueError."""
        match = _OFFSET_RE.match(text.strip())
        if match is None or match.group(2) not in _UNIT_WORDS:
            raise ValueError(f"offset must look like '14 days' or '-1 working_days', not {text!r}")
        unit = _UNIT_WORDS[match.group(2)]
        if end_of_month and unit not in (Unit.MONTHS, Unit.YEARS):
            raise ValueError("end_of_month applies only to months and years")
        return cls(int(match.group(1)), unit, end_of_month)

    @property
    def is_calendar_months(self) -> bool:
        return self.unit in (Unit.MONTHS, Unit.YEARS)

    def __str__(self) -> str:
        unit = self.unit.value.replace("_", " ")
        if abs(self.amount) == 1:
            unit = unit.removesuffix("s")
        text = f"{self.amount} {unit}"
        return f"{text} (end of month to end of month)" if self.end_of_month else text


def is_last_day_of_month(day: date) -> bool:
    return day.day == monthrange(day.year, day.month)[1]


def add_months(start: date, months: int, *, end_of_month: bool = False) -> date:
    """Same day number `months` later, clamped to the target month's last day."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = monthrange(year, month0 + 1)[1]
    if end_of_month and is_last_day_of_month(start):
        return date(year, month0 + 1, last)
    return date(year, month0 + 1, min(start.day, last))


def add_working_days(
    start: date, count: int, calendar: DayCalendar
) -> tuple[date, tuple[date, ...]]:
    """Step `count` working days from `start` (not counted). Returns the day and the
    non-working days stepped over, for the trace."""
    step = timedelta(days=1 if count >= 0 else -1)
    remaining = abs(count)
    current = start
    skipped: list[date] = []
    scanned = 0
    while remaining:
        current += step
        scanned += 1
        if calendar.is_working_day(current):
            remaining -= 1
            scanned = 0
        else:
            skipped.append(current)
        if scanned > MAX_SCAN_DAYS:
            raise ValueError(f"no working day within {MAX_SCAN_DAYS} days of {current}")
    return current, tuple(skipped)


def add_calendar_offset(start: date, offset: Offset, calendar: DayCalendar | None) -> date:
    """Add a date offset to a civil date. Working days need a calendar."""
    if offset.unit is Unit.DAYS:
        return start + timedelta(days=offset.amount)
    if offset.unit is Unit.WEEKS:
        return start + timedelta(weeks=offset.amount)
    if offset.unit is Unit.MONTHS:
        return add_months(start, offset.amount, end_of_month=offset.end_of_month)
    if offset.unit is Unit.YEARS:
        return add_months(start, 12 * offset.amount, end_of_month=offset.end_of_month)
    if offset.unit is Unit.WORKING_DAYS:
        if calendar is None:
            raise ValueError("a working-day offset needs a calendar")
        return add_working_days(start, offset.amount, calendar)[0]
    raise ValueError(f"{offset.unit} is for elapsed-time rules, not dates")


def roll(day: date, direction: Roll, calendar: DayCalendar | None) -> tuple[date, tuple[date, ...]]:
    """Move `day` to the nearest working day in `direction`. Returns the day and the
    non-working days passed over (empty when `day` already works or direction is none)."""
    if direction is Roll.NONE:
        return day, ()
    if calendar is None:
        raise ValueError("rolling needs a calendar")
    step = timedelta(days=1 if direction is Roll.FORWARD else -1)
    skipped: list[date] = []
    current = day
    while not calendar.is_working_day(current):
        skipped.append(current)
        if len(skipped) > MAX_SCAN_DAYS:
            raise ValueError(f"no working day within {MAX_SCAN_DAYS} days of {day}")
        current += step
    return current, tuple(skipped)


def add_elapsed(moment: datetime, offset: Offset) -> datetime:
    """Add an elapsed-time offset to an aware moment, in UTC, so that a change of the local
    UTC offset inside the period (Kazakhstan, 1 March 2024) neither adds nor removes hours.
    Months and years move the UTC calendar date (clamped) and keep the UTC time of day."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("an elapsed-time trigger must be timezone-aware")
    utc = moment.astimezone(UTC)
    if offset.unit is Unit.HOURS:
        return utc + timedelta(hours=offset.amount)
    if offset.unit is Unit.DAYS:
        return utc + timedelta(days=offset.amount)
    if offset.unit is Unit.WEEKS:
        return utc + timedelta(weeks=offset.amount)
    if offset.unit in (Unit.MONTHS, Unit.YEARS):
        months = offset.amount * (12 if offset.unit is Unit.YEARS else 1)
        day = add_months(utc.date(), months, end_of_month=offset.end_of_month)
        return datetime.combine(day, utc.timetz())
    raise ValueError("working days cannot measure elapsed time")
