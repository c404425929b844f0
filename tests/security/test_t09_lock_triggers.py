"""T9 — every lock trigger leaves nothing behind. With the real records views showing Cyrillic
canaries, each trigger in turn locks SafeCase: idle time (an injected clock, no sleeping), the
screen locking and the computer about to sleep (real `ActiveChanged` / `PrepareForSleep` signals
on a private D-Bus, sent by a fake desktop that owns `org.freedesktop.login1`), minimising, the
panic action and the Lock action. After each: locked; no widget (visible or not) holds any
canary; the store is closed (no open descriptor on vault.db, no open `OpenVault` anywhere); the
data key buffer is all zeros; the clipboard no longer holds our copy."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from journey import (
    JOURNEY_CLOCK,
    add_canary_records,
    browse_everything,
    build_controller,
    journey_canaries,
    shutdown,
    unlock,
    wait_until,
    widgets_holding,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from security_helpers import HERE, PYTHON, RecordSecurity, open_file_descriptors, python_env

from helpers import FAST_KDF
from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.security.panic_action import PanicAction
from safecase.services import vault as vault_service

TRIGGERS = ("idle", "screen-lock", "sleep", "minimise", "panic", "lock-action")
PASSPHRASE = "quokka harbour violet thimble for T9"


@pytest.fixture(scope="module")
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(10)


@pytest.fixture
def fake_desktop(private_bus: str, tmp_path: Path) -> Iterator[Path]:
    triggers = tmp_path / "triggers"
    triggers.mkdir()
    proc = subprocess.Popen([PYTHON, str(HERE / "fake_desktop_bus.py"), private_bus, str(triggers)],
                            stdout=subprocess.PIPE, text=True, env=python_env())  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    yield triggers
    (triggers / "quit").touch()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _store_descriptors(db: Path) -> list[str]:
    found = []
    for fd in open_file_descriptors():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(db)):
            found.append(target)
    return found


def _open_vaults() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, vault_service.OpenVault) and o.is_open)


def test_t09_every_lock_trigger_leaves_nothing(
    app: Application,
    tmp_path: Path,
    private_bus: str,
    fake_desktop: Path,
    record_security: RecordSecurity,
) -> None:
    canaries = journey_canaries()
    clock = FakeClock(JOURNEY_CLOCK)
    vault_dir = tmp_path / "vault"
    vault, _ = vault_service.create(
        vault_dir, vault_service.passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    with vault:
        add_canary_records(vault, canaries, clock)
    bus = QDBusConnection.connectToBus(private_bus, f"safecase-t9-{uuid.uuid4().hex}")
    listener = SessionLockListener(session_bus=bus, system_bus=bus)
    controller = build_controller(app, tmp_path / "config", vault_dir, clock, listener=listener)
    controller._settings.lock_on_minimise = True
    panic = PanicAction(controller.lock, app, tray_available=False)
    problems: dict[str, list[str]] = {}
    controls: dict[str, bool] = {}
    try:
        assert listener.screen_lock_connected and listener.sleep_connected
        for trigger in TRIGGERS:
            unlock(controller, PASSPHRASE)
            browse_everything(controller)
            open_vault = controller.lock.vault
            assert open_vault is not None
            key_buffer = open_vault._data_key  # the very buffer the lock must zero
            controller.clipboard.copy(f"{canaries.person} {canaries.latin}")
            controls[trigger] = bool(widgets_holding(canaries.all())) and bool(
                _store_descriptors(open_vault.paths.db)
            )
            if trigger == "idle":
                clock.advance(timedelta(seconds=controller.idle.timeout_s + 1))
                controller.idle.tick_timer.timeout.emit()
            elif trigger == "screen-lock":
                (fake_desktop / "screensaver").touch()
            elif trigger == "sleep":
                (fake_desktop / "sleep").touch()
            elif trigger == "minimise":
                assert controller.main_window is not None
                controller.main_window.showMinimized()
            elif trigger == "panic":
                panic.trigger()
            else:
                assert controller.main_window is not None
                controller.main_window.lock_action.trigger()
            wait_until(lambda: controller.lock.is_locked, 10_000)
            QTest.qWait(50)  # let deleteLater run
            gc.collect()
            found = []
            if held := widgets_holding(canaries.all()):
                found.append(f"widgets hold {len(held)} canaries")
            if open_vault.is_open or _open_vaults():
                found.append("a vault is still open")
            if fds := _store_descriptors(open_vault.paths.db):
                found.append(f"{len(fds)} descriptors on the store")
            if any(key_buffer):
                found.append("data key not zeroed")
            if canaries.person in QApplication.clipboard().text():
                found.append("clipboard still holds our copy")
            problems[trigger] = found
    finally:
        app.removeEventFilter(panic)
        shutdown(controller, app)
        listener.stop()
        QDBusConnection.disconnectFromBus(bus.name())
    leaks = sum(len(v) for v in problems.values())
    record_security("T9", n=len(TRIGGERS), leaks=leaks, controls_ok=sum(controls.values()))
    assert all(controls.values()), f"positive controls: {controls}"
    assert {k: v for k, v in problems.items() if v} == {}
