"""Hypothesis properties of the engine, calendars, reminders and the pack parser."""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecase.domain.deadlines import (
    Act,
    Confidence,
    DeadlineComputationError,
    Offset,
    Roll,
    Rule,
    RulePackError,
    TriggerKind,
    Unit,
    WorkingCalendar,
    build_schedule,
    compute,
    core_pack_path,
    due_reminders,
    loads_pack,
)
from safecase.domain.deadlines.calendar import ExtraDay
from safecase.domain.deadlines.offsets import add_calendar_offset, add_months, roll

CALENDARS = [
    WorkingCalendar("pl", country="PL"),
    WorkingCalendar("kz", country="KZ"),
    WorkingCalendar("fr-alsace", country="FR", subdivision="6AE"),
    WorkingCalendar("at-avg", country="AT", extras=(ExtraDay("Good Friday", easter_offset=-2),)),
    WorkingCalendar("plain"),
]
calendars = st.sampled_from(CALENDARS)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))
date_units = st.sampled_from([Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS, Unit.WORKING_DAYS])
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make_rule(offset: Offset, roll_: Roll, calendar: WorkingCalendar | None) -> Rule:
    return Rule(
        id="prop.rule",
        title="property rule",
        trigger="date",
        trigger_kind=TriggerKind.DATE,
        zone="Europe/Warsaw",
        offset=offset,
        roll=roll_,
        act=Act.DISPATCH,
        source="property",
        confidence=Confidence.HIGH,
        checked=date(2026, 11, 25),
        jurisdictions=("PL",),
        case_kinds=(),
        calendar=calendar,
    )


@FAST
@given(day=days, calendar=calendars, direction=st.sampled_from([Roll.FORWARD, Roll.BACKWARD]))
def test_rolled_date_is_a_working_day(
    day: date, calendar: WorkingCalendar, direction: Roll
) -> None:
    rolled, skipped = roll(day, direction, calendar)
    assert calendar.is_working_day(rolled)
    assert all(not calendar.is_working_day(d) for d in skipped)
    assert (rolled >= day) if direction is Roll.FORWARD else (rolled <= day)
    assert abs((rolled - day).days) == len(skipped)


@FAST
@given(day=days, calendar=st.none() | calendars)
def test_roll_none_never_moves(day: date, calendar: WorkingCalendar | None) -> None:
    assert roll(day, Roll.NONE, calendar) == (day, ())


@FAST
@given(
    trigger=days,
    amount=st.integers(min_value=0, max_value=60),
    unit=date_units,
    roll_=st.sampled_from(list(Roll)),
    calendar=calendars,
)
def test_no_due_date_precedes_its_trigger(
    trigger: date, amount: int, unit: Unit, roll_: Roll, calendar: WorkingCalendar
) -> None:
    rule = make_rule(Offset(amount, unit), roll_, calendar)
    try:
        result = compute(rule, trigger)
    except DeadlineComputationError as exc:
        # Only a backward roll can try to cross the trigger, and the engine refuses it.
        assert roll_ is Roll.BACKWARD and exc.field == "roll"
        return
    assert result.due >= trigger
    if roll_ is not Roll.NONE or (unit is Unit.WORKING_DAYS and amount):
        assert calendar.is_working_day(result.due)


@FAST
@given(trigger=days, amount=st.integers(min_value=-30, max_value=60), unit=date_units)
def test_roll_none_keeps_the_counted_date(trigger: date, amount: int, unit: Unit) -> None:
    calendar = CALENDARS[0]
    unrolled = make_rule(Offset(amount, unit), Roll.NONE, calendar)
    result = compute(unrolled, trigger)
    assert result.due == add_calendar_offset(trigger, Offset(amount, unit), calendar)


@FAST
@given(start=days, months=st.integers(min_value=-240, max_value=240))
def test_month_arithmetic_clamps_and_keeps_the_day(start: date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + timedelta(days=1)).day == 1)


@FAST
@given(a=days, b=days, months=st.integers(min_value=0, max_value=60))
def test_month_arithmetic_is_monotonic(a: date, b: date, months: int) -> None:
    low, high = sorted((a, b))
    assert add_months(low, months) <= add_months(high, months)


@FAST
@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 1, 1)),
    zone=st.sampled_from(["Asia/Almaty", "Europe/Vienna", "America/New_York", "UTC"]),
    amount=st.integers(min_value=0, max_value=400),
)
def test_elapsed_days_are_exact_whatever_the_zone(moment: datetime, zone: str, amount: int) -> None:
    trigger = moment.replace(tzinfo=ZoneInfo(zone))
    base = make_rule(Offset(amount, Unit.DAYS), Roll.NONE, None)
    rule = dataclasses.replace(base, trigger_kind=TriggerKind.MOMENT, zone="Asia/Almaty")
    result = compute(rule, trigger)
    elapsed = result.expires_at.astimezone(UTC) - trigger.astimezone(UTC)
    assert elapsed == timedelta(days=amount)


# --- reminders: exactly once across arbitrary clock jumps -------------------------------------

clock_readings = st.lists(
    st.integers(min_value=-40 * 24, max_value=5 * 24), min_size=1, max_size=30
)  # hours relative to the deadline, jumping back and forth


@settings(max_examples=300, deadline=None)
@given(
    readings=clock_readings,
    leads=st.lists(st.integers(min_value=0, max_value=30), max_size=6),
    acknowledged=st.booleans(),
)
def test_each_reminder_fires_exactly_once(
    readings: list[int], leads: list[int], acknowledged: bool
) -> None:
    due = date(2026, 3, 18)
    expires = datetime(2026, 3, 18, 23, 59, 59, tzinfo=ZoneInfo("Europe/Vienna"))
    schedule = build_schedule("P", due, expires, "Asia/Almaty", leads)
    fired: frozenset[str] = frozenset()
    counts: dict[str, int] = {}
    last: datetime | None = None
    latest_seen = None
    for hours in readings:
        now = expires.astimezone(UTC) + timedelta(hours=hours, minutes=7)
        result = due_reminders(schedule, last, now, fired=fired, acknowledged=acknowledged)
        assert result.fired >= fired  # nothing is ever forgotten
        for firing in result.firings:
            counts[firing.reminder.id] = counts.get(firing.reminder.id, 0) + 1
            assert firing.reminder.at <= now
        fired, last = result.fired, now
        latest_seen = now if latest_seen is None else max(latest_seen, now)
    assert all(count == 1 for count in counts.values())
    assert latest_seen is not None
    for reminder in schedule.reminders:  # lead and expiry reminders are never lost
        assert (reminder.id in counts) == (reminder.at <= latest_seen)
    assert not any(r.at > latest_seen for r in schedule.escalations() if r.id in counts)


# --- the parser never fails with anything but RulePackError ------------------------------------

CORE_TEXT = core_pack_path().read_text(encoding="utf-8")
CORE_LINES = CORE_TEXT.splitlines()


@settings(max_examples=200, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(CORE_LINES) - 1),
    replacement=st.sampled_from(["", "x = 1", "[[rule]]", '"', "id = 3", "[rule.window]", "]"])
    | st.text(max_size=20),
)
def test_mutated_core_pack_is_valid_or_cleanly_rejected(index: int, replacement: str) -> None:
    lines = list(CORE_LINES)
    lines[index] = replacement
    try:
        loads_pack("\n".join(lines), "fuzz.toml")
    except RulePackError as exc:
        assert 0 <= exc.line <= len(lines) + 1
        assert exc.field


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_text_is_cleanly_rejected(text: str) -> None:
    with contextlib.suppress(RulePackError):
        loads_pack(text, "noise.toml")
