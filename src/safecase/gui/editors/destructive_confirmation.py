"""The question before anything is deleted or unlinked. Cancel is the default button and the
Escape button, so Enter, Escape or a stray click never destroy anything. Record labels in
the question are shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE


class DestructiveConfirmation(QMessageBox):
    confirmed = Signal()

    def __init__(
        self, question: str, detail: str, action_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(question)
        self.setInformativeText(detail)
        self.action_button = self.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
        self.action_button.setAccessibleName(action_text.replace("&", ""))
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._on_button_clicked)

    def _on_button_clicked(self, button: QAbstractButton) -> None:
        if button is self.action_button:
            self.confirmed.emit()

    def clear_on_lock(self) -> None:
        self.setText("")
        self.setInformativeText("")

    def done(self, result: int) -> None:
        """Closing (by the user or the lock) forgets what was shown."""
        self.clear_on_lock()
        super().done(result)
