"""What a view gets when the main window builds it after unlock."""

from __future__ import annotations

from dataclasses import dataclass

from safecase.domain.clock import Clock
from safecase.gui.background import BackgroundRunner
from safecase.gui.backup.auto_backup_scheduler import AutoBackupScheduler
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.reminders.reminder_scheduler import ReminderScheduler
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.vault import OpenVault


@dataclass(frozen=True, slots=True)
class ViewContext:
    vault: OpenVault
    """Open for this session only; the view drops it in `clear_on_lock()`."""
    runner: BackgroundRunner
    """Run every query that may take over ~100 ms through this."""
    lock: LockController
    """`lock.register(model)` for extra Lockables; `lock.track_window(dialog)` for record
    dialogs and viewers (shown with open()/show(), never exec())."""
    clipboard: SecretClipboard
    clock: Clock
    icons: IconLibrary
    reminders: ReminderScheduler | None = None
    """Lives for the whole run; the session attaches its reminder service on unlock."""
    auto_backups: AutoBackupScheduler | None = None
    """Lives for the whole run; the dashboard shows its state."""
