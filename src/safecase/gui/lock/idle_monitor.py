"""Lock after a period without keyboard, mouse or touch input in SafeCase.

An app-wide event filter notes the time of every input event; a QTimer tick compares it with
the injected `Clock`'s monotonic time. Tests use `FakeClock` and call `check()` (or fire the
tick timer) instead of sleeping. The monotonic clock does not run during suspend, which is why
suspend has its own trigger (`SessionLockListener`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from safecase.domain.clock import Clock

DEFAULT_IDLE_LOCK_S = 5 * 60
TICK_MS = 1_000

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleMonitor(QObject):
    timed_out = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        timeout_s: float = DEFAULT_IDLE_LOCK_S,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_s = timeout_s
        self._last_input = clock.monotonic()
        self._armed = False
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.check)

    @property
    def tick_timer(self) -> QTimer:
        return self._tick

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    def set_timeout(self, seconds: float) -> None:
        self._timeout_s = seconds

    @property
    def idle_s(self) -> float:
        return self._clock.monotonic() - self._last_input

    def install(self, app: QCoreApplication) -> None:
        app.installEventFilter(self)

    def arm(self) -> None:
        """Start watching (after unlock); idle time counts from now."""
        self._last_input = self._clock.monotonic()
        self._armed = True
        self._tick.start()

    def disarm(self) -> None:
        self._armed = False
        self._tick.stop()

    def note_activity(self) -> None:
        self._last_input = self._clock.monotonic()

    def check(self) -> None:
        if self._armed and self.idle_s >= self._timeout_s:
            self.disarm()
            self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock.monotonic()
        return False
