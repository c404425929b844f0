"""One screen of the tour: a name for reports and the window to look at."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Screen:
    name: str
    window: QWidget
