"""Add or edit a case. People and contacts are linked to it from the case's page."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.domain.records import Case, CaseKind, CaseStatus, Record
from safecase.gui.editors.date_field import DateField
from safecase.gui.editors.enum_combo import EnumCombo
from safecase.gui.editors.list_field import ListField
from safecase.gui.editors.long_text_field import LongTextField
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.models.records_gateway import RecordsGateway


class CaseEditorDialog(RecordEditorDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        case: Case | None = None,
        parent: QWidget | None = None,
    ) -> None:
        heading = self.tr("Edit case") if case else self.tr("New case")
        super().__init__(gateway, track, heading, editing=case is not None, parent=parent)
        self._original = case
        self.title = QLineEdit(self)
        self.add_field("title", self.tr("&Title"), self.title)
        self.kind = EnumCombo(CaseKind, self.tr("Kind of case"), self)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.status = EnumCombo(CaseStatus, self.tr("Status"), self)
        self.add_field("status", self.tr("&Status"), self.status)
        self.jurisdiction = QLineEdit(self)
        self.jurisdiction.setPlaceholderText(self.tr("Country or court code: PL, ECHR"))
        self.add_field("jurisdiction", self.tr("&Jurisdiction"), self.jurisdiction)
        self.authority = QLineEdit(self)
        self.add_field("authority", self.tr("&Authority"), self.authority)
        self.references = ListField(self.tr("Reference numbers"), self)
        self.add_field(
            "references", self.tr("&References"), self.references, hint=self.tr("One per line")
        )
        self.opened = DateField(self.tr("Opened on"), self)
        self.add_field("opened", self.tr("&Opened"), self.opened)
        self.closed = DateField(self.tr("Closed on"), self)
        self.add_field("closed", self.tr("C&losed"), self.closed)
        self.charges = LongTextField(self.tr("Charges"), self, lines=3)
        self.add_field("charges", self.tr("C&harges"), self.charges)
        self.summary = LongTextField(self.tr("Summary"), self)
        self.add_field("summary", self.tr("S&ummary"), self.summary)
        if case is not None:
            self.title.setText(case.title)
            self.kind.set_value(case.kind)
            self.status.set_value(case.status)
            self.jurisdiction.setText(case.jurisdiction)
            self.authority.setText(case.authority)
            self.references.set_values(case.references)
            self.opened.set_value(case.opened)
            self.closed.set_value(case.closed)
            self.charges.setPlainText(case.charges)
            self.summary.setPlainText(case.summary)
        self.title.setFocus()

    def build_record(self) -> Record:
        case = Case(
            title=self.title.text().strip(),
            kind=CaseKind(self.kind.value() or CaseKind.OTHER),
            status=CaseStatus(self.status.value() or CaseStatus.OPEN),
            jurisdiction=self.jurisdiction.text().strip().upper(),
            authority=self.authority.text().strip(),
            references=self.references.values(),
            opened=self.opened.value(),
            closed=self.closed.value(),
            charges=self.charges.value(),
            summary=self.summary.value(),
        )
        if self._original is not None:
            case.id = self._original.id
        return case
