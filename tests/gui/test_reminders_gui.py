"""Reminders in the app, offscreen with a FakeClock and a real vault: the scheduler fires and
catches up, the locked state keeps only times and shows a neutral notification (nothing on
disk, no record text), the tray degrades without a tray, and the in-app list acts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from factories import make_deadline
from helpers import pw, snapshot
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.gui.reminders.reminder_list_view import OVERDUE_COLOUR, ReminderListView
from safecase.gui.reminders.reminder_scheduler import ReminderScheduler, system_zone_name
from safecase.gui.reminders.tray_notifier import NEUTRAL_TEXT, TrayNotifier
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService
from safecase.services.reminder_check import AlertKind, CheckResult, ReminderAlert
from safecase.services.reminders import ReminderService

TITLE = "Appeal for Жаксылыков qqcanaryzz"
ZONE = "Europe/Vienna"


class FakeTray:
    """Stands in for QSystemTrayIcon: records what would have been shown."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.visible = False

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, text: str, *_: Any) -> None:
        self.messages.append((title, text))


class Session:
    def __init__(self, root: Path, clock: FakeClock) -> None:
        self.root, self.clock = root, clock
        self.vault = vault_service.unlock(root, pw())
        self.records = RecordsService(self.vault.conn, clock)
        self.service = ReminderService(self.vault.conn, self.records, clock, ZONE)

    def close(self) -> None:
        self.vault.close()


@pytest.fixture
def session(created_vault: tuple[Path, str], clock: FakeClock) -> Iterator[Session]:
    opened = Session(created_vault[0], clock)
    yield opened
    if opened.vault.is_open:
        opened.close()


@pytest.fixture
def tray() -> FakeTray:
    return FakeTray()


@pytest.fixture
def notifier(qtbot: QtBot, tray: FakeTray) -> TrayNotifier:
    return TrayNotifier(tray=tray, tray_available=True)  # type: ignore[arg-type]


@pytest.fixture
def scheduler(clock: FakeClock, notifier: TrayNotifier) -> Iterator[ReminderScheduler]:
    made = ReminderScheduler(clock, notifier, tick_ms=3_600_000)
    yield made
    made.stop()


def add(session: Session, **overrides: object) -> r.Deadline:
    values: dict[str, object] = {"title": TITLE, "due": "2024-02-09", "tz": ZONE,
                                 "reminders": ["P3D", "P1D"]}  # fmt: skip
    values.update(overrides)
    deadline = make_deadline(**values)
    session.records.create(deadline)
    return deadline


def strings_in(value: object, seen: set[int] | None = None) -> Iterator[str]:
    """Every string reachable from `value`'s attributes (what an object keeps in memory)."""
    seen = seen if seen is not None else set()
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings_in(k, seen)
            yield from strings_in(v, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from strings_in(v, seen)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        yield from strings_in(vars(value), seen)


# --- scheduler ---------------------------------------------------------------------------
def test_scheduler_fires_on_unlock_and_on_ticks_with_a_neutral_text(
    qtbot: QtBot, session: Session, scheduler: ReminderScheduler, tray: FakeTray, clock: FakeClock
) -> None:
    add(session)
    clock.set_wall(datetime(2024, 2, 6, 9, tzinfo=UTC))  # the 3-day lead passed while closed
    with qtbot.waitSignal(scheduler.reminders_fired, timeout=1000) as fired:
        scheduler.attach(session.service)
    result = fired.args[0]
    assert isinstance(result, CheckResult)
    assert [(a.kind, a.lead_days, a.late) for a in result.alerts] == [(AlertKind.LEAD, 3, True)]
    assert tray.messages == [("SafeCase", NEUTRAL_TEXT)]
    scheduler.tick()
    assert len(tray.messages) == 1  # fired once
    clock.set_wall(datetime(2024, 2, 8, 8, 1, tzinfo=UTC))
    with qtbot.waitSignal(scheduler.reminders_fired, timeout=1000):
        scheduler.tick()
    assert tray.messages[-1] == ("SafeCase", NEUTRAL_TEXT)
    assert all(TITLE not in text for _, text in tray.messages)


def test_titles_in_notifications_only_by_opt_in(
    session: Session, scheduler: ReminderScheduler, tray: FakeTray, clock: FakeClock
) -> None:
    add(session)
    session.service.set_notification_detail(True)
    clock.set_wall(datetime(2024, 2, 6, 9, tzinfo=UTC))
    scheduler.attach(session.service)
    assert tray.messages[-1][1] == f"Due 2024-02-09: {TITLE}"


def test_locked_state_keeps_only_times_and_fires_a_neutral_notification(
    qtbot: QtBot, session: Session, scheduler: ReminderScheduler, tray: FakeTray, clock: FakeClock
) -> None:
    deadline = add(session)
    session.service.set_notification_detail(True)  # opted in: still neutral while locked
    scheduler.attach(session.service)
    assert tray.messages == []
    scheduler.clear_on_lock()
    session.close()  # the vault is closed: nothing can be read or written
    times = scheduler.upcoming_while_locked()
    assert times and all(type(t) is datetime for t in times)
    kept = list(strings_in(vars(scheduler)))
    assert not any(TITLE in s or deadline.id in s or "qqcanary" in s for s in kept)
    before = snapshot(session.root)
    clock.set_wall(datetime(2024, 2, 6, 8, 30, tzinfo=UTC))  # the 3-day lead is due
    scheduler.tick()
    assert tray.messages == [("SafeCase", NEUTRAL_TEXT)]  # no title, even though opted in
    scheduler.tick()
    assert len(tray.messages) == 1  # each time once
    assert snapshot(session.root) == before  # nothing written while locked
    # Unlock: the same reminder fires in the app, but the tray does not repeat it.
    again = Session(session.root, clock)
    with qtbot.waitSignal(scheduler.reminders_fired, timeout=1000) as fired:
        scheduler.attach(again.service)
    assert [a.lead_days for a in fired.args[0].alerts] == [3]
    assert len(tray.messages) == 1
    again.close()


def test_the_first_check_after_a_long_lock_catches_up(
    session: Session, scheduler: ReminderScheduler, tray: FakeTray, clock: FakeClock
) -> None:
    add(session)
    scheduler.attach(session.service)
    scheduler.clear_on_lock()
    session.close()
    clock.set_wall(datetime(2024, 3, 1, tzinfo=UTC))  # locked for weeks, asleep in between
    scheduler.on_wake()
    assert tray.messages == [("SafeCase", NEUTRAL_TEXT)]
    again = Session(session.root, clock)
    result: list[CheckResult] = []
    scheduler.reminders_fired.connect(result.append)
    scheduler.attach(again.service)
    kinds = [a.kind for a in result[0].alerts]
    assert kinds == [AlertKind.LEAD, AlertKind.LEAD, AlertKind.EXPIRED]
    assert all(a.late for a in result[0].alerts)
    again.close()


def test_a_failing_check_does_not_stop_the_scheduler(
    session: Session, scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(session)
    scheduler.attach(session.service)
    session.close()  # the store went away under the scheduler
    scheduler.tick()  # logged, not raised
    assert not scheduler.locked


def test_system_zone_name_is_an_iana_zone() -> None:
    from zoneinfo import ZoneInfo

    ZoneInfo(system_zone_name())


# --- tray notifier -----------------------------------------------------------------------
def test_without_a_tray_the_notification_degrades_to_a_signal(qtbot: QtBot) -> None:
    notifier = TrayNotifier(tray_available=False)
    assert not notifier.available
    with qtbot.waitSignal(notifier.notified, timeout=1000) as shown:
        notifier.notify_neutral()
    assert shown.args == [NEUTRAL_TEXT]


def test_detailed_text_is_bounded(qtbot: QtBot, notifier: TrayNotifier, tray: FakeTray) -> None:
    notifier.detailed = True
    now = datetime(2024, 2, 1, tzinfo=UTC)
    alerts = [ReminderAlert(f"d{i}:lead", f"d{i}", AlertKind.LEAD, now, False, timedelta(0))
              for i in range(8)]  # fmt: skip
    text = notifier.notify_alerts(alerts, {f"d{i}": f"line {i}" for i in range(8)})
    assert text.splitlines()[:5] == [f"line {i}" for i in range(5)]
    assert "3 more" in text
    assert notifier.notify_alerts(alerts, None) == NEUTRAL_TEXT
    assert notifier.notify_alerts([], None) == ""


# --- the in-app list ---------------------------------------------------------------------
@pytest.fixture
def view(qtbot: QtBot, session: Session, clock: FakeClock) -> ReminderListView:
    made = ReminderListView(session.service, clock)
    qtbot.addWidget(made)
    made.show()
    return made


def test_list_shows_overdue_and_reminded_deadlines(
    qtbot: QtBot, qtmodeltester: Any, session: Session, clock: FakeClock
) -> None:
    overdue = add(session, title="Overdue one", due="2024-01-30", reminders=[])
    reminded = add(session, title="Reminded one", due="2024-02-05", reminders=["P2D"])
    add(session, title="Far away", due="2024-06-01", reminders=[])
    clock.set_wall(datetime(2024, 2, 3, 10, tzinfo=UTC))
    session.service.check()
    view = ReminderListView(session.service, clock)
    qtbot.addWidget(view)
    counts: list[int] = []
    view.overdue_changed.connect(counts.append)
    view.refresh()
    assert [i.deadline_id for i in view.items()] == [overdue.id, reminded.id]
    assert counts == [1]
    state = view.table.item(0, 2)
    assert state is not None and state.text() == "OVERDUE"
    assert state.foreground().color() == OVERDUE_COLOUR
    title = view.table.item(1, 1)
    assert title is not None and title.text() == "Reminded one"
    qtmodeltester.check(view.table.model())


def test_acknowledge_snooze_and_done_from_the_list(
    qtbot: QtBot, view: ReminderListView, session: Session, clock: FakeClock
) -> None:
    first = add(session, title="First", due="2024-02-05", reminders=["P2D"])
    second = add(session, title="Second", due="2024-02-06", reminders=["P2D"])
    clock.set_wall(datetime(2024, 2, 5, 9, tzinfo=UTC))
    session.service.check()
    view.refresh()
    assert not view.acknowledge_button.isEnabled()  # nothing selected
    assert view.select_deadline(first.id)
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.mouseClick(view.acknowledge_button, Qt.MouseButton.LeftButton)
    assert [i.deadline_id for i in view.items()] == [second.id]
    view.select_deadline(second.id)
    view.snooze_selected(timedelta(hours=1))
    state = view.table.item(0, 2)
    assert state is not None and state.text().startswith("Snoozed until 2024-02-05 11:00")
    view.select_deadline(second.id)
    view.snooze_actions[2].trigger()  # until tomorrow 09:00 in the caseworker's zone
    state = view.table.item(0, 2)
    assert state is not None and state.text().startswith("Snoozed until 2024-02-06 09:00")
    view.select_deadline(second.id)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert session.records.get_typed(second.id, r.Deadline).status is r.DeadlineStatus.OPEN
    view.select_deadline(second.id)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.confirm_box is not None
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert session.records.get_typed(second.id, r.Deadline).status is r.DeadlineStatus.DONE
    assert view.items() == []
    assert view.empty.isVisibleTo(view)


def test_detail_opt_in_is_stored_in_the_vault(view: ReminderListView, session: Session) -> None:
    assert not view.detail.isChecked()
    view.detail.setChecked(True)
    assert session.service.notification_detail


def test_double_click_opens_and_lock_clears(
    qtbot: QtBot, view: ReminderListView, session: Session, clock: FakeClock
) -> None:
    overdue = add(session, due="2024-01-30", reminders=[])
    view.refresh()
    with qtbot.waitSignal(view.deadline_activated, timeout=1000) as opened:
        view.table.cellDoubleClicked.emit(0, 1)
    assert opened.args == [overdue.id]
    view.clear_on_lock()
    assert view.table.rowCount() == 0 and view.items() == []
    assert not any(TITLE in s or overdue.id in s for s in strings_in(vars(view)))
    view.refresh()  # no service any more: stays empty
    assert view.table.rowCount() == 0


def test_scheduler_calls_the_store_through_the_session_lock(
    session: Session, scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(session)
    calls: list[str] = []

    def call(task: Any) -> Any:
        calls.append("locked")
        return task()

    scheduler.attach(session.service, call=call)
    assert calls  # every query went through the lock
    before = len(calls)
    scheduler.clear_on_lock()
    scheduler.tick()
    assert len(calls) == before  # locked: no query at all


def test_scheduler_checks_off_the_gui_thread_through_the_session_gateway(
    qtbot: QtBot, session: Session, scheduler: ReminderScheduler, tray: FakeTray, runner: Any
) -> None:
    from safecase.gui.models.records_gateway import RecordsGateway
    from safecase.services.search import SearchService

    add(session)
    session.clock.set_wall(datetime(2024, 2, 6, 9, tzinfo=UTC))
    gateway = RecordsGateway(session.records, SearchService(session.vault.conn), runner)
    with qtbot.waitSignal(scheduler.reminders_fired, timeout=5000) as fired:
        scheduler.attach(session.service, call=gateway.call, run=gateway.run)
    assert [a.lead_days for a in fired.args[0].alerts] == [3]
    assert tray.messages == [("SafeCase", NEUTRAL_TEXT)]
    assert scheduler.upcoming_while_locked()  # refreshed by the background check
    gateway.close()
