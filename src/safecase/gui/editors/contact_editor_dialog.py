"""Add or edit a contact: lawyers, NGOs, family, authorities…"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.domain.records import Contact, ContactKind, Record
from safecase.gui.editors.enum_combo import EnumCombo
from safecase.gui.editors.list_field import ListField
from safecase.gui.editors.long_text_field import LongTextField
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.models.records_gateway import RecordsGateway


class ContactEditorDialog(RecordEditorDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        heading = self.tr("Edit contact") if contact else self.tr("New contact")
        super().__init__(gateway, track, heading, editing=contact is not None, parent=parent)
        self._original = contact
        self.name = QLineEdit(self)
        self.add_field("name", self.tr("&Name"), self.name)
        self.kind = EnumCombo(ContactKind, self.tr("Kind of contact"), self)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.organisation = QLineEdit(self)
        self.add_field("organisation", self.tr("&Organisation"), self.organisation)
        self.phones = ListField(self.tr("Phone numbers"), self)
        self.add_field("phones", self.tr("&Phones"), self.phones, hint=self.tr("One per line"))
        self.emails = ListField(self.tr("E-mail addresses"), self)
        self.add_field("emails", self.tr("&E-mails"), self.emails, hint=self.tr("One per line"))
        self.handles = ListField(self.tr("Messenger handles"), self)
        self.add_field(
            "handles",
            self.tr("&Messengers"),
            self.handles,
            hint=self.tr("One per line, for example: Signal: +48 …"),
        )
        self.safety = QLineEdit(self)
        self.safety.setPlaceholderText(self.tr("For example: compromised — do not contact"))
        self.add_field("safety", self.tr("&Safety"), self.safety)
        self.notes = LongTextField(self.tr("Notes"), self)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        if contact is not None:
            self.name.setText(contact.name)
            self.kind.set_value(contact.kind)
            self.organisation.setText(contact.organisation)
            self.phones.set_values(contact.phones)
            self.emails.set_values(contact.emails)
            self.handles.set_values(contact.handles)
            self.safety.setText(contact.safety)
            self.notes.setPlainText(contact.notes)
        self.name.setFocus()

    def build_record(self) -> Record:
        contact = Contact(
            name=self.name.text().strip(),
            kind=ContactKind(self.kind.value() or ContactKind.OTHER),
            organisation=self.organisation.text().strip(),
            phones=self.phones.values(),
            emails=self.emails.values(),
            handles=self.handles.values(),
            safety=self.safety.text().strip(),
            notes=self.notes.value(),
        )
        if self._original is not None:
            contact.id = self._original.id
        return contact
