"""A calm warning shown under passphrase fields while Caps Lock seems to be on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel


class CapsLockWarning(PlainLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("capsLockWarning")
        self.setText(self.tr("Caps Lock seems to be on."))
        self.setAccessibleName(self.tr("Caps Lock warning"))
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the form does not jump when it appears
        self.setSizePolicy(policy)
        self.setVisible(False)

    def watch(self, edit: PassphraseEdit) -> None:
        edit.caps_lock_changed.connect(self.setVisible)
