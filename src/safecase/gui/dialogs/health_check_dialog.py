"""Check the vault: every page authentic, the structure intact, every link valid.

The check reads the whole store, so it runs off the GUI thread; it starts when the dialog opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.vault import HealthReport, OpenVault


class HealthCheckDialog(VaultDialog):
    def __init__(
        self, vault: OpenVault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Vault health check"),
            self.tr(
                "SafeCase reads the whole vault to check that nothing was damaged or changed "
                "behind its back. Nothing is changed by the check."
            ),
            parent,
        )
        self._vault = vault
        self._runner = runner
        self.results = PlainLabel(parent=self)
        self.results.setObjectName("healthResults")
        self.content.addWidget(self.results)
        self.again_button = self.add_button(
            self.tr("Check &again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.again_button.clicked.connect(self.start)
        self.report: HealthReport | None = None

    def _check_name(self, name: str) -> str:
        names = {
            "encryption": self.tr("Encryption"),
            "structure": self.tr("Structure"),
            "links": self.tr("Links between records"),
        }
        return names.get(name, name)

    def start(self) -> None:
        self.results.clear()
        self.set_busy(True, self.tr("Checking every part of the vault…"))
        self._runner.run(self._vault.health_check, self._on_checked, self._on_failed, context=self)

    def open(self) -> None:
        super().open()
        self.start()

    def _on_checked(self, report: HealthReport) -> None:
        self.set_busy(False)
        self.report = report
        lines = [
            f"{'✓' if c.passed else '✗'}  {self._check_name(c.name)}: "
            f"{QCoreApplication.translate('HealthCheck', c.detail)}"
            for c in report.checks
        ]
        self.results.setText("\n".join(lines))
        self.fit_to_content()
        if report.healthy:
            self.show_message(self.tr("Your vault is healthy."), error=False)
        else:
            self.show_message(
                self.tr(
                    "SafeCase found problems. Do not add or change anything now. Restore your "
                    "most recent backup, or ask your technical contact for help."
                )
            )
        self.close_button.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.show_message(describe_error(exc))
