"""The panic action, quick erase (dialog and flow), the privacy curtain, capture exclusion and the
failed-unlock wait on the unlock window (gui/security/)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from journey import wait_until
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, pw
from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs import unlock_window as unlock_window_module
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.security.capture_exclusion import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    CaptureExclusion,
    exclude_from_capture,
)
from safecase.gui.security.panic_action import DEFAULT_PANIC_SHORTCUT, PanicAction, parse_shortcut
from safecase.gui.security.privacy_curtain import PrivacyCurtain
from safecase.gui.security.quick_erase import QuickErase
from safecase.gui.security.quick_erase_dialog import QuickEraseDialog
from safecase.gui.security.unlock_delay_notice import UnlockDelayNotice
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services import vault as vault_service
from safecase.services.unlock_guard import UnlockGuard


@pytest.fixture
def lock(app: Application, runner: BackgroundRunner) -> Iterator[LockController]:
    controller = LockController(runner, SecretClipboard())
    yield controller
    controller.shutdown()


@pytest.fixture
def unlocked(lock: LockController, created_vault: tuple[Path, str]) -> vault_service.OpenVault:
    vault = vault_service.unlock(created_vault[0], pw())
    lock.adopt(vault)
    return vault


def _show(widget: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    QTest.qWait(10)
    return widget


# -- panic ---------------------------------------------------------------------------------------


def test_panic_hides_everything_clears_the_clipboard_and_locks(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault, qtbot: QtBot
) -> None:
    main = _show(QMainWindow(), qtbot)
    dialog = QDialog(main)
    dialog.show()
    unlock = QWidget()
    unlock.setObjectName("unlockWindow")
    qtbot.addWidget(unlock)
    lock.set_unlock_presenter(lambda _reason: unlock.show())
    lock.clipboard.copy("Ержан секрет")
    panic = PanicAction(lock, app, tray_available=False)
    try:
        with qtbot.waitSignal(panic.panicked, timeout=5_000):
            QTest.keyClick(
                main,
                Qt.Key.Key_L,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
        assert lock.is_locked and not unlocked.is_open
        assert not main.isVisible() and not dialog.isVisible()
        assert unlock.isMinimized() or not unlock.isVisible()
        assert QApplication.clipboard().text() == ""
        panic.reveal()
        assert unlock.isVisible() and not unlock.isMinimized()
    finally:
        app.removeEventFilter(panic)


def test_panic_works_from_a_modal_dialog(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault, qtbot: QtBot
) -> None:
    main = _show(QMainWindow(), qtbot)
    box = QMessageBox(main)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    panic = PanicAction(lock, app, tray_available=False)
    try:
        QTest.keyClick(
            box,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert lock.is_locked and not box.isVisible()
    finally:
        app.removeEventFilter(panic)


def test_panic_leaves_foreign_clipboard_content_alone(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault,
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    panic = PanicAction(lock, app, tray_available=False)
    # Another program copies while it, not SafeCase, is in front.
    monkeypatch.setattr(app, "applicationState", lambda: Qt.ApplicationState.ApplicationInactive)
    monkeypatch.setattr(app, "focusWidget", lambda: None)
    try:
        QApplication.clipboard().setText("another program's text")
        panic.trigger()
        assert QApplication.clipboard().text() == "another program's text"
    finally:
        app.removeEventFilter(panic)
        QApplication.clipboard().clear()


def test_panic_clears_an_ordinary_copy_made_in_safecase(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault,
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    panic = PanicAction(lock, app, tray_available=False)
    monkeypatch.setattr(app, "applicationState", lambda: Qt.ApplicationState.ApplicationActive)
    try:
        QApplication.clipboard().setText("Ержан, copied with Ctrl+C from a field")
        panic.trigger()
        assert QApplication.clipboard().text() == ""
    finally:
        app.removeEventFilter(panic)


def test_panic_shortcut_is_configurable_and_refuses_reserved_keys(
    app: Application, lock: LockController
) -> None:
    assert parse_shortcut(DEFAULT_PANIC_SHORTCUT) is not None
    for reserved in (
        "Ctrl+L",
        "Ctrl+Q",
        "Ctrl+C",
        "Ctrl+Shift+Esc",
        "L",
        "",
        "Ctrl+L, Ctrl+K",
        "Shift",
    ):
        assert parse_shortcut(reserved) is None, reserved
    panic = PanicAction(lock, app, shortcut="Ctrl+Alt+F12")
    try:
        assert panic.shortcut == QKeySequence("Ctrl+Alt+F12")
        assert not panic.set_shortcut("Ctrl+Q")
        assert panic.set_shortcut("F12")
        assert panic.shortcut == QKeySequence("F12")
    finally:
        app.removeEventFilter(panic)


def test_panic_is_offered_in_the_tray_menu(app: Application, lock: LockController) -> None:
    tray = QSystemTrayIcon()
    panic = PanicAction(lock, app)
    try:
        panic.attach_to_tray(tray)
        menu = tray.contextMenu()
        assert menu is not None and menu.actions()[0] is panic.action
    finally:
        app.removeEventFilter(panic)


# -- quick erase -----------------------------------------------------------------------------------


def test_quick_erase_dialog_defaults_to_cancel_and_counts_down(qtbot: QtBot) -> None:
    dialog = QuickEraseDialog(countdown_s=3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isDefault()
    assert not dialog.erase_button.isEnabled() and "(3)" in dialog.erase_button.text()
    assert "Only a backup" in dialog.body.text() and "recovery key" in dialog.body.text()
    assert dialog.windowTitle() == "SafeCase"
    confirmed: list[bool] = []
    dialog.erase_confirmed.connect(lambda: confirmed.append(True))
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter means Cancel
    assert confirmed == [] and not dialog.isVisible()
    dialog.show()
    dialog.erase_button.click()  # disabled: nothing
    for _ in range(3):
        dialog.tick_timer.timeout.emit()
    assert dialog.erase_button.isEnabled() and not dialog.tick_timer.isActive()
    dialog.erase_button.click()
    assert confirmed == [True]


def test_quick_erase_locks_first_then_destroys_the_keys(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault,
    created_vault: tuple[Path, str], qtbot: QtBot,
) -> None:  # fmt: skip
    root = created_vault[0]
    order: list[str] = []
    lock.vault_locked.connect(lambda: order.append("locked"))

    def eraser(path: Path) -> Any:
        from safecase.services.erase import erase_vault_keys

        order.append("erase")
        assert lock.is_locked
        return erase_vault_keys(path)

    flow = QuickErase(lock, lambda: root, eraser=eraser, countdown_s=0)
    dialog = flow.ask()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(flow.erased, timeout=5_000):
        dialog.erase_button.click()
    assert order == ["locked", "erase"]
    assert not unlocked.is_open
    assert not (root / "vault.keys").exists()
    with pytest.raises(Exception, match="no vault"):
        vault_service.unlock(root, pw())


def test_quick_erase_reports_a_failure(
    app: Application, lock: LockController, unlocked: vault_service.OpenVault,
    created_vault: tuple[Path, str], qtbot: QtBot,
) -> None:  # fmt: skip
    def broken(path: Path) -> Any:
        raise OSError(30, "read-only file system")

    flow = QuickErase(lock, lambda: created_vault[0], eraser=broken, countdown_s=0)
    with qtbot.waitSignal(flow.failed, timeout=5_000):
        flow.erase_now()
    assert lock.is_locked


# -- privacy curtain --------------------------------------------------------------------------------


def test_privacy_curtain_covers_when_safecase_is_not_in_front(
    app: Application, qtbot: QtBot
) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Ержан Жаксылыков"))
    _show(window, qtbot)
    curtain = PrivacyCurtain(window, app, app.icons)
    assert not curtain.covering
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert curtain.covering and curtain.geometry() == window.rect()
    assert "Ержан" not in curtain.caption.text()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert not curtain.covering
    window.showMinimized()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowStateChange))
    if window.isMinimized():
        assert curtain.covering
    curtain.set_enabled(False)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not curtain.covering


# -- capture exclusion ------------------------------------------------------------------------------


class FakeUser32:
    def __init__(self, accept: set[int]) -> None:
        self.accept = accept
        self.calls: list[tuple[int, int]] = []

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int:
        self.calls.append((hwnd, affinity))
        return int(affinity in self.accept)


def test_capture_exclusion_is_a_no_op_off_windows(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = _show(QWidget(), qtbot)
    touched: list[str] = []
    monkeypatch.setattr(QWidget, "winId", lambda self: touched.append("winId") or 0)
    assert exclude_from_capture(widget, platform="linux") is False
    assert exclude_from_capture(widget, platform="darwin") is False
    exclusion = CaptureExclusion(app, platform="linux")
    assert not exclusion.active and exclusion.excluded == 0
    assert touched == [], "no native handle may be created off Windows"


def test_capture_exclusion_on_windows_asks_for_exclude_from_capture(
    app: Application, qtbot: QtBot
) -> None:
    widget = _show(QWidget(), qtbot)
    modern = FakeUser32({WDA_EXCLUDEFROMCAPTURE})
    assert exclude_from_capture(widget, platform="win32", user32=modern)
    assert modern.calls[0][1] == WDA_EXCLUDEFROMCAPTURE
    old = FakeUser32({WDA_MONITOR})  # Windows before 10 2004
    assert exclude_from_capture(widget, platform="win32", user32=old)
    assert [a for _, a in old.calls] == [WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR]
    fake = FakeUser32({WDA_EXCLUDEFROMCAPTURE})
    exclusion = CaptureExclusion(app, platform="win32", user32=fake)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert exclusion.excluded >= 1 and dialog.property("safecaseCaptureExcluded")
    finally:
        app.removeEventFilter(exclusion)


# -- the failed-unlock wait on the unlock window -----------------------------------------------------


def test_unlock_window_shows_the_wait_and_holds_unlock(
    app: Application, runner: BackgroundRunner, created_vault: tuple[Path, str], tmp_path: Path,
    *, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    clock = FakeClock()
    guard = UnlockGuard(tmp_path / "state.json", clock)

    if "unlock" in inspect.signature(UnlockWindow).parameters:  # the hook, once wired
        window = UnlockWindow(created_vault[0], runner, app.icons, unlock=guard.unlock)  # type: ignore[call-arg]
    else:  # until then, the same effect from outside

        class GuardedVaultService:
            unlock = staticmethod(guard.unlock)

        monkeypatch.setattr(unlock_window_module, "vault_service", GuardedVaultService)
        window = UnlockWindow(created_vault[0], runner, app.icons)
    qtbot.addWidget(window)
    notice = UnlockDelayNotice.attach(window, guard)
    window.show_locked()
    for _ in range(2):
        window.passphrase.setText("wrong, wrong, wrong")
        window.submit()
        wait_until(lambda: not window.busy)
        QTest.qWait(20)
    assert notice.waiting
    assert not window.unlock_button.isEnabled()
    assert "wait 1 second" in window.message_text()
    window.passphrase.setText("correct horse battery staple")
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)  # swallowed during the wait
    assert not window.busy
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(notice.wait_ended, timeout=5_000):
        notice.tick_timer.timeout.emit()
    assert window.unlock_button.isEnabled()
    unlocked: list[object] = []
    window.unlocked.connect(unlocked.append)
    window.submit()
    wait_until(lambda: bool(unlocked))
    assert guard.failures == 0
    vault = unlocked[0]
    assert isinstance(vault, vault_service.OpenVault)
    vault.close()
    assert FAST_KDF is not None
