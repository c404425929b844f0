"""Views an attachment inside SafeCase, from memory: images, PDF and plain text. Other kinds
can only be saved as a copy, after a warning. Closing (or the lock) drops the bytes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.records import Attachment
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.editors.record_editor_dialog import Track
from safecase.gui.error_text import describe_error
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.viewers.image_view import ImageView
from safecase.gui.viewers.media_kind import MediaKind
from safecase.gui.viewers.pdf_view import PdfView
from safecase.gui.viewers.save_copy_flow import SaveCopyFlow
from safecase.gui.viewers.text_view import TextView
from safecase.gui.widgets.plain_label import PlainLabel


class AttachmentViewerDialog(QDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        attachment_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 760)
        self._gateway = gateway
        self._track = track
        self._data = b""
        self.kind = MediaKind.OTHER
        self.attachment = gateway.call(lambda: gateway.records.get_typed(attachment_id, Attachment))
        self.name = PlainLabel(self.attachment.file_name, self)
        self.name.setObjectName("heading")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Opening the file"))
        self.stack = QStackedWidget(self)
        self.image_view = ImageView(self)
        self.pdf_view = PdfView(self)
        self.text_view = TextView(self)
        self.unsupported = PlainLabel(
            self.tr(
                "SafeCase cannot show this kind of file inside the app. It stays safe in the "
                "vault. If you need to open it in another program, use Save a copy… — the copy "
                "will not be encrypted."
            ),
            self,
        )
        self.unsupported.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.image_view, self.pdf_view, self.text_view, self.unsupported):
            self.stack.addWidget(widget)
        self.message = PlainLabel(parent=self)
        self.message.setObjectName("errorMessage")
        self.message.hide()
        buttons = QDialogButtonBox(self)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_copy_button.setAccessibleName(self.tr("Save an unencrypted copy"))
        self.save_copy_button.setEnabled(False)
        buttons.addButton(self.save_copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.save_copy_button.clicked.connect(self._on_save_copy_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.save_flow: SaveCopyFlow | None = None
        gateway.run(
            lambda: gateway.records.attachment_bytes(attachment_id),
            self._on_loaded,
            self._on_failed,
            context=self,
        )

    @property
    def loaded(self) -> bool:
        return not self.busy.isVisible() and bool(self._data or self.kind is not MediaKind.OTHER)

    def _on_loaded(self, data: bytes) -> None:
        self.busy.hide()
        self._data = data
        self.kind = MediaKind.detect(self.attachment.media_type, data)
        shown = False
        if self.kind is MediaKind.IMAGE:
            shown = self.image_view.set_data(data)
            self.stack.setCurrentWidget(self.image_view)
        elif self.kind is MediaKind.PDF:
            shown = self.pdf_view.set_data(data)
            self.stack.setCurrentWidget(self.pdf_view)
        elif self.kind is MediaKind.TEXT:
            shown = self.text_view.set_data(data)
            self.stack.setCurrentWidget(self.text_view)
        if not shown:
            self.kind = MediaKind.OTHER
            self.stack.setCurrentWidget(self.unsupported)
        self.save_copy_button.setEnabled(True)

    def _on_failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.message.setText(describe_error(exc))
        self.message.show()

    def _on_save_copy_button_clicked(self) -> None:
        flow = SaveCopyFlow(self._data, self.attachment.file_name, self._track, self)
        flow.saved.connect(lambda _path: self._say(self.tr("A copy was saved.")))
        flow.failed.connect(lambda exc: self._say(describe_error(exc)))
        self.save_flow = flow
        flow.start()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def clear_on_lock(self) -> None:
        self._data = b""
        if self.save_flow is not None:
            self.save_flow.forget()
        self.image_view.clear()
        self.pdf_view.clear()
        self.text_view.clear()
        self.name.clear()

    def done(self, result: int) -> None:
        self.clear_on_lock()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear_on_lock()
        super().closeEvent(event)
