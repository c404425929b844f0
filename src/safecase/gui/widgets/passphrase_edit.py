"""A line edit for passphrases and keys: hidden text, no prediction, best-effort Caps Lock hint.

Rules carried here:
- echo mode Password, and input-method hints that tell on-screen keyboards and IMEs not to learn,
  predict or show what is typed (ImhSensitiveData | ImhNoPredictiveText | ImhHiddenText);
- the accessible name and description are fixed words; the text itself is never exposed to
  assistive technology (Qt reports only the mask characters for a Password field);
- Caps Lock cannot be read portably, so it is guessed from typed letters: an uppercase letter
  without Shift, or a lowercase one with Shift, means Caps Lock is probably on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.services.vault import passphrase_bytes

MAX_PASSPHRASE_CHARS = 1024
SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhHiddenText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


class PassphraseEdit(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(
        self,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        hidden: bool = True,
    ) -> None:
        super().__init__(parent)
        if hidden:
            self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(SENSITIVE_HINTS)
        self.setMaxLength(MAX_PASSPHRASE_CHARS)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setClearButtonEnabled(False)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(
            self.tr("What you type here is hidden.") if hidden else self.tr("Sensitive field.")
        )
        self._caps_lock = False

    @property
    def caps_lock_suspected(self) -> bool:
        return self._caps_lock

    def take_passphrase(self) -> bytearray:
        """The text as normalised UTF-8 bytes (which the caller zeroes); the field is cleared."""
        secret = passphrase_bytes(self.text())
        self.clear()
        return secret

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if len(typed) == 1 and typed.isalpha() and typed.lower() != typed.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = typed.isupper() != shift
            if caps != self._caps_lock:
                self._caps_lock = caps
                self.caps_lock_changed.emit(caps)
        super().keyPressEvent(event)
