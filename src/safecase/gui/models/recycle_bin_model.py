"""The recycle bin: deleted records, newest first, until restored or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from safecase.domain.records import BinEntry
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable

RECORD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

AnyIndex = QModelIndex | QPersistentModelIndex

_NAME, _KIND, _DELETED = range(3)
_TITLES = (
    translatable("RecycleBinModel", "Name"),
    translatable("RecycleBinModel", "Kind"),
    translatable("RecycleBinModel", "Deleted"),
)


class RecycleBinModel(QAbstractTableModel):
    def __init__(self, gateway: RecordsGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._entries: list[BinEntry] = []
        self._generation = 0

    def reload(self) -> None:
        """Read the bin (in the background when the gateway has a runner)."""
        self._generation += 1
        generation = self._generation
        if not self._gateway.is_open:
            self.set_entries([])
            return
        gateway = self._gateway
        gateway.run(
            lambda: gateway.records.recycle_bin(),  # noqa: PLW0108 - read when run
            lambda entries: self._on_loaded(generation, entries),
            context=self,
        )

    def _on_loaded(self, generation: int, entries: list[BinEntry]) -> None:
        if generation == self._generation:
            self.set_entries(entries)

    def set_entries(self, entries: list[BinEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BinEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.id == record_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

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
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == RECORD_ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == _NAME:
                return entry.label
            if index.column() == _KIND:
                return Vocabulary.kind(entry.kind)
            return DateDisplay.timestamp(entry.deleted_at)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _DELETED:
            return entry.deleted_at
        return None

    def clear_on_lock(self) -> None:
        self._generation += 1
        self.set_entries([])
