"""The confirmation before a quick erase: what it does, what it cannot undo, and a countdown.

Rules carried here:
- quick erase is opt-in: the menu entry exists only when the caseworker switched it on;
- Cancel is the default and the Escape button; Enter, Escape or a stray click never erase;
- the Erase button stays disabled for `countdown_s` seconds (its text counts down), so a
  reflexive double-click or Enter cannot confirm it;
- the text says plainly that nothing in SafeCase can undo it, and that only a backup opened
  with the recovery key (or the backup's passphrase) brings the data back.
The timer is exposed (`tick_timer`) so tests drive it without sleeping.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safecase.gui.dialogs.vault_dialog import VaultDialog

DEFAULT_COUNTDOWN_S = 5
TICK_MS = 1_000


class QuickEraseDialog(VaultDialog):
    erase_confirmed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        countdown_s: int = DEFAULT_COUNTDOWN_S,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(
            self.tr("Erase this vault now?"),
            self.tr(
                "Quick erase destroys the keys that open your vault on this computer. It takes "
                "a moment and cannot be undone: afterwards nobody can read the vault, and "
                "neither can you. Your passphrase will no longer open anything.\n\n"
                "Only a backup, opened with your recovery key (or the backup's own "
                "passphrase), brings your data back. Backups and the paper recovery key are "
                "not touched by this.\n\n"
                "SafeCase will lock and close its windows first."
            ),
            parent,
        )
        self.setObjectName("quickEraseDialog")
        self._remaining = max(0, countdown_s)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.add_button(
            "", QDialogButtonBox.ButtonRole.DestructiveRole, self.tr("Erase the vault")
        )
        self.erase_button.setObjectName("dangerButton")
        self.make_cancel_default(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._update_erase_button()
        if self._remaining > 0:
            self.tick_timer.start()

    @property
    def remaining_s(self) -> int:
        return self._remaining

    def _update_erase_button(self) -> None:
        armed = self._remaining <= 0
        self.erase_button.setEnabled(armed)
        if armed:
            self.erase_button.setText(self.tr("&Erase the vault"))
        else:
            self.erase_button.setText(self.tr("Erase the vault (%n)", "", self._remaining))

    def _on_tick_timer_timeout(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        if self._remaining == 0:
            self.tick_timer.stop()
        self._update_erase_button()

    def _on_erase_button_clicked(self) -> None:
        if self._remaining > 0:
            return
        self.tick_timer.stop()
        self.erase_confirmed.emit()
        self.accept()

    def clear_on_lock(self) -> None:
        self.tick_timer.stop()
