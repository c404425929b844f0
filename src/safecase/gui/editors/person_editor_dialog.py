"""Add or edit a person, with the duplicate warning when adding someone who may already be
in SafeCase under another spelling (Ержан Жаксылыков / Yerzhan Zhaksylykov)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from safecase.domain.records import Flag, OtherName, Person, Record, Risk
from safecase.gui.editors.enum_combo import EnumCombo
from safecase.gui.editors.list_field import ListField
from safecase.gui.editors.long_text_field import LongTextField
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.services.records import DuplicateCandidate


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class PersonEditorDialog(RecordEditorDialog):
    existing_person_requested = Signal(str)
    """The user chose to open the person the duplicate warning named."""

    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        heading = self.tr("Edit person") if person else self.tr("New person")
        super().__init__(gateway, track, heading, editing=person is not None, parent=parent)
        self._original = person
        self._duplicates: list[DuplicateCandidate] = []
        self._warned_for: str | None = None
        self.name = QLineEdit(self)
        self.add_field("name", self.tr("&Name"), self.name)
        self.other_names = ListField(self.tr("Other spellings and names"), self)
        self.add_field(
            "other_names",
            self.tr("Other &spellings"),
            self.other_names,
            hint=self.tr("One per line: passport spelling, birth name, alias…"),
        )
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.add_field("birth_date", self.tr("&Born"), self.birth_date)
        self.citizenship = QLineEdit(self)
        self.citizenship.setPlaceholderText(self.tr("Country codes, for example: KZ, RU"))
        self.add_field("citizenship", self.tr("&Citizenship"), self.citizenship)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("Country code, for example: PL"))
        self.add_field("country", self.tr("Now in c&ountry"), self.country)
        self.location = QLineEdit(self)
        self.add_field("location", self.tr("&Location"), self.location)
        self.status = QLineEdit(self)
        self.status.setPlaceholderText(self.tr("For example: asylum seeker, detained"))
        self.add_field("status", self.tr("Legal s&tatus"), self.status)
        self.risk = EnumCombo(Risk, self.tr("Risk"), self, optional=True)
        self.add_field("risk", self.tr("&Risk"), self.risk)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("For example: kk, ru"))
        self.add_field("languages", self.tr("Lan&guages"), self.languages)
        self.flags = ListField(self.tr("Flags needing attention"), self)
        self.add_field(
            "flags",
            self.tr("&Flags"),
            self.flags,
            hint=self.tr("One per line, as flag: reason. For example: do not phone: monitored"),
        )
        self.tags = QLineEdit(self)
        self.add_field("tags", self.tr("Ta&gs"), self.tags)
        self.summary = LongTextField(self.tr("Summary"), self)
        self.add_field("summary", self.tr("S&ummary"), self.summary)
        self.open_existing_button = QPushButton(self.tr("Open the existing person"), self)
        self.open_existing_button.setAccessibleName(self.tr("Open the existing person"))
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._on_open_existing_button_clicked)
        self.main_layout.insertWidget(2, self.open_existing_button)
        if person is not None:
            self._fill(person)
        else:
            self.name.editingFinished.connect(self._on_name_editing_finished)
        self.name.setFocus()

    def _fill(self, person: Person) -> None:
        self.name.setText(person.name)
        self.other_names.set_values([other.name for other in person.other_names])
        self.birth_date.setText(person.birth_date or "")
        self.citizenship.setText(", ".join(person.citizenship))
        self.country.setText(person.country)
        self.location.setText(person.location)
        self.status.setText(person.status)
        self.risk.set_value(person.risk)
        self.languages.setText(", ".join(person.languages))
        self.flags.set_values(
            [f"{flag.flag}: {flag.reason}" if flag.reason else flag.flag for flag in person.flags]
        )
        self.tags.setText(", ".join(person.tags))
        self.summary.setPlainText(person.summary)

    def build_record(self) -> Record:
        original = self._original
        kept_names = {o.name: o for o in original.other_names} if original else {}
        other_names = [kept_names.get(name, OtherName(name)) for name in self.other_names.values()]
        kept_flags = {f.flag: f for f in original.flags} if original else {}
        flags = []
        for line in self.flags.values():
            flag, _, reason = line.partition(":")
            since = kept_flags[flag.strip()].since if flag.strip() in kept_flags else None
            flags.append(Flag(flag.strip(), reason.strip(), since))
        risk = self.risk.value()
        person = Person(
            name=self.name.text().strip(),
            other_names=other_names,
            birth_date=self.birth_date.text().strip() or None,
            citizenship=[code.upper() for code in _split(self.citizenship.text())],
            languages=_split(self.languages.text()),
            country=self.country.text().strip().upper(),
            location=self.location.text().strip(),
            status=self.status.text().strip(),
            risk=Risk(risk) if risk else None,
            flags=flags,
            tags=_split(self.tags.text()),
            summary=self.summary.value(),
        )
        if original is not None:
            person.id = original.id
            person.ethnicity = original.ethnicity
        return person

    # -- duplicates ------------------------------------------------------------------------------

    def _find_duplicates(self, person: Person) -> list[DuplicateCandidate]:
        if not person.name.strip():
            return []
        gateway = self.gateway
        return gateway.call(lambda: gateway.records.likely_duplicates(person))

    def _warn(self, candidates: list[DuplicateCandidate]) -> None:
        self._duplicates = candidates
        if not candidates:
            self.show_banner("")
            self.open_existing_button.hide()
            return
        names = ", ".join(c.label for c in candidates[:3])
        self.show_banner(
            self.tr(
                "Someone with a very similar name is already in SafeCase: %s. If this is the "
                "same person, open their page instead. To add a new person anyway, press Save "
                "again."
            )
            % names
        )
        self.open_existing_button.show()

    def _on_name_editing_finished(self) -> None:
        name = self.name.text().strip()
        if not name or name == self._warned_for:
            return
        try:
            candidates = self._find_duplicates(Person(name=name))
        except Exception:  # a failed hint must not disturb typing
            return
        self._warned_for = name if candidates else None
        self._warn(candidates)

    def before_save(self, record: Record) -> bool:
        if self.editing or not isinstance(record, Person):
            return True
        candidates = self._find_duplicates(record)
        if candidates and self._warned_for != record.name:
            self._warned_for = record.name
            self._warn(candidates)
            return False
        return True

    def _on_open_existing_button_clicked(self) -> None:
        if self._duplicates:
            self.existing_person_requested.emit(self._duplicates[0].id)
            self.reject()
