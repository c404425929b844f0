"""Which window is shown when: first run, unlock, the main window, lock, quit.

Rules carried here:
- the controller owns the pieces that live for the whole run (background runner, clipboard,
  lock controller, idle monitor, screen-lock listener) and passes them in explicitly;
- the main window is built lazily on first unlock, so the unlock window paints fast;
- every lock trigger goes to `LockController.lock(reason)`; quitting always locks first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from safecase import paths
from safecase.domain.clock import Clock
from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.backup.quit_backup_dialog import QuitBackupDialog
from safecase.gui.backup.vault_replacer import VaultReplacer
from safecase.gui.dialogs.create_vault_wizard import CreateVaultWizard
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.gui.lock.idle_monitor import IdleMonitor
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.lock.session_lock_listener import SLEEPING, SessionLockListener
from safecase.gui.main_window import MainWindow
from safecase.gui.reminders.reminder_scheduler import ReminderScheduler
from safecase.gui.reminders.tray_notifier import TrayNotifier
from safecase.gui.security.capture_exclusion import CaptureExclusion
from safecase.gui.security.panic_action import PanicAction
from safecase.gui.security.privacy_curtain import PrivacyCurtain
from safecase.gui.security.quick_erase import QuickErase
from safecase.gui.security.unlock_delay_notice import UnlockDelayNotice
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.view_registry import ViewRegistry
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services import vault as vault_service
from safecase.services.erase import EraseReport
from safecase.services.unlock_guard import UnlockGuard
from safecase.services.vault import KdfParams, OpenVault

log = logging.getLogger(__name__)


class SessionController(QObject):
    def __init__(
        self,
        app: Application,
        settings: Settings,
        *,
        clock: Clock,
        registry: ViewRegistry | None = None,
        vault_dir: Path | None = None,
        kdf: KdfParams | None = None,
        listener: SessionLockListener | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._clock = clock
        self._registry = registry or default_view_registry()
        self._kdf = kdf
        self.vault_dir = vault_dir or settings.vault_path or paths.default_vault_dir()
        self.runner = BackgroundRunner(self)
        self.clipboard = SecretClipboard(parent=self)
        self.lock = LockController(self.runner, self.clipboard, self)
        self.lock.set_unlock_presenter(self._show_unlock)
        self.idle = IdleMonitor(clock, timeout_s=settings.idle_lock_minutes * 60, parent=self)
        self.idle.install(app)
        self.idle.timed_out.connect(lambda: self.lock.lock(LockReason.IDLE))
        self.listener = listener or SessionLockListener(self)
        self.listener.lock_requested.connect(self._on_listener_lock_requested)
        # Beside the settings file (the self-test's throwaway one included).
        self.unlock_guard = UnlockGuard.in_config_dir(Path(settings.file_name).parent, clock)
        self.panic = PanicAction(self.lock, app, parent=self)
        self.quick_erase = QuickErase(
            self.lock, lambda: self.vault_dir, panic=self.panic, parent=self
        )
        self.quick_erase.erased.connect(self._on_quick_erase_erased)
        self.capture_exclusion = CaptureExclusion(app, parent=self)
        self.curtain: PrivacyCurtain | None = None
        # Reminders outlive a lock: while locked only their times stay, for neutral notices.
        self.notifier = TrayNotifier(app.icons.app_icon(), self)
        self.reminders = ReminderScheduler(clock, self.notifier, self)
        self.lock.register_persistent(self.reminders)
        self.notifier.activated.connect(self._on_notifier_activated)
        # Stopped by the lock before the store closes, so a lock never waits for a backup.
        self.auto_backups = AutoBackupScheduler(self.runner, clock, self)
        self.lock.register_persistent(self.auto_backups)
        self.quit_backup: QuitBackupDialog | None = None
        self.replacer = VaultReplacer(self.runner, self.lock, lambda: self.vault_dir, kdf=kdf)
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: CreateVaultWizard | None = None
        self._quitting = False
        app.palette_refreshed.connect(self._on_app_palette_refreshed)
        app.aboutToQuit.connect(self._on_app_about_to_quit)

    def start(self, *, listen: bool = True) -> None:
        if listen:
            self.listener.start()
        if vault_service.vault_exists(self.vault_dir):
            self._show_unlock(LockReason.MANUAL)
        else:
            self._show_wizard()

    # -- windows -------------------------------------------------------------------------------

    def _show_wizard(self) -> None:
        wizard = CreateVaultWizard(
            self.runner,
            default_location=self.vault_dir,
            kdf=self._kdf,
            idle_minutes=self._settings.idle_lock_minutes,
        )
        wizard.setWindowIcon(self._app.icons.app_icon())
        wizard.vault_created.connect(self._on_wizard_vault_created)
        wizard.cancelled.connect(self.quit)
        self.wizard = wizard
        wizard.show()

    def _ensure_unlock_window(self) -> UnlockWindow:
        if self.unlock_window is None or self.unlock_window.vault_dir != self.vault_dir:
            if self.unlock_window is not None:
                self.unlock_window.deleteLater()
            window = UnlockWindow(
                self.vault_dir,
                self.runner,
                self._app.icons,
                recovery_kdf=self._kdf,
                unlock=self.unlock_guard.unlock,
            )
            UnlockDelayNotice.attach(window, self.unlock_guard)
            window.unlocked.connect(self._on_unlocked)
            window.closed.connect(self.quit)
            self.unlock_window = window
        return self.unlock_window

    def _ensure_main_window(self) -> MainWindow:
        if self.main_window is None:
            window = MainWindow(
                self._registry,
                self.lock,
                runner=self.runner,
                icons=self._app.icons,
                settings=self._settings,
                clock=self._clock,
                reminders=self.reminders,
                auto_backups=self.auto_backups,
            )
            window.lock_requested.connect(self.lock.lock)
            window.quit_requested.connect(self.quit)
            window.vault_replace_requested.connect(self.replacer.replace)
            self.curtain = PrivacyCurtain(window, self._app, self._app.icons, enabled=False)
            self.main_window = window
        return self.main_window

    def _show_unlock(self, reason: LockReason) -> None:
        self.idle.disarm()
        if self._quitting:
            return
        self._ensure_unlock_window().show_locked(reason)

    def _on_wizard_vault_created(self, vault: OpenVault) -> None:
        if self.wizard is not None:
            self.vault_dir = self.wizard.state.vault_dir
        self._settings.vault_path = self.vault_dir
        self._settings.sync()
        self._on_unlocked(vault)
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def _on_unlocked(self, vault: OpenVault) -> None:
        self.lock.adopt(vault)
        self.auto_backups.attach(vault)
        window = self._ensure_main_window()
        window.open_session(vault)
        window.show()
        window.raise_()
        window.activateWindow()
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.idle.set_timeout(self._settings.idle_lock_minutes * 60)
        self.idle.arm()

    # -- triggers ------------------------------------------------------------------------------

    def _on_listener_lock_requested(self, why: str) -> None:
        if self.lock.is_locked:
            return
        if why == SLEEPING:
            if self._settings.lock_before_sleep:
                self.lock.lock(LockReason.SLEEPING)
        elif self._settings.lock_on_screen_lock:
            self.lock.lock(LockReason.SCREEN_LOCKED)

    def _on_notifier_activated(self) -> None:
        window = self.main_window if not self.lock.is_locked else self.unlock_window
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()

    def _on_quick_erase_erased(self, _report: EraseReport) -> None:
        self._show_wizard()

    def _on_app_palette_refreshed(self) -> None:
        if self.main_window is not None:
            self.main_window.refresh_icons()

    # -- quitting ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Lock, clear our clipboard copy, and wipe what Qt's file dialog remembered."""
        self._quitting = True
        self._app.removeEventFilter(self.panic)
        self.idle.disarm()
        self.reminders.stop()
        self.notifier.hide()
        self.lock.shutdown()
        self.listener.stop()
        Settings.forget_file_dialog_history()
        self._settings.sync()

    def quit(self) -> None:
        """Quit, after the backup-on-quit the caseworker asked for (it can be skipped)."""
        if self.quit_backup is not None:
            return  # already waiting for it
        if not self._quitting and self.auto_backups.back_up_before_quit(self._finish_quit):
            self.quit_backup = QuitBackupDialog(self.auto_backups)
            self.quit_backup.setWindowIcon(self._app.icons.app_icon())
            self.quit_backup.show()
            return
        self._finish_quit()

    def _finish_quit(self) -> None:
        if self.quit_backup is not None:
            self.quit_backup.force_close()
            self.quit_backup.deleteLater()
            self.quit_backup = None
        self.shutdown()
        self._app.quit()

    def _on_app_about_to_quit(self) -> None:
        if not self._quitting:
            self.shutdown()
