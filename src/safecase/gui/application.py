"""The QApplication: identity, icon, style sheets and translations.

Rules carried here:
- one app id everywhere: `org.safecase.SafeCase` (desktop file name, AppStream, Wayland app id);
- organisation and application names are set (statically, by `set_identity`) before any
  QSettings exists, so nothing lands under a "QtProject" or empty organisation name;
- styles come from resources/styles/*.qss and use `palette(...)` colours, so light and dark
  system themes both work; on a palette change the style and icons are re-applied;
- quitting is explicit (the session controller locks first), never "last window closed".
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from safecase import __version__
from safecase.gui.icon_library import IconLibrary

APP_ID = "org.safecase.SafeCase"
APP_NAME = "SafeCase"
ORGANIZATION = "SafeCase"
ORGANIZATION_DOMAIN = "safecase.org"

log = logging.getLogger(__name__)


def stylesheet_text() -> str:
    styles = resources.files("safecase.resources").joinpath("styles")
    sheets = sorted(
        (entry for entry in styles.iterdir() if entry.name.endswith(".qss")),
        key=lambda entry: entry.name,
    )
    return "\n".join(sheet.read_text(encoding="utf-8") for sheet in sheets)


class Application(QApplication):
    palette_refreshed = Signal()

    @staticmethod
    def set_identity() -> None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)

    def __init__(self, argv: list[str]) -> None:
        self.set_identity()
        super().__init__(argv)
        self.setApplicationDisplayName(APP_NAME)
        self.setDesktopFileName(APP_ID)
        self.setQuitOnLastWindowClosed(False)
        self.icons = IconLibrary()
        self._translators: list[QTranslator] = []
        self._applying_style = False
        self.setWindowIcon(self.icons.app_icon())
        self.apply_style()

    def apply_style(self) -> None:
        self._applying_style = True
        try:
            self.setStyleSheet(stylesheet_text())
        finally:
            self._applying_style = False

    def load_translations(self, language: str = "") -> None:
        """Qt's own strings and SafeCase's, for `language` ("" follows the system)."""
        for translator in self._translators:
            self.removeTranslator(translator)
        self._translators.clear()
        locale = QLocale(language) if language else QLocale.system()
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            self.installTranslator(qt)
            self._translators.append(qt)
        ours = QTranslator(self)
        translations = resources.files("safecase.resources").joinpath("translations")
        if ours.load(locale, "safecase", "_", str(translations)):
            self.installTranslator(ours)
            self._translators.append(ours)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and not self._applying_style:
            self.icons.clear_cache()
            self.apply_style()
            self.palette_refreshed.emit()
        return super().event(event)
