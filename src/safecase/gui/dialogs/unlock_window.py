"""The unlock window: the first thing shown (after first run), and after every lock.

Rules carried here:
- window title exactly "SafeCase", nothing else (no vault name or path);
- the passphrase field is cleared the moment Unlock is pressed (the bytes travel to the
  background task, which zeroes them), so a wrong passphrase never stays on screen;
- key derivation runs off the GUI thread, with a busy indicator;
- errors are plain words from `describe_error`, never exception text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.recovery_unlock_dialog import RecoveryUnlockDialog
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.error_text import describe_error
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.widgets.caps_lock_warning import CapsLockWarning
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services import vault as vault_service
from safecase.services.vault import KdfParams, OpenVault

ICON_SIZE = 72


class UnlockWindow(QWidget):
    unlocked = Signal(object)
    """Emitted with the open vault."""
    closed = Signal()
    """The user closed the window (quit)."""

    def __init__(
        self,
        vault_dir: Path,
        runner: BackgroundRunner,
        icons: IconLibrary,
        parent: QWidget | None = None,
        *,
        recovery_kdf: KdfParams | None = None,
        unlock: Callable[[Path, bytearray], OpenVault] = vault_service.unlock,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(icons.app_icon())
        self._vault_dir = vault_dir
        self._runner = runner
        self._recovery_kdf = recovery_kdf
        self._unlock = unlock
        self._busy = False
        self.recovery_dialog: RecoveryUnlockDialog | None = None

        self._build_widgets(icons)
        self._build_layout()
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)

    def _build_widgets(self, icons: IconLibrary) -> None:
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.pixmap("lock", QSize(ICON_SIZE, ICON_SIZE), muted=True))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = PlainLabel(self.tr("SafeCase is locked"), self)
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = PlainLabel(parent=self)
        self.reason.setObjectName("lockReason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.hide()
        self.prompt = PlainLabel(self.tr("Type your passphrase to open your vault."), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = PassphraseEdit(self.tr("Passphrase"), self)
        self.passphrase.setMinimumWidth(340)
        self.prompt.setBuddy(self.passphrase)
        self.caps_warning = CapsLockWarning(self)
        self.caps_warning.watch(self.passphrase)
        self.caps_warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = PlainLabel(parent=self)
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Opening the vault"))
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.recovery_button = QPushButton(
            self.tr("Forgot your passphrase? Use the &recovery key…"), self
        )
        self.recovery_button.setObjectName("linkButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))

    def _build_layout(self) -> None:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.icon)
        column.addWidget(self.heading)
        column.addWidget(self.reason)
        column.addSpacing(6)
        column.addWidget(self.prompt)
        column.addWidget(self.passphrase)
        column.addWidget(self.caps_warning)
        column.addWidget(self.busy_bar)
        column.addWidget(self.message)
        column.addWidget(self.unlock_button)
        column.addSpacing(8)
        column.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 0)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setMinimumSize(520, 460)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def vault_dir(self) -> Path:
        return self._vault_dir

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""

    def show_locked(self, reason: LockReason = LockReason.MANUAL) -> None:
        """Reset for a fresh unlock and say (calmly) why SafeCase locked."""
        texts = {
            LockReason.IDLE: self.tr("SafeCase locked itself after a while without use."),
            LockReason.SCREEN_LOCKED: self.tr("SafeCase locked because the screen locked."),
            LockReason.SLEEPING: self.tr("SafeCase locked before the computer went to sleep."),
            LockReason.MINIMISED: self.tr("SafeCase locked when its window was minimised."),
        }
        text = texts.get(reason, "")
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.passphrase.clear()
        self.message.hide()
        self._set_busy(False)
        self.show()
        self.raise_()
        self.activateWindow()
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            self._show_message(self.tr("Type your passphrase first."))
            self.passphrase.setFocus()
            return
        secret = self.passphrase.take_passphrase()
        root = self._vault_dir
        open_vault = self._unlock

        def unlock() -> OpenVault:
            try:
                return open_vault(root, secret)
            finally:
                secret[:] = bytes(len(secret))

        self.message.hide()
        self._set_busy(True)
        self._runner.run(unlock, self._on_unlocked, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Opening…") if busy else self.tr("&Unlock"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_unlocked(self, vault: OpenVault) -> None:
        self._set_busy(False)
        self.reason.hide()
        self.unlocked.emit(vault)

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self._show_message(describe_error(exc))
        self.passphrase.setFocus()

    def _on_recovery_button_clicked(self) -> None:
        dialog = RecoveryUnlockDialog(self._vault_dir, self._runner, self, kdf=self._recovery_kdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._on_unlocked)
        self.recovery_dialog = dialog
        dialog.destroyed.connect(self._on_recovery_dialog_destroyed)
        dialog.open()

    def _on_recovery_dialog_destroyed(self) -> None:
        self.recovery_dialog = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()  # an unlock is running; its vault must not be orphaned
            return
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
