"""The one place that locks: views cleared, dialogs closed, clipboard cleared, store closed,
unlock window shown — even when a view misbehaves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.lock.lockable import Lockable
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.vault import OpenVault


class Model:
    def __init__(self, log: list[str], name: str, fail: bool = False) -> None:
        self.log, self.name, self.fail = log, name, fail

    def clear_on_lock(self) -> None:
        self.log.append(self.name)
        if self.fail:
            raise RuntimeError("canary")


@pytest.fixture
def lock(runner: BackgroundRunner, clipboard: SecretClipboard) -> LockController:
    return LockController(runner, clipboard)


def test_lockable_protocol_is_structural() -> None:
    assert isinstance(Model([], "m"), Lockable)
    assert not isinstance(object(), Lockable)


def test_lock_clears_views_closes_store_and_shows_unlock(
    lock: LockController, open_vault: OpenVault
) -> None:
    log: list[str] = []
    shown: list[LockReason] = []
    lock.set_unlock_presenter(shown.append)
    lock.register_persistent(Model(log, "main window"))
    lock.adopt(open_vault)
    lock.register(Model(log, "people view"))
    lock.register(Model(log, "people model"))
    assert not lock.is_locked
    lock.lock(LockReason.IDLE)
    assert log == ["people model", "people view", "main window"]
    assert not open_vault.is_open
    assert lock.vault is None and lock.is_locked
    assert shown == [LockReason.IDLE]
    log.clear()
    lock.adopt(open_vault)
    lock.lock()
    assert log == ["main window"], "session registrations end with the session"


def test_a_failing_view_does_not_stop_the_lock(lock: LockController, open_vault: OpenVault) -> None:
    log: list[str] = []
    lock.adopt(open_vault)
    lock.register(Model(log, "good"))
    lock.register(Model(log, "bad", fail=True))
    lock.lock()
    assert log == ["bad", "good"]
    assert not open_vault.is_open


def test_tracked_dialogs_are_closed(
    qtbot: QtBot, lock: LockController, open_vault: OpenVault
) -> None:
    lock.adopt(open_vault)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    window = QWidget()
    qtbot.addWidget(window)
    for w in (dialog, window):
        w.show()
        lock.track_window(w)
    lock.lock()
    assert not dialog.isVisible() and not window.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert lock.tracked_windows() == []


def test_finished_dialogs_are_forgotten(qtbot: QtBot, lock: LockController) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    lock.track_window(dialog)
    dialog.accept()
    assert lock.tracked_windows() == []


def test_lock_clears_our_clipboard_copy(
    app: Application, lock: LockController, clipboard: SecretClipboard, open_vault: OpenVault
) -> None:
    lock.adopt(open_vault)
    clipboard.copy("canary-phone-number")
    lock.lock()
    assert app.clipboard().text() == ""


def test_shutdown_locks_quietly(lock: LockController, open_vault: OpenVault) -> None:
    shown: list[LockReason] = []
    lock.set_unlock_presenter(shown.append)
    lock.adopt(open_vault)
    lock.shutdown()
    assert not open_vault.is_open
    assert shown == []


def test_lock_while_locked_is_harmless(lock: LockController) -> None:
    shown: list[LockReason] = []
    lock.set_unlock_presenter(shown.append)
    lock.lock()
    assert shown == [LockReason.MANUAL]
