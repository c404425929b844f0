"""Reminder schedules (09:00 local, earlier off weekends) and the catch-up pass."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from safecase.domain.deadlines import (
    ReminderKind,
    build_schedule,
    compute,
    due_reminders,
    load_core_pack,
)
from safecase.domain.deadlines.reminders import ReminderSchedule

VIENNA = ZoneInfo("Europe/Vienna")
ALMATY = ZoneInfo("Asia/Almaty")
END = time(23, 59, 59)


def vienna_deadline(due: date, leads: tuple[int, ...] = (14, 7, 3, 1)) -> ReminderSchedule:
    expires = datetime.combine(due, END, tzinfo=VIENNA)
    return build_schedule("D1", due, expires, "Europe/Vienna", leads)


def leads_local(schedule: ReminderSchedule, zone: ZoneInfo = VIENNA) -> list[datetime]:
    return [
        r.at.astimezone(zone).replace(tzinfo=None)
        for r in schedule.reminders
        if r.kind is ReminderKind.LEAD
    ]


def test_default_leads_at_nine_moved_off_the_weekend() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))  # Wednesday
    assert leads_local(schedule) == [
        datetime(2026, 3, 4, 9, 0),
        datetime(2026, 3, 11, 9, 0),
        datetime(2026, 3, 13, 9, 0),  # 3 days before = Sunday 15th -> Friday
        datetime(2026, 3, 17, 9, 0),
    ]
    assert schedule.reminders[-1].kind is ReminderKind.EXPIRED
    assert all(r.at.tzinfo is UTC for r in schedule.reminders)


def test_two_leads_on_one_friday_remind_once() -> None:
    schedule = vienna_deadline(date(2026, 3, 16), (3, 1))  # Monday: both land on Friday 13th
    assert leads_local(schedule) == [datetime(2026, 3, 13, 9, 0)]


def test_reminders_follow_summer_time() -> None:
    schedule = vienna_deadline(date(2026, 4, 8), (14, 1))
    winter, summer = (r.at for r in schedule.reminders[:2])
    assert (winter.hour, summer.hour) == (8, 7)  # 09:00 CET and 09:00 CEST in UTC


def test_same_day_reminder_before_an_afternoon_cutoff() -> None:
    expires = datetime(2026, 3, 17, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))
    schedule = build_schedule("R39", date(2026, 3, 17), expires, "Europe/Vienna", (0,))
    assert leads_local(schedule) == [datetime(2026, 3, 17, 9, 0)]


def test_reminder_never_at_or_after_expiry() -> None:
    expires = datetime(2026, 3, 17, 8, 0, tzinfo=VIENNA)
    schedule = build_schedule("X", date(2026, 3, 17), expires, "Europe/Vienna", (0,))
    assert leads_local(schedule) == [datetime(2026, 3, 16, 9, 0)]


def test_caseworker_west_of_the_authority_is_not_reminded_late() -> None:
    # Almaty deadline at 23:59:59 (+05) is 19:59:59 in Vienna the same day.
    due = date(2026, 3, 18)
    expires = datetime.combine(due, END, tzinfo=ALMATY)
    schedule = build_schedule("KZ", due, expires, "Europe/Vienna", (1,))
    assert leads_local(schedule) == [datetime(2026, 3, 17, 9, 0)]


def test_caseworker_east_of_the_authority_uses_the_authority_date() -> None:
    # Vienna deadline at 23:59:59 CET is 03:59 (+05) the next day in Almaty.
    due = date(2026, 3, 18)
    schedule = build_schedule(
        "AT", due, datetime.combine(due, END, tzinfo=VIENNA), "Asia/Almaty", (1,)
    )
    assert leads_local(schedule, ALMATY) == [datetime(2026, 3, 17, 9, 0)]


def test_leads_before_the_deadline_was_entered_are_dropped() -> None:
    due = date(2026, 3, 18)
    entered = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    expires = datetime.combine(due, END, tzinfo=VIENNA)
    schedule = build_schedule("D", due, expires, "Europe/Vienna", created_at=entered)
    assert leads_local(schedule) == [datetime(2026, 3, 13, 9, 0), datetime(2026, 3, 17, 9, 0)]


def test_schedule_from_a_computation_and_its_rule() -> None:
    core = load_core_pack()
    rule = core.get("echr.application")
    result = compute(rule, date(2023, 10, 31), pack=core)
    schedule = build_schedule(
        "E", result.due, result.expires_at, "Europe/Vienna", rule.reminder_days
    )
    assert len(leads_local(schedule)) == len(rule.reminder_days)
    assert schedule.reminders[-1].at == result.expires_at.astimezone(UTC)


def test_invalid_inputs() -> None:
    with pytest.raises(ValueError, match="aware"):
        build_schedule("D", date(2026, 1, 1), datetime(2026, 1, 1, 23, 0), "Europe/Vienna")
    expires = datetime(2026, 1, 1, 23, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="negative"):
        build_schedule("D", date(2026, 1, 1), expires, "Europe/Vienna", (-1,))
    with pytest.raises(ValueError, match="working day"):
        build_schedule("D", date(2026, 1, 1), expires, "UTC", weekend=set(range(7)))
    with pytest.raises(ValueError, match="aware"):
        due_reminders(vienna_deadline(date(2026, 3, 18)), None, datetime(2026, 3, 1))


# --- catch-up ---------------------------------------------------------------------------------


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_nothing_before_its_time_then_exactly_once() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    early = due_reminders(schedule, None, utc(2026, 3, 4, 7, 59))
    assert early.firings == ()
    on_time = due_reminders(
        schedule, utc(2026, 3, 4, 7, 59), utc(2026, 3, 4, 8, 1), fired=early.fired
    )
    assert [f.reminder.lead_days for f in on_time.firings] == [14]
    assert not on_time.firings[0].late
    again = due_reminders(
        schedule, utc(2026, 3, 4, 8, 1), utc(2026, 3, 4, 9, 0), fired=on_time.fired
    )
    assert again.firings == ()


def test_forward_jump_fires_everything_in_between_marked_late() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    result = due_reminders(schedule, utc(2026, 3, 1), utc(2026, 3, 14, 12, 0))
    assert [f.reminder.lead_days for f in result.firings] == [14, 7, 3]
    assert all(f.late for f in result.firings)
    assert result.firings[0].lateness == timedelta(days=10, hours=4)


def test_within_grace_is_not_late() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    result = due_reminders(schedule, None, utc(2026, 3, 4, 8, 10), grace=timedelta(minutes=15))
    assert [f.late for f in result.firings] == [False]


def test_backward_jump_neither_repeats_nor_silences() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    first = due_reminders(schedule, None, utc(2026, 3, 11, 9, 0))  # 14- and 7-day fire
    assert len(first.firings) == 2
    back = due_reminders(schedule, utc(2026, 3, 11, 9, 0), utc(2026, 3, 5), fired=first.fired)
    assert back.firings == ()
    assert back.clock_moved_back
    # The clock runs on from its new (earlier) reading: the 3-day reminder fires when due.
    later = due_reminders(schedule, utc(2026, 3, 5), utc(2026, 3, 13, 8, 5), fired=back.fired)
    assert [f.reminder.lead_days for f in later.firings] == [3]
    assert not later.clock_moved_back


def test_expiry_fires_once_after_the_deadline() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    done = due_reminders(schedule, None, utc(2026, 3, 17, 9, 0)).fired
    after = due_reminders(schedule, None, utc(2026, 3, 19, 8, 0), fired=done)
    assert [f.reminder.kind for f in after.firings] == [ReminderKind.EXPIRED]


def test_escalation_every_two_hours_in_the_last_48_hours() -> None:
    schedule = vienna_deadline(date(2026, 3, 18), ())
    fired: frozenset[str] = frozenset()
    kinds = []
    for hour in range(0, 50, 2):  # check every two hours from 17 March 00:00 UTC
        result = due_reminders(
            schedule, None, utc(2026, 3, 17, 0, 5) + timedelta(hours=hour), fired=fired
        )
        fired = result.fired
        kinds.append([f.reminder.kind for f in result.firings])
    escalations = [k for k in kinds if k == [ReminderKind.ESCALATION]]
    # Window opens at 16 March 22:59:59 UTC; slots until 18 March 22:59:59 UTC.
    assert len(escalations) == 24
    assert kinds[-1] == [ReminderKind.EXPIRED]


def test_after_a_gap_only_the_latest_escalation_fires() -> None:
    schedule = vienna_deadline(date(2026, 3, 18), ())
    result = due_reminders(schedule, None, utc(2026, 3, 18, 12, 0))
    assert [f.reminder.kind for f in result.firings] == [ReminderKind.ESCALATION]
    missed = [r for r in schedule.escalations() if r.at <= utc(2026, 3, 18, 12, 0)]
    assert {r.id for r in missed} <= result.fired  # superseded, never replayed
    assert due_reminders(schedule, None, utc(2026, 3, 18, 12, 30), fired=result.fired).firings == ()


def test_acknowledged_deadline_does_not_escalate() -> None:
    schedule = vienna_deadline(date(2026, 3, 18), ())
    assert due_reminders(schedule, None, utc(2026, 3, 18, 12, 0), acknowledged=True).firings == ()


def test_a_lead_reminder_is_not_doubled_by_an_escalation() -> None:
    schedule = vienna_deadline(date(2026, 3, 18))
    result = due_reminders(
        schedule, None, utc(2026, 3, 17, 8, 0), fired={r.id for r in schedule.reminders[:3]}
    )
    assert [f.reminder.kind for f in result.firings] == [ReminderKind.LEAD]


def test_a_moved_deadline_gets_fresh_reminders() -> None:
    old = vienna_deadline(date(2026, 3, 18))
    fired = due_reminders(old, None, utc(2026, 3, 12)).fired
    new = vienna_deadline(date(2026, 3, 25))
    result = due_reminders(new, None, utc(2026, 3, 12), fired=fired)
    assert [f.reminder.lead_days for f in result.firings] == [14]
