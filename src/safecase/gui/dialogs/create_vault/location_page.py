"""First-run page 1: welcome, and where the vault will live."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.settings import Settings
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services import vault as vault_service

NEW_FOLDER_NAME = "SafeCase vault"


class LocationPage(QWizardPage):
    def __init__(self, state: CreateVaultState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Welcome to SafeCase"))
        intro = PlainLabel(
            self.tr(
                "SafeCase keeps your people, cases, notes and deadlines in an encrypted vault "
                "on this computer. Without your passphrase, nobody can read it — not even if "
                "the computer is taken.\n\n"
                "Setting up takes about three minutes:\n"
                "1.  Choose where to keep the vault (this page).\n"
                "2.  Choose a passphrase.\n"
                "3.  Write down a recovery key on paper — have a pen ready."
            ),
            self,
        )
        where = PlainLabel(
            self.tr(
                "The suggested place is right for most people. To keep the vault on an "
                "encrypted USB stick instead, choose a folder there."
            ),
            self,
        )
        self.location = QLineEdit(str(state.vault_dir), self)
        self.location.setAccessibleName(self.tr("Vault folder"))
        self.location.setAccessibleDescription(
            self.tr("The folder SafeCase creates to hold the encrypted vault.")
        )
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a folder"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.choose_button)
        label = PlainLabel(self.tr("Vault folder:"), self)
        label.setBuddy(self.location)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.location.textChanged.connect(self.completeChanged)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Focus on Next, not in the path field (where typing would replace the whole path).
        QTimer.singleShot(0, self._focus_next)

    def _focus_next(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            self.location.deselect()
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def isComplete(self) -> bool:
        return bool(self.location.text().strip())

    def chosen_path(self) -> Path:
        return Path(self.location.text().strip()).expanduser()

    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisibleTo(self) else ""

    def validatePage(self) -> bool:
        path = self.chosen_path()
        problem = ""
        if not path.is_absolute():
            problem = self.tr("Please give the full folder path, or use Choose….")
        elif vault_service.vault_exists(path):
            problem = self.tr(
                "There is already a vault in this folder. To use it, close this window and "
                "open SafeCase again. To make a new vault, choose another folder."
            )
        elif path.exists() and (not path.is_dir() or any(path.iterdir())):
            problem = self.tr(
                "This folder already has other files in it. SafeCase needs a new or empty "
                "folder. Add a new folder name at the end, or choose another place."
            )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            self.location.setFocus()
            return False
        self._state.vault_dir = path
        return True

    def _on_choose_button_clicked(self) -> None:
        # Qt's own dialog (not the GTK one, which records folders in recently-used.xbel);
        # what it remembers goes to SafeCase's settings and is wiped right after.
        options = QFileDialog.Option.ShowDirsOnly
        if sys.platform.startswith("linux"):
            options |= QFileDialog.Option.DontUseNativeDialog
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to keep the vault"), str(Path.home()), options
        )
        Settings.forget_file_dialog_history()
        if chosen:
            base = Path(chosen)
            empty = base.is_dir() and not any(base.iterdir())
            self.location.setText(str(base if empty else base / NEW_FOLDER_NAME))
