"""Says which record something is about ("For: Asylum appeal"), with Choose… and Clear."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import RecordId, RecordKind
from safecase.gui.editors.record_editor_dialog import Track
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.widgets.plain_label import PlainLabel


class RecordRefField(QWidget):
    changed = Signal()

    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        kinds: list[RecordKind],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._track = track
        self._kinds = kinds
        self._value: RecordId | None = None
        self.label = PlainLabel(self.tr("(none)"), self, wrap=False)
        self.label.setAccessibleName(accessible_name)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose %s") % accessible_name)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear %s") % accessible_name)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self.picker: RecordPickerDialog | None = None

    def value(self) -> RecordId | None:
        return self._value

    def set_value(self, record_id: str | None, label: str | None = None) -> None:
        self._value = RecordId(record_id) if record_id else None
        if record_id and label is None:
            gateway = self._gateway
            try:
                label = gateway.call(lambda: gateway.records.meta(record_id).label)
            except RecordNotFound:
                label = self.tr("(a deleted record)")
        self.label.setText(label if record_id and label else self.tr("(none)"))
        self.clear_button.setEnabled(record_id is not None)
        self.changed.emit()

    def _on_choose_button_clicked(self) -> None:
        picker = RecordPickerDialog(
            self._gateway, self._kinds, self.tr("Choose a record"), self.window()
        )
        picker.picked.connect(lambda rid, label, _role: self.set_value(rid, label))
        self._track(picker)
        self.picker = picker
        picker.open()

    def clear_on_lock(self) -> None:
        self._value = None
        self.label.clear()
