"""A calm placeholder page: an icon, a heading and one or two sentences."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from safecase.gui.icon_library import IconLibrary
from safecase.gui.widgets.plain_label import PlainLabel

ICON_SIZE = 64
COLUMN_WIDTH = 480


class EmptyStateView(QWidget):
    def __init__(
        self, icons: IconLibrary, icon: str, heading: str, body: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        column = QWidget(self)
        column.setMaximumWidth(COLUMN_WIDTH)
        self._icon = QLabel(column)
        self._icon.setPixmap(icons.pixmap(icon, QSize(ICON_SIZE, ICON_SIZE), muted=True))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._heading = PlainLabel(heading, column)
        self._heading.setObjectName("emptyStateHeading")
        self._heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = PlainLabel(body, column)
        self._body.setObjectName("emptyStateBody")
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(self._icon)
        inner.addSpacing(4)
        inner.addWidget(self._heading)
        inner.addWidget(self._body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def heading(self) -> str:
        return self._heading.text()

    def body(self) -> str:
        return self._body.text()

    def clear_on_lock(self) -> None:
        """Holds no record data; nothing to forget."""
