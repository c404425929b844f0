"""Working calendars: Polish holiday blocks and Saturdays, Austrian extras, Kazakh transfers."""

from __future__ import annotations

from datetime import date

import pytest

from safecase.domain.deadlines import (
    Confidence,
    Offset,
    Override,
    Roll,
    Unit,
    WorkingCalendar,
    compute,
    load_core_pack,
)
from safecase.domain.deadlines.calendar import DayKind, ExtraDay, country_supported, easter_sunday
from safecase.domain.deadlines.rules import Act, Rule, TriggerKind

CORE = load_core_pack()
KZ = WorkingCalendar("kz", country="KZ")


def kz_rule(offset: Offset, roll: Roll = Roll.FORWARD, calendar: WorkingCalendar = KZ) -> Rule:
    return Rule(
        id="test.kz",
        title="test rule on the Kazakh calendar",
        trigger="test date",
        trigger_kind=TriggerKind.DATE,
        zone="Asia/Almaty",
        offset=offset,
        roll=roll,
        act=Act.DISPATCH,
        source="test",
        confidence=Confidence.HIGH,
        checked=date(2026, 11, 25),
        jurisdictions=("KZ",),
        case_kinds=(),
        calendar=calendar,
    )


def pl_appeal(served: date) -> date:
    return compute(CORE.get("pl.refugee_board.appeal"), served, pack=CORE).due


def at_appeal(served: date, rule_id: str = "at.bvwg.appeal") -> date:
    return compute(CORE.get(rule_id), served, pack=CORE).due


def test_polish_saturday_is_not_a_last_day() -> None:
    # 2025-09-06 + 14 days = Saturday 2025-09-20 -> Monday (KPA art. 57 §4).
    result = compute(CORE.get("pl.refugee_board.appeal"), date(2025, 9, 6), pack=CORE)
    assert result.due == date(2025, 9, 22)
    assert any("2025-09-20 Saturday (weekend)" in step for step in result.trace)
    assert any("KPA art. 57 §4" in step for step in result.trace)


def test_polish_christmas_block_2025() -> None:
    # Day 14 = 24 Dec 2025 (Christmas Eve, a holiday from 2025), 25, 26, then the weekend.
    assert pl_appeal(date(2025, 12, 10)) == date(2025, 12, 29)


def test_polish_easter_block() -> None:
    # Day 14 = Saturday 4 April 2026; Easter Sunday and Monday follow.
    assert pl_appeal(date(2026, 3, 21)) == date(2026, 4, 7)


def test_polish_may_block() -> None:
    # 1 May 2026 (Fri), Saturday, 3 May (Sunday, Constitution Day) -> Monday 4 May.
    assert pl_appeal(date(2026, 4, 17)) == date(2026, 5, 4)


def test_polish_wsa_complaint_rolls_over_all_saints_weekend() -> None:
    # 30 days from 2026-10-02 = Sunday 1 Nov (All Saints') -> Monday 2 Nov.
    result = compute(CORE.get("pl.wsa.complaint"), date(2026, 10, 2), pack=CORE)
    assert result.due == date(2026, 11, 2)
    assert result.confidence is Confidence.HIGH


def test_austrian_good_friday_is_not_a_last_day() -> None:
    # 2026-03-06 + 4 weeks = Good Friday 3 April, then the Easter weekend and Easter Monday.
    result = compute(CORE.get("at.bvwg.appeal"), date(2026, 3, 6), pack=CORE)
    assert result.due == date(2026, 4, 7)
    assert any("Good Friday (AVG §33(2))" in step for step in result.trace)


def test_austrian_24_december_is_not_a_last_day() -> None:
    # 2025-11-26 + 4 weeks = Wednesday 24 Dec; 25, 26, weekend -> Monday 29 Dec.
    result = compute(CORE.get("at.bvwg.appeal"), date(2025, 11, 26), pack=CORE)
    assert result.due == date(2025, 12, 29)
    assert any("24 December (AVG §33(2))" in step for step in result.trace)


def test_austrian_short_period_after_june_2026_is_medium() -> None:
    # 2026-12-10 + 2 weeks = Thursday 24 Dec -> 25, 26 (Sat), 27 (Sun) -> Monday 28 Dec.
    result = compute(CORE.get("at.bvwg.appeal.short"), date(2026, 12, 10), pack=CORE)
    assert result.due == date(2026, 12, 28)
    assert result.rule_id == "at.bvwg.appeal.short"
    assert result.confidence is Confidence.MEDIUM


def test_austrian_holiday_package_lacks_the_extras_we_add() -> None:
    bare = WorkingCalendar("at-bare", country="AT")
    assert bare.is_working_day(date(2026, 4, 3))  # Good Friday: not a public holiday in AT
    assert bare.is_working_day(date(2026, 12, 24))
    avg = CORE.get("at.bvwg.appeal").calendar
    assert avg is not None
    assert avg.status(date(2026, 4, 3)).kind is DayKind.EXTRA
    assert avg.status(date(2026, 12, 24)).kind is DayKind.EXTRA


def test_kazakh_transferred_working_day_counts_as_working() -> None:
    status = KZ.status(date(2025, 1, 5))  # a Sunday made a working day
    assert status.working
    assert status.kind is DayKind.TRANSFERRED
    assert "transferred working day" in status.reason


def test_roll_stops_on_a_transferred_working_day() -> None:
    # Saturday 4 Jan 2025 rolls forward to Sunday 5 Jan, a working day by transfer.
    result = compute(kz_rule(Offset(2, Unit.DAYS)), date(2025, 1, 2))
    assert result.due == date(2025, 1, 5)
    assert any("transferred working day" in step for step in result.trace)


def test_working_days_count_a_transferred_working_day() -> None:
    # From 2 Jan 2025: 3 Jan is a day off (substituted), 4 Jan Saturday, 5 Jan worked.
    result = compute(kz_rule(Offset(1, Unit.WORKING_DAYS)), date(2025, 1, 2))
    assert result.due == date(2025, 1, 5)


def test_transfers_can_be_switched_off() -> None:
    strict = WorkingCalendar("kz-strict", country="KZ", transferred_workdays=False)
    assert not strict.is_working_day(date(2025, 1, 5))
    result = compute(kz_rule(Offset(2, Unit.DAYS), calendar=strict), date(2025, 1, 2))
    assert result.due == date(2025, 1, 6)


def test_estimated_holiday_caps_confidence() -> None:
    # Eid al-Adha 2026 in Kazakhstan is an estimate in the holidays package.
    assert KZ.status(date(2026, 5, 27)).estimated
    result = compute(kz_rule(Offset(1, Unit.DAYS)), date(2026, 5, 26))
    assert result.due == date(2026, 5, 28)
    assert result.confidence is Confidence.MEDIUM
    assert any("estimated" in step for step in result.trace)


def test_overrides_close_and_open_days() -> None:
    cal = WorkingCalendar("plain").with_overrides(
        Override(date(2026, 3, 16), False, "court closed (decree)"),
        Override(date(2026, 3, 14), True, "Saturday session ordered"),
    )
    assert cal.status(date(2026, 3, 16)).kind is DayKind.CLOSED
    assert cal.status(date(2026, 3, 14)).kind is DayKind.OPENED
    assert "court closed" in cal.status(date(2026, 3, 16)).reason
    result = compute(kz_rule(Offset(3, Unit.DAYS), calendar=cal), date(2026, 3, 12))
    assert result.due == date(2026, 3, 17)  # Sunday 15 -> 16 closed -> 17


def test_a_later_override_wins() -> None:
    first = WorkingCalendar("plain", overrides=(Override(date(2026, 3, 16), False, "closed"),))
    reopened = first.with_overrides(Override(date(2026, 3, 16), True, "reopened"))
    assert reopened.is_working_day(date(2026, 3, 16))


def test_extra_day_on_29_february_is_skipped_in_common_years() -> None:
    extra = ExtraDay("leap only", month=2, day=29)
    assert extra.on(2024) == date(2024, 2, 29)
    assert extra.on(2025) is None


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
     (2038, date(2038, 4, 25)), (1818, date(1818, 3, 22))],
)  # fmt: skip
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_country_support_check() -> None:
    assert country_supported("PL") is None
    assert country_supported("FR", "6AE") is None
    assert country_supported("XX") is not None
    assert country_supported("PL", "99") is not None


def test_calendar_description_names_its_parts() -> None:
    avg = CORE.get("at.bvwg.appeal").calendar
    assert avg is not None
    text = avg.describe()
    assert "weekend Sat+Sun" in text
    assert "Good Friday" in text
    assert "AT" in text
