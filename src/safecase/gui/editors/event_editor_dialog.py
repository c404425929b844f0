"""Add or edit an event on a timeline: detained, hearing, decision served…"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.domain.records import Event, EventKind, Record, RecordKind
from safecase.gui.editors.date_field import DateField
from safecase.gui.editors.enum_combo import EnumCombo
from safecase.gui.editors.long_text_field import LongTextField
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.editors.record_ref_field import RecordRefField
from safecase.gui.editors.time_zone_combo import TimeZoneCombo, system_zone
from safecase.gui.models.records_gateway import RecordsGateway


class EventEditorDialog(RecordEditorDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        event: Event | None = None,
        parent: QWidget | None = None,
        *,
        case_id: str | None = None,
        person_id: str | None = None,
    ) -> None:
        heading = self.tr("Edit event") if event else self.tr("New event")
        super().__init__(gateway, track, heading, editing=event is not None, parent=parent)
        self._original = event
        self.kind = EnumCombo(EventKind, self.tr("What happened"), self)
        self.add_field("kind", self.tr("&What happened"), self.kind)
        self.date = DateField(self.tr("Date"), self)
        self.add_field("date", self.tr("&Date"), self.date)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time.setMaxLength(5)
        self.add_field("time", self.tr("T&ime"), self.time)
        self.tz = TimeZoneCombo(self.tr("Time zone"), self)
        self.add_field("tz", self.tr("Time &zone"), self.tz)
        self.case = RecordRefField(gateway, track, [RecordKind.CASE], self.tr("Case"), self)
        self.add_field("case_id", self.tr("&Case"), self.case)
        self.person = RecordRefField(gateway, track, [RecordKind.PERSON], self.tr("Person"), self)
        self.add_field("person_id", self.tr("&Person"), self.person)
        self.summary = LongTextField(self.tr("Summary"), self)
        self.add_field("summary", self.tr("&Summary"), self.summary)
        if event is not None:
            self.kind.set_value(event.kind)
            self.date.set_value(event.date)
            self.time.setText(event.time or "")
            self.tz.set_value(event.tz or system_zone())
            self.case.set_value(event.case_id)
            self.person.set_value(event.person_id)
            self.summary.setPlainText(event.summary)
        else:
            self.tz.set_value(system_zone())
            self.case.set_value(case_id)
            self.person.set_value(person_id)
        self.kind.setFocus()

    def build_record(self) -> Record:
        time = self.time.text().strip() or None
        event = Event(
            date=self.date.value() or "",
            kind=EventKind(self.kind.value() or EventKind.OTHER),
            time=time,
            tz=self.tz.value() if time else None,
            case_id=self.case.value(),
            person_id=self.person.value(),
            summary=self.summary.value(),
        )
        if self._original is not None:
            event.id = self._original.id
        return event
