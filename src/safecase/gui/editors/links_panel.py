"""The records linked to a person, case or contact, with a role: a contact to a person
("lawyer"), people to a case ("applicant"). Add with a picker, remove after a question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import RecordKind
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.editors.record_editor_dialog import Track
from safecase.gui.editors.record_picker_dialog import RecordPickerDialog
from safecase.gui.error_text import describe_error
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.widgets.plain_label import PlainLabel

# Links are stored from the lower-ranked kind to the higher: contact → person → case.
_RANK = {RecordKind.CONTACT: 0, RecordKind.PERSON: 1, RecordKind.CASE: 2}
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MAX_VISIBLE_LINKS = 5
ROLE_SUGGESTIONS = {
    RecordKind.CONTACT: ["lawyer", "family", "interpreter", "journalist", "NGO", "doctor"],
    RecordKind.PERSON: ["applicant", "co-applicant", "witness", "family member"],
    RecordKind.CASE: ["applicant", "co-applicant", "witness"],
}


class LinksPanel(QWidget):
    open_requested = Signal(str, str)
    """(kind, id) of a linked record the user wants to see."""
    changed = Signal()

    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        subject_kind: RecordKind,
        other_kind: RecordKind,
        *,
        heading: str,
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._track = track
        self._subject_kind = subject_kind
        self._other_kind = other_kind
        self._subject: str | None = None
        self.heading = PlainLabel(heading, self)
        LabelStyles.section_heading(self.heading)
        self.list = QListWidget(self)
        self.list.setAccessibleName(heading)
        self.empty = PlainLabel(self.tr("None yet."), self)
        LabelStyles.muted(self.empty)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", "").rstrip("…"))
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected link"))
        self.remove_button.setEnabled(False)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0 and self._subject is not None)
        )
        self.picker: RecordPickerDialog | None = None
        self.confirmation: DestructiveConfirmation | None = None

    def _ends(self, other_id: str) -> tuple[str, str]:
        assert self._subject is not None  # noqa: S101 - only called with a subject
        if _RANK[self._other_kind] < _RANK[self._subject_kind]:
            return other_id, self._subject
        return self._subject, other_id

    def load(self, subject_id: str | None) -> None:
        self._subject = subject_id
        self.list.clear()
        self.problem.hide()
        rows: list[tuple[str, str, str]] = []
        if subject_id is not None and self._gateway.is_open:
            gateway, other_kind = self._gateway, self._other_kind

            def read() -> list[tuple[str, str, str]]:
                found = []
                for link in gateway.records.links_of(subject_id):
                    other = link.to_id if link.from_id == subject_id else link.from_id
                    try:
                        meta = gateway.records.meta(other)
                    except RecordNotFound:
                        continue
                    if meta.kind is other_kind:
                        found.append((str(other), meta.label, link.role))
                return found

            rows = gateway.call(read)
        for other_id, label, role in sorted(rows, key=lambda r: r[1].casefold()):
            item = QListWidgetItem(f"{label} — {role}" if role else label)
            item.setData(ID_ROLE, other_id)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        shown = max(1, min(len(rows), MAX_VISIBLE_LINKS))
        row_height = self.list.sizeHintForRow(0) if rows else self.fontMetrics().height()
        self.list.setFixedHeight(shown * row_height + 2 * self.list.frameWidth() + 4)
        self.add_button.setEnabled(subject_id is not None)
        self.remove_button.setEnabled(False)

    def linked_ids(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(self._other_kind.value, str(item.data(ID_ROLE)))

    def _on_add_button_clicked(self) -> None:
        if self._subject is None:
            return
        picker = RecordPickerDialog(
            self._gateway,
            [self._other_kind],
            self.add_button.accessibleName(),
            self.window(),
            ask_role=True,
            role_suggestions=ROLE_SUGGESTIONS[self._other_kind],
            exclude=set(self.linked_ids()),
        )
        picker.picked.connect(self.add_link)
        self._track(picker)
        self.picker = picker
        picker.open()

    def add_link(self, other_id: str, _label: str = "", role: str = "") -> None:
        if self._subject is None:
            return
        from_id, to_id = self._ends(other_id)
        gateway = self._gateway
        try:
            gateway.call(lambda: gateway.records.link(from_id, to_id, role))
        except Exception as exc:  # shown in plain words, never as its text
            self.problem.setText(describe_error(exc))
            self.problem.show()
            return
        self.load(self._subject)
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None or self._subject is None:
            return
        other_id = str(item.data(ID_ROLE))
        box = DestructiveConfirmation(
            self.tr("Remove this link?"),
            self.tr("Both records stay in SafeCase; only the link between them is removed."),
            self.tr("&Remove link"),
            self.window(),
        )
        box.confirmed.connect(lambda: self.remove_link(other_id))
        self._track(box)
        self.confirmation = box
        box.open()

    def remove_link(self, other_id: str) -> None:
        if self._subject is None:
            return
        from_id, to_id = self._ends(other_id)
        gateway = self._gateway
        gateway.call(lambda: gateway.records.unlink(from_id, to_id))
        self.load(self._subject)
        self.changed.emit()

    def clear_on_lock(self) -> None:
        self._subject = None
        self.list.clear()
        self.problem.clear()
