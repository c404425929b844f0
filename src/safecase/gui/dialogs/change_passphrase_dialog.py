"""Change the vault passphrase (the recovery key keeps working)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.new_passphrase_form import NewPassphraseForm
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.vault import KdfParams, OpenVault


class ChangePassphraseDialog(VaultDialog):
    def __init__(
        self,
        vault: OpenVault,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(
            self.tr("Change your passphrase"),
            self.tr(
                "Choose a new passphrase for this vault. From now on, only the new one opens "
                "it. Your recovery key keeps working."
            ),
            parent,
        )
        self._vault = vault
        self._runner = runner
        self._kdf = kdf
        self.current = PassphraseEdit(self.tr("Current passphrase"), self)
        self.current.setPlaceholderText(self.tr("Your current passphrase"))
        self.content.addWidget(PlainLabel(self.tr("Current passphrase:"), self))
        self.content.addWidget(self.current)
        self.form = NewPassphraseForm(self)
        self.content.addWidget(self.form)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.add_button(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.change_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.form.changed.connect(self._update_buttons)
        self.current.textChanged.connect(self._update_buttons)
        self._update_buttons()
        self.current.setFocus()

    def _update_buttons(self) -> None:
        self.change_button.setEnabled(self.form.is_acceptable and bool(self.current.text()))

    def _on_change_button_clicked(self) -> None:
        if not self.form.is_acceptable or not self.current.text():
            return
        current = self.current.take_passphrase()
        secret = self.form.take_passphrase()
        vault, kdf = self._vault, self._kdf

        def change() -> None:
            try:
                vault.change_passphrase(secret, kdf, current=current)
            finally:
                secret[:] = bytes(len(secret))
                current[:] = bytes(len(current))

        self.set_busy(True, self.tr("Protecting the vault with the new passphrase…"))
        self._runner.run(change, self._on_changed, self._on_failed, context=self)

    def _on_changed(self, _result: None) -> None:
        self.set_busy(False)
        self.form.setEnabled(False)
        self.show_message(
            self.tr("Done. Use your new passphrase the next time you unlock SafeCase."),
            error=False,
        )
        self.cancel_button.hide()
        self.change_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(describe_error(exc) + " " + self.tr("Your passphrase was not changed."))
