"""Every keyboard shortcut SafeCase defines, in one place (so none collide, and the Help menu
can list them). Views that come later take theirs from here too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


class Shortcuts:
    LOCK = "Ctrl+L"
    QUIT = "Ctrl+Q"
    # Ctrl+1 … Ctrl+7 go to the sections in navigation order.
    SECTIONS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7")
    # Reserved for the records views.
    FIND = "Ctrl+F"
    SEARCH = "Ctrl+K"
    NEW_RECORD = "Ctrl+N"
    SAVE = "Ctrl+S"
    COPY_FIELD = "Ctrl+Shift+C"
    SHOW_SHORTCUTS = "F1"

    @staticmethod
    def key(text: str) -> QKeySequence:
        return QKeySequence(text)

    @staticmethod
    def native(text: str) -> str:
        """As this platform writes it (Cmd on macOS)."""
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    @classmethod
    def described(cls) -> list[tuple[str, str]]:
        """(keys, what they do) for the shortcuts list in the Help menu."""
        return [
            (cls.native(cls.LOCK), QCoreApplication.translate("Shortcuts", "Lock SafeCase now")),
            (
                f"{cls.native(cls.SECTIONS[0])} … {cls.native(cls.SECTIONS[-1])}",
                QCoreApplication.translate("Shortcuts", "Go to a section"),
            ),
            (cls.native(cls.SEARCH), QCoreApplication.translate("Shortcuts", "Search everything")),
            (cls.native(cls.FIND), QCoreApplication.translate("Shortcuts", "Search (in lists)")),
            (
                cls.native(cls.NEW_RECORD),
                QCoreApplication.translate("Shortcuts", "New record (in lists)"),
            ),
            (cls.native(cls.SAVE), QCoreApplication.translate("Shortcuts", "Save (in editors)")),
            (
                cls.native(cls.SHOW_SHORTCUTS),
                QCoreApplication.translate("Shortcuts", "Show this list"),
            ),
            (
                cls.native(cls.QUIT),
                QCoreApplication.translate("Shortcuts", "Lock and quit SafeCase"),
            ),
        ]
