"""Shows the failed-unlock wait on the unlock window and holds the Unlock button until it ends.

The policy itself (how long, when to erase) is `services.unlock_guard.UnlockGuard`, which also
refuses an attempt made too early, so this class is only presentation: while a wait is due it
disables Unlock, swallows Enter in the passphrase field and says "Wait N seconds …" in the
window's message line; when the wait is over it restores both. It polls the guard (cheap: a
subtraction) every `tick_ms` while the window is visible and a wait is due. Tests drive
`tick_timer` with an injected clock instead of sleeping.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from safecase.services.unlock_guard import UnlockGuard

TICK_MS = 250
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class UnlockDelayNotice(QObject):
    wait_ended = Signal()

    def __init__(
        self,
        window: QWidget,
        guard: UnlockGuard,
        *,
        message: QLabel,
        unlock_button: QPushButton,
        passphrase: QLineEdit,
        busy_indicator: QWidget | None = None,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._guard = guard
        self._message = message
        self._button = unlock_button
        self._passphrase = passphrase
        self._waiting = False
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.refresh)
        self._busy_indicator = busy_indicator
        window.installEventFilter(self)
        passphrase.installEventFilter(self)
        if busy_indicator is not None:
            busy_indicator.installEventFilter(self)

    @classmethod
    def attach(cls, window: QWidget, guard: UnlockGuard) -> UnlockDelayNotice:
        """For `UnlockWindow`: its `message`, `unlock_button`, `passphrase` and `busy_bar`
        (an attempt has ended when the busy bar hides)."""
        return cls(
            window,
            guard,
            message=getattr(window, "message"),  # noqa: B009 - duck-typed: no import cycle
            unlock_button=getattr(window, "unlock_button"),  # noqa: B009
            passphrase=getattr(window, "passphrase"),  # noqa: B009
            busy_indicator=getattr(window, "busy_bar", None),
        )

    @property
    def waiting(self) -> bool:
        return self._waiting

    def text_for(self, seconds: float) -> str:
        whole = max(1, math.ceil(seconds))
        return self.tr(
            "That passphrase did not open the vault, several times. Please wait %n second(s) "
            "before trying again.",
            "",
            whole,
        )

    def refresh(self) -> None:
        """Re-read the guard: show or end the wait."""
        remaining = self._guard.remaining_delay_s()
        if remaining > 0:
            self._waiting = True
            self._button.setEnabled(False)
            self._message.setText(self.text_for(remaining))
            self._message.show()
            if not self.tick_timer.isActive():
                self.tick_timer.start()
            return
        self.tick_timer.stop()
        if self._waiting:
            self._waiting = False
            self._button.setEnabled(True)
            self._message.hide()
            self.wait_ended.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Show:
            self.refresh()
        elif watched is self._window and kind == QEvent.Type.Hide:
            self.tick_timer.stop()
        elif watched is self._busy_indicator and kind == QEvent.Type.Hide:
            # An attempt ended; the window writes its own message first, then we refresh.
            QTimer.singleShot(0, self.refresh)
        elif (
            watched is self._passphrase
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and self._guard.remaining_delay_s() > 0
        ):
            self.refresh()
            return True  # no attempt while the wait runs
        return False

    def after_attempt(self) -> None:
        """Call when an unlock attempt failed (the window's failure path), to show the wait."""
        self.refresh()
