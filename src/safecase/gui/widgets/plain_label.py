"""A QLabel that only ever renders plain text.

QLabel guesses "rich text" for anything that looks like HTML, so a record field such as
`<img src=...>` or `<a href=...>` would be rendered, and could load files or show links. Every
label that shows data (or a secret) is a `PlainLabel`: the text format is forced to PlainText
and cannot be changed, and links never open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setWordWrap(wrap)
        self.setText(text)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:
        """Ignored on purpose: this label is plain text, always."""
        super().setTextFormat(Qt.TextFormat.PlainText)
