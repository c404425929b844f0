"""Shown while the backup the caseworker asked for on quitting is written and checked. One
button quits at once: the backup stops and its partial file is removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.dialogs.vault_dialog import VaultDialog

PROGRESS_STEPS = 1000


class QuitBackupDialog(VaultDialog):
    def __init__(self, scheduler: AutoBackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Backing up before quitting"),
            self.tr(
                "SafeCase is writing and checking the automatic backup you asked for when "
                "quitting. It closes by itself when the backup is done."
            ),
            parent,
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._scheduler = scheduler
        self.skip_button = self.add_button(
            self.tr("&Quit now without this backup"), self.buttons.ButtonRole.RejectRole
        )
        self.skip_button.clicked.connect(scheduler.cancel)
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setAccessibleName(self.tr("Backup progress"))
        scheduler.progressed.connect(self._on_scheduler_progressed)
        self.set_busy(True, self.tr("Backing up…"))
        self.buttons.setEnabled(True)  # the one way out must work while busy

    def _on_scheduler_progressed(self, fraction: float) -> None:
        self._progress.setValue(round(fraction * PROGRESS_STEPS))
