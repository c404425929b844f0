"""What a translated screen must look like: every visible text of the interface translated
(record data, numbers and key names excepted), no label or button cut short, and no panel
cut off at the side.

Used by the pseudo-locale run (tests/gui/test_pseudo_locale.py) and the Russian run
(tests/gui/test_translations.py) over every screen of `screen_tour`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollArea,
    QWidget,
)

Translated = Callable[[str], bool]

DATA_OBJECT_NAMES = frozenset(
    {
        "recoveryKey",  # the key itself, in groups of four
        "shortcutKeys",  # key names as the platform writes them
        "languageName",  # each language named in its own words, by design
        "triggerQuestion",  # a rule pack's own words: rule packs are data, per jurisdiction
    }
)
"""Widgets that show data, not interface text, whatever the language."""

KEY_FORMAT = "AGE-SECRET-KEY-1"
"""The recovery key's fixed prefix, shown as the key entry's example."""
PRODUCT = "SafeCase"
"""The name is not translated ("SafeCase 0.1.0" in About)."""

LAPTOP_SCREEN = QSize(1366, 768)
"""The smallest screen SafeCase is used on (the offscreen test screen is 800 x 600)."""

_LETTER = re.compile(r"[^\W\d_]")
_COMPOSITES = (QCalendarWidget, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)


def as_on_a_laptop(window: QWidget) -> None:
    """Size a dialog as Qt sizes it when shown on `LAPTOP_SCREEN`: at least its size hint, but
    at most two thirds of the screen (QWidget.adjustSize). The offscreen screen is smaller, so
    dialogs would otherwise open narrower than on any real laptop."""
    if not window.isWindow() or isinstance(window, QMainWindow):
        return
    cap = QSize(LAPTOP_SCREEN.width() * 2 // 3, LAPTOP_SCREEN.height() * 2 // 3)
    window.resize(window.size().expandedTo(window.sizeHint().boundedTo(cap)))
    QApplication.processEvents()


def has_letters(text: str) -> bool:
    return bool(_LETTER.search(text))


def locale_words(locale: QLocale | None = None) -> set[str]:
    """Month and day names, AM/PM: dates are written by QLocale, not translated by us."""
    locale = locale or QLocale()
    words = {locale.amText(), locale.pmText()}
    for month in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.monthName(month, fmt))
            words.add(locale.standaloneMonthName(month, fmt))
    for day in range(1, 8):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(day, fmt))
    return {word for word in words if word}


class TextCheck:
    """`untranslated()` and `clipped()` for one window, given what counts as translated and
    which texts are data."""

    def __init__(self, translated: Translated, data_texts: Iterable[str]) -> None:
        self._translated = translated
        # Longest first, so "Aida Nurlanova" goes before "Aida".
        self._data = sorted(
            {t for t in data_texts if t} | locale_words() | {KEY_FORMAT, PRODUCT},
            key=len,
            reverse=True,
        )

    def is_data(self, text: str) -> bool:
        """Nothing but record data, dates, numbers and punctuation."""
        rest = text
        for value in self._data:
            rest = rest.replace(value, " ")
        return not has_letters(rest)

    def acceptable(self, text: str) -> bool:
        return not text.strip() or self._translated(text) or self.is_data(text)

    def untranslated(self, window: QWidget) -> list[str]:
        found = []
        for widget, text in shown_texts(window):
            if not self.acceptable(text):
                found.append(f"{describe(widget)}: {text!r}")
        return found

    @staticmethod
    def cut_off_sideways(window: QWidget) -> list[str]:
        """Panels (scroll areas that fit their content to their width) whose content is wider
        than they are: the right-hand part is cut off until one scrolls sideways."""
        found = []
        for area in window.findChildren(QScrollArea):
            if not area.isVisibleTo(window) or not area.widgetResizable():
                continue  # an image viewer scrolls sideways by design
            content = area.widget()
            if content is None or area.horizontalScrollBar().maximum() <= 0:
                continue
            widest = max(
                (w for w in content.findChildren(QWidget) if _is_leaf(w, content)),
                key=lambda w: w.mapTo(content, QPoint(0, 0)).x() + w.minimumSizeHint().width(),
                default=content,
            )
            found.append(
                f"{describe(area)}: content {content.minimumSizeHint().width()} px wide, "
                f"{area.viewport().width()} px shown; widest: {describe(widest)}"
            )
        return found

    @staticmethod
    def clipped(window: QWidget) -> list[str]:
        """Labels and buttons narrower than their text (labels that wrap are exempt)."""
        found = []
        for widget in visible_widgets(window):
            if isinstance(widget, QLabel):
                if widget.wordWrap() or not widget.text() or widget.pixmap().width() > 0:
                    continue
            elif not isinstance(widget, QAbstractButton) or not widget.text():
                continue
            needed, has = widget.sizeHint().width(), widget.width()
            if needed > has + 1:
                found.append(f"{describe(widget)}: needs {needed} px, has {has}: {_text(widget)!r}")
        return found


KNOWN_CUT_OFF_SIDEWAYS = {
    # The detail pane of People and Cases: the timeline's row of buttons (Add event, Add
    # deadline, Deadline from a rule, Add note, Attach files) is wider than the pane, in
    # English too (574 px in a 389 px pane at the default window size; 742 px in Russian), so
    # the pane scrolls sideways and the last buttons are cut off. To fix in
    # gui/views/timeline_widget.py (records views, issue 4; the rule button is issue 5): put
    # the buttons on two rows, or in a layout that wraps. Remove these entries with the fix
    # (the tests fail when a known problem is gone).
    "section people": "RecordDetailPane",
    "section cases": "RecordDetailPane",
}
"""Screens (by tour name) already known to be cut off at the side, and which area."""


def sideways_problems(
    found: dict[str, list[str]], known: dict[str, str] = KNOWN_CUT_OFF_SIDEWAYS
) -> dict[str, list[str]]:
    """New problems, and known ones that are gone (so their entry is removed with the fix)."""
    problems = {
        name: [line for line in lines if not line.startswith(known.get(name, "\0"))]
        for name, lines in found.items()
    }
    problems = {name: lines for name, lines in problems.items() if lines}
    gone = sorted(name for name in known if name not in found)
    if gone:
        problems["known problems now fixed: remove them from KNOWN_CUT_OFF_SIDEWAYS"] = gone
    return problems


def _is_leaf(widget: QWidget, content: QWidget) -> bool:
    """A visible control or unwrapped label (not a container, not a wrapping label)."""
    if not widget.isVisibleTo(content) or widget.findChildren(QWidget):
        return isinstance(widget, QAbstractButton | QLineEdit) and widget.isVisibleTo(content)
    return not (isinstance(widget, QLabel) and widget.wordWrap())


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None and len(chain) < 4:
        name = parent.objectName()
        chain.append(type(parent).__name__ + (f"#{name}" if name else ""))
        parent = parent.parentWidget()
    return " < ".join(chain)


def _inside_composite(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def visible_widgets(window: QWidget) -> Iterator[QWidget]:
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if _inside_composite(widget, window) or widget.objectName() in DATA_OBJECT_NAMES:
            continue
        yield widget


def _menu_texts(actions: Iterable[QAction], owner: QWidget) -> Iterator[tuple[QWidget, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield owner, action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu.actions(), menu)


def shown_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every interface text a window shows: labels, buttons, group titles, placeholders,
    drop-down choices, column headings and menus."""
    for widget in visible_widgets(window):
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            yield widget, widget.placeholderText()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", None)
            if callable(header) and header().isVisibleTo(window):
                model = widget.model()
                for column in range(model.columnCount()):
                    title = model.headerData(
                        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                    )
                    yield widget, str(title or "")
    if isinstance(window, QMainWindow):
        yield from _menu_texts(window.menuBar().actions(), window.menuBar())
