"""First-run page 2: choose the passphrase (refuses guessable ones)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage

from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.widgets.new_passphrase_form import NewPassphraseForm
from safecase.gui.widgets.plain_label import PlainLabel


class PassphrasePage(QWizardPage):
    def __init__(self, state: CreateVaultState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Choose a passphrase"))
        advice = PlainLabel(
            self.tr(
                "Your passphrase is the key to the vault. A good one is four or more unrelated "
                "words that you can remember, with spaces between them if you like. Avoid "
                "names, dates, and anything connected to you or your work.\n\n"
                "Nobody can reset it for you. In a moment you will also get a recovery key, "
                "for the day you forget it."
            ),
            self,
        )
        self.form = NewPassphraseForm(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(advice)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.form.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

    def initializePage(self) -> None:
        self.form.passphrase.setFocus()

    def isComplete(self) -> bool:
        return self.form.is_acceptable

    def validatePage(self) -> bool:
        if not self.form.is_acceptable:
            return False
        self._state.forget_passphrase()
        self._state.passphrase = self.form.take_passphrase()
        return True
