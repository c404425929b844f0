"""First run: choose where, choose a passphrase, create the vault (calibrating the KDF off the
GUI thread), show the recovery key once and check the paper copy.

Tests pass explicit fast `kdf` parameters to skip calibration (never a global test mode).
Once the vault exists there is no Cancel: closing the window finishes the wizard with the open
vault (nothing is lost; a new recovery key can be made from the Vault menu), and Escape is
ignored so the recovery key is not dismissed by accident.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget, QWizard

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.dialogs.create_vault.creating_page import CreatingPage
from safecase.gui.dialogs.create_vault.finished_page import FinishedPage
from safecase.gui.dialogs.create_vault.location_page import LocationPage
from safecase.gui.dialogs.create_vault.passphrase_page import PassphrasePage
from safecase.gui.dialogs.create_vault.recovery_check_page import RecoveryCheckPage
from safecase.gui.dialogs.create_vault.recovery_key_page import RecoveryKeyPage
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.services.vault import KdfParams, OpenVault


class CreateVaultWizard(QWizard):
    vault_created = Signal(object)
    """Emitted with the open vault when the wizard finishes."""
    cancelled = Signal()
    """Closed before a vault existed."""

    def __init__(
        self,
        runner: BackgroundRunner,
        *,
        default_location: Path,
        kdf: KdfParams | None = None,
        idle_minutes: int = 5,
        choose: Callable[[int], int] = secrets.randbelow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(680, 600)
        self.state = CreateVaultState(default_location)
        self._finished = False
        self.location_page = LocationPage(self.state)
        self.passphrase_page = PassphrasePage(self.state)
        self.creating_page = CreatingPage(self.state, runner, kdf)
        self.recovery_key_page = RecoveryKeyPage(self.state)
        self.recovery_check_page = RecoveryCheckPage(self.state, choose)
        self.finished_page = FinishedPage(idle_minutes)
        for page in (
            self.location_page,
            self.passphrase_page,
            self.creating_page,
            self.recovery_key_page,
            self.recovery_check_page,
            self.finished_page,
        ):
            self.addPage(page)
        names = {
            QWizard.WizardButton.BackButton: self.tr("Back"),
            QWizard.WizardButton.NextButton: self.tr("Next"),
            QWizard.WizardButton.CommitButton: self.tr("Create the vault"),
            QWizard.WizardButton.FinishButton: self.tr("Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, name in names.items():
            self.button(which).setAccessibleName(name)
        self.currentIdChanged.connect(self._on_current_id_changed)

    @property
    def vault(self) -> OpenVault | None:
        return self.state.vault

    def _on_current_id_changed(self, _page_id: int) -> None:
        self.setOption(QWizard.WizardOption.NoCancelButton, self.state.vault is not None)

    def _hand_over(self) -> None:
        if self._finished:
            return
        self._finished = True
        vault = self.state.vault
        self.state.recovery_key = ""
        self.recovery_key_page.key_view.clear()
        self.recovery_check_page.check.clear()
        if vault is not None:
            self.vault_created.emit(vault)

    def accept(self) -> None:
        self._hand_over()
        super().accept()

    def reject(self) -> None:
        if self.creating_page.running:
            return  # the vault is being written; it cannot be abandoned half-way
        if self.state.vault is not None:
            # The vault exists: closing finishes the wizard with it rather than losing it.
            self.accept()
            return
        self.state.forget_passphrase()
        self.cancelled.emit()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.state.vault is not None:
            event.accept()
            return
        super().keyPressEvent(event)
