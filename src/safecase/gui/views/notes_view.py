"""Notes: what was said and done, each about a person, a case or a contact. Plain text."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import Note, Record, RecordKind
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.records_session import RecordsSession


class NotesView(RecordListView):
    KIND = RecordKind.NOTE
    NEW_TEXT = translatable("NotesView", "&New note")
    EMPTY_TEXT = translatable(
        "NotesView",
        "No notes yet. Add a note from a person's or a case's page (Add note…), or press "
        "New note (Ctrl+N).",
    )
    PLACEHOLDER = translatable("NotesView", "Choose a note from the list to read it.")

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.about_button = QPushButton(self.tr("Open what it is &about"), self)
        self.about_button.setAccessibleName(self.tr("Open what the note is about"))
        self.about_button.clicked.connect(self._on_about_button_clicked)
        self.detail.add_action(self.about_button)

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        assert isinstance(record, Note)  # noqa: S101 - this view lists notes
        about = ""
        if record.target_id is not None:
            gateway, target = self.gateway, record.target_id
            try:
                about = gateway.call(lambda: gateway.records.meta(target).label)
            except RecordNotFound:
                about = ""
        subheading = self.tr("About %s") % about if about else ""
        return record.title, subheading, [DetailField(self.tr("Note"), record.body)]

    def show_sections(self, record: Record | None) -> None:
        self.about_button.setEnabled(isinstance(record, Note) and record.target_id is not None)

    def _on_about_button_clicked(self) -> None:
        record = self.current
        if not isinstance(record, Note) or record.target_id is None:
            return
        gateway, target = self.gateway, record.target_id
        try:
            kind = gateway.call(lambda: gateway.records.meta(target).kind)
        except RecordNotFound:
            return
        self.session.open_record(kind.value, target)
