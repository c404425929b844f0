"""The timeline of one person or case: events, deadlines, notes and attachments by date."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from safecase.domain.records import RecordId, RecordKind
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable
from safecase.services.records import TimelineItem

RECORD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RECORD_KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2

AnyIndex = QModelIndex | QPersistentModelIndex

_DATE, _WHAT, _TITLE = range(3)
_TITLES = (
    translatable("TimelineModel", "Date"),
    translatable("TimelineModel", "What"),
    translatable("TimelineModel", "Title"),
)


class TimelineModel(QAbstractTableModel):
    def __init__(self, gateway: RecordsGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._items: list[TimelineItem] = []
        self._subject: str | None = None

    @property
    def subject(self) -> str | None:
        """The person or case whose timeline is shown."""
        return self._subject

    def load(self, subject_id: str | None) -> None:
        """Show the timeline of `subject_id` (one indexed query; a few ms)."""
        self._subject = subject_id
        items: list[TimelineItem] = []
        if subject_id is not None and self._gateway.is_open:
            gateway = self._gateway
            items = gateway.call(lambda: gateway.records.timeline(subject_id))
        self.set_items(items)

    def set_items(self, items: list[TimelineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TimelineItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_TITLES)
        ):
            return self.tr(_TITLES[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: PLR0911
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == RECORD_ID_ROLE:
            return item.id
        if role == RECORD_KIND_ROLE:
            return item.kind.value
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == _DATE:
                return DateDisplay.civil(item.date)
            if index.column() == _WHAT:
                return Vocabulary.kind(item.kind)
            return self._title(item)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _DATE:
            return item.date
        return None

    @staticmethod
    def _title(item: TimelineItem) -> str:
        # An event's label starts with its date, already in the Date column.
        if item.kind is RecordKind.EVENT and item.label.startswith(item.date):
            rest = item.label[len(item.date) :].strip()
            return rest[:1].upper() + rest[1:]
        return item.label

    def record_at(self, row: int) -> tuple[RecordKind, RecordId] | None:
        item = self.item(row)
        return (item.kind, item.id) if item is not None else None

    def clear_on_lock(self) -> None:
        self._subject = None
        self.set_items([])
