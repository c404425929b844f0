"""Copy sensitive text to the clipboard so that it leaves as few traces as possible.

Rules carried here:
- every copy is marked secret for clipboard managers and history: `x-kde-passwordManagerHint:
  secret` (Klipper, wl-clip-persist, GNOME extensions), the Windows formats that keep it out of
  clipboard history, cloud clipboard and monitors, and the macOS concealed type;
- it is cleared after `CLEAR_AFTER_MS`, on lock and on quit — but only if the clipboard still
  holds our copy (the user may have copied something else since);
- to recognise our copy, only a keyed hash of it is kept, never the text.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
KDE_SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
# Qt maps this MIME form to a registered Windows clipboard format of the given name.
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"
SECRET_FORMATS: dict[str, bytes] = {
    KDE_SECRET_HINT: b"secret",
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01",
    _WINDOWS.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _WINDOWS.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
    # macOS (nspasteboard.org): best effort, Qt passes unknown types through by name.
    "application/x-nspasteboard-concealed-type": b"secret",
}


class SecretClipboard(QObject):
    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._key = secrets.token_bytes(32)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self._on_clear_timer_timeout)

    @property
    def clear_timer(self) -> QTimer:
        """Exposed so tests can drive the timeout deterministically."""
        return self._timer

    @property
    def holds_our_copy(self) -> bool:
        if self._digest is None:
            return False
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasFormat(KDE_SECRET_HINT):
            return False
        return hmac.compare_digest(self._hash(mime.text()), self._digest)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, data in SECRET_FORMATS.items():
            mime.setData(fmt, data)
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._digest = self._hash(text)
        self._timer.start()

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what we copied — through this class, or with an
        ordinary Ctrl+C / selection from one of our fields (Qt owns it then); True if it did."""
        self._timer.stop()
        ours = self.holds_our_copy or self._clipboard.ownsClipboard()
        if ours:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        if self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        self._digest = None
        return ours

    def _hash(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).digest()

    def _on_clear_timer_timeout(self) -> None:
        self.clear_if_ours()
