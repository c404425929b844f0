"""Automatic backups: where, how often, how many to keep; back up now; test-restore the newest.

Automatic backups need no passphrase: they are encrypted to the recovery key and to a
verification identity kept inside the vault, so SafeCase can check each one it writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from safecase.domain.clock import Clock
from safecase.gui.background import BackgroundRunner, Progress
from safecase.gui.backup.common import counts_text, labelled_row
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.auto_backup import AutoBackupConfig, AutoBackupService, Frequency
from safecase.services.backup import BackupReport
from safecase.services.vault import OpenVault

PROGRESS_STEPS = 1000


class AutoBackupDialog(VaultDialog):
    def __init__(
        self,
        vault: OpenVault,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            self.tr("Automatic backups"),
            self.tr(
                "SafeCase can back up the vault by itself into a folder, for example on a USB "
                "drive or a synced folder. The backups open with your recovery key; no "
                "passphrase is needed. SafeCase checks each backup it writes."
            ),
            parent,
        )
        self._service = AutoBackupService(vault, clock)
        self._runner = runner
        self._build_fields(self._service.config())
        self._build_buttons()

    def _build_fields(self, config: AutoBackupConfig) -> None:
        self.folder_edit = QLineEdit(config.folder, self)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.frequency = QComboBox(self)
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.addItem(self.tr("Daily"), Frequency.DAILY.value)
        self.frequency.addItem(self.tr("Weekly"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("Off"), Frequency.OFF.value)
        self.frequency.setCurrentIndex(self.frequency.findData(config.frequency.value))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setValue(config.keep)
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.on_quit = QCheckBox(self.tr("Also back up when I &quit SafeCase"), self)
        self.on_quit.setChecked(config.on_quit)
        self.on_quit.setAccessibleName(self.tr("Also back up when I quit SafeCase"))
        self.warn_after = QSpinBox(self)
        self.warn_after.setRange(1, 365)
        self.warn_after.setValue(config.warn_after_days)
        self.warn_after.setAccessibleName(self.tr("Warn after this many days without a backup"))
        self.status_label = PlainLabel(parent=self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setAccessibleName(self.tr("Backup status"))
        form = QFormLayout()
        labelled_row(form, self.tr("&Folder:"), self.folder_edit, folder_row)
        form.addRow(self.tr("&How often:"), self.frequency)
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        form.addRow("", self.on_quit)
        form.addRow(self.tr("&Warn after (days):"), self.warn_after)
        form.addRow("", self.status_label)
        self.content.addLayout(form)

    def _build_buttons(self) -> None:
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setAccessibleName(self.tr("Backup progress"))
        self.close_button = self.add_button(self.tr("Close"), self.buttons.ButtonRole.RejectRole)
        self.save_button = self.add_button(self.tr("&Save"), self.buttons.ButtonRole.ApplyRole)
        self.backup_button = self.add_button(
            self.tr("&Back up now"), self.buttons.ButtonRole.ActionRole
        )
        self.test_button = self.add_button(
            self.tr("&Test restore"),
            self.buttons.ButtonRole.ActionRole,
            self.tr("Test restore of the newest backup"),
        )
        self.save_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.folder_edit.textChanged.connect(self._update_state)
        self._update_state()
        self.refresh_status()

    def config_from_fields(self) -> AutoBackupConfig:
        return AutoBackupConfig(
            folder=self.folder_edit.text().strip(),
            frequency=Frequency(self.frequency.currentData()),
            keep=self.keep.value(),
            on_quit=self.on_quit.isChecked(),
            warn_after_days=self.warn_after.value(),
        )

    def refresh_status(self) -> None:
        days = self._service.status().days_since_verified
        if days is None:
            text = self.tr("Last verified backup: never")
        else:
            text = self.tr("Last verified backup: %n day(s) ago", "", days)
        self.status_label.setText(text)

    def _update_state(self) -> None:
        has_folder = bool(self.folder_edit.text().strip())
        self.backup_button.setEnabled(has_folder)
        self.test_button.setEnabled(has_folder)

    def _on_choose_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("SafeCase"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _save(self) -> bool:
        try:
            self._service.configure(self.config_from_fields())
        except Exception as exc:
            self.show_message(describe_error(exc))
            return False
        return True

    def _on_save_button_clicked(self) -> None:
        if self._save():
            self.show_message(self.tr("Saved."), error=False)

    def _on_backup_button_clicked(self) -> None:
        if not self.backup_button.isEnabled() or not self._save():
            return
        service = self._service

        def work(report_fraction: Progress) -> BackupReport:
            def progress(done: int, total: int) -> None:
                if total:
                    report_fraction(done / total)

            return service.run(progress=progress)[1]

        self._progress.setValue(0)
        self.set_busy(True, self.tr("Writing and checking the backup…"))
        self._runner.run_with_progress(
            work, self._on_backed_up, self._on_failed, self._on_progress, context=self
        )

    def _on_progress(self, fraction: float) -> None:
        self._progress.setValue(round(fraction * PROGRESS_STEPS))

    def _on_backed_up(self, report: BackupReport) -> None:
        self.set_busy(False)
        self.refresh_status()
        self.show_message(
            self.tr("Backup written and checked. It holds: %1.").replace(
                "%1", counts_text(report.counts)
            ),
            error=False,
        )

    def _on_test_button_clicked(self) -> None:
        if not self.test_button.isEnabled():
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        try:
            newest = AutoBackupService.backups_in(folder)[-1] if folder.is_dir() else None
        except (OSError, IndexError):
            newest = None
        if newest is None:
            self.show_message(self.tr("There is no automatic backup in this folder yet."))
            return
        service = self._service
        self._progress.setRange(0, 0)
        self.set_busy(True, self.tr("Checking the newest backup…"))
        self._runner.run(
            lambda: service.test_restore(newest), self._on_tested, self._on_failed, context=self
        )

    def _on_tested(self, report: BackupReport) -> None:
        self._progress.setRange(0, PROGRESS_STEPS)
        self.set_busy(False)
        self.refresh_status()
        self.show_message(
            self.tr(
                "Test restore passed: the newest backup opens and is complete. It holds: %1."
            ).replace("%1", counts_text(report.counts)),
            error=False,
        )

    def _on_failed(self, exc: Exception) -> None:
        self._progress.setRange(0, PROGRESS_STEPS)
        self.set_busy(False)
        self.refresh_status()
        self.show_message(describe_error(exc))
