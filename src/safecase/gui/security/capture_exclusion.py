"""Keep SafeCase windows out of screenshots, screen recordings and screen sharing, where the
operating system allows it.

- Windows 10 2004 and later: `SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`; the
  window is simply absent from captures. Older Windows 10/8/7: `WDA_MONITOR`, the window shows
  as black. Applied to every top-level window as it is first shown (dialogs and viewers too).
- Everywhere else this is a no-op that returns False and touches no native window handle:
  X11 has no such notion (any client can read the screen), Wayland compositors already deny
  capture to other clients unless the user approves it, and macOS would need the Objective-C
  runtime (`NSWindow.sharingType`), which SafeCase does not load. SECURITY.md says so.
Best effort by nature: it stops capture APIs, not a camera pointed at the screen, and malware
running as the user can change the affinity back.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11


def is_supported(platform: str | None = None) -> bool:
    return (platform or sys.platform) == "win32"


def _load_user32() -> Any:
    loader = getattr(ctypes, "WinDLL", None)  # only exists on Windows
    if loader is None:
        raise OSError("user32 is only available on Windows")
    return loader("user32", use_last_error=True)


def exclude_from_capture(
    widget: QWidget, *, platform: str | None = None, user32: Any | None = None
) -> bool:
    """Exclude one top-level window from capture. True if the system accepted it."""
    if not is_supported(platform):
        return False
    try:
        lib = user32 if user32 is not None else _load_user32()
        hwnd = int(widget.winId())
        if lib.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
            return True
        return bool(lib.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))  # before Windows 10 2004
    except (OSError, AttributeError, ValueError) as exc:
        log.warning("capture exclusion unavailable: %s", type(exc).__name__)
        return False


class CaptureExclusion(QObject):
    """Applies `exclude_from_capture` to every top-level window when it is shown."""

    def __init__(
        self,
        app: QApplication,
        *,
        platform: str | None = None,
        user32: Any | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._platform = platform
        self._user32 = user32
        self.excluded = 0
        self.active = is_supported(platform)
        if self.active:
            app.installEventFilter(self)
            for widget in app.topLevelWidgets():
                if widget.isVisible():
                    self._apply(widget)

    def _apply(self, widget: QWidget) -> None:
        if widget.property("safecaseCaptureExcluded"):
            return
        if exclude_from_capture(widget, platform=self._platform, user32=self._user32):
            widget.setProperty("safecaseCaptureExcluded", True)
            self.excluded += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._apply(watched)
        return False
