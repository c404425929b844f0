"""Drives reminders: asks `ReminderService.check` on a timer tick, on unlock and on wake, and
keeps a neutral notification possible while the vault is locked.

Rules carried here:
- time comes from the injected clock; a QTimer only says "look now", so a late or skipped tick
  (sleep, a busy machine) loses nothing: the service fires whatever became due, marked late;
- while LOCKED the scheduler holds only the datetimes of upcoming reminders (taken from
  `upcoming_times()` at the last unlocked tick): no ids, titles or counts. When one passes it
  shows the neutral "A SafeCase deadline needs attention". Nothing is written to disk;
- `clear_on_lock()` starts no query (the lock calls it as the store closes): the times it keeps
  were refreshed at every unlocked tick;
- a reminder already announced while locked is not announced again in the tray at unlock; it
  still fires in the app (and its list) at that first check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer, QTimeZone, Signal

from safecase.domain.clock import Clock
from safecase.gui.reminders.tray_notifier import TrayNotifier
from safecase.services.reminder_check import CheckResult
from safecase.services.reminders import ReminderService

log = logging.getLogger(__name__)
T = TypeVar("T")

TICK_MS = 30_000
LOCKED_HORIZON = timedelta(days=14)


class StoreCall(Protocol):
    """Runs a short service call with the store connection to itself: pass the session's
    `RecordsGateway.call`, so a background task never shares the connection mid-transaction."""

    def __call__(self, task: Callable[[], T], /) -> T: ...


class StoreRun(Protocol):
    """Runs a service call off the GUI thread and delivers the outcome on it (the session's
    `RecordsGateway.run`)."""

    def __call__(
        self,
        task: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        /,
    ) -> None: ...


def call_directly(task: Callable[[], T], /) -> T:
    """For a caller that is alone with the connection (tests, the CLI)."""
    return task()


def system_zone_name() -> str:
    """The caseworker's IANA zone as the system reports it (UTC if unknown)."""
    zone_id = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(zone_id)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return zone_id


class ReminderScheduler(QObject):
    reminders_fired = Signal(object)
    """A `CheckResult` with alerts (only while unlocked): refresh the list and dashboard."""

    def __init__(
        self,
        clock: Clock,
        notifier: TrayNotifier,
        parent: QObject | None = None,
        *,
        tick_ms: int = TICK_MS,
        locked_horizon: timedelta = LOCKED_HORIZON,
    ) -> None:
        super().__init__(parent)
        self._call: StoreCall = call_directly
        self._run: StoreRun | None = None
        self._checking = False
        self._clock = clock
        self._notifier = notifier
        self._horizon = locked_horizon
        self._service: ReminderService | None = None
        self._upcoming: list[datetime] = []  # the only thing kept while locked
        self._announced: set[datetime] = set()  # times announced while locked
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self._service is None

    def upcoming_while_locked(self) -> tuple[datetime, ...]:
        return tuple(self._upcoming)

    def attach(
        self,
        service: ReminderService,
        call: StoreCall = call_directly,
        run: StoreRun | None = None,
    ) -> None:
        """On unlock: check now (catch-up), then on every tick.

        `call` serialises the service's use of the store with the session's other users
        (`RecordsGateway.call`); with `run` (`RecordsGateway.run`) each check runs off the GUI
        thread instead (a morning's batch of reminders takes ~0.1 s to record).
        """
        self._service = service
        self._call = call
        self._run = run
        self._checking = False
        try:
            self._notifier.detailed = self._call(lambda: service.notification_detail)
        except Exception as exc:
            log.error("reading the notification preference failed: %s", type(exc).__name__)
            self._notifier.detailed = False
        self.tick()

    def clear_on_lock(self) -> None:
        """Forget the service; keep only the upcoming times (no query here)."""
        self._service = None
        self._call = call_directly
        self._run = None
        self._notifier.detailed = False

    def on_wake(self) -> None:
        """After resume from sleep (or any sign the clock jumped): check now."""
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        now = self._clock.now()
        if self._service is None:
            self._tick_locked(now)
        else:
            self._tick_unlocked(self._service, now)

    def _tick_locked(self, now: datetime) -> None:
        passed = [at for at in self._upcoming if at <= now]
        if not passed:
            return
        self._upcoming = [at for at in self._upcoming if at > now]
        self._announced.update(passed)
        self._notifier.notify_neutral()

    def _tick_unlocked(self, service: ReminderService, now: datetime) -> None:
        horizon, detailed = self._horizon, self._notifier.detailed

        def task() -> _Checked:
            result = service.check(now)
            upcoming = service.upcoming_times(horizon, now)
            wanted = {a.deadline_id for a in result.alerts}
            titles = (
                [(i.deadline_id, i.due.isoformat(), i.title) for i in service.attention(now)
                 if i.deadline_id in wanted]
                if detailed and wanted else []
            )  # fmt: skip
            return _Checked(result, upcoming, titles)

        if self._run is None:
            try:
                checked = self._call(task)
            except Exception as exc:  # a failed check must not stop the timer
                self._on_check_failed(exc)
                return
            self._on_checked(checked)
        elif not self._checking:  # one check at a time; the next tick catches up
            self._checking = True
            self._run(task, self._on_checked, self._on_check_failed)

    def _on_check_failed(self, exc: Exception) -> None:
        self._checking = False
        log.error("reminder check failed: %s", type(exc).__name__)

    def _on_checked(self, checked: _Checked) -> None:
        self._checking = False
        if self._service is None:  # locked meanwhile: keep nothing but the times
            return
        self._upcoming = list(checked.upcoming)
        result = checked.result
        fresh = [a for a in result.alerts if a.at not in self._announced]
        self._announced.clear()
        if fresh:
            details = {
                deadline_id: self.tr("Due %1: %2").replace("%1", due).replace("%2", title)
                for deadline_id, due, title in checked.titles
            }
            self._notifier.notify_alerts(fresh, details or None)
        if result.alerts:
            self.reminders_fired.emit(result)


@dataclass(frozen=True, slots=True)
class _Checked:
    result: CheckResult
    upcoming: tuple[datetime, ...]
    titles: list[tuple[str, str, str]]  # (deadline id, due, title): only when opted in
