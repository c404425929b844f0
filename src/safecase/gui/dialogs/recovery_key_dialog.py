"""Replace the recovery key: the old one stops opening the vault; the new one is shown once
and checked against the user's paper copy, like at first run.

SafeCase never stores the recovery key (only its public half), so it cannot be "shown" again;
the dialog says so and offers a new one. Making one is destructive for the old paper key, so
Cancel is the default.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_check import RecoveryKeyCheck
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services.vault import OpenVault


class RecoveryKeyDialog(VaultDialog):
    def __init__(
        self, vault: OpenVault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Recovery key"),
            self.tr(
                "For your safety, SafeCase does not keep your recovery key, so it cannot show "
                "it again.\n\nIf you have lost the paper, or someone else may have seen it, "
                "make a new recovery key. The old one will then stop opening this vault. "
                "Backups made before now can still be opened with the old key."
            ),
            parent,
        )
        self._vault = vault
        self._runner = runner
        self.key_view = RecoveryKeyView(self)
        self.key_view.hide()
        self.instructions = PlainLabel(
            self.tr(
                "Write the new key on paper by hand, exactly as shown, and keep it somewhere "
                "safe, away from this computer. Destroy the old paper. Do not photograph it, "
                "save it in a file, email it or print it."
            ),
            self,
        )
        self.instructions.hide()
        self.check = RecoveryKeyCheck(self)
        self.check.hide()
        self.content.addWidget(self.key_view)
        self.content.addWidget(self.instructions)
        self.content.addWidget(self.check)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.add_button(
            self.tr("&Make a new recovery key"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.done_button = self.add_button(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.hide()
        self.make_cancel_default(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.done_button.clicked.connect(self.accept)
        self.check.changed.connect(self._on_check_changed)

    def _on_replace_button_clicked(self) -> None:
        self.set_busy(True, self.tr("Making a new recovery key…"))
        self._runner.run(
            self._vault.replace_recovery_key, self._on_replaced, self._on_failed, context=self
        )

    def _on_replaced(self, key: str) -> None:
        self.set_busy(False)
        self.heading.setText(self.tr("Your new recovery key"))
        self.body.setText(
            self.tr(
                "The old recovery key no longer opens this vault. This is the new one. "
                "It is shown only now."
            )
        )
        self.key_view.set_key(key)
        self.check.set_key(key)
        for widget in (self.key_view, self.instructions, self.check, self.done_button):
            widget.show()
        self.cancel_button.hide()
        self.replace_button.hide()
        self.done_button.setEnabled(False)
        self.check.entry.setFocus()

    def _on_check_changed(self) -> None:
        self.done_button.setEnabled(self.check.passed)
        if self.check.passed:
            self.done_button.setDefault(True)

    def _on_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(describe_error(exc) + " " + self.tr("The old key still works."))

    def reject(self) -> None:
        if self.key_view.isVisibleTo(self) and not self.check.passed:
            # The old key is already gone: do not let Escape hide the only copy of the new one.
            return
        super().reject()

    def done(self, result: int) -> None:
        self.key_view.clear()
        self.check.clear()
        super().done(result)
