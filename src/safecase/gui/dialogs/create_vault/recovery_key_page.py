"""First-run page 4: the recovery key, shown once, with instructions to write it down."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWizardPage

from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView


class RecoveryKeyPage(QWizardPage):
    def __init__(self, state: CreateVaultState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Write down your recovery key"))
        intro = PlainLabel(
            self.tr(
                "If you ever forget your passphrase, this recovery key is the only way back "
                "into your vault. SafeCase shows it only now and does not keep a copy."
            ),
            self,
        )
        self.key_view = RecoveryKeyView(self)
        steps = PlainLabel(
            self.tr(
                "1.  Write it on paper by hand, exactly as shown. The groups of four make it "
                "easier.\n"
                "2.  Keep the paper somewhere safe, away from this computer.\n"
                "3.  Do not photograph it, save it in a file, email it or print it: phones, "
                "printers and online services keep copies.\n\n"
                "Anyone who has this key can open your vault."
            ),
            self,
        )
        self.written = QCheckBox(self.tr("I have written the recovery key on paper"), self)
        self.written.setAccessibleName(self.tr("I have written the recovery key on paper"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.key_view)
        layout.addSpacing(6)
        layout.addWidget(steps)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.written.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.key_view.set_key(self._state.recovery_key)

    def isComplete(self) -> bool:
        return self.written.isChecked()
