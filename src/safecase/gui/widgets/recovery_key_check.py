"""Asks for two groups of the recovery key back, to prove the paper copy is right.

The groups are chosen at random (8 characters at a random group boundary), so the check cannot
be passed from memory of the first or last characters alone.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_view import GROUP_LEN, GROUPS_PER_LINE, RecoveryKeyView

GROUPS_ASKED = 2


class RecoveryKeyCheck(QWidget):
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose: Callable[[int], int] = secrets.randbelow,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self._expected = ""
        self.first_group = 0
        self._prompt = PlainLabel(parent=self)
        self.entry = PassphraseEdit(self.tr("Characters from the recovery key"), self, hidden=False)
        self.entry.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.entry.setMaxLength(GROUPS_ASKED * (GROUP_LEN + 2))
        self._feedback = PlainLabel(parent=self)
        self._feedback.setObjectName("checkFeedback")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._prompt)
        layout.addWidget(self.entry)
        layout.addWidget(self._feedback)
        self.entry.textChanged.connect(self._on_entry_text_changed)

    @property
    def expected(self) -> str:
        return self._expected

    @property
    def passed(self) -> bool:
        return bool(self._expected) and self._typed() == self._expected

    def set_key(self, key: str) -> None:
        groups = RecoveryKeyView.groups(key)
        starts = [
            i
            for i in range(len(groups))
            # Never the first group of a line: that one is named in the prompt.
            if i % GROUPS_PER_LINE != 0
            and (i % GROUPS_PER_LINE) + GROUPS_ASKED <= GROUPS_PER_LINE
            and all(len(g) == GROUP_LEN for g in groups[i : i + GROUPS_ASKED])
            and i + GROUPS_ASKED <= len(groups)
        ]
        self.first_group = starts[self._choose(len(starts))]
        self._expected = "".join(groups[self.first_group : self.first_group + GROUPS_ASKED])
        line_start = self.first_group - self.first_group % GROUPS_PER_LINE
        first = self.first_group % GROUPS_PER_LINE + 1
        last = first + GROUPS_ASKED - 1
        self._prompt.setText(
            self.tr(
                "On your paper, find the line that begins with %s. Type groups %d and %d of "
                "that line (%d characters)."
            )
            % (groups[line_start], first, last, len(self._expected))
        )
        self.entry.setAccessibleDescription(
            self.tr("Groups %d and %d of the line that begins with %s.")
            % (first, last, " ".join(groups[line_start]))
        )
        self.entry.clear()
        self._feedback.clear()

    def clear(self) -> None:
        self._expected = ""
        self.entry.clear()
        self._feedback.clear()
        self._prompt.clear()

    def _typed(self) -> str:
        return "".join(self.entry.text().split()).upper().replace("O", "0")

    def feedback_text(self) -> str:
        return self._feedback.text()

    def _on_entry_text_changed(self, _text: str) -> None:
        typed = self._typed()
        if self.passed:
            self._feedback.setText(self.tr("Correct. Your paper copy matches."))
        elif len(typed) >= len(self._expected):
            self._feedback.setText(
                self.tr(
                    "That does not match. Compare your paper with the key on the previous "
                    "page, correct it, and try again."
                )
            )
        else:
            self._feedback.clear()
        self.changed.emit()
