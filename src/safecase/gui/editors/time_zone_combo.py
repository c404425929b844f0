"""An editable drop-down of IANA time zones, starting at this computer's zone."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

COMMON_ZONES = (
    "Europe/Warsaw",
    "Europe/Berlin",
    "Europe/Vilnius",
    "Europe/Kyiv",
    "Europe/London",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Almaty",
    "Asia/Tashkent",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "UTC",
)


def system_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return zone if zone in available_timezones() else "UTC"


class TimeZoneCombo(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        here = system_zone()
        for zone in (here, *(z for z in COMMON_ZONES if z != here)):
            self.addItem(zone)
        completer = QCompleter(sorted(available_timezones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, zone: str) -> None:
        index = self.findText(zone)
        if index < 0:
            self.addItem(zone)
            index = self.count() - 1
        self.setCurrentIndex(index)
