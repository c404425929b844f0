"""Choose a new passphrase: typed twice, with a strength meter; refuses guessable ones.

Used by the first-run wizard, the change-passphrase dialog and the recovery dialog, so the
rules are the same everywhere: acceptable strength, both fields equal.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from safecase.gui.widgets.caps_lock_warning import CapsLockWarning
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.strength_meter import StrengthMeter


class NewPassphraseForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseEdit(self.tr("New passphrase"), self)
        self.confirmation = PassphraseEdit(self.tr("New passphrase, again"), self)
        self.meter = StrengthMeter(self)
        self._caps = CapsLockWarning(self)
        self._caps.watch(self.passphrase)
        self._caps.watch(self.confirmation)
        self._match = PlainLabel(parent=self)
        self._match.setObjectName("matchHint")
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Type it again:"), self.confirmation)
        form.addRow("", self._match)
        form.addRow("", self._caps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.confirmation.textChanged.connect(self._on_confirmation_text_changed)
        self._update_match()

    @property
    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return bool(text) and self.meter.acceptable and text == self.confirmation.text()

    def match_text(self) -> str:
        return self._match.text()

    def take_passphrase(self) -> bytearray:
        """The new passphrase as bytes (the caller zeroes them); both fields are cleared."""
        secret = self.passphrase.take_passphrase()
        self.confirmation.clear()
        return secret

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.meter.set_passphrase(text)
        self._update_match()
        self.changed.emit()

    def _on_confirmation_text_changed(self, _text: str) -> None:
        self._update_match()
        self.changed.emit()

    def _update_match(self) -> None:
        confirmation = self.confirmation.text()
        if not confirmation:
            self._match.setText(self.tr("Type the same passphrase again to make sure."))
        elif confirmation == self.passphrase.text():
            self._match.setText(self.tr("Both passphrases are the same."))
        else:
            self._match.setText(self.tr("The two passphrases are different."))
