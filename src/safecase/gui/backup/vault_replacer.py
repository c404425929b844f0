"""Replace the open vault with a checked backup, in three steps with one progress window:
1. a copy of the vault as it is now is saved beside it, to its current recovery key;
2. the app locks (the store closes, so nothing writes to it while it is replaced);
3. the backup is restored over it: the old vault is kept aside until the restored one opens
   with the new passphrase, and put back if anything fails.
Then the new recovery key is shown once, and the unlock window comes back.

The progress window is not tracked by the lock: it shows no record data, and it must outlive
the lock it causes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from safecase.gui.background import BackgroundRunner, Progress
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services import backup_secrets
from safecase.services.backup import BackupReport
from safecase.services.restore import restore_replacing, safety_copy
from safecase.services.vault import KdfParams

log = logging.getLogger(__name__)
PROGRESS_STEPS = 1000


@dataclass
class ReplaceRequest:
    src: Path
    identities: backup_secrets.Identities
    passphrase: bytearray
    """The new passphrase; zeroed once the restore ends, however it ends."""
    report: BackupReport


class ReplaceProgressDialog(VaultDialog):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Replacing the vault"),
            self.tr(
                "SafeCase is saving a copy of the vault as it is now, then restoring the "
                "backup in its place. Please wait and do not turn the computer off."
            ),
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setAccessibleName(self.tr("Progress"))
        self.key_view = RecoveryKeyView(self)
        self.key_view.hide()
        self.content.addWidget(self.key_view)
        self.close_button = self.add_button(self.tr("Close"), self.buttons.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

    def on_progress(self, fraction: float) -> None:
        self._progress.setValue(round(fraction * PROGRESS_STEPS))

    def show_done(self, recovery_key: str) -> None:
        self.set_busy(False)
        self.key_view.set_key(recovery_key)
        self.key_view.show()
        self.show_message(
            self.tr(
                "Done. The vault now holds the backup and opens with the new passphrase. Its "
                "new recovery key is shown above, only this once: write it down now. Your old "
                "recovery key still opens the copy saved beside the vault."
            ),
            error=False,
        )

    def show_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(describe_error(exc) + " " + self.tr("The vault was not replaced."))


class VaultReplacer(QObject):
    finished = Signal()
    """The replacement ended (replaced or not); the unlock window may show again."""

    def __init__(
        self,
        runner: BackgroundRunner,
        lock: LockController,
        vault_dir: Callable[[], Path],
        *,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lock = lock
        self._vault_dir = vault_dir
        self._kdf = kdf
        self.dialog: ReplaceProgressDialog | None = None
        self.busy = False

    def replace(self, request: ReplaceRequest) -> None:
        vault = self._lock.vault
        if vault is None or self.busy:
            request.passphrase[:] = bytes(len(request.passphrase))
            return
        self.busy = True
        dialog = self.dialog = ReplaceProgressDialog()
        dialog.show()
        dialog.set_busy(True, self.tr("Saving a copy of the vault as it is now…"))

        def save(progress: Progress) -> Path:
            def report(done: int, total: int) -> None:
                progress(done / total if total else 0.0)

            return safety_copy(vault, progress=report)

        self._runner.run_with_progress(
            save,
            lambda _copy: self._restore(request),
            lambda exc: self._end(request, exc),
            dialog.on_progress,
            context=self,  # the outcome must land: it zeroes the passphrase
        )

    def _restore(self, request: ReplaceRequest) -> None:
        self._lock.lock()  # closes the store and frees it for the restore
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(True, self.tr("Restoring the backup in place of the vault…"))
        live, kdf = self._vault_dir(), self._kdf

        def restore(progress: Progress) -> str:
            def report(done: int, total: int) -> None:
                progress(done / total if total else 0.0)

            return restore_replacing(
                request.src,
                request.identities,
                live,
                request.passphrase,
                kdf=kdf,
                progress=report,
            )[1]

        self._runner.run_with_progress(
            restore,
            lambda key: self._end(request, None, key),
            lambda exc: self._end(request, exc),
            dialog.on_progress,
            context=self,  # the outcome must land: it zeroes the passphrase
        )

    def _end(self, request: ReplaceRequest, exc: Exception | None, key: str = "") -> None:
        request.passphrase[:] = bytes(len(request.passphrase))
        self.busy = False
        dialog = self.dialog
        if dialog is not None:
            if exc is None:
                dialog.show_done(key)
            else:
                log.info("vault replacement failed: %s", type(exc).__name__)
                dialog.show_failed(exc)
            dialog.finished.connect(self._on_dialog_finished)
        self.finished.emit()

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.key_view.clear()
            self.dialog.deleteLater()
            self.dialog = None
