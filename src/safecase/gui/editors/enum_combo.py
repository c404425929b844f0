"""A drop-down over one record vocabulary, optionally with "Not set"."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QWidget

from safecase.gui.models.vocabulary import Vocabulary


class EnumCombo(QComboBox):
    def __init__(
        self,
        enum: type[StrEnum],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        if optional:
            self.addItem(self.tr("Not set"), "")
        for value, text in Vocabulary.choices(enum):
            self.addItem(text, value)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, value: str | StrEnum | None) -> None:
        index = self.findData(str(value) if value else "")
        if index >= 0:
            self.setCurrentIndex(index)
