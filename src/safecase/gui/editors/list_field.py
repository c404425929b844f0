"""A short multi-line text box holding one item per line (phones, e-mails, references…)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QWidget

VISIBLE_LINES = 3


class ListField(QPlainTextEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        line = QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(line * VISIBLE_LINES + 2 * self.frameWidth() + 10)

    def values(self) -> list[str]:
        """The non-empty lines, trimmed."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_values(self, values: list[str]) -> None:
        self.setPlainText("\n".join(values))
