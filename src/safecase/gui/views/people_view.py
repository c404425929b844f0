"""People: the people a caseworker works with and for. The detail shows who they are, their
flags, linked contacts and cases, and their timeline."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safecase.domain.records import Person, Record, RecordKind
from safecase.gui.editors.links_panel import LinksPanel
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.timeline_widget import TimelineWidget


class PeopleView(RecordListView):
    KIND = RecordKind.PERSON
    NEW_TEXT = translatable("PeopleView", "&New person")
    EMPTY_TEXT = translatable(
        "PeopleView",
        "No people yet. Press New person (Ctrl+N) to add the first person you work with. "
        "Everything you enter stays encrypted on this computer.",
    )
    PLACEHOLDER = translatable(
        "PeopleView", "Choose a person from the list to see their details and timeline."
    )

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        track = session.track
        self.contacts = LinksPanel(
            session.gateway, track, RecordKind.PERSON, RecordKind.CONTACT,
            heading=self.tr("Contacts"), add_text=self.tr("Add a &contact…"), parent=self,
        )  # fmt: skip
        self.cases = LinksPanel(
            session.gateway, track, RecordKind.PERSON, RecordKind.CASE,
            heading=self.tr("Cases"), add_text=self.tr("Add to a c&ase…"), parent=self,
        )  # fmt: skip
        self.timeline = TimelineWidget(session, self)
        for section in (self.contacts, self.cases):
            section.open_requested.connect(session.open_record)
            section.changed.connect(session.records_changed)
            self.detail.add_section(section)
        self.detail.add_section(self.timeline)

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        assert isinstance(record, Person)  # noqa: S101 - this view lists people
        others = ", ".join(other.name for other in record.other_names)
        flags = "\n".join(
            f"{flag.flag}: {flag.reason}" if flag.reason else flag.flag for flag in record.flags
        )
        risk = Vocabulary.text(record.risk)
        fields = [
            DetailField(self.tr("Other spellings"), others),
            DetailField(
                self.tr("Born"),
                DateDisplay.civil(record.birth_date),
                record.birth_date or "",
            ),
            DetailField(self.tr("Citizenship"), ", ".join(record.citizenship)),
            DetailField(
                self.tr("Now in"), ", ".join(x for x in (record.location, record.country) if x)
            ),
            DetailField(self.tr("Legal status"), record.status),
            DetailField(self.tr("Flags"), flags),
            DetailField(self.tr("Languages"), ", ".join(record.languages)),
            DetailField(self.tr("Tags"), ", ".join(record.tags)),
            DetailField(self.tr("Summary"), record.summary),
        ]
        subheading = self.tr("Risk: %s") % risk if risk else ""
        return record.name, subheading, fields

    def show_sections(self, record: Record | None) -> None:
        subject = record.id if record is not None else None
        self.contacts.load(subject)
        self.cases.load(subject)
        self.timeline.load(RecordKind.PERSON, subject)

    def clear_on_lock(self) -> None:
        super().clear_on_lock()
        for section in (self.contacts, self.cases, self.timeline):
            section.clear_on_lock()
