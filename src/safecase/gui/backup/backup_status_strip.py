"""One line on the dashboard about backups: "Last verified backup: N days ago", in warning
colours once that is older than the caseworker's limit, when there is none, or when the last
automatic backup failed; with a button to the automatic-backup settings."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler, AutoBackupState
from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.auto_backup import Frequency


class BackupStatusStrip(QWidget):
    def __init__(self, scheduler: AutoBackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self.text = PlainLabel(parent=self)
        self.text.setObjectName("backupStatus")
        self.text.setAccessibleName(self.tr("Backup status"))
        self.settings_button = QPushButton(self.tr("Automatic &backups…"), self)
        self.settings_button.setAccessibleName(self.tr("Automatic backup settings"))
        self.settings_button.clicked.connect(scheduler.request_settings)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.settings_button)
        self.warning = False
        scheduler.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self._scheduler.state()
        if state is None:
            self.text.clear()
            return
        text, self.warning = self._describe(state)
        self.text.setText(text)
        if self.warning:
            LabelStyles.problem(self.text)
        else:
            LabelStyles.muted(self.text)

    def _describe(self, state: AutoBackupState) -> tuple[str, bool]:
        if state.running:
            return self.tr("Backing up the vault…"), False
        days = state.days_since_verified
        if days is None:
            last = self.tr("No verified backup yet.")
        elif days == 0:
            last = self.tr("Last verified backup: today.")
        else:
            last = self.tr("Last verified backup: %n day(s) ago.", "", days)
        if state.failure is not None:
            failed = self.tr("The last automatic backup did not finish:")
            return f"{failed} {describe_error(state.failure)} {last}", True
        if state.frequency is Frequency.OFF or not state.has_folder:
            advice = self.tr("Automatic backups are off.")
            return f"{last} {advice}", state.overdue
        if state.overdue:
            return f"{last} " + self.tr("Please make a backup soon."), True
        return last, False
