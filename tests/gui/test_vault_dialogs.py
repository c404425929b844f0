"""The Vault menu dialogs over a real open vault: change passphrase, replace recovery key,
replace the data key, health check. Destructive ones default to Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, PASSPHRASE, pw
from safecase.domain.errors import WrongPassphrase, WrongRecoveryKey
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from safecase.gui.dialogs.health_check_dialog import HealthCheckDialog
from safecase.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from safecase.gui.dialogs.rotate_data_key_dialog import RotateDataKeyDialog
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.services import vault as vault_service
from safecase.services.vault import OpenVault

NEW = "pelican quarry ember lattice"


def _default_button(dialog: QDialog) -> QPushButton | None:
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


def _check_accessible(dialog: VaultDialog) -> None:
    assert dialog.windowTitle() == "SafeCase"
    for button in dialog.buttons.buttons():
        assert button.accessibleName(), button.text()


def test_change_passphrase(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    dialog = ChangePassphraseDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.form.passphrase.setText("letmein2024")
    dialog.form.confirmation.setText("letmein2024")
    assert not dialog.change_button.isEnabled()
    dialog.form.passphrase.setText(NEW)
    dialog.form.confirmation.setText(NEW)
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    assert dialog.busy
    dialog.reject()  # ignored while the work runs
    assert dialog.isVisible()
    wait_idle(qtbot, runner)
    assert "Done" in dialog.message_text()
    assert dialog.close_button.isVisible() and not dialog.change_button.isVisible()
    open_vault.close()
    root = created_vault[0]
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(root, pw())
    vault_service.unlock(root, pw(NEW)).close()
    # The recovery key still works.
    vault_service.unlock_with_recovery(root, created_vault[1], pw(NEW), FAST_KDF).close()


def test_change_passphrase_needs_the_current_one(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    dialog = ChangePassphraseDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.form.passphrase.setText(NEW)
    dialog.form.confirmation.setText(NEW)
    assert not dialog.change_button.isEnabled()  # no current passphrase yet
    dialog.current.setText(PASSPHRASE + "x")
    dialog.change_button.click()
    wait_idle(qtbot, runner)
    assert "not changed" in dialog.message_text()
    assert dialog.current.text() == ""
    open_vault.close()
    vault_service.unlock(created_vault[0], pw()).close()


def test_replace_recovery_key_defaults_to_cancel(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner
) -> None:
    dialog = RecoveryKeyDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    assert _default_button(dialog) is dialog.cancel_button
    assert not dialog.replace_button.autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_replace_recovery_key_shows_new_key_and_checks_it(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    root, old_key = created_vault
    dialog = RecoveryKeyDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.replace_button.click()
    wait_idle(qtbot, runner)
    new_key = "".join(dialog.key_view.text().split())
    assert new_key.startswith("AGE-SECRET-KEY-1") and new_key != old_key
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not hide the only copy of the new key"
    dialog.check.entry.setText(dialog.check.expected)
    assert dialog.done_button.isEnabled()
    dialog.done_button.click()
    assert dialog.key_view.text() == ""
    open_vault.close()
    with pytest.raises(WrongRecoveryKey):
        vault_service.unlock_with_recovery(root, old_key, pw(NEW), FAST_KDF)
    vault_service.unlock_with_recovery(root, new_key, pw(NEW), FAST_KDF).close()


def test_rotate_data_key_defaults_to_cancel_and_needs_the_passphrase(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, created_vault: tuple[Path, str]
) -> None:
    root = created_vault[0]
    old_keyfile = (root / "vault.keys").read_bytes()
    dialog = RotateDataKeyDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    assert _default_button(dialog) is dialog.cancel_button
    assert not dialog.rotate_button.isEnabled()
    dialog.passphrase.setText("wrong passphrase here")
    dialog.rotate_button.click()
    wait_idle(qtbot, runner)
    assert "did not open" in dialog.message_text()
    assert "not replaced" in dialog.message_text()
    assert dialog.passphrase.text() == ""
    assert (root / "vault.keys").read_bytes() == old_keyfile
    dialog.passphrase.setText(PASSPHRASE)
    dialog.rotate_button.click()
    wait_idle(qtbot, runner)
    assert "new data key" in dialog.message_text()
    assert (root / "vault.keys").read_bytes() != old_keyfile
    open_vault.close()
    vault_service.unlock(root, pw()).close()


def test_rotate_enter_in_the_dialog_cancels(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner
) -> None:
    dialog = RotateDataKeyDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_health_check_runs_off_thread_and_reports(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner
) -> None:
    dialog = HealthCheckDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.busy
    wait_idle(qtbot, runner)
    assert dialog.report is not None and dialog.report.healthy
    assert "healthy" in dialog.message_text()
    text = dialog.results.text()
    for name in ("Encryption", "Structure", "Links between records"):
        assert name in text
    dialog.again_button.click()
    wait_idle(qtbot, runner)
    assert dialog.report.healthy


def test_force_close_works_while_busy(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner
) -> None:
    dialog = HealthCheckDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.busy
    dialog.reject()
    assert dialog.isVisible()
    dialog.force_close()
    assert not dialog.isVisible()
    wait_idle(qtbot, runner)
