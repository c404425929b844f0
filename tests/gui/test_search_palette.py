"""The search palette: type-ahead with a debounce, results grouped by kind, arrow keys skip
the group headings, Enter opens the record; Ctrl+K opens it from any section; the lock
closes and empties it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from records_harness import RecordsWindow, open_records_window

from factories import make_case, make_contact, make_note, make_person
from safecase.domain.clock import FakeClock
from safecase.domain.records import RecordKind
from safecase.gui.background import BackgroundRunner
from safecase.gui.icon_library import IconLibrary
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.search_results_model import IS_HEADING_ROLE
from safecase.gui.search.search_palette import DEBOUNCE_MS, SearchPalette
from safecase.gui.settings import Settings
from safecase.gui.views.people_view import PeopleView
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault


@pytest.fixture
def gateway(records: RecordsService, open_vault: OpenVault) -> RecordsGateway:
    return RecordsGateway(records, SearchService(open_vault.conn))


@pytest.fixture
def palette(qtbot: QtBot, gateway: RecordsGateway) -> Iterator[SearchPalette]:
    palette = SearchPalette(gateway)
    palette.show()
    qtbot.waitExposed(palette)
    yield palette
    if shiboken6.isValid(palette):
        palette.close()


def fill(records: RecordsService) -> dict[str, str]:
    person = make_person()
    case = make_case(title="Zhaksylykov v. Poland", references=["ECHR 123/24"])
    contact = make_contact(name="Anna Nowak", notes="Lawyer of Zhaksylykov")
    note = make_note(title="Call", body="Zhaksylykov called from detention")
    for record in (person, case, contact, note):
        records.create(record)
    return {"person": person.id, "case": case.id, "contact": contact.id, "note": note.id}


def test_type_ahead_groups_results_by_kind(
    qtbot: QtBot, palette: SearchPalette, records: RecordsService
) -> None:
    ids = fill(records)
    QTest.keyClicks(palette.query, "Zhaksyl")
    assert palette.model.rowCount() == 0, "waits for the debounce"
    qtbot.waitUntil(lambda: palette.model.result_count() > 0, timeout=DEBOUNCE_MS * 20)
    groups = palette.model.groups()
    assert groups[0] is RecordKind.PERSON
    assert set(groups) >= {RecordKind.PERSON, RecordKind.CASE, RecordKind.CONTACT, RecordKind.NOTE}
    assert palette.model.index(0, 0).data() == "People"
    assert palette.model.index(0, 0).data(IS_HEADING_ROLE) is True
    assert palette.model.record_at(1) == (RecordKind.PERSON, ids["person"])
    assert palette.results.currentIndex().row() == 1
    assert palette.windowTitle() == "SafeCase"


def test_one_query_per_pause_in_typing(
    qtbot: QtBot, palette: SearchPalette, records: RecordsService
) -> None:
    fill(records)
    QTest.keyClicks(palette.query, "Zhaksylykov")
    qtbot.waitUntil(lambda: palette.model.result_count() > 0, timeout=DEBOUNCE_MS * 20)
    assert palette.query_number == 1


def test_latin_spelling_finds_the_cyrillic_name(
    qtbot: QtBot, palette: SearchPalette, records: RecordsService
) -> None:
    ids = fill(records)
    palette.query.setText("Yerzhan")
    palette.run_query()
    assert palette.model.record_at(1) == (RecordKind.PERSON, ids["person"])
    assert palette.model.index(1, 0).data() == "Ержан Жаксылыков"


def test_arrows_skip_headings_and_enter_opens(
    qtbot: QtBot, palette: SearchPalette, records: RecordsService
) -> None:
    ids = fill(records)
    palette.query.setText("Zhaksylykov")
    palette.run_query()
    assert palette.results.currentIndex().row() == 1
    QTest.keyClick(palette.query, Qt.Key.Key_Down)
    row = palette.results.currentIndex().row()
    assert row == 3, "row 2 is the Cases heading"
    assert palette.model.record_at(row) == (RecordKind.CASE, ids["case"])
    QTest.keyClick(palette.query, Qt.Key.Key_Up)
    assert palette.results.currentIndex().row() == 1
    with qtbot.waitSignal(palette.record_chosen) as chosen:
        QTest.keyClick(palette.query, Qt.Key.Key_Return)
    assert chosen.args == [RecordKind.PERSON.value, ids["person"]]


def test_enter_while_typing_opens_the_best_match(
    qtbot: QtBot, palette: SearchPalette, records: RecordsService
) -> None:
    ids = fill(records)
    with qtbot.waitSignal(palette.record_chosen) as chosen:
        QTest.keyClicks(palette.query, "Yerzhan")
        QTest.keyClick(palette.query, Qt.Key.Key_Return)
    assert chosen.args == [RecordKind.PERSON.value, ids["person"]]


def test_nothing_found_says_so(palette: SearchPalette, records: RecordsService) -> None:
    fill(records)
    palette.query.setText("qqqxxyy")
    palette.run_query()
    assert palette.model.result_count() == 0
    assert "Nothing found" in palette.status.text()


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


def test_ctrl_k_opens_the_palette_and_enter_shows_the_record(
    qtbot: QtBot, ui: RecordsWindow, records: RecordsService
) -> None:
    ids = fill(records)
    ui.show("cases")
    ui.window.activateWindow()
    qtbot.waitUntil(ui.window.isActiveWindow)
    QTest.keyClick(ui.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = ui.session.last_dialog
    assert isinstance(palette, SearchPalette)
    assert palette.isVisible()
    palette.query.setText("Yerzhan")
    palette.run_query()
    ui.settle()
    qtbot.waitUntil(lambda: palette.model.result_count() > 0)
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    ui.settle()
    assert ui.window.current_key() == "people"
    people = ui.page("people", PeopleView)
    assert people.current is not None and people.current.id == ids["person"]


def test_the_lock_closes_and_empties_the_palette(
    ui: RecordsWindow, records: RecordsService
) -> None:
    fill(records)
    palette = ui.session.open_search(ui.window)
    palette.query.setText("Zhaksylykov")
    palette.run_query()
    ui.settle()
    assert palette.model.result_count() > 0
    model = palette.model
    ui.lock.lock()
    assert model.rowCount() == 0
    assert not shiboken6.isValid(palette) or not palette.isVisible()
