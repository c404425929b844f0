"""Deadlines: every deadline, soonest first, with its case or person and how it was set."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import Deadline, DeadlineOrigin, DeadlineStatus, Record, RecordKind
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.records_session import RecordsSession


class DeadlinesView(RecordListView):
    KIND = RecordKind.DEADLINE
    NEW_TEXT = translatable("DeadlinesView", "&New deadline")
    EMPTY_TEXT = translatable(
        "DeadlinesView",
        "No deadlines yet. Add them from a case's page (Add deadline…), or press New "
        "deadline (Ctrl+N). The dashboard shows what is due soon.",
    )
    PLACEHOLDER = translatable(
        "DeadlinesView", "Choose a deadline from the list to see its details."
    )

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model.sort(1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.done_button = QPushButton(self.tr("Mark as &done"), self)
        self.done_button.setAccessibleName(self.tr("Mark as done"))
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.open_button = QPushButton(self.tr("&Open its case"), self)
        self.open_button.setAccessibleName(self.tr("Open its case or person"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.detail.add_action(self.done_button)
        self.detail.add_action(self.open_button)

    def _label(self, record_id: str | None) -> str:
        if record_id is None:
            return ""
        gateway = self.gateway
        try:
            return gateway.call(lambda: gateway.records.meta(record_id).label)
        except RecordNotFound:
            return ""

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        assert isinstance(record, Deadline)  # noqa: S101 - this view lists deadlines
        due = DateDisplay.civil(record.due)
        if record.time:
            due += " " + DateDisplay.time(record.time)
        origin = self.tr("Computed by a rule") if record.origin is DeadlineOrigin.COMPUTED else ""
        fields = [
            DetailField(self.tr("Due"), due, f"{record.due} {record.time or ''}".strip()),
            DetailField(self.tr("Time zone"), record.tz),
            DetailField(self.tr("Status"), Vocabulary.text(record.status)),
            DetailField(self.tr("Case"), self._label(record.case_id)),
            DetailField(self.tr("Person"), self._label(record.person_id)),
            DetailField(self.tr("Reminders"), ", ".join(record.reminders)),
            DetailField(self.tr("How it was set"), origin),
            DetailField(self.tr("Why it was moved"), record.override_reason or ""),
            DetailField(self.tr("Rule steps"), "\n".join(record.trace)),
        ]
        return record.title, self.tr("Due %s") % due, fields

    def show_sections(self, record: Record | None) -> None:
        is_open = isinstance(record, Deadline) and record.status is DeadlineStatus.OPEN
        self.done_button.setEnabled(is_open)
        linked = isinstance(record, Deadline) and bool(record.case_id or record.person_id)
        self.open_button.setEnabled(linked)

    def _on_done_button_clicked(self) -> None:
        record = self.current
        if not isinstance(record, Deadline):
            return
        record.status = DeadlineStatus.DONE
        gateway = self.gateway
        gateway.call(lambda: gateway.records.update(record))
        self.session.records_changed.emit()

    def _on_open_button_clicked(self) -> None:
        record = self.current
        if not isinstance(record, Deadline):
            return
        if record.case_id:
            self.session.open_record(RecordKind.CASE.value, record.case_id)
        elif record.person_id:
            self.session.open_record(RecordKind.PERSON.value, record.person_id)
