"""Offset arithmetic: month clamping from the original trigger, end-of-month flag, working days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safecase.domain.deadlines import Offset, Roll, Unit, WorkingCalendar
from safecase.domain.deadlines.offsets import (
    add_calendar_offset,
    add_months,
    add_working_days,
    roll,
)

PLAIN = WorkingCalendar("plain")  # Saturday and Sunday only


def test_months_count_from_the_original_trigger_not_month_by_month() -> None:
    start = date(2023, 1, 31)
    assert add_months(start, 2) == date(2023, 3, 31)
    assert add_months(add_months(start, 1), 1) == date(2023, 3, 28)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2023, 3, 31), 1, date(2023, 4, 30)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2023, 10, 31), 4, date(2024, 2, 29)),
        (date(2023, 3, 31), -1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # across a year end
        (date(2025, 1, 15), -13, date(2023, 12, 15)),
    ],
)
def test_month_clamp(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_leap_day_plus_years_clamps_then_recovers() -> None:
    leap = date(2024, 2, 29)
    assert add_calendar_offset(leap, Offset(1, Unit.YEARS), None) == date(2025, 2, 28)
    assert add_calendar_offset(leap, Offset(4, Unit.YEARS), None) == date(2028, 2, 29)


def test_end_of_month_flag_runs_last_day_to_last_day() -> None:
    assert add_months(date(2023, 2, 28), 1, end_of_month=True) == date(2023, 3, 31)
    assert add_months(date(2023, 2, 28), 1) == date(2023, 3, 28)
    assert add_months(date(2024, 4, 30), 1, end_of_month=True) == date(2024, 5, 31)


def test_end_of_month_flag_ignores_days_that_are_not_month_ends() -> None:
    assert add_months(date(2024, 2, 15), 1, end_of_month=True) == date(2024, 3, 15)
    assert add_months(date(2024, 2, 28), 1, end_of_month=True) == date(2024, 3, 28)  # 29 exists


def test_weeks_end_on_the_same_weekday() -> None:
    start = date(2025, 12, 4)  # Thursday
    end = add_calendar_offset(start, Offset(4, Unit.WEEKS), None)
    assert end == date(2026, 1, 1)
    assert end.weekday() == start.weekday()


def test_days_do_not_count_the_trigger_day() -> None:
    assert add_calendar_offset(date(2025, 10, 28), Offset(14, Unit.DAYS), None) == date(
        2025, 11, 11
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 days", Offset(14, Unit.DAYS)),
        ("1 month", Offset(1, Unit.MONTHS)),
        ("-1 working_days", Offset(-1, Unit.WORKING_DAYS)),
        ("+3 weeks", Offset(3, Unit.WEEKS)),
        ("40 days", Offset(40, Unit.DAYS)),
        ("72 hours", Offset(72, Unit.HOURS)),
        ("5 years", Offset(5, Unit.YEARS)),
    ],
)
def test_offset_parse(text: str, expected: Offset) -> None:
    assert Offset.parse(text) == expected


@pytest.mark.parametrize("text", ["14", "days 14", "14 fortnights", "1.5 months", "", "14  days"])
def test_offset_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="offset"):
        Offset.parse(text)


def test_end_of_month_only_for_months_and_years() -> None:
    with pytest.raises(ValueError, match="end_of_month"):
        Offset.parse("14 days", end_of_month=True)
    assert Offset.parse("2 months", end_of_month=True).end_of_month


def test_offset_text() -> None:
    assert str(Offset(1, Unit.MONTHS)) == "1 month"
    assert str(Offset(-1, Unit.WORKING_DAYS)) == "-1 working day"
    assert str(Offset(4, Unit.WEEKS)) == "4 weeks"


def test_positive_working_days_step_over_the_weekend() -> None:
    friday = date(2026, 3, 13)
    end, skipped = add_working_days(friday, 1, PLAIN)
    assert end == date(2026, 3, 16)
    assert skipped == (date(2026, 3, 14), date(2026, 3, 15))


def test_negative_working_days_step_back_over_the_weekend() -> None:
    monday = date(2026, 3, 16)
    assert add_working_days(monday, -1, PLAIN)[0] == date(2026, 3, 13)
    assert add_working_days(monday, -6, PLAIN)[0] == date(2026, 3, 6)


def test_zero_working_days_is_the_day_itself() -> None:
    saturday = date(2026, 3, 14)
    assert add_working_days(saturday, 0, PLAIN) == (saturday, ())


def test_working_days_over_a_holiday() -> None:
    poland = WorkingCalendar("pl", country="PL")
    # 2025-11-10 (Mon) + 1 working day: 11 Nov is Independence Day.
    assert add_working_days(date(2025, 11, 10), 1, poland)[0] == date(2025, 11, 12)
    assert add_working_days(date(2025, 11, 12), -1, poland)[0] == date(2025, 11, 10)


def test_working_day_offset_needs_a_calendar() -> None:
    with pytest.raises(ValueError, match="calendar"):
        add_calendar_offset(date(2026, 1, 1), Offset(2, Unit.WORKING_DAYS), None)


def test_roll_directions() -> None:
    saturday = date(2026, 3, 14)
    assert roll(saturday, Roll.FORWARD, PLAIN)[0] == date(2026, 3, 16)
    assert roll(saturday, Roll.BACKWARD, PLAIN)[0] == date(2026, 3, 13)
    assert roll(saturday, Roll.NONE, PLAIN) == (saturday, ())
    assert roll(saturday, Roll.NONE, None) == (saturday, ())


def test_roll_needs_a_calendar() -> None:
    with pytest.raises(ValueError, match="calendar"):
        roll(date(2026, 3, 14), Roll.FORWARD, None)


def test_roll_fails_loudly_when_no_day_works() -> None:
    class NeverWorks:
        def is_working_day(self, day: date) -> bool:
            return False

    with pytest.raises(ValueError, match="no working day"):
        roll(date(2026, 1, 1), Roll.FORWARD, NeverWorks())
    with pytest.raises(ValueError, match="no working day"):
        add_working_days(date(2026, 1, 1), 1, NeverWorks())


def test_day_offsets_cross_dst_without_drift() -> None:
    # Civil dates carry no time: 30 days across the March DST change stay 30 days.
    start = date(2026, 3, 10)
    assert add_calendar_offset(start, Offset(30, Unit.DAYS), None) == start + timedelta(days=30)
