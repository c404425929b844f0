"""The backup dialogs over a real open vault: back up now (and stop it), check and restore a
backup into a new folder, automatic backups with a test restore."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import wait_idle
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, pw
from safecase.crypto.keyslots import parse_recovery_key
from safecase.domain.clock import FakeClock
from safecase.gui.background import BackgroundRunner
from safecase.gui.backup import backup_now_dialog
from safecase.gui.backup.auto_backup_dialog import AutoBackupDialog
from safecase.gui.backup.backup_now_dialog import BackupNowDialog
from safecase.gui.backup.restore_dialog import RestoreDialog
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.main_window import MainWindow
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services import vault as vault_service
from safecase.services.auto_backup import AutoBackupService, Frequency
from safecase.services.backup import create_backup, verify_backup
from safecase.services.backup_secrets import recovery_recipients
from safecase.services.vault import OpenVault

NEW = "pelican quarry ember lattice"


def _check_accessible(dialog: VaultDialog) -> None:
    assert dialog.windowTitle() == "SafeCase"
    controls: list[Any] = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QComboBox),
        *dialog.findChildren(QSpinBox),
    ]
    for control in controls:
        if isinstance(control.parent(), (QSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box
        assert control.accessibleName(), type(control).__name__


def _backup(open_vault: OpenVault, out: Path) -> None:
    create_backup(open_vault, out, recovery_recipients(open_vault))


def test_backup_now_with_recovery_key(
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    created_vault: tuple[Path, str],
    tmp_path: Path,
) -> None:
    dialog = BackupNowDialog(open_vault, runner, today=date(2024, 3, 5))
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    assert dialog.output_path.name == "safecase-backup-20240305.age"
    assert dialog.recovery_radio.isChecked()
    assert not dialog.passphrase.isEnabled()
    out = tmp_path / "out" / "my.age"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    dialog.backup_button.click()
    assert dialog.busy and dialog.stop_button.isVisible()
    wait_idle(qtbot, runner)
    assert "Backup written" in dialog.message_text()
    assert not dialog.busy and not dialog.stop_button.isVisible()
    report = verify_backup(out, [parse_recovery_key(created_vault[1])])
    assert report.counts is not None


def test_backup_passphrase_needs_matching_confirmation(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner
) -> None:
    dialog = BackupNowDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.passphrase_radio.setChecked(True)
    assert dialog.passphrase.isEnabled()
    assert not dialog.backup_button.isEnabled()
    dialog.passphrase.setText(NEW)
    dialog.confirmation.setText(NEW + "x")
    assert not dialog.backup_button.isEnabled()
    dialog.confirmation.setText(NEW)
    assert dialog.backup_button.isEnabled()


def test_stop_leaves_no_file(
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stop_pressed = threading.Event()
    real = backup_now_dialog.create_backup

    def held_back(*args: Any, **kwargs: Any) -> Any:
        assert stop_pressed.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_now_dialog, "create_backup", held_back)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = BackupNowDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(out_dir / "b.age"))
    dialog.backup_button.click()
    dialog.stop_button.click()
    stop_pressed.set()
    wait_idle(qtbot, runner)
    assert "stopped" in dialog.message_text()
    assert list(out_dir.iterdir()) == []
    assert dialog.backup_button.isEnabled()


def _fill(dialog: RestoreDialog, src: Path, key: str) -> None:
    dialog.file_edit.setText(str(src))
    dialog.key_entry.setText(key)


def test_restore_checks_then_restores_to_new_folder(
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    created_vault: tuple[Path, str],
    tmp_path: Path,
) -> None:
    src = tmp_path / "b.age"
    _backup(open_vault, src)
    dialog = RestoreDialog(runner, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    assert not dialog.replace_radio.isVisibleTo(dialog), "replacing is offered by the main window"
    assert dialog.close_button.isDefault()
    assert not dialog.restore_button.isDefault()
    assert not dialog.restore_part.isVisibleTo(dialog)
    _fill(dialog, src, created_vault[1].lower())  # typed from paper: case does not matter
    dialog.check_button.click()
    wait_idle(qtbot, runner)
    assert dialog.verified, dialog.message_text()
    assert "It holds:" in dialog.summary.text()
    assert dialog.restore_part.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()
    target = tmp_path / "restored"
    dialog.target_edit.setText(str(target))
    dialog.form.passphrase.setText(NEW)
    dialog.form.confirmation.setText(NEW)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    wait_idle(qtbot, runner)
    assert "Done" in dialog.message_text()
    assert dialog.key_view.isVisibleTo(dialog) and dialog.key_view.text()
    assert dialog.close_button.isDefault()
    vault_service.unlock(target, pw(NEW)).close()


def test_restore_wrong_key_changes_nothing(
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    tmp_path: Path,
) -> None:
    src = tmp_path / "b.age"
    _backup(open_vault, src)
    dialog = RestoreDialog(runner, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    _fill(dialog, src, "not a key")
    dialog.check_button.click()
    wait_idle(qtbot, runner)
    assert not dialog.verified
    assert dialog.message_text()
    assert not dialog.restore_part.isVisibleTo(dialog)


def _wait_message(qtbot: QtBot, runner: BackgroundRunner, dialog: VaultDialog) -> str:
    wait_idle(qtbot, runner)
    return dialog.message_text()


def test_auto_backup_saves_config_backs_up_and_tests(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog = AutoBackupDialog(open_vault, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    _check_accessible(dialog)
    assert dialog.status_label.text() == "Last verified backup: never"
    assert not dialog.test_button.isEnabled()
    folder = tmp_path / "auto"
    dialog.folder_edit.setText(str(folder))
    dialog.frequency.setCurrentIndex(dialog.frequency.findData(Frequency.WEEKLY.value))
    dialog.keep.setValue(3)
    dialog.on_quit.setChecked(True)
    dialog.warn_after.setValue(10)
    dialog.test_button.click()
    assert "no automatic backup" in dialog.message_text()
    dialog.save_button.click()
    config = AutoBackupService(open_vault).config()
    assert (config.folder, config.frequency, config.keep) == (str(folder), Frequency.WEEKLY, 3)
    assert config.on_quit and config.warn_after_days == 10
    dialog.backup_button.click()
    assert dialog.busy
    assert "checked" in _wait_message(qtbot, runner, dialog)
    assert len(AutoBackupService.backups_in(folder)) == 1
    assert "0 day" in dialog.status_label.text()
    dialog.test_button.click()
    text = _wait_message(qtbot, runner, dialog)
    assert "Test restore passed" in text and "It holds:" in text


def test_vault_menu_opens_the_backup_dialogs(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    runner: BackgroundRunner,
    clipboard: SecretClipboard,
    icons: IconLibrary,
    settings: Settings,
    clock: FakeClock,
    open_vault: OpenVault,
) -> None:
    lock = LockController(runner, clipboard)
    window = MainWindow(
        default_view_registry(), lock, runner=runner, icons=icons, settings=settings, clock=clock
    )
    qtbot.addWidget(window)
    assert not window.backup_now_action.isEnabled()
    lock.adopt(open_vault)
    window.open_session(open_vault)
    window.show()
    for action, kind in (
        (window.backup_now_action, BackupNowDialog),
        (window.restore_backup_action, RestoreDialog),
        (window.auto_backup_action, AutoBackupDialog),
    ):
        assert action.isEnabled()
        action.trigger()
        dialog = lock.tracked_windows()[-1]
        assert isinstance(dialog, kind)
        assert dialog.isVisible() and dialog.windowTitle() == "SafeCase"
    lock.lock()
    assert lock.tracked_windows() == []
    assert not window.auto_backup_action.isEnabled()


def test_passphrase_backup_is_checked_with_the_passphrase(
    qtbot: QtBot, open_vault: OpenVault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    out = tmp_path / "p.age"
    backup = BackupNowDialog(open_vault, runner)
    qtbot.addWidget(backup)
    backup.path_edit.setText(str(out))
    backup.passphrase_radio.setChecked(True)
    backup.passphrase.setText(NEW)
    backup.confirmation.setText(NEW)
    backup.backup_button.click()
    assert not backup.passphrase.text()  # taken and cleared
    assert "Backup written" in _wait_message(qtbot, runner, backup)
    restore = RestoreDialog(runner, kdf=FAST_KDF)
    qtbot.addWidget(restore)
    restore.passphrase_radio.setChecked(True)
    _fill(restore, out, NEW)
    restore.check_button.click()
    wait_idle(qtbot, runner)
    assert restore.verified, restore.message_text()
    assert "It holds:" in restore.summary.text()
