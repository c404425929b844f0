"""What changed in a record, when: every field change, links, deletion and restore.
Shown as plain text; long values are shortened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import HistoryEntry
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.widgets.plain_label import PlainLabel

MAX_VALUE_CHARS = 160
STATE_FIELD = "(state)"


def _short(value: str | None) -> str:
    if value is None or value == "":
        return "—"
    flat = " ".join(value.split())
    return flat if len(flat) <= MAX_VALUE_CHARS else flat[: MAX_VALUE_CHARS - 1] + "…"


class RecordHistoryDialog(QDialog):
    def __init__(
        self, gateway: RecordsGateway, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 480)
        self._gateway = gateway
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Changes, oldest first"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

        def read() -> list[str]:
            return [self._line(entry) for entry in gateway.records.history(record_id)]

        self.text.setPlainText("\n".join(gateway.call(read)) or self.tr("No changes yet."))

    def _line(self, entry: HistoryEntry) -> str:
        when = DateDisplay.timestamp(entry.at)
        if entry.field == STATE_FIELD:
            what = (
                self.tr("moved to the recycle bin")
                if entry.new == "deleted"
                else self.tr("restored from the recycle bin")
            )
            return f"{when}  {what}"
        if entry.field.startswith("link:"):
            other = entry.field.removeprefix("link:")
            try:
                label = self._gateway.records.meta(other).label
            except RecordNotFound:
                label = self.tr("a deleted record")
            if entry.new is None:
                return f"{when}  " + self.tr("link removed: %s") % label
            return f"{when}  " + self.tr("linked: %s (%s)") % (label, _short(entry.new))
        field = QCoreApplication.translate(
            "RecordFields", entry.field.replace("_", " ").capitalize()
        )
        return f"{when}  {field}: {_short(entry.old)} → {_short(entry.new)}"

    def clear_on_lock(self) -> None:
        self.text.clear()

    def done(self, result: int) -> None:
        """Closing (by the user or the lock) forgets what was shown."""
        self.clear_on_lock()
        super().done(result)
