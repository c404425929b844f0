"""A fake desktop for T9, on a private D-Bus: owns `org.freedesktop.login1` (so signals come from
the name SafeCase subscribes to) and, when asked through a trigger file, emits the screensaver's
`ActiveChanged(true)` or logind's `PrepareForSleep(true)` — the real signals, over a real bus.

Usage: python fake_desktop_bus.py BUS_ADDRESS TRIGGER_DIR
Prints "ready" once the name is owned. Emits when TRIGGER_DIR/screensaver or TRIGGER_DIR/sleep
appears (and deletes it); exits when TRIGGER_DIR/quit appears.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage


def main() -> int:
    address, triggers = sys.argv[1], Path(sys.argv[2])
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-desktop")
    if not bus.isConnected() or not bus.registerService("org.freedesktop.login1"):
        sys.stdout.write("failed\n")
        return 1
    sys.stdout.write("ready\n")
    sys.stdout.flush()

    def poll() -> None:
        for name, path, interface, member in (
            ("screensaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
            ("sleep", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
        ):  # fmt: skip
            trigger = triggers / name
            if trigger.exists():
                trigger.unlink()
                message = QDBusMessage.createSignal(path, interface, member)
                message.setArguments([True])
                bus.send(message)
        if (triggers / "quit").exists():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
