"""Backups in the running app, over a real vault. Automatic backups: run when due after unlock,
stopped by a lock with nothing left behind, shown on the dashboard with a warning when old,
missing or failed, and written before quitting when asked. Restore in place of the open vault:
checked first, confirmed, a copy of the current vault saved beside it, then replaced."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, wait_idle
from pytestqt.qtbot import QtBot

from factories import make_person
from helpers import FAST_KDF, PASSPHRASE
from safecase.domain.clock import FakeClock
from safecase.domain.records import RecordKind
from safecase.gui.application import Application
from safecase.gui.backup.backup_status_strip import BackupStatusStrip
from safecase.gui.backup.restore_dialog import RestoreDialog
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.records_views import install_records_views
from safecase.services import vault as vault_service
from safecase.services.auto_backup import AutoBackupConfig, AutoBackupService, Frequency
from safecase.services.backup import create_backup, verify_backup
from safecase.services.backup_secrets import recovery_identities, recovery_recipients
from safecase.services.records import RecordsService
from safecase.services.restore import SAFETY_COPY_PREFIX


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def session(
    app: Application,
    settings: Settings,
    clock: FakeClock,
    created_vault: tuple[Path, str],
    qtbot: QtBot,
) -> Iterator[SessionController]:
    registry = default_view_registry()
    install_records_views(registry)
    controller = SessionController(
        app,
        settings,
        clock=clock,
        registry=registry,
        vault_dir=created_vault[0],
        kdf=FAST_KDF,
        listener=SessionLockListener(),
    )
    controller.start(listen=False)
    yield controller
    controller.shutdown()
    wait_idle(qtbot, controller.runner)
    app.removeEventFilter(controller.idle)
    for window in (controller.main_window, controller.unlock_window):
        if window is not None:
            window.close()
            window.deleteLater()


def _configure(vault_dir: Path, config: AutoBackupConfig) -> None:
    with vault_service.unlock(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        AutoBackupService(vault).configure(config)


def _unlock(qtbot: QtBot, session: SessionController) -> None:
    window = session.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not session.lock.is_locked, timeout=WAIT_MS)
    wait_idle(qtbot, session.runner)


def _strip(session: SessionController) -> BackupStatusStrip:
    assert session.main_window is not None
    dashboard = session.main_window.pages["dashboard"]
    assert isinstance(dashboard, DashboardView) and dashboard.backup_status is not None
    return dashboard.backup_status


def test_due_backup_runs_after_unlock_and_the_dashboard_says_so(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], usb: Path
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.DAILY, keep=2))
    _unlock(qtbot, session)
    strip = _strip(session)
    assert strip.warning and "No verified backup yet" in strip.text.text()
    assert session.auto_backups.run_if_due()  # what the timer does after unlock
    assert "Backing up" in strip.text.text()
    wait_idle(qtbot, session.runner)
    assert len(AutoBackupService.backups_in(usb)) == 1
    assert strip.text.text() == "Last verified backup: today."
    assert not strip.warning
    assert not session.auto_backups.run_if_due(), "not due again the same day"


def test_leftovers_of_a_killed_backup_go_at_the_next_unlock(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], usb: Path
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.WEEKLY))
    stray_usb = usb / ".safecase-backup-0123456789abcdef.partial"
    stray_beside = created_vault[0].parent / ".safecase-backup-fedcba9876543210.partial"
    for stray in (stray_usb, stray_beside):
        stray.write_bytes(b"age-encryption.org/v1\n")
    keep = usb / "holiday.jpg"
    keep.write_bytes(b"x")
    _unlock(qtbot, session)
    wait_idle(qtbot, session.runner)
    assert not stray_usb.exists() and not stray_beside.exists()
    assert keep.exists()


def test_old_backup_warns_on_the_dashboard(
    qtbot: QtBot,
    session: SessionController,
    created_vault: tuple[Path, str],
    usb: Path,
    clock: FakeClock,
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.WEEKLY, warn_after_days=3))
    _unlock(qtbot, session)
    session.auto_backups.run_if_due()
    wait_idle(qtbot, session.runner)
    clock.advance(timedelta(days=4))
    strip = _strip(session)
    strip.refresh()
    assert strip.warning
    assert "4 day(s) ago" in strip.text.text() and "soon" in strip.text.text()


def test_missing_folder_is_reported_and_nothing_is_created(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "usb"
    _configure(created_vault[0], AutoBackupConfig(str(unplugged), Frequency.DAILY))
    _unlock(qtbot, session)
    session.auto_backups.run_if_due()
    wait_idle(qtbot, session.runner)
    strip = _strip(session)
    assert strip.warning
    assert "did not finish" in strip.text.text() and "USB" in strip.text.text()
    assert not unplugged.exists()


def test_lock_stops_a_running_backup_and_leaves_nothing(
    qtbot: QtBot,
    session: SessionController,
    created_vault: tuple[Path, str],
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.DAILY))
    started = threading.Event()
    real_run = AutoBackupService.run
    scheduler = session.auto_backups

    def held(self: AutoBackupService, **kwargs: Any) -> Any:
        inner = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            started.set()
            # Held at its first chunk until the lock has told the scheduler to stop.
            deadline = time.monotonic() + 10
            while scheduler.attached and time.monotonic() < deadline:
                time.sleep(0.005)
            inner(done, total)

        return real_run(self, **{**kwargs, "progress": progress})

    monkeypatch.setattr(AutoBackupService, "run", held)
    _unlock(qtbot, session)
    session.auto_backups.run_if_due()
    assert started.wait(10)
    session.lock.lock()
    assert session.lock.is_locked
    wait_idle(qtbot, session.runner)
    assert not session.auto_backups.running
    assert list(usb.iterdir()) == []  # no backup, no partial file
    assert session.auto_backups.state() is None


def test_backup_before_quitting(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], usb: Path
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.OFF, on_quit=True))
    _unlock(qtbot, session)
    session.quit()
    dialog = session.quit_backup
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "SafeCase"
    assert dialog.skip_button.isEnabled()
    qtbot.waitUntil(lambda: session.quit_backup is None, timeout=WAIT_MS)
    assert session.lock.is_locked
    assert len(AutoBackupService.backups_in(usb)) == 1


def test_quit_now_skips_the_backup(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], usb: Path
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.OFF, on_quit=True))
    _unlock(qtbot, session)
    session.quit()
    assert session.quit_backup is not None
    session.quit_backup.skip_button.click()
    qtbot.waitUntil(lambda: session.quit_backup is None, timeout=WAIT_MS)
    assert session.lock.is_locked
    assert not list(usb.glob(".safecase-backup-*"))


def test_no_backup_on_quit_unless_asked(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], usb: Path
) -> None:
    _configure(created_vault[0], AutoBackupConfig(str(usb), Frequency.DAILY))
    _unlock(qtbot, session)
    session.quit()
    assert session.quit_backup is None
    assert session.lock.is_locked


NEW_PASSPHRASE = "pelican quarry ember lattice"


def test_restore_in_place_of_the_open_vault(
    qtbot: QtBot,
    session: SessionController,
    created_vault: tuple[Path, str],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    root, recovery = created_vault
    backup_file = tmp_path / "before.age"
    with vault_service.unlock(root, bytearray(PASSPHRASE.encode())) as vault:
        create_backup(vault, backup_file, recovery_recipients(vault))  # no people yet
        RecordsService(vault.conn, clock).create(make_person())  # added after the backup
    _unlock(qtbot, session)
    window = session.main_window
    assert window is not None
    window.restore_backup_action.trigger()
    dialog = session.lock.tracked_windows()[-1]
    assert isinstance(dialog, RestoreDialog)
    assert not dialog.replace_radio.isVisibleTo(dialog), "only after the check"
    dialog.file_edit.setText(str(backup_file))
    dialog.key_entry.setText(recovery)
    dialog.check_button.click()
    wait_idle(qtbot, session.runner)
    assert dialog.verified, dialog.message_text()
    dialog.replace_radio.setChecked(True)
    assert not dialog.target_edit.isVisibleTo(dialog)
    dialog.form.passphrase.setText(NEW_PASSPHRASE)
    dialog.form.confirmation.setText(NEW_PASSPHRASE)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    confirmation = dialog.confirmation
    assert confirmation.defaultButton() is confirmation.cancel_button
    assert "It holds:" in confirmation.informativeText()
    assert vault_service.vault_exists(root) and not session.lock.is_locked, "nothing yet"
    confirmation.action_button.click()
    qtbot.waitUntil(lambda: not session.replacer.busy, timeout=WAIT_MS)
    progress = session.replacer.dialog
    assert progress is not None and "Done" in progress.message_text(), progress.message_text()
    assert progress.key_view.text()
    assert session.lock.is_locked
    # The vault holds the backup now, under the new passphrase …
    with vault_service.unlock(root, bytearray(NEW_PASSPHRASE.encode())) as vault:
        assert RecordsService(vault.conn, clock).count(RecordKind.PERSON) == 0
    # … and the copy saved beside it holds what was there, under the old recovery key.
    (copy,) = root.parent.glob(f"{SAFETY_COPY_PREFIX}*.age")
    assert verify_backup(copy, recovery_identities(recovery)).counts["person"] == 1
    assert session.unlock_window is not None and session.unlock_window.isVisible()


def test_cancelled_replace_changes_nothing(
    qtbot: QtBot, session: SessionController, created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    root, recovery = created_vault
    backup_file = tmp_path / "b.age"
    with vault_service.unlock(root, bytearray(PASSPHRASE.encode())) as vault:
        create_backup(vault, backup_file, recovery_recipients(vault))
    keys_before = (root / "vault.keys").read_bytes()
    _unlock(qtbot, session)
    assert session.main_window is not None
    session.main_window.restore_backup_action.trigger()
    dialog = session.lock.tracked_windows()[-1]
    assert isinstance(dialog, RestoreDialog)
    dialog.file_edit.setText(str(backup_file))
    dialog.key_entry.setText(recovery)
    dialog.check_button.click()
    wait_idle(qtbot, session.runner)
    dialog.replace_radio.setChecked(True)
    dialog.form.passphrase.setText(NEW_PASSPHRASE)
    dialog.form.confirmation.setText(NEW_PASSPHRASE)
    dialog.restore_button.click()
    dialog.confirmation.cancel_button.click()
    wait_idle(qtbot, session.runner)
    assert not session.lock.is_locked and not session.replacer.busy
    assert not list(root.parent.glob(f"{SAFETY_COPY_PREFIX}*"))
    session.lock.lock()
    assert (root / "vault.keys").read_bytes() == keys_before  # same passphrase, same key
    vault_service.unlock(root, bytearray(PASSPHRASE.encode())).close()
