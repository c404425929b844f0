"""Back up now: an encrypted copy of the whole vault in one file the caseworker chooses.

Protected by the recovery key (default: nothing more to remember) or a backup passphrase.
The work runs off the GUI thread with a progress bar; "Stop" cancels it and the core removes
the partial file, so a cancelled backup leaves nothing behind.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from safecase.gui.background import BackgroundRunner, Progress
from safecase.gui.backup.common import counts_text, default_file_name, labelled_row
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.services import backup_secrets
from safecase.services.backup import BackupCancelled, BackupReport, create_backup
from safecase.services.vault import OpenVault

PROGRESS_STEPS = 1000


class BackupNowDialog(VaultDialog):
    def __init__(
        self,
        vault: OpenVault,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Back up now"),
            self.tr(
                "SafeCase writes an encrypted copy of the whole vault into one file. Keep it "
                "somewhere other than this computer, for example on a USB drive kept locked away."
            ),
            parent,
        )
        self._vault = vault
        self._runner = runner
        self._cancel = threading.Event()
        name = default_file_name(today or date.today())
        self.path_edit = QLineEdit(str(Path.home() / name), self)
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.recovery_radio = QRadioButton(self.tr("My &recovery key (no passphrase needed)"), self)
        self.recovery_radio.setAccessibleName(self.tr("Protect with my recovery key"))
        self.passphrase_radio = QRadioButton(self.tr("A backup &passphrase"), self)
        self.passphrase_radio.setAccessibleName(self.tr("Protect with a backup passphrase"))
        self.recovery_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.recovery_radio)
        group.addButton(self.passphrase_radio)
        self.passphrase = PassphraseEdit(self.tr("Backup passphrase"), self)
        self.confirmation = PassphraseEdit(self.tr("Backup passphrase, again"), self)
        form = QFormLayout()
        labelled_row(form, self.tr("Backup &file:"), self.path_edit, path_row)
        form.addRow(self.tr("Protect it with:"), self.recovery_radio)
        form.addRow("", self.passphrase_radio)
        form.addRow(self.tr("Backup pass&phrase:"), self.passphrase)
        form.addRow(self.tr("&Type it again:"), self.confirmation)
        self.content.addLayout(form)
        self.stop_button = QPushButton(self.tr("&Stop the backup"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the backup"))
        self.stop_button.hide()
        self.content.addWidget(self.stop_button)
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setAccessibleName(self.tr("Backup progress"))
        self.close_button = self.add_button(self.tr("Close"), self.buttons.ButtonRole.RejectRole)
        self.backup_button = self.add_button(
            self.tr("&Back up"), self.buttons.ButtonRole.AcceptRole
        )
        self.backup_button.setDefault(True)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        for widget in (self.path_edit, self.passphrase, self.confirmation):
            widget.textChanged.connect(self._update_state)
        self.passphrase_radio.toggled.connect(self._update_state)
        self._update_state()

    @property
    def output_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _update_state(self) -> None:
        with_passphrase = self.passphrase_radio.isChecked()
        self.passphrase.setEnabled(with_passphrase)
        self.confirmation.setEnabled(with_passphrase)
        ready = bool(self.path_edit.text().strip())
        if with_passphrase:
            text = self.passphrase.text()
            ready = ready and bool(text) and text == self.confirmation.text()
        self.backup_button.setEnabled(ready)

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("SafeCase"),
            self.path_edit.text(),
            self.tr("SafeCase backups (*.age)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _on_stop_button_clicked(self) -> None:
        self._cancel.set()
        self.stop_button.setEnabled(False)

    def _on_backup_button_clicked(self) -> None:
        if not self.backup_button.isEnabled():
            return
        out = self.output_path
        if self.passphrase_radio.isChecked():
            secret = self.passphrase.take_passphrase()
            self.confirmation.clear()
            try:
                recipients = backup_secrets.passphrase_recipients(secret)
            finally:
                secret[:] = bytes(len(secret))
        else:
            recipients = backup_secrets.recovery_recipients(self._vault)
        vault, cancel = self._vault, self._cancel
        cancel.clear()

        def work(report_fraction: Progress) -> BackupReport:
            def progress(done: int, total: int) -> None:
                if cancel.is_set():
                    raise BackupCancelled("cancelled by the caseworker")
                if total:
                    report_fraction(done / total)

            return create_backup(vault, out, recipients, progress=progress)

        self._progress.setValue(0)
        self.set_busy(True, self.tr("Writing the encrypted backup…"))
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        self._runner.run_with_progress(
            work, self._on_done, self._on_failed, self._on_progress, context=self
        )

    def _on_progress(self, fraction: float) -> None:
        self._progress.setValue(round(fraction * PROGRESS_STEPS))

    def _finish(self) -> None:
        self.set_busy(False)
        self.stop_button.hide()

    def _on_done(self, report: BackupReport) -> None:
        self._finish()
        self.show_message(
            self.tr("Backup written. It holds: %1.").replace("%1", counts_text(report.counts)),
            error=False,
        )
        self.backup_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, BackupCancelled):
            self.show_message(self.tr("Backup stopped. No file was written."), error=False)
        else:
            self.show_message(describe_error(exc) + " " + self.tr("No backup was written."))
        self._update_state()
