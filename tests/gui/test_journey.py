"""THE JOURNEY: a caseworker's first day, end to end, through the GUI.

Create a vault with the first-run wizard → the main window → add a person with a Cyrillic
name, a case, a contact, a deadline, a note and a PDF attachment, all through editors,
pickers and a drop → leave an editor, the search palette and the PDF viewer open → idle lock
driven by the FakeClock → NOTHING of the records remains in any widget's text, any model,
any window title or the clipboard → unlock → everything is there → the search palette finds
the person by a Latin spelling ("Yerzhan" → Ержан Жаксылыков).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPointF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDropEvent, QPainter, QPdfWriter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF
from safecase.domain.clock import FakeClock
from safecase.domain.records import RecordKind
from safecase.gui.application import Application
from safecase.gui.editors.case_editor_dialog import CaseEditorDialog
from safecase.gui.editors.contact_editor_dialog import ContactEditorDialog
from safecase.gui.editors.deadline_editor_dialog import DeadlineEditorDialog
from safecase.gui.editors.note_editor_dialog import NoteEditorDialog
from safecase.gui.editors.person_editor_dialog import PersonEditorDialog
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.main_window import MainWindow
from safecase.gui.models.dashboard_snapshot import Bucket
from safecase.gui.search.search_palette import SearchPalette
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.viewers.attachment_viewer_dialog import AttachmentViewerDialog
from safecase.gui.viewers.media_kind import MediaKind
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.contacts_view import ContactsView
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.notes_view import NotesView
from safecase.gui.views.people_view import PeopleView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.records_views import install_records_views, view_of

PASSPHRASE = "quokka lantern thimble harbour violet"
PERSON = "Ержан Жаксылыков"
CASE = "Extradition appeal Qwertyzz"
REFERENCE = "ECHR 4242/24"
CONTACT = "Anna Kowalskazz"
PHONE = "+48 22 555 01 99"
DEADLINE = "Lodge the appeal Zzqx"
NOTE_TITLE = "First meeting Zzqw"
NOTE_BODY = "Fled in March; fears extradition. Canary-note-body-9917"
PDF_NAME = "statement-zzqv.pdf"
FILTER_TEXT = "Жаксы"
CANARIES = (
    "Ержан",
    "Жаксылыков",
    "Жаксы",
    "Qwertyzz",
    "4242/24",
    "Kowalskazz",
    "555 01 99",
    "Zzqx",
    "Zzqw",
    "Canary-note-body",
    "zzqv",
)


@pytest.fixture
def controller(
    app: Application, settings: Settings, clock: FakeClock, tmp_path: Path, qtbot: QtBot
) -> Iterator[SessionController]:
    registry = default_view_registry()
    install_records_views(registry)
    session = SessionController(
        app,
        settings,
        clock=clock,
        registry=registry,
        vault_dir=tmp_path / "vault",
        kdf=FAST_KDF,
        listener=SessionLockListener(),
    )
    session.start(listen=False)
    yield session
    session.shutdown()
    wait_idle(qtbot, session.runner)
    app.removeEventFilter(session.idle)
    for window in (session.main_window, session.unlock_window, session.wizard):
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.close()


# -- steps --------------------------------------------------------------------------------------


def settle(qtbot: QtBot, controller: SessionController) -> None:
    wait_idle(qtbot, controller.runner)
    QApplication.processEvents()
    wait_idle(qtbot, controller.runner)
    QApplication.processEvents()


def create_vault_with_the_wizard(qtbot: QtBot, controller: SessionController) -> None:
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.button(QWizard.WizardButton.NextButton).click()
    form = wizard.passphrase_page.form
    form.passphrase.setText(PASSPHRASE)
    form.confirmation.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS)
    wizard.recovery_key_page.written.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    check = wizard.recovery_check_page.check
    check.entry.setText(check.expected)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def go(main: MainWindow, key: str) -> QWidget:
    main.navigation.setCurrentRow(list(main.pages).index(key))
    return view_of(main.pages[key])


def session_of(main: MainWindow) -> RecordsSession:
    session = getattr(main.pages["dashboard"], "session", None)
    assert isinstance(session, RecordsSession)
    return session


def pick(
    qtbot: QtBot,
    controller: SessionController,
    picker: RecordPickerDialog | None,
    name_filter: str,
    role: str,
) -> None:
    assert isinstance(picker, RecordPickerDialog)
    picker.filter.setText(name_filter)
    picker.apply_filter_now()
    settle(qtbot, controller)
    assert picker.model.rowCount() == 1
    picker.select_row(0)
    picker.role.setText(role)
    picker.choose_button.click()


def make_pdf(path: Path) -> None:
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(QPointF(200, 400), "Witness statement")
    painter.end()


def drop_file(target: QWidget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)  # type: ignore[attr-defined]
    assert event.isAccepted()


def widget_texts(widget: QWidget) -> list[str]:
    texts = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
    if isinstance(widget, QMessageBox):
        texts += [widget.text(), widget.informativeText()]
    return texts


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts: list[str] = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # QListWidget's internal model
        columns = 1
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(index.data(role) or ""))
    return texts


def all_models() -> list[QAbstractItemModel]:
    found: dict[int, QAbstractItemModel] = {}
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found[id(widget.model())] = widget.model()
        for model in widget.findChildren(QAbstractItemModel):
            found[id(model)] = model
    return list(found.values())


def leaks(models: list[QAbstractItemModel]) -> list[str]:
    """Every place a canary still shows: widget texts, titles, models."""
    hits: list[str] = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        for text in widget_texts(widget):
            if any(canary in text for canary in CANARIES):
                chain, parent = [], widget
                while parent is not None:
                    chain.append(type(parent).__name__)
                    parent = parent.parentWidget()
                hits.append(f"{'<'.join(chain)}: {text[:60]}")
    for model in models:
        if not shiboken6.isValid(model):
            continue
        for text in model_texts(model):
            if any(canary in text for canary in CANARIES):
                hits.append(f"{type(model).__name__}: {text[:60]}")
    return hits


# -- the journey ----------------------------------------------------------------------------------


def test_journey(
    qtbot: QtBot,
    controller: SessionController,
    clock: FakeClock,
    tmp_path: Path,
    settings: Settings,
) -> None:
    # 1. First run: the wizard creates the vault and opens the main window.
    create_vault_with_the_wizard(qtbot, controller)
    main = controller.main_window
    assert main is not None and main.isVisible()
    settle(qtbot, controller)
    session = session_of(main)
    dashboard = main.pages["dashboard"]
    assert isinstance(dashboard, DashboardView)
    assert dashboard.welcome.isVisibleTo(dashboard), "a new vault says what to do first"

    # 2. A person with a Cyrillic name, through the editor.
    people = go(main, "people")
    assert isinstance(people, PeopleView)
    people.new_button.click()
    editor = session.last_dialog
    assert isinstance(editor, PersonEditorDialog)
    editor.name.setText(PERSON)
    editor.citizenship.setText("KZ")
    editor.flags.set_values(["detained: extradition request"])
    editor.save_button.click()
    settle(qtbot, controller)
    assert people.current is not None and people.detail.heading.text() == PERSON
    person_id = people.current.id

    # 3. A case, and the person linked to it as the applicant.
    cases = go(main, "cases")
    assert isinstance(cases, CasesView)
    cases.new_button.click()
    case_editor = session.last_dialog
    assert isinstance(case_editor, CaseEditorDialog)
    case_editor.title.setText(CASE)
    case_editor.references.set_values([REFERENCE])
    case_editor.opened.set_value("2024-01-10")
    case_editor.save_button.click()
    settle(qtbot, controller)
    assert cases.current is not None
    case_id = cases.current.id
    cases.people.add_button.click()
    pick(qtbot, controller, cases.people.picker, "Yerzhan", "applicant")
    assert cases.people.linked_ids() == [person_id]

    # 4. A contact, linked to the person as their lawyer.
    contacts = go(main, "contacts")
    assert isinstance(contacts, ContactsView)
    contacts.new_button.click()
    contact_editor = session.last_dialog
    assert isinstance(contact_editor, ContactEditorDialog)
    contact_editor.name.setText(CONTACT)
    contact_editor.phones.set_values([PHONE])
    contact_editor.save_button.click()
    settle(qtbot, controller)
    session.open_record(RecordKind.PERSON.value, person_id)
    settle(qtbot, controller)
    people.contacts.add_button.click()
    pick(qtbot, controller, people.contacts.picker, "Kowalskazz", "lawyer")
    assert people.contacts.list.item(0).text() == f"{CONTACT} — lawyer"

    # 5. A deadline on the case, from its timeline.
    session.open_record(RecordKind.CASE.value, case_id)
    settle(qtbot, controller)
    cases.timeline.add_deadline_button.click()
    deadline_editor = session.last_dialog
    assert isinstance(deadline_editor, DeadlineEditorDialog)
    assert deadline_editor.case.value() == case_id
    deadline_editor.title.setText(DEADLINE)
    deadline_editor.due.set_value((clock.now() + timedelta(days=3)).date().isoformat())
    deadline_editor.save_button.click()
    settle(qtbot, controller)
    assert cases.timeline.model.rowCount() == 1

    # 6. A note about the person, from their timeline.
    session.open_record(RecordKind.PERSON.value, person_id)
    settle(qtbot, controller)
    people.timeline.add_note_button.click()
    note_editor = session.last_dialog
    assert isinstance(note_editor, NoteEditorDialog)
    assert note_editor.target.value() == person_id
    note_editor.title.setText(NOTE_TITLE)
    note_editor.body.setPlainText(NOTE_BODY)
    note_editor.save_button.click()
    settle(qtbot, controller)

    # 7. A PDF attachment, dropped on the person's timeline, then viewed in the app.
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    pdf = incoming / PDF_NAME
    make_pdf(pdf)
    drop_file(people.timeline, pdf)
    settle(qtbot, controller)
    timeline = people.timeline.model
    kinds = [timeline.record_at(row)[0] for row in range(timeline.rowCount())]  # type: ignore[index]
    assert set(kinds) == {RecordKind.NOTE, RecordKind.ATTACHMENT}
    attachment_row = kinds.index(RecordKind.ATTACHMENT)
    people.timeline.table.activated.emit(timeline.index(attachment_row, 0))
    settle(qtbot, controller)
    viewer = session.last_dialog
    assert isinstance(viewer, AttachmentViewerDialog)
    assert viewer.kind is MediaKind.PDF and viewer.pdf_view.page_count == 1

    # The dashboard shows the deadline (next 7 days) and the flag.
    go(main, "dashboard")
    settle(qtbot, controller)
    assert dashboard.lists[Bucket.NEXT_7_DAYS].count() == 1
    assert dashboard.flags.count() == 1

    # Leave things open the way a busy caseworker would: a phone number on the clipboard,
    # a filter typed, an editor with unsaved text, the search palette with a query.
    session.open_record(RecordKind.CONTACT.value, contacts.model.record_id(0) or "")
    settle(qtbot, controller)
    contacts.detail.copy_buttons[0].click()
    assert QApplication.clipboard().text() == PHONE
    people.filter.setText(FILTER_TEXT)
    people.apply_filter()
    session.open_editor(RecordKind.NOTE, None, main, target_id=person_id)
    unsaved = session.last_dialog
    assert isinstance(unsaved, NoteEditorDialog)
    unsaved.body.setPlainText(NOTE_BODY)
    palette = session.open_search(main)
    palette.query.setText("Жаксылыков")
    palette.run_query()
    settle(qtbot, controller)
    assert palette.model.result_count() >= 1
    models = all_models()
    assert leaks(models), "the canary scan must see the records while unlocked"
    assert {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()} == {
        "SafeCase"
    }

    # 8. Idle: the FakeClock moves past the idle limit and the idle monitor locks.
    idle_s = settings.idle_lock_minutes * 60
    clock.advance(timedelta(seconds=idle_s - 1))
    controller.idle.check()
    assert controller.lock.vault is not None
    clock.advance(timedelta(seconds=2))
    controller.idle.tick_timer.timeout.emit()
    assert controller.lock.vault is None
    unlock_window = controller.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert "without use" in unlock_window.reason.text()

    # 9. Nothing of the records remains: straight after the lock, and after deferred deletes.
    assert leaks(models) == []
    assert QApplication.clipboard().text() == ""
    qtbot.wait(20)
    QApplication.processEvents()
    assert leaks(models + all_models()) == []
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [unlock_window]
    assert {w.windowTitle() for w in QApplication.topLevelWidgets()} <= {"SafeCase", ""}

    # 10. Unlock: everything is there.
    unlock_window.passphrase.setText(PASSPHRASE)
    unlock_window.submit()
    settle(qtbot, controller)
    assert controller.lock.vault is not None
    assert main.isVisible()
    settle(qtbot, controller)
    session = session_of(main)
    people = go(main, "people")
    assert isinstance(people, PeopleView)
    settle(qtbot, controller)
    assert people.filter.text() == ""
    assert people.model.rowCount() == 1
    session.open_record(RecordKind.PERSON.value, person_id)
    settle(qtbot, controller)
    assert people.detail.heading.text() == PERSON
    assert people.contacts.list.item(0).text() == f"{CONTACT} — lawyer"
    assert people.cases.linked_ids() == [case_id]
    labels = {
        people.timeline.model.index(r, 2).data() for r in range(people.timeline.model.rowCount())
    }
    assert labels == {NOTE_TITLE, PDF_NAME}
    session.open_record(RecordKind.CASE.value, case_id)
    settle(qtbot, controller)
    cases = view_of(main.pages["cases"])
    assert isinstance(cases, CasesView)
    assert cases.detail.field_texts()["Reference"] == REFERENCE
    assert cases.timeline.model.index(0, 2).data() == DEADLINE
    notes = go(main, "notes")
    assert isinstance(notes, NotesView)
    settle(qtbot, controller)
    assert notes.model.index(0, 0).data() == NOTE_TITLE
    dashboard = go(main, "dashboard")
    assert isinstance(dashboard, DashboardView)
    settle(qtbot, controller)
    assert DEADLINE in dashboard.lists[Bucket.NEXT_7_DAYS].item(0).text()

    # 11. The search palette finds the person by a Latin spelling.
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    QTest.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = session.last_dialog
    assert isinstance(palette, SearchPalette) and palette.isVisible()
    QTest.keyClicks(palette.query, "Yerzhan")
    qtbot.waitUntil(lambda: palette.model.result_count() > 0, timeout=WAIT_MS)
    assert palette.model.record_at(1) == (RecordKind.PERSON, person_id)
    assert palette.model.index(1, 0).data() == PERSON
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    settle(qtbot, controller)
    assert main.current_key() == "people"
    people = view_of(main.pages["people"])
    assert isinstance(people, PeopleView)
    assert people.current is not None and people.current.id == person_id
    assert {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()} == {
        "SafeCase"
    }
