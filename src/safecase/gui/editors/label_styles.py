"""The few text roles the records views use — section headings, muted hints, problems — set
through fonts and the palette so they follow light and dark themes. (Object names are set
too, so resources/styles can take over: #sectionHeading, #muted, #fieldError.)"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def alarm_colour(palette: QPalette | None = None) -> QColor:
    """A red that reads on light and on dark backgrounds."""
    window = (palette or QPalette()).color(QPalette.ColorRole.Window)
    return QColor("#ff8a80") if window.lightness() < 128 else QColor("#b3261e")


class LabelStyles:
    @staticmethod
    def section_heading(label: QLabel) -> QLabel:
        label.setObjectName("sectionHeading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def muted(label: QLabel) -> QLabel:
        label.setObjectName(label.objectName() or "muted")
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)
        return label

    @staticmethod
    def problem(label: QLabel) -> QLabel:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, alarm_colour(palette))
        label.setPalette(palette)
        return label
