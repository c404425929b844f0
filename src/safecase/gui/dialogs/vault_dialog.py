"""The common frame of SafeCase's dialogs: neutral title, heading, explanation, a busy row,
a message area and a button row.

Rules carried here:
- the window title is always "SafeCase" (titles appear in task switchers, screenshots and
  window lists: never a name, a case or a count);
- while a background task runs, the dialog cannot be dismissed (the task's result must land
  somewhere), except by the lock, which closes it for good;
- destructive dialogs call `make_cancel_default()`: Enter and a stray click both mean Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safecase.gui.widgets.plain_label import PlainLabel

WINDOW_TITLE = "SafeCase"


class VaultDialog(QDialog):
    def __init__(self, heading: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self._busy = False
        self.heading = PlainLabel(heading, self)
        self.heading.setObjectName("heading")
        self.body = PlainLabel(body, self)
        self.body.setObjectName("body")
        self.content = QVBoxLayout()
        self.content.setSpacing(10)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName(self.tr("Working"))
        self._progress.setMaximumHeight(10)
        self._status = PlainLabel(parent=self)
        self._status.setObjectName("status")
        busy_row = QHBoxLayout()
        busy_row.addWidget(self._progress, 1)
        busy_row.addWidget(self._status, 2)
        self._progress.hide()
        self._status.hide()
        self.message = PlainLabel(parent=self)
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(self.content)
        layout.addLayout(busy_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self._busy

    def add_button(
        self, text: str, role: QDialogButtonBox.ButtonRole, accessible_name: str | None = None
    ) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(accessible_name or text.replace("&", ""))
        return button

    def add_standard_button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.addButton(which)
        button.setIcon(QIcon())  # some styles add alarming red icons to Cancel and Close
        button.setAccessibleName(button.text().replace("&", ""))
        return button

    def make_cancel_default(self, cancel: QPushButton) -> None:
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        cancel.setAutoDefault(True)
        cancel.setDefault(True)
        cancel.setFocus()

    def set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        self._progress.setVisible(busy)
        self._status.setText(status)
        self._status.setVisible(busy and bool(status))
        self.buttons.setEnabled(not busy)
        if busy:
            self.message.hide()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
        self.fit_to_content()

    def fit_to_content(self) -> None:
        """Grow (never shrink) to show wrapped text that appeared after the dialog opened."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(width, needed)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def force_close(self) -> None:
        """For the lock: close even while busy (the late result is then dropped)."""
        self._busy = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
