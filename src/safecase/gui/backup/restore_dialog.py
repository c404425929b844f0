"""Restore from a backup: into a new vault folder, or in place of the vault that is open.

Two steps, in order: "Check the backup" fully decrypts and checks it and shows what it holds
(date, counts) before anything is written; only then can it be restored, with a new
passphrase, whose new recovery key is shown once. Replacing the open vault asks once more,
Cancel by default, and is carried out by `VaultReplacer` (it outlives this dialog: the lock
that frees the store closes every dialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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

from safecase.gui.background import BackgroundRunner
from safecase.gui.backup.common import labelled_row, summary_text
from safecase.gui.backup.vault_replacer import ReplaceRequest
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.new_passphrase_form import NewPassphraseForm
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services import backup_secrets
from safecase.services.backup import BackupReport, verify_backup
from safecase.services.restore import restore_to_new
from safecase.services.vault import KdfParams


class RestoreDialog(VaultDialog):
    replace_requested = Signal(object)
    """A confirmed `ReplaceRequest`: replace the open vault with the checked backup."""

    def __init__(
        self,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        can_replace: bool = False,
    ) -> None:
        super().__init__(
            self.tr("Restore from a backup"),
            self.tr(
                "First SafeCase checks the backup and shows what it holds; nothing is changed "
                "by the check. Then you can restore it as a new vault in an empty folder, or "
                "in place of the vault that is open now."
            ),
            parent,
        )
        self._runner = runner
        self._kdf = kdf
        self._can_replace = can_replace
        self._report: BackupReport | None = None
        self._identities: backup_secrets.Identities | None = None
        self._checked_file: Path | None = None
        self._build_check_part()
        self._build_restore_part()
        self._build_buttons()

    def _build_check_part(self) -> None:
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.choose_file_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_file_button.setAccessibleName(self.tr("Choose the backup file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_file_button)
        self.recovery_radio = QRadioButton(self.tr("My &recovery key"), self)
        self.recovery_radio.setAccessibleName(self.tr("Open with my recovery key"))
        self.passphrase_radio = QRadioButton(self.tr("The backup &passphrase"), self)
        self.passphrase_radio.setAccessibleName(self.tr("Open with the backup passphrase"))
        self.recovery_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.recovery_radio)
        group.addButton(self.passphrase_radio)
        self.key_entry = PassphraseEdit(self.tr("Recovery key or backup passphrase"), self)
        self.check_button = QPushButton(self.tr("Chec&k the backup"), self)
        self.check_button.setAccessibleName(self.tr("Check the backup"))
        self.summary = PlainLabel(parent=self)
        self.summary.setObjectName("backupSummary")
        self.summary.setAccessibleName(self.tr("What the backup holds"))
        form = QFormLayout()
        labelled_row(form, self.tr("Backup &file:"), self.file_edit, file_row)
        form.addRow(self.tr("Open it with:"), self.recovery_radio)
        form.addRow("", self.passphrase_radio)
        form.addRow(self.tr("&Key or passphrase:"), self.key_entry)
        form.addRow("", self.check_button)
        form.addRow("", self.summary)
        self.content.addLayout(form)

    def _build_restore_part(self) -> None:
        # step two, shown once the check passed
        self.restore_part = QWidget(self)
        self.new_radio = QRadioButton(self.tr("As a &new vault in an empty folder"), self)
        self.new_radio.setAccessibleName(self.tr("Restore as a new vault in an empty folder"))
        self.replace_radio = QRadioButton(self.tr("In &place of the vault open now"), self)
        self.replace_radio.setAccessibleName(self.tr("Restore in place of the vault open now"))
        self.new_radio.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.new_radio)
        modes.addButton(self.replace_radio)
        self.target_edit = QLineEdit(self.restore_part)
        self.target_edit.setAccessibleName(self.tr("Folder for the new vault"))
        self.choose_target_button = QPushButton(self.tr("Choose f&older…"), self.restore_part)
        self.choose_target_button.setAccessibleName(self.tr("Choose the folder for the new vault"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_target_button)
        self.form = NewPassphraseForm(self.restore_part)
        restore_form = QFormLayout(self.restore_part)
        restore_form.setContentsMargins(0, 0, 0, 0)
        if self._can_replace:
            restore_form.addRow(self.tr("Restore it:"), self.new_radio)
            restore_form.addRow("", self.replace_radio)
        else:
            self.new_radio.hide()
            self.replace_radio.hide()
        labelled_row(
            restore_form, self.tr("New vault &folder (empty):"), self.target_edit, target_row
        )
        self._restore_form, self._target_row = restore_form, target_row
        restore_form.addRow(self.form)
        self.restore_part.hide()
        self.content.addWidget(self.restore_part)
        self.key_view = RecoveryKeyView(self)
        self.key_view.hide()
        self.content.addWidget(self.key_view)

    def _build_buttons(self) -> None:
        self.close_button = self.add_button(self.tr("Close"), self.buttons.ButtonRole.RejectRole)
        self.restore_button = self.add_button(
            self.tr("&Restore as a new vault in a folder…"), self.buttons.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.make_cancel_default(self.close_button)
        self.close_button.clicked.connect(self.reject)
        self.choose_file_button.clicked.connect(self._on_choose_file_button_clicked)
        self.choose_target_button.clicked.connect(self._on_choose_target_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.file_edit.textChanged.connect(self._forget_check)
        self.key_entry.textChanged.connect(self._forget_check)
        self.recovery_radio.toggled.connect(self._forget_check)
        self.target_edit.textChanged.connect(self._update_state)
        self.replace_radio.toggled.connect(self._update_state)
        self.form.changed.connect(self._update_state)
        self._update_state()

    @property
    def verified(self) -> bool:
        return self._identities is not None

    def _forget_check(self) -> None:
        if self.busy:
            return
        self._identities = None
        self._checked_file = None
        self.summary.clear()
        self.restore_part.hide()
        self._update_state()

    @property
    def replacing(self) -> bool:
        return self._can_replace and self.replace_radio.isChecked()

    def _update_state(self) -> None:
        self.check_button.setEnabled(
            not self.busy and bool(self.file_edit.text().strip()) and bool(self.key_entry.text())
        )
        self._restore_form.setRowVisible(self._target_row, not self.replacing)
        self.restore_button.setText(
            self.tr("&Replace the open vault…")
            if self.replacing
            else self.tr("&Restore as a new vault in a folder…")
        )
        self.restore_button.setAccessibleName(self.restore_button.text().replace("&", ""))
        self.restore_button.setEnabled(
            not self.busy
            and self.verified
            and (self.replacing or bool(self.target_edit.text().strip()))
            and self.form.is_acceptable
        )

    def set_busy(self, busy: bool, status: str = "") -> None:
        super().set_busy(busy, status)
        for widget in (self.file_edit, self.key_entry, self.restore_part):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(not busy)

    def _on_choose_file_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("SafeCase"), "", self.tr("SafeCase backups (*.age);;All files (*)")
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _on_choose_target_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("SafeCase"))
        if chosen:
            self.target_edit.setText(chosen)

    def _identities_from_entry(self) -> backup_secrets.Identities:
        if self.recovery_radio.isChecked():
            key = RecoveryKeyView.normalise(self.key_entry.text())
            return backup_secrets.recovery_identities(key)
        secret = self.key_entry.take_passphrase()
        try:
            return backup_secrets.passphrase_identities(secret)
        finally:
            secret[:] = bytes(len(secret))

    def _on_check_button_clicked(self) -> None:
        if not self.check_button.isEnabled():
            return
        src = Path(self.file_edit.text().strip()).expanduser()
        try:
            identities = self._identities_from_entry()
        except Exception as exc:
            self.show_message(describe_error(exc))
            return

        def check() -> BackupReport:
            return verify_backup(src, identities)

        self.set_busy(True, self.tr("Checking the backup…"))
        self._runner.run(
            check,
            lambda report: self._on_checked(src, identities, report),
            self._on_check_failed,
            context=self,
        )

    def _on_checked(
        self, src: Path, identities: backup_secrets.Identities, report: BackupReport
    ) -> None:
        self.set_busy(False)
        self._identities = identities
        self._checked_file = src
        self._report = report
        self.summary.setText(
            self.tr("The backup is complete and opens.") + " " + summary_text(report)
        )
        self.restore_part.show()
        self._update_state()
        self.fit_to_content()
        self.target_edit.setFocus()

    def _on_check_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self._update_state()
        self.show_message(describe_error(exc) + " " + self.tr("Nothing was changed."))

    def _on_restore_button_clicked(self) -> None:
        identities, src = self._identities, self._checked_file
        if not self.restore_button.isEnabled() or identities is None or src is None:
            return
        if self.replacing:
            self._confirm_replace()
            return
        target = Path(self.target_edit.text().strip()).expanduser()
        secret = self.form.take_passphrase()
        kdf = self._kdf

        def restore() -> str:
            try:
                _report, recovery = restore_to_new(src, identities, target, secret, kdf=kdf)
            finally:
                secret[:] = bytes(len(secret))
            return recovery

        self.set_busy(True, self.tr("Restoring the backup into the new folder…"))
        self._runner.run(restore, self._on_restored, self._on_restore_failed, context=self)

    def _on_restored(self, recovery_key: str) -> None:
        self.set_busy(False)
        self._identities = None
        self.restore_part.hide()
        for widget in (self.file_edit, self.key_entry, self.check_button):
            widget.setEnabled(False)
        self.restore_button.hide()
        self.key_view.set_key(recovery_key)
        self.key_view.show()
        self.show_message(
            self.tr(
                "Done. The new vault opens with the new passphrase. Its new recovery key is "
                "shown above, only this once: write it down now and keep it safe."
            ),
            error=False,
        )
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_restore_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self._update_state()
        self.show_message(describe_error(exc) + " " + self.tr("No new vault was made."))

    def _confirm_replace(self) -> None:
        report = self._report
        if report is None:
            return
        self.confirmation = DestructiveConfirmation(
            self.tr("Replace everything in the open vault with this backup?"),
            summary_text(report)
            + "\n\n"
            + self.tr(
                "Anything added or changed since the backup was made will not be in the "
                "vault. SafeCase first saves a copy of the vault as it is now beside it; your "
                "current recovery key opens that copy."
            ),
            self.tr("&Replace the vault"),
            self,
        )
        self.confirmation.confirmed.connect(self._on_replace_confirmed)
        self.confirmation.open()

    def _on_replace_confirmed(self) -> None:
        identities, src, report = self._identities, self._checked_file, self._report
        if identities is None or src is None or report is None:
            return
        request = ReplaceRequest(src, identities, self.form.take_passphrase(), report)
        self.replace_requested.emit(request)
