"""Shows an image decoded in memory (`QImage.fromData`): no file, no outside program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


class ImageView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Image"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(False)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self._image = QImage()

    @property
    def image(self) -> QImage:
        return self._image

    def set_data(self, data: bytes) -> bool:
        """False when the bytes are not an image Qt can decode."""
        image = QImage.fromData(data)
        if image.isNull():
            self.clear()
            return False
        self._image = image
        self.label.setPixmap(QPixmap.fromImage(image))
        self.label.adjustSize()
        return True

    def clear(self) -> None:
        self._image = QImage()
        self.label.clear()
