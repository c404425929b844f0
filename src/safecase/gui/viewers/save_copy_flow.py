""" "Save a copy…": the one deliberate way an attachment leaves the vault, with a warning
first (Cancel is the default) and SafeCase's own file dialog (nothing remembered by the
desktop's recent-files list; what Qt's dialog remembered is wiped right after)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.editors.record_editor_dialog import Track
from safecase.gui.settings import Settings


class SaveCopyFlow(QObject):
    saved = Signal(str)
    """The path written (for the caller to say "saved"; never logged)."""
    failed = Signal(object)

    def __init__(self, data: bytes, file_name: str, track: Track, parent: QWidget) -> None:
        super().__init__(parent)
        self._data = data
        self._file_name = file_name
        self._track = track
        self._parent = parent
        self.warning: DestructiveConfirmation | None = None
        self.file_dialog: QFileDialog | None = None

    def start(self) -> None:
        box = DestructiveConfirmation(
            self.tr("Save an unencrypted copy?"),
            self.tr(
                "The copy is NOT protected by SafeCase. Anyone who has this computer or the "
                "place you save it to can open it, and deleting it later may not remove it "
                "from the disk. Save it only to an encrypted place you control, and only if "
                "you need to."
            ),
            self.tr("&Save a copy…"),
            self._parent,
        )
        box.confirmed.connect(self._ask_where)
        self._track(box)
        self.warning = box
        box.open()

    def _ask_where(self) -> None:
        dialog = QFileDialog(self._parent, WINDOW_TITLE)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if sys.platform.startswith("linux"):
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self._file_name)
        dialog.fileSelected.connect(self.write_to)
        dialog.finished.connect(lambda _result: Settings.forget_file_dialog_history())
        self._track(dialog)
        self.file_dialog = dialog
        dialog.open()

    def write_to(self, path: str) -> None:
        if not path:
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(self._data)
        except OSError as exc:
            self.failed.emit(exc)
            return
        self.saved.emit(str(Path(path)))

    def forget(self) -> None:
        self._data = b""
