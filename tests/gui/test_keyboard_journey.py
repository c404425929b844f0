"""The first day again, with the keyboard only: no clicks, no calls on widgets, only keys sent
to whatever has the focus (Tab, Shift+Tab, Enter, Space, arrows, typing, and SafeCase's
shortcuts), the way someone who cannot use a mouse works.

First run (welcome → passphrase → recovery key → check → done) → a person (Ctrl+2, Ctrl+N,
Ctrl+S) → a case linked to the person through the picker → a deadline from the case's
timeline → the dashboard shows it (Ctrl+1) → search finds the person (Ctrl+K) → the shortcuts
list (F1, Escape) → lock (Ctrl+L) → unlock by typing the passphrase and Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF
from safecase.domain.clock import FakeClock
from safecase.domain.records import Case, Deadline, Person
from safecase.gui.application import Application
from safecase.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.main_window import MainWindow
from safecase.gui.models.dashboard_snapshot import Bucket
from safecase.gui.search.search_palette import SearchPalette
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.people_view import PeopleView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.records_views import install_records_views, view_of

PASSPHRASE = "walnut meadow lantern orbit"
PERSON = "Айгерим Сейтова"
CASE = "Asylum appeal Keyboard"
DEADLINE = "File the appeal Keyboard"
Mod = Qt.KeyboardModifier


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


class Keyboard:
    """Sends keys to the focused widget, as a keyboard does, and waits for the app to settle."""

    def __init__(self, qtbot: QtBot, controller: SessionController) -> None:
        self.qtbot = qtbot
        self.controller = controller

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def settle(self) -> None:
        wait_idle(self.qtbot, self.controller.runner)
        QApplication.processEvents()
        wait_idle(self.qtbot, self.controller.runner)
        QApplication.processEvents()

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifiers)
        self.settle()

    def type(self, text: str) -> None:
        """Type text. Letters outside ASCII (Cyrillic) arrive as a keyboard layout sends
        them: key events that carry the text (QTest's own typing only knows ASCII)."""
        for char in text:
            widget = self.focused()
            if char.isascii():
                QTest.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Mod.NoModifier, char))
        self.settle()

    def tab_to(self, wanted: Callable[[QWidget], bool], *, limit: int = 60) -> QWidget:
        """Press Tab until the focus is on the wanted widget."""
        for _ in range(limit):
            if wanted(self.focused()):
                return self.focused()
            self.press(Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached the widget")

    def back_to(self, window: QWidget) -> None:
        """A dialog closed: the window manager activates the window below it again (the
        offscreen platform has no window manager, so the test does that part)."""
        if not window.isActiveWindow():
            window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)

    def wait_for_window(self, kind: type[QWidget]) -> QWidget:
        """Until a window of this kind is active (a dialog just opened by a key)."""
        self.qtbot.waitUntil(
            lambda: (
                isinstance(QApplication.activeWindow(), kind)
                and QApplication.focusWidget() is not None
            ),
            timeout=WAIT_MS,
        )
        window = QApplication.activeWindow()
        assert isinstance(window, kind)
        return window


def button_named(text: str) -> Callable[[QWidget], bool]:
    return lambda widget: isinstance(widget, QAbstractButton) and widget.text() == text


def test_first_day_with_the_keyboard_only(
    qtbot: QtBot, controller: SessionController, clock: FakeClock
) -> None:
    keys = Keyboard(qtbot, controller)

    # First run. The welcome page puts the focus on Next: Enter goes on.
    wizard = controller.wizard
    assert wizard is not None
    keys.wait_for_window(type(wizard))
    keys.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page
    # The passphrase field has the focus; Tab goes to the second field.
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is wizard.passphrase_page.form.confirmation
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)  # "Create the vault"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS)
    # Tick "I have written the recovery key on paper" with Space, then Enter.
    keys.tab_to(lambda w: w is wizard.recovery_key_page.written)
    keys.press(Qt.Key.Key_Space)
    assert wizard.recovery_key_page.written.isChecked()
    keys.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.recovery_check_page
    # Type the groups asked for, as read from the paper.
    check = wizard.recovery_check_page.check
    assert keys.focused() is check.entry
    keys.type(check.expected)
    keys.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.finished_page
    keys.press(Qt.Key.Key_Return)  # Finish

    main = keys.wait_for_window(MainWindow)
    assert isinstance(main, MainWindow) and main is controller.main_window
    assert controller.lock.vault is not None

    # A person: Ctrl+2 goes to People, Ctrl+N opens a new person, Ctrl+S saves.
    keys.press(Qt.Key.Key_2, Mod.ControlModifier)
    assert main.current_key() == "people"
    keys.press(Qt.Key.Key_N, Mod.ControlModifier)
    keys.wait_for_window(QWidget)
    keys.type(PERSON)
    keys.press(Qt.Key.Key_S, Mod.ControlModifier)
    keys.back_to(main)
    session = _session(main)
    people = view_of(main.pages["people"])
    assert isinstance(people, PeopleView)
    assert isinstance(people.current, Person) and people.current.name == PERSON
    person_id = people.current.id

    # A case, then the person linked to it: Tab to "Add a person…", Space opens the picker.
    keys.press(Qt.Key.Key_3, Mod.ControlModifier)
    assert main.current_key() == "cases"
    keys.press(Qt.Key.Key_N, Mod.ControlModifier)
    keys.wait_for_window(QWidget)
    keys.type(CASE)
    keys.press(Qt.Key.Key_S, Mod.ControlModifier)
    keys.back_to(main)
    cases = view_of(main.pages["cases"])
    assert isinstance(cases, CasesView)
    assert isinstance(cases.current, Case) and cases.current.title == CASE
    case_id = cases.current.id
    keys.tab_to(lambda w: w is cases.people.add_button)
    keys.press(Qt.Key.Key_Space)
    picker = keys.wait_for_window(RecordPickerDialog)
    assert isinstance(picker, RecordPickerDialog)
    assert keys.focused() is picker.filter
    keys.type("Aigerim")  # the Latin spelling finds the Cyrillic name
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is picker.table
    keys.press(Qt.Key.Key_Down)
    keys.tab_to(lambda w: w is picker.role)
    keys.type("applicant")
    keys.press(Qt.Key.Key_Return)  # Choose
    keys.back_to(main)
    assert cases.people.linked_ids() == [person_id]

    # A deadline from the case's timeline: Tab to "Add deadline…", Space, type, Ctrl+S.
    keys.tab_to(lambda w: w is cases.timeline.add_deadline_button)
    keys.press(Qt.Key.Key_Space)
    keys.wait_for_window(QWidget)
    keys.type(DEADLINE)
    keys.press(Qt.Key.Key_Tab)  # to the due date
    due = (clock.now() + timedelta(days=2)).date().isoformat()
    keys.type(due)
    keys.press(Qt.Key.Key_S, Mod.ControlModifier)
    keys.back_to(main)
    timeline = cases.timeline.model
    assert [timeline.index(row, 2).data() for row in range(timeline.rowCount())] == [DEADLINE]
    _kind, deadline_id = timeline.record_at(0)  # type: ignore[misc]
    deadline = session.gateway.call(
        lambda: session.gateway.records.get_typed(deadline_id, Deadline)
    )
    assert (deadline.due, deadline.case_id) == (due, case_id)

    # The dashboard (Ctrl+1) lists it among the next 7 days.
    keys.press(Qt.Key.Key_1, Mod.ControlModifier)
    dashboard = main.pages["dashboard"]
    assert isinstance(dashboard, DashboardView)
    keys.settle()
    assert DEADLINE in dashboard.lists[Bucket.NEXT_7_DAYS].item(0).text()

    # Search (Ctrl+K), type a Latin spelling, Enter opens the person.
    keys.press(Qt.Key.Key_K, Mod.ControlModifier)
    palette = keys.wait_for_window(SearchPalette)
    assert isinstance(palette, SearchPalette)
    keys.type("Seitova")
    qtbot.waitUntil(lambda: palette.model.result_count() > 0, timeout=WAIT_MS)
    keys.press(Qt.Key.Key_Return)
    keys.back_to(main)
    assert main.current_key() == "people"
    assert isinstance(people.current, Person) and people.current.id == person_id

    # F1 lists the shortcuts; Escape closes the list.
    keys.press(Qt.Key.Key_F1)
    shortcuts = keys.wait_for_window(ShortcutsDialog)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(shortcuts) or not shortcuts.isVisible())

    # Ctrl+L locks; the passphrase and Enter unlock.
    keys.back_to(main)
    keys.press(Qt.Key.Key_L, Mod.ControlModifier)
    assert controller.lock.vault is None
    unlock = controller.unlock_window
    assert unlock is not None
    keys.wait_for_window(type(unlock))
    assert keys.focused() is unlock.passphrase
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.lock.vault is not None, timeout=WAIT_MS)
    keys.wait_for_window(MainWindow)
    assert main.isVisible()


def _session(main: MainWindow) -> RecordsSession:
    session = getattr(main.pages["dashboard"], "session", None)
    assert isinstance(session, RecordsSession)
    return session
