"""The panic action: one key press (or the tray menu) makes SafeCase disappear and lock.

In this order, because the first thing an onlooker must stop seeing is the screen:
1. hide every SafeCase window (main window, dialogs, viewers, menus, tooltips) at once;
2. clear the clipboard and the X11 selection if SafeCase put them there — our secret copies
   (`SecretClipboard`), an ordinary Ctrl+C or selection from a SafeCase field (which the
   platform reports as ours), and, where the platform cannot tell who copied, anything copied
   while SafeCase was in front. Content another program put there is left alone, even when it
   copies while SafeCase is in front: once the platform has shown it tells (X11 always does,
   elsewhere it shows it on our first copy), only its word counts — and the very text SafeCase
   copied, should another program (a clipboard manager) have taken it over;
3. lock through `LockController.lock()` (closes record windows, clears views, closes the store,
   zeroes the key) — this may wait for a running background task, which is why hiding comes
   first;
4. hide again (the lock shows the unlock window). With a tray icon, SafeCase stays hidden and the
   tray brings it back; without one the unlock window is left minimised, so SafeCase can still
   be found in the task bar, with nothing on screen.

The shortcut is application-wide: it works in every SafeCase window, modal dialogs included
(an application event filter, not a QShortcut, which a modal dialog would block). It is NOT a
system-wide hot key: when another program has the keyboard focus, SafeCase does not see keys
(X11 grabs, Wayland portals and Windows RegisterHotKey are platform-specific and not used).
The default, Ctrl+Shift+L ("lock harder", next to Lock's Ctrl+L), collides with no SafeCase
shortcut and no common desktop one (Ctrl+Shift+Esc is Windows' Task Manager); it is configurable.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from typing import Any, cast

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QClipboard, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason

log = logging.getLogger(__name__)

DEFAULT_PANIC_SHORTCUT = "Ctrl+Shift+L"
# Shortcuts SafeCase already uses, and system ones a panic key must never shadow.
RESERVED_SHORTCUTS = frozenset(
    {
        "Ctrl+L",
        "Ctrl+Q",
        "Ctrl+F",
        "Ctrl+N",
        "Ctrl+S",
        "Ctrl+K",
        "Ctrl+Shift+C",
        "F1",
        "Ctrl+C",
        "Ctrl+V",
        "Ctrl+X",
        "Ctrl+Z",
        "Ctrl+A",
        "Ctrl+Shift+Esc",
        "Ctrl+Alt+Del",
        *(f"Ctrl+{n}" for n in range(1, 10)),
    }
)
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)
_KEYPAD = Qt.KeyboardModifier.KeypadModifier


def _first(sequence: QKeySequence) -> QKeyCombination:
    # QKeySequence is indexable at run time; PySide6's stubs lack __getitem__.
    combination: QKeyCombination = cast(Any, sequence)[0]
    return combination


def parse_shortcut(text: str) -> QKeySequence | None:
    """A single key combination with at least one modifier (or a function key), not reserved."""
    sequence = QKeySequence(text)
    if sequence.count() != 1 or sequence.isEmpty():
        return None
    portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if portable in RESERVED_SHORTCUTS:
        return None
    combination = _first(sequence)
    key = combination.key()
    has_modifier = combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
    is_function_key = Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value
    if not (has_modifier or is_function_key) or key in _MODIFIER_KEYS:
        return None
    return sequence


class PanicAction(QObject):
    panicked = Signal()

    def __init__(
        self,
        lock: LockController,
        app: QApplication,
        *,
        shortcut: str = DEFAULT_PANIC_SHORTCUT,
        tray_available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._app = app
        sequence = parse_shortcut(shortcut) or QKeySequence(DEFAULT_PANIC_SHORTCUT)
        self._sequence = sequence
        self._tray_available = tray_available
        self._tray: QSystemTrayIcon | None = None
        self._tray_menu: QMenu | None = None
        self._key = secrets.token_bytes(32)
        self._copied_here: bytes | None = None
        # Whether QClipboard's ownership tells SafeCase's copies from other programs': proven on
        # X11 (tests/security/test_t10_clipboard_x11.py), learnt elsewhere from our first copy.
        self._ownership_reported = app.platformName() == "xcb"
        self._panicking = False
        self.action = QAction(self.tr("Hide and lock now (panic)"), self)
        self.action.setShortcut(sequence)
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.trigger)
        app.installEventFilter(self)
        app.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    # -- configuration -------------------------------------------------------------------------

    @property
    def shortcut(self) -> QKeySequence:
        return self._sequence

    def set_shortcut(self, text: str) -> bool:
        """Change the key; False (and unchanged) if it is not a usable, unreserved combination."""
        sequence = parse_shortcut(text)
        if sequence is None:
            return False
        self._sequence = sequence
        self.action.setShortcut(sequence)
        return True

    def attach_to_tray(self, tray: QSystemTrayIcon) -> None:
        """Put the panic action at the top of the tray icon's menu."""
        menu = tray.contextMenu()
        if menu is None:
            menu = QMenu()
            tray.setContextMenu(menu)
            self._tray_menu = menu  # keep a reference: the tray does not own it
        actions = menu.actions()
        if actions:
            menu.insertAction(actions[0], self.action)
        else:
            menu.addAction(self.action)
        self._tray = tray

    def _has_tray(self) -> bool:
        if self._tray_available is not None:
            return self._tray_available
        return self._tray is not None and self._tray.isVisible()

    # -- keys ----------------------------------------------------------------------------------

    def _matches(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown:
            return False
        pressed = QKeyCombination(event.modifiers() & ~_KEYPAD, Qt.Key(key))
        return bool(pressed == _first(self._sequence))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._matches(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no QShortcut may take it; the key press follows
        elif not event.isAutoRepeat():
            self.trigger()
        return True

    # -- clipboard -----------------------------------------------------------------------------

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).digest()

    def _on_clipboard_data_changed(self) -> None:
        clipboard = self._app.clipboard()
        digest = self._digest(clipboard.text())
        if clipboard.ownsClipboard():
            self._ownership_reported = True
            self._copied_here = digest
        elif self._ownership_reported:
            # Another program owns it: theirs, unless it is the very text copied from SafeCase.
            if self._copied_here is None or not hmac.compare_digest(digest, self._copied_here):
                self._copied_here = None
        elif self._app.applicationState() == Qt.ApplicationState.ApplicationActive or (
            self._app.focusWidget() is not None
        ):
            # The platform cannot tell: a change while SafeCase is in front is (almost always) a
            # copy from a SafeCase field.
            self._copied_here = digest
        else:
            self._copied_here = None

    def _clear_clipboard(self) -> None:
        self._lock.clipboard.clear_if_ours()
        clipboard = self._app.clipboard()
        text = clipboard.text(QClipboard.Mode.Clipboard)
        copied_here = self._copied_here is not None and hmac.compare_digest(
            self._digest(text), self._copied_here
        )
        if text and (copied_here or clipboard.ownsClipboard()):
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied_here = None

    # -- the action ----------------------------------------------------------------------------

    def _hide_everything(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.isVisible():
                widget.hide()

    def trigger(self) -> None:
        if self._panicking:
            return
        self._panicking = True
        try:
            self._hide_everything()
            for step in (self._clear_clipboard, self._lock_now):
                try:
                    step()
                except Exception as exc:  # every step runs, whatever failed before
                    log.error("panic step failed: %s", type(exc).__name__)
            self._hide_everything()
            if not self._has_tray():
                self._leave_unlock_window_minimised()
        finally:
            self._panicking = False
        self.panicked.emit()

    def _lock_now(self) -> None:
        self._lock.lock(LockReason.MANUAL)

    @staticmethod
    def _unlock_window() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "unlockWindow":
                return widget
        return None

    def _leave_unlock_window_minimised(self) -> None:
        window = self._unlock_window()
        if window is not None:
            window.showMinimized()

    def reveal(self) -> None:
        """Bring SafeCase back after a panic (the tray icon's activation calls this)."""
        window = self._unlock_window()
        if window is not None and self._lock.is_locked:
            window.showNormal()
            window.raise_()
            window.activateWindow()
