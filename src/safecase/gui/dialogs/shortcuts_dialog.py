"""Help: the list of keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.widgets.plain_label import PlainLabel


class ShortcutsDialog(VaultDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keyboard shortcuts"), "", parent)
        self.body.hide()
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        for keys, what in Shortcuts.described():
            key_label = PlainLabel(keys, self, wrap=False)
            key_label.setObjectName("shortcutKeys")
            form.addRow(key_label, PlainLabel(what, self))
        self.content.addLayout(form)
        close = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.clicked.connect(self.accept)
