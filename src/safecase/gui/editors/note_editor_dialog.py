"""Add or edit a note about a person, a case or a contact. Plain text only."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.domain.records import Note, NoteFormat, Record, RecordKind
from safecase.gui.editors.long_text_field import LongTextField
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.editors.record_ref_field import RecordRefField
from safecase.gui.models.records_gateway import RecordsGateway

NOTE_TARGETS = [RecordKind.PERSON, RecordKind.CASE, RecordKind.CONTACT]


class NoteEditorDialog(RecordEditorDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        note: Note | None = None,
        parent: QWidget | None = None,
        *,
        target_id: str | None = None,
    ) -> None:
        heading = self.tr("Edit note") if note else self.tr("New note")
        super().__init__(gateway, track, heading, editing=note is not None, parent=parent)
        self._original = note
        self.title = QLineEdit(self)
        self.add_field("title", self.tr("&Title"), self.title)
        self.target = RecordRefField(gateway, track, NOTE_TARGETS, self.tr("About"), self)
        self.add_field("target_id", self.tr("&About"), self.target)
        self.body = LongTextField(self.tr("Note"), self, lines=12)
        self.add_field("body", self.tr("&Note"), self.body)
        if note is not None:
            self.title.setText(note.title)
            self.target.set_value(note.target_id)
            self.body.setPlainText(note.body)
        else:
            self.target.set_value(target_id)
        self.title.setFocus()

    def build_record(self) -> Record:
        note = Note(
            title=self.title.text().strip(),
            body=self.body.value(),
            target_id=self.target.value(),
        )
        if self._original is not None:
            note.id = self._original.id
            note.format = self._original.format
        else:
            note.format = NoteFormat.PLAIN
        return note
