"""Icons drawn from the SVGs in resources/icons, recoloured to follow the palette.

The monochrome icons use `currentColor`; it is replaced with the palette's text colour (or a
muted mix for large empty-state pictures), so they stay readable in light and dark themes.
Call `clear_cache()` when the palette changes. The app icon keeps its own colours.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "app"
_ICON_SIZES = (16, 22, 24, 32, 48, 64)


def _read_svg(name: str) -> bytes:
    return resources.files("safecase.resources").joinpath("icons", f"{name}.svg").read_bytes()


class IconLibrary:
    def __init__(self) -> None:
        self._icons: dict[tuple[str, bool], QIcon] = {}

    def clear_cache(self) -> None:
        self._icons.clear()

    @staticmethod
    def _colour(muted: bool, selected: bool = False) -> QColor:
        palette = QGuiApplication.palette()
        if selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        text = palette.color(QPalette.ColorRole.WindowText)
        if not muted:
            return text
        window = palette.color(QPalette.ColorRole.Window)
        return QColor(
            (text.red() + window.red()) // 2,
            (text.green() + window.green()) // 2,
            (text.blue() + window.blue()) // 2,
        )

    def _renderer(self, name: str, muted: bool, selected: bool = False) -> QSvgRenderer:
        data = _read_svg(name)
        if name != APP_ICON:
            colour = self._colour(muted, selected).name().encode("ascii")
            data = data.replace(b"currentColor", colour)
        return QSvgRenderer(QByteArray(data))

    def pixmap(
        self, name: str, size: QSize, *, muted: bool = False, selected: bool = False
    ) -> QPixmap:
        ratio = 1.0
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            ratio = app.devicePixelRatio()
        pixmap = QPixmap(size * ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(name, muted, selected).render(painter)
        finally:
            painter.end()
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def icon(self, name: str, *, muted: bool = False) -> QIcon:
        key = (name, muted)
        if key not in self._icons:
            icon = QIcon()
            for side in _ICON_SIZES:
                size = QSize(side, side)
                icon.addPixmap(self.pixmap(name, size, muted=muted))
                if name != APP_ICON:
                    selected = self.pixmap(name, size, muted=muted, selected=True)
                    icon.addPixmap(selected, QIcon.Mode.Selected)
            self._icons[key] = icon
        return self._icons[key]

    def app_icon(self) -> QIcon:
        return self.icon(APP_ICON)
