"""Runs automatic backups while the app is unlocked: shortly after unlock, then on a timer when
the schedule says one is due, and once more before quitting if the caseworker asked for that.

Rules carried here:
- the work runs on the background runner, never on the GUI thread;
- a lock stops a running backup at its next chunk (the lock must stay fast, a panic lock
  above all): the partial file is removed by the core and the next unlock tries again;
- a failure is kept for the dashboard in plain words; it never reaches a notification, and
  nothing about the folder or the records goes anywhere but the unlocked window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from safecase.domain.clock import Clock
from safecase.gui.background import BackgroundRunner, Progress
from safecase.services.auto_backup import AutoBackupService, Frequency
from safecase.services.backup import BackupCancelled
from safecase.services.vault import OpenVault

log = logging.getLogger(__name__)
T = TypeVar("T")

FIRST_CHECK_AFTER_UNLOCK_MS = 20_000
CHECK_EVERY_MS = 15 * 60 * 1000


@dataclass(frozen=True, slots=True)
class AutoBackupState:
    """What the dashboard shows about backups."""

    frequency: Frequency
    has_folder: bool
    last_verified_at: datetime | None
    days_since_verified: int | None
    overdue: bool
    running: bool
    failure: Exception | None


class AutoBackupScheduler(QObject):
    state_changed = Signal()
    progressed = Signal(float)
    settings_requested = Signal()
    """Someone (the dashboard) asked to open the automatic-backup settings."""

    def __init__(
        self, runner: BackgroundRunner, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._service: AutoBackupService | None = None
        self._cancel = threading.Event()
        # The clean-up at unlock and a backup must not overlap: the clean-up deletes partial
        # files, and a running backup's is one.
        self._work_lock = threading.Lock()
        self._running = False
        self._failure: Exception | None = None
        self._after_run: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.run_if_due)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_CHECK_AFTER_UNLOCK_MS)
        self._first.timeout.connect(self.run_if_due)

    # -- session -------------------------------------------------------------------------------

    def attach(self, vault: OpenVault) -> None:
        """Called on unlock: from now on this vault is the one backed up."""
        service = self._service = AutoBackupService(vault, self._clock)
        self._failure = None
        self._runner.run(
            lambda: self._serialised(service.remove_leftovers),
            lambda _n: None,
            self._on_cleanup_failed,
        )
        self._first.start()
        self._timer.start()
        self.state_changed.emit()

    def clear_on_lock(self) -> None:
        """Stop a running backup and forget the vault (called before the store closes)."""
        self._first.stop()
        self._timer.stop()
        self._cancel.set()
        self._service = None
        self._failure = None
        self.state_changed.emit()

    # -- state ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def attached(self) -> bool:
        """A vault is unlocked and watched (False from the moment a lock begins)."""
        return self._service is not None

    def state(self) -> AutoBackupState | None:
        service = self._service
        if service is None:
            return None
        config = service.config()
        status = service.status()
        return AutoBackupState(
            frequency=config.frequency,
            has_folder=bool(config.folder),
            last_verified_at=status.last_verified_at,
            days_since_verified=status.days_since_verified,
            overdue=status.overdue,
            running=self._running,
            failure=self._failure,
        )

    def request_settings(self) -> None:
        self.settings_requested.emit()

    # -- running -------------------------------------------------------------------------------

    def run_if_due(self) -> bool:
        """Start a backup if the schedule says one is due. True if one started."""
        service = self._service
        if service is None or self._running or not service.is_due():
            return False
        self._start(service, scheduled=True)
        return True

    def back_up_before_quit(self, on_done: Callable[[], None]) -> bool:
        """If the caseworker asked for a backup on quit, start it (or join the running one)
        and call `on_done` when it ends, however it ends. False: nothing to wait for."""
        service = self._service
        if service is None:
            return False
        config = service.config()
        if not config.on_quit or not config.folder:
            return False
        self._after_run.append(on_done)
        if not self._running:
            self._start(service, scheduled=False)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _start(self, service: AutoBackupService, *, scheduled: bool) -> None:
        cancel = self._cancel = threading.Event()

        def work(report_fraction: Progress) -> None:
            def progress(done: int, total: int) -> None:
                if cancel.is_set():
                    raise BackupCancelled("stopped by a lock")
                if total:
                    report_fraction(done / total)

            def back_up() -> None:
                if scheduled:
                    service.run_if_due(progress=progress)
                else:
                    service.run(progress=progress, create_folder=False)

            self._serialised(back_up)

        self._running = True
        self._failure = None
        self.state_changed.emit()
        self._runner.run_with_progress(
            work, self._on_success, self._on_failure, self.progressed.emit, context=self
        )

    def _serialised(self, work: Callable[[], T]) -> T:
        with self._work_lock:
            return work()

    @staticmethod
    def _on_cleanup_failed(exc: Exception) -> None:
        log.info("could not remove a killed backup's leftovers: %s", type(exc).__name__)

    def _on_success(self, _result: None) -> None:
        self._finish(None)

    def _on_failure(self, exc: Exception) -> None:
        log.info("automatic backup did not finish: %s", type(exc).__name__)
        self._finish(None if isinstance(exc, BackupCancelled) else exc)

    def _finish(self, failure: Exception | None) -> None:
        self._running = False
        if self._service is not None:
            self._failure = failure
        waiting, self._after_run = self._after_run, []
        self.state_changed.emit()
        for on_done in waiting:
            on_done()
