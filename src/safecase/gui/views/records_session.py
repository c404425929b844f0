"""What the records views of one unlocked session share: the gateway to the services, the
way to open any record (switching section), the search palette, editors, viewers and the
delete question. Built by the first records view of a session; forgotten on lock.

Rules carried here:
- every dialog it opens shows record data, so each is tracked by the lock controller and
  opened with `open()` (a lock closes it; no nested event loop survives a lock);
- after any change, `records_changed` tells every view to reload from SQL;
- dialogs' titles are "SafeCase"; nothing here logs record data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import (
    Case,
    Contact,
    Deadline,
    Event,
    Note,
    Person,
    Record,
    RecordKind,
    label_of,
)
from safecase.gui.editors.case_editor_dialog import CaseEditorDialog
from safecase.gui.editors.contact_editor_dialog import ContactEditorDialog
from safecase.gui.editors.deadline_editor_dialog import DeadlineEditorDialog
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.editors.event_editor_dialog import EventEditorDialog
from safecase.gui.editors.note_editor_dialog import NoteEditorDialog
from safecase.gui.editors.person_editor_dialog import PersonEditorDialog
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog
from safecase.gui.editors.record_history_dialog import RecordHistoryDialog
from safecase.gui.error_text import describe_error
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.reminders.reminder_scheduler import system_zone_name
from safecase.gui.search.search_palette import SEARCH_SHORTCUT, SearchPalette
from safecase.gui.viewers.attachment_viewer_dialog import AttachmentViewerDialog
from safecase.gui.views.view_context import ViewContext
from safecase.services.deadline_rules import RuleService
from safecase.services.reminders import ReminderService

SECTION_OF = {
    RecordKind.PERSON: "people",
    RecordKind.CASE: "cases",
    RecordKind.CONTACT: "contacts",
    RecordKind.DEADLINE: "deadlines",
    RecordKind.NOTE: "notes",
}


class RecordsSession(QObject):
    records_changed = Signal()
    problem = Signal(str)
    """Plain words about something that failed (shown by the current view)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.gateway = RecordsGateway.for_vault(context.vault, context.clock, context.runner)
        self.pages: dict[str, QWidget] = {}
        self.last_dialog: QWidget | None = None
        self._rules: RuleService | None = None
        context.lock.register(self)
        if context.reminders is not None:
            gateway, vault, clock = self.gateway, context.vault, context.clock
            context.reminders.attach(
                ReminderService(vault.conn, gateway.records, clock, system_zone_name()),
                call=gateway.call,
                run=gateway.run,
            )

    @property
    def rules(self) -> RuleService:
        """The deadline rules of this vault, loaded on first use (not at unlock)."""
        if self._rules is None:
            gateway, vault, clock = self.gateway, self.context.vault, self.context.clock
            self._rules = gateway.call(lambda: RuleService(vault.conn, gateway.records, clock))
        return self._rules

    # -- sections --------------------------------------------------------------------------------

    def add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        shortcut = QShortcut(QKeySequence(SEARCH_SHORTCUT), page)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.open_search(page))

    def show_section(self, key: str) -> QWidget | None:
        """Bring a section to the front, keeping the main window's navigation in step."""
        page = self.pages.get(key)
        if page is None:
            return None
        stack = page.parentWidget()
        if isinstance(stack, QStackedWidget):
            index = stack.indexOf(page)
            navigation = page.window().findChild(QListWidget, "navigation")
            if navigation is not None and 0 <= index < navigation.count():
                navigation.setCurrentRow(index)
            else:
                stack.setCurrentWidget(page)
        return page

    def open_record(self, kind: str, record_id: str) -> None:
        """Show any record where it lives: its section, selected, with its details."""
        record_kind = RecordKind(kind)
        if record_kind is RecordKind.ATTACHMENT:
            self.open_attachment(record_id, self._any_page())
            return
        if record_kind is RecordKind.EVENT:
            gateway = self.gateway
            event = gateway.call(lambda: gateway.records.get_typed(record_id, Event))
            if event.case_id is not None:
                self.open_record(RecordKind.CASE.value, event.case_id)
            elif event.person_id is not None:
                self.open_record(RecordKind.PERSON.value, event.person_id)
            return
        page = self.show_section(SECTION_OF[record_kind])
        show = getattr(page, "show_record", None)
        if callable(show):
            show(record_id)

    def _any_page(self) -> QWidget:
        return next(iter(self.pages.values()))

    # -- dialogs ---------------------------------------------------------------------------------

    def track(self, window: QWidget) -> None:
        self.context.lock.track_window(window)
        self.last_dialog = window

    def open_search(self, near: QWidget) -> SearchPalette:
        palette = SearchPalette(self.gateway, near.window())
        palette.record_chosen.connect(self.open_record)
        self.track(palette)
        palette.open()
        return palette

    def load(self, record_id: str) -> Record:
        gateway = self.gateway
        return gateway.call(lambda: gateway.records.get(record_id))

    def open_editor(
        self, kind: RecordKind, record: Record | None, near: QWidget, **prefill: Any
    ) -> RecordEditorDialog:
        """The editor for a record (or a new one of `kind`), tracked and opened."""
        parent = near.window()
        gateway, track = self.gateway, self.track
        editor: RecordEditorDialog
        match kind:
            case RecordKind.PERSON:
                person = record if isinstance(record, Person) else None
                editor = PersonEditorDialog(gateway, track, person, parent)
                editor.existing_person_requested.connect(
                    lambda rid: self.open_record(RecordKind.PERSON.value, rid)
                )
            case RecordKind.CONTACT:
                contact = record if isinstance(record, Contact) else None
                editor = ContactEditorDialog(gateway, track, contact, parent)
            case RecordKind.CASE:
                case = record if isinstance(record, Case) else None
                editor = CaseEditorDialog(gateway, track, case, parent)
            case RecordKind.DEADLINE:
                deadline = record if isinstance(record, Deadline) else None
                editor = DeadlineEditorDialog(gateway, track, deadline, parent, **prefill)
            case RecordKind.NOTE:
                note = record if isinstance(record, Note) else None
                editor = NoteEditorDialog(gateway, track, note, parent, **prefill)
            case RecordKind.EVENT:
                event = record if isinstance(record, Event) else None
                editor = EventEditorDialog(gateway, track, event, parent, **prefill)
            case _:
                raise ValueError("no editor for this kind")
        editor.saved.connect(lambda _rid: self.records_changed.emit())
        if record is None and kind in SECTION_OF and not prefill:
            editor.saved.connect(lambda rid: self.open_record(kind.value, rid))
        self.track(editor)
        editor.open()
        return editor

    def edit_record(self, kind: RecordKind, record_id: str, near: QWidget) -> None:
        if kind is RecordKind.ATTACHMENT:
            self.open_attachment(record_id, near)
            return
        try:
            record = self.load(record_id)
        except RecordNotFound:
            self.records_changed.emit()
            return
        self.open_editor(kind, record, near)

    def open_attachment(self, attachment_id: str, near: QWidget) -> AttachmentViewerDialog:
        viewer = AttachmentViewerDialog(self.gateway, self.track, attachment_id, near.window())
        self.track(viewer)
        viewer.open()
        return viewer

    def open_history(self, record_id: str, near: QWidget) -> RecordHistoryDialog:
        dialog = RecordHistoryDialog(self.gateway, record_id, near.window())
        self.track(dialog)
        dialog.open()
        return dialog

    def confirm_delete(self, record: Record, near: QWidget) -> DestructiveConfirmation:
        box = DestructiveConfirmation(
            self.tr("Move “%s” to the recycle bin?") % label_of(record),
            self.tr(
                "You can bring it back from the recycle bin until you delete it from there "
                "for good."
            ),
            self.tr("&Move to recycle bin"),
            near.window(),
        )
        record_id = record.id
        box.confirmed.connect(lambda: self.delete(record_id))
        self.track(box)
        box.open()
        return box

    def delete(self, record_id: str) -> None:
        gateway = self.gateway
        try:
            gateway.call(lambda: gateway.records.delete(record_id))
        except Exception as exc:  # shown in plain words, never as its text
            self.problem.emit(describe_error(exc))
            return
        self.records_changed.emit()

    def clear_on_lock(self) -> None:
        self.gateway.close()
        self.pages.clear()
        self.last_dialog = None
