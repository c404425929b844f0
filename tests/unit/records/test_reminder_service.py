"""ReminderService on a real vault: schedules at 09:00 in the caseworker's zone, catch-up,
clock jumps, escalation, acknowledge, snooze, done, the locked-state times, and a property
that no reminder is lost or fired twice across clock jumps and lock/unlock."""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_deadline
from helpers import FAST_KDF, pw
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.domain.deadlines import ReminderKind, build_schedule
from safecase.domain.errors import ValidationError
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService, expires_utc
from safecase.services.reminder_check import AlertKind
from safecase.services.reminder_schedules import lead_days
from safecase.services.reminders import ReminderService, escalation_slots

VIENNA = ZoneInfo("Europe/Vienna")
ZONE_V = "Europe/Vienna"


@pytest.fixture
def service(records: RecordsService, clock: FakeClock) -> ReminderService:
    return ReminderService(records._conn, records, clock, "Europe/Vienna")


def _add(records: RecordsService, **overrides: object) -> r.Deadline:
    values: dict[str, object] = {"due": "2024-03-18", "tz": "Europe/Vienna", "reminders": []}
    values.update(overrides)
    deadline = make_deadline(**values)
    records.create(deadline)
    return deadline


def _local(moments: list[datetime], zone: ZoneInfo = VIENNA) -> list[datetime]:
    return [m.astimezone(zone).replace(tzinfo=None) for m in moments]


def _leads(service: ReminderService, hours: float = 24 * 90) -> list[datetime]:
    return [u.at for u in service.due_within(hours) if u.kind is AlertKind.LEAD]


# --- schedules ---------------------------------------------------------------------------
def test_default_leads_at_nine_in_the_caseworkers_zone_moved_off_weekends(
    service: ReminderService, records: RecordsService
) -> None:
    _add(records, due="2024-03-18")  # Monday
    assert _local(_leads(service)) == [
        datetime(2024, 3, 4, 9),
        datetime(2024, 3, 11, 9),
        datetime(2024, 3, 15, 9),  # 3 days before; 1 day before is Sunday: the same Friday
    ]


def test_lead_days_come_from_the_deadlines_durations() -> None:
    assert lead_days(["P2W", "P1D"]) == (14, 1)
    assert lead_days(["PT36H"]) == (2,)  # rounded up: earlier, never later
    assert lead_days(["P0D"]) == (0,)
    assert lead_days([]) == (14, 7, 3, 1)


def test_reminders_follow_the_caseworker_not_the_authority(
    records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-03-20", tz="Asia/Almaty", reminders=["P7D"])
    service = ReminderService(records._conn, records, clock, "America/New_York")
    (lead,) = _leads(service)
    assert lead.astimezone(ZoneInfo("America/New_York")).replace(tzinfo=None) == datetime(
        2024, 3, 13, 9
    )


def test_reminders_stay_at_nine_across_daylight_saving(
    service: ReminderService, records: RecordsService
) -> None:
    _add(records, due="2024-04-08", reminders=["P14D", "P1D"])  # DST starts 31 March
    winter, summer = _leads(service)
    assert (winter.hour, summer.hour) == (8, 7)  # 09:00 CET, 09:00 CEST
    assert _local([winter, summer]) == [datetime(2024, 3, 25, 9), datetime(2024, 4, 5, 9)]


def test_leads_before_a_deadline_was_entered_are_not_announced(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-02-06")  # 5 days ahead of the clock (1 Feb)
    assert _local(_leads(service)) == [datetime(2024, 2, 2, 9), datetime(2024, 2, 5, 9)]
    assert service.check().alerts == ()


def test_zone_change_rebuilds_every_schedule(records: RecordsService, clock: FakeClock) -> None:
    _add(records, due="2024-03-18", reminders=["P7D"])
    vienna = ReminderService(records._conn, records, clock, "Europe/Vienna")
    assert _leads(vienna)[0].hour == 8
    almaty = ReminderService(records._conn, records, clock, "Asia/Almaty")
    assert almaty.refresh() == 1
    assert _leads(almaty)[0].hour == 4  # 09:00 in Almaty (UTC+5 since 1 March 2024)


# --- firing ------------------------------------------------------------------------------
def test_catch_up_after_the_app_was_closed(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-03-18")
    clock.set_wall(datetime(2024, 3, 12, 10, tzinfo=UTC))  # closed since 1 Feb
    fired = service.check()
    assert [(a.kind, a.lead_days, a.late) for a in fired.alerts] == [
        (AlertKind.LEAD, 14, True), (AlertKind.LEAD, 7, True)
    ]  # fmt: skip
    assert service.check().alerts == ()


def test_on_time_reminder_is_not_late(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-03-18", reminders=["P7D"])
    clock.set_wall(datetime(2024, 3, 11, 8, 5, tzinfo=UTC))  # five minutes after 09:00 CET
    (alert,) = service.check().alerts
    assert not alert.late and alert.lateness == timedelta(minutes=5)


def test_clock_moving_back_fires_nothing_twice(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-03-18", reminders=["P7D"])
    clock.set_wall(datetime(2024, 3, 12, tzinfo=UTC))
    assert len(service.check().alerts) == 1
    clock.set_wall(datetime(2024, 3, 1, tzinfo=UTC))
    back = service.check()
    assert back.alerts == () and back.clock_moved_back
    clock.set_wall(datetime(2024, 3, 13, tzinfo=UTC))
    assert service.check().alerts == ()


def test_a_moved_deadline_gets_new_reminders_from_the_change_on(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-03-18")
    clock.set_wall(datetime(2024, 3, 5, tzinfo=UTC))
    assert [a.lead_days for a in service.check().alerts] == [14]
    deadline.due = "2024-03-25"
    records.update(deadline)
    assert service.check().alerts == ()  # the new 14-day lead (11 March) is still ahead
    clock.set_wall(datetime(2024, 3, 24, 9, tzinfo=UTC))
    # 25 March is a Monday: the 3- and 1-day leads share Friday 22 March.
    assert [a.lead_days for a in service.check().alerts] == [14, 7, 3]


def test_expiry_fires_and_the_deadline_is_overdue_until_done(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-02-05", reminders=["P1D"])
    clock.set_wall(expires_utc(deadline) + timedelta(minutes=1))
    kinds = [a.kind for a in service.check().alerts]
    assert kinds == [AlertKind.LEAD, AlertKind.EXPIRED]
    assert service.overdue_count() == 1
    assert [i.overdue for i in service.attention()] == [True]
    service.mark_done(deadline.id)
    assert records.get_typed(deadline.id, r.Deadline).status is r.DeadlineStatus.DONE
    assert ("status", "open", "done") in {
        (h.field, h.old, h.new) for h in records.history(deadline.id)
    }
    assert service.overdue_count() == 0 and service.attention() == []
    assert service.due_within(24 * 30) == []


# --- escalation, acknowledge, snooze -------------------------------------------------------
def test_unacknowledged_deadline_within_48_hours_escalates_until_acknowledged(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-02-09", reminders=["P7D"])  # Friday
    expiry = expires_utc(deadline)
    clock.set_wall(expiry - timedelta(hours=48, minutes=-1))
    service.acknowledge(deadline.id, expiry - timedelta(hours=50))  # too early to count
    first = service.check()
    assert [a.kind for a in first.alerts] == [AlertKind.LEAD]  # the lead takes this turn
    clock.advance(timedelta(hours=2))
    (again,) = service.check().alerts
    assert again.kind is AlertKind.ESCALATION and not again.late
    assert again.lateness == timedelta(minutes=1)
    clock.advance(timedelta(hours=7))  # asleep: only the latest escalation fires
    (latest,) = service.check().alerts
    assert latest.at > again.at + timedelta(hours=4)
    service.acknowledge(deadline.id)
    clock.advance(timedelta(hours=4))
    assert service.check().alerts == ()
    assert service.attention() == []


def test_snooze_defers_leads_and_escalations_but_never_the_expiry(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-02-09", reminders=["P3D", "P1D"])
    clock.set_wall(datetime(2024, 2, 6, 8, 30, tzinfo=UTC))  # 3 days before, 09:30 in Vienna
    (lead3,) = service.check().alerts
    until = service.snooze(lead3.reminder_id, datetime(2024, 2, 8, 12, tzinfo=UTC))
    assert until == datetime(2024, 2, 8, 12, tzinfo=UTC)
    assert [i.snoozed_until for i in service.attention()] == [until]
    clock.set_wall(datetime(2024, 2, 8, 11, tzinfo=UTC))
    assert service.check().alerts == ()  # the 1-day lead (8 Feb 08:00 UTC) waits
    clock.set_wall(datetime(2024, 2, 8, 12, 30, tzinfo=UTC))
    (deferred,) = service.check().alerts
    assert deferred.lead_days == 1 and deferred.late
    capped = service.snooze(deadline.id, datetime(2024, 3, 1, tzinfo=UTC))
    assert capped == expires_utc(deadline)
    clock.set_wall(capped + timedelta(seconds=1))
    assert [a.kind for a in service.check().alerts] == [AlertKind.EXPIRED]


def test_snooze_end_fires_once_when_nothing_else_is_due(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-03-18", reminders=["P14D"])
    service.snooze(deadline.id, datetime(2024, 2, 2, tzinfo=UTC))
    clock.set_wall(datetime(2024, 2, 2, 1, tzinfo=UTC))
    (ended,) = service.check().alerts
    assert ended.kind is AlertKind.SNOOZE_ENDED
    assert service.check().alerts == ()


def test_snooze_refuses_the_past_and_naive_moments(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records)
    with pytest.raises(ValidationError):
        service.snooze(deadline.id, clock.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        service.snooze(deadline.id, datetime(2024, 3, 1))


# --- what the locked state may know --------------------------------------------------------
def test_upcoming_times_are_bare_datetimes(
    service: ReminderService, records: RecordsService
) -> None:
    _add(records, title="Жаксылыков appeal", due="2024-02-09", reminders=["P7D", "P1D"])
    times = service.upcoming_times(timedelta(days=10))
    assert times and all(type(t) is datetime and t.tzinfo is not None for t in times)
    assert list(times) == sorted(times)
    assert not any(isinstance(t, str) for t in times)


def test_due_within_includes_escalations_and_respects_the_horizon(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-02-02")  # expires within 48 hours: escalates
    _add(records, due="2024-02-05")  # Monday: its 1-day lead is Friday 09:00 (UTC+1)
    kinds = Counter(u.kind for u in service.due_within(24))
    assert kinds[AlertKind.ESCALATION] == 12 and kinds[AlertKind.LEAD] == 1
    assert all(clock.now() < u.at <= clock.now() + timedelta(hours=24)
               for u in service.due_within(24))  # fmt: skip
    schedule = build_schedule(deadline.id, date(2024, 2, 2), expires_utc(deadline), ZONE_V, ())
    domain_ids = {e.id for e in schedule.escalations()}
    assert {
        u.reminder_id for u in service.due_within(24) if u.kind is AlertKind.ESCALATION
    } <= domain_ids
    service.acknowledge(deadline.id)
    assert AlertKind.ESCALATION not in {u.kind for u in service.due_within(24)}


# --- the recycle bin and purge -----------------------------------------------------------
def test_binned_deadlines_do_not_remind_and_purge_leaves_no_reminder_rows(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    deadline = _add(records, due="2024-03-18", reminders=["P7D"])
    clock.set_wall(datetime(2024, 3, 12, tzinfo=UTC))
    records.delete(deadline.id)
    assert service.check().alerts == ()
    records.restore(deadline.id)
    assert len(service.check().alerts) == 1
    records.delete(deadline.id)
    records.purge(deadline.id)
    conn = records._conn
    for table in ("reminder_fired", "reminder_schedule", "reminder_deadlines", "deadline_digest"):
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        assert count == 0, table


# --- the property: nothing lost, nothing twice --------------------------------------------
START = datetime(2026, 3, 1, 6, tzinfo=UTC)  # DST starts in America (8th) and Europe (29th)
ZONES = ["Europe/Vienna", "America/New_York", "Asia/Almaty", "Pacific/Auckland", "UTC"]
DURATIONS = [[], ["P7D", "P1D"], ["P2W", "PT36H", "P0D"], ["P60D", "P3D"]]

deadline_specs = st.lists(
    st.tuples(
        st.integers(0, 45),  # due, days after START
        st.sampled_from([None, "00:30", "09:00", "16:00", "23:00"]),
        st.sampled_from(["Europe/Warsaw", "Asia/Almaty", "America/New_York"]),
        st.sampled_from(DURATIONS),
    ),
    min_size=1,
    max_size=3,
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("jump"), st.integers(-240, 480)),  # hours, either way
        st.tuples(st.just("check"), st.just(0)),
        st.tuples(st.just("relock"), st.just(0)),
        st.tuples(st.just("ack"), st.integers(0, 2)),
        st.tuples(st.just("snooze"), st.integers(1, 72)),
    ),
    max_size=25,
)


class _Session:
    """An unlocked vault and its services, reopened on `relock` like the app does."""

    def __init__(self, root: Path, clock: FakeClock, zone: str) -> None:
        self.root, self.clock, self.zone = root, clock, zone
        self.unlock()

    def unlock(self) -> None:
        self.vault = vault_service.unlock(self.root, pw())
        self.records = RecordsService(self.vault.conn, self.clock)
        self.service = ReminderService(self.vault.conn, self.records, self.clock, self.zone)

    def relock(self) -> None:
        self.vault.close()
        self.unlock()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=deadline_specs,
    ops=operations,
    zone=st.sampled_from(ZONES),
)
def test_no_reminder_is_lost_or_fired_twice(
    specs: list[tuple[int, str | None, str, list[str]]],
    ops: list[tuple[str, int]],
    zone: str,
) -> None:
    with tempfile.TemporaryDirectory(prefix="safecase-prop-") as tmp:
        root = Path(tmp) / "v"
        vault_service.create(root, pw(), kdf=FAST_KDF)[0].close()
        clock = FakeClock(START)
        session = _Session(root, clock, zone)
        deadlines = []
        for days, at, tz, durations in specs:
            d = r.Deadline("fictional", (START + timedelta(days=days)).date().isoformat(), tz,
                           time=at, reminders=list(durations))  # fmt: skip
            session.records.create(d)
            deadlines.append(d)
        fired: Counter[str] = Counter()
        latest = max(expires_utc(d) for d in deadlines)  # the last expiry or snooze end

        def check() -> None:
            result = session.service.check()
            for alert in result.alerts:
                assert alert.at <= clock.now(), "fired early"
                fired[alert.reminder_id] += 1

        for op, value in ops:
            if op == "jump":
                clock.set_wall(clock.now() + timedelta(hours=value))
            elif op == "check":
                check()
            elif op == "relock":
                session.relock()
            elif op == "ack":
                session.service.acknowledge(deadlines[value % len(deadlines)].id)
            else:
                target = deadlines[value % len(deadlines)]
                until = clock.now() + timedelta(hours=value)
                latest = max(latest, session.service.snooze(target.id, until))
            if op != "check" and value % 2:
                check()
        clock.set_wall(latest + timedelta(days=1))
        check()
        session.relock()
        check()
        session.vault.close()
        twice = [rid for rid, n in fired.items() if n > 1]
        assert not twice, twice
        for d in deadlines:
            schedule = build_schedule(
                d.id, date.fromisoformat(d.due), expires_utc(d), zone, lead_days(d.reminders),
                created_at=START,
            )  # fmt: skip
            for reminder in schedule.reminders:
                assert fired[reminder.id] == 1, (reminder.kind, reminder.at)
            assert sum(1 for rid in fired if rid.startswith(d.id + ":expired:")) == 1
            assert ReminderKind.EXPIRED in {x.kind for x in schedule.reminders}


@settings(max_examples=200, deadline=None)
@given(
    expires=st.datetimes(datetime(2024, 1, 1), datetime(2027, 1, 1), timezones=st.just(UTC)),
    after_h=st.floats(-60, 60),
    span_h=st.floats(0, 80),
)
def test_escalation_slots_match_the_domains(
    expires: datetime, after_h: float, span_h: float
) -> None:
    after = expires + timedelta(hours=after_h)
    until = after + timedelta(hours=span_h)
    schedule = build_schedule("D", expires.date(), expires, "UTC", ())
    expected = [e.at for e in schedule.escalations() if after < e.at <= until]
    assert escalation_slots(expires, after, until) == expected


def test_upcoming_times_are_the_times_of_due_within(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    first = _add(records, due="2024-02-02")
    _add(records, due="2024-02-05", reminders=["P2D", "P1D"])
    service.snooze(first.id, clock.now() + timedelta(hours=5))
    horizon = timedelta(days=6)
    expected = sorted({u.at for u in service.due_within(horizon.total_seconds() / 3600)})
    assert list(service.upcoming_times(horizon)) == expected


def test_a_quiet_check_writes_nothing(
    service: ReminderService, records: RecordsService, clock: FakeClock
) -> None:
    _add(records, due="2024-03-18")
    service.check()  # schedules built, the time noted
    changes = records._conn.execute("SELECT total_changes()").fetchone()[0]
    clock.advance(timedelta(minutes=2))
    assert service.check().alerts == ()
    assert records._conn.execute("SELECT total_changes()").fetchone()[0] == changes
