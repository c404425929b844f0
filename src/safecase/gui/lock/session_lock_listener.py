"""Ask for a lock when the screen locks or the computer is about to sleep (Linux, D-Bus).

- Session bus: `ActiveChanged(true)` from `org.freedesktop.ScreenSaver` (KDE, others) or
  `org.gnome.ScreenSaver` (GNOME) means the screen locked or the screensaver started.
- System bus: logind's `org.freedesktop.login1.Manager.PrepareForSleep(true)` arrives just
  before suspend. We hold a "delay" inhibitor so logind waits (up to InhibitDelayMaxSec) until
  the vault is locked, then we release it; after resume (`PrepareForSleep(false)`) we take a new
  one. Locking before sleep matters: a seized sleeping laptop has the key in RAM.
- No bus (no desktop session, a container, other platforms): log at debug and do nothing.
Buses reached over TCP are not used: SafeCase stays off the network.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

SCREEN_LOCKED = "screen_locked"
SLEEPING = "sleeping"
_SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
_LOGIN1 = "org.freedesktop.login1"
_LOGIN1_PATH = "/org/freedesktop/login1"
_LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


def _slot(signature: str) -> Any:
    # PySide6 wants the SLOT() string; its type stubs say bytes.
    return SLOT(signature)


def _is_tcp_address(env_var: str) -> bool:
    return "tcp:" in os.environ.get(env_var, "")


class SessionLockListener(QObject):
    lock_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._inhibitor_fd: int | None = None
        self.screen_lock_connected = False
        self.sleep_connected = False

    def start(self) -> bool:
        """Connect to whatever is available; True if at least one trigger is live."""
        session = self._session_bus
        if session is None and not _is_tcp_address("DBUS_SESSION_BUS_ADDRESS"):
            session = QDBusConnection.sessionBus()
        if session is not None and session.isConnected():
            for interface in _SCREENSAVER_INTERFACES:
                # An empty path matches every path (KDE uses /ScreenSaver and the
                # freedesktop path; GNOME /org/gnome/ScreenSaver).
                ok = session.connect(
                    "",
                    "",
                    interface,
                    "ActiveChanged",
                    self,
                    _slot("_on_screensaver_active_changed(bool)"),
                )
                self.screen_lock_connected |= bool(ok)
        else:
            log.debug("no session bus: screen-lock trigger unavailable")
        system = self._system_bus
        if system is None and not _is_tcp_address("DBUS_SYSTEM_BUS_ADDRESS"):
            system = QDBusConnection.systemBus()
        if system is not None and system.isConnected():
            self._system_bus = system
            self.sleep_connected = bool(
                system.connect(
                    _LOGIN1,
                    _LOGIN1_PATH,
                    _LOGIN1_MANAGER,
                    "PrepareForSleep",
                    self,
                    _slot("_on_login1_prepare_for_sleep(bool)"),
                )
            )
            if self.sleep_connected:
                self._take_sleep_inhibitor()
        else:
            log.debug("no system bus: lock-before-sleep trigger unavailable")
        return self.screen_lock_connected or self.sleep_connected

    @property
    def holds_sleep_inhibitor(self) -> bool:
        return self._inhibitor_fd is not None

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(SCREEN_LOCKED)

    @Slot(bool)
    def _on_login1_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            # Direct connections: the vault is locked when emit() returns.
            self.lock_requested.emit(SLEEPING)
            self._release_sleep_inhibitor()
        else:
            self._take_sleep_inhibitor()

    def _take_sleep_inhibitor(self) -> None:
        if self._inhibitor_fd is not None or self._system_bus is None:
            return
        try:
            manager = QDBusInterface(_LOGIN1, _LOGIN1_PATH, _LOGIN1_MANAGER, self._system_bus)
            reply = manager.call(
                "Inhibit", "sleep", "SafeCase", "Lock the vault before sleeping", "delay"
            )
            if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
                log.debug("no sleep inhibitor: logind refused or is absent")
                return
            handle = reply.arguments()[0]
            fileno = getattr(handle, "fileDescriptor", None)
            if callable(fileno) and int(fileno()) >= 0:
                # Our own duplicate; the reply's copy closes when Qt frees the message.
                self._inhibitor_fd = os.dup(int(fileno()))
        except Exception as exc:
            log.debug("no sleep inhibitor: %s", type(exc).__name__)

    def _release_sleep_inhibitor(self) -> None:
        fd, self._inhibitor_fd = self._inhibitor_fd, None
        if fd is not None:
            os.close(fd)

    def stop(self) -> None:
        self._release_sleep_inhibitor()
