"""The GUI in a pseudo-locale: every text "translated" into a longer, bracketed, accented form
and the layout mirrored (right to left), over every screen of the tour (first run, unlock, the
main window with each section, and every dialog).

It fails on
- interface text shown in plain English: it bypassed tr()/translate (record data, numbers,
  dates and key names are allowed);
- labels and buttons narrower than their text: they would be cut short in a longer language;
- panels whose content is wider than they are (cut off at the side until one scrolls);
- texts translated at run time that `make translations` does not extract (they could never be
  translated).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pseudo_locale import PseudoTranslator, is_pseudo, pseudo
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from screen_tour import ScreenTour
from text_checks import KNOWN_CUT_OFF_SIDEWAYS, TextCheck, as_on_a_laptop, sideways_problems
from translation_files import extracted_messages

from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.language_dialog import LANGUAGES
from safecase.gui.icon_library import IconLibrary
from safecase.gui.settings import Settings
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

PSEUDO_ONLY_CUT_OFF_SIDEWAYS = {
    # The dashboard's top line (the date, "Mark selected deadline as done", "Search
    # everything") needs 928 px of 890 with 1.5 times longer texts; fine in English and Russian.
    # To fix in gui/views/dashboard_view.py (issue 4): let the heading wrap, or move the buttons
    # below it. Remove this entry with the fix.
    "section dashboard": "QScrollArea < DashboardView",
}


@pytest.fixture
def pseudo_locale(app: Application) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield translator
    app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def tour(  # noqa: PLR0917 - a fixture takes its dependencies as arguments
    pseudo_locale: PseudoTranslator,
    qtbot: QtBot,
    tmp_path: Path,
    runner: BackgroundRunner,
    created_vault: tuple[Path, str],
    open_vault: OpenVault,
    records: RecordsService,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
) -> ScreenTour:
    return ScreenTour(
        qtbot, tmp_path, runner, created_vault, open_vault, records, clipboard, settings,
        clock, icons,
    )  # fmt: skip


def test_pseudo_text_keeps_placeholders_and_grows() -> None:
    assert pseudo("&Unlock") == "[&Ûñļöçķ ~~~]"
    assert pseudo("Strength: %s. Line %1 of %n").count("%") == 3
    assert is_pseudo(pseudo("Today, %s") % "1 May") and not is_pseudo("Today")
    assert len(pseudo("x" * 40)) >= 60


def test_the_check_finds_english_and_cut_short_text(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    english = QLabel("Hard-coded words", box)
    cut = QPushButton(pseudo("A button whose text is long"), box)
    cut.setFixedWidth(40)
    data = QLabel("Ержан Жаксылыков, 12 May", box)
    for widget in (english, cut, data):
        layout.addWidget(widget)
    box.show()
    check = TextCheck(is_pseudo, {"Ержан Жаксылыков"})
    assert [text for text in check.untranslated(box)] == ["QLabel < QWidget: 'Hard-coded words'"]
    assert len(check.clipped(box)) == 1 and "QPushButton" in check.clipped(box)[0]


def test_every_screen_is_translated_and_nothing_is_cut_short(
    tour: ScreenTour, pseudo_locale: PseudoTranslator
) -> None:
    untranslated: dict[str, list[str]] = {}
    clipped: dict[str, list[str]] = {}
    sideways: dict[str, list[str]] = {}
    names = []
    check: TextCheck | None = None
    for screen in tour.screens():
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert screen.window.layoutDirection() == Qt.LayoutDirection.RightToLeft, screen.name
        if check is None or tour.data is not None:
            data = tour.data.texts if tour.data is not None else set()
            languages = {language.native_name for language in LANGUAGES}
            check = TextCheck(is_pseudo, data | languages)
        names.append(screen.name)
        as_on_a_laptop(screen.window)
        if found := check.untranslated(screen.window):
            untranslated[screen.name] = found
        if found := check.clipped(screen.window):
            clipped[screen.name] = found
        if found := check.cut_off_sideways(screen.window):
            sideways[screen.name] = found
    assert len(names) >= 30, names
    assert untranslated == {}, "shown in English: wrap these in tr()/translate"
    assert clipped == {}, "cut short in a longer language"
    known = KNOWN_CUT_OFF_SIDEWAYS | PSEUDO_ONLY_CUT_OFF_SIDEWAYS
    assert sideways_problems(sideways, known) == {}, "cut off at the side in a longer language"


def test_every_text_translated_at_run_time_is_extracted(
    tour: ScreenTour, pseudo_locale: PseudoTranslator
) -> None:
    """Every (context, text) SafeCase asked to translate on the tour is in the .ts sources,
    so a translator can see it (Qt's own contexts, all named Q…, are Qt's to translate)."""
    for _screen in tour.screens():
        pass
    extracted = extracted_messages()
    classes = class_hierarchy()
    missing = []
    for context, text in sorted(pseudo_locale.asked):
        if context.startswith("Q"):
            continue
        # self.tr() asks the object's class first, then its base classes (PySide walks the
        # MRO): the text may be extracted under the base class that wrote it.
        contexts = classes.get(context, [context])
        if not any((name, text) in extracted for name in contexts):
            missing.append((context, text))
    assert missing == []


def class_hierarchy() -> dict[str, list[str]]:
    """Class name -> the names of its MRO, for every QObject subclass SafeCase defines."""
    found: dict[str, list[str]] = {}
    pending: list[type] = [QObject]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("safecase."):
            found[cls.__name__] = [base.__name__ for base in cls.__mro__]
    return found
