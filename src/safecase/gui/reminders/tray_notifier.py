"""Tray notifications for reminders.

Rules carried here:
- the text is neutral by default, "A SafeCase deadline needs attention": no title, name, case,
  count or date, because notifications appear on locked screens, in the desktop's notification
  history and to anyone near the screen. More detail is an opt-in the caseworker makes inside
  the vault, and is only ever used while the vault is unlocked;
- without a system tray (some desktops, offscreen) it degrades to the `notified` signal (the
  main window can show a banner) and never raises;
- nothing is written anywhere by this class.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from safecase.services.reminder_check import ReminderAlert

log = logging.getLogger(__name__)

NEUTRAL_TEXT = "A SafeCase deadline needs attention"
TITLE = "SafeCase"
MESSAGE_MS = 15_000
MAX_DETAIL_LINES = 5


class TrayNotifier(QObject):
    notified = Signal(str)
    """The text just shown (or that would have been, without a tray): for a banner."""
    activated = Signal()
    """The caseworker clicked the tray icon or the message: show the reminder list."""

    def __init__(
        self,
        icon: QIcon | None = None,
        parent: QObject | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon = icon or QIcon()
        self._tray = tray
        self._available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.detailed = False
        """Opt-in: name the deadlines (only honoured while unlocked, with details given)."""
        self.last_text = ""

    @property
    def available(self) -> bool:
        return self._available

    def _ensure_tray(self) -> QSystemTrayIcon | None:
        if not self._available:
            return None
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._icon, self)
            self._tray.setToolTip(TITLE)
            self._tray.activated.connect(self._on_tray_activated)
            self._tray.messageClicked.connect(self.activated)
        return self._tray

    def _on_tray_activated(self, *_: object) -> None:
        self.activated.emit()

    def _show(self, text: str) -> str:
        self.last_text = text
        try:
            tray = self._ensure_tray()
            if tray is not None:
                tray.show()
                tray.showMessage(TITLE, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        except Exception as exc:  # a broken tray must never stop reminders
            log.warning("tray notification failed: %s", type(exc).__name__)
        self.notified.emit(text)
        return text

    def notify_neutral(self) -> str:
        """The locked-state notification: the neutral sentence, nothing else."""
        return self._show(self.tr(NEUTRAL_TEXT))

    def notify_alerts(
        self, alerts: Sequence[ReminderAlert], details: Mapping[str, str] | None = None
    ) -> str:
        """Announce reminders that fired. Neutral unless the caseworker opted in and
        `details` (deadline id -> one line) are given."""
        if not alerts:
            return ""
        if not self.detailed or not details:
            return self.notify_neutral()
        lines: list[str] = []
        for alert in alerts:
            line = details.get(alert.deadline_id)
            if line and line not in lines:
                lines.append(line)
        if not lines:
            return self.notify_neutral()
        more = len(lines) - MAX_DETAIL_LINES
        text = "\n".join(lines[:MAX_DETAIL_LINES])
        if more > 0:
            text += "\n" + self.tr("and %n more", "", more)
        return self._show(text)

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()
