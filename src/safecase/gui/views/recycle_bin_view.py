"""The recycle bin: deleted records wait here. Restore brings one back; Delete forever
removes it for good after a question whose default is Cancel."""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import BinEntry, Record
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.error_text import describe_error
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.recycle_bin_model import RecycleBinModel
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.views.record_detail_pane import DetailField, RecordDetailPane
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.widgets.plain_label import PlainLabel

_HIDDEN_FIELDS = {"id", "sha256", "trigger", "trace", "target_id", "case_id", "person_id",
                  "trigger_event_id"}  # fmt: skip


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return Vocabulary.text(value)
    if isinstance(value, list):
        return "\n".join(_plain(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return " · ".join(_plain(v) for v in dataclasses.asdict(value).values() if v)
    return str(value)


def describe_any(record: Record) -> list[DetailField]:
    """Every filled field of any record, as plain text (the bin shows all kinds)."""
    fields = []
    for field in dataclasses.fields(record):
        if field.name in _HIDDEN_FIELDS:
            continue
        text = _plain(getattr(record, field.name))
        if text:
            caption = field.name.replace("_", " ").capitalize()
            fields.append(DetailField(QCoreApplication.translate("RecordFields", caption), text))
    return fields


class RecycleBinView(QWidget):
    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.gateway = session.gateway
        self.current: BinEntry | None = None
        self.model = RecycleBinModel(session.gateway, self)
        session.context.lock.register(self.model)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete &forever…"), self)
        self.purge_button.setAccessibleName(self.tr("Delete forever"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.restore_button)
        toolbar.addWidget(self.purge_button)
        toolbar.addStretch(1)
        self.table = self._build_table()
        self.empty = PlainLabel(
            self.tr(
                "The recycle bin is empty. When you delete something, it waits here so you "
                "can bring it back."
            ),
            self,
        )
        self.empty.setObjectName("emptyStateBody")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.detail = RecordDetailPane(
            session.context.clipboard,
            self.tr("Choose a deleted record to see what it held."),
            self,
        )
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_model_reset)
        session.records_changed.connect(self.refresh)
        self._update_buttons()
        self.model.reload()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        table.setAccessibleName(self.tr("Deleted records"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setWordWrap(False)
        table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().resizeSection(0, 260)
        return table

    def refresh(self) -> None:
        self.current = None
        self.detail.clear()
        self._update_buttons()
        self.model.reload()

    def _on_model_reset(self) -> None:
        self.list_stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        entry = self.model.entry(indexes[0].row()) if indexes else None
        self.show_entry(entry)

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def show_entry(self, entry: BinEntry | None) -> None:
        self.current = entry
        self._update_buttons()
        if entry is None:
            self.detail.clear()
            return
        try:
            record = self.session.load(entry.id)
        except RecordNotFound:
            self.detail.clear()
            return
        subheading = self.tr("%s, deleted %s") % (
            Vocabulary.kind(entry.kind),
            DateDisplay.timestamp(entry.deleted_at),
        )
        self.detail.show_record(entry.label, subheading, describe_any(record))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.current is not None)
        self.purge_button.setEnabled(self.current is not None)

    def _on_restore_button_clicked(self) -> None:
        entry = self.current
        if entry is None:
            return
        gateway = self.gateway
        try:
            gateway.call(lambda: gateway.records.restore(entry.id))
        except Exception as exc:  # shown in plain words, never as its text
            self._say(describe_error(exc))
            return
        self.session.records_changed.emit()

    def _on_purge_button_clicked(self) -> None:
        entry = self.current
        if entry is None:
            return
        box = DestructiveConfirmation(
            self.tr("Delete “%s” forever?") % entry.label,
            self.tr("This cannot be undone. Its history and links are deleted with it."),
            self.tr("&Delete forever"),
            self.window(),
        )
        box.confirmed.connect(lambda: self.purge(entry.id))
        self.session.track(box)
        box.open()

    def purge(self, record_id: str) -> None:
        gateway = self.gateway
        try:
            gateway.call(lambda: gateway.records.purge(record_id))
        except Exception as exc:  # shown in plain words, never as its text
            self._say(describe_error(exc))
            return
        self.session.records_changed.emit()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def clear_on_lock(self) -> None:
        self.current = None
        self.model.clear_on_lock()
        self.detail.clear()
        self.problem.clear()
