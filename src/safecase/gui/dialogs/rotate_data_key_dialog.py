"""Replace the data key after a suspected compromise (re-encrypts the whole vault).

Destructive and slow, so: Cancel is the default, the passphrase is asked again, and the work
runs off the GUI thread with a busy indicator.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.caps_lock_warning import CapsLockWarning
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.services.vault import OpenVault


class RotateDataKeyDialog(VaultDialog):
    def __init__(
        self, vault: OpenVault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Replace the data key"),
            self.tr(
                "Do this if you think someone may have copied the vault's files, for example "
                "from a backup or a seized computer. SafeCase re-encrypts everything with a new "
                "key, so copies of the old key file can no longer open the vault.\n\n"
                "This can take a few minutes for a large vault. Keep the computer on until it "
                "is done. Your passphrase and recovery key stay the same."
            ),
            parent,
        )
        self._vault = vault
        self._runner = runner
        self.passphrase = PassphraseEdit(self.tr("Passphrase"), self)
        caps = CapsLockWarning(self)
        caps.watch(self.passphrase)
        form = QFormLayout()
        form.addRow(self.tr("Type your &passphrase to confirm:"), self.passphrase)
        form.addRow("", caps)
        self.content.addLayout(form)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.rotate_button = self.add_button(
            self.tr("&Replace the data key"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.close_button = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.make_cancel_default(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)
        self.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.passphrase.textChanged.connect(lambda text: self.rotate_button.setEnabled(bool(text)))
        self.rotate_button.setEnabled(False)

    def _on_rotate_button_clicked(self) -> None:
        if not self.passphrase.text():
            return
        secret = self.passphrase.take_passphrase()
        vault = self._vault

        def rotate() -> None:
            try:
                vault.rotate_data_key(secret)
            finally:
                secret[:] = bytes(len(secret))

        self.set_busy(True, self.tr("Re-encrypting the vault with a new key…"))
        self._runner.run(rotate, self._on_rotated, self._on_failed, context=self)

    def _on_rotated(self, _result: None) -> None:
        self.set_busy(False)
        self.passphrase.setEnabled(False)
        self.show_message(
            self.tr(
                "Done. The vault now uses a new data key. If someone may also know your "
                "passphrase, change it now too (Vault menu, Change passphrase)."
            ),
            error=False,
        )
        self.cancel_button.hide()
        self.rotate_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(describe_error(exc) + " " + self.tr("The data key was not replaced."))
        self.passphrase.setFocus()
