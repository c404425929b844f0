"""Open the vault with the paper recovery key and choose a new passphrase in the same step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.new_passphrase_form import NewPassphraseForm
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services import vault as vault_service
from safecase.services.vault import KdfParams, OpenVault


class RecoveryUnlockDialog(VaultDialog):
    unlocked = Signal(object)

    def __init__(
        self,
        vault_dir: Path,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(
            self.tr("Open with your recovery key"),
            self.tr(
                "Type the recovery key from your paper. Spaces and line breaks do not matter. "
                "Then choose a new passphrase: your old passphrase will stop working."
            ),
            parent,
        )
        self._vault_dir = vault_dir
        self._runner = runner
        self._kdf = kdf
        self.key_entry = PassphraseEdit(self.tr("Recovery key"), self, hidden=False)
        self.key_entry.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_entry.setPlaceholderText("AGE-SECRET-KEY-1…")
        self.key_entry.setMinimumWidth(420)
        key_form = QFormLayout()
        key_form.addRow(self.tr("&Recovery key:"), self.key_entry)
        self.content.addLayout(key_form)
        self.form = NewPassphraseForm(self)
        self.content.addWidget(self.form)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.add_button(
            self.tr("&Open the vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.key_entry.textChanged.connect(self._update_buttons)
        self.form.changed.connect(self._update_buttons)
        self._update_buttons()
        self.key_entry.setFocus()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.key_entry.text().strip()) and self.form.is_acceptable)

    def _on_open_button_clicked(self) -> None:
        if not self.open_button.isEnabled():
            return
        key = RecoveryKeyView.normalise(self.key_entry.text())
        secret = self.form.take_passphrase()
        root, kdf = self._vault_dir, self._kdf

        def recover() -> OpenVault:
            try:
                return vault_service.unlock_with_recovery(root, key, secret, kdf)
            finally:
                secret[:] = bytes(len(secret))

        self.set_busy(True, self.tr("Opening the vault and setting your new passphrase…"))
        self._runner.run(recover, self._on_recovered, self._on_failed, context=self)

    def _on_recovered(self, vault: OpenVault) -> None:
        self.set_busy(False)
        self.key_entry.clear()
        self.unlocked.emit(vault)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(
            describe_error(exc) + " " + self.tr("Please type your new passphrase again.")
        )
        self.key_entry.setFocus()
