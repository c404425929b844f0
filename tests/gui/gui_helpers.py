"""Small helpers shared by the GUI tests (not fixtures)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from safecase.gui.background import BackgroundRunner

WAIT_MS = 15_000


def wait_idle(qtbot: QtBot, runner: BackgroundRunner) -> None:
    """Until every background task has finished and delivered its result."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
