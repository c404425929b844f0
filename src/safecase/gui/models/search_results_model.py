"""Search results grouped by kind: a heading row per kind, then its results.

Heading rows have no item flags, so list views step over them with the arrow keys and they
cannot be chosen. Groups come in a fixed order (people first), each in the service's rank
order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from safecase.domain.records import RecordId, RecordKind
from safecase.gui.models.vocabulary import Vocabulary
from safecase.services.search import SearchResult

RECORD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RECORD_KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
IS_HEADING_ROLE = int(Qt.ItemDataRole.UserRole) + 3

AnyIndex = QModelIndex | QPersistentModelIndex

GROUP_ORDER = (
    RecordKind.PERSON,
    RecordKind.CASE,
    RecordKind.CONTACT,
    RecordKind.DEADLINE,
    RecordKind.NOTE,
    RecordKind.EVENT,
    RecordKind.ATTACHMENT,
)


@dataclass(frozen=True, slots=True)
class _Row:
    kind: RecordKind
    result: SearchResult | None
    """None for a group heading."""


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_results(self, results: list[SearchResult]) -> None:
        rows: list[_Row] = []
        for kind in GROUP_ORDER:
            group = [res for res in results if res.kind is kind]
            if group:
                rows.append(_Row(kind, None))
                rows.extend(_Row(kind, res) for res in group)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def result_count(self) -> int:
        return sum(1 for row in self._rows if row.result is not None)

    def groups(self) -> list[RecordKind]:
        return [row.kind for row in self._rows if row.result is None]

    def result_at(self, row: int) -> SearchResult | None:
        return self._rows[row].result if 0 <= row < len(self._rows) else None

    def first_result_row(self) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.result is not None), None)

    def record_at(self, row: int) -> tuple[RecordKind, RecordId] | None:
        result = self.result_at(row)
        return (result.kind, result.id) if result is not None else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].result is None:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(  # noqa: PLR0911 - one answer per role
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        heading = row.result is None
        if role == IS_HEADING_ROLE:
            return heading
        if role == RECORD_KIND_ROLE:
            return row.kind.value
        if role == Qt.ItemDataRole.DisplayRole:
            return Vocabulary.kind_plural(row.kind) if row.result is None else row.result.label
        if role == Qt.ItemDataRole.AccessibleTextRole and row.result is not None:
            return f"{Vocabulary.kind(row.kind)}: {row.result.label}"
        if role == RECORD_ID_ROLE and row.result is not None:
            return row.result.id
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and heading:
            # Headings cannot be chosen, but must not look greyed out.
            return QGuiApplication.palette().brush(QPalette.ColorRole.WindowText)
        return None

    def clear_on_lock(self) -> None:
        self.set_results([])
