"""The frame every record editor shares: a form, errors shown AT the field, Save and Cancel.

Rules carried here:
- the window title is "SafeCase", never the record;
- the editor is opened with `open()` and tracked by the lock controller (the caller does
  both), so a lock closes it; `clear_on_lock()` also wipes every input;
- a `ValidationError` from the core is shown under the field it names, the field is marked
  invalid (also for screen readers) and gets the focus; nothing is saved;
- other failures are shown in plain words (`describe_error`), never as exception text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.errors import ValidationError
from safecase.domain.records import Record
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.editors.field_error import FieldError
from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.error_text import describe_error
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.widgets.plain_label import PlainLabel

Track = Callable[[QWidget], None]
"""`LockController.track_window`: a window that must close when SafeCase locks."""


class RecordEditorDialog(QDialog):
    saved = Signal(str)
    """The id of the record just saved."""

    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        heading: str,
        *,
        editing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.gateway = gateway
        self.track = track
        self.editing = editing
        self._fields: dict[str, tuple[QWidget, PlainLabel]] = {}
        self.heading = PlainLabel(heading, self)
        self.heading.setObjectName("heading")
        self.banner = PlainLabel(parent=self)
        self.banner.setObjectName("warningBanner")
        self.banner.setAccessibleName(self.tr("Warning"))
        self.banner.hide()
        self.message = PlainLabel(parent=self)
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        form_host = QWidget(self)
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Shortcuts.SAVE), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.main_layout = layout
        self.resize(640, 640)

    # -- building the form ---------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget, *, hint: str = "") -> QWidget:
        """A row: the label, the widget and (hidden) the error under it."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = PlainLabel(hint, holder)
            hint_label.setObjectName("fieldHint")
            LabelStyles.muted(hint_label)
            column.addWidget(hint_label)
        error = PlainLabel(parent=holder)
        error.setObjectName("fieldError")
        LabelStyles.problem(error)
        error.setAccessibleName(self.tr("Problem with %s") % label.replace("&", ""))
        error.hide()
        column.addWidget(error)
        caption = PlainLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        self.form.addRow(caption, holder)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        self._fields[key] = (widget, error)
        return widget

    def field(self, key: str) -> QWidget:
        return self._fields[key][0]

    def error_text(self, key: str) -> str:
        """The problem shown at a field ("" when none)."""
        error = self._fields[key][1]
        return error.text() if error.isVisibleTo(self) else ""

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    # -- errors ----------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for widget, error in self._fields.values():
            error.clear()
            error.hide()
            self._mark(widget, "")
        self.message.hide()

    def show_field_error(self, problem: ValidationError) -> None:
        found = FieldError.of(problem)
        if found.key not in self._fields:
            self.show_message(found.message)
            return
        widget, error = self._fields[found.key]
        error.setText(found.message)
        error.show()
        self._mark(widget, found.message)
        (widget.focusProxy() or widget).setFocus()

    @staticmethod
    def _mark(widget: QWidget, problem: str) -> None:
        target = widget.focusProxy() or widget
        target.setProperty("invalid", bool(problem))
        target.setAccessibleDescription(problem)
        target.style().unpolish(target)
        target.style().polish(target)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- saving ----------------------------------------------------------------------------------

    def build_record(self) -> Record:
        """The record as the form now describes it (may raise `ValidationError`)."""
        raise NotImplementedError

    def before_save(self, record: Record) -> bool:
        """A last check (the duplicate warning); False stops the save."""
        return True

    def persist(self, record: Record) -> None:
        """Write the record (runs under the store lock)."""
        records = self.gateway.records
        if self.editing:
            records.update(record)
        else:
            records.create(record)

    def save(self) -> None:
        self.clear_errors()
        try:
            record = self.build_record()
            if not self.before_save(record):
                return
            self.gateway.call(lambda: self.persist(record))
        except ValidationError as problem:
            self.show_field_error(problem)
            return
        except Exception as exc:  # shown in plain words, never as its text
            self.show_message(describe_error(exc))
            return
        self.saved.emit(str(record.id))
        self.accept()

    def clear_on_lock(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QPlainTextEdit):
            text.clear()
        for combo in self.findChildren(QComboBox):
            if combo.isEditable():
                combo.clearEditText()
        for child in self.findChildren(QWidget):
            forget = getattr(child, "clear_on_lock", None)
            if callable(forget):
                forget()  # record pickers' labels ("About: …") and the like
        self.banner.clear()
        self.message.clear()

    def done(self, result: int) -> None:
        """Closing (by the user or the lock) forgets what was shown."""
        self.clear_on_lock()
        super().done(result)
