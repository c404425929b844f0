"""The one place that locks SafeCase.

Rule carried here: nothing else closes the vault. Every trigger (Lock action, idle, screen
lock, suspend, minimise, quit) calls `LockController.lock()`, which in this order:
1. closes every tracked window that shows record data (dialogs, viewers);
2. tells every registered `Lockable` (views, models, then the main window) to clear;
3. clears the clipboard if it still holds our copy;
4. waits for running background tasks (never close the store under a re-key), then closes the
   vault — the connection closes and the data key is zeroed;
5. emits `vault_locked` and shows the unlock window.
A failure in one step is logged (type only) and never stops the later steps.
Record dialogs must be shown with `open()`/`show()`, never `exec()`: a nested event loop would
resume into code holding a closed vault after the lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.lock.lockable import Lockable
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.vault import OpenVault

log = logging.getLogger(__name__)

# Long enough for a key derivation or a health check on a large vault to finish.
LOCK_WAIT_FOR_TASKS_MS = 30_000


class LockController(QObject):
    vault_unlocked = Signal()
    vault_locked = Signal()

    def __init__(
        self,
        runner: BackgroundRunner,
        clipboard: SecretClipboard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clipboard = clipboard
        self._vault: OpenVault | None = None
        self._persistent: list[Lockable] = []
        self._session: list[Lockable] = []
        self._windows: list[QWidget] = []
        self._show_unlock: Callable[[LockReason], None] | None = None
        self._locking = False

    @property
    def vault(self) -> OpenVault | None:
        return self._vault

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    @property
    def clipboard(self) -> SecretClipboard:
        return self._clipboard

    def set_unlock_presenter(self, show_unlock: Callable[[LockReason], None]) -> None:
        self._show_unlock = show_unlock

    def adopt(self, vault: OpenVault) -> None:
        """Take charge of a vault just unlocked or created."""
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault
        self.vault_unlocked.emit()

    def register(self, lockable: Lockable) -> None:
        """For this session only: forgotten after the next lock (views are rebuilt on unlock)."""
        if lockable not in self._session:
            self._session.append(lockable)

    def register_persistent(self, lockable: Lockable) -> None:
        """For the life of the app (the main window)."""
        if lockable not in self._persistent:
            self._persistent.append(lockable)

    def track_window(self, window: QWidget) -> None:
        """A dialog or window that shows record data or a secret: closed on lock."""
        if window in self._windows:
            return
        self._windows.append(window)
        window.destroyed.connect(lambda *_: self._forget_window(window))
        if isinstance(window, QDialog):
            window.finished.connect(lambda *_: self._forget_window(window))

    def tracked_windows(self) -> list[QWidget]:
        return list(self._windows)

    def registered(self) -> list[Lockable]:
        return [*self._persistent, *self._session]

    def lock(self, reason: LockReason = LockReason.MANUAL) -> None:
        if self._locking:
            return
        self._locking = True
        try:
            self._close_windows()
            for lockable in reversed(self.registered()):
                try:
                    lockable.clear_on_lock()
                except Exception as exc:
                    log.error("a view failed to clear on lock: %s", type(exc).__name__)
            self._session.clear()
            self._clipboard.clear_if_ours()
            self._close_vault()
        finally:
            self._locking = False
        self.vault_locked.emit()
        if self._show_unlock is not None:
            self._show_unlock(reason)

    def shutdown(self) -> None:
        """On quit: lock without showing anything, and clear our clipboard copy."""
        self._show_unlock = None
        if self._vault is not None:
            self.lock(LockReason.QUIT)
        self._clipboard.clear_if_ours()

    def _close_windows(self) -> None:
        for window in list(self._windows):
            try:
                force_close = getattr(window, "force_close", None)
                if callable(force_close):
                    force_close()  # VaultDialog: closes even while busy
                elif isinstance(window, QDialog):
                    window.reject()
                window.close()
                window.deleteLater()
            except RuntimeError:  # already deleted by Qt
                pass
        self._windows.clear()

    def _close_vault(self) -> None:
        vault, self._vault = self._vault, None
        if vault is None:
            return
        if not self._runner.wait_for_done(LOCK_WAIT_FOR_TASKS_MS):
            log.warning("locking while a background task is still running")
        try:
            vault.close()
        except Exception as exc:
            log.error("closing the vault failed: %s", type(exc).__name__)

    def _forget_window(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)
