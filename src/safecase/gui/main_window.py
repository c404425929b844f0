"""The main window: section navigation, a stack of pages built by the `ViewRegistry` after
each unlock, the Lock action and the Vault menu. No business logic lives here.

Rules carried here:
- the window title is always "SafeCase" (never a section, person or case);
- pages exist only while unlocked: `open_session()` builds them from the registry,
  `clear_on_lock()` (the lock controller calls it) deletes them and hides the window, so a
  locked main window holds nothing from the vault;
- every dialog that touches the vault is tracked by the lock controller and opened with
  `open()`, so a lock closes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from safecase.domain.clock import Clock
from safecase.gui.background import BackgroundRunner
from safecase.gui.backup.auto_backup_dialog import AutoBackupDialog
from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.backup.backup_now_dialog import BackupNowDialog
from safecase.gui.backup.restore_dialog import RestoreDialog
from safecase.gui.deadlines.rule_pack_import_dialog import RulePackImportDialog
from safecase.gui.dialogs.about_dialog import AboutDialog
from safecase.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from safecase.gui.dialogs.health_check_dialog import HealthCheckDialog
from safecase.gui.dialogs.language_dialog import LanguageDialog
from safecase.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from safecase.gui.dialogs.rotate_data_key_dialog import RotateDataKeyDialog
from safecase.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.lock.lockable import Lockable
from safecase.gui.reminders.reminder_scheduler import ReminderScheduler
from safecase.gui.settings import Settings
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.views.empty_state_view import EmptyStateView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.view_context import ViewContext
from safecase.gui.views.view_registry import ViewRegistry
from safecase.services.vault import OpenVault

log = logging.getLogger(__name__)

NAV_WIDTH = 210


class MainWindow(QMainWindow):
    lock_requested = Signal(object)
    """A `LockReason`: the user (or minimising) asked to lock."""
    quit_requested = Signal()
    vault_replace_requested = Signal(object)
    """A confirmed `ReplaceRequest` from the restore dialog."""

    def __init__(
        self,
        registry: ViewRegistry,
        lock: LockController,
        *,
        runner: BackgroundRunner,
        icons: IconLibrary,
        settings: Settings,
        clock: Clock,
        reminders: ReminderScheduler | None = None,
        auto_backups: AutoBackupScheduler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._auto_backups = auto_backups
        if auto_backups is not None:
            auto_backups.settings_requested.connect(self._on_auto_backup_action_triggered)
        self.setObjectName("mainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(icons.app_icon())
        self._registry = registry
        self._lock = lock
        self._runner = runner
        self._icons = icons
        self._settings = settings
        self._clock = clock
        self.pages: dict[str, QWidget] = {}

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(NAV_WIDTH)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(self.tr("Section content"))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self._build_actions()
        self._build_menus_and_toolbar()
        self.resize(1100, 720)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        lock.register_persistent(self)
        self._set_vault_actions_enabled(False)

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: str = "", icon: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(Shortcuts.key(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(self._icons.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(
            self.tr("&Lock"), self._on_lock_action_triggered, Shortcuts.LOCK, "lock"
        )
        self.lock_action.setToolTip(
            self.tr("Lock SafeCase now (%s)") % Shortcuts.native(Shortcuts.LOCK)
        )
        self.quit_action = self._action(
            self.tr("Lock and &quit"), self._on_quit_action_triggered, Shortcuts.QUIT
        )
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), self._on_change_passphrase_action_triggered
        )
        self.recovery_key_action = self._action(
            self.tr("&Recovery key…"), self._on_recovery_key_action_triggered
        )
        self.rotate_key_action = self._action(
            self.tr("Replace the &data key…"), self._on_rotate_key_action_triggered
        )
        self.health_check_action = self._action(
            self.tr("Check vault &health…"), self._on_health_check_action_triggered
        )
        self.import_rules_action = self._action(
            self.tr("&Import rules from my organisation…"), self._on_import_rules_action_triggered
        )
        self.backup_now_action = self._action(
            self.tr("&Back up now…"), self._on_backup_now_action_triggered
        )
        self.restore_backup_action = self._action(
            self.tr("Re&store from a backup…"), self._on_restore_backup_action_triggered
        )
        self.auto_backup_action = self._action(
            self.tr("&Automatic backups…"), self._on_auto_backup_action_triggered
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self._on_shortcuts_action_triggered,
            Shortcuts.SHOW_SHORTCUTS,
        )
        self.about_action = self._action(self.tr("&About SafeCase"), self._on_about_triggered)
        self.section_actions: list[QAction] = []
        for index, spec in enumerate(self._registry.specs()):
            shortcut = Shortcuts.SECTIONS[index] if index < len(Shortcuts.SECTIONS) else ""
            action = self._action(spec.title, self._go_to(index), shortcut, spec.icon)
            self.section_actions.append(action)

    def _go_to(self, index: int) -> Callable[[], None]:
        return lambda: self.navigation.setCurrentRow(index)

    def _build_menus_and_toolbar(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        for action in (
            self.change_passphrase_action,
            self.recovery_key_action,
            self.rotate_key_action,
            self.health_check_action,
        ):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.import_rules_action)
        vault_menu.addSeparator()
        for action in (
            self.backup_now_action,
            self.restore_backup_action,
            self.auto_backup_action,
        ):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for action in self.section_actions:
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(
            LanguageDialog.menu_text(),
            lambda: self._open_tracked(LanguageDialog(self._settings, self)),
        )
        help_menu.addAction(self.about_action)
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Toolbar"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def refresh_icons(self) -> None:
        """After a palette change (light/dark), redraw the monochrome icons."""
        self.lock_action.setIcon(self._icons.icon("lock"))
        specs = self._registry.specs()
        for action, spec in zip(self.section_actions, specs, strict=False):
            action.setIcon(self._icons.icon(spec.icon))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item is not None and row < len(specs):
                item.setIcon(self._icons.icon(specs[row].icon))

    def _set_vault_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.lock_action,
            self.change_passphrase_action,
            self.recovery_key_action,
            self.rotate_key_action,
            self.health_check_action,
            self.import_rules_action,
            self.backup_now_action,
            self.restore_backup_action,
            self.auto_backup_action,
            *self.section_actions,
        ):
            action.setEnabled(enabled)

    # -- session -------------------------------------------------------------------------------

    def open_session(self, vault: OpenVault) -> None:
        """Build every registered section for this unlocked vault."""
        self._remove_pages()
        context = ViewContext(
            vault=vault,
            runner=self._runner,
            lock=self._lock,
            clipboard=self._lock.clipboard,
            clock=self._clock,
            icons=self._icons,
            reminders=self._reminders,
            auto_backups=self._auto_backups,
        )
        for spec in self._registry.specs():
            try:
                page = spec.factory(context)
            except Exception as exc:
                log.error("section %s failed to build: %s", spec.key, type(exc).__name__)
                page = EmptyStateView(
                    self._icons,
                    spec.icon,
                    spec.title,
                    self.tr("This section could not be opened. Your data is safe."),
                )
            page.setAccessibleName(spec.title)
            self.stack.addWidget(page)
            self.pages[spec.key] = page
            if isinstance(page, Lockable):
                self._lock.register(page)
            item = QListWidgetItem(self._icons.icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.title)
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(0)
        self._set_vault_actions_enabled(True)
        self.navigation.setFocus()

    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), None)

    def _remove_pages(self) -> None:
        self.navigation.clear()
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def clear_on_lock(self) -> None:
        """Forget the session: delete every page and hide."""
        if self.isVisible():
            self._settings.window_geometry = self.saveGeometry()
        self._remove_pages()
        self._set_vault_actions_enabled(False)
        self.hide()

    # -- vault dialogs -------------------------------------------------------------------------

    def _open_tracked(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._lock.track_window(dialog)
        dialog.open()
        return dialog

    def _on_change_passphrase_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            self._open_tracked(ChangePassphraseDialog(vault, self._runner, self))

    def _on_recovery_key_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            self._open_tracked(RecoveryKeyDialog(vault, self._runner, self))

    def _on_rotate_key_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            self._open_tracked(RotateDataKeyDialog(vault, self._runner, self))

    def _on_health_check_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            self._open_tracked(HealthCheckDialog(vault, self._runner, self))

    def _on_import_rules_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            sessions = (getattr(page, "session", None) for page in self.pages.values())
            session = next((s for s in sessions if isinstance(s, RecordsSession)), None)
            dialog = RulePackImportDialog.for_vault(vault, self._clock, self._runner, session, self)
            self._open_tracked(dialog)

    def _on_backup_now_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            self._open_tracked(BackupNowDialog(vault, self._runner, self))

    def _on_restore_backup_action_triggered(self) -> None:
        if self._lock.vault is not None:
            dialog = RestoreDialog(self._runner, self, can_replace=True)
            dialog.replace_requested.connect(self.vault_replace_requested)
            self._open_tracked(dialog)

    def _on_auto_backup_action_triggered(self) -> None:
        if (vault := self._lock.vault) is not None:
            dialog = AutoBackupDialog(vault, self._runner, self)
            if self._auto_backups is not None:  # the dashboard's line follows the dialog
                dialog.finished.connect(self._auto_backups.state_changed)
            self._open_tracked(dialog)

    def _on_shortcuts_action_triggered(self) -> None:
        self._open_tracked(ShortcutsDialog(self))

    def _on_about_triggered(self) -> None:
        self._open_tracked(AboutDialog(self))

    def _on_quit_action_triggered(self) -> None:
        self.close()

    def _on_lock_action_triggered(self) -> None:
        self.lock_requested.emit(LockReason.MANUAL)

    # -- window events -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self._settings.lock_on_minimise
            and self._lock.vault is not None
        ):
            QTimer.singleShot(0, lambda: self.lock_requested.emit(LockReason.MINIMISED))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        event.accept()
        self.quit_requested.emit()
