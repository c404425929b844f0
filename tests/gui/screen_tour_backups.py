"""The backup screens of the tour: back up now, automatic backups, a checked restore (as a new
vault and in place of the open one), the backup before quitting and the replaced vault."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from records_harness import RecordsWindow
from tour_screen import Screen

from safecase.gui.backup.auto_backup_dialog import AutoBackupDialog
from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.backup.backup_now_dialog import BackupNowDialog
from safecase.gui.backup.quit_backup_dialog import QuitBackupDialog
from safecase.gui.backup.restore_dialog import RestoreDialog
from safecase.gui.backup.vault_replacer import ReplaceProgressDialog
from safecase.services.backup import create_backup
from safecase.services.backup_secrets import recovery_recipients

if TYPE_CHECKING:
    from screen_tour import ScreenTour


def backup_screens(tour: ScreenTour, harness: RecordsWindow) -> Iterator[Screen]:
    main = harness.window
    for action, kind in (
        (main.backup_now_action, BackupNowDialog),
        (main.auto_backup_action, AutoBackupDialog),
    ):
        action.trigger()
        tour.settle()
        yield from tour.shown(f"backup dialog: {kind.__name__}", harness.lock.tracked_windows()[-1])
    src = tour.tmp_path / "tour-backup.age"
    create_backup(tour.vault, src, recovery_recipients(tour.vault))
    main.restore_backup_action.trigger()
    restore = harness.lock.tracked_windows()[-1]
    assert isinstance(restore, RestoreDialog)
    restore.file_edit.setText(str(src))
    restore.key_entry.setText(tour.recovery_key)
    restore.check_button.click()
    tour.settle()
    assert restore.verified, restore.message_text()
    yield Screen("restore: checked, as a new vault", restore)
    restore.replace_radio.setChecked(True)
    yield from tour.shown("restore: checked, in place of the open vault", restore)
    scheduler = AutoBackupScheduler(tour.runner, tour.clock)
    yield from tour.shown("backing up before quitting", QuitBackupDialog(scheduler))
    progress = ReplaceProgressDialog()
    progress.show_done(tour.recovery_key)
    yield from tour.shown("vault replaced", progress)
