"""Idle lock driven by a FakeClock: no sleeping, the tick is called by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.lock.idle_monitor import DEFAULT_IDLE_LOCK_S, IdleMonitor


@pytest.fixture
def monitor(app: Application, clock: FakeClock) -> IdleMonitor:
    idle = IdleMonitor(clock)
    idle.install(app)
    yield idle
    app.removeEventFilter(idle)
    idle.disarm()


def test_default_is_five_minutes(monitor: IdleMonitor) -> None:
    assert monitor.timeout_s == DEFAULT_IDLE_LOCK_S == 300


def test_times_out_after_the_idle_period(
    qtbot: QtBot, monitor: IdleMonitor, clock: FakeClock
) -> None:
    fired: list[bool] = []
    monitor.timed_out.connect(lambda: fired.append(True))
    monitor.arm()
    assert monitor.tick_timer.isActive()
    clock.advance(timedelta(seconds=299))
    monitor.tick_timer.timeout.emit()
    assert fired == []
    clock.advance(timedelta(seconds=1))
    monitor.tick_timer.timeout.emit()
    assert fired == [True]
    assert not monitor.armed, "fires once, until armed again after unlock"
    clock.advance(timedelta(minutes=10))
    monitor.check()
    assert fired == [True]


def test_input_resets_the_timer(qtbot: QtBot, monitor: IdleMonitor, clock: FakeClock) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    fired: list[bool] = []
    monitor.timed_out.connect(lambda: fired.append(True))
    monitor.arm()
    clock.advance(timedelta(seconds=250))
    qtbot.keyClick(field, "a")
    assert monitor.idle_s == 0
    clock.advance(timedelta(seconds=250))
    monitor.check()
    assert fired == []
    clock.advance(timedelta(seconds=50))
    monitor.check()
    assert fired == [True]


def test_disarmed_monitor_never_fires(monitor: IdleMonitor, clock: FakeClock) -> None:
    fired: list[bool] = []
    monitor.timed_out.connect(lambda: fired.append(True))
    clock.advance(timedelta(hours=1))
    monitor.check()
    assert fired == []


def test_timeout_is_configurable(monitor: IdleMonitor, clock: FakeClock) -> None:
    fired: list[bool] = []
    monitor.timed_out.connect(lambda: fired.append(True))
    monitor.set_timeout(60)
    monitor.arm()
    clock.advance(timedelta(seconds=60))
    monitor.check()
    assert fired == [True]


def test_wall_clock_jumps_do_not_count(monitor: IdleMonitor, clock: FakeClock) -> None:
    fired: list[bool] = []
    monitor.timed_out.connect(lambda: fired.append(True))
    monitor.arm()
    clock.set_wall(clock.now() + timedelta(days=3))
    monitor.check()
    assert fired == []
