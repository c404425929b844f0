"""First-run page 3: measure this computer (KDF calibration) and create the vault, off the GUI
thread, with progress. Advances by itself when done."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from safecase.gui.background import BackgroundRunner, Progress
from safecase.gui.dialogs.create_vault.create_vault_state import CreateVaultState
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services import vault as vault_service
from safecase.services.vault import KdfParams, OpenVault

PROGRESS_STEPS = 100


class CreatingPage(QWizardPage):
    def __init__(
        self, state: CreateVaultState, runner: BackgroundRunner, kdf: KdfParams | None
    ) -> None:
        super().__init__()
        self._state = state
        self._runner = runner
        self._kdf = kdf
        self._running = False
        self.setTitle(self.tr("Creating your vault"))
        self.explanation = PlainLabel(
            self.tr(
                "SafeCase is measuring how fast this computer is, to make your passphrase as "
                "hard as possible to guess while keeping unlocking to about a second. This "
                "takes a few seconds."
            ),
            self,
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = PlainLabel(parent=self)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self._start)
        self.restart_button = QPushButton(self.tr("&Start over"), self)
        self.restart_button.setAccessibleName(self.tr("Start over"))
        self.restart_button.clicked.connect(self._on_restart_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        self.retry_button.hide()
        self.restart_button.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))

    def initializePage(self) -> None:
        if self._state.vault is None:
            self._start()

    def isComplete(self) -> bool:
        return self._state.vault is not None

    @property
    def running(self) -> bool:
        return self._running

    def _start(self) -> None:
        passphrase = self._state.passphrase
        if self._running or passphrase is None:
            return
        self._running = True
        self.problem.hide()
        self.retry_button.hide()
        self.restart_button.hide()
        self.progress.setValue(0)
        self.status.setText(self.tr("Measuring this computer…"))
        root, kdf = self._state.vault_dir, self._kdf

        def create(progress: Progress) -> tuple[OpenVault, str]:
            return vault_service.create(root, passphrase, kdf=kdf, calibration_progress=progress)

        self._runner.run_with_progress(
            create, self._on_created, self._on_failed, self.on_progress, context=self
        )

    def on_progress(self, fraction: float) -> None:
        self.progress.setValue(int(min(1.0, max(0.0, fraction)) * PROGRESS_STEPS * 0.9))
        if fraction >= 1.0:
            self.status.setText(self.tr("Creating the vault…"))

    def _on_created(self, result: tuple[OpenVault, str]) -> None:
        self._running = False
        self._state.vault, self._state.recovery_key = result
        self._state.forget_passphrase()
        self.progress.setValue(PROGRESS_STEPS)
        self.status.setText(self.tr("Your vault is ready."))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _on_failed(self, exc: Exception) -> None:
        self._running = False
        self.progress.setValue(0)
        self.status.clear()
        self.problem.setText(describe_error(exc))
        self.problem.show()
        self.retry_button.show()
        self.restart_button.show()

    def _on_restart_button_clicked(self) -> None:
        self._state.forget_passphrase()
        wizard = self.wizard()
        if wizard is not None:
            wizard.restart()
