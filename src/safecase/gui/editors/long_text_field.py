"""A plain-text box for long text (summaries, note bodies). Never rich text: pasted HTML
arrives as its plain text."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class LongTextField(QPlainTextEdit):
    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, lines: int = 5
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def value(self) -> str:
        return self.toPlainText()
