"""A date typed as YYYY-MM-DD (unambiguous in every language) or picked from a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class DateField(QWidget):
    changed = Signal()

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, partial: bool = False
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(
            self.tr("YYYY, YYYY-MM or YYYY-MM-DD") if partial else self.tr("YYYY-MM-DD")
        )
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        self.pick_button = QToolButton(self)
        self.pick_button.setText(self.tr("Calendar…"))
        self.pick_button.setAccessibleName(self.tr("Pick %s from a calendar") % accessible_name)
        self.pick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        menu = QMenu(self.pick_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.pick_button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, iso: str | None) -> None:
        self.edit.setText(iso or "")

    def clear(self) -> None:
        self.edit.clear()

    def _on_menu_about_to_show(self) -> None:
        current = QDate.fromString(self.edit.text().strip(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self._menu.hide()
        self.edit.setFocus()
