"""Open with the recovery key and a new passphrase; wrong keys and weak passphrases refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import wait_idle
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, pw
from safecase.domain.errors import WrongPassphrase
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.recovery_unlock_dialog import RecoveryUnlockDialog
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services import vault as vault_service
from safecase.services.vault import OpenVault

NEW = "pelican quarry ember lattice"


@pytest.fixture
def dialog(
    qtbot: QtBot, created_vault: tuple[Path, str], runner: BackgroundRunner
) -> RecoveryUnlockDialog:
    recovery = RecoveryUnlockDialog(created_vault[0], runner, kdf=FAST_KDF)
    qtbot.addWidget(recovery)
    recovery.open()
    return recovery


def _fill(dialog: RecoveryUnlockDialog, key: str, new: str = NEW) -> None:
    dialog.key_entry.setText(key)
    dialog.form.passphrase.setText(new)
    dialog.form.confirmation.setText(new)


def test_weak_new_passphrase_keeps_open_disabled(
    dialog: RecoveryUnlockDialog, created_vault: tuple[Path, str]
) -> None:
    _fill(dialog, created_vault[1], "password1")
    assert not dialog.open_button.isEnabled()
    _fill(dialog, created_vault[1])
    assert dialog.open_button.isEnabled()


def test_wrong_recovery_key_is_explained(
    qtbot: QtBot, dialog: RecoveryUnlockDialog, runner: BackgroundRunner
) -> None:
    _fill(dialog, "AGE-SECRET-KEY-1" + "Q" * 58)
    dialog.open_button.click()
    wait_idle(qtbot, runner)
    assert "recovery key does not open this vault" in dialog.message_text()
    assert dialog.isVisible()


def test_recovery_opens_and_sets_the_new_passphrase(
    qtbot: QtBot,
    dialog: RecoveryUnlockDialog,
    runner: BackgroundRunner,
    created_vault: tuple[Path, str],
) -> None:
    root, key = created_vault
    # As copied from paper: grouped, lower case.
    typed = RecoveryKeyView.formatted(key).lower()
    _fill(dialog, typed)
    with qtbot.waitSignal(dialog.unlocked, timeout=15_000) as blocker:
        dialog.open_button.click()
    vault = blocker.args[0]
    assert isinstance(vault, OpenVault)
    vault.close()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.form.passphrase.text() == "" and dialog.key_entry.text() == ""
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(root, pw())
    vault_service.unlock(root, pw(NEW)).close()
