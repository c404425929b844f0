"""Shows a recovery key in short groups that are easy to copy by hand, and reads one back.

The key is an age identity: `AGE-SECRET-KEY-1` followed by 58 characters. The 58 are shown in
groups of four. The label is not selectable, so the key is not copied to the clipboard by habit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safecase.gui.widgets.plain_label import PlainLabel

PREFIX = "AGE-SECRET-KEY-1"
GROUP_LEN = 4
GROUPS_PER_LINE = 5


class RecoveryKeyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = PlainLabel(parent=self, wrap=False)
        self._label.setObjectName("recoveryKey")
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self._label.setFont(font)
        self._label.setAccessibleName(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label, 0, Qt.AlignmentFlag.AlignHCenter)

    @staticmethod
    def groups(key: str) -> list[str]:
        """The part after the prefix, in groups of four characters."""
        body = key.removeprefix(PREFIX)
        return [body[i : i + GROUP_LEN] for i in range(0, len(body), GROUP_LEN)]

    @staticmethod
    def formatted(key: str) -> str:
        groups = RecoveryKeyView.groups(key)
        lines = [
            "  ".join(groups[i : i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)
        ]
        return "\n".join([PREFIX, *lines])

    @staticmethod
    def normalise(typed: str) -> str:
        """What the user typed from paper, as the key: spaces and line breaks dropped, upper
        case, the prefix's dashes optional, and the letter O read as zero (the key has no O)."""
        compact = "".join(typed.split()).upper()
        bare_prefix = PREFIX.replace("-", "")
        if compact.startswith(bare_prefix):
            compact = PREFIX + compact[len(bare_prefix) :]
        if compact.startswith(PREFIX):
            compact = PREFIX + compact[len(PREFIX) :].replace("-", "").replace("O", "0")
        return compact

    def set_key(self, key: str) -> None:
        self._label.setText(self.formatted(key) if key else "")

    def text(self) -> str:
        return self._label.text()

    def clear(self) -> None:
        self._label.clear()
