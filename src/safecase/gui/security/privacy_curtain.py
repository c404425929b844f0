"""An optional privacy curtain: an opaque cover over a window while SafeCase is not in front.

When the caseworker switches to another program, or minimises SafeCase, the window's content is
covered by a plain panel ("SafeCase", a lock icon, no data), so a glance at the screen, a window
switcher thumbnail or a screenshot of the desktop taken then shows nothing from the vault. It
uncovers when SafeCase comes back to the front. Nothing is locked: that is what idle, screen
lock and panic are for.

Best effort, and documented as such: the cover is painted by SafeCase, so a thumbnail a window
manager captured before the cover was painted, or a capture taken while SafeCase is in front,
still shows the content. Off by default (it can be surprising); the settings switch turns it on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safecase.gui.icon_library import IconLibrary
from safecase.gui.widgets.plain_label import PlainLabel

ICON_SIZE = 64


class PrivacyCurtain(QWidget):
    def __init__(
        self,
        target: QWidget,
        app: QGuiApplication,
        icons: IconLibrary | None = None,
        *,
        enabled: bool = True,
    ) -> None:
        super().__init__(target)
        self.setObjectName("privacyCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("SafeCase is covered"))
        self._target = target
        self._app = app
        self._enabled = enabled
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        if icons is not None:
            icon = QLabel(self)
            icon.setPixmap(icons.pixmap("lock", QSize(ICON_SIZE, ICON_SIZE), muted=True))
            icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(icon)
        self.caption = PlainLabel("SafeCase", self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.caption)
        layout.addStretch(2)
        self.hide()
        target.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_app_application_state_changed)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        self._enabled = on
        if not on:
            self.uncover()

    @property
    def covering(self) -> bool:
        return self.isVisibleTo(self._target)

    def cover(self) -> None:
        if not self._enabled:
            return
        self.setGeometry(self._target.rect())
        self.show()
        self.raise_()

    def uncover(self) -> None:
        self.hide()

    def _in_front(self) -> bool:
        active = self._app.applicationState() == Qt.ApplicationState.ApplicationActive
        return active and not self._target.isMinimized()

    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            if not self._target.isMinimized():
                self.uncover()
        else:
            self.cover()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target:
            kind = event.type()
            if kind == QEvent.Type.Resize and self.isVisible():
                self.setGeometry(self._target.rect())
            elif kind == QEvent.Type.WindowStateChange:
                if self._target.isMinimized():
                    self.cover()
                elif self._in_front():
                    self.uncover()
            elif kind == QEvent.Type.Show and self._in_front():
                self.uncover()  # shown again after an unlock the caseworker just typed
        return False
