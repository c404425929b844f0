"""First-run page 5: type part of the recovery key back from the paper."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_check import RecoveryKeyCheck


class RecoveryCheckPage(QWizardPage):
    def __init__(
        self, state: CreateVaultState, choose: Callable[[int], int] = secrets.randbelow
    ) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Check your paper copy"))
        intro = PlainLabel(
            self.tr(
                "A small mistake in the copy could lock you out one day, so let's check it. "
                "If it does not match, press Back to see the key again."
            ),
            self,
        )
        self.check = RecoveryKeyCheck(self, choose=choose)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.check)
        layout.addStretch(1)
        self.check.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.check.set_key(self._state.recovery_key)
        self.check.entry.setFocus()

    def isComplete(self) -> bool:
        return self.check.passed
