"""Per-session access to the records and search services, shared by models, views and editors.

Rules carried here:
- the store connection is shared by the GUI thread and background tasks: every call made
  through the gateway holds one lock, so two threads never use the connection at once (a write
  transaction begun on one thread would otherwise swallow the other thread's statements);
- `call()` is for short work on the GUI thread (a page, a record, a save: a few ms);
  `run()` sends work that may exceed ~100 ms (search, dashboard, attachments) to the
  `BackgroundRunner`; without a runner (model tests) it runs synchronously;
- `close()` (on lock) drops the services; results of tasks started before it are discarded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from safecase.domain.clock import Clock
from safecase.domain.errors import VaultLocked
from safecase.gui.background import BackgroundRunner
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault

T = TypeVar("T")


def _ignore(_exc: Exception) -> None:
    """Default failure handler: the caller had nothing to show."""


class RecordsGateway:
    def __init__(
        self,
        records: RecordsService,
        search: SearchService,
        runner: BackgroundRunner | None = None,
    ) -> None:
        self._records: RecordsService | None = records
        self._search: SearchService | None = search
        self._runner = runner
        self._lock = threading.RLock()
        self._generation = 0

    @classmethod
    def for_vault(
        cls, vault: OpenVault, clock: Clock, runner: BackgroundRunner | None
    ) -> RecordsGateway:
        return cls(RecordsService(vault.conn, clock), SearchService(vault.conn), runner)

    @property
    def is_open(self) -> bool:
        return self._records is not None

    @property
    def records(self) -> RecordsService:
        """Use only inside a task given to `call()` or `run()`."""
        if self._records is None:
            raise VaultLocked("the session is closed")
        return self._records

    @property
    def search(self) -> SearchService:
        """Use only inside a task given to `call()` or `run()`."""
        if self._search is None:
            raise VaultLocked("the session is closed")
        return self._search

    def call(self, task: Callable[[], T]) -> T:
        """Run `task` now, on this thread, holding the store lock."""
        with self._lock:
            if self._records is None:
                raise VaultLocked("the session is closed")
            return task()

    def run(
        self,
        task: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] = _ignore,
        *,
        context: QObject | None = None,
    ) -> None:
        """Run `task` in the background (or now, without a runner); deliver on the GUI thread,
        unless the session closed in the meantime."""
        generation = self._generation

        def guarded() -> T:
            with self._lock:
                if generation != self._generation or self._records is None:
                    raise VaultLocked("the session closed")
                return task()

        def deliver(result: T) -> None:
            if generation == self._generation:
                on_success(result)

        def fail(exc: Exception) -> None:
            if generation == self._generation:
                on_failure(exc)

        if self._runner is None:
            try:
                result = guarded()
            except Exception as exc:  # delivered like the background path
                fail(exc)
            else:
                deliver(result)
            return
        self._runner.run(guarded, deliver, fail, context=context)

    def close(self) -> None:
        """Forget the services (the lock controller closes the vault itself)."""
        self._generation += 1
        self._records = None
        self._search = None
