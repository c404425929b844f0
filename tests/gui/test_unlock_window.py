"""The unlock window: title, field hints, wrong and right passphrase, and the typed errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, pw
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.recovery_unlock_dialog import RecoveryUnlockDialog
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_reason import LockReason
from safecase.services import vault as vault_service
from safecase.services.vault import OpenVault


@pytest.fixture
def window(
    qtbot: QtBot, created_vault: tuple[Path, str], runner: BackgroundRunner, icons: IconLibrary
) -> UnlockWindow:
    unlock = UnlockWindow(created_vault[0], runner, icons)
    qtbot.addWidget(unlock)
    unlock.show_locked()
    return unlock


@pytest.fixture
def opened() -> Iterator[list[OpenVault]]:
    vaults: list[OpenVault] = []
    yield vaults
    for vault in vaults:
        vault.close()


def _submit(qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, text: str) -> None:
    window.passphrase.setText(text)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    wait_idle(qtbot, window._runner)


def test_title_is_exactly_safecase(window: UnlockWindow) -> None:
    assert window.windowTitle() == "SafeCase"


def test_field_is_a_sensitive_password_field(window: UnlockWindow) -> None:
    field = window.passphrase
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhNoPredictiveText
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhHiddenText
    assert field.accessibleName() == "Passphrase"


def test_every_control_has_an_accessible_name(window: UnlockWindow) -> None:
    for control in (window.passphrase, window.unlock_button, window.recovery_button):
        assert control.accessibleName()


def test_wrong_passphrase_clears_field_and_explains(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner
) -> None:
    unlocked: list[object] = []
    window.unlocked.connect(unlocked.append)
    _submit(qtbot, window, runner, "not the passphrase")
    assert unlocked == []
    assert window.passphrase.text() == ""
    assert "did not open the vault" in window.message_text()
    assert "Caps Lock" in window.message_text()
    assert window.passphrase.isEnabled() and not window.busy


def test_field_is_cleared_as_soon_as_unlock_starts(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, opened: list[OpenVault]
) -> None:
    window.unlocked.connect(opened.append)
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    assert window.passphrase.text() == ""
    assert window.busy and not window.unlock_button.isEnabled()
    assert window.busy_bar.isVisibleTo(window)
    wait_idle(qtbot, runner)
    assert len(opened) == 1


def test_right_passphrase_unlocks(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, opened: list[OpenVault]
) -> None:
    with qtbot.waitSignal(window.unlocked, timeout=15_000) as blocker:
        window.passphrase.setText(PASSPHRASE)
        window.submit()
    vault = blocker.args[0]
    opened.append(vault)
    assert isinstance(vault, OpenVault) and vault.is_open
    assert window.message_text() == ""


def test_empty_passphrase_asks_for_one(window: UnlockWindow) -> None:
    window.submit()
    assert not window.busy
    assert "Type your passphrase" in window.message_text()


def test_vault_in_use_is_explained(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, open_vault: OpenVault
) -> None:
    _submit(qtbot, window, runner, PASSPHRASE)
    assert "already open in another SafeCase window" in window.message_text()


def test_damaged_vault_is_explained(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    (created_vault[0] / "vault.keys").write_bytes(b"{not json")
    _submit(qtbot, window, runner, PASSPHRASE)
    assert "damaged" in window.message_text()
    assert "Do not delete anything" in window.message_text()


def test_newer_schema_is_explained(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    with vault_service.unlock(created_vault[0], pw()) as vault:
        vault.conn.execute("PRAGMA user_version = 999")
    _submit(qtbot, window, runner, PASSPHRASE)
    assert "newer version of SafeCase" in window.message_text()


def test_messages_never_include_paths(
    qtbot: QtBot, window: UnlockWindow, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    (created_vault[0] / "vault.keys").unlink()
    _submit(qtbot, window, runner, PASSPHRASE)
    assert window.message_text()
    assert str(created_vault[0]) not in window.message_text()


def test_lock_reason_is_shown_calmly(window: UnlockWindow) -> None:
    window.show_locked(LockReason.IDLE)
    assert "without use" in window.reason.text()
    assert window.reason.isVisibleTo(window)
    window.show_locked(LockReason.MANUAL)
    assert not window.reason.isVisibleTo(window)


def test_recovery_button_opens_the_recovery_dialog(qtbot: QtBot, window: UnlockWindow) -> None:
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    dialog = window.recovery_dialog
    assert isinstance(dialog, RecoveryUnlockDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "SafeCase"
    dialog.reject()
