"""Regression guard: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void
call and eventually aborts (performance-notes, docs/adr/0001). 6.11.x is stable."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 100_000
TOLERANCE = 100


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("x" if i % 2 else "y")
    after = sys.getrefcount(None)
    assert abs(after - before) <= TOLERANCE, f"None refcount moved by {after - before}"
