"""First-run page 6: done, and how locking works."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from safecase.gui.shortcuts import Shortcuts
from safecase.gui.widgets.plain_label import PlainLabel


class FinishedPage(QWizardPage):
    def __init__(self, idle_minutes: int) -> None:
        super().__init__()
        self.setTitle(self.tr("Your vault is ready"))
        text = PlainLabel(
            self.tr(
                "SafeCase locks the vault by itself after %d minutes without use, when the "
                "screen locks, and before the computer goes to sleep.\n\n"
                "Press %s at any time to lock it yourself — for example before you step away "
                "or someone comes to your desk."
            )
            % (idle_minutes, Shortcuts.native(Shortcuts.LOCK)),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
