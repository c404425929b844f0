"""Every visible interactive control has an accessible name, on every window and dialog."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QComboBox,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, PASSPHRASE
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from safecase.gui.dialogs.create_vault_wizard import CreateVaultWizard
from safecase.gui.dialogs.health_check_dialog import HealthCheckDialog
from safecase.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from safecase.gui.dialogs.recovery_unlock_dialog import RecoveryUnlockDialog
from safecase.gui.dialogs.rotate_data_key_dialog import RotateDataKeyDialog
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.gui.icon_library import IconLibrary
from safecase.services.vault import OpenVault

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QListWidget, QProgressBar)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        visible = isinstance(widget, INTERACTIVE) and widget.isVisibleTo(root)
        if visible and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_unlock_window(
    qtbot: QtBot, created_vault: tuple[Path, str], runner: BackgroundRunner, icons: IconLibrary
) -> None:
    window = UnlockWindow(created_vault[0], runner, icons)
    qtbot.addWidget(window)
    window.show_locked()
    assert _unnamed(window) == []
    dialog = RecoveryUnlockDialog(created_vault[0], runner, window, kdf=FAST_KDF)
    dialog.open()
    assert _unnamed(dialog) == []


def test_every_wizard_page(qtbot: QtBot, tmp_path: Path, runner: BackgroundRunner) -> None:
    wizard = CreateVaultWizard(runner, default_location=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    assert _unnamed(wizard) == []
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert _unnamed(wizard) == []
    wizard.passphrase_page.form.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.form.confirmation.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS)
    assert _unnamed(wizard) == []
    wizard.recovery_key_page.written.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert _unnamed(wizard) == []
    vault = wizard.vault
    assert vault is not None
    vault.close()


def test_vault_dialogs(qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner) -> None:
    for kind in (ChangePassphraseDialog, RecoveryKeyDialog, RotateDataKeyDialog, HealthCheckDialog):
        dialog = kind(open_vault, runner)
        qtbot.addWidget(dialog)
        dialog.open()
        wait_idle(qtbot, runner)
        assert _unnamed(dialog) == [], kind.__name__
        dialog.force_close()
