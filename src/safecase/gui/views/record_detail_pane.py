"""The right-hand side of a list: one record's fields as PLAIN TEXT, copy buttons for phone
numbers and references (through the secret clipboard), and sections added by the view
(links, timeline). Empty until a record is chosen; emptied on lock."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.secret_clipboard import SecretClipboard

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


@dataclass(frozen=True, slots=True)
class DetailField:
    caption: str
    value: str
    tooltip: str = ""
    copyable: bool = False
    """Phone numbers and references get a Copy button (secret clipboard, cleared in 30 s)."""


class RecordDetailPane(QScrollArea):
    def __init__(
        self, clipboard: SecretClipboard, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Details"))
        self._clipboard = clipboard
        host = QWidget(self)
        self.heading = PlainLabel(parent=host)
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(SELECTABLE)
        self.subheading = PlainLabel(parent=host)
        LabelStyles.muted(self.subheading)
        self.placeholder = PlainLabel(placeholder, host)
        LabelStyles.muted(self.placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action_row = QHBoxLayout()
        self.fields_host = QWidget(host)
        self.form = QFormLayout(self.fields_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(16)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self.action_row)
        layout.addWidget(self.fields_host)
        layout.addLayout(self.sections)
        layout.addStretch(1)
        self.setWidget(host)
        self.copy_buttons: list[QPushButton] = []
        self._section_widgets: list[QWidget] = []
        self._showing = False
        self.clear()

    @property
    def showing(self) -> bool:
        return self._showing

    def add_action(self, button: QPushButton) -> None:
        self.action_row.addWidget(button)

    def add_section(self, widget: QWidget) -> None:
        self.sections.addWidget(widget)
        self._section_widgets.append(widget)
        widget.setVisible(self._showing)

    def show_record(self, heading: str, subheading: str, fields: list[DetailField]) -> None:
        self._clear_fields()
        self.heading.setText(heading)
        self.subheading.setText(subheading)
        self.subheading.setVisible(bool(subheading))
        for field in fields:
            if not field.value:
                continue
            value = PlainLabel(field.value, self.fields_host)
            value.setTextInteractionFlags(SELECTABLE)
            value.setAccessibleName(field.caption)
            if field.tooltip:
                value.setToolTip(field.tooltip)
            caption = PlainLabel(field.caption, self.fields_host)
            caption.setObjectName("fieldCaption")
            LabelStyles.muted(caption)
            if field.copyable:
                row = QWidget(self.fields_host)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(value, 1)
                copy = QPushButton(self.tr("Copy"), row)
                copy.setAccessibleName(self.tr("Copy %s") % field.caption)
                copy.setToolTip(self.tr("Copies it for 30 seconds, hidden from clipboard history"))
                text = field.value
                copy.clicked.connect(lambda _checked=False, t=text: self._clipboard.copy(t))
                line.addWidget(copy)
                self.copy_buttons.append(copy)
                self.form.addRow(caption, row)
            else:
                self.form.addRow(caption, value)
        self._order_copy_buttons()
        self._set_showing(True)

    def _order_copy_buttons(self) -> None:
        """Tab reaches the copy buttons where they are shown: after the actions, before the
        sections (they are made for each record, so they would otherwise come last)."""
        previous: QWidget = self
        for index in range(self.action_row.count()):
            item = self.action_row.itemAt(index)
            action = item.widget() if item is not None else None
            if action is not None:
                previous = action
        for button in self.copy_buttons:
            QWidget.setTabOrder(previous, button)
            previous = button

    def _set_showing(self, showing: bool) -> None:
        self._showing = showing
        self.placeholder.setVisible(not showing)
        for widget in (self.heading, self.fields_host, *self._section_widgets):
            widget.setVisible(showing)
        for index in range(self.action_row.count()):
            item = self.action_row.itemAt(index)
            action = item.widget() if item is not None else None
            if action is not None:
                action.setVisible(showing)
        if not showing:
            self.subheading.hide()

    def _clear_fields(self) -> None:
        self.copy_buttons.clear()
        while self.form.rowCount():
            self.form.removeRow(0)

    def field_texts(self) -> dict[str, str]:
        """Caption → value of the fields shown (for tests and accessibility checks)."""
        texts: dict[str, str] = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            caption = label.widget()
            widget = field.widget()
            if not isinstance(caption, PlainLabel) or widget is None:
                continue
            value = widget if isinstance(widget, PlainLabel) else widget.findChild(PlainLabel)
            if isinstance(value, PlainLabel):
                texts[caption.text()] = value.text()
        return texts

    def clear(self) -> None:
        self._clear_fields()
        self.heading.clear()
        self.subheading.clear()
        self._set_showing(False)
