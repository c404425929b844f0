"""Results and failures arrive on the GUI thread; a dead context receives nothing."""

from __future__ import annotations

import threading

from gui_helpers import wait_idle
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from safecase.domain.errors import WrongPassphrase
from safecase.gui.background import BackgroundRunner, Progress


def test_success_delivered_on_the_gui_thread(qtbot: QtBot, runner: BackgroundRunner) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def task() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    runner.run(task, done, lambda exc: None)
    assert runner.busy
    wait_idle(qtbot, runner)
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_failure_delivered_as_the_exception(qtbot: QtBot, runner: BackgroundRunner) -> None:
    failures: list[Exception] = []

    def task() -> None:
        raise WrongPassphrase("nope")

    runner.run(task, lambda _: None, failures.append)
    wait_idle(qtbot, runner)
    assert len(failures) == 1 and isinstance(failures[0], WrongPassphrase)


def test_progress_reported(qtbot: QtBot, runner: BackgroundRunner) -> None:
    steps: list[float] = []

    def task(progress: Progress) -> str:
        for step in (0.25, 0.5, 1.0):
            progress(step)
        return "done"

    results: list[str] = []
    runner.run_with_progress(task, results.append, lambda exc: None, steps.append)
    wait_idle(qtbot, runner)
    assert results == ["done"]
    assert steps == [0.25, 0.5, 1.0]


def test_no_callback_after_context_is_deleted(qtbot: QtBot, runner: BackgroundRunner) -> None:
    context = QWidget()
    release = threading.Event()
    results: list[int] = []

    def task() -> int:
        release.wait(5)
        return 1

    runner.run(task, results.append, lambda exc: None, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context), timeout=2000)
    release.set()
    wait_idle(qtbot, runner)
    assert results == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_busy_changes_are_signalled(qtbot: QtBot, runner: BackgroundRunner) -> None:
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    runner.run(lambda: None, lambda _: None, lambda _: None)
    runner.run(lambda: None, lambda _: None, lambda _: None)
    wait_idle(qtbot, runner)
    assert changes == [True, False]
