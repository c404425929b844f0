"""Help: About SafeCase (version, and what it does and does not do)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safecase import __version__
from safecase.gui.dialogs.vault_dialog import VaultDialog


class AboutDialog(VaultDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("SafeCase %s") % __version__,
            self.tr(
                "An encrypted case and deadline tracker for people who protect others.\n\n"
                "SafeCase never connects to the internet. Everything stays in the encrypted "
                "vault on this computer, and only your passphrase or recovery key opens it.\n\n"
                "Free software under the GNU General Public License, version 3 or later."
            ),
            parent,
        )
        close = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.clicked.connect(self.accept)
