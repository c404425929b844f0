"""The quick-erase flow: confirm, hide and lock (the panic action), then destroy the key slots.

Rule carried here: the vault is locked (store closed, key zeroed, process lock released) before
its key files are destroyed, and nothing is shown afterwards that names the vault. The caller
(the session controller) reacts to `erased` by offering to create or restore a vault.
The erase itself (`services.erase.erase_vault_keys`) takes milliseconds, so it runs on the GUI
thread: nothing may run between the lock and the erase.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.security.panic_action import PanicAction
from safecase.gui.security.quick_erase_dialog import DEFAULT_COUNTDOWN_S, QuickEraseDialog
from safecase.services.erase import EraseReport, erase_vault_keys

log = logging.getLogger(__name__)


class QuickErase(QObject):
    erased = Signal(object)
    """The `EraseReport`."""
    failed = Signal(object)
    """The exception (EraseIncomplete or OSError): tell the caseworker it may not be complete."""

    def __init__(
        self,
        lock: LockController,
        vault_dir: Callable[[], Path],
        *,
        panic: PanicAction | None = None,
        eraser: Callable[[Path], EraseReport] = erase_vault_keys,
        countdown_s: int = DEFAULT_COUNTDOWN_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._vault_dir = vault_dir
        self._panic = panic
        self._eraser = eraser
        self._countdown_s = countdown_s
        self.dialog: QuickEraseDialog | None = None

    def ask(self, parent: QWidget | None = None) -> QuickEraseDialog:
        """Open the confirmation (window-modal, never exec()); erase only if confirmed."""
        dialog = QuickEraseDialog(parent, countdown_s=self._countdown_s)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erase_confirmed.connect(self.erase_now)
        self._lock.track_window(dialog)
        self.dialog = dialog
        dialog.destroyed.connect(self._on_dialog_destroyed)
        dialog.open()
        return dialog

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def erase_now(self) -> None:
        root = self._vault_dir()
        if self._panic is not None:
            self._panic.trigger()
        else:
            self._lock.lock(LockReason.MANUAL)
        if not self._lock.is_locked:  # pragma: no cover - lock() always closes the vault
            log.error("quick erase refused: the vault did not lock")
            return
        try:
            report = self._eraser(root)
        except Exception as exc:
            log.error("quick erase incomplete: %s", type(exc).__name__)
            self.failed.emit(exc)
            return
        self.erased.emit(report)
