"""Why SafeCase locked: shown on the unlock window, so a sudden lock is never a mystery."""

from __future__ import annotations

import enum


class LockReason(enum.Enum):
    MANUAL = "manual"
    IDLE = "idle"
    SCREEN_LOCKED = "screen_locked"
    SLEEPING = "sleeping"
    MINIMISED = "minimised"
    QUIT = "quit"
