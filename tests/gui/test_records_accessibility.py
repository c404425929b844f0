"""Every interactive control in the records editors, pickers, viewers and the search palette
has an accessible name, and every one of these windows is titled "SafeCase"."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from safecase.domain.records import RecordKind
from safecase.gui.editors.case_editor_dialog import CaseEditorDialog
from safecase.gui.editors.contact_editor_dialog import ContactEditorDialog
from safecase.gui.editors.deadline_editor_dialog import DeadlineEditorDialog
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.editors.event_editor_dialog import EventEditorDialog
from safecase.gui.editors.note_editor_dialog import NoteEditorDialog
from safecase.gui.editors.person_editor_dialog import PersonEditorDialog
from safecase.gui.editors.record_history_dialog import RecordHistoryDialog
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.search.search_palette import SearchPalette
from safecase.gui.viewers.attachment_viewer_dialog import AttachmentViewerDialog
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QAbstractSpinBox,
)


@pytest.fixture
def gateway(records: RecordsService, open_vault: OpenVault) -> RecordsGateway:
    return RecordsGateway(records, SearchService(open_vault.conn))


@pytest.fixture(autouse=True)
def close_windows(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.close()


def unnamed(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        inside_composite = any(
            isinstance(parent, QCalendarWidget | QComboBox | QAbstractSpinBox)
            for parent in _ancestors(widget, window)
        )
        if (
            isinstance(widget, INTERACTIVE)
            and not inside_composite
            and widget.isVisibleTo(window)
            and not widget.accessibleName()
        ):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def builders(gateway: RecordsGateway, records: RecordsService) -> dict[str, Callable[[], QWidget]]:
    person, case, contact = make_person(), make_case(), make_contact()
    for record in (person, case, contact):
        records.create(record)
    deadline, event, note = make_deadline(case_id=case.id), make_event(case_id=case.id), make_note()
    for record in (deadline, event, note):
        records.create(record)
    attachment = records.add_attachment(io.BytesIO(b"hello"), "a.txt", "text/plain", person.id)
    track: list[QWidget] = []
    return {
        "person": lambda: PersonEditorDialog(gateway, track.append, person),
        "new person": lambda: PersonEditorDialog(gateway, track.append),
        "contact": lambda: ContactEditorDialog(gateway, track.append, contact),
        "case": lambda: CaseEditorDialog(gateway, track.append, case),
        "deadline": lambda: DeadlineEditorDialog(gateway, track.append, deadline),
        "event": lambda: EventEditorDialog(gateway, track.append, event),
        "note": lambda: NoteEditorDialog(gateway, track.append, note),
        "picker": lambda: RecordPickerDialog(
            gateway, [RecordKind.PERSON, RecordKind.CASE], "Choose", ask_role=True
        ),
        "history": lambda: RecordHistoryDialog(gateway, person.id),
        "palette": lambda: SearchPalette(gateway),
        "viewer": lambda: AttachmentViewerDialog(gateway, track.append, attachment.id),
        "question": lambda: DestructiveConfirmation("Delete?", "Really.", "&Delete"),
    }


def test_every_control_is_named_and_every_title_is_neutral(
    gateway: RecordsGateway, records: RecordsService
) -> None:
    problems = {}
    for name, build in builders(gateway, records).items():
        window = build()
        window.show()
        QApplication.processEvents()
        missing = unnamed(window)
        if missing:
            problems[name] = missing
        assert window.windowTitle() == "SafeCase", name
        window.close()
    assert problems == {}
