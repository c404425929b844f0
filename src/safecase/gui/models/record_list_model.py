"""One record kind as a table that pages, sorts and filters in SQL.

Rules carried here:
- rows arrive a page at a time (`canFetchMore`/`fetchMore`); nothing counts or loads the whole
  list, so a list of 100,000 people opens as fast as one of ten;
- `sort()` and `set_name_filter()` start over with a new SQL query: never a Python-side sort
  or a proxy model (36 s at 100,000 rows);
- a page that arrives after `reload()`, a new sort or filter, or the lock is dropped;
- `clear_on_lock()` empties the model and forgets the filter text (it may be a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from safecase.domain.records import RecordId, RecordKind
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.list_columns import LIST_COLUMNS, Display, ListColumn
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.vocabulary import Vocabulary

PAGE_SIZE = 100
RECORD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class ListRow(Protocol):
    """What `RecordsService.list_page` returns per row (its class lives in storage)."""

    @property
    def id(self) -> RecordId: ...
    @property
    def label(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def fields(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class _Page:
    rows: Sequence[ListRow]
    references: dict[str, str]


class RecordListModel(QAbstractTableModel):
    load_failed = Signal(object)
    """A page could not be read (the exception; never shown as text)."""

    def __init__(
        self, gateway: RecordsGateway, kind: RecordKind, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._kind = kind
        self._columns = LIST_COLUMNS[kind]
        self._rows: list[ListRow] = []
        self._references: dict[str, str] = {}
        self._name_filter = ""
        self._sort = "label"
        self._sort_column = 0
        self._descending = False
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._announcing_reset = False
        self.pages_requested = 0
        """How many pages were asked of the store (tests check the paging is lazy)."""

    # -- what is shown -----------------------------------------------------------------------

    @property
    def kind(self) -> RecordKind:
        return self._kind

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    @property
    def name_filter(self) -> str:
        return self._name_filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @property
    def is_loading(self) -> bool:
        return self._loading

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort is not None

    def record_id(self, row: int) -> RecordId | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == record_id), None)

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].translated_title()
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
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == RECORD_ID_ROLE:
            return row.id
        raw = self._raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(raw, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.display in (Display.DATE, Display.TIMESTAMP) and raw:
                return str(raw)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.display is Display.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _raw(row: ListRow, column: ListColumn) -> object:
        if column.field == "label":
            return row.label
        if column.field == "updated_at":
            return row.updated_at
        return row.fields.get(column.field)

    def _display(self, raw: object, column: ListColumn) -> str:  # noqa: PLR0911
        if raw is None or raw == "":
            return ""
        match column.display:
            case Display.VOCABULARY:
                return Vocabulary.text(str(raw))
            case Display.DATE:
                return DateDisplay.civil(str(raw))
            case Display.TIME:
                return DateDisplay.time(str(raw))
            case Display.TIMESTAMP:
                return DateDisplay.timestamp(str(raw), with_time=False)
            case Display.REFERENCE:
                return self._references.get(str(raw), "")
            case Display.SIZE:
                return QLocale().formattedDataSize(int(str(raw)))
            case _:
                return str(raw)

    # -- paging, sorting, filtering ------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading or self._announcing_reset:
            return
        if not self._gateway.is_open:
            self._exhausted = True
            return
        self._loading = True
        self.pages_requested += 1
        generation = self._generation
        kind, name_filter, sort, descending = (
            self._kind, self._name_filter, self._sort, self._descending
        )  # fmt: skip
        offset = len(self._rows)
        reference_fields = [c.field for c in self._columns if c.display is Display.REFERENCE]
        gateway = self._gateway

        def load() -> _Page:
            rows = gateway.records.list_page(
                kind, name_filter=name_filter, sort=sort, descending=descending,
                offset=offset, limit=PAGE_SIZE,
            )  # fmt: skip
            references: dict[str, str] = {}
            for row in rows:
                for field in reference_fields:
                    target = row.fields.get(field)
                    if isinstance(target, str) and target and target not in references:
                        references[target] = gateway.records.meta(target).label
            return _Page(rows, references)

        gateway.run(
            load,
            lambda page: self._on_page_loaded(generation, page),
            lambda exc: self._on_page_failed(generation, exc),
            context=self,
        )

    def _on_page_loaded(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        if len(page.rows) < PAGE_SIZE:
            self._exhausted = True
        if page.rows:
            # Still "loading" while the insertion is announced: a view (or tester) that calls
            # fetchMore from its rowsInserted handler must not start a nested fetch.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._references.update(page.references)
            self.endInsertRows()
        self._loading = False

    def _on_page_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(exc)

    def reload(self) -> None:
        """Start over: empty, then fetch the first page with the current sort and filter."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._references = {}
        self._exhausted = False
        self._loading = False
        self._end_reset()
        self.fetchMore()

    def _end_reset(self) -> None:
        # Views and testers react to modelReset by calling fetchMore at once; rows inserted
        # while the reset is still being announced would confuse them, so wait until after.
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        sort = self._columns[column].sort
        assert sort is not None  # noqa: S101 - checked by is_sortable
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._sort_column, self._descending = sort, column, descending
        self.reload()

    def set_name_filter(self, text: str) -> None:
        text = text.strip()
        if text == self._name_filter:
            return
        self._name_filter = text
        self.reload()

    def clear_on_lock(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._references = {}
        self._name_filter = ""
        self._exhausted = True
        self._loading = False
        self._end_reset()
