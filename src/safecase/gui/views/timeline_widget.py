"""The timeline of a person or case: events, deadlines, notes and attachments in date order,
with buttons to add each, and files attached by dropping them here or choosing them.
Double-click or Enter opens an item (attachments in the in-app viewer)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.records import Case, RecordKind
from safecase.gui.deadlines.add_from_rule_dialog import AddFromRuleDialog
from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.error_text import describe_error
from safecase.gui.models.timeline_model import TimelineModel
from safecase.gui.viewers.attachment_importer import AttachmentImporter, dropped_files
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.widgets.plain_label import PlainLabel

VISIBLE_ROWS = 8


class TimelineWidget(QWidget):
    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._subject_kind: RecordKind | None = None
        self._subject_id: str | None = None
        self.setAcceptDrops(True)
        self.model = TimelineModel(session.gateway, self)
        session.context.lock.register(self.model)
        self.importer = AttachmentImporter(session.gateway, session.track, self)
        heading = PlainLabel(self.tr("Timeline"), self)
        LabelStyles.section_heading(heading)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS)
        self.table.activated.connect(self._on_table_activated)
        self.empty = PlainLabel(
            self.tr("Nothing here yet. Add an event, a deadline or a note, or drop files here."),
            self,
        )
        LabelStyles.muted(self.empty)
        self.hint = PlainLabel(self.tr("You can also drop files here to attach them."), self)
        self.hint.setObjectName("fieldHint")
        LabelStyles.muted(self.hint)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        buttons = self._build_buttons()
        QWidget.setTabOrder(self.attach_button, self.table)  # Tab: the buttons, then the list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        self.importer.added.connect(lambda _added: session.records_changed.emit())
        self.importer.failed.connect(self._on_importer_failed)

    def _build_buttons(self) -> QHBoxLayout:
        self.add_event_button = self._button(self.tr("Add &event…"), self._on_add_event)
        self.add_deadline_button = self._button(self.tr("Add dead&line…"), self._on_add_deadline)
        self.rule_deadline_button = self._button(
            self.tr("Deadline from a &rule…"), self._on_add_rule_deadline
        )
        self.rule_deadline_button.hide()
        self.add_note_button = self._button(self.tr("Add n&ote…"), self._on_add_note)
        self.attach_button = self._button(self.tr("&Attach files…"), self._on_attach)
        buttons = QHBoxLayout()
        for button in (
            self.add_event_button,
            self.add_deadline_button,
            self.rule_deadline_button,
            self.add_note_button,
            self.attach_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def load(self, kind: RecordKind | None, subject_id: str | None) -> None:
        self._subject_kind = kind if subject_id else None
        self._subject_id = subject_id
        self.rule_deadline_button.setVisible(self._subject_kind is RecordKind.CASE)
        self.problem.hide()
        self.model.load(subject_id)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)

    def _prefill(self) -> dict[str, str | None]:
        if self._subject_kind is RecordKind.CASE:
            return {"case_id": self._subject_id}
        return {"person_id": self._subject_id}

    def _on_add_event(self) -> None:
        if self._subject_id:
            self.session.open_editor(RecordKind.EVENT, None, self, **self._prefill())

    def _on_add_deadline(self) -> None:
        if self._subject_id:
            self.session.open_editor(RecordKind.DEADLINE, None, self, **self._prefill())

    def _on_add_rule_deadline(self) -> None:
        if self._subject_kind is not RecordKind.CASE or not self._subject_id:
            return
        session, case_id = self.session, self._subject_id
        try:
            case = session.gateway.call(lambda: session.gateway.records.get_typed(case_id, Case))
            dialog = AddFromRuleDialog(
                session.rules, case, session.context.clock, self.window(),
                call=session.gateway.call,
            )  # fmt: skip
        except Exception as exc:
            self._on_importer_failed(exc)
            return
        dialog.deadline_saved.connect(lambda _id: session.records_changed.emit())
        session.track(dialog)
        dialog.open()

    def _on_add_note(self) -> None:
        if self._subject_id:
            self.session.open_editor(RecordKind.NOTE, None, self, target_id=self._subject_id)

    def _on_attach(self) -> None:
        if self._subject_id:
            self.importer.choose_files(self._subject_id, self.window())

    def _on_table_activated(self, index: QModelIndex) -> None:
        found = self.model.record_at(index.row())
        if found is not None:
            kind, record_id = found
            self.session.edit_record(kind, record_id, self)

    def _on_importer_failed(self, exc: Exception) -> None:
        self.problem.setText(describe_error(exc))
        self.problem.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._subject_id and dropped_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self._subject_id and files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.importer.add_files(files, self._subject_id)
        else:
            event.ignore()

    def clear_on_lock(self) -> None:
        self._subject_id = None
        self._subject_kind = None
        self.model.clear_on_lock()
        self.problem.clear()
