"""Cases: each with its people, contacts, references (copyable) and timeline."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safecase.domain.records import Case, Record, RecordKind
from safecase.gui.editors.links_panel import LinksPanel
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.timeline_widget import TimelineWidget


class CasesView(RecordListView):
    KIND = RecordKind.CASE
    NEW_TEXT = translatable("CasesView", "&New case")
    EMPTY_TEXT = translatable(
        "CasesView",
        "No cases yet. Press New case (Ctrl+N) to add one, then add the people it concerns "
        "and its deadlines from the case's page.",
    )
    PLACEHOLDER = translatable(
        "CasesView", "Choose a case from the list to see its people, deadlines and timeline."
    )

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        track = session.track
        self.people = LinksPanel(
            session.gateway, track, RecordKind.CASE, RecordKind.PERSON,
            heading=self.tr("People"), add_text=self.tr("Add a &person…"), parent=self,
        )  # fmt: skip
        self.contacts = LinksPanel(
            session.gateway, track, RecordKind.CASE, RecordKind.CONTACT,
            heading=self.tr("Contacts"), add_text=self.tr("Add a &contact…"), parent=self,
        )  # fmt: skip
        self.timeline = TimelineWidget(session, self)
        for section in (self.people, self.contacts):
            section.open_requested.connect(session.open_record)
            section.changed.connect(session.records_changed)
            self.detail.add_section(section)
        self.detail.add_section(self.timeline)

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        assert isinstance(record, Case)  # noqa: S101 - this view lists cases
        fields = [
            DetailField(self.tr("Kind"), Vocabulary.text(record.kind)),
            DetailField(self.tr("Status"), Vocabulary.text(record.status)),
            DetailField(self.tr("Jurisdiction"), record.jurisdiction),
            DetailField(self.tr("Authority"), record.authority),
        ]
        fields += [
            DetailField(self.tr("Reference"), reference, copyable=True)
            for reference in record.references
        ]
        fields += [
            DetailField(self.tr("Opened"), DateDisplay.civil(record.opened), record.opened or ""),
            DetailField(self.tr("Closed"), DateDisplay.civil(record.closed), record.closed or ""),
            DetailField(self.tr("Charges"), record.charges),
            DetailField(self.tr("Summary"), record.summary),
        ]
        subheading = " · ".join(
            x for x in (Vocabulary.text(record.kind), Vocabulary.text(record.status)) if x
        )
        return record.title, subheading, fields

    def show_sections(self, record: Record | None) -> None:
        subject = record.id if record is not None else None
        self.people.load(subject)
        self.contacts.load(subject)
        self.timeline.load(RecordKind.CASE, subject)

    def clear_on_lock(self) -> None:
        super().clear_on_lock()
        for section in (self.people, self.contacts, self.timeline):
            section.clear_on_lock()
