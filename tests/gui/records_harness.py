"""Builds the main window with the records views on a real vault, for the records GUI tests
(not fixtures: each test module wraps `open_records_window` in its own fixture)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import shiboken6
from gui_helpers import wait_idle
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from safecase.domain.clock import FakeClock
from safecase.gui.background import BackgroundRunner
from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.main_window import MainWindow
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.records_views import install_records_views, view_of
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.vault import OpenVault

W = TypeVar("W", bound=QWidget)


@dataclass
class RecordsWindow:
    window: MainWindow
    lock: LockController
    runner: BackgroundRunner
    clipboard: SecretClipboard
    clock: FakeClock
    qtbot: QtBot

    def page(self, key: str, kind: type[W]) -> W:
        """The real view of a section (built now if it is still lazy)."""
        page = view_of(self.window.pages[key])
        assert isinstance(page, kind)
        return page

    @property
    def session(self) -> RecordsSession:
        session = getattr(self.window.pages["dashboard"], "session", None)
        assert isinstance(session, RecordsSession)
        return session

    def settle(self) -> None:
        """Until background tasks are done and their results delivered."""
        wait_idle(self.qtbot, self.runner)
        QApplication.processEvents()
        wait_idle(self.qtbot, self.runner)
        QApplication.processEvents()

    def show(self, key: str) -> QWidget:
        index = list(self.window.pages).index(key)
        self.window.navigation.setCurrentRow(index)
        self.settle()
        return view_of(self.window.pages[key])


def open_records_window(  # noqa: PLR0917 - the pieces a main window is built from
    qtbot: QtBot,
    vault: OpenVault,
    runner: BackgroundRunner,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
) -> RecordsWindow:
    registry = default_view_registry()
    install_records_views(registry)
    lock = LockController(runner, clipboard)
    auto_backups = AutoBackupScheduler(runner, clock, lock)  # as the app has it: the dashboard
    lock.register_persistent(auto_backups)  # shows its line about backups
    window = MainWindow(
        registry,
        lock,
        runner=runner,
        icons=icons,
        settings=settings,
        clock=clock,
        auto_backups=auto_backups,
    )
    qtbot.addWidget(window)
    lock.adopt(vault)
    auto_backups.attach(vault)
    window.open_session(vault)
    window.show()
    qtbot.waitExposed(window)
    harness = RecordsWindow(window, lock, runner, clipboard, clock, qtbot)
    harness.settle()
    return harness


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows (labels, buttons, line edits, item views' cells)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit

    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root_index = QModelIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # QListWidget's internal model keeps columnCount private
                columns = 1
            for row in range(model.rowCount(root_index)):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts


def is_closed(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
