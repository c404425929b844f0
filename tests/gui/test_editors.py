"""Editors for deadlines, notes and events: prefilled links, field errors, reminders in
plain words, and a computed deadline that needs a reason to move."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from factories import make_case, make_deadline, make_event, make_note, make_person
from safecase.domain.records import (
    Deadline,
    DeadlineOrigin,
    Event,
    EventKind,
    Note,
    RecordKind,
)
from safecase.gui.editors.deadline_editor_dialog import (
    DeadlineEditorDialog,
    describe_reminders,
    parse_reminders,
)
from safecase.gui.editors.event_editor_dialog import EventEditorDialog
from safecase.gui.editors.note_editor_dialog import NoteEditorDialog
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault


@pytest.fixture
def gateway(records: RecordsService, open_vault: OpenVault) -> RecordsGateway:
    return RecordsGateway(records, SearchService(open_vault.conn))


@pytest.fixture
def tracked() -> Iterator[list[QWidget]]:
    windows: list[QWidget] = []
    yield windows
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


@pytest.fixture(autouse=True)
def close_editors(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditorDialog) and shiboken6.isValid(widget):
            widget.close()


def test_reminders_in_plain_words() -> None:
    assert parse_reminders("7d, 1d, 12h, 2w, 30m") == ["P7D", "P1D", "PT12H", "P2W", "PT30M"]
    assert parse_reminders("P3D") == ["P3D"]
    assert parse_reminders("") == []
    assert describe_reminders(["P7D", "PT12H", "P2W"]) == "7d, 12h, 2w"


def test_new_deadline_for_a_case(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    case = make_case()
    records.create(case)
    editor = DeadlineEditorDialog(gateway, tracked.append, case_id=case.id)
    editor.show()
    assert editor.case.label.text() == "Asylum appeal (RdU-123/24)"
    editor.title.setText("Appeal")
    editor.due.set_value("2024-13-01")
    editor.save_button.click()
    assert editor.error_text("due") == "Not a real calendar date"
    editor.due.set_value("2024-03-01")
    editor.time.setText("25:00")
    editor.save_button.click()
    assert editor.error_text("time") == "Expected a time as HH:MM (24-hour)"
    editor.time.setText("")
    editor.reminders.setText("7d, soon")
    editor.save_button.click()
    assert editor.error_text("reminders").startswith("Line 2:")
    editor.reminders.setText("7d, 1d")
    editor.tz.set_value("Europe/Warsaw")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    deadline = records.get_typed(saved.args[0], Deadline)
    assert deadline.case_id == case.id
    assert deadline.reminders == ["P7D", "P1D"]
    assert deadline.tz == "Europe/Warsaw"


def test_a_bad_time_zone_is_shown_at_the_field(
    gateway: RecordsGateway, tracked: list[QWidget]
) -> None:
    editor = DeadlineEditorDialog(gateway, tracked.append)
    editor.show()
    editor.title.setText("x")
    editor.due.set_value("2024-03-01")
    editor.tz.setEditText("Mars/Olympus")
    editor.save_button.click()
    assert "time zone" in editor.error_text("tz")


def test_moving_a_computed_deadline_needs_a_reason(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    deadline = make_deadline(origin=DeadlineOrigin.COMPUTED, rule_id="pl.appeal")
    records.create(deadline)
    editor = DeadlineEditorDialog(gateway, tracked.append, deadline)
    editor.show()
    assert editor.override_reason.isEnabled()
    editor.due.set_value("2024-02-20")
    editor.save_button.click()
    assert editor.error_text("override_reason") == "Changing a computed date needs a reason"
    editor.override_reason.setText("Court extended the time limit")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    saved = records.get_typed(deadline.id, Deadline)
    assert (saved.due, saved.computed_due, saved.rule_id) == (
        "2024-02-20",
        "2024-02-15",
        "pl.appeal",
    )


def test_note_about_a_person_chosen_in_the_picker(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    person = make_person()
    records.create(person)
    editor = NoteEditorDialog(gateway, tracked.append)
    editor.show()
    editor.title.setText("Call")
    editor.body.setPlainText("<b>not bold</b> and Ержан")
    editor.target.choose_button.click()
    picker = editor.target.picker
    assert isinstance(picker, RecordPickerDialog)
    assert picker in tracked
    assert picker.kind_combo.isVisibleTo(picker), "notes can be about several kinds"
    picker.filter.setText("Yerzhan")
    assert picker.model.rowCount() == 1
    picker.select_row(0)
    picker.choose_button.click()
    assert editor.target.value() == person.id
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    note = records.get_typed(saved.args[0], Note)
    assert note.target_id == person.id
    assert note.body == "<b>not bold</b> and Ержан"


def test_picker_asks_to_choose_first(
    gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    records.create(make_person())
    picker = RecordPickerDialog(gateway, [RecordKind.PERSON], "Choose")
    tracked.append(picker)
    picker.show()
    picker.choose_button.click()
    assert picker.problem.text() == "Choose one from the list first."


def test_edit_an_event(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    case = make_case()
    records.create(case)
    event = make_event(case_id=case.id)
    records.create(event)
    editor = EventEditorDialog(gateway, tracked.append, event)
    editor.show()
    assert editor.case.value() == case.id
    editor.kind.set_value(EventKind.HEARING)
    editor.date.set_value("2024-02-10")
    editor.time.setText("10:30")
    editor.tz.set_value("Europe/Warsaw")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    saved = records.get_typed(event.id, Event)
    assert (saved.kind, saved.date, saved.time, saved.tz) == (
        EventKind.HEARING,
        "2024-02-10",
        "10:30",
        "Europe/Warsaw",
    )


def test_editor_is_wiped_on_lock(
    gateway: RecordsGateway, records: RecordsService, tracked: list[QWidget]
) -> None:
    note = make_note(body="secret words")
    records.create(note)
    editor = NoteEditorDialog(gateway, tracked.append, note)
    editor.show()
    editor.clear_on_lock()
    assert editor.body.toPlainText() == ""
    assert editor.title.text() == ""


def test_the_date_field_calendar_fills_iso(gateway: RecordsGateway, tracked: list[QWidget]) -> None:
    from PySide6.QtCore import QDate

    editor = EventEditorDialog(gateway, tracked.append)
    editor.show()
    editor.date.calendar.clicked.emit(QDate(2024, 5, 17))
    assert editor.date.value() == "2024-05-17"
