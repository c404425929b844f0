"""The records sections in a real main window: lists, detail panes (plain text only),
editors with errors at the field, delete with Cancel as default, the recycle bin, links,
timelines, the secret clipboard, and nothing of a record in any window title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from records_harness import RecordsWindow, is_closed, open_records_window, visible_texts

from factories import make_case, make_contact, make_deadline, make_note, make_person
from safecase.domain.clock import FakeClock
from safecase.domain.records import Contact, Person, RecordKind
from safecase.gui.background import BackgroundRunner
from safecase.gui.editors.case_editor_dialog import CaseEditorDialog
from safecase.gui.editors.contact_editor_dialog import ContactEditorDialog
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.editors.person_editor_dialog import PersonEditorDialog
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.settings import Settings
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.contacts_view import ContactsView
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.deadlines_view import DeadlinesView
from safecase.gui.views.notes_view import NotesView
from safecase.gui.views.people_view import PeopleView
from safecase.gui.views.records_views import LazySection
from safecase.gui.views.recycle_bin_view import RecycleBinView
from safecase.gui.widgets.secret_clipboard import KDE_SECRET_HINT, SecretClipboard
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault


@pytest.fixture
def ui(  # noqa: PLR0917 - a fixture takes its dependencies as arguments
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
) -> Iterator[RecordsWindow]:
    harness = open_records_window(qtbot, open_vault, runner, clipboard, settings, clock, icons)
    yield harness
    if not harness.lock.is_locked:
        harness.lock.lock()
    harness.settle()


def test_every_section_is_a_records_view(ui: RecordsWindow) -> None:
    kinds = {
        "dashboard": DashboardView,
        "people": PeopleView,
        "cases": CasesView,
        "contacts": ContactsView,
        "deadlines": DeadlinesView,
        "notes": NotesView,
        "recycle_bin": RecycleBinView,
    }
    assert isinstance(ui.window.pages["dashboard"], DashboardView), "built at unlock"
    for key, page in ui.window.pages.items():
        if key != "dashboard":
            assert isinstance(page, LazySection) and not page.is_built, "built when first shown"
    for key, kind in kinds.items():
        assert isinstance(ui.show(key), kind), key
        assert ui.window.pages[key].isVisible()
    assert ui.window.windowTitle() == "SafeCase"


def test_every_interactive_control_has_an_accessible_name(ui: RecordsWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox

    missing = []
    for key in ui.window.pages:
        ui.show(key)
    for page in ui.window.pages.values():
        for widget in page.findChildren(QWidget):
            interactive = isinstance(
                widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView
            )
            if interactive and not widget.accessibleName() and widget.isVisibleTo(page):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []


def test_people_list_and_plain_text_detail(ui: RecordsWindow, records: RecordsService) -> None:
    person = make_person(name="<b>Bold</b> <img src=x>", summary="<a href='x'>link</a>")
    records.create(person)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    assert people.model.rowCount() == 1
    people.table.selectRow(0)
    assert people.detail.heading.text() == person.name
    assert people.detail.heading.textFormat() == Qt.TextFormat.PlainText
    for label in people.detail.findChildren(QWidget):
        if hasattr(label, "textFormat"):
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert people.detail.field_texts()["Summary"] == person.summary
    assert ui.window.windowTitle() == "SafeCase"


def test_create_person_through_the_editor(ui: RecordsWindow, qtbot: QtBot) -> None:
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.new_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, PersonEditorDialog)
    assert editor.windowTitle() == "SafeCase"
    editor.name.setText("Ержан Жаксылыков")
    editor.other_names.set_values(["Yerzhan Zhaksylykov"])
    editor.citizenship.setText("kz")
    editor.flags.set_values(["detained: extradition request"])
    editor.save_button.click()
    ui.settle()
    assert is_closed(editor)
    assert people.model.rowCount() == 1
    assert people.current is not None and isinstance(people.current, Person)
    assert people.current.citizenship == ["KZ"]
    assert people.current.flags[0].reason == "extradition request"
    assert people.detail.heading.text() == "Ержан Жаксылыков"


def test_validation_is_shown_at_the_field(ui: RecordsWindow) -> None:
    contacts = ui.show("contacts")
    assert isinstance(contacts, ContactsView)
    contacts.new_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, ContactEditorDialog)
    editor.save_button.click()
    assert editor.error_text("name") == "Must not be empty"
    assert editor.isVisible()
    editor.name.setText("Anna Nowak")
    editor.phones.set_values(["+48 22 000 00 00", "call me maybe"])
    editor.save_button.click()
    assert editor.error_text("name") == ""
    assert editor.error_text("phones").startswith("Line 2:")
    assert editor.phones.property("invalid") is True
    assert editor.focusWidget() is editor.phones
    editor.phones.set_values(["+48 22 000 00 00"])
    editor.save_button.click()
    ui.settle()
    assert is_closed(editor)
    assert contacts.model.rowCount() == 1


def test_case_dates_are_checked_at_the_field(ui: RecordsWindow) -> None:
    cases = ui.show("cases")
    assert isinstance(cases, CasesView)
    cases.new_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, CaseEditorDialog)
    editor.title.setText("Appeal")
    editor.opened.set_value("2024-02-30")
    editor.save_button.click()
    assert editor.error_text("opened") == "Not a real calendar date"
    editor.opened.set_value("2024-02-01")
    editor.closed.set_value("2024-01-01")
    editor.save_button.click()
    assert editor.error_text("closed") == "Is before the date the case was opened"


def test_edit_keeps_the_record_and_its_history(ui: RecordsWindow, records: RecordsService) -> None:
    contact = make_contact()
    records.create(contact)
    contacts = ui.show("contacts")
    assert isinstance(contacts, ContactsView)
    contacts.refresh()
    ui.settle()
    contacts.show_record(contact.id)
    contacts.edit_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, ContactEditorDialog)
    editor.organisation.setText("Another Legal Aid")
    editor.save_button.click()
    ui.settle()
    saved = records.get_typed(contact.id, Contact)
    assert saved.organisation == "Another Legal Aid"
    assert saved.phones == contact.phones
    contacts.history_button.click()
    history = ui.session.last_dialog
    assert history is not None
    assert "Another Legal Aid" in history.text.toPlainText()  # type: ignore[attr-defined]


def test_delete_asks_with_cancel_as_default_and_restore_from_the_bin(
    ui: RecordsWindow, records: RecordsService
) -> None:
    person = make_person()
    records.create(person)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    people.show_record(person.id)
    people.delete_button.click()
    box = ui.session.last_dialog
    assert isinstance(box, DestructiveConfirmation)
    assert box.defaultButton() is box.cancel_button
    assert box.escapeButton() is box.cancel_button
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.cancel_button.click()
    ui.settle()
    assert records.meta(person.id).deleted_at is None
    people.delete_button.click()
    box = ui.session.last_dialog
    assert isinstance(box, DestructiveConfirmation)
    box.action_button.click()
    ui.settle()
    assert records.meta(person.id).deleted_at is not None
    assert people.model.rowCount() == 0
    assert people.current is None

    bin_view = ui.show("recycle_bin")
    assert isinstance(bin_view, RecycleBinView)
    ui.settle()
    assert bin_view.model.rowCount() == 1
    bin_view.table.selectRow(0)
    assert bin_view.detail.heading.text() == person.name
    bin_view.restore_button.click()
    ui.settle()
    assert records.meta(person.id).deleted_at is None
    assert bin_view.model.rowCount() == 0
    assert people.model.rowCount() == 1


def test_purge_from_the_bin_defaults_to_cancel(ui: RecordsWindow, records: RecordsService) -> None:
    note = make_note(title="throwaway")
    records.create(note)
    records.delete(note.id)
    bin_view = ui.show("recycle_bin")
    assert isinstance(bin_view, RecycleBinView)
    bin_view.refresh()
    ui.settle()
    bin_view.table.selectRow(0)
    bin_view.purge_button.click()
    box = ui.session.last_dialog
    assert isinstance(box, DestructiveConfirmation)
    assert box.defaultButton() is box.cancel_button
    box.action_button.click()
    ui.settle()
    assert records.recycle_bin() == []


def test_copying_a_phone_number_goes_through_the_secret_clipboard(
    ui: RecordsWindow, records: RecordsService
) -> None:
    contact = make_contact(phones=["+48 22 111 22 33"])
    records.create(contact)
    contacts = ui.show("contacts")
    assert isinstance(contacts, ContactsView)
    contacts.refresh()
    ui.settle()
    contacts.show_record(contact.id)
    assert contacts.detail.copy_buttons
    contacts.detail.copy_buttons[0].click()
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "+48 22 111 22 33"
    assert mime.hasFormat(KDE_SECRET_HINT)
    assert ui.clipboard.holds_our_copy
    ui.lock.lock()
    assert QApplication.clipboard().text() == ""


def test_case_reference_is_copyable(ui: RecordsWindow, records: RecordsService) -> None:
    case = make_case(references=["RdU-123/24"])
    records.create(case)
    cases = ui.show("cases")
    assert isinstance(cases, CasesView)
    cases.refresh()
    ui.settle()
    cases.show_record(case.id)
    cases.detail.copy_buttons[0].click()
    assert QApplication.clipboard().text() == "RdU-123/24"
    assert ui.clipboard.holds_our_copy


def test_link_a_contact_to_a_person_with_a_role(ui: RecordsWindow, records: RecordsService) -> None:
    person, contact = make_person(), make_contact()
    records.create(person)
    records.create(contact)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    people.show_record(person.id)
    people.contacts.add_button.click()
    picker = people.contacts.picker
    assert isinstance(picker, RecordPickerDialog)
    ui.settle()
    assert picker.model.rowCount() == 1
    picker.select_row(0)
    picker.role.setText("lawyer")
    picker.choose_button.click()
    assert [(link.from_id, link.to_id, link.role) for link in records.links_of(person.id)] == [
        (contact.id, person.id, "lawyer")
    ]
    assert people.contacts.list.item(0).text() == f"{contact.name} — lawyer"


def test_link_people_to_a_case(ui: RecordsWindow, records: RecordsService) -> None:
    person, case = make_person(), make_case()
    records.create(person)
    records.create(case)
    cases = ui.show("cases")
    assert isinstance(cases, CasesView)
    cases.refresh()
    ui.settle()
    cases.show_record(case.id)
    cases.people.add_link(person.id, "", "applicant")
    assert records.links_of(case.id)[0].role == "applicant"
    assert cases.people.linked_ids() == [person.id]
    cases.people.list.setCurrentRow(0)
    cases.people.remove_button.click()
    box = cases.people.confirmation
    assert isinstance(box, DestructiveConfirmation)
    assert box.defaultButton() is box.cancel_button
    box.action_button.click()
    assert records.links_of(case.id) == []


def test_timeline_of_a_case(ui: RecordsWindow, records: RecordsService) -> None:
    case = make_case()
    records.create(case)
    records.create(make_deadline(case_id=case.id, due="2024-03-01"))
    records.create(make_note(target_id=case.id))
    cases = ui.show("cases")
    assert isinstance(cases, CasesView)
    cases.refresh()
    ui.settle()
    cases.show_record(case.id)
    timeline = cases.timeline.model
    assert timeline.rowCount() == 2
    kinds = [timeline.record_at(row)[0] for row in range(2)]  # type: ignore[index]
    assert set(kinds) == {RecordKind.DEADLINE, RecordKind.NOTE}


def test_duplicate_person_warning(ui: RecordsWindow, records: RecordsService) -> None:
    existing = make_person()
    records.create(existing)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.new_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, PersonEditorDialog)
    editor.name.setText("Yerzhan Zhaksylykov")
    editor.save_button.click()
    assert "Ержан Жаксылыков" in editor.banner_text()
    assert editor.isVisible(), "the first Save only warns"
    assert len(records.likely_duplicates(make_person(name="Yerzhan Zhaksylykov"))) == 1
    editor.save_button.click()  # "press Save again to add a new person anyway"
    ui.settle()
    assert is_closed(editor)
    assert sum(1 for _ in records.all(RecordKind.PERSON)) == 2


def test_duplicate_warning_can_open_the_existing_person(
    ui: RecordsWindow, records: RecordsService
) -> None:
    existing = make_person()
    records.create(existing)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.new_button.click()
    editor = ui.session.last_dialog
    assert isinstance(editor, PersonEditorDialog)
    editor.name.setText("Yerzhan Zhaksylykov")
    editor.name.editingFinished.emit()
    assert editor.open_existing_button.isVisibleTo(editor)
    editor.open_existing_button.click()
    ui.settle()
    assert people.current is not None and people.current.id == existing.id


def test_deadline_view_marks_done(ui: RecordsWindow, records: RecordsService) -> None:
    case = make_case()
    records.create(case)
    deadline = make_deadline(case_id=case.id)
    records.create(deadline)
    deadlines = ui.show("deadlines")
    assert isinstance(deadlines, DeadlinesView)
    deadlines.refresh()
    ui.settle()
    deadlines.show_record(deadline.id)
    assert deadlines.detail.field_texts()["Case"] == case.title + " (RdU-123/24)"
    deadlines.done_button.click()
    ui.settle()
    assert records.open_deadlines() == []
    deadlines.open_button.click()
    ui.settle()
    assert ui.window.current_key() == "cases"


def test_notes_view_opens_what_a_note_is_about(ui: RecordsWindow, records: RecordsService) -> None:
    person = make_person()
    records.create(person)
    note = make_note(target_id=person.id, body="line one\n<script>x</script>")
    records.create(note)
    notes = ui.show("notes")
    assert isinstance(notes, NotesView)
    notes.refresh()
    ui.settle()
    assert notes.model.index(0, 1).data() == person.name
    notes.show_record(note.id)
    assert notes.detail.field_texts()["Note"] == note.body
    notes.about_button.click()
    ui.settle()
    assert ui.window.current_key() == "people"


def test_lock_empties_every_records_view(ui: RecordsWindow, records: RecordsService) -> None:
    canary = "Canaryname Zzyzx"
    person = make_person(name=canary)
    records.create(person)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    people.show_record(person.id)
    people.filter.setText("Canary")
    assert any(canary in text for text in visible_texts(ui.window))
    pages = list(ui.window.pages.values())
    session = ui.session
    ui.lock.lock()
    for page in pages:
        assert not any("Canary" in text for text in visible_texts(page)), type(page).__name__
    assert people.model.rowCount() == 0
    assert not session.gateway.is_open
    assert ui.window.windowTitle() == "SafeCase"


def test_escape_on_the_question_keeps_the_record(
    ui: RecordsWindow, records: RecordsService
) -> None:
    person = make_person()
    records.create(person)
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    people.show_record(person.id)
    people.delete_button.click()
    box = ui.session.last_dialog
    assert isinstance(box, QMessageBox)
    from PySide6.QtTest import QTest

    QTest.keyClick(box, Qt.Key.Key_Return)
    ui.settle()
    assert records.meta(person.id).deleted_at is None


def test_dropping_a_file_on_a_timeline_attaches_it(
    ui: RecordsWindow, records: RecordsService, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    person = make_person()
    records.create(person)
    source = tmp_path / "scan.txt"
    source.write_text("scan", encoding="utf-8")
    people = ui.show("people")
    assert isinstance(people, PeopleView)
    people.refresh()
    ui.settle()
    people.show_record(person.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    people.timeline.dropEvent(event)
    assert event.isAccepted()
    ui.settle()
    assert people.timeline.model.rowCount() == 1
    assert people.timeline.model.index(0, 2).data() == "scan.txt"
    people.timeline.table.selectRow(0)
    people.timeline.table.activated.emit(people.timeline.model.index(0, 0))
    ui.settle()
    viewer = ui.session.last_dialog
    from safecase.gui.viewers.attachment_viewer_dialog import AttachmentViewerDialog

    assert isinstance(viewer, AttachmentViewerDialog)
    assert viewer.text_view.toPlainText() == "scan"
