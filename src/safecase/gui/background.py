"""Run a service call off the GUI thread and deliver its outcome back on the GUI thread.

Rules carried here:
- every slow call (key derivation, vault checks, re-keying) goes through `BackgroundRunner`, so
  the window never freezes (budget: nothing over 100 ms on the GUI thread);
- callbacks always run on the GUI thread, and only while their `context` object still exists:
  a dialog closed by the lock never receives a late result;
- failures are delivered as the exception object; nothing here logs exception text (it can carry
  user data) — only the exception's type name, at debug level.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
Progress = Callable[[float], None]

log = logging.getLogger(__name__)

MAX_THREADS = 2


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)
    finished = Signal()


class _Job(QRunnable, Generic[T]):
    def __init__(self, task: Callable[[Progress], T], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._task = task
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._task(self._relay.progressed.emit)
        except Exception as exc:
            log.debug("background task failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._relay.finished.emit()


class _Delivery(QObject, Generic[T]):
    """GUI-thread receiver for one job: calls back while the context is alive."""

    def __init__(
        self,
        runner: BackgroundRunner,
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        on_progress: Progress | None,
        context: QObject | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._context = context
        self.relay = _Relay()
        self.relay.succeeded.connect(self._deliver_success)
        self.relay.failed.connect(self._deliver_failure)
        self.relay.progressed.connect(self._deliver_progress)
        self.relay.finished.connect(self._finish)
        self.job: _Job[Any] | None = None

    def _alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        if self._alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: Any) -> None:
        if self._alive():
            self._on_failure(exc)

    @Slot(float)
    def _deliver_progress(self, fraction: float) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(fraction)

    @Slot()
    def _finish(self) -> None:
        self._runner._forget(self)


class BackgroundRunner(QObject):
    """Runs callables on a small private thread pool."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_THREADS)
        self._pending: set[_Delivery[Any]] = set()
        # Finished jobs are dropped only once no worker runs: a worker may still be returning
        # from its last emit, and every Qt object here must die on the GUI thread.
        self._retired: list[_Delivery[Any]] = []

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        task: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        *,
        context: QObject | None = None,
    ) -> None:
        self.run_with_progress(lambda _progress: task(), on_success, on_failure, context=context)

    def run_with_progress(
        self,
        task: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        on_progress: Progress | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """`task` receives a thread-safe `progress(fraction)` callable."""
        delivery: _Delivery[T] = _Delivery(self, on_success, on_failure, on_progress, context)
        delivery.job = _Job(task, delivery.relay)
        self._purge_retired()
        was_busy = self.busy
        self._pending.add(delivery)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(delivery.job)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until running tasks finish (the lock waits so it never closes the store under
        a running re-key). Results are still delivered later, through the event loop."""
        return bool(self._pool.waitForDone(msecs))

    def _forget(self, delivery: _Delivery[Any]) -> None:
        self._pending.discard(delivery)
        self._retired.append(delivery)
        self._purge_retired()
        if not self._pending:
            self.busy_changed.emit(False)

    def _purge_retired(self) -> None:
        if self._pool.activeThreadCount() == 0:
            self._retired.clear()
