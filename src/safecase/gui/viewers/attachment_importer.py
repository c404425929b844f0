"""Adds files to a person or case: chosen in a file dialog or dropped on the window. The file
is streamed into the encrypted store in the background; nothing is copied anywhere else."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QMimeData, QMimeDatabase, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from safecase.domain.image_metadata import ImageMetadataError, strip_image_metadata
from safecase.domain.records import Attachment
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.editors.record_editor_dialog import Track
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.settings import Settings


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (nothing for text, links or remote URLs)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


# Photos carry GPS positions and camera serial numbers; they are removed on import (lossless).
STRIPPABLE = frozenset({"image/jpeg", "image/png"})
MAX_STRIP_BYTES = 64 * 1024 * 1024


def without_metadata(data: bytes) -> bytes:
    """The image without location/camera metadata; unchanged if it cannot be parsed safely."""
    try:
        return strip_image_metadata(data).data
    except ImageMetadataError:
        return data


class AttachmentImporter(QObject):
    added = Signal(list)
    """The `Attachment`s added."""
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, gateway: RecordsGateway, track: Track, parent: QObject | None = None):
        super().__init__(parent)
        self._gateway = gateway
        self._track = track
        self.file_dialog: QFileDialog | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def choose_files(self, target_id: str, parent: QWidget) -> None:
        dialog = QFileDialog(parent, WINDOW_TITLE)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if sys.platform.startswith("linux"):
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(
            lambda files: self.add_files([Path(f) for f in files], target_id)
        )
        dialog.finished.connect(lambda _result: Settings.forget_file_dialog_history())
        self._track(dialog)
        self.file_dialog = dialog
        dialog.open()

    def add_files(self, paths: list[Path], target_id: str) -> None:
        if not paths:
            return
        database = QMimeDatabase()
        typed = [(path, database.mimeTypeForFile(str(path)).name()) for path in paths]
        gateway = self._gateway

        def add() -> list[Attachment]:
            added = []
            for path, media_type in typed:
                if media_type in STRIPPABLE and path.stat().st_size <= MAX_STRIP_BYTES:
                    source: BinaryIO = io.BytesIO(without_metadata(path.read_bytes()))
                else:
                    source = path.open("rb")
                with source:
                    added.append(
                        gateway.records.add_attachment(source, path.name, media_type, target_id)
                    )
            return added

        self._set_busy(True)
        gateway.run(add, self._on_added, self._on_failed, context=self)

    def _on_added(self, attachments: list[Attachment]) -> None:
        self._set_busy(False)
        self.added.emit(attachments)

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
