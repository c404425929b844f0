"""What a screen reader and a keyboard user get from a window: the accessible name of every
control (through Qt's accessibility interface, as assistive technology reads it), the Tab
cycle, and whether a hidden field gives its text away.

Used by tests/gui/test_accessibility_walk.py over every screen of `screen_tour`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QCalendarWidget,
)
"""Buttons, check and radio boxes, line edits, drop-downs, spin and date boxes, list/table/tree
views, text boxes, sliders, calendars."""

HOLDS_A_VALUE = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)
"""Controls whose own text is their value, so a name must come from elsewhere: the
accessibleName property or a label whose buddy they are (not their contents)."""

_COMPOSITE = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QAbstractItemView)
ROW_TOLERANCE_PX = 4


def _inside(widget: QWidget, kinds: tuple[type, ...], stop: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> Iterator[QWidget]:
    """The visible interactive controls of a window (not the parts of composite controls,
    not scroll bars, not the menu bar: its entries are actions with shortcuts)."""
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QScrollBar) or _inside(widget, _COMPOSITE, window):
            continue
        if _inside(widget, (QMenuBar,), window):
            continue
        yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _buddy_labels(window: QWidget) -> dict[int, QLabel]:
    return {
        id(label.buddy()): label
        for label in window.findChildren(QLabel)
        if label.buddy() is not None
    }


def unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name (or only by their value)."""
    buddies = _buddy_labels(window)
    found = []
    for widget in controls(window):
        name = accessible_name(widget).strip()
        if isinstance(widget, HOLDS_A_VALUE):
            named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        else:
            named = bool(name)
        if not named or not name:
            found.append(describe(widget))
    return found


def describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None and len(chain) < 4:
        name = parent.objectName()
        text = parent.text() if isinstance(parent, QAbstractButton | QLabel) else ""
        chain.append(
            type(parent).__name__ + (f"#{name}" if name else "") + (f"({text!r})" if text else "")
        )
        parent = parent.parentWidget()
    return " < ".join(chain)


# -- Tab ------------------------------------------------------------------------------------------


def reachable_by_tab(window: QWidget) -> list[QWidget]:
    """The controls a keyboard user must be able to reach with Tab: visible, enabled, taking
    Tab focus (buttons of tool bars are reached by their shortcuts and menus instead)."""
    found = []
    for widget in controls(window):
        target = widget.focusProxy() or widget
        if not widget.isEnabled() or isinstance(widget.parentWidget(), QToolBar):
            continue
        if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(target)
    return found


@dataclass
class TabCycle:
    order: list[QWidget]
    """The widgets focused by pressing Tab, starting after the first, until the first again."""
    trapped: bool
    """Tab never came back round: focus was stuck (or the cycle too long)."""


def tab_cycle(window: QWidget, *, limit: int = 400, stay: int = 6) -> TabCycle:
    """Press Tab (as a keyboard does) from the focused widget until focus comes back to it.
    Tab may stay in one widget for a few presses (a date box steps through day, month and
    year first); more than `stay` presses in one place is a trap."""
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        window.setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    assert start is not None, "nothing has the keyboard focus"
    order = [start]
    stayed = 0
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is None or now is start:
            return TabCycle(order, trapped=False)
        if now is focused:
            stayed += 1
            if stayed > stay:
                return TabCycle(order, trapped=True)
            continue
        stayed = 0
        order.append(now)
    return TabCycle(order, trapped=True)


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def backward_steps(order: list[QWidget], window: QWidget) -> list[tuple[QWidget, QWidget]]:
    """Steps of the cycle, the wrap-around included, that go against reading order (top to
    bottom; left to right, or right to left in a mirrored layout): to a widget wholly above,
    to an earlier column (one that starts higher and lies wholly before), or to one wholly
    before on the same line. A cycle in reading order has exactly one such step: from the
    last control back to the first."""
    steps = []
    left_to_right = window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    for here, there in zip(order, order[1:] + order[:1], strict=True):
        a, b = _rect(here, window), _rect(there, window)
        before = b.right() <= a.left() if left_to_right else b.left() >= a.right()
        above = b.bottom() < a.top() + ROW_TOLERANCE_PX
        earlier_column = before and b.top() < a.top() - ROW_TOLERANCE_PX
        same_line = abs(b.top() - a.top()) <= ROW_TOLERANCE_PX or (
            b.top() < a.bottom() and a.top() < b.bottom() and b.top() >= a.top()
        )
        if above or earlier_column or (same_line and before):
            steps.append((here, there))
    return steps


# -- hidden fields --------------------------------------------------------------------------------


def exposed_text(edit: QLineEdit) -> list[str]:
    """Everything the accessibility interface of a line edit says: name, description, value,
    help, and its text interface."""
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface is not None
    said = [
        interface.text(kind)
        for kind in (
            QAccessible.Text.Name,
            QAccessible.Text.Description,
            QAccessible.Text.Value,
            QAccessible.Text.Help,
        )
    ]
    text = interface.textInterface()
    if text is not None:
        said.append(text.text(0, text.characterCount()))
    return said
