"""Contacts: lawyers, NGOs, family, authorities. Phone numbers copy through the secret
clipboard; a safety warning ("compromised — do not contact") is shown first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safecase.domain.records import Contact, Record, RecordKind
from safecase.gui.editors.links_panel import LinksPanel
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.records_session import RecordsSession


class ContactsView(RecordListView):
    KIND = RecordKind.CONTACT
    NEW_TEXT = translatable("ContactsView", "&New contact")
    EMPTY_TEXT = translatable(
        "ContactsView",
        "No contacts yet. Press New contact (Ctrl+N) to add a lawyer, an organisation or a "
        "family member, then link them to people and cases.",
    )
    PLACEHOLDER = translatable(
        "ContactsView", "Choose a contact from the list to see how to reach them."
    )

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        track = session.track
        self.people = LinksPanel(
            session.gateway, track, RecordKind.CONTACT, RecordKind.PERSON,
            heading=self.tr("People"), add_text=self.tr("Link to a &person…"), parent=self,
        )  # fmt: skip
        self.cases = LinksPanel(
            session.gateway, track, RecordKind.CONTACT, RecordKind.CASE,
            heading=self.tr("Cases"), add_text=self.tr("Link to a c&ase…"), parent=self,
        )  # fmt: skip
        for section in (self.people, self.cases):
            section.open_requested.connect(session.open_record)
            section.changed.connect(session.records_changed)
            self.detail.add_section(section)

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        assert isinstance(record, Contact)  # noqa: S101 - this view lists contacts
        fields = [DetailField(self.tr("Safety"), record.safety)]
        fields += [DetailField(self.tr("Organisation"), record.organisation)]
        fields += [DetailField(self.tr("Phone"), phone, copyable=True) for phone in record.phones]
        fields += [DetailField(self.tr("E-mail"), email, copyable=True) for email in record.emails]
        fields += [DetailField(self.tr("Messenger"), handle) for handle in record.handles]
        fields += [DetailField(self.tr("Notes"), record.notes)]
        subheading = " · ".join(x for x in (Vocabulary.text(record.kind), record.organisation) if x)
        return record.name, subheading, fields

    def show_sections(self, record: Record | None) -> None:
        subject = record.id if record is not None else None
        self.people.load(subject)
        self.cases.load(subject)

    def clear_on_lock(self) -> None:
        super().clear_on_lock()
        self.people.clear_on_lock()
        self.cases.clear_on_lock()
