"""Child processes for the X11 half of T10 (test_t10_clipboard_x11.py), each a separate X client
on the test's own Xvfb (DISPLAY and QT_QPA_PLATFORM=xcb set by the parent).

Usage: python x11_clipboard_worker.py ROLE [ARG]
  safecase VAULT_DIR  SafeCase's side: the real Application, LockController (with a real
                      SecretClipboard) and PanicAction over the vault in VAULT_DIR, and a shown
                      QLineEdit. Reads commands on stdin, one a line, and answers each with one
                      JSON line on stdout; its event loop runs in between, so it serves the
                      selections it owns like the app does:
                        copy TEXT   TEXT in the field, Ctrl+A (selects it: X11 PRIMARY), copy()
                        lock        LockController.lock(IDLE) - idle, screen lock, Lock and quit
                                    all end in this call
                        panic       PanicAction.trigger()
                        state       only answers
  other TEXT [FOCUS]  another program: puts TEXT on CLIPBOARD and "TEXT (primary)" on PRIMARY,
                      answers one JSON line and serves them until killed. With FOCUS "focus"
                      it first shows a window and takes the keyboard focus from SafeCase (a
                      user switching to it); with "background" it shows nothing and SafeCase
                      stays in front (a clipboard sync, a password manager's hot key, a script).
  read                a third program: reads CLIPBOARD and PRIMARY as any X client would and who
                      owns them, prints one JSON line and exits.

Who owns a selection is asked from the X server itself (XGetSelectionOwner through libX11), not
from Qt: 0 means nobody does, so nobody can hand the text to a reader.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

# The moment between two user actions: lets the event loop take in what the X server sent
# (another program taking the clipboard arrives as a SelectionClear event).
SETTLE_MS = 100


def say(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def selection_owners() -> dict[str, int]:
    """The X window owning CLIPBOARD and PRIMARY, as the X server reports it (0: none)."""
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        raise SystemExit("cannot open the X display " + os.environ.get("DISPLAY", "(unset)"))
    try:
        owners = {}
        for key, atom_name in (("clipboard_owner", b"CLIPBOARD"), ("primary_owner", b"PRIMARY")):
            atom = x11.XInternAtom(display, atom_name, 0)
            owners[key] = int(x11.XGetSelectionOwner(display, atom))
        return owners
    finally:
        x11.XCloseDisplay(display)


def contents(clipboard: QClipboard) -> dict[str, object]:
    record: dict[str, object] = {}
    for key, mode in (
        ("clipboard", QClipboard.Mode.Clipboard),
        ("primary", QClipboard.Mode.Selection),
    ):
        mime = clipboard.mimeData(mode)
        record[key] = clipboard.text(mode)
        record[key + "_formats"] = sorted(mime.formats()) if mime is not None else []
    return record


def safecase(vault_dir: Path) -> None:
    from helpers import pw
    from safecase.gui.application import Application
    from safecase.gui.background import BackgroundRunner
    from safecase.gui.lock.lock_controller import LockController
    from safecase.gui.lock.lock_reason import LockReason
    from safecase.gui.security.panic_action import PanicAction
    from safecase.gui.widgets.secret_clipboard import SecretClipboard
    from safecase.services import vault as vault_service

    app = Application(["safecase-x11-clipboard-test"])
    clipboard = app.clipboard()
    runner = BackgroundRunner()
    lock = LockController(runner, SecretClipboard())
    vault = vault_service.unlock(vault_dir, pw())
    lock.adopt(vault)
    panic = PanicAction(lock, app, tray_available=False)
    field = QLineEdit()
    field.resize(400, 30)
    field.show()
    field.activateWindow()
    field.setFocus()
    QTest.qWaitForWindowActive(field, 5_000)

    def state(command: str) -> dict[str, object]:
        return {
            "command": command,
            "active": app.applicationState() == Qt.ApplicationState.ApplicationActive,
            "owns_clipboard": clipboard.ownsClipboard(),
            "owns_primary": clipboard.ownsSelection(),
            "vault_open": vault.is_open,
            **selection_owners(),
        }

    def run(line: str) -> None:
        command, _, argument = line.partition(" ")
        QTest.qWait(SETTLE_MS)
        if command == "copy":
            field.setText(argument)
            field.setFocus()
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            field.copy()
        elif command == "lock":
            lock.lock(LockReason.IDLE)
        elif command == "panic":
            panic.trigger()
        elif command != "state":
            raise SystemExit(f"unknown command {command!r}")
        app.processEvents()  # the X requests of the command leave before the answer does
        say(state(command))

    pending = bytearray()

    def on_stdin() -> None:
        chunk = os.read(0, 4096)
        if not chunk:
            notifier.setEnabled(False)
            app.quit()
            return
        pending.extend(chunk)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            run(line.decode("utf-8"))

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    QTimer.singleShot(0, lambda: say(state("ready")))
    app.exec()
    if vault.is_open:
        vault.close()


def other(text: str, focus: str) -> None:
    app = QApplication(["another-program"])
    window = QWidget()
    if focus == "focus":
        window.resize(200, 100)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5_000)
    clipboard = app.clipboard()
    clipboard.setText(text, QClipboard.Mode.Clipboard)
    clipboard.setText(text + " (primary)", QClipboard.Mode.Selection)
    app.processEvents()
    say({"active": window.isActiveWindow(), **selection_owners()})
    app.exec()


def read() -> None:
    app = QApplication(["a-reader"])
    say({**contents(app.clipboard()), **selection_owners()})
    app.quit()


def main() -> None:
    role = sys.argv[1]
    if role == "safecase":
        safecase(Path(sys.argv[2]))
    elif role == "other":
        other(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "focus")
    elif role == "read":
        read()
    else:
        raise SystemExit(f"unknown role {role!r}")


if __name__ == "__main__":
    main()
