"""Screen lock and sleep triggers: D-Bus signals simulated by calling the listener's slots,
and one real signal on a private session bus when dbus-run-session is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from pytestqt.qtbot import QtBot

from safecase.gui.lock.session_lock_listener import SCREEN_LOCKED, SLEEPING, SessionLockListener


@pytest.fixture
def listener(qtbot: QtBot) -> SessionLockListener:
    return SessionLockListener()


def test_screen_lock_requests_a_lock(qtbot: QtBot, listener: SessionLockListener) -> None:
    with qtbot.waitSignal(listener.lock_requested) as blocker:
        listener._on_screensaver_active_changed(True)
    assert blocker.args == [SCREEN_LOCKED]


def test_screen_unlock_does_nothing(qtbot: QtBot, listener: SessionLockListener) -> None:
    with qtbot.assertNotEmitted(listener.lock_requested):
        listener._on_screensaver_active_changed(False)


def test_prepare_for_sleep_locks_before_sleeping(
    qtbot: QtBot, listener: SessionLockListener
) -> None:
    order: list[str] = []
    listener.lock_requested.connect(order.append)
    listener._inhibitor_fd = os.open(os.devnull, os.O_RDONLY)  # as if logind gave us one
    listener._on_login1_prepare_for_sleep(True)
    assert order == [SLEEPING], "locked synchronously, before the inhibitor is released"
    assert not listener.holds_sleep_inhibitor
    with qtbot.assertNotEmitted(listener.lock_requested):
        listener._on_login1_prepare_for_sleep(False)  # resume: nothing to lock


def test_without_a_bus_it_degrades_quietly(
    listener: SessionLockListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus")
    assert listener.start() is False
    assert not listener.screen_lock_connected and not listener.sleep_connected
    listener.stop()


def test_tcp_buses_are_not_used(
    listener: SessionLockListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "tcp:host=192.0.2.1,port=1234")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "tcp:host=192.0.2.1,port=1234")
    assert listener.start() is False


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_real_screensaver_signal_on_a_private_bus(tmp_path: object) -> None:
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
        from safecase.gui.lock.session_lock_listener import SessionLockListener
        app = QCoreApplication([])
        listener = SessionLockListener()
        got = []
        listener.lock_requested.connect(got.append)
        print("connected", listener.start(), listener.screen_lock_connected)
        msg = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
        msg.setArguments([True])
        QDBusConnection.sessionBus().send(msg)
        QTimer.singleShot(1500, app.quit)
        app.exec()
        print("got", got)
        """
    )
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "connected True True" in result.stdout, result.stderr
    assert "got ['screen_locked']" in result.stdout, result.stderr
